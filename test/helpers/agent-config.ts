// An in-process member's configuration: etcd's defaults, loopback ports chosen by the kernel.
import type { AgentConfig } from '../../src/agent.js';

export function defaultAgentConfig(dataDir: string): AgentConfig {
  return {
    name: 'default',
    dataDir,
    listenClientUrls: ['http://127.0.0.1:0'],
    advertiseClientUrls: ['http://127.0.0.1:2379'],
    listenPeerUrls: ['http://127.0.0.1:0'],
    initialAdvertisePeerUrls: ['http://127.0.0.1:2380'],
    initialCluster: 'default=http://127.0.0.1:2380',
    initialClusterState: 'new',
    initialClusterToken: 'etcd-cluster',
    autoCompactionMode: 'periodic',
    autoCompactionRetention: '0',
    quotaBackendBytes: 0,
    maxRequestBytes: 1.5 * 1024 * 1024,
    maxTxnOps: 128,
    heartbeatIntervalMs: 100,
    electionTimeoutMs: 1000,
    listenMetricsUrls: [],
    snapshotCount: 10_000,
    join: [],
    autoPromoteLearners: false,
    bootstrapExpect: 0,
    snapshotCatchupEntries: 5000,
  };
}
