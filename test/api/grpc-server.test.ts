// The client port's gRPC server (src/util/grpc-server): what grpc-go's server would answer, read
// both as raw HTTP/2 and through grpc-js's client; deadlines, cancellation, ping policing, close().
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import http2, { type IncomingHttpHeaders } from 'node:http2';
import { createServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { Agent } from '../../src/agent.js';
import { kvService, watchService } from '../../src/api/services.js';
import { etcdserverpb } from '../../src/gen/etcd.js';
import type {
  BidiCall,
  BidiHandler,
  UnaryCall,
  UnaryHandler,
} from '../../src/util/grpc-server/calls.js';
import { GrpcServer, type GrpcServerOptions } from '../../src/util/grpc-server/server.js';
import {
  decodeGrpcMessage,
  encodeGrpcMessage,
  MessageReader,
  parseTimeout,
} from '../../src/util/grpc-server/wire.js';
import { createLogger } from '../../src/util/log.js';
import { defaultAgentConfig } from '../helpers/agent-config.js';
import { eventually, sleep } from '../helpers/client.js';

type PutCall = UnaryCall<etcdserverpb.PutRequest, etcdserverpb.IPutResponse>;
type WatchCall = BidiCall<etcdserverpb.WatchRequest, etcdserverpb.IWatchResponse>;

/** A GrpcServer serving KV.Put and Watch with the test's handlers, on a loopback port. */
class TestServer {
  readonly grpc: GrpcServer;
  private readonly net: NetServer;
  port = 0;
  put: (call: PutCall) => void = (call) => {
    call.respond({ header: { revision: call.request.value.length } });
  };
  watch: (call: WatchCall) => void = () => undefined;

  constructor(options: Partial<GrpcServerOptions> = {}) {
    this.grpc = new GrpcServer({ maxReceiveMessageBytes: 4 << 20, ...options });
    this.grpc.addService(
      { Put: kvService.Put },
      {
        Put: ((call) => {
          this.put(call);
        }) satisfies UnaryHandler<etcdserverpb.PutRequest, etcdserverpb.IPutResponse>,
      },
    );
    this.grpc.addService(watchService, {
      Watch: ((call) => {
        this.watch(call);
      }) satisfies BidiHandler<etcdserverpb.WatchRequest, etcdserverpb.IWatchResponse>,
    });
    this.net = createServer({ noDelay: true }, (socket) => {
      socket.on('error', () => socket.destroy());
      this.grpc.handleConnection(socket);
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.net.listen(0, '127.0.0.1', resolve));
    const address = this.net.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  async close(): Promise<void> {
    this.grpc.close();
    await new Promise<void>((resolve) => {
      this.net.close(() => {
        resolve();
      });
    });
  }
}

interface RawAnswer {
  headers: IncomingHttpHeaders;
  trailers: IncomingHttpHeaders | undefined;
  data: Buffer;
}

/** One request on a new raw HTTP/2 session: the response headers, trailers and body as they came. */
async function rawCall(
  port: number,
  path: string,
  body: Buffer,
  extra: Record<string, string> = {},
): Promise<RawAnswer> {
  const session = http2.connect(`http://127.0.0.1:${port}`);
  session.on('error', () => undefined);
  try {
    return await rawCallOn(session, path, body, extra);
  } finally {
    session.close();
  }
}

function rawCallOn(
  session: http2.ClientHttp2Session,
  path: string,
  body: Buffer,
  extra: Record<string, string> = {},
): Promise<RawAnswer> {
  return new Promise<RawAnswer>((resolve, reject) => {
    const req = session.request({
      ':method': 'POST',
      ':path': path,
      'content-type': 'application/grpc',
      te: 'trailers',
      ...extra,
    });
    let headers: IncomingHttpHeaders = {};
    let trailers: IncomingHttpHeaders | undefined;
    const chunks: Buffer[] = [];
    req.on('response', (h: IncomingHttpHeaders) => (headers = h));
    req.on('trailers', (t: IncomingHttpHeaders) => (trailers = t));
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', reject);
    req.on('close', () => {
      resolve({ headers, trailers, data: Buffer.concat(chunks) });
    });
    req.end(body);
  });
}

/** A Watch stream opened on a raw session, errors of either ignored (the tests cut them). */
function rawWatchStream(session: http2.ClientHttp2Session): http2.ClientHttp2Stream {
  session.on('error', () => undefined);
  const req = session.request({
    ':method': 'POST',
    ':path': watchService.Watch.path,
    'content-type': 'application/grpc',
  });
  req.on('error', () => undefined);
  return req;
}

function framed(message: Uint8Array, flag = 0): Buffer {
  const out = Buffer.alloc(5 + message.length);
  out[0] = flag;
  out.writeUInt32BE(message.length, 1);
  out.set(message, 5);
  return out;
}

const putBytes = (value: string): Uint8Array =>
  etcdserverpb.PutRequest.encode({ key: Buffer.from('k'), value: Buffer.from(value) }).finish();

/** A trailers-only answer (grpc-go's WriteStatus before any message): status in the headers. */
function assertTrailersOnly(answer: RawAnswer, code: number, message: string): void {
  assert.equal(answer.headers[':status'], 200);
  assert.equal(answer.headers['content-type'], 'application/grpc');
  assert.equal(answer.headers['grpc-status'], String(code));
  assert.equal(decodeGrpcMessage(String(answer.headers['grpc-message'])), message);
  assert.equal(answer.trailers, undefined);
  assert.equal(answer.data.length, 0);
}

function grpcClient(port: number): grpc.Client {
  return new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
}

function grpcPut(
  client: grpc.Client,
  value: string,
  options: grpc.CallOptions = {},
): Promise<etcdserverpb.PutResponse> {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      kvService.Put.path,
      kvService.Put.requestSerialize,
      kvService.Put.responseDeserialize,
      { key: Buffer.from('k'), value: Buffer.from(value) },
      new grpc.Metadata(),
      options,
      (err, res) => {
        if (err) reject(err);
        else resolve(res!);
      },
    );
  });
}

