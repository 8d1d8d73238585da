// etcd's corruption checks (etcdserver/corrupt.go): members compare the hash of their key space
// (HashKV) with their peers'. --experimental-initial-corrupt-check does it once before a restarted
// member serves and refuses to start on a mismatch; --experimental-corrupt-check-time has the
// leader do it periodically and raise a CORRUPT alarm for a member whose store differs, which
// stops every write of the cluster until an operator disarms it.
//
// Peers are asked on their peer port (the HashKV method clusterd's peer server also serves, where
// etcd serves /members/hashkv); the caller supplies how (fetch), so this file knows no transport.
import type { Logger } from '../util/log.js';
import { toHex } from '../util/long.js';
import type { Member } from './membership.js';

/** A member's hash of its key space at a revision, and its revisions then. */
export interface HashKv {
  hash: number;
  /** The hash's revision for the local store; the member's current revision for a peer's answer. */
  revision: number;
  /** -1 before the first compaction. */
  compactRevision: number;
}

/** A peer's answer to HashKV(revision). */
export interface PeerHashKv extends HashKv {
  memberId: bigint;
}

/** Asks one peer for its HashKV at `revision` (through its peer URLs). */
export type FetchPeerHashKv = (peer: Member, revision: number) => Promise<PeerHashKv>;

/** Every peer's answer at `revision`; a peer that cannot answer is logged and left out. */
export async function peerHashKvs(
  peers: readonly Member[],
  revision: number,
  fetch: FetchPeerHashKv,
  logger: Logger,
): Promise<PeerHashKv[]> {
  const answers = await Promise.all(
    peers.map(async (peer) => {
      try {
        return await fetch(peer, revision);
      } catch (err) {
        logger.warn('failed hash kv request', {
          remotePeerId: toHex(peer.id),
          remotePeerEndpoints: peer.peerUrls,
          requestedRevision: revision,
          error: err instanceof Error ? err.message : String(err),
        });
        return undefined;
      }
    }),
  );
  return answers.filter((a) => a !== undefined);
}

/**
 * etcd's CheckInitialHashKV: this member's hash at its own revision against each peer's at the
 * same revision. Different hashes with the same compact revision are corruption: the member must
 * not serve (throws etcd's error). Other differences (the peers compacted further) are logged.
 */
export async function checkInitialHashKv(options: {
  selfId: bigint;
  local: HashKv;
  peers: readonly Member[];
  fetch: FetchPeerHashKv;
  logger: Logger;
}): Promise<void> {
  const { selfId, local, logger } = options;
  logger.info('starting initial corruption check', { localMemberId: toHex(selfId) });
  let mismatches = 0;
  for (const peer of await peerHashKvs(options.peers, local.revision, options.fetch, logger)) {
    if (peer.hash === local.hash) continue;
    const fields = {
      localMemberId: toHex(selfId),
      localMemberRevision: local.revision,
      localMemberCompactRevision: local.compactRevision,
      localMemberHash: local.hash,
      remotePeerId: toHex(peer.memberId),
      remotePeerRevision: peer.revision,
      remotePeerCompactRevision: peer.compactRevision,
      remotePeerHash: peer.hash,
    };
    if (peer.compactRevision === local.compactRevision) {
      logger.warn('found different hash values from remote peer', fields);
      mismatches++;
    } else {
      logger.warn('found different compact revision values from remote peer', fields);
    }
  }
  if (mismatches > 0) throw new Error(`${toHex(selfId)} found data inconsistency with peers`);
  logger.info('initial corruption checking passed; no corruption', {
    localMemberId: toHex(selfId),
  });
}

/**
 * etcd's checkHashKV, run by the leader: its hash now, the peers' at that revision, then (after a
 * linearizable barrier) its hash again. Returns the member to raise the CORRUPT alarm for (etcd
 * raises at most one per pass): itself if its own hash moved at an unchanged revision, else the
 * first peer that is ahead of it, compacted further, or differs at the same compact revision.
 */
export async function findCorruptMember(options: {
  selfId: bigint;
  localHash: () => Promise<HashKv>;
  peers: readonly Member[];
  fetch: FetchPeerHashKv;
  barrier: () => Promise<void>;
  logger: Logger;
}): Promise<bigint | undefined> {
  const { logger } = options;
  const first = await options.localHash();
  const peers = await peerHashKvs(options.peers, first.revision, options.fetch, logger);
  await options.barrier();
  const second = await options.localHash();
  let corrupt: bigint | undefined;
  const mismatch = (id: bigint, reason: string, fields: Record<string, unknown>): void => {
    logger.warn(reason, { ...fields, memberId: toHex(id) });
    corrupt ??= id;
  };
  if (
    second.hash !== first.hash &&
    second.revision === first.revision &&
    second.compactRevision === first.compactRevision
  ) {
    mismatch(options.selfId, 'found hash mismatch', {
      revision: first.revision,
      hashBefore: first.hash,
      hashAfter: second.hash,
    });
  }
  for (const peer of peers) {
    const fields = {
      leaderRevision: second.revision,
      leaderCompactRevision: second.compactRevision,
      leaderHash: first.hash,
      followerRevision: peer.revision,
      followerCompactRevision: peer.compactRevision,
      followerHash: peer.hash,
    };
    if (peer.revision > second.revision) {
      mismatch(
        peer.memberId,
        "revision from follower must be less than or equal to leader's",
        fields,
      );
    }
    if (peer.compactRevision > second.compactRevision) {
      mismatch(
        peer.memberId,
        "compact revision from follower must be less than or equal to leader's",
        fields,
      );
    }
    if (peer.compactRevision === first.compactRevision && peer.hash !== first.hash) {
      mismatch(peer.memberId, 'same compact revision then hashes must match', fields);
    }
  }
  logger.info('finished peer corruption check', { numberOfPeersChecked: peers.length });
  return corrupt;
}
