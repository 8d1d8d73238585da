// The dialing side of one peer: a socket to one of the peer's URLs that carries this member's
// messages to it in batches (stream-wire.ts), once its Hello showed that the URL serves the
// expected member of the same cluster, and a grpc-js channel beside it for snapshots. A broken
// stream or failed dial drops what is queued, reports the peer unreachable and redials after an
// exponential backoff; while it waits, new messages for the peer are refused (Raft retransmits),
// except those whose loss costs a wait: a client's requests (a proposal or a read index a follower
// forwards to its leader), which Raft sends once, and an election's (votes and their answers, a
// leadership transfer's timeout-now), which it sends again only an election timeout later. Those
// are held, a few, until the stream opens, as etcd's pipeline carries messages while its stream is
// down, and the first one cuts the backoff short.
import * as grpc from '@grpc/grpc-js';
import { connect, type Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { clusterdpb } from '../gen/etcd.js';
import { entriesSize, type Message, type NodeId } from '../raft/types.js';
import type { Logger } from '../util/log.js';
import { fromBigInt, toBigInt, toHex } from '../util/long.js';
import { Backoff } from './backoff.js';
import { encodeBatch } from './batch-codec.js';
import { grpcTarget, parsePeerUrl } from './peer-urls.js';
import {
  encodeHello,
  FrameKind,
  FrameReader,
  streamPreface,
  writeFrame,
  type Frame,
} from './stream-wire.js';

export interface PeerConnectionSettings {
  /** The channel credentials for a peer URL: TLS for https ones, to check `host`'s certificate. */
  readonly credentials: (secure: boolean, host: string) => grpc.ChannelCredentials;
  /** TLS over a socket to an https peer, checking `host`'s certificate. */
  readonly secureSocket: (socket: Socket, host: string) => Promise<TLSSocket>;
  readonly localId: NodeId;
  readonly clusterId: bigint;
  /** How long a dial, its TLS and its Hello may take. */
  readonly dialTimeoutMs: number;
  /** How often an open stream pings its peer; a Ping unanswered by the next one ends it. */
  readonly keepaliveMs: number;
  readonly backoffInitialMs: number;
  readonly backoffMaxMs: number;
  /** Messages queued for the peer beyond which new ones are dropped. */
  readonly maxQueuedMessages: number;
  /** The estimated bytes after which a batch is cut and the next one started. */
  readonly maxBatchBytes: number;
  /** Options of the snapshot channel. */
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
/** The largest frame a peer answers with (an Answer is a few dozen bytes). */
const maxAnswerBytes = 64 << 10;
const emptyBytes = new Uint8Array(0);

export class PeerConnection {
  private stateValue: PeerConnectionState = 'connecting';
  private openedAtMs = 0;
  private urls: readonly string[];
  private urlIndex = 0;
  /** The gRPC channel for snapshots, from the dial on (openClient: once the stream is open). */
  private client: grpc.Client | undefined;
  /** The stream's socket, from the dial on. */
  private socket: Socket | undefined;
  private queue: Message[] = [];
  /** Messages for the peer while it was down (heldTypes), sent first once the stream opens. */
  private held: Message[] = [];
  /** False while the stream's write buffer is full, until it drains. */
  private writable = true;
  private retryTimer: NodeJS.Timeout | undefined;
  /** Ends a dial whose stream is not open in time. */
  private dialTimer: NodeJS.Timeout | undefined;
  private keepaliveTimer: NodeJS.Timeout | undefined;
  /** A Ping went out and its Pong has not come back yet. */
  private awaitingPong = false;
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

  /** The gRPC channel to the peer, for snapshot calls, while the stream is open. */
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

  /** Writes what is queued, in batches, as far as the socket takes it. */
  flush(): void {
    const socket = this.socket;
    if (this.stateValue !== 'open' || socket === undefined) return;
    while (this.writable && this.queue.length > 0) {
      const batch = this.takeBatch();
      this.settings.onBatchSent(batch.length);
      if (!writeFrame(socket, FrameKind.Batch, encodeBatch(batch))) this.writable = false;
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
    let peer: ReturnType<typeof parsePeerUrl>;
    try {
      peer = parsePeerUrl(url);
      // Snapshots travel by gRPC on the same port; the channel connects at the first one.
      this.client = new grpc.Client(
        grpcTarget(peer),
        this.settings.credentials(peer.secure, peer.serverName),
        this.settings.channelOptions,
      );
    } catch (err) {
      this.fail(attempt, errorText(err));
      return;
    }
    this.dialTimer = setTimeout(() => {
      this.dialTimer = undefined;
      this.fail(attempt, `dial to ${url} timed out`);
    }, this.settings.dialTimeoutMs);
    const raw = connect({ host: peer.host, port: peer.port, noDelay: true });
    this.socket = raw;
    raw.on('error', (err) => {
      this.fail(attempt, `stream to ${url} failed: ${err.message}`);
    });
    raw.once('connect', () => {
      if (!peer.secure) {
        this.hello(attempt, raw, url);
        return;
      }
      this.settings.secureSocket(raw, peer.serverName).then(
        (secure) => {
          if (attempt !== this.attempt) {
            secure.destroy();
            return;
          }
          this.socket = secure;
          secure.on('error', (err: Error) => {
            this.fail(attempt, `stream to ${url} failed: ${err.message}`);
          });
          this.hello(attempt, secure, url);
        },
        (err: unknown) => {
          this.fail(attempt, `TLS to ${url} failed: ${errorText(err)}`);
        },
      );
    });
  }

  /** Opens the message stream on a connected socket: the preface, Hello, and the answer's check. */
  private hello(attempt: number, socket: Socket, url: string): void {
    const { localId, clusterId } = this.settings;
    const reader = new FrameReader(maxAnswerBytes);
    socket.on('data', (chunk: Buffer) => {
      if (attempt !== this.attempt) return;
      let frames: Frame[];
      try {
        frames = reader.push(chunk);
      } catch (err) {
        this.fail(attempt, `stream to ${url} broke the protocol: ${errorText(err)}`);
        return;
      }
      for (const frame of frames) {
        if (attempt !== this.attempt) return;
        this.onFrame(attempt, socket, url, frame);
      }
    });
    socket.on('close', () => {
      this.fail(attempt, `stream to ${url} closed`);
    });
    socket.write(streamPreface);
    writeFrame(
      socket,
      FrameKind.Hello,
      encodeHello({ clusterId: fromBigInt(clusterId, true), memberId: fromBigInt(localId, true) }),
    );
  }

  private onFrame(attempt: number, socket: Socket, url: string, frame: Frame): void {
    if (frame.kind === FrameKind.Pong) {
      this.awaitingPong = false;
      return;
    }
    if (frame.kind !== FrameKind.Answer) {
      this.fail(attempt, `stream to ${url} sent an unexpected frame (kind ${frame.kind})`);
      return;
    }
    let answer: clusterdpb.HelloResponse;
    try {
      answer = clusterdpb.HelloResponse.decode(frame.payload);
    } catch (err) {
      this.fail(attempt, `stream to ${url} sent a bad answer: ${errorText(err)}`);
      return;
    }
    if (answer.refusedCode !== 0) {
      const code = grpc.status[answer.refusedCode] ?? String(answer.refusedCode);
      this.fail(attempt, `stream to ${url} refused: ${code} ${answer.refusedDetails}`);
      if (toBigInt(answer.removedMember) !== 0n) this.settings.onRemoved(this.id);
      return;
    }
    if (this.stateValue !== 'connecting') return;
    const { clusterId } = this.settings;
    const theirCluster = toBigInt(answer.clusterId);
    const theirId = toBigInt(answer.memberId);
    if (theirCluster !== clusterId) {
      this.fail(attempt, `${url} is in cluster ${toHex(theirCluster)}, not ${toHex(clusterId)}`);
    } else if (theirId !== this.id) {
      this.fail(attempt, `${url} serves member ${toHex(theirId)}, not ${toHex(this.id)}`);
    } else {
      this.open(socket, url);
    }
  }

  private open(socket: Socket, url: string): void {
    clearTimeout(this.dialTimer);
    this.dialTimer = undefined;
    this.writable = true;
    socket.on('drain', () => {
      if (this.socket !== socket) return;
      this.writable = true;
      this.flush();
    });
    // A peer that went silent (a partition drops packets, no reset comes) is noticed by its
    // missing Pong, as gRPC's keepalive would.
    this.awaitingPong = false;
    this.keepaliveTimer = setInterval(() => {
      if (this.awaitingPong) {
        this.fail(this.attempt, `stream to ${url}: no answer to keepalive`);
        return;
      }
      this.awaitingPong = true;
      writeFrame(socket, FrameKind.Ping, emptyBytes);
    }, this.settings.keepaliveMs);
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

  /** Releases the current socket, channel and timers. */
  private teardown(): void {
    this.attempt++;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    clearTimeout(this.dialTimer);
    this.dialTimer = undefined;
    clearInterval(this.keepaliveTimer);
    this.keepaliveTimer = undefined;
    this.socket?.destroy();
    this.socket = undefined;
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