describe('grpc-server wire helpers', () => {
  it('percent-encodes grpc-message as grpc-go does, and decodes it back', () => {
    assert.equal(encodeGrpcMessage('etcdserver: key not found'), 'etcdserver: key not found');
    assert.equal(encodeGrpcMessage('100% ü\n'), '100%25 %C3%BC%0A');
    assert.equal(decodeGrpcMessage('100%25 %C3%BC%0A'), '100% ü\n');
  });

  it('parses grpc-timeout and refuses a malformed one', () => {
    assert.equal(parseTimeout('2S'), 2000);
    assert.equal(parseTimeout('1500u'), 1.5);
    assert.equal(parseTimeout('1H'), 3_600_000);
    assert.deepEqual(parseTimeout('123456789S'), {
      code: 13,
      details: 'malformed grpc-timeout: transport: malformed time-out: "123456789S"',
    });
  });

  it('reads messages split anywhere across chunks, and refuses one over the limit', () => {
    const a = framed(putBytes('a'.repeat(300)));
    const b = framed(putBytes('b'));
    const all = Buffer.concat([a, b]);
    for (const cut of [1, 4, 5, 6, a.length, a.length + 3]) {
      const reader = new MessageReader(1000, undefined);
      const got: number[] = [];
      const onMessage = (body: Buffer) => got.push(body.length);
      assert.equal(reader.push(all.subarray(0, cut), onMessage), undefined);
      assert.equal(reader.push(all.subarray(cut), onMessage), undefined);
      assert.deepEqual(got, [a.length - 5, b.length - 5], `cut at ${cut}`);
      assert.equal(reader.partial, false);
    }
    const small = new MessageReader(100, undefined);
    assert.deepEqual(
      small.push(a, () => undefined),
      {
        code: 8,
        details: `grpc: received message larger than max (${a.length - 5} vs. 100)`,
      },
    );
  });
});

