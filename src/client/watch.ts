// Watch: every watcher of a client shares one bidi Watch stream. Creates are sent one at a time
// and matched to `created` responses in order. When the stream fails, the manager reconnects
// (failing over between endpoints) and re-creates every watcher from the revision after the last
// one it delivered, so no event is skipped or repeated across the break.
import type * as grpc from '@grpc/grpc-js';
import { etcdserverpb, mvccpb } from '../gen/etcd.js';
import { watchService } from '../api/services.js';
import { AsyncQueue } from './async-queue.js';
import {
  type Bytes,
  type KeyValue,
  type RangeSelector,
  type ResponseHeader,
  keyRange,
  toHeader,
  toKeyValue,
  toNumber,
} from './convert.js';
import {
  ClientClosedError,
  CompactedError,
  EtcdError,
  GrpcStatus,
  WatchCanceledError,
  toEtcdError,
} from './errors.js';
import { StreamDialer } from './stream-dialer.js';
import type { Transport } from './transport.js';

export interface WatchOptions extends RangeSelector {
  /** Replay from this revision (inclusive). Absent or 0: only changes after now. */
  startRevision?: number;
  /** Include each key's previous value in events. */
  prevKv?: boolean;
  /** Drop PUT events. */
  noPut?: boolean;
  /** Drop DELETE events. */
  noDelete?: boolean;
  /** Ask the server for periodic empty progress responses. */
  progressNotify?: boolean;
}

export interface WatchEvent {
  type: 'put' | 'delete';
  /** For a delete, only key and modRevision are set. */
  kv: KeyValue;
  prevKv?: KeyValue;
}

/** What a watcher yields: the events of one or more whole revisions, or a progress notice. */
export interface WatchBatch {
  header: ResponseHeader;
  events: WatchEvent[];
  /** No events: the server reports that everything up to header.revision has been delivered. */
  progressNotify: boolean;
}

/** One watch. Iterate it for batches (or `events()` for single events); `cancel()` ends it. */
export class Watcher implements AsyncIterable<WatchBatch> {
  /** The watch ID on the current stream; -1 while (re)creating. */
  id = -1;
  /** The first revision not yet delivered; 0 until the server told us the current revision. */
  nextRevision: number;
  /** Set when the server confirmed the first create. */
  createdHeader: ResponseHeader | undefined;
  cancelRequested = false;
  private readonly queue: AsyncQueue<WatchBatch>;
  private fragments: WatchEvent[] = [];
  private readonly createdSignal: {
    promise: Promise<void>;
    resolve: () => void;
    reject: (e: Error) => void;
  };
  private cancelWaiters: (() => void)[] = [];

  constructor(
    private readonly manager: WatchManager,
    readonly request: Readonly<etcdserverpb.IWatchCreateRequest>,
  ) {
    this.nextRevision = toNumber(request.startRevision);
    this.queue = new AsyncQueue<WatchBatch>(() => {
      void this.cancel();
    });
    let resolve!: () => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined);
    this.createdSignal = { promise, resolve, reject };
  }

  get isDone(): boolean {
    return this.queue.isDone;
  }

  /** Resolves when the server has confirmed the watch. */
  get created(): Promise<void> {
    return this.createdSignal.promise;
  }

  [Symbol.asyncIterator](): AsyncIterator<WatchBatch> {
    return this.queue;
  }

  /** The events one by one, skipping progress notices. */
  async *events(): AsyncGenerator<WatchEvent, void, undefined> {
    try {
      for await (const batch of this.queue) yield* batch.events;
    } finally {
      await this.cancel();
    }
  }

  /** Stops the watch; the iterator ends after the batches already received. */
  cancel(): Promise<void> {
    if (this.queue.isDone) return Promise.resolve();
    return new Promise((resolve) => {
      this.cancelWaiters.push(resolve);
      if (!this.cancelRequested) {
        this.cancelRequested = true;
        this.manager.cancel(this);
      }
    });
  }

  /** The create request to (re)send: from the next undelivered revision once one is known. */
  wireRequest(): etcdserverpb.IWatchCreateRequest {
    return this.nextRevision > 0
      ? { ...this.request, startRevision: this.nextRevision }
      : { ...this.request };
  }

  onCreated(header: ResponseHeader): void {
    if (this.nextRevision === 0) this.nextRevision = header.revision + 1;
    if (this.createdHeader === undefined) {
      this.createdHeader = header;
      this.createdSignal.resolve();
    }
  }

  onEvents(header: ResponseHeader, events: WatchEvent[], fragment: boolean): void {
    this.fragments.push(...events);
    if (fragment) return;
    const all = this.fragments;
    this.fragments = [];
    // After a reconnect the server replays from nextRevision; drop anything already delivered.
    const fresh = all.filter((e) => e.kv.modRevision >= this.nextRevision);
    if (fresh.length === 0) return;
    this.nextRevision = fresh[fresh.length - 1]!.kv.modRevision + 1;
    this.queue.push({ header, events: fresh, progressNotify: false });
  }

  onProgress(header: ResponseHeader): void {
    if (header.revision + 1 > this.nextRevision) this.nextRevision = header.revision + 1;
    this.queue.push({ header, events: [], progressNotify: true });
  }

  onStreamLost(): void {
    this.id = -1;
    this.fragments = [];
  }

  /** Ends the watcher normally (cancel or client close). */
  finish(): void {
    this.queue.end();
    this.createdSignal.reject(new ClientClosedError('watch canceled before it was created'));
    for (const w of this.cancelWaiters.splice(0)) w();
  }

  /** Ends the watcher with an error the iterator will throw. */
  fail(error: EtcdError): void {
    this.queue.fail(error);
    this.createdSignal.reject(error);
    for (const w of this.cancelWaiters.splice(0)) w();
  }
}

