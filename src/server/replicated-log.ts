// What the server needs from the replicated log: propose bytes and membership changes, learn what
// is committed (in order, exactly once), and a linearizable read barrier. RaftLog provides it.
import type { ConfChange, NodeId } from '../raft/index.js';

export interface CommittedEntry {
  index: number;
  term: number;
  data: Uint8Array;
  /** The entry is a Raft membership change (already applied to Raft; data is the ConfChange). */
  confChange: boolean;
}

export interface LogStatus {
  leaderId: bigint;
  term: number;
  commitIndex: number;
}

export interface ReplicatedLog {
  /**
   * Starts the log. Every committed entry after `appliedIndex` (including ones persisted before a
   * restart) is handed to `apply` in index order; the next batch waits for the returned promise.
   */
  start(appliedIndex: number, apply: (entries: CommittedEntry[]) => Promise<void>): Promise<void>;
  /** Queues data for the log. Throws EtcdError (no leader, stopped) when it cannot accept it. */
  propose(data: Uint8Array): void;
  /** Queues a membership change (one at a time, as etcd makes them). */
  proposeConfChange(cc: ConfChange): void;
  /** Asks the leader to hand leadership to `to`. */
  transferLeadership(to: NodeId): void;
  /** Of `candidates`, the peer in unbroken contact for the longest (a transferee), if any. */
  longestConnected(candidates: readonly NodeId[]): NodeId | undefined;
  /** Since when (Date.now() ms) this member's connection to `peer` has been up, if it is. */
  peerActiveSince(peer: NodeId): number | undefined;
  /** Resolves with an index such that applying up to it makes a read linearizable. */
  readIndex(): Promise<number>;
  /** How far each member's log matches the leader's (on the leader only). */
  followerMatches(): ReadonlyMap<NodeId, number> | undefined;
  status(): LogStatus;
  readonly isLeader: boolean;
  close(): Promise<void>;
}
