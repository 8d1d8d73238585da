// Linearizable reads without writing to the log (Raft thesis §6.4): the leader records its commit
// index as the read index of a request, then confirms it is still leader by a heartbeat round
// that carries the request context. Once a quorum has answered that round, the request (and every
// one queued before it) may be served at its read index.
import type { Message, NodeId } from './types.js';

export interface ReadIndexStatus {
  /** The original MsgReadIndex: `from` says which node asked. */
  readonly request: Message;
  readonly index: number;
  readonly acks: Set<NodeId>;
}

export class ReadOnly {
  private readonly pending = new Map<string, ReadIndexStatus>();
  /** Request contexts in arrival order; an ack for one confirms every earlier one too. */
  private queue: string[] = [];

  /** Queues a request to be served at `index` once a heartbeat quorum confirms leadership. */
  addRequest(index: number, request: Message): void {
    const key = contextKey(request.context);
    if (this.pending.has(key)) return;
    this.pending.set(key, { request, index, acks: new Set() });
    this.queue.push(key);
  }

  /** Records that `from` answered the heartbeat carrying `context`; returns who has so far. */
  recvAck(from: NodeId, context: Uint8Array | undefined): ReadonlySet<NodeId> | undefined {
    const status = this.pending.get(contextKey(context));
    if (status === undefined) return undefined;
    status.acks.add(from);
    return status.acks;
  }

  /**
   * Dequeues the request with `context` and all requests queued before it: the heartbeat round
   * that confirmed it started after they were queued, so it confirms them too.
   */
  advance(context: Uint8Array | undefined): ReadIndexStatus[] {
    const key = contextKey(context);
    const at = this.queue.indexOf(key);
    if (at < 0) return [];
    const done = this.queue.slice(0, at + 1);
    this.queue = this.queue.slice(at + 1);
    return done.map((k) => {
      const status = this.pending.get(k)!;
      this.pending.delete(k);
      return status;
    });
  }

  /** The newest pending context, which heartbeats carry so that acks can confirm it. */
  lastPendingRequestContext(): Uint8Array | undefined {
    const key = this.queue[this.queue.length - 1];
    return key === undefined ? undefined : this.pending.get(key)!.request.context;
  }
}

function contextKey(context: Uint8Array | undefined): string {
  if (context === undefined) return '';
  let key = '';
  for (const b of context) key += String.fromCharCode(b);
  return key;
}
