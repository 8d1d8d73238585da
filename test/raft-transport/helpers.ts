// Shared pieces of the raft-transport tests: messages that say where they come from, and waiting.
import { newMessage, type Message, type NodeId } from '../../src/raft/types.js';
import type { PeerTransport } from '../../src/raft-transport/transport.js';

/** A MsgApp whose index numbers it, so order can be checked at the receiver. */
export function numbered(from: NodeId, to: NodeId, n: number, payload = 16): Message {
  return newMessage({
    type: 'MsgApp',
    from,
    to,
    term: 1,
    index: n,
    entries: [
      { term: 1, index: n + 1, type: 'normal', data: new Uint8Array(payload).fill(n & 0xff) },
    ],
  });
}

/** Polls `condition` every 10 ms until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean,
  what: string | (() => string),
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    }
    await sleep(10);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Everything a transport received and reported, in order. */
export class Recorder {
  readonly messages: Message[] = [];
  readonly unreachable: NodeId[] = [];

  constructor(transport: PeerTransport) {
    transport.onMessage((m) => this.messages.push(m));
    transport.onUnreachable((id) => this.unreachable.push(id));
  }

  from(id: NodeId): Message[] {
    return this.messages.filter((m) => m.from === id);
  }
}
