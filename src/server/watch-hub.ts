// Watchers, as etcd's watchable store keeps them. A watcher is *synced* when it has seen every
// revision up to the current one: the apply loop then hands it new events directly. Otherwise it is
// *unsynced* and catches up by reading history from the backend until it reaches the current
// revision, then becomes synced in the same synchronous step (so no revision falls in between). A
// stream whose client reads too slowly turns its watchers unsynced instead of buffering without
// bound; they catch up from history once the stream drains.
import { mvccpb, type etcdserverpb } from '../gen/etcd.js';
import type { MvccEvent, MvccStore, RangeEnd } from '../storage/mvcc/kv-store.js';
import { EventType } from '../storage/mvcc/kv-store.js';
import { deletedKvToProto, kvToProto } from './convert.js';

export interface WatchFilter {
  noPut: boolean;
  noDelete: boolean;
}

export interface WatchCreate {
  key: string;
  end: RangeEnd;
  /** 0: only what happens after now. */
  startRevision: number;
  filter: WatchFilter;
  prevKv: boolean;
  progressNotify: boolean;
  fragment: boolean;
  /** Requested ID; -1 or undefined lets the stream pick. */
  watchId: number | undefined;
}

/** The transport side of a watch stream (the gRPC call, in production). */
export interface WatchSink {
  /** Returns false when the transport buffers too much; `onDrain` is then called once it empties. */
  send(response: etcdserverpb.IWatchResponse): boolean;
  onDrain(fn: () => void): void;
  /** Ends the transport with an error the client recovers from by reconnecting and resuming. */
  abort(reason: string): void;
}

/** The server facts a watch response needs. */
export interface WatchContext {
  store: MvccStore;
  header(revision: number): etcdserverpb.IResponseHeader;
  /** etcd's --max-request-bytes: responses above it are fragmented when the watcher allows. */
  maxResponseBytes: number;
}

interface Watcher {
  id: number;
  stream: WatchStream;
  spec: WatchCreate;
  /** The next revision this watcher has not been sent. */
  nextRev: number;
  synced: boolean;
  catchingUp: boolean;
  canceled: boolean;
}

const duplicateIdReason = 'mvcc: duplicate watch ID provided on the WatchStream';
const compactedReason = 'mvcc: required revision has been compacted';
/** Events per catch-up response; one revision is never split, so a response may exceed this. */
const catchUpBatchEvents = 1000;

export class WatchHub {
  private readonly streams = new Set<WatchStream>();

  constructor(private readonly ctx: WatchContext) {}

  openStream(sink: WatchSink): WatchStream {
    const stream = new WatchStream(this.ctx, sink, () => this.streams.delete(stream));
    this.streams.add(stream);
    return stream;
  }

  get watcherCount(): number {
    let n = 0;
    for (const s of this.streams) n += s.size;
    return n;
  }

  /** Called synchronously after events were applied, in revision order. */
  notify(events: MvccEvent[]): void {
    if (events.length === 0) return;
    for (const stream of this.streams) stream.deliver(events);
  }

  /** Periodic progress notification for watchers created with progress_notify. */
  sendProgressNotifications(): void {
    for (const stream of this.streams) stream.progressNotify();
  }

  /**
   * Closes every stream; with a reason, their transports end too (so clients do not wait on a
   * stream that never speaks again: a cancel would never be answered).
   */
  closeAll(reason?: string): void {
    for (const stream of [...this.streams]) {
      stream.close();
      if (reason !== undefined) stream.abort(reason);
    }
  }

  /**
   * After the store was replaced by a snapshot from the leader: every watcher catches up from the
   * new store's history from the revision it reached, as etcd's watchable store does on restore.
   * (Closing the streams instead would leave clients waiting on a stream that never speaks.)
   */
  resync(): void {
    for (const stream of this.streams) stream.resync();
  }
}

export class WatchStream {
  private readonly watchers = new Map<number, Watcher>();
  private nextWatchId = 0;
  private blocked = false;
  private progressRequested = false;
  private closed = false;

  constructor(
    private readonly ctx: WatchContext,
    private readonly sink: WatchSink,
    private readonly onClose: () => void,
  ) {}

