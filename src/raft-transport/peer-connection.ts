// The dialing side of one peer: a grpc-js channel to one of the peer's URLs, the Hello that checks
// it serves the expected member of the same cluster, and the one long-lived Stream that carries
// this member's messages to it in batches. A broken stream or failed dial drops what is queued,
// reports the peer unreachable and redials after an exponential backoff; while it waits, new
// messages for the peer are refused (Raft retransmits), except those whose loss costs a wait:
// a client's requests (a proposal or a read index a follower forwards to its leader), which Raft
// sends once, and an election's (votes and their answers, a leadership transfer's timeout-now),
// which it sends again only an election timeout later. Those are held, a few, until the stream
// opens, as etcd's pipeline carries messages while its stream is down, and the first one cuts the
// backoff short.
import * as grpc from '@grpc/grpc-js';
import { entriesSize, type Message, type NodeId } from '../raft/types.js';
import type { Logger } from '../util/log.js';
import { fromBigInt, toBigInt, toHex } from '../util/long.js';
import { Backoff } from './backoff.js';
import {
  clusterIdHeader,
  isRemovedMemberRefusal,
  memberIdHeader,
  peerService,
} from './peer-service.js';
import { grpcTarget, parsePeerUrl } from './peer-urls.js';

export interface PeerConnectionSettings {
  /** The channel credentials for a peer URL: TLS for https ones, to check `host`'s certificate. */
  readonly credentials: (secure: boolean, host: string) => grpc.ChannelCredentials;
  readonly localId: NodeId;
  readonly clusterId: bigint;
  readonly dialTimeoutMs: number;
  readonly backoffInitialMs: number;
  readonly backoffMaxMs: number;
  /** Messages queued for the peer beyond which new ones are dropped. */
  readonly maxQueuedMessages: number;
  /** The estimated bytes after which a batch is cut and the next one started. */
  readonly maxBatchBytes: number;
  readonly channelOptions: grpc.ChannelOptions;
  readonly logger: Logger;
  /** Called when the stream breaks or a dial fails: the queued messages were dropped. */
  readonly onUnreachable: (peer: NodeId, droppedMessages: number) => void;
  /** Called for each batch written to a stream. */
  readonly onBatchSent: (messages: number) => void;
  /** Called when the peer refuses this member as removed from the cluster (etcd's 410 Gone). */
  readonly onRemoved: (peer: NodeId) => void;
}

/**
 * - connecting: dialing and saying Hello; messages queue up (to the queue's limit).
 * - open: the stream is up; queued messages are written at each flush.
 * - down: waiting out the backoff before redialing; messages are dropped, but for heldTypes.
 * - closed: for good.
 */
export type PeerConnectionState = 'connecting' | 'open' | 'down' | 'closed';

/** A fixed allowance per message for its header fields, on top of entries and context. */
const messageOverheadBytes = 64;
/** Messages held for a peer that is down: a client or an election waits on each. */
const heldTypes: ReadonlySet<Message['type']> = new Set([
  'MsgProp',
  'MsgReadIndex',
  'MsgVote',
  'MsgVoteResp',
  'MsgPreVote',
  'MsgPreVoteResp',
  'MsgTimeoutNow',
]);
/** Messages held for a peer that is down, at most (etcd's pipeline buffer). */
const maxHeld = 64;

export class PeerConnection {
  private stateValue: PeerConnectionState = 'connecting';
  private openedAtMs = 0;
  private urls: readonly string[];
  private urlIndex = 0;
  private client: grpc.Client | undefined;
  private stream: grpc.ClientDuplexStream<readonly Message[], unknown> | undefined;
  private queue: Message[] = [];
  /** Messages for the peer while it was down (heldTypes), sent first once the stream opens. */
  private held: Message[] = [];
  /** False while the stream's write buffer is full, until it drains. */
  private writable = true;
  private retryTimer: NodeJS.Timeout | undefined;
  /** Each dial gets a number; callbacks of a superseded dial see a different one and do nothing. */
  private attempt = 0;
  private readonly backoff: Backoff;
  private readonly log: Logger;

