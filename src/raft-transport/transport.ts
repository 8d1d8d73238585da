// The peer transport: how one member's Raft node reaches the others. The node hands it the
// messages of each Ready and hears back about messages received, peers that could not be reached
// (for RawNode.reportUnreachable) and snapshot transfers (for RawNode.reportSnapshot). Delivery is
// best effort, as Raft expects: a message may be lost but is never reordered on its way to one
// peer, and Raft retransmits what matters.
import type { Message, NodeId, SnapshotStatus } from '../raft/types.js';
import type { Disposable } from '../util/lifecycle.js';

/** A registration that ends at once when disposed. */
export interface Subscription extends Disposable {
  dispose(): void;
}

/** A received message. Called once per message, in the order the sender produced them. */
export type MessageHandler = (message: Message) => void;

/** A peer could not be reached: its messages were dropped. Call RawNode.reportUnreachable(id). */
export type UnreachableHandler = (peer: NodeId) => void;

/**
 * A snapshot arrived: `message` is the MsgSnap with empty snapshot data, `data` yields the data
 * in order. Resolve once the snapshot is stored (the sender then reports 'finished'); reject to
 * refuse it. The handler must consume `data` to its end before resolving.
 */
export type SnapshotHandler = (message: Message, data: AsyncIterable<Uint8Array>) => Promise<void>;

/**
 * A peer refused this member because the cluster removed it (etcd's `410 Gone` to a removed
 * member's stream, and its errMemberRemoved): `by` is the refusing peer. Nothing this member sends
 * will be taken again; it should stop.
 */
export type RemovedHandler = (by: NodeId) => void;

/** Whether the cluster removed member `id` (etcd's IsIDRemoved), as this member has applied it. */
export type RemovedCheck = (id: NodeId) => boolean;

/** The words a removed member is told, and says when it stops (etcd's errMemberRemoved). */
export const memberRemovedText = 'the member has been permanently removed from the cluster';

/** The outcome of a snapshot that send() diverted to the snapshot path. */
export type SnapshotStatusHandler = (peer: NodeId, status: SnapshotStatus) => void;

/** The snapshot data to send: called once per attempt, it yields the bytes in order. */
export type SnapshotSource = () => AsyncIterable<Uint8Array>;

export interface PeerTransport {
  /** This member's id. */
  readonly id: NodeId;

  /** Starts serving (listening for peers) and dialing the peers known so far. */
  start(): Promise<void>;

  /**
   * The current members other than this one, with their peer URLs. Called again whenever the
   * membership changes: new peers are dialed, removed ones are disconnected, and a peer whose URLs
   * changed is redialed. An entry for this member's own id is ignored.
   */
  setPeers(peers: ReadonlyMap<NodeId, readonly string[]>): void;

  /**
   * Queues messages for their destinations and returns at once. Messages for one peer go in
   * batches, in order, at the next macrotask. A message to a peer that is unknown, unreachable
   * or too far behind is dropped and the peer reported through onUnreachable. A MsgSnap (with its
   * data inline, as the Raft core makes it) is diverted to sendSnapshot() and its outcome reported
   * through onSnapshotStatus.
   */
  send(messages: readonly Message[]): void;

  /** Listens for messages from peers. */
  onMessage(handler: MessageHandler): Subscription;

  /** Listens for peers whose messages could not be delivered. */
  onUnreachable(handler: UnreachableHandler): Subscription;

  /**
   * Streams a snapshot to `message.to`: the MsgSnap (without data) first, then the data in chunks.
   * Resolves 'finished' once the receiver stored it and 'failed' otherwise; never rejects.
   */
  sendSnapshot(message: Message, data: SnapshotSource): Promise<SnapshotStatus>;

  /** Sets the one handler that receives snapshots; without one, snapshots are refused. */
  onSnapshot(handler: SnapshotHandler): Subscription;

  /** Listens for the outcome of snapshots that send() diverted to the snapshot path. */
  onSnapshotStatus(handler: SnapshotStatusHandler): Subscription;

