// --bootstrap-expect N (as Consul and Nomad have it): N machines started at once with the same
// command line (and --join naming the others) find each other and bootstrap one cluster. Until it
// belongs to a cluster, a machine answers MemberList on its peer port with itself alone and cluster
// ID 0; once it sees N such machines it derives the same --initial-cluster as every other one
// (sorted by name), so all of them compute the same member and cluster IDs. A machine that finds a
// running cluster instead joins it.
import { Server } from '@grpc/grpc-js';
import { type ClientTransportTls, EtcdClient } from './client/index.js';
import { clusterService } from './api/services.js';
import { type GrpcListener, listenGrpc } from './util/grpc-listener.js';
import type { Logger } from './util/log.js';
import type { ServerTls } from './util/tls.js';

export interface BootstrapPeer {
  name: string;
  peerUrls: string[];
}

export type BootstrapDecision = { kind: 'new'; initialCluster: string } | { kind: 'join' };

const pollIntervalMs = 500;

export async function awaitBootstrapPeers(options: {
  self: BootstrapPeer & { clientUrls: string[] };
  listenPeerUrls: string[];
  join: string[];
  expect: number;
  timeoutMs: number;
  /** With https:// peer URLs: the peer port's TLS, and the peer certificate to dial others with. */
  tls?: { server: ServerTls | undefined; dial: ClientTransportTls };
  logger: Logger;
}): Promise<BootstrapDecision> {
  const listeners = await serveSelf(options.self, options.listenPeerUrls, options.tls?.server);
  try {
    const deadline = Date.now() + options.timeoutMs;
    for (;;) {
      const seen = new Map<string, BootstrapPeer>([[key(options.self), options.self]]);
      for (const url of options.join) {
        const answer = await ask(url, options.tls?.dial);
        if (answer && 'cluster' in answer) {
          // Another machine bootstrapped first: if it counted this one in, it is a founder too.
          const founders = answer.cluster;
          const counted = founders.some((p) => key(p) === key(options.self));
          if (!counted || founders.length !== options.expect) return { kind: 'join' };
          return bootstrapNew(initialClusterOf(founders), options.logger);
        }
        if (answer) seen.set(key(answer), answer);
      }
      if (seen.size >= options.expect) {
        const chosen = [...seen.values()].sort(byName).slice(0, options.expect);
        if (!chosen.some((p) => key(p) === key(options.self))) return { kind: 'join' };
        return bootstrapNew(initialClusterOf(chosen), options.logger);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `clusterd: --bootstrap-expect ${options.expect}: only ${seen.size} machine(s) found through --join`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
    }
  } finally {
    await listeners.close();
  }
}

/**
 * This machine founds the cluster, whether it counted the founders itself or learnt them from a
 * founder that started first (which counted it in): both say so, with the same initial cluster.
 */
function bootstrapNew(initialCluster: string, logger: Logger): BootstrapDecision {
  logger.info('bootstrapping a new cluster', { initialCluster });
  return { kind: 'new', initialCluster };
}

function initialClusterOf(peers: BootstrapPeer[]): string {
  return [...peers]
    .sort(byName)
    .flatMap((p) => p.peerUrls.map((u) => `${p.name}=${u}`))
    .join(',');
}

function key(p: BootstrapPeer): string {
  return [...p.peerUrls].sort().join(',');
}

function byName(a: BootstrapPeer, b: BootstrapPeer): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : key(a) < key(b) ? -1 : 1;
}

/** What a --join URL says: a machine waiting to bootstrap, a running cluster, or nothing yet. */
async function ask(
  url: string,
  tls: ClientTransportTls | undefined,
): Promise<BootstrapPeer | { cluster: BootstrapPeer[] } | undefined> {
  const client = new EtcdClient({
    endpoints: [url],
    dialTimeoutMs: 300,
    commandTimeoutMs: 1000,
    ...(tls !== undefined && { tls }),
  });
  try {
    const list = await client.cluster.memberList();
    if (list.header.clusterId !== 0n) {
      return { cluster: list.members.map((m) => ({ name: m.name, peerUrls: m.peerUrls })) };
    }
    const peer = list.members[0];
    return peer ? { name: peer.name, peerUrls: peer.peerUrls } : undefined;
  } catch {
    return undefined;
  } finally {
    await client.close();
  }
}

/** Answers MemberList with this machine alone, on the peer port, until the cluster forms. */
async function serveSelf(
  self: BootstrapPeer & { clientUrls: string[] },
  listenPeerUrls: string[],
  tls: ServerTls | undefined,
): Promise<{ close(): Promise<void> }> {
  const server = new Server();
  server.addService(
    { MemberList: clusterService.MemberList },
    {
      MemberList: (
        _call: unknown,
        callback: (err: null, res: { header: object; members: object[] }) => void,
      ) => {
        callback(null, {
          header: { clusterId: 0, memberId: 0 },
          members: [
            { ID: 0, name: self.name, peerURLs: self.peerUrls, clientURLs: self.clientUrls },
          ],
        });
      },
    },
  );
  // On the peer port's own terms: behind its TLS (and certificate checks) for https:// URLs.
  const listeners: GrpcListener[] = [];
  try {
    for (const url of listenPeerUrls) {
      const { hostname: host, port } = new URL(url.includes('://') ? url : `http://${url}`);
      const secure = url.startsWith('https://') ? tls : undefined;
      listeners.push(await listenGrpc(server, host, Number(port), secure));
    }
  } catch (err) {
    await Promise.all(listeners.map((l) => l.close()));
    server.forceShutdown();
    throw err;
  }
  return {
    close: async () => {
      await Promise.all(listeners.map((l) => l.close()));
      server.forceShutdown();
    },
  };
}
