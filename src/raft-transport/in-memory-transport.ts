// The peer transport inside one process: an InMemoryHub connects InMemoryTransports by member id,
// with the same contract as GrpcPeerTransport (batches per peer at the next macrotask, in order;
// drops reported as unreachable; MsgSnap diverted to the snapshot path). The hub cuts links one
// way or both and drops messages by rule, so tests and simulations can make partitions and loss.
import type { Message, NodeId, SnapshotStatus } from '../raft/types.js';
import { DisposableStore } from '../util/lifecycle.js';
import {
  chunked,
  inlineSnapshotSource,
  PeerTransportEvents,
  type PeerTransport,
  type RemovedCheck,
  type SnapshotSource,
  type Subscription,
} from './transport.js';

/** Decides per message whether the hub drops it; true drops. */
export type DropRule = (message: Message) => boolean;

/** Counts of what went through the hub, per kind of outcome. */
export interface HubStats {
  delivered: number;
  /** Dropped by a cut link, a drop rule or an absent receiver. */
  dropped: number;
}

export class InMemoryHub {
  private readonly members = new Map<NodeId, InMemoryTransport>();
  /** Directed links that are cut, as `from>to`. */
  private readonly cut = new Set<string>();
  private readonly rules = new Set<DropRule>();
  readonly stats: HubStats = { delivered: 0, dropped: 0 };

  /**
   * A transport for member `id` on this hub (not reachable until started). `isRemoved` names the
   * members it refuses as removed from the cluster, as GrpcPeerTransport's option does.
   */
  transport(id: NodeId, options: { isRemoved?: RemovedCheck } = {}): InMemoryTransport {
    return new InMemoryTransport(id, this, options.isRemoved);
  }

  /** Cuts traffic from `from` to `to` (one way). */
  cutLink(from: NodeId, to: NodeId): void {
    this.cut.add(linkKey(from, to));
  }

  /** Restores traffic from `from` to `to`. */
  healLink(from: NodeId, to: NodeId): void {
    this.cut.delete(linkKey(from, to));
  }

  /** Cuts both ways between every member of `a` and every member of `b`. */
  partition(a: readonly NodeId[], b: readonly NodeId[]): void {
    for (const x of a) {
      for (const y of b) {
        this.cutLink(x, y);
        this.cutLink(y, x);
      }
    }
  }

  /** Cuts `id` off from every other member, both ways (members that join later included). */
  isolate(id: NodeId): void {
    this.cut.add(linkKey(id, '*'));
    this.cut.add(linkKey('*', id));
  }

  /** Restores every link: no cuts remain (drop rules stay). */
  heal(): void {
    this.cut.clear();
  }

  /** Drops every message the rule matches until the returned disposable is disposed. */
  addDropRule(rule: DropRule): Subscription {
    this.rules.add(rule);
    return {
      dispose: () => {
        this.rules.delete(rule);
      },
    };
  }

  /** Drops each message with probability `rate`, drawn from `random` (e.g. a seeded generator). */
  dropRandomly(rate: number, random: () => number = Math.random): Subscription {
    return this.addDropRule(() => random() < rate);
  }

  /** Whether a message from `from` can reach `to` now: started, not closed, link not cut. */
  canReach(from: NodeId, to: NodeId): boolean {
    return (
      this.members.has(to) &&
      !this.cut.has(linkKey(from, to)) &&
      !this.cut.has(linkKey(from, '*')) &&
      !this.cut.has(linkKey('*', to))
    );
  }

  /** @internal */
  register(transport: InMemoryTransport): void {
    if (this.members.has(transport.id)) {
      throw new Error(`member ${transport.id.toString(16)} is already on the hub`);
    }
    this.members.set(transport.id, transport);
  }

  /** @internal */
  unregister(transport: InMemoryTransport): void {
    if (this.members.get(transport.id) === transport) this.members.delete(transport.id);
  }

  /** @internal The receiving transport of a message, or undefined if the hub drops it. */
  route(from: NodeId, message: Message): InMemoryTransport | undefined {
    const to = this.canReach(from, message.to) ? this.members.get(message.to) : undefined;
    if (to === undefined || this.matchesRule(message)) {
      this.stats.dropped++;
      return undefined;
    }
    this.stats.delivered++;
    return to;
  }

  private matchesRule(message: Message): boolean {
    for (const rule of this.rules) if (rule(message)) return true;
    return false;
  }
}

export class InMemoryTransport extends PeerTransportEvents implements PeerTransport {
  private readonly store = new DisposableStore();
  private peers = new Set<NodeId>();
  private readonly peerSince = new Map<NodeId, number>();
  private readonly queues = new Map<NodeId, Message[]>();
  private flushHandle: NodeJS.Immediate | undefined;
  private started = false;
  private closed = false;

  constructor(
    readonly id: NodeId,
    private readonly hub: InMemoryHub,
    private readonly isRemoved: RemovedCheck = () => false,
  ) {
    super();
    this.store.defer(() => {
      this.clearListeners();
    });
    this.store.defer(() => {
      if (this.flushHandle !== undefined) clearImmediate(this.flushHandle);
      this.flushHandle = undefined;
      this.queues.clear();
    });
  }

