// How a Raft node is configured, and the checks that refuse a configuration that cannot work.
import type { RandomSource } from './random.js';
import type { Storage } from './storage.js';
import { NO_NODE, type NodeId } from './types.js';

export interface RaftLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface RaftConfig {
  readonly id: NodeId;
  /** Ticks a follower waits without hearing from a leader before campaigning (plus jitter). */
  readonly electionTick: number;
  /** Ticks between a leader's heartbeats; must be smaller than electionTick. */
  readonly heartbeatTick: number;
  readonly storage: Storage;
  /** The last index the caller applied before a restart; committed entries after it come again. */
  readonly applied?: number;
  /** The most entry bytes one MsgApp carries (at least one entry is always sent). */
  readonly maxSizePerMsg?: number;
  /** The most committed-entry bytes one Ready carries. */
  readonly maxCommittedSizePerReady?: number;
  /** The most payload bytes of not-yet-committed proposals a leader accepts (0: unlimited). */
  readonly maxUncommittedEntriesSize?: number;
  /** The most MsgApps in flight to one follower in replicate state. */
  readonly maxInflightMsgs: number;
  /** The most entry bytes in flight to one follower (0: unlimited). */
  readonly maxInflightBytes?: number;
  /** A leader steps down when it has not heard from a quorum for an election timeout. */
  readonly checkQuorum?: boolean;
  /** Candidates first ask whether they could win, without disturbing terms (thesis §9.6). */
  readonly preVote?: boolean;
  /**
   * The leader counts its own new entries towards the quorum only once the caller reports them
   * written (advance()), so the caller may send a leader's messages before writing its Ready:
   * followers write while the leader does (thesis §10.2.1). Off, the leader counts them at once
   * and every message must wait for the write.
   */
  readonly leaderWritesInParallel?: boolean;
  /** Followers drop proposals instead of forwarding them to the leader. */
  readonly disableProposalForwarding?: boolean;
  /** Source of the election timeout jitter. */
  readonly random: RandomSource;
  readonly logger?: RaftLogger;
}

export function validateConfig(config: RaftConfig): void {
  if (config.id === NO_NODE) throw new Error('cannot use none as id');
  if (config.heartbeatTick <= 0) throw new Error('heartbeat tick must be greater than 0');
  if (config.electionTick <= config.heartbeatTick) {
    throw new Error('election tick must be greater than heartbeat tick');
  }
  if (config.maxInflightMsgs <= 0) throw new Error('max inflight messages must be greater than 0');
}