  constructor(
    readonly id: NodeId,
    urls: readonly string[],
    private readonly settings: PeerConnectionSettings,
  ) {
    this.urls = [...urls];
    this.backoff = new Backoff({
      initialMs: settings.backoffInitialMs,
      maxMs: settings.backoffMaxMs,
    });
    this.log = settings.logger.child({ peer: toHex(id) });
  }

  get state(): PeerConnectionState {
    return this.stateValue;
  }

  /** When the current stream opened (Date.now() ms), while it is open. */
  get openSinceMs(): number | undefined {
    return this.stateValue === 'open' ? this.openedAtMs : undefined;
  }

  /** The channel of the current dial, for snapshot calls, while the stream is open. */
  get openClient(): grpc.Client | undefined {
    return this.stateValue === 'open' ? this.client : undefined;
  }

  get queuedMessages(): number {
    return this.queue.length;
  }

  /** Starts the first dial. */
  start(): void {
    this.dial();
  }

  /** New URLs for the peer: redials at once if the one in use is gone. */
  setUrls(urls: readonly string[]): void {
    if (sameUrls(urls, this.urls)) return;
    const current = this.urls[this.urlIndex];
    this.urls = [...urls];
    const kept = current === undefined ? -1 : this.urls.indexOf(current);
    if (kept >= 0 && this.stateValue === 'open') {
      this.urlIndex = kept;
      return;
    }
    this.urlIndex = 0;
    if (this.stateValue === 'closed') return;
    this.teardown();
    this.backoff.reset();
    this.dial();
  }

  /**
   * Queues a message; false if it was dropped: the peer is down (a redial after a failure counts
   * as down until its stream is open) or too far behind.
   */
  enqueue(message: Message): boolean {
    const reachable =
      this.stateValue === 'open' ||
      (this.stateValue === 'connecting' && this.backoff.failures === 0);
    if (!reachable) return this.hold(message);
    if (this.queue.length >= this.settings.maxQueuedMessages) return false;
    this.queue.push(message);
    return true;
  }

  /** Holds a message of heldTypes for a peer that is down (the oldest gives way); false for others. */
  private hold(message: Message): boolean {
    if (this.stateValue === 'closed' || !heldTypes.has(message.type)) return false;
    if (this.held.length >= maxHeld) this.held.shift();
    this.held.push(message);
    if (this.held.length === 1 && this.stateValue === 'down' && this.retryTimer !== undefined) {
      // Someone waits on the peer now: one dial at once rather than at the backoff's end.
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      this.dial();
    }
    return true;
  }

  /** Writes what is queued, in batches, as far as the stream takes it. */
  flush(): void {
    const stream = this.stream;
    if (this.stateValue !== 'open' || stream === undefined) return;
    while (this.writable && this.queue.length > 0) {
      const batch = this.takeBatch();
      this.settings.onBatchSent(batch.length);
      if (!stream.write(batch)) {
        this.writable = false;
        stream.once('drain', () => {
          if (this.stream !== stream) return;
          this.writable = true;
          this.flush();
        });
      }
    }
  }

  close(): void {
    if (this.stateValue === 'closed') return;
    this.stateValue = 'closed';
    this.teardown();
    this.queue = [];
    this.held = [];
  }

  private takeBatch(): Message[] {
    let bytes = 0;
    let n = 0;
    for (const m of this.queue) {
      const size = messageOverheadBytes + entriesSize(m.entries) + (m.context?.length ?? 0);
      if (n > 0 && bytes + size > this.settings.maxBatchBytes) break;
      bytes += size;
      n++;
    }
    return this.queue.splice(0, n);
  }