describe('grpc-server: calls as grpc-go answers them', function () {
  this.timeout(20000);
  let server: TestServer;

  beforeEach(async () => {
    server = await new TestServer({ maxReceiveMessageBytes: 64 * 1024 }).listen();
  });

  afterEach(async () => {
    await server.close();
  });

  it('answers a unary call, also when its request spans many DATA frames', async () => {
    const client = grpcClient(server.port);
    try {
      assert.equal(Number((await grpcPut(client, 'xyz')).header!.revision), 3);
      // 60 KB: four DATA frames at the default frame size.
      assert.equal(Number((await grpcPut(client, 'v'.repeat(60_000))).header!.revision), 60_000);
    } finally {
      client.close();
    }
  });

  it('answers OK with the message, then trailers (grpc-status 0)', async () => {
    const answer = await rawCall(server.port, kvService.Put.path, framed(putBytes('abcd')));
    assert.equal(answer.headers[':status'], 200);
    assert.equal(answer.headers['grpc-status'], undefined);
    assert.equal(answer.headers.date, undefined, 'no date header, as grpc-go');
    assert.equal(answer.trailers?.['grpc-status'], '0');
    const res = etcdserverpb.PutResponse.decode(answer.data.subarray(5));
    assert.equal(answer.data.readUInt32BE(1), answer.data.length - 5);
    assert.equal(Number(res.header!.revision), 4);
  });

  it('refuses unknown services and methods with UNIMPLEMENTED, trailers-only', async () => {
    const body = framed(putBytes('x'));
    assertTrailersOnly(
      await rawCall(server.port, '/etcdserverpb.Nope/Put', body),
      12,
      'unknown service etcdserverpb.Nope',
    );
    assertTrailersOnly(
      await rawCall(server.port, '/etcdserverpb.KV/Nope', body),
      12,
      'unknown method Nope for service etcdserverpb.KV',
    );
    assertTrailersOnly(
      await rawCall(server.port, '/nothing', body),
      12,
      'malformed method name: "/nothing"',
    );
  });

  it('sends a handler error trailers-only, its message percent-encoded', async () => {
    server.put = (call) => {
      call.fail({ code: 9, details: 'etcdserver: 100% ünïcode' });
    };
    const answer = await rawCall(server.port, kvService.Put.path, framed(putBytes('x')));
    assertTrailersOnly(answer, 9, 'etcdserver: 100% ünïcode');
    assert.equal(answer.headers.date, undefined, 'no date header, as grpc-go');
    assert.equal(answer.headers['grpc-message'], 'etcdserver: 100%25 %C3%BCn%C3%AFcode');
    const client = grpcClient(server.port);
    try {
      await assert.rejects(grpcPut(client, 'x'), {
        code: 9,
        details: 'etcdserver: 100% ünïcode',
      });
    } finally {
      client.close();
    }
  });

  it('refuses a request over the limit with RESOURCE_EXHAUSTED, as grpc-go words it', async () => {
    let handled = 0;
    server.put = (call) => {
      handled++;
      call.respond({});
    };
    const bytes = putBytes('v'.repeat(70_000));
    const client = grpcClient(server.port);
    try {
      await assert.rejects(grpcPut(client, 'v'.repeat(70_000)), {
        code: grpc.status.RESOURCE_EXHAUSTED,
        details: `grpc: received message larger than max (${bytes.length} vs. ${64 * 1024})`,
      });
      // The connection stays usable.
      await grpcPut(client, 'small');
      assert.equal(handled, 1);
    } finally {
      client.close();
    }
  });

  it('refuses compressed messages (no decompressor) and malformed ones', async () => {
    const bytes = putBytes('x');
    assertTrailersOnly(
      await rawCall(server.port, kvService.Put.path, framed(bytes, 1)),
      13,
      'grpc: compressed flag set with identity or empty encoding',
    );
    assertTrailersOnly(
      await rawCall(server.port, kvService.Put.path, framed(bytes, 1), { 'grpc-encoding': 'gzip' }),
      12,
      'grpc: Decompressor is not installed for grpc-encoding "gzip"',
    );
    assertTrailersOnly(
      await rawCall(server.port, kvService.Put.path, framed(bytes).subarray(0, 4)),
      13,
      'unexpected EOF',
    );
    assertTrailersOnly(await rawCall(server.port, kvService.Put.path, Buffer.alloc(0)), 13, 'EOF');
    const garbage = await rawCall(
      server.port,
      kvService.Put.path,
      framed(Buffer.from([0x0a, 0xff])),
    );
    assert.equal(garbage.headers['grpc-status'], '13');
    assert.match(String(garbage.headers['grpc-message']), /^grpc: error unmarshalling request: /);
  });

  it('ends a call past its grpc-timeout with DEADLINE_EXCEEDED and cancels a stream', async () => {
    server.put = () => undefined; // never answers
    const started = Date.now();
    const answer = await rawCall(server.port, kvService.Put.path, framed(putBytes('x')), {
      'grpc-timeout': '150m',
    });
    assertTrailersOnly(answer, 4, 'context deadline exceeded');
    assert.ok(Date.now() - started >= 140, 'not before the deadline');

    let cancelled = false;
    server.watch = (call) => {
      call.onCancel(() => (cancelled = true));
    };
    const session = http2.connect(`http://127.0.0.1:${server.port}`);
    try {
      const req = session.request({
        ':method': 'POST',
        ':path': watchService.Watch.path,
        'content-type': 'application/grpc',
        'grpc-timeout': '100m',
      });
      const headers = await new Promise<IncomingHttpHeaders>((resolve) =>
        req.on('response', resolve),
      );
      assert.equal(headers['grpc-status'], '4');
      assert.equal(cancelled, true);
    } finally {
      session.destroy();
    }
  });

  it('tells a bidi handler when the client resets its stream', async () => {
    let cancelled = 0;
    const received: string[] = [];
    server.watch = (call) => {
      call.onMessage((req) => {
        received.push(String(req.createRequest?.key));
        call.write({ watchId: 1, created: true });
      });
      call.onCancel(() => cancelled++);
    };
    const client = grpcClient(server.port);
    try {
      const stream = client.makeBidiStreamRequest(
        watchService.Watch.path,
        watchService.Watch.requestSerialize,
        watchService.Watch.responseDeserialize,
      );
      stream.on('error', () => undefined);
      stream.write({ createRequest: { key: Buffer.from('a') } });
      const first = await new Promise<etcdserverpb.WatchResponse>((resolve) =>
        stream.once('data', resolve),
      );
      assert.equal(first.created, true);
      stream.cancel();
      await eventually(() => cancelled === 1, 3000);
      assert.deepEqual(received, ['a']);
    } finally {
      client.close();
    }
  });

  it('close() destroys every session and cancels the streams on them', async () => {
    let cancelled = 0;
    server.watch = (call) => {
      call.onCancel(() => cancelled++);
      call.write({ watchId: 0, created: true });
    };
    const sessions = [0, 1].map(() => http2.connect(`http://127.0.0.1:${server.port}`));
    const closed = sessions.map((s) => new Promise<void>((resolve) => s.on('close', resolve)));
    for (const session of sessions) {
      const req = rawWatchStream(session);
      await new Promise((resolve) => req.once('response', resolve));
    }
    assert.equal(server.grpc.sessionCount, 2);
    server.grpc.close();
    assert.equal(server.grpc.sessionCount, 0);
    await Promise.all(closed);
    await eventually(() => cancelled === 2, 3000);
    // A connection after close() is turned away.
    const late = http2.connect(`http://127.0.0.1:${server.port}`);
    late.on('error', () => undefined);
    await new Promise<void>((resolve) => late.on('close', resolve));
    assert.equal(server.grpc.sessionCount, 0);
  });
});

