import assert from 'node:assert/strict';
import {
  FrameKind,
  FrameReader,
  StreamProtocolError,
} from '../../src/raft-transport/stream-wire.js';

function frame(kind: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header[0] = kind;
  header.writeUInt32BE(payload.length, 1);
  return Buffer.concat([header, payload]);
}

describe('the message stream wire', () => {
  it('cuts frames however the bytes arrive: one by one, or many in one chunk', () => {
    const bytes = Buffer.concat([
      frame(FrameKind.Hello, Buffer.from('hello')),
      frame(FrameKind.Ping, Buffer.alloc(0)),
      frame(FrameKind.Batch, Buffer.alloc(70_000, 7)),
    ]);
    for (const size of [1, 3, 5, 4096, bytes.length]) {
      const reader = new FrameReader(1 << 20);
      const frames = [];
      for (let at = 0; at < bytes.length; at += size)
        frames.push(...reader.push(bytes.subarray(at, at + size)));
      assert.deepEqual(
        frames.map((f) => [f.kind, f.payload.length]),
        [
          [FrameKind.Hello, 5],
          [FrameKind.Ping, 0],
          [FrameKind.Batch, 70_000],
        ],
        `chunks of ${size}`,
      );
      assert.equal(frames[0]!.payload.toString(), 'hello');
      assert.ok(frames[2]!.payload.every((b) => b === 7));
    }
  });

  it('refuses a frame over the limit before its payload arrives, and an unknown kind', () => {
    const reader = new FrameReader(1000);
    assert.throws(
      () => reader.push(frame(FrameKind.Batch, Buffer.alloc(1001)).subarray(0, 5)),
      (err: unknown) =>
        err instanceof StreamProtocolError &&
        /1001 bytes exceeds the limit of 1000/.test(err.message),
    );
    assert.throws(
      () => new FrameReader(1000).push(frame(9, Buffer.alloc(1))),
      /unknown frame kind 9/,
    );
  });
});