  private dial(): void {
    if (this.stateValue === 'closed') return;
    const attempt = ++this.attempt;
    this.stateValue = 'connecting';
    const url = this.urls[this.urlIndex % Math.max(1, this.urls.length)];
    if (url === undefined) {
      this.fail(attempt, 'the peer has no URL');
      return;
    }
    let target: string;
    let credentials: grpc.ChannelCredentials;
    try {
      const parsed = parsePeerUrl(url);
      target = grpcTarget(parsed);
      credentials = this.settings.credentials(parsed.secure, parsed.serverName);
    } catch (err) {
      this.fail(attempt, errorText(err));
      return;
    }
    const client = new grpc.Client(target, credentials, this.settings.channelOptions);
    this.client = client;
    const { localId, clusterId } = this.settings;
    client.makeUnaryRequest(
      peerService.Hello.path,
      peerService.Hello.requestSerialize,
      peerService.Hello.responseDeserialize,
      { clusterId: fromBigInt(clusterId, true), memberId: fromBigInt(localId, true) },
      new grpc.Metadata(),
      { deadline: Date.now() + this.settings.dialTimeoutMs },
      (err, response) => {
        if (attempt !== this.attempt) return;
        if (err !== null || response === undefined) {
          this.fail(attempt, `hello to ${url} failed: ${errorText(err)}`);
          if (isRemovedMemberRefusal(err)) this.settings.onRemoved(this.id);
          return;
        }
        const theirCluster = toBigInt(response.clusterId);
        const theirId = toBigInt(response.memberId);
        if (theirCluster !== clusterId) {
          this.fail(
            attempt,
            `${url} is in cluster ${toHex(theirCluster)}, not ${toHex(clusterId)}`,
          );
        } else if (theirId !== this.id) {
          this.fail(attempt, `${url} serves member ${toHex(theirId)}, not ${toHex(this.id)}`);
        } else {
          this.openStream(attempt, client, url);
        }
      },
    );
  }

  private openStream(attempt: number, client: grpc.Client, url: string): void {
    const metadata = new grpc.Metadata();
    metadata.set(clusterIdHeader, toHex(this.settings.clusterId));
    metadata.set(memberIdHeader, toHex(this.settings.localId));
    const stream = client.makeBidiStreamRequest(
      peerService.Stream.path,
      peerService.Stream.requestSerialize,
      peerService.Stream.responseDeserialize,
      metadata,
    );
    this.stream = stream;
    this.writable = true;
    // The status comes once, whether the stream ended cleanly or not; an error comes with it.
    stream.on('error', () => undefined);
    stream.on('data', () => undefined);
    stream.on('status', (status: grpc.StatusObject) => {
      if (attempt !== this.attempt) return;
      this.fail(attempt, `stream to ${url} ended: ${grpc.status[status.code]} ${status.details}`);
      if (isRemovedMemberRefusal(status)) this.settings.onRemoved(this.id);
    });
    this.stateValue = 'open';
    this.openedAtMs = Date.now();
    this.backoff.reset();
    this.queue.unshift(...this.held.splice(0));
    this.log.debug('raft peer stream open', { url });
    this.flush();
  }

  /** Ends the current dial: drops the queue, reports the peer, and redials after a backoff. */
  private fail(attempt: number, reason: string): void {
    if (attempt !== this.attempt || this.stateValue === 'closed') return;
    this.attempt++;
    const wasOpen = this.stateValue === 'open';
    this.teardown();
    this.stateValue = 'down';
    const dropped = this.queue.length;
    this.queue = [];
    const waitMs = this.backoff.next();
    if (this.urls.length > 0) this.urlIndex = (this.urlIndex + 1) % this.urls.length;
    const fields = { reason, retryInMs: waitMs, failures: this.backoff.failures };
    if (wasOpen || this.backoff.failures === 1) this.log.warn('raft peer unreachable', fields);
    else this.log.debug('raft peer still unreachable', fields);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.dial();
    }, waitMs);
    this.settings.onUnreachable(this.id, dropped);
  }

  /** Releases the current stream, channel and retry timer. */
  private teardown(): void {
    this.attempt++;
    if (this.retryTimer !== undefined) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
    }
    const stream = this.stream;
    this.stream = undefined;
    if (stream !== undefined) {
      stream.end();
      stream.cancel();
    }
    this.client?.close();
    this.client = undefined;
  }
}

function sameUrls(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((url, i) => url === b[i]);
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