describe('grpc-server: keepalive enforcement (--grpc-keepalive-min-time)', function () {
  this.timeout(20000);

  it('sends GOAWAY ENHANCE_YOUR_CALM "too_many_pings" on the third ping too soon', async () => {
    const server = await new TestServer({ keepaliveMinTimeMs: 1000 }).listen();
    const session = http2.connect(`http://127.0.0.1:${server.port}`);
    session.on('error', () => undefined);
    try {
      const goaway = new Promise<{ code: number; data: string }>((resolve) =>
        session.on('goaway', (code: number, _last: number, data?: Buffer) => {
          resolve({ code, data: String(data) });
        }),
      );
      await new Promise((resolve) => session.once('remoteSettings', resolve));
      for (let i = 0; i < 4; i++) session.ping(() => undefined);
      assert.deepEqual(await goaway, {
        code: http2.constants.NGHTTP2_ENHANCE_YOUR_CALM,
        data: 'too_many_pings',
      });
    } finally {
      session.destroy();
      await server.close();
    }
  });

  it('lets a client ping at the minimum time, and right after each answer', async () => {
    const server = await new TestServer({ keepaliveMinTimeMs: 200 }).listen();
    const session = http2.connect(`http://127.0.0.1:${server.port}`);
    session.on('error', () => undefined);
    let away = false;
    session.on('goaway', () => (away = true));
    try {
      for (let i = 0; i < 4; i++) {
        await new Promise((resolve) => session.ping(resolve));
        await sleep(250);
      }
      // An answer sent resets the strikes: a ping after each one is never too soon.
      for (let i = 0; i < 5; i++) {
        await rawCallOn(session, kvService.Put.path, framed(putBytes('x')));
        await new Promise((resolve) => session.ping(resolve));
      }
      assert.equal(away, false);
    } finally {
      session.destroy();
      await server.close();
    }
  });
});

