// The replicated log of a cluster of one member: an entry is committed as soon as it is durable
// (a synced LevelDB batch). Proposals that arrive while a batch is being written join the next one,
// so one fsync covers many requests. Persisting and applying are pipelined: while batch k is being
// applied, batch k+1 is already being written, as a Raft leader persists while it applies.
import type { Backend, BatchOp } from '../storage/backend.js';
import { logEntryKey, Prefix } from '../storage/keys.js';
import { Errors } from './errors.js';
import type { CommittedEntry, LogStatus, ReplicatedLog } from './replicated-log.js';

export class SoloLog implements ReplicatedLog {
  private queue: Uint8Array[] = [];
  private lastIndex = 0;
  private applied = 0;
  /** Entries up to here are applied and their state written: they are no longer needed. */
  private appliedAndWritten = 0;
  private trimmedUpTo = 0;
  private persisting: Promise<void> | undefined;
  /** The chain of apply calls, strictly in index order. */
  private applying: Promise<void> = Promise.resolve();
  private apply: ((entries: CommittedEntry[]) => Promise<void>) | undefined;
  private failure: unknown;
  private closed = false;
  readonly isLeader = true;

  constructor(
    private readonly backend: Backend,
    private readonly memberId: bigint,
    /** A single member is always leader of term 1. */
    private readonly term = 1,
  ) {}

  async start(
    appliedIndex: number,
    apply: (entries: CommittedEntry[]) => Promise<void>,
  ): Promise<void> {
    this.apply = apply;
    this.applied = appliedIndex;
    this.appliedAndWritten = appliedIndex;
    // Entries persisted but not applied before the last stop are committed: apply them now.
    const replay: CommittedEntry[] = [];
    const range = { gte: logEntryKey(0), lt: Buffer.from([Prefix.logEntry + 1]) };
    let firstIndex: number | undefined;
    for await (const [key, data] of this.backend.scan(range)) {
      const index = Number(key.readBigUInt64BE(1));
      firstIndex ??= index;
      this.lastIndex = Math.max(this.lastIndex, index);
      if (index > appliedIndex) replay.push({ index, term: this.term, data });
    }
    this.lastIndex = Math.max(this.lastIndex, appliedIndex);
    // A crash may have left applied entries untrimmed: the next batch deletes them too.
    this.trimmedUpTo = (firstIndex ?? appliedIndex + 1) - 1;
    if (replay.length > 0) await this.applyInOrder(replay);
    // A new leader's first entry is empty (as in Raft); it also gives a fresh log index 1.
    if (this.lastIndex === 0) this.propose(new Uint8Array());
  }

  propose(data: Uint8Array): void {
    if (this.closed) throw Errors.stopped();
    this.queue.push(data);
    this.persisting ??= this.persistQueued();
  }

  async readIndex(): Promise<number> {
    // Every acknowledged write is applied before it is acknowledged: applied state is current.
    return Promise.resolve(this.applied);
  }

  status(): LogStatus {
    return { leaderId: this.memberId, term: this.term, commitIndex: this.lastIndex };
  }

  private async persistQueued(): Promise<void> {
    try {
      while (this.queue.length > 0 && !this.closed) {
        const batch = this.queue;
        this.queue = [];
        const entries = batch.map((data) => ({ index: ++this.lastIndex, term: this.term, data }));
        const ops: BatchOp[] = entries.map((e) => ({
          type: 'put',
          key: logEntryKey(e.index),
          value: Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength),
        }));
        // Entries whose applied state an earlier batch wrote are no longer needed for replay;
        // this synced batch also makes that earlier (unsynced) state write durable.
        for (let i = this.trimmedUpTo + 1; i <= this.appliedAndWritten; i++) {
          ops.push({ type: 'del', key: logEntryKey(i) });
        }
        this.trimmedUpTo = Math.max(this.trimmedUpTo, this.appliedAndWritten);
        await this.backend.write(ops, true);
        void this.applyInOrder(entries);
      }
    } catch (err) {
      this.fail(err);
    } finally {
      this.persisting = undefined;
    }
  }

  /** Queues entries behind every earlier apply; resolves when they are applied and written. */
  private applyInOrder(entries: CommittedEntry[]): Promise<void> {
    this.applying = this.applying.then(async () => {
      if (this.failure !== undefined) return;
      try {
        await this.apply!(entries);
        const last = entries[entries.length - 1]!.index;
        this.applied = last;
        this.appliedAndWritten = last;
      } catch (err) {
        this.fail(err);
      }
    });
    return this.applying;
  }

  /** A storage or apply error: the log cannot go on, as etcd stops on a failed WAL write. */
  private fail(err: unknown): void {
    this.failure ??= err;
    this.closed = true;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.persisting;
    await this.applying;
    if (this.failure !== undefined) {
      throw this.failure instanceof Error ? this.failure : new Error('the replicated log failed');
    }
  }
}
