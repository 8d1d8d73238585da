// One clusterd member: opens the data directory, starts the server and its listeners, and closes
// all of it again. Everything started here is registered with one DisposableStore.
import type { AuthTokenConfig } from './server/jwt-token.js';
import type { Server as HttpServer } from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import { join as joinPath } from 'node:path';
import { ClientListener } from './api/client-listener.js';
import { EtcdClient } from './client/index.js';
import { authHandlers } from './api/auth.js';
import { clusterHandlers } from './api/cluster.js';
import { CpuProfiler } from './api/cpu-profile.js';
import { createHttpServer } from './api/http.js';
import { kvHandlers } from './api/kv.js';
import { LeaderForwarder } from './api/leader-forwarder.js';
import { leaseHandlers } from './api/lease.js';
import { maintenanceHandlers, peerHashKvHandler } from './api/maintenance.js';
import {
  authService,
  clusterService,
  kvService,
  leaseService,
  maintenanceService,
  watchService,
} from './api/services.js';
import { watchHandlers } from './api/watch.js';
import { Compactor, parseRetention, type CompactionMode } from './server/compactor.js';
import { EtcdServer } from './server/etcd-server.js';
import { memberIdFor } from './server/ids.js';
import { createServerMetrics, type MetricsLevel } from './server/metrics.js';
import { RaftLog } from './server/raft-log.js';
import { checkInitialHashKv, type FetchPeerHashKv } from './server/corruption.js';
import { forceNewCluster } from './server/force-new-cluster.js';
import { Membership, membersKey } from './server/membership.js';
import { GrpcPeerTransport } from './raft-transport/grpc-transport.js';
import { MemberRemoval } from './member-removal.js';
import { DurableRaftStorage } from './storage/raft-storage.js';
import { restoreState, snapshotState } from './storage/state-snapshot.js';
import { awaitBootstrapPeers } from './bootstrap-expect.js';
import { joinDiscoveryCluster } from './discovery.js';
import { dnsResolver, srvInitialCluster } from './discovery-srv.js';
import { Backend } from './storage/backend.js';
import { MvccStore } from './storage/mvcc/kv-store.js';
import {
  bootstrapEntries,
  identityFromInitialCluster,
  identityRecord,
  parseInitialCluster,
  parseUrl,
  storedIdentity,
  type ClusterIdentity,
} from './member-identity.js';
import { listenError } from './util/grpc-listener.js';
import { grpcJsImplementation } from './util/grpc-server/grpc-js-adapter.js';
import { GrpcServer } from './util/grpc-server/server.js';
import { DisposableStore } from './util/lifecycle.js';
import type { Logger } from './util/log.js';
import { toHex } from './util/long.js';
import {
  ClientTls,
  clientTlsFromInfo,
  describeTlsInfo,
  emptyTlsInfo,
  selfCert,
  ServerTls,
  tlsInfoEmpty,
  type TlsInfo,
} from './util/tls.js';