  get size(): number {
    return this.watchers.size;
  }

  /** Answers a create request that may not be served (etcd: a user not allowed to read the range). */
  refuse(cancelReason: string): void {
    this.send({ watchId: -1, created: true, canceled: true, cancelReason });
  }

  create(spec: WatchCreate): void {
    const store = this.ctx.store;
    let id = spec.watchId ?? -1;
    if (id >= 0 && this.watchers.has(id)) {
      this.send({ watchId: -1, created: true, canceled: true, cancelReason: duplicateIdReason });
      return;
    }
    if (spec.startRevision < 0) {
      this.send({ watchId: -1, created: true, canceled: true, cancelReason: compactedReason });
      return;
    }
    if (id < 0) {
      while (this.watchers.has(this.nextWatchId)) this.nextWatchId++;
      id = this.nextWatchId++;
    }
    const current = store.currentRevision;
    const watcher: Watcher = {
      id,
      stream: this,
      spec,
      nextRev: spec.startRevision === 0 ? current + 1 : spec.startRevision,
      synced: false,
      catchingUp: false,
      canceled: false,
    };
    this.watchers.set(id, watcher);
    this.send({ watchId: id, created: true }, current);
    if (watcher.nextRev > current) watcher.synced = true;
    else this.startCatchUp(watcher);
  }

  cancel(id: number): void {
    const watcher = this.watchers.get(id);
    // etcd answers nothing for an unknown ID.
    if (!watcher) return;
    this.drop(watcher);
    this.send({ watchId: id, canceled: true });
  }

  /** A client's progress_request: one response with watch_id -1 once every watcher is synced. */
  requestProgress(): void {
    this.progressRequested = true;
    this.maybeSendProgress();
  }

  private maybeSendProgress(): void {
    if (!this.progressRequested) return;
    for (const w of this.watchers.values()) if (!w.synced) return;
    this.progressRequested = false;
    this.send({ watchId: -1 });
  }

  progressNotify(): void {
    if (this.blocked) return;
    for (const w of this.watchers.values()) {
      if (w.synced && w.spec.progressNotify) this.send({ watchId: w.id });
    }
  }

  /** Hands freshly applied events to this stream's synced watchers. */
  deliver(events: MvccEvent[]): void {
    const lastRev = events[events.length - 1]!.kv.modRevision;
    for (const w of this.watchers.values()) {
      if (!w.synced) continue;
      if (this.blocked) {
        // The client is not reading: stop pushing, remember where it is, catch up later.
        w.synced = false;
        continue;
      }
      const mine = this.select(w, events);
      // A watcher created with a future start revision keeps waiting for it.
      w.nextRev = Math.max(w.nextRev, lastRev + 1);
      if (mine.length > 0) this.sendEvents(w, mine, lastRev);
    }
  }

  private select(w: Watcher, events: MvccEvent[]): mvccpb.IEvent[] {
    const out: mvccpb.IEvent[] = [];
    const { key, end, filter, prevKv } = w.spec;
    for (const ev of events) {
      if (ev.kv.modRevision < w.nextRev) continue;
      if (ev.type === EventType.Put ? filter.noPut : filter.noDelete) continue;
      const k = ev.kv.key.toString('latin1');
      if (end === undefined ? k !== key : k < key || (end !== null && k >= end)) continue;
      const kv = ev.type === EventType.Put ? kvToProto(ev.kv) : deletedKvToProto(ev.kv);
      const prev = prevKv && ev.prev ? this.ctx.store.readKv(ev.prev) : undefined;
      const type =
        ev.type === EventType.Put ? mvccpb.Event.EventType.PUT : mvccpb.Event.EventType.DELETE;
      out.push({ type, kv, prevKv: prev ? kvToProto(prev) : null });
    }
    return out;
  }

