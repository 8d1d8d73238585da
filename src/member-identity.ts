// A member's identity (its ID, its cluster's ID and the initial membership), derived from etcd's
// bootstrap flags, and the log a founding member starts with. Shared by the agent's first start
// and `snapshot restore`, which writes a data directory the way a first start would.
import { encodeConfChange, type Entry } from './raft/index.js';
import { clusterIdFor, memberIdFor } from './server/ids.js';
import { encodeMemberContext } from './server/membership.js';
import type { Backend, BatchOp } from './storage/backend.js';
import { MetaKey } from './storage/keys.js';
import { toHex } from './util/long.js';

/** The member identity fixed at first start: later starts ignore the --initial-* flags, as etcd. */
export interface ClusterIdentity {
  memberId: string;
  clusterId: string;
  members: {
    id: string;
    name: string;
    peerUrls: string[];
    clientUrls: string[];
    isLearner: boolean;
  }[];
}

/** The flags a member of a new cluster is defined by (etcd's names). */
export interface BootstrapFlags {
  name: string;
  /** name=peerURL pairs, as etcd's --initial-cluster. */
  initialCluster: string;
  initialAdvertisePeerUrls: string[];
  initialClusterToken: string;
  advertiseClientUrls: string[];
}

/** The identity stored in a data directory, if any. */
export function storedIdentity(backend: Backend): ClusterIdentity | undefined {
  const stored = backend.get(MetaKey.identity);
  return stored ? (JSON.parse(stored.toString('utf8')) as ClusterIdentity) : undefined;
}

export function identityRecord(identity: ClusterIdentity): BatchOp {
  return { type: 'put', key: MetaKey.identity, value: Buffer.from(JSON.stringify(identity)) };
}

/**
 * The first log entries of a new cluster: one membership change per initial member, at term 1,
 * the same on every initial member (etcd bootstraps the same way). A member joining an existing
 * cluster starts with an empty log and receives these from the leader.
 */
export function bootstrapEntries(identity: ClusterIdentity): Entry[] {
  const byId = [...identity.members].sort((a, b) =>
    BigInt('0x' + a.id) < BigInt('0x' + b.id) ? -1 : 1,
  );
  return byId.map((m, i) => ({
    term: 1,
    index: i + 1,
    type: 'conf-change' as const,
    data: encodeConfChange({
      transition: 'auto',
      changes: [{ type: 'add-node', nodeId: BigInt('0x' + m.id) }],
      context: encodeMemberContext({ ...m, id: BigInt('0x' + m.id), clientUrls: [] }),
    }),
  }));
}

/** The identity of member `name` of the new cluster the flags describe (etcd's IDs). */
export function identityFromInitialCluster(flags: BootstrapFlags): ClusterIdentity {
  const cluster = parseInitialCluster(flags.initialCluster);
  const self = cluster.get(flags.name);
  if (!self) {
    throw new Error(`clusterd: --initial-cluster has no member named "${flags.name}" (--name)`);
  }
  const advertised = [...flags.initialAdvertisePeerUrls].sort().join(',');
  if ([...self].sort().join(',') !== advertised) {
    throw new Error(
      `clusterd: --initial-cluster has ${self.join(',')} for ${flags.name} but --initial-advertise-peer-urls is ${flags.initialAdvertisePeerUrls.join(',')}`,
    );
  }
  const members = [...cluster].map(([name, peerUrls]) => ({
    id: memberIdFor(peerUrls, flags.initialClusterToken),
    name,
    peerUrls,
    clientUrls: name === flags.name ? flags.advertiseClientUrls : [],
    isLearner: false,
  }));
  const memberId = members.find((m) => m.name === flags.name)!.id;
  return {
    memberId: toHex(memberId),
    clusterId: toHex(clusterIdFor(members.map((m) => m.id))),
    members: members.map((m) => ({ ...m, id: toHex(m.id) })),
  };
}

/** Parses etcd's `name=url,name=url` (a name may repeat for several URLs). */
export function parseInitialCluster(text: string): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const part of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(`clusterd: bad --initial-cluster entry "${part}" (want name=url)`);
    const name = part.slice(0, eq);
    const url = part.slice(eq + 1);
    parseUrl(url, 2380);
    members.set(name, [...(members.get(name) ?? []), url]);
  }
  return members;
}

export function parseUrl(
  text: string,
  defaultPort: number,
): { host: string; port: number; secure: boolean } {
  let url: URL;
  try {
    url = new URL(text.includes('://') ? text : `http://${text}`);
  } catch {
    throw new Error(`clusterd: "${text}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`clusterd: unsupported scheme in ${text} (only http and https)`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return {
    host: host === 'localhost' ? '127.0.0.1' : host,
    port: url.port === '' ? defaultPort : Number(url.port),
    secure: url.protocol === 'https:',
  };
}