export interface AgentConfig {
  name: string;
  dataDir: string;
  /** etcd's --wal-dir: where the Raft journal lives (default: the data directory). */
  walDir?: string;
  listenClientUrls: string[];
  advertiseClientUrls: string[];
  listenPeerUrls: string[];
  initialAdvertisePeerUrls: string[];
  /** name=peerURL pairs, as etcd's --initial-cluster. */
  initialCluster: string;
  initialClusterState: 'new' | 'existing';
  initialClusterToken: string;
  autoCompactionMode: CompactionMode;
  autoCompactionRetention: string;
  quotaBackendBytes: number;
  maxRequestBytes: number;
  maxTxnOps: number;
  /** etcd's --auth-token (simple by default), --auth-token-ttl (300 s) and --bcrypt-cost (10). */
  authToken?: AuthTokenConfig;
  authTokenTtlSec?: number;
  bcryptCost?: number;
  heartbeatIntervalMs: number;
  electionTimeoutMs: number;
  listenMetricsUrls: string[];
  /** URLs of running members to join through (Consul-style); empty: bootstrap from flags. */
  join: string[];
  /** With join URLs: wait for this many machines (itself included) and bootstrap them together. */
  bootstrapExpect: number;
  /**
   * etcd's --discovery: a v2 discovery URL the initial cluster is read from (src/discovery.ts);
   * initialClusterToken is then this URL, as in etcd.
   */
  discovery?: string;
  /** etcd's --discovery-proxy: the HTTP proxy --discovery's requests go through. */
  discoveryProxy?: string;
  /**
   * etcd's --discovery-srv and --discovery-srv-name: the initial cluster from DNS SRV records
   * (src/discovery-srv.ts); `resolver` is clusterd's --discovery-srv-resolver.
   */
  discoverySrv?: { domain: string; serviceName: string; resolver?: string };
  /** The leader promotes in-sync learners up to 3, then 5 voters (for clusters grown by --join). */
  autoPromoteLearners: boolean;
  /** etcd's --snapshot-count: applied entries between compactions of the Raft log. */
  snapshotCount: number;
  /** Entries kept behind a compaction for followers slightly behind (etcd 3.5's catch-up entries). */
  snapshotCatchupEntries: number;
  /** Overrides the compactor's check interval (etcd: 5 min in revision mode; tests use less). */
  autoCompactionCheckIntervalMs?: number;
  /** etcd's --experimental-watch-progress-notify-interval (10 minutes). */
  progressNotifyIntervalMs?: number;
  /**
   * etcd's client TLS flags: --cert-file, --key-file, --trusted-ca-file, --client-cert-auth,
   * --client-crl-file, --client-cert-allowed-hostname, --cipher-suites. Used by `https://` client
   * and metrics URLs.
   */
  clientTls?: TlsInfo;
  /** --auto-tls: a self-signed client certificate in the data directory when none is given. */
  clientAutoTls?: boolean;
  /** The --peer-* twins, for `https://` peer URLs; also the certificate members dial peers with. */
  peerTls?: TlsInfo;
  /** --peer-auto-tls. */
  peerAutoTls?: boolean;
  /** Raft's pre-vote phase (etcd's --pre-vote); on unless false. */
  preVote?: boolean;
  /** etcd's --initial-election-tick-advance; on unless false. */
  initialElectionTickAdvance?: boolean;
  /** etcd's --unsafe-no-fsync: nothing is synced to disk (a power loss may lose writes). */
  unsafeNoFsync?: boolean;
  /** etcd's --experimental-compaction-batch-limit: revisions deleted per batch (1000). */
  compactionBatchLimit?: number;
  /** etcd's --experimental-warning-apply-duration (100 ms). */
  warningApplyDurationMs?: number;
  /** etcd's --max-concurrent-streams: the client port's HTTP/2 SETTINGS_MAX_CONCURRENT_STREAMS. */
  maxConcurrentStreams?: number;
  /**
   * etcd's --grpc-keepalive-interval and --grpc-keepalive-timeout: the server pings a client
   * connection this often and closes it when the answer takes longer (either 0: no pings).
   */
  grpcKeepaliveIntervalMs?: number;
  grpcKeepaliveTimeoutMs?: number;
  /**
   * etcd's --grpc-keepalive-min-time: a client pinging more often than this is sent GOAWAY
   * ENHANCE_YOUR_CALM `too_many_pings` (5 s, etcd's default, when not given; 0: no policing).
   */
  grpcKeepaliveMinTimeMs?: number;
  /** etcd's --metrics: extensive adds the gRPC handling-time histograms. */
  metrics?: MetricsLevel;
  /** etcd's --cors and --host-whitelist, on the client URLs' HTTP side (default: all). */
  cors?: string[];
  hostWhitelist?: string[];
  /** etcd's --enable-pprof: a CPU profile at /debug/pprof/profile on the client URLs. */
  enablePprof?: boolean;
  /** etcd's --strict-reconfig-check (on unless false). */
  strictReconfigCheck?: boolean;
  /** etcd's --experimental-initial-corrupt-check: compare HashKV with the peers before serving. */
  initialCorruptCheck?: boolean;
  /** etcd's --experimental-corrupt-check-time: the leader's periodic HashKV comparison (0: off). */
  corruptCheckIntervalMs?: number;
  /**
   * etcd's --force-new-cluster: a member with data restarts as the only member of its cluster
   * (src/server/force-new-cluster.ts); ignored on a first start.
   */
  forceNewCluster?: boolean;
}

/** Both sides' TLS as the member uses it: the flags, or the certificates --auto-tls made. */
export interface AgentTls {
  client: TlsInfo;
  peer: TlsInfo;
}

export const defaultQuotaBackendBytes = 2 * 1024 * 1024 * 1024;
/** etcd's grpcOverheadBytes: room for gRPC framing above --max-request-bytes. */
const grpcOverheadBytes = 512 * 1024;
/** etcd's --grpc-keepalive-min-time default. */
const defaultKeepaliveMinTimeMs = 5000;
/** The client API's calls the peer port serves too: for joining members and corruption checks. */
const peerClientApi = {
  MemberList: clusterService.MemberList,
  MemberAdd: clusterService.MemberAdd,
  HashKV: maintenanceService.HashKV,
};
/** ...and for followers forwarding renewals and TTL questions to the leader (etcd's leasehttp). */
const peerLeaseApi = {
  LeaseKeepAlive: leaseService.LeaseKeepAlive,
  LeaseTimeToLive: leaseService.LeaseTimeToLive,
};