  private sendEvents(w: Watcher, events: mvccpb.IEvent[], revision: number): void {
    if (!w.spec.fragment) {
      this.send({ watchId: w.id, events }, revision);
      return;
    }
    // Split into responses below the request limit; all but the last carry fragment=true.
    let part: mvccpb.IEvent[] = [];
    let bytes = 0;
    for (const ev of events) {
      const size = (ev.kv?.key?.length ?? 0) + (ev.kv?.value?.length ?? 0) + 64;
      if (part.length > 0 && bytes + size > this.ctx.maxResponseBytes) {
        this.send({ watchId: w.id, events: part, fragment: true }, revision);
        part = [];
        bytes = 0;
      }
      part.push(ev);
      bytes += size;
    }
    this.send({ watchId: w.id, events: part }, revision);
  }

  /** Ends the transport (after close()): the client reconnects, elsewhere if it can. */
  abort(reason: string): void {
    this.sink.abort(reason);
  }

  private startCatchUp(w: Watcher): void {
    if (w.catchingUp || w.canceled) return;
    w.catchingUp = true;
    this.catchUp(w)
      .catch((err: unknown) => {
        // Reading history failed: end the stream so the client reconnects and resumes.
        this.close();
        this.sink.abort(
          `clusterd: watch history read failed: ${err instanceof Error ? err.message : String(err)}`,
        );
      })
      .finally(() => {
        w.catchingUp = false;
      });
  }

  private async catchUp(w: Watcher): Promise<void> {
    const store = this.ctx.store;
    while (!w.canceled && !this.closed) {
      if (this.blocked) return; // resumed by the drain handler
      if (w.nextRev < store.compactRevision) {
        this.cancelCompacted(w);
        return;
      }
      const target = store.currentRevision;
      if (w.nextRev > target) {
        // Caught up; no await since the check above, so no revision slipped in between.
        w.synced = true;
        this.maybeSendProgress();
        return;
      }
      const from = w.nextRev;
      let batch: mvccpb.IEvent[] = [];
      let batchRev = 0;
      const pending: MvccEvent[] = [];
      for await (const ev of store.history(from, target)) {
        if (this.stopped(w)) return;
        pending.length = 0;
        pending.push(ev);
        if (batch.length >= catchUpBatchEvents && ev.kv.modRevision !== batchRev) {
          this.sendEvents(w, batch, batchRev);
          batch = [];
          if (this.isBlocked()) {
            w.nextRev = batchRev + 1;
            return;
          }
        }
        for (const e of this.select(w, pending)) batch.push(e);
        batchRev = ev.kv.modRevision;
      }
      // A cancel or close during the last read: the client forgot this watcher already.
      if (this.stopped(w)) return;
      if (store.compactRevision > from) {
        // A compaction ran during the read and may have removed records it needed.
        this.cancelCompacted(w);
        return;
      }
      if (batch.length > 0) this.sendEvents(w, batch, target);
      w.nextRev = target + 1;
    }
  }

  /** Re-read after each send: a send may find the transport full. */
  private isBlocked(): boolean {
    return this.blocked;
  }

  /** Re-read after every await: cancel and close happen while history is being read. */
  private stopped(w: Watcher): boolean {
    return w.canceled || this.closed;
  }

  private cancelCompacted(w: Watcher): void {
    this.drop(w);
    // As etcd sends it: no cancel_reason and a header without a revision (its mvcc response for a
    // compacted watcher carries only the compact revision); clients key on compact_revision.
    this.send(
      { watchId: w.id, canceled: true, compactRevision: this.ctx.store.compactRevision },
      0,
    );
  }

  private drop(w: Watcher): void {
    w.canceled = true;
    this.watchers.delete(w.id);
  }

  private send(response: etcdserverpb.IWatchResponse, revision?: number): void {
    if (this.closed) return;
    response.header = this.ctx.header(revision ?? this.ctx.store.currentRevision);
    if (!this.sink.send(response) && !this.blocked) {
      this.blocked = true;
      this.sink.onDrain(() => {
        this.blocked = false;
        for (const w of this.watchers.values()) if (!w.synced) this.startCatchUp(w);
      });
    }
  }

  /** Every watcher unsynced, catching up from history (after the store was replaced). */
  resync(): void {
    for (const w of this.watchers.values()) {
      w.synced = false;
      this.startCatchUp(w);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const w of this.watchers.values()) w.canceled = true;
    this.watchers.clear();
    this.onClose();
  }
}
