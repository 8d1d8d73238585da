// The replicated log of a cluster of one member: an entry is committed as soon as it is durable
// (a synced LevelDB batch). Proposals that arrive while a batch is being written join the next one,
// so one fsync covers many requests.
import type { Backend, BatchOp } from '../storage/backend.js';
import { logEntryKey, Prefix } from '../storage/keys.js';
import { Errors } from './errors.js';
import type { CommittedEntry, LogStatus, ReplicatedLog } from './replicated-log.js';

export class SoloLog implements ReplicatedLog {
  private queue: Uint8Array[] = [];
  private lastIndex = 0;
  private applied = 0;
  /** Log entries up to here may be deleted: their applied state reached the backend. */
  private appliedAndFlushed = 0;
  private trimmedUpTo = 0;
  private running: Promise<void> | undefined;
  private apply: ((entries: CommittedEntry[]) => Promise<void>) | undefined;
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
    this.appliedAndFlushed = appliedIndex;
    this.trimmedUpTo = appliedIndex;
    // Entries persisted but not applied before the last stop are committed: apply them now.
    const replay: CommittedEntry[] = [];
    const range = { gte: logEntryKey(0), lt: Buffer.from([Prefix.logEntry + 1]) };
    for await (const [key, data] of this.backend.scan(range)) {
      const index = Number(key.readBigUInt64BE(1));
      this.lastIndex = Math.max(this.lastIndex, index);
      if (index > appliedIndex) replay.push({ index, term: this.term, data });
    }
    this.lastIndex = Math.max(this.lastIndex, appliedIndex);
    if (replay.length > 0) await this.applyAndRecord(replay);
    // A new leader's first entry is empty (as in Raft); it also gives a fresh log index 1.
    if (this.lastIndex === 0) this.propose(new Uint8Array());
  }

  propose(data: Uint8Array): void {
    if (this.closed) throw Errors.stopped();
    this.queue.push(data);
    this.running ??= this.drain();
  }

  async readIndex(): Promise<number> {
    // Everything acknowledged is applied already: with one member, applied state is current.
    return Promise.resolve(this.applied);
  }

  status(): LogStatus {
    return { leaderId: this.memberId, term: this.term, commitIndex: this.lastIndex };
  }

  /** Called by the server once its applied state up to `index` is written to the backend. */
  markFlushed(index: number): void {
    this.appliedAndFlushed = Math.max(this.appliedAndFlushed, index);
  }

  private async drain(): Promise<void> {
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
        for (let i = this.trimmedUpTo + 1; i <= this.appliedAndFlushed; i++) {
          ops.push({ type: 'del', key: logEntryKey(i) });
        }
        this.trimmedUpTo = Math.max(this.trimmedUpTo, this.appliedAndFlushed);
        await this.backend.write(ops, true);
        await this.applyAndRecord(entries);
      }
    } finally {
      this.running = undefined;
    }
  }

  private async applyAndRecord(entries: CommittedEntry[]): Promise<void> {
    await this.apply!(entries);
    this.applied = entries[entries.length - 1]!.index;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.running;
  }
}
