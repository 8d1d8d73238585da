// The client port's HTTP/2 connection (src/util/h2/server-connection.ts) frame by frame: a raw
// client on a real TCP socket writes exactly the frames each case needs and reads every frame the
// server sends. The gRPC-level behaviour, through node:http2's and grpc-js's clients, is in
// test/api/grpc-server.test.ts.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import {
  CLIENT_PREFACE,
  Flag,
  frame,
  FrameReader,
  FrameType,
  H2Error,
  rstStreamFrame,
  Setting,
  settingsFrame,
  windowUpdateFrame,
} from '../../src/util/h2/frames.js';
import { encodeHeaderBlock, encodeInteger, HpackDecoder } from '../../src/util/h2/hpack.js';
import {
  H2ServerConnection,
  type H2Headers,
  type H2ServerStream,
} from '../../src/util/h2/server-connection.js';
import { eventually } from '../helpers/client.js';

interface Frame {
  type: number;
  flags: number;
  streamId: number;
  payload: Buffer;
  /** A header block's fields (HEADERS with END_HEADERS). */
  fields?: Record<string, string>;
}

/** A client that speaks frames, with an HPACK decoder for the server's header blocks. */
class RawClient {
  readonly frames: Frame[] = [];
  closed = false;
  private readonly hpack = new HpackDecoder();
  private waiters: (() => void)[] = [];