/** The watch side of a client: one stream, many watchers. */
export class WatchManager {
  private stream:
    grpc.ClientDuplexStream<etcdserverpb.IWatchRequest, etcdserverpb.WatchResponse> | undefined;
  /** Bumped per stream; responses and errors of older streams are ignored. */
  private generation = 0;
  private readonly dialer: StreamDialer;
  private readonly watchers = new Set<Watcher>();
  private readonly byId = new Map<number, Watcher>();
  /** Watchers whose create has not been confirmed on the current stream, in send order. */
  private pending: Watcher[] = [];
  private createInFlight = false;
  private closed = false;
  /** How many times a stream was opened (the first open included). */
  streamsOpened = 0;

  constructor(private readonly transport: Transport) {
    this.dialer = new StreamDialer(
      transport,
      2000,
      () => !this.closed && this.watchers.size > 0 && this.stream === undefined,
      (endpoint) => {
        this.open(endpoint);
      },
    );
  }

  /** Starts watching; resolves once the server confirmed the watch. */
  async watch(key: Bytes, options: WatchOptions = {}): Promise<Watcher> {
    if (this.closed) throw new ClientClosedError();
    const { key: k, rangeEnd } = keyRange(key, options);
    const filters: etcdserverpb.WatchCreateRequest.FilterType[] = [];
    if (options.noPut === true) filters.push(etcdserverpb.WatchCreateRequest.FilterType.NOPUT);
    if (options.noDelete === true)
      filters.push(etcdserverpb.WatchCreateRequest.FilterType.NODELETE);
    const watcher = new Watcher(this, {
      key: k,
      rangeEnd: rangeEnd ?? null,
      startRevision: options.startRevision ?? 0,
      progressNotify: options.progressNotify ?? false,
      filters,
      prevKv: options.prevKv ?? false,
    });
    this.watchers.add(watcher);
    this.pending.push(watcher);
    if (this.stream) this.sendNextCreate();
    else this.dialer.dial();
    await watcher.created;
    return watcher;
  }

  /** Asks the server for a progress notice on every watcher of the stream. */
  requestProgress(): void {
    this.stream?.write({ progressRequest: {} });
  }

  /** Called by Watcher.cancel. */
  cancel(watcher: Watcher): void {
    if (watcher.id >= 0 && this.stream) {
      this.stream.write({ cancelRequest: { watchId: watcher.id } });
      return; // finished when the canceled response arrives, or the stream goes down
    }
    const index = this.pending.indexOf(watcher);
    const sent = index === 0 && this.createInFlight;
    if (sent) return; // cancelled as soon as `created` arrives
    if (index >= 0) this.pending.splice(index, 1);
    this.remove(watcher);
    watcher.finish();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.dropStream();
    for (const w of this.watchers) w.finish();
    this.watchers.clear();
  }

  private remove(watcher: Watcher): void {
    this.watchers.delete(watcher);
    if (watcher.id >= 0) this.byId.delete(watcher.id);
    if (this.watchers.size === 0) this.dropStream();
  }

  private dropStream(): void {
    const stream = this.stream;
    this.generation++;
    this.stream = undefined;
    this.byId.clear();
    this.pending = [];
    this.createInFlight = false;
    if (stream) {
      stream.end();
      stream.cancel();
    }
  }

