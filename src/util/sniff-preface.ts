// One listener, two protocols: a connection's first bytes tell which (etcd's cmux does the same).
import type { Socket } from 'node:net';

/**
 * Reads a new connection's first bytes until they show whether it opens with `preface`, then
 * stops reading and calls `decided` with the answer and the bytes read, which are not put back.
 */
export function sniffPreface(
  socket: Socket,
  preface: Buffer,
  decided: (opensWithPreface: boolean, head: Buffer) => void,
): void {
  let head = Buffer.alloc(0);
  const onData = (chunk: Buffer): void => {
    head = Buffer.concat([head, chunk]);
    const n = Math.min(head.length, preface.length);
    const matches = head.subarray(0, n).equals(preface.subarray(0, n));
    // Undecided while the bytes seen could still be the preface.
    if (matches && n < preface.length) return;
    socket.off('data', onData);
    decided(matches, head);
  };
  socket.on('data', onData);
}