export class Agent {
  private constructor(
    readonly server: EtcdServer,
    /** The bound client ports, in the order of --listen-client-urls (useful with port 0). */
    readonly clientPorts: number[],
    readonly metricsPorts: number[],
    /** The TLS files in use (after --auto-tls), e.g. for the agent's own client of this member. */
    readonly tls: AgentTls,
    /**
     * Settles once the member stopped its store because the cluster removed it (it applied its
     * removal, or a peer refused it as removed): the caller then stops the rest and close()s.
     */
    readonly removed: Promise<void>,
    private readonly disposables: DisposableStore,
  ) {}

  static async start(config: AgentConfig, logger: Logger): Promise<Agent> {
    const disposables = new DisposableStore();
    try {
      // As etcd: the peer side's TLS is settled first, then the client side's; both before the
      // data directory is opened, so a wrong flag changes nothing.
      const tls = resolveTls(config, logger);
      const peerServerTls = serverTlsFor(config.listenPeerUrls, tls.peer, 'peer', logger);
      const clientServerTls = serverTlsFor(
        config.listenClientUrls,
        tls.client,
        'client',
        logger,
        config.listenMetricsUrls,
      );
      const peerClientTls = new ClientTls(clientTlsFromInfo(tls.peer, logger));
      const backend = await Backend.open(config.dataDir, {
        unsafeNoFsync: config.unsafeNoFsync === true,
      });
      disposables.defer(() => backend.close());
      const { identity, founding, initialized } = await loadOrCreateIdentity(
        backend,
        config,
        tls,
        peerServerTls,
        logger,
      );
      const memberId = BigInt('0x' + identity.memberId);
      const clusterId = BigInt('0x' + identity.clusterId);
      const store = await MvccStore.open(backend, {
        ...(config.compactionBatchLimit !== undefined && {
          compactionBatchLimit: config.compactionBatchLimit,
        }),
      });
      const peerHashKv = new PeerHashKvClients(tls, 5000 + 2 * config.electionTimeoutMs);
      disposables.defer(() => peerHashKv.close());
      const fetchPeerHashKv = peerHashKv.fetch;
      // As etcd: only a member that has data already is checked, before it serves anything.
      if (config.initialCorruptCheck === true && initialized) {
        const selfId = memberId;
        await checkInitialHashKv({
          selfId,
          local: await store.hash(0),
          peers: Membership.load(backend.get(membersKey))
            .list()
            .filter((m) => m.id !== selfId),
          fetch: fetchPeerHashKv,
          logger,
        });
      }
      const raftStorage = await DurableRaftStorage.open(
        backend,
        founding ? bootstrapEntries(identity) : [],
        config.walDir,
      );
      disposables.defer(() => raftStorage.close());
      const forced = config.forceNewCluster === true && initialized;
      if (forced) {
        const self = identity.members.find((m) => m.id === identity.memberId);
        await forceNewCluster(
          raftStorage,
          {
            id: memberId,
            name: config.name,
            peerUrls: self?.peerUrls ?? config.initialAdvertisePeerUrls,
            clientUrls: config.advertiseClientUrls,
            isLearner: false,
          },
          logger,
        );
      }
      // The peer port also answers MemberList and MemberAdd, for members that join later, and
      // LeaseKeepAlive and LeaseTimeToLive, which followers forward to the leader (etcd's
      // leasehttp); the server and the handlers exist by the time the transport starts (RaftLog
      // starts it from server.start()).
      const serverRef: { server?: EtcdServer; leases?: ReturnType<typeof leaseHandlers> } = {};
      // etcd's IsIDRemoved, from the applied membership: the transport refuses such members'
      // streams (telling them), and Raft never sees their messages.
      const isRemoved = (id: bigint): boolean => serverRef.server?.isMemberRemoved(id) ?? false;
      const removal = disposables.add(
        new MemberRemoval(async () => {
          await serverRef.server?.close();
        }, logger),
      );
      const transport = new GrpcPeerTransport({
        id: memberId,
        clusterId,
        isRemoved,
        listenUrls: config.listenPeerUrls,
        logger: logger.child({ component: 'peer' }),
        tls: {
          ...(peerServerTls !== undefined && { server: peerServerTls }),
          client: peerClientTls,
        },
        extraServices: [
          {
            definition: peerClientApi,
            implementation: grpcJsImplementation(peerClientApi, {
              MemberList: ((call) => {
                clusterHandlers(serverRef.server!, logger).MemberList(call);
              }) satisfies ReturnType<typeof clusterHandlers>['MemberList'],
              MemberAdd: ((call) => {
                clusterHandlers(serverRef.server!, logger).MemberAdd(call);
              }) satisfies ReturnType<typeof clusterHandlers>['MemberAdd'],
              HashKV: ((call) => {
                peerHashKvHandler(serverRef.server!)(call);
              }) satisfies ReturnType<typeof peerHashKvHandler>,
            }),
          },
          {
            definition: peerLeaseApi,
            implementation: grpcJsImplementation(peerLeaseApi, {
              LeaseKeepAlive: ((call) => {
                serverRef.leases!.LeaseKeepAlive(call);
              }) satisfies ReturnType<typeof leaseHandlers>['LeaseKeepAlive'],
              LeaseTimeToLive: ((call) => {
                serverRef.leases!.LeaseTimeToLive(call);
              }) satisfies ReturnType<typeof leaseHandlers>['LeaseTimeToLive'],
            }),
          },
        ],
      });
      // Until the log tells this member the membership, it talks to the members it was given.
      const knownPeers = new Map(
        forced ? [] : identity.members.map((m) => [BigInt('0x' + m.id), m.peerUrls]),
      );
      transport.setPeers(knownPeers);
      disposables.add(
        transport.onRemoved((by) => {
          removal.refused(by);
        }),
      );
      const metrics = createServerMetrics(undefined, config.metrics ?? 'basic');
      const log = new RaftLog({
        id: memberId,
        storage: raftStorage,
        transport,
        tickMs: config.heartbeatIntervalMs,
        electionTicks: Math.max(
          2,
          Math.round(config.electionTimeoutMs / config.heartbeatIntervalMs),
        ),
        readTimeoutMs: 5000 + 2 * config.electionTimeoutMs,
        snapshotEveryEntries: config.snapshotCount,
        keepEntriesAfterCompaction: config.snapshotCatchupEntries,
        stateSnapshot: {
          take: () => snapshotState(backend),
          write: (data) => restoreState(backend, data),
          takeUp: (index) => serverRef.server!.reloadFromBackend(index),
        },
        appliedChanges: store,
        logger: logger.child({ component: 'raft' }),
        preVote: config.preVote !== false,
        initialElectionTickAdvance: config.initialElectionTickAdvance !== false,
        isRemoved,
      });
      const server = new EtcdServer(
        {
          memberId,
          clusterId,
          name: config.name,
          clientUrls: config.advertiseClientUrls,
          clusterToken: config.initialClusterToken,
          autoPromoteLearners: config.autoPromoteLearners,
          onMembersChanged: (members) => {
            // A joining member applies the log from its start: keep its first peers until then.
            if (members.length === 0) return;
            transport.setPeers(new Map(members.map((m) => [m.id, m.peerUrls])));
          },
          onRemovedSelf: () => {
            removal.applied();
          },
          electionTimeoutMs: config.electionTimeoutMs,
          maxRequestBytes: config.maxRequestBytes,
          maxTxnOps: config.maxTxnOps,
          ...(config.authToken !== undefined && { authToken: config.authToken }),
          // etcd's ClientCertAuthEnabled: a certificate's common name is a user without a token.
          clientCertAuth: tls.client.clientCertAuth,
          ...(config.authTokenTtlSec !== undefined && { authTokenTtlSec: config.authTokenTtlSec }),
          ...(config.bcryptCost !== undefined && { bcryptCost: config.bcryptCost }),
          quotaBackendBytes: config.quotaBackendBytes || defaultQuotaBackendBytes,
          requestTimeoutMs: 5000 + 2 * config.electionTimeoutMs,
          progressNotifyIntervalMs: config.progressNotifyIntervalMs ?? 10 * 60_000,
          strictReconfigCheck: config.strictReconfigCheck !== false,
          corruptCheckIntervalMs: config.corruptCheckIntervalMs ?? 0,
          fetchPeerHashKv,
          ...(config.warningApplyDurationMs !== undefined && {
            warningApplyDurationMs: config.warningApplyDurationMs,
          }),
        },
        backend,
        store,
        log,
        logger,
        metrics,
      );
      serverRef.server = server;
      // Owned before it starts: a start that fails half-way (a peer port taken) still stops the
      // Raft ticker and the transport it began, so the process can end.
      disposables.defer(() => server.close());
      // Followers forward renewals to the leader's peer port with the peer certificate; closed
      // before the server, so that no forwarding waits on it.
      const forwarder = new LeaderForwarder(
        server,
        2000 + config.electionTimeoutMs,
        peerDialTls(tls),
      );
      disposables.defer(() => forwarder.close());
      serverRef.leases = leaseHandlers(server, forwarder, logger);
      await server.start();

      const compactor = new Compactor(
        config.autoCompactionMode,
        parseRetention(config.autoCompactionMode, config.autoCompactionRetention),
        {
          currentRevision: () => store.currentRevision,
          compactRevision: () => store.compactRevision,
          compact: async (revision) => {
            await server.compact({ revision });
          },
          isLeader: () => server.isLeader,
        },
        logger,
        undefined,
        config.autoCompactionCheckIntervalMs,
      );
      compactor.start();
      disposables.defer(() => {
        compactor.stop();
      });

      const grpc = new GrpcServer({
        // etcd accepts requests up to --max-request-bytes plus room for gRPC framing.
        maxReceiveMessageBytes: config.maxRequestBytes + grpcOverheadBytes,
        ...(config.maxConcurrentStreams !== undefined && {
          maxConcurrentStreams: config.maxConcurrentStreams,
        }),
        ...(config.grpcKeepaliveIntervalMs !== undefined &&
          config.grpcKeepaliveTimeoutMs !== undefined && {
            keepalive: {
              intervalMs: config.grpcKeepaliveIntervalMs,
              timeoutMs: config.grpcKeepaliveTimeoutMs,
            },
          }),
        keepaliveMinTimeMs: config.grpcKeepaliveMinTimeMs ?? defaultKeepaliveMinTimeMs,
        onHandlerError: (err) => {
          logger.error('internal error serving request', {
            error: err instanceof Error ? err.stack : String(err),
          });
        },
      });
      grpc.addService(kvService, kvHandlers(server, logger));
      grpc.addService(watchService, watchHandlers(server, logger));
      grpc.addService(leaseService, serverRef.leases);
      grpc.addService(clusterService, clusterHandlers(server, logger));
      grpc.addService(maintenanceService, maintenanceHandlers(server, logger));
      grpc.addService(authService, authHandlers(server, logger));
      disposables.defer(() => {
        grpc.close();
      });
      const profiler = config.enablePprof === true ? new CpuProfiler() : undefined;
      if (profiler) {
        disposables.defer(() => {
          profiler.close();
        });
        logger.info('pprof is enabled', { path: '/debug/pprof' });
      }
      const http = createHttpServer(server, {
        cors: config.cors ?? ['*'],
        hostWhitelist: config.hostWhitelist ?? ['*'],
        ...(profiler && { profiler }),
        logger,
      });
      disposables.defer(() => closeHttp(http));

      const clientPorts: number[] = [];
      for (const url of config.listenClientUrls) {
        const { host, port, secure } = parseUrl(url, 2379);
        const listener = await ClientListener.listen({
          host,
          port,
          grpc,
          http,
          ...(secure && clientServerTls !== undefined && { tls: clientServerTls }),
        }).catch((err: unknown) => {
          throw listenError('clients', host, port, err);
        });
        disposables.defer(() => listener.close());
        clientPorts.push(listener.port);
        logger.info('serving client requests', { url, port: listener.port });
      }
      const metricsPorts: number[] = [];
      for (const url of config.listenMetricsUrls) {
        const { host, port, secure } = parseUrl(url, 2381);
        const metricsHttp = createHttpServer(server);
        // As etcd: an https:// metrics URL is served with the client port's TLS.
        const metricsTls = secure ? clientServerTls : undefined;
        const bound = await listenHttp(metricsHttp, host, port, metricsTls).catch(
          (err: unknown) => {
            throw listenError('metrics', host, port, err);
          },
        );
        disposables.defer(() => bound.close());
        metricsPorts.push(bound.port);
        logger.info('serving metrics', { url, port: bound.port });
      }
      // etcd's lines once the member is published (its ReadyNotify), which harnesses wait for.
      void server.published.then(() => {
        if (disposables.isDisposed) return;
        config.listenClientUrls.forEach((url, i) => {
          logger.info('ready to serve client requests', { url, port: clientPorts[i] });
          const { host, secure } = parseUrl(url, 2379);
          if (!secure) {
            logger.info(
              `serving insecure client requests on ${host}:${clientPorts[i]!}, this is strongly discouraged!`,
            );
          }
        });
      });
      logger.info('clusterd member started', {
        name: config.name,
        memberId: identity.memberId,
        clusterId: identity.clusterId,
        dataDir: config.dataDir,
        revision: store.currentRevision,
      });
      // Undone first on close: a clean stop is not reported as a removal.
      disposables.defer(() => {
        removal.dispose();
      });
      return new Agent(server, clientPorts, metricsPorts, tls, removal.stopped, disposables);
    } catch (err) {
      await disposables.dispose().catch(() => undefined);
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.server.handOverLeadership();
    await this.disposables.dispose();
  }
}

/**
 * The member's identity: stored at first start, after which the bootstrap flags are ignored (as
 * etcd ignores --initial-cluster* once the data directory exists). `founding` says this member
 * starts a new cluster, so its log begins with the initial membership.
 */
async function loadOrCreateIdentity(
  backend: Backend,
  config: AgentConfig,
  tls: AgentTls,
  /** The peer port's TLS, which --bootstrap-expect's interim MemberList answers behind. */
  peerServerTls: ServerTls | undefined,
  logger: Logger,
): Promise<{ identity: ClusterIdentity; founding: boolean; initialized: boolean }> {
  const stored = storedIdentity(backend);
  if (stored) {
    if (config.discovery) {
      logger.warn('discovery token is ignored since cluster already initialized', {
        dataDir: config.dataDir,
      });
    }
    return { identity: stored, founding: false, initialized: true };
  }
  let founding = false;
  let identity: ClusterIdentity;
  if (config.discovery) {
    const initialCluster = await joinDiscoveryCluster({
      url: config.discovery,
      memberId: memberIdFor(config.initialAdvertisePeerUrls, config.initialClusterToken),
      self: config.initialAdvertisePeerUrls
        .map((url) => `${config.name}=${url}`)
        .sort()
        .join(','),
      ...(config.discoveryProxy !== undefined && { proxy: config.discoveryProxy }),
      logger,
    });
    founding = true;
    identity = identityFromInitialCluster({ ...config, initialCluster });
  } else if (config.discoverySrv) {
    const initialCluster = await srvInitialCluster({
      domain: config.discoverySrv.domain,
      serviceName: config.discoverySrv.serviceName,
      name: config.name,
      advertisePeerUrls: config.initialAdvertisePeerUrls,
      resolver: dnsResolver(config.discoverySrv.resolver),
      logger,
    });
    founding = true;
    // The records name this member by the address its advertised URLs resolve to: its URLs are
    // the records' (every member derives the IDs from the same text).
    const mine = parseInitialCluster(initialCluster).get(config.name) ?? [];
    identity = identityFromInitialCluster({
      ...config,
      initialCluster,
      initialAdvertisePeerUrls: mine,
    });
  } else if (config.bootstrapExpect > 1) {
    const decision = await awaitBootstrapPeers({
      self: {
        name: config.name,
        peerUrls: config.initialAdvertisePeerUrls,
        clientUrls: config.advertiseClientUrls,
      },
      listenPeerUrls: config.listenPeerUrls,
      join: config.join,
      expect: config.bootstrapExpect,
      timeoutMs: 5 * 60_000,
      tls: { server: peerServerTls, dial: peerDialTls(tls) },
      logger,
    });
    founding = decision.kind === 'new';
    identity =
      decision.kind === 'new'
        ? identityFromInitialCluster({ ...config, initialCluster: decision.initialCluster })
        : await joinCluster(config, tls);
  } else if (config.join.length > 0) {
    identity = await joinCluster(config, tls);
  } else if (config.initialClusterState === 'existing') {
    identity = await discoverIdentity(config, tls);
  } else {
    founding = true;
    identity = identityFromInitialCluster(config);
  }
  await backend.write([identityRecord(identity)], true);
  return { identity, founding, initialized: false };
}

/**
 * --join (as Consul and Nomad join): the member asks any member (client URL, or peer URL) to add
 * it, as a voter while the cluster has fewer than three, otherwise as a learner that the leader
 * promotes while fewer than five voters are in sync, so the quorum stays small however many
 * machines join. Run again after a failed start, it finds itself already added.
 */
async function joinCluster(config: AgentConfig, tls: AgentTls): Promise<ClusterIdentity> {
  // A cluster that just grew refuses another voter until the newcomer published itself and has
  // been connected for etcd's health interval (--strict-reconfig-check): wait for that.
  const deadline = Date.now() + joinRetryMs;
  for (;;) {
    const outcome = await joinOnce(config, tls);
    if ('identity' in outcome) return outcome.identity;
    if (!outcome.retry || Date.now() > deadline) {
      throw new Error(`clusterd: cannot join through ${config.join.join(', ')}: ${outcome.error}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** How long --join waits for a cluster that refuses to add a member for now. */
const joinRetryMs = 2 * 60_000;

/** The refusals of etcd's strict reconfiguration check, which pass once the cluster is healthy. */
const transientReconfigErrors = [
  'etcdserver: unhealthy cluster',
  'etcdserver: re-configuration failed due to not enough started members',
];

async function joinOnce(
  config: AgentConfig,
  tls: AgentTls,
): Promise<{ identity: ClusterIdentity } | { error: string; retry: boolean }> {
  const ownUrls = [...config.initialAdvertisePeerUrls].sort().join(',');
  let lastError = 'no URL given';
  let retry = false;
  for (const url of config.join) {
    const client = new EtcdClient({
      endpoints: [url],
      dialTimeoutMs: 2000,
      commandTimeoutMs: 10_000,
      tls: peerDialTls(tls),
    });
    try {
      let list = await client.cluster.memberList();
      let self = list.members.find((m) => [...m.peerUrls].sort().join(',') === ownUrls);
      if (!self) {
        const voters = list.members.filter((m) => !m.isLearner).length;
        const added = await client.cluster.memberAdd(config.initialAdvertisePeerUrls, {
          isLearner: voters >= 3,
        });
        list = added;
        self = added.member;
      }
      return { identity: identityFromList(self.id, list) };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (transientReconfigErrors.includes(message)) retry = true;
      lastError = `${url}: ${message}`;
    } finally {
      await client.close();
    }
  }
  return { error: lastError, retry };
}

function identityFromList(
  memberId: bigint,
  list: {
    header: { clusterId: bigint };
    members: {
      id: bigint;
      name: string;
      peerUrls: string[];
      clientUrls: string[];
      isLearner: boolean;
    }[];
  },
): ClusterIdentity {
  return {
    memberId: toHex(memberId),
    clusterId: toHex(list.header.clusterId),
    members: list.members.map((m) => ({
      id: toHex(m.id),
      name: m.name,
      peerUrls: m.peerUrls,
      clientUrls: m.clientUrls,
      isLearner: m.isLearner,
    })),
  };
}

/**
 * A member joining a running cluster (--initial-cluster-state existing) was added with MemberAdd,
 * which gave it an ID of its own: it asks the other members listed in --initial-cluster, on their
 * peer URLs, for the member list and finds itself by its peer URLs, as etcd does.
 */
async function discoverIdentity(config: AgentConfig, tls: AgentTls): Promise<ClusterIdentity> {
  const ownUrls = [...config.initialAdvertisePeerUrls].sort().join(',');
  const others = [...parseInitialCluster(config.initialCluster)]
    .filter(([name]) => name !== config.name)
    .flatMap(([, urls]) => urls);
  let lastError = 'no other member in --initial-cluster';
  for (const url of others) {
    const client = new EtcdClient({
      endpoints: [url],
      dialTimeoutMs: 2000,
      commandTimeoutMs: 5000,
      tls: peerDialTls(tls),
    });
    try {
      const list = await client.cluster.memberList();
      const self = list.members.find((m) => [...m.peerUrls].sort().join(',') === ownUrls);
      if (!self) {
        throw new Error(
          `the cluster has no member with peer URLs ${ownUrls}: add it first (member add)`,
        );
      }
      return identityFromList(self.id, list);
    } catch (err) {
      lastError = `${url}: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      await client.close();
    }
  }
  throw new Error(`clusterd: cannot join the existing cluster: ${lastError}`);
}

/**
 * The TLS files each side uses: the flags' or, with --auto-tls / --peer-auto-tls and no
 * certificate given, a self-signed one kept in <data-dir>/fixtures/{client,peer} (etcd's places).
 */
function resolveTls(config: AgentConfig, logger: Logger): AgentTls {
  const side = (
    given: TlsInfo | undefined,
    auto: boolean | undefined,
    urls: readonly string[],
    what: 'client' | 'peer',
  ): TlsInfo => {
    const info = given ?? emptyTlsInfo();
    if (auto !== true) return info;
    if (!tlsInfoEmpty(info)) {
      logger.warn(`ignoring ${what} auto TLS since certs given`);
      return info;
    }
    const hosts = urls.map((u) => new URL(u.includes('://') ? u : `http://${u}`).hostname);
    const made = selfCert(joinPath(config.dataDir, 'fixtures', what), hosts, what === 'peer');
    logger.info(`using self-signed ${what} certificate`, { certFile: made.certFile });
    // --peer-client-cert-auth and the like still apply to a self-signed pair, as in etcd.
    return {
      ...info,
      certFile: made.certFile,
      keyFile: made.keyFile,
      selfCert: true,
    };
  };
  return {
    client: side(config.clientTls, config.clientAutoTls, config.listenClientUrls, 'client'),
    peer: side(config.peerTls, config.peerAutoTls, config.listenPeerUrls, 'peer'),
  };
}

/**
 * The server side of one TlsInfo for the URLs that need it, with etcd's errors for https:// URLs
 * without certificates and its warnings for http:// ones with them; undefined when no URL is
 * https.
 */
function serverTlsFor(
  urls: readonly string[],
  info: TlsInfo,
  what: 'client' | 'peer',
  logger: Logger,
  metricsUrls: readonly string[] = [],
): ServerTls | undefined {
  let secure = false;
  // --listen-metrics-urls: etcd serves an https:// one with the client side's files.
  for (const url of metricsUrls) {
    const parsed = parseUrl(url, 2381);
    if (!parsed.secure) continue;
    if (tlsInfoEmpty(info)) {
      throw new Error(
        `cannot listen on TLS for ${parsed.host}:${parsed.port}: KeyFile and CertFile are not presented`,
      );
    }
    secure = true;
  }
  for (const url of urls) {
    const parsed = parseUrl(url, what === 'peer' ? 2380 : 2379);
    if (!parsed.secure) {
      if (!tlsInfoEmpty(info)) {
        logger.warn(
          'scheme is HTTP while key and cert files are present; ignoring key and cert files',
          {
            [`${what}-url`]: url,
          },
        );
      }
      if (info.clientCertAuth) {
        const flag = what === 'peer' ? '--peer-client-cert-auth' : '--client-cert-auth';
        logger.warn(
          `scheme is HTTP while ${flag} is enabled; ignoring client cert auth for this URL`,
          {
            [`${what}-url`]: url,
          },
        );
      }
      continue;
    }
    if (tlsInfoEmpty(info)) {
      throw new Error(
        what === 'client'
          ? `TLS key/cert (--cert-file, --key-file) must be provided for client url ${url} with HTTPS scheme`
          : `cannot listen on TLS for ${parsed.host}:${parsed.port}: KeyFile and CertFile are not presented`,
      );
    }
    secure = true;
  }
  if (!secure) return undefined;
  const serverTls = new ServerTls(info, {
    what,
    // etcd's peer listeners check a client certificate's SANs against its source address.
    checkSan: what === 'peer',
    logger,
  });
  logger.info(`starting with ${what} TLS`, {
    'tls-info': describeTlsInfo(info),
    'cipher-suites': info.cipherSuites,
  });
  return serverTls;
}

/**
 * Asks peers for their HashKV on their peer URLs (each in turn), for the corruption checks. One
 * client per peer URL, kept from check to check for the member's life (the leader's periodic check
 * would otherwise dial, and with TLS handshake, every peer each time) and closed with the member.
 * A client whose call failed is closed and forgotten, so the next check dials afresh, as before.
 */
class PeerHashKvClients {
  private readonly clients = new Map<string, EtcdClient>();
  private closed = false;

  constructor(
    private readonly tls: AgentTls,
    private readonly timeoutMs: number,
  ) {}

  readonly fetch: FetchPeerHashKv = async (peer, revision) => {
    let lastError: unknown = new Error('the member has no peer URL');
    for (const url of peer.peerUrls) {
      if (this.closed) throw new Error('the member is stopping');
      const client = this.clientOf(url);
      try {
        const r = await client.maintenance.hashKV(revision);
        return {
          memberId: r.header.memberId,
          revision: r.header.revision,
          hash: r.hash,
          compactRevision: r.compactRevision,
        };
      } catch (err) {
        lastError = err;
        if (this.clients.get(url) === client) this.clients.delete(url);
        await client.close();
      }
    }
    throw lastError;
  };

  private clientOf(url: string): EtcdClient {
    let client = this.clients.get(url);
    if (client === undefined) {
      client = new EtcdClient({
        endpoints: [url],
        dialTimeoutMs: 2000,
        commandTimeoutMs: this.timeoutMs,
        tls: peerDialTls(this.tls),
      });
      this.clients.set(url, client);
    }
    return client;
  }

  async close(): Promise<void> {
    this.closed = true;
    const clients = [...this.clients.values()];
    this.clients.clear();
    await Promise.all(clients.map((c) => c.close()));
  }
}

/** How a member dials other members' URLs outside the peer transport (join, member list). */
function peerDialTls(
  tls: AgentTls,
): NonNullable<ConstructorParameters<typeof EtcdClient>[0]['tls']> {
  return { ...clientTlsFromInfo(tls.peer), bareEndpoints: false };
}

/** An HTTP server on host:port, behind TLS when `tls` is given; close() ends every connection. */
async function listenHttp(
  http: HttpServer,
  host: string,
  port: number,
  tls: ServerTls | undefined,
): Promise<{ port: number; close(): Promise<void> }> {
  const pending = new Set<Socket>();
  const terminate = tls?.terminator((secure) => {
    http.emit('connection', secure);
  });
  const server = createNetServer({ noDelay: true }, (socket) => {
    socket.on('error', () => socket.destroy());
    if (terminate === undefined) {
      http.emit('connection', socket);
      return;
    }
    // Until the handshake ends the HTTP server does not know the socket; close() must.
    pending.add(socket);
    socket.once('close', () => pending.delete(socket));
    terminate(socket);
  });
  const bound = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
  return {
    port: bound,
    close: async () => {
      const closed = new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      for (const socket of pending) socket.destroy();
      await closeHttp(http);
      await closed;
    },
  };
}

function closeHttp(http: HttpServer): Promise<void> {
  return new Promise((resolve) => {
    http.closeAllConnections();
    http.close(() => {
      resolve();
    });
    if (!http.listening) resolve();
  });
}