  /**
   * Listens for peers that refuse this member as removed from the cluster. Each implementation
   * refuses, in turn, the streams, messages and snapshots of members its `isRemoved` option names,
   * and ends their open streams when setPeers() follows a removal.
   */
  onRemoved(handler: RemovedHandler): Subscription;

  /**
   * Since when (Date.now() ms) this member's stream to `peer` has been up, or undefined while it
   * is not (etcd's ActiveSince): how strict reconfiguration checks and the initial election tick
   * advance tell which peers are alive.
   */
  activeSince(peer: NodeId): number | undefined;

  /** Stops everything start() and send() began: streams, sockets, timers. Idempotent. */
  close(): Promise<void>;
}

/** The largest piece of snapshot data in one SnapshotChunk. */
export const snapshotChunkBytes = 1 << 20;

/** Typed listeners for one event, as in VS Code's Emitter; errors in a listener are contained. */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  constructor(private readonly onListenerError: (err: unknown) => void = () => undefined) {}

  get hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  on(listener: (value: T) => void): Subscription {
    // A wrapper per registration, so the same function registered twice is two listeners.
    const entry = (value: T): void => {
      listener(value);
    };
    this.listeners.add(entry);
    return {
      dispose: () => {
        this.listeners.delete(entry);
      },
    };
  }

  fire(value: T): void {
    for (const listener of this.listeners) {
      try {
        listener(value);
      } catch (err) {
        this.onListenerError(err);
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}

/** The snapshot data a MsgSnap carries inline, as the Raft core produces it. */
export function inlineSnapshotSource(message: Message): SnapshotSource {
  const data = message.snapshot?.data ?? new Uint8Array(0);
  return async function* () {
    yield await Promise.resolve(data);
  };
}

/** Yields `data` in pieces of at most `chunkBytes` (views, no copies). */
export async function* chunked(
  data: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  chunkBytes: number = snapshotChunkBytes,
): AsyncGenerator<Uint8Array> {
  for await (const piece of data) {
    for (let offset = 0; offset < piece.length; offset += chunkBytes) {
      yield piece.subarray(offset, Math.min(piece.length, offset + chunkBytes));
    }
  }
}

/**
 * The listening side every PeerTransport has alike: typed events for messages, unreachable peers
 * and snapshot outcomes, and the one snapshot handler. Implementations fire the events.
 */
export abstract class PeerTransportEvents {
  protected readonly messages: Emitter<Message>;
  protected readonly unreachable: Emitter<NodeId>;
  protected readonly snapshotStatus: Emitter<{ peer: NodeId; status: SnapshotStatus }>;
  protected readonly removed: Emitter<NodeId>;
  protected snapshotHandler: SnapshotHandler | undefined;

  constructor(onListenerError?: (err: unknown) => void) {
    this.messages = new Emitter(onListenerError);
    this.unreachable = new Emitter(onListenerError);
    this.snapshotStatus = new Emitter(onListenerError);
    this.removed = new Emitter(onListenerError);
  }

  onMessage(handler: MessageHandler): Subscription {
    return this.messages.on(handler);
  }

  onUnreachable(handler: UnreachableHandler): Subscription {
    return this.unreachable.on(handler);
  }

  onSnapshotStatus(handler: SnapshotStatusHandler): Subscription {
    return this.snapshotStatus.on(({ peer, status }) => {
      handler(peer, status);
    });
  }

  onRemoved(handler: RemovedHandler): Subscription {
    return this.removed.on(handler);
  }

  onSnapshot(handler: SnapshotHandler): Subscription {
    this.snapshotHandler = handler;
    return {
      dispose: () => {
        if (this.snapshotHandler === handler) this.snapshotHandler = undefined;
      },
    };
  }

  /** Drops every listener and the snapshot handler (on close). */
  protected clearListeners(): void {
    this.messages.clear();
    this.unreachable.clear();
    this.snapshotStatus.clear();
    this.removed.clear();
    this.snapshotHandler = undefined;
  }
}