  start(): Promise<void> {
    if (this.started) return Promise.reject(new Error('raft transport already started'));
    if (this.closed) return Promise.reject(new Error('raft transport closed'));
    this.started = true;
    this.hub.register(this);
    this.store.defer(() => {
      this.hub.unregister(this);
    });
    return Promise.resolve();
  }

  /** The members it may send to; their URLs mean nothing in memory. */
  setPeers(peers: ReadonlyMap<NodeId, readonly string[]>): void {
    this.peers = new Set([...peers.keys()].filter((id) => id !== this.id));
    for (const id of this.peers) if (!this.peerSince.has(id)) this.peerSince.set(id, Date.now());
    for (const id of this.peerSince.keys()) if (!this.peers.has(id)) this.peerSince.delete(id);
    for (const id of this.queues.keys()) if (!this.peers.has(id)) this.queues.delete(id);
  }

  /** A reachable peer counts as connected since it became a peer. */
  activeSince(peer: NodeId): number | undefined {
    if (!this.started || !this.peers.has(peer) || !this.hub.canReach(this.id, peer))
      return undefined;
    return this.peerSince.get(peer);
  }

  send(messages: readonly Message[]): void {
    if (this.closed) return;
    let dropped: Set<NodeId> | undefined;
    for (const m of messages) {
      if (m.type === 'MsgSnap') {
        void this.sendDivertedSnapshot(m);
      } else if (this.started && this.peers.has(m.to)) {
        let queue = this.queues.get(m.to);
        if (queue === undefined) this.queues.set(m.to, (queue = []));
        queue.push(m);
      } else {
        (dropped ??= new Set()).add(m.to);
      }
    }
    if (this.queues.size > 0 && this.flushHandle === undefined) {
      this.flushHandle = setImmediate(() => {
        this.flushHandle = undefined;
        this.flush();
      });
    }
    if (dropped !== undefined) for (const peer of dropped) this.unreachable.fire(peer);
  }

  async sendSnapshot(message: Message, data: SnapshotSource): Promise<SnapshotStatus> {
    if (this.closed || !this.peers.has(message.to)) return 'failed';
    const receiver = this.hub.route(this.id, message);
    if (receiver === undefined) {
      this.unreachable.fire(message.to);
      return 'failed';
    }
    if (receiver.refuses(this.id)) {
      this.removed.fire(receiver.id);
      return 'failed';
    }
    try {
      await receiver.receiveSnapshot(message, this.linkData(message, data));
      return 'finished';
    } catch {
      return 'failed';
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.store.dispose();
  }

  /** @internal Whether this member refuses `from` as removed from the cluster. */
  refuses(from: NodeId): boolean {
    return this.isRemoved(from);
  }

  /** @internal Delivers one message from the hub. */
  receive(message: Message): void {
    if (!this.closed) this.messages.fire(message);
  }

  /** @internal Hands a snapshot to this member's handler, as the gRPC server would. */
  async receiveSnapshot(message: Message, data: AsyncIterable<Uint8Array>): Promise<void> {
    const handler = this.snapshotHandler;
    if (this.closed || handler === undefined) throw new Error('this member takes no snapshots now');
    const progress = { finished: false };
    const tracked = async function* (): AsyncGenerator<Uint8Array> {
      yield* data;
      progress.finished = true;
    };
    // The receiver sees what the wire would carry: the metadata, the data apart.
    const snapshot = message.snapshot;
    const received =
      snapshot === undefined
        ? message
        : { ...message, snapshot: { metadata: snapshot.metadata, data: new Uint8Array(0) } };
    await handler(received, tracked());
    if (!progress.finished)
      throw new Error('the snapshot handler did not read the data to its end');
  }

  private flush(): void {
    const batches = [...this.queues];
    this.queues.clear();
    for (const [to, batch] of batches) {
      let reported = false;
      for (const m of batch) {
        const receiver = this.hub.route(this.id, m);
        if (receiver?.refuses(this.id) === true) {
          // The receiver tells a removed sender so, once per batch, as a gRPC peer refuses
          // its stream; the rest of the batch goes nowhere either.
          this.removed.fire(receiver.id);
          break;
        } else if (receiver !== undefined) {
          receiver.receive(m);
        } else if (!reported) {
          reported = true;
          this.unreachable.fire(to);
        }
        if (this.closed) return;
      }
    }
  }

  /** The snapshot data in ≤1 MiB pieces, failing if the link is cut or a side closes meanwhile. */
  private async *linkData(message: Message, data: SnapshotSource): AsyncGenerator<Uint8Array> {
    for await (const piece of chunked(data())) {
      if (this.closed || !this.hub.canReach(this.id, message.to)) {
        throw new Error('the link broke during the snapshot');
      }
      yield piece;
    }
  }

  private async sendDivertedSnapshot(m: Message): Promise<void> {
    const status = await this.sendSnapshot(m, inlineSnapshotSource(m));
    if (!this.closed) this.snapshotStatus.fire({ peer: m.to, status });
  }
}

function linkKey(from: NodeId | '*', to: NodeId | '*'): string {
  return `${from.toString()}>${to.toString()}`;
}
