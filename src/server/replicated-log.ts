// What the server needs from the replicated log: propose bytes, learn what is committed (in order,
// exactly once), and a linearizable read barrier. The single-member log and Raft both provide it.

export interface CommittedEntry {
  index: number;
  term: number;
  data: Uint8Array;
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
  /** Resolves with an index such that applying up to it makes a read linearizable. */
  readIndex(): Promise<number>;
  status(): LogStatus;
  readonly isLeader: boolean;
  close(): Promise<void>;
}