  constructor(readonly socket: net.Socket) {
    const reader = new FrameReader((type, flags, streamId, payload) => {
      const f: Frame = { type, flags, streamId, payload: Buffer.from(payload) };
      if (type === FrameType.headers) {
        const list = this.hpack.decode(payload);
        const fields: Record<string, string> = {};
        for (let i = 0; i < list.size; i++) fields[list.name(i)] = list.value(i);
        f.fields = fields;
      }
      this.frames.push(f);
    });
    socket.on('data', (chunk: Buffer) => {
      reader.push(chunk);
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  static async connect(port: number, settings: [number, number][] = []): Promise<RawClient> {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    const client = new RawClient(socket);
    socket.write(Buffer.concat([CLIENT_PREFACE, settingsFrame(settings)]));
    return client;
  }

  send(...frames: Buffer[]): void {
    this.socket.write(Buffer.concat(frames));
  }

  /** Waits until a frame matches (or the connection closed, for `closed`). */
  async until(match: (f: Frame) => boolean, what: string): Promise<Frame> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = this.frames.find(match);
      if (found !== undefined) return found;
      if (this.closed) throw new Error(`connection closed before ${what}`);
      if (Date.now() > deadline) throw new Error(`no ${what}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  async untilClosed(): Promise<void> {
    const deadline = Date.now() + 5000;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('the server did not close the connection');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  onStream(streamId: number, type: number): Frame[] {
    return this.frames.filter((f) => f.streamId === streamId && f.type === type);
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

const request = (extra: [string, string][] = [], authority = '127.0.0.1:2379'): Buffer =>
  encodeHeaderBlock([
    [':method', 'POST'],
    [':scheme', 'http'],
    [':path', '/test.Echo/Call'],
    [':authority', authority],
    ['content-type', 'application/grpc'],
    ...extra,
  ]);

const headers = (streamId: number, block: Buffer, flags: number = Flag.endHeaders): Buffer =>
  frame(FrameType.headers, flags, streamId, block);
const data = (streamId: number, payload: Buffer, flags: number = 0): Buffer =>
  frame(FrameType.data, flags, streamId, payload);

const RESPONSE = encodeHeaderBlock([[':status', '200']]);
const TRAILERS = encodeHeaderBlock([['grpc-status', '0']]);

/** A server whose streams are handled by `handle` (set per case). */
class TestServer {
  handle: (stream: H2ServerStream) => void = () => {};
  readonly connections: H2ServerConnection[] = [];
  readonly server: net.Server;
  maxConcurrentStreams: number | undefined;

  constructor() {
    this.server = net.createServer((socket) => {
      const connection = new H2ServerConnection(socket, {
        ...(this.maxConcurrentStreams !== undefined && {
          maxConcurrentStreams: this.maxConcurrentStreams,
        }),
        onStream: (stream) => {
          this.handle(stream);
        },
        onClose: () => {},
      });
      this.connections.push(connection);
      connection.serve(Buffer.alloc(0));
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const c of this.connections) c.destroy();
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }
}

describe('HTTP/2 server connection (src/util/h2)', function () {
  this.timeout(20000);
  let server: TestServer;
  let port: number;
  const clients: RawClient[] = [];
  const sockets: net.Socket[] = [];

  const connect = async (settings: [number, number][] = []): Promise<RawClient> => {
    const client = await RawClient.connect(port, settings);
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    server = new TestServer();
    port = await server.listen();
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.socket.destroy();
    for (const socket of sockets.splice(0)) socket.destroy();
    await server.close();
  });

  it('announces its settings and acknowledges the client’s', async () => {
    server.maxConcurrentStreams = 7;
    const client = await connect([[Setting.maxFrameSize, 20000]]);
    const settings = await client.until(
      (f) => f.type === FrameType.settings && f.flags === 0,
      'SETTINGS',
    );
    const values = new Map<number, number>();
    for (let at = 0; at < settings.payload.length; at += 6)
      values.set(settings.payload.readUInt16BE(at), settings.payload.readUInt32BE(at + 2));
    assert.equal(values.get(Setting.maxConcurrentStreams), 7);
    assert.ok((values.get(Setting.initialWindowSize) ?? 0) > 65535);
    await client.until((f) => f.type === FrameType.settings && f.flags === Flag.ack, 'ACK');
    // The connection window is opened past the protocol's 65,535 at once.
    const update = await client.until((f) => f.type === FrameType.windowUpdate, 'WINDOW_UPDATE');
    assert.equal(update.streamId, 0);
  });

  it('answers a request whose header block comes in CONTINUATION frames, padded, with priority', async () => {
    const seen: { headers?: H2Headers } = {};
    server.handle = (stream) => {
      seen.headers = stream.headers;
      stream.onEnd = () => {
        stream.respond(RESPONSE, false);
        stream.end(TRAILERS, Buffer.from('answer'));
      };
    };
    const client = await connect();
    const block = request([['token', 'x'.repeat(100)]]);
    const first = block.subarray(0, 10);
    // PADDED (4 octets of padding) and PRIORITY (5 octets) before the fragment.
    const payload = Buffer.concat([Buffer.from([4]), Buffer.alloc(5), first, Buffer.alloc(4)]);
    client.send(
      frame(FrameType.headers, Flag.padded | Flag.priority | Flag.endStream, 1, payload),
      frame(FrameType.continuation, 0, 1, block.subarray(10, 50)),
      frame(FrameType.continuation, Flag.endHeaders, 1, block.subarray(50)),
    );
    const trailers = await client.until(
      (f) => f.type === FrameType.headers && (f.flags & Flag.endStream) !== 0,
      'trailers',
    );
    assert.equal(trailers.fields?.['grpc-status'], '0');
    assert.equal(seen.headers?.get('token'), 'x'.repeat(100));
    assert.equal(seen.headers.get(':path'), '/test.Echo/Call');
    assert.equal(client.onStream(1, FrameType.data)[0]?.payload.toString(), 'answer');
  });

  it("holds data past the client's windows until WINDOW_UPDATE, then sends it and the trailers", async () => {
    let writeResult: boolean | undefined;
    let drained = false;
    server.handle = (stream) => {
      stream.onEnd = () => {
        stream.respond(RESPONSE, false);
        writeResult = stream.write(Buffer.alloc(100_000, 1));
        stream.onceDrain(() => (drained = true));
        stream.end(TRAILERS);
      };
    };
    const client = await connect([[Setting.initialWindowSize, 1000]]);
    client.send(headers(1, request(), Flag.endHeaders | Flag.endStream));
    await client.until((f) => f.type === FrameType.data, 'DATA');
    await new Promise((r) => setTimeout(r, 100));
    const sent = (): number =>
      client.onStream(1, FrameType.data).reduce((n, f) => n + f.payload.length, 0);
    assert.equal(sent(), 1000, 'only the stream window');
    assert.equal(writeResult, false, 'write() says wait');
    assert.equal(client.onStream(1, FrameType.headers).length, 1, 'no trailers before the data');
    // The stream may have everything, the connection only its 65,535 (less the 1,000 sent).
    client.send(windowUpdateFrame(1, 200_000));
    await client.until(() => sent() === 65535, 'the connection window');
    assert.equal(client.onStream(1, FrameType.headers).length, 1);
    client.send(windowUpdateFrame(0, 100_000));
    await client.until(
      (f) => f.streamId === 1 && f.type === FrameType.headers && (f.flags & Flag.endStream) !== 0,
      'trailers',
    );
    assert.equal(sent(), 100_000);
    assert.equal(drained, true);
    // No DATA frame above the default SETTINGS_MAX_FRAME_SIZE.
    assert.ok(client.onStream(1, FrameType.data).every((f) => f.payload.length <= 16384));
  });

  it("applies a change of the client's SETTINGS to open streams, and its larger frame size", async () => {
    server.handle = (stream) => {
      stream.onEnd = () => {
        stream.respond(RESPONSE, false);
        stream.end(TRAILERS, Buffer.alloc(30_000, 2));
      };
    };
    const client = await connect([
      [Setting.initialWindowSize, 1000],
      [Setting.maxFrameSize, 20_000],
    ]);
    client.send(headers(1, request(), Flag.endHeaders | Flag.endStream));
    const sent = (): number =>
      client.onStream(1, FrameType.data).reduce((n, f) => n + f.payload.length, 0);
    await client.until(() => sent() === 1000, 'the first 1,000 octets');
    // A larger initial window grows the open stream's window by the difference (RFC 9113 §6.9.2).
    client.send(settingsFrame([[Setting.initialWindowSize, 25_000]]));
    await client.until(() => sent() === 25_000, 'the window grown to 25,000');
    assert.ok(
      client.onStream(1, FrameType.data).some((f) => f.payload.length > 16_384),
      'a DATA frame above 16,384 octets, as the client allowed',
    );
    client.send(windowUpdateFrame(1, 5000));
    await client.until(
      (f) => f.streamId === 1 && f.type === FrameType.headers && (f.flags & Flag.endStream) !== 0,
      'trailers',
    );
    assert.equal(sent(), 30_000);
  });

  it('refuses streams beyond SETTINGS_MAX_CONCURRENT_STREAMS with REFUSED_STREAM', async () => {
    server.maxConcurrentStreams = 1;
    const open: H2ServerStream[] = [];
    server.handle = (stream) => open.push(stream);
    const client = await connect();
    client.send(headers(1, request()), headers(3, request()));
    const reset = await client.until((f) => f.type === FrameType.rstStream, 'RST_STREAM');
    assert.equal(reset.streamId, 3);
    assert.equal(reset.payload.readUInt32BE(0), H2Error.refusedStream);
    assert.equal(open.length, 1);
    // Once the first is over, the next is served.
    open[0]!.respond(
      encodeHeaderBlock([
        [':status', '200'],
        ['grpc-status', '0'],
      ]),
      true,
    );
    client.send(headers(5, request()));
    await eventually(() => open.length === 2);
    assert.equal(open[1]!.id, 5);
  });

  it('resets a malformed request with PROTOCOL_ERROR and keeps the connection', async () => {
    const paths: string[] = [];
    server.handle = (stream) => {
      paths.push(stream.headers.get(':path') ?? '');
      stream.respond(encodeHeaderBlock([[':status', '200']]), true);
    };
    const client = await connect();
    const noPath = encodeHeaderBlock([
      [':method', 'POST'],
      [':scheme', 'http'],
    ]);
    const upperCase = request([['Token', 'x']]);
    client.send(
      headers(1, noPath, Flag.endHeaders | Flag.endStream),
      headers(3, upperCase, Flag.endHeaders | Flag.endStream),
      headers(5, request(), Flag.endHeaders | Flag.endStream),
    );
    await client.until((f) => f.type === FrameType.headers && f.streamId === 5, 'an answer');
    const resets = client.frames.filter((f) => f.type === FrameType.rstStream);
    assert.deepEqual(
      resets.map((f) => [f.streamId, f.payload.readUInt32BE(0)]),
      [
        [1, H2Error.protocolError],
        [3, H2Error.protocolError],
      ],
    );
    assert.deepEqual(paths, ['/test.Echo/Call']);
  });

  it("takes etcdctl 3.4's scheme-prefixed :authority as it comes", async () => {
    let authority: string | undefined;
    server.handle = (stream) => {
      authority = stream.headers.get(':authority');
      stream.respond(encodeHeaderBlock([[':status', '200']]), true);
    };
    const client = await connect();
    client.send(headers(1, request([], 'http://127.0.0.1:2379'), Flag.endHeaders | Flag.endStream));
    await client.until((f) => f.type === FrameType.headers, 'an answer');
    assert.equal(authority, 'http://127.0.0.1:2379');
  });

  it('tells the client to stop sending (RST_STREAM NO_ERROR) when it answers first', async () => {
    let chunks = 0;
    server.handle = (stream) => {
      stream.onData = () => {
        chunks++;
        stream.respond(RESPONSE, false);
        stream.end(TRAILERS, Buffer.from('early'));
      };
    };
    const client = await connect();
    client.send(headers(1, request()), data(1, Buffer.from('part')));
    const reset = await client.until((f) => f.type === FrameType.rstStream, 'RST_STREAM');
    assert.equal(reset.payload.readUInt32BE(0), H2Error.noError);
    const trailersAt = client.frames.findIndex(
      (f) => f.type === FrameType.headers && (f.flags & Flag.endStream) !== 0,
    );
    assert.ok(trailersAt >= 0 && trailersAt < client.frames.indexOf(reset));
    // Frames the client had in flight for the stream are dropped, and the connection goes on.
    client.send(data(1, Buffer.from('late'), Flag.endStream), headers(3, request()));
    client.send(data(3, Buffer.from('x')));
    await client.until((f) => f.type === FrameType.data && f.streamId === 3, 'stream 3');
    assert.equal(chunks, 2);
  });

  it("runs a stream's onClose when the client resets it, and when the connection goes", async () => {
    const closed: number[] = [];
    server.handle = (stream) => {
      stream.onClose = () => closed.push(stream.id);
    };
    const client = await connect();
    client.send(headers(1, request()), headers(3, request()), rstStreamFrame(1, H2Error.cancel));
    await client.until((f) => f.type === FrameType.settings && f.flags === Flag.ack, 'ACK');
    await eventually(() => closed.length === 1);
    assert.deepEqual(closed, [1]);
    client.socket.destroy();
    await eventually(() => closed.length === 2);
    assert.deepEqual(closed, [1, 3]);
  });

  it('answers PINGs and hears the answers to its own', async () => {
    const client = await connect();
    const opaque = Buffer.from('12345678');
    client.send(frame(FrameType.ping, 0, 0, opaque));
    const ack = await client.until((f) => f.type === FrameType.ping && f.flags === Flag.ack, 'ACK');
    assert.deepEqual(ack.payload, opaque);
    let answered = false;
    await eventually(() => server.connections.length === 1);
    server.connections[0]!.ping(() => (answered = true));
    const ping = await client.until((f) => f.type === FrameType.ping && f.flags === 0, 'PING');
    client.send(frame(FrameType.ping, Flag.ack, 0, ping.payload));
    await eventually(() => answered);
  });

  it('stops reading while its answers go unread, and answers everything once they are read', async () => {
    const socket = net.connect(port, '127.0.0.1');
    sockets.push(socket);
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.pause();
    socket.write(Buffer.concat([CLIENT_PREFACE, settingsFrame([])]));
    await eventually(() => server.connections.length === 1);
    const serverSocket = server.connections[0]!.socket;
    // PINGs whose ACKs nobody reads, until the server stops taking them (or 64 MiB went in).
    const batch = Buffer.concat(
      Array.from({ length: 4096 }, () => frame(FrameType.ping, 0, 0, Buffer.alloc(8))),
    );
    let sent = 0;
    let mostUnsent = 0;
    let stalled = false;
    while (sent < 64 << 20) {
      const more = socket.write(batch);
      sent += batch.length;
      mostUnsent = Math.max(mostUnsent, serverSocket.writableLength);
      if (more) continue;
      // A second without the socket draining: the server is not reading.
      stalled = await once(socket, 'drain', { signal: AbortSignal.timeout(1000) }).then(
        () => false,
        () => true,
      );
      if (stalled) break;
    }
    assert.equal(stalled, true, 'the server kept reading');
    assert.ok(mostUnsent < 6 << 20, `the server held ${mostUnsent} octets unsent`);
    // Reading the answers lets it go on: every PING is acknowledged.
    let acks = 0;
    const reader = new FrameReader((type, flags) => {
      if (type === FrameType.ping && flags === Flag.ack) acks++;
    });
    socket.on('data', (chunk: Buffer) => reader.push(chunk));
    socket.resume();
    const pings = sent / 17;
    await eventually(() => acks === pings, 20_000);
  });

  it('opens its receive windows again as data arrives', async () => {
    let received = 0;
    server.handle = (stream) => {
      stream.onData = (chunk) => (received += chunk.length);
    };
    const client = await connect();
    client.send(headers(1, request()));
    for (let i = 0; i < 40; i++) client.send(data(1, Buffer.alloc(16384)));
    await client.until(
      (f) => f.type === FrameType.windowUpdate && f.streamId === 1,
      "the stream's WINDOW_UPDATE",
    );
    await eventually(() => received === 40 * 16384);
  });

  for (const [name, bytes, code] of [
    ['a frame above SETTINGS_MAX_FRAME_SIZE', data(1, Buffer.alloc(16385)), H2Error.frameSizeError],
    ['DATA on stream 0', data(0, Buffer.from('x')), H2Error.protocolError],
    ['DATA on a stream never opened', data(11, Buffer.from('x')), H2Error.protocolError],
    ['an even stream id', headers(10, request()), H2Error.protocolError],
    [
      'an undecodable header block',
      headers(1, Buffer.from([0xff, 0xff])),
      H2Error.compressionError,
    ],
    [
      'a table size above the setting',
      headers(1, encodeInteger(1 << 20, 5, 0x20)),
      H2Error.compressionError,
    ],
    [
      'a frame between HEADERS and its CONTINUATION',
      Buffer.concat([headers(1, request(), 0), data(1, Buffer.from('x'))]),
      H2Error.protocolError,
    ],
    ['a WINDOW_UPDATE of 0', windowUpdateFrame(0, 0), H2Error.protocolError],
    ['PUSH_PROMISE', frame(FrameType.pushPromise, 0, 1, Buffer.alloc(4)), H2Error.protocolError],
  ] as const) {
    it(`ends the connection with GOAWAY on ${name}`, async () => {
      const closed: number[] = [];
      server.handle = (stream) => {
        stream.onClose = () => closed.push(stream.id);
      };
      const client = await connect();
      client.send(headers(9, request()));
      await eventually(() => closed.length === 0 && server.connections.length === 1);
      client.send(bytes);
      const goaway = await client.until((f) => f.type === FrameType.goaway, 'GOAWAY');
      assert.equal(goaway.payload.readUInt32BE(4), code);
      assert.equal(goaway.payload.readUInt32BE(0), 9, 'the last stream it processed');
      await client.untilClosed();
      assert.deepEqual(closed, [9]);
    });
  }

  it('closes a connection that does not open with the preface', async () => {
    const socket = net.connect(port, '127.0.0.1');
    const client = new RawClient(socket);
    clients.push(client);
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    await client.untilClosed();
  });
});