describe('grpc-server in a member: a cancelled Watch closes its watchers', function () {
  this.timeout(30000);
  let dir: string;
  let agent: Agent | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-grpc-server-'));
  });

  afterEach(async () => {
    await agent?.close();
    agent = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it('closes the watchers of a reset stream and of a closed connection', async () => {
    agent = await Agent.start(
      defaultAgentConfig(dir),
      createLogger('error', {}, () => undefined),
    );
    const hub = agent.server.watchHub;
    const client = grpcClient(agent.clientPorts[0]!);
    const openWatch = async (keys: string[]) => {
      const stream = client.makeBidiStreamRequest(
        watchService.Watch.path,
        watchService.Watch.requestSerialize,
        watchService.Watch.responseDeserialize,
      );
      stream.on('error', () => undefined);
      let created = 0;
      stream.on('data', (r: etcdserverpb.WatchResponse) => {
        if (r.created) created++;
      });
      for (const key of keys) stream.write({ createRequest: { key: Buffer.from(key) } });
      await eventually(() => created === keys.length, 5000);
      return stream;
    };
    try {
      const first = await openWatch(['a', 'b']);
      const second = await openWatch(['c']);
      assert.equal(hub.watcherCount, 3);
      first.cancel();
      await eventually(() => hub.watcherCount === 1, 5000);
      second.cancel();
      await eventually(() => hub.watcherCount === 0, 5000);
    } finally {
      client.close();
    }
    // A connection that goes away (no RST per stream) ends its streams' watchers too.
    const session = http2.connect(`http://127.0.0.1:${agent.clientPorts[0]!}`);
    const req = rawWatchStream(session);
    req.write(
      framed(
        etcdserverpb.WatchRequest.encode({ createRequest: { key: Buffer.from('d') } }).finish(),
      ),
    );
    await new Promise((resolve) => req.once('data', resolve));
    assert.equal(hub.watcherCount, 1);
    session.destroy();
    await eventually(() => hub.watcherCount === 0, 5000);
  });
});