  private open(endpoint: string): void {
    const generation = ++this.generation;
    const stream = this.transport.openBidi(endpoint, watchService.Watch);
    this.stream = stream;
    this.streamsOpened++;
    stream.on('data', (res: etcdserverpb.WatchResponse) => {
      if (generation === this.generation) this.onResponse(res);
    });
    stream.on('error', (err: Error) => {
      if (generation === this.generation) this.onStreamDown(endpoint, toEtcdError(err));
    });
    stream.on('end', () => {
      if (generation === this.generation) {
        this.onStreamDown(endpoint, new EtcdError('watch stream ended', GrpcStatus.UNAVAILABLE));
      }
    });
    // Re-create every live watcher, oldest first, from where it left off.
    this.byId.clear();
    this.createInFlight = false;
    this.pending = [];
    for (const w of [...this.watchers]) {
      if (!w.cancelRequested) {
        this.pending.push(w);
        continue;
      }
      this.watchers.delete(w);
      w.finish();
    }
    if (this.watchers.size === 0) {
      this.dropStream();
      return;
    }
    this.sendNextCreate();
  }

  private onStreamDown(endpoint: string, err: EtcdError): void {
    this.generation++;
    this.stream = undefined;
    this.byId.clear();
    this.pending = [];
    this.createInFlight = false;
    for (const w of [...this.watchers]) {
      if (w.cancelRequested) {
        this.watchers.delete(w);
        w.finish();
      } else {
        w.onStreamLost();
      }
    }
    if (this.closed || this.watchers.size === 0) return;
    if (err.code !== GrpcStatus.UNAVAILABLE && err.code !== GrpcStatus.INTERNAL) {
      // Not a connection problem: re-creating would fail the same way.
      for (const w of this.watchers) w.fail(err);
      this.watchers.clear();
      return;
    }
    this.transport.pool.failover(endpoint);
    this.dialer.redialLater();
  }

  private sendNextCreate(): void {
    if (this.createInFlight || !this.stream) return;
    const next = this.pending[0];
    if (!next) return;
    this.createInFlight = true;
    this.stream.write({ createRequest: next.wireRequest() });
  }

  private onResponse(res: etcdserverpb.WatchResponse): void {
    const header = toHeader(res.header);
    const watchId = toNumber(res.watchId);
    if (res.created) {
      const watcher = this.pending.shift();
      this.createInFlight = false;
      if (watcher) this.onCreated(watcher, res, header, watchId);
      this.sendNextCreate();
      return;
    }
    if (watchId === -1) {
      // etcd 3.4+ answers a progress request once for the whole stream, with watch_id -1.
      for (const w of this.byId.values()) w.onProgress(header);
      return;
    }
    const watcher = this.byId.get(watchId);
    if (!watcher) return; // a response racing a cancel
    if (res.canceled) {
      this.remove(watcher);
      const compactRevision = toNumber(res.compactRevision);
      if (compactRevision > 0) watcher.fail(compactedError(compactRevision, res.cancelReason));
      else if (watcher.cancelRequested) watcher.finish();
      else watcher.fail(new WatchCanceledError(res.cancelReason || 'watch canceled by server'));
      return;
    }
    this.dialer.succeeded();
    const events = res.events.map(toWatchEvent);
    if (events.length > 0 || res.fragment) watcher.onEvents(header, events, res.fragment);
    else watcher.onProgress(header);
  }

  private onCreated(
    watcher: Watcher,
    res: etcdserverpb.WatchResponse,
    header: ResponseHeader,
    watchId: number,
  ): void {
    if (res.canceled || watchId === -1) {
      this.remove(watcher);
      const compactRevision = toNumber(res.compactRevision);
      if (compactRevision > 0 || /compacted/.test(res.cancelReason)) {
        watcher.fail(compactedError(compactRevision, res.cancelReason));
      } else {
        watcher.fail(new WatchCanceledError(res.cancelReason || 'watch create refused'));
      }
      return;
    }
    this.dialer.succeeded();
    watcher.id = watchId;
    this.byId.set(watchId, watcher);
    watcher.onCreated(header);
    if (watcher.cancelRequested) this.stream?.write({ cancelRequest: { watchId } });
  }
}

function compactedError(compactRevision: number, reason: string): CompactedError {
  const err = new CompactedError(
    reason || 'etcdserver: mvcc: required revision has been compacted',
    GrpcStatus.OUT_OF_RANGE,
  );
  err.compactRevision = compactRevision;
  return err;
}

function toWatchEvent(e: mvccpb.IEvent): WatchEvent {
  const event: WatchEvent = {
    type: e.type === mvccpb.Event.EventType.DELETE ? 'delete' : 'put',
    kv: toKeyValue(e.kv ?? {}),
  };
  if (e.prevKv) event.prevKv = toKeyValue(e.prevKv);
  return event;
}
