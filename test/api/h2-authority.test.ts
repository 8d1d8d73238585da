import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http2 from 'node:http2';
import net from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { createServer as createHttpServer } from 'node:http';
import { ClientListener } from '../../src/api/client-listener.js';
import type { Duplex } from 'node:stream';
import {
  AuthorityFixStream,
  ClientStreamRewriter,
  ConnectionOpening,
  FRONT_SETTINGS,
  fixAuthority,
  authorityFixFilter,
  type OpeningStep,
} from '../../src/api/h2-authority.js';
import {
  HUFFMAN_CODES,
  HUFFMAN_LENGTHS,
  HpackDecoder,
  HpackError,
  encodeInteger,
  encodeString,
  huffmanDecode,
  huffmanEncode,
} from '../../src/api/h2-hpack.js';
import { clusterService, maintenanceService } from '../../src/api/services.js';
import type { etcdserverpb } from '../../src/gen/etcd.js';
import type { ServerStreamHandler, UnaryHandler } from '../../src/util/grpc-server/calls.js';
import { grpcJsImplementation } from '../../src/util/grpc-server/grpc-js-adapter.js';
import { GrpcServer } from '../../src/util/grpc-server/server.js';

const ETCDCTL = '/usr/bin/etcdctl';

function hex(s: string): Buffer {
  return Buffer.from(s.replace(/\s+/g, ''), 'hex');
}

function fields(list: [string, string][]): { name: string; value: string }[] {
  return list.map(([name, value]) => ({ name, value }));
}

describe('HPACK Huffman code (RFC 7541 Appendix B)', () => {
  it('is a complete prefix code (Kraft sum exactly 1)', () => {
    assert.equal(HUFFMAN_LENGTHS.length, 257);
    // Sum of 2^(30-len) must equal 2^30 exactly.
    const sum = HUFFMAN_LENGTHS.reduce((s, len) => s + 2 ** (30 - len), 0);
    assert.equal(sum, 2 ** 30);
  });

  it('derives the codes of the RFC table ("code as hex" column)', () => {
    const expected: [number, number][] = [
      [0, 0x1ff8],
      [1, 0x7fffd8],
      [2, 0xfffffe2],
      [9, 0xffffea],
      [10, 0x3ffffffc],
      [13, 0x3ffffffd],
      [22, 0x3ffffffe],
      [31, 0xffffffb],
      [32, 0x14],
      [33, 0x3f8],
      [35, 0xffa],
      [36, 0x1ff9],
      [38, 0xf8],
      [39, 0x7fa],
      [47, 0x18],
      [48, 0x0],
      [58, 0x5c],
      [59, 0xfb],
      [60, 0x7ffc],
      [62, 0xffb],
      [63, 0x3fc],
      [64, 0x1ffa],
      [88, 0xfc],
      [90, 0xfd],
      [92, 0x7fff0],
      [94, 0x3ffc],
      [96, 0x7ffd],
      [97, 0x3],
      [116, 0x9],
      [122, 0x7b],
      [123, 0x7ffe],
      [124, 0x7fc],
      [125, 0x3ffd],
      [126, 0x1ffd],
      [127, 0xffffffc],
      [128, 0xfffe6],
      [129, 0x3fffd2],
      [135, 0x7fffd9],
      [142, 0xffffeb],
      [153, 0x1fffdc],
      [161, 0x1fffdd],
      [171, 0xfffff0],
      [176, 0x1fffe0],
      [184, 0xfffea],
      [192, 0x3ffffe0],
      [195, 0x7fff1],
      [199, 0x1ffffec],
      [203, 0x7ffffde],
      [206, 0xfffff1],
      [208, 0x7fff2],
      [211, 0x7ffffe0],
      [215, 0xfffff2],
      [220, 0xffffffd],
      [224, 0xfffec],
      [234, 0x1ffffee],
      [236, 0xfffff4],
      [239, 0x7ffff4],
      [241, 0x7ffffe6],
      [249, 0xffffffe],
      [254, 0x7fffff0],
      [255, 0x3ffffee],
      [256, 0x3fffffff],
    ];
    for (const [sym, code] of expected) assert.equal(HUFFMAN_CODES[sym], code, `symbol ${sym}`);
  });

  it('decodes and encodes the strings of RFC 7541 C.4 and C.6', () => {
    const cases: [string, string][] = [
      ['f1e3 c2e5 f23a 6ba0 ab90 f4ff', 'www.example.com'],
      ['a8eb 1064 9cbf', 'no-cache'],
      ['25a8 49e9 5ba9 7d7f', 'custom-key'],
      ['25a8 49e9 5bb8 e8b4 bf', 'custom-value'],
      ['6402', '302'],
      ['aec3 771a 4b', 'private'],
      ['d07a be94 1054 d444 a820 0595 040b 8166 e082 a62d 1bff', 'Mon, 21 Oct 2013 20:13:21 GMT'],
      ['9d29 ad17 1863 c78f 0b97 c8e9 ae82 ae43 d3', 'https://www.example.com'],
      ['9bd9 ab', 'gzip'],
      [
        '94e7 821d d7f2 e6c7 b335 dfdf cd5b 3960 d5af 2708 7f36 72c1 ab27 0fb5 291f 9587 3160 65c0 03ed 4ee5 b106 3d50 07',
        'foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1',
      ],
    ];
    for (const [coded, text] of cases) {
      assert.equal(huffmanDecode(hex(coded)).toString('latin1'), text);
      assert.deepEqual(huffmanEncode(Buffer.from(text, 'latin1')), hex(coded));
    }
  });

  it('round-trips every byte value', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    assert.deepEqual(huffmanDecode(huffmanEncode(all)), all);
    assert.deepEqual(huffmanDecode(Buffer.alloc(0)), Buffer.alloc(0));
  });

  it('rejects bad padding and EOS', () => {
    // 'a' is 00011 (5 bits); padding with zeros instead of ones is an error.
    assert.throws(() => huffmanDecode(Buffer.from([0b00011000])), HpackError);
    // A full byte of padding (8 one-bits after a symbol) is an error.
    assert.throws(() => huffmanDecode(Buffer.from([0b00011111, 0xff])), HpackError);
    // EOS itself: 30 one-bits.
    assert.throws(() => huffmanDecode(Buffer.from([0xff, 0xff, 0xff, 0xff])), HpackError);
  });
});

describe('HPACK decoder (RFC 7541 Appendix C)', () => {
  it('encodes integers (C.1)', () => {
    assert.deepEqual(encodeInteger(10, 5), Buffer.from([0x0a]));
    assert.deepEqual(encodeInteger(1337, 5), Buffer.from([0x1f, 0x9a, 0x0a]));
    assert.deepEqual(encodeInteger(42, 8), Buffer.from([0x2a]));
    assert.deepEqual(encodeString('custom-key', false), hex('0a 6375 7374 6f6d 2d6b 6579'));
    assert.deepEqual(
      encodeString('www.example.com', true),
      hex('8c f1e3 c2e5 f23a 6ba0 ab90 f4ff'),
    );
  });

  const requests: [string, string][][] = [
    [
      [':method', 'GET'],
      [':scheme', 'http'],
      [':path', '/'],
      [':authority', 'www.example.com'],
    ],
    [
      [':method', 'GET'],
      [':scheme', 'http'],
      [':path', '/'],
      [':authority', 'www.example.com'],
      ['cache-control', 'no-cache'],
    ],
    [
      [':method', 'GET'],
      [':scheme', 'https'],
      [':path', '/index.html'],
      [':authority', 'www.example.com'],
      ['custom-key', 'custom-value'],
    ],
  ];
  const requestTables: [string, string][][] = [
    [[':authority', 'www.example.com']],
    [
      ['cache-control', 'no-cache'],
      [':authority', 'www.example.com'],
    ],
    [
      ['custom-key', 'custom-value'],
      ['cache-control', 'no-cache'],
      [':authority', 'www.example.com'],
    ],
  ];
  const requestSizes = [57, 110, 164];

  function runSequence(
    decoder: HpackDecoder,
    blocks: string[],
    lists: [string, string][][],
    tables: [string, string][][],
    sizes: number[],
  ): void {
    blocks.forEach((block, i) => {
      const { fields: got, rewritten } = decoder.decode(hex(block));
      assert.equal(rewritten, null);
      assert.deepEqual(got, fields(lists[i]!), `header list ${i + 1}`);
      assert.deepEqual(decoder.dynamicTable(), fields(tables[i]!), `dynamic table ${i + 1}`);
      assert.equal(decoder.tableSize, sizes[i], `table size ${i + 1}`);
    });
  }

  it('decodes the requests without Huffman coding (C.3)', () => {
    runSequence(
      new HpackDecoder(),
      [
        '8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d',
        '8286 84be 5808 6e6f 2d63 6163 6865',
        '8287 85bf 400a 6375 7374 6f6d 2d6b 6579 0c63 7573 746f 6d2d 7661 6c75 65',
      ],
      requests,
      requestTables,
      requestSizes,
    );
  });

  it('decodes the requests with Huffman coding (C.4)', () => {
    runSequence(
      new HpackDecoder(),
      [
        '8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff',
        '8286 84be 5886 a8eb 1064 9cbf',
        '8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf',
      ],
      requests,
      requestTables,
      requestSizes,
    );
  });

  const date1 = 'Mon, 21 Oct 2013 20:13:21 GMT';
  const date2 = 'Mon, 21 Oct 2013 20:13:22 GMT';
  const loc = 'https://www.example.com';
  const cookie = 'foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1';
  const responses: [string, string][][] = [
    [
      [':status', '302'],
      ['cache-control', 'private'],
      ['date', date1],
      ['location', loc],
    ],
    [
      [':status', '307'],
      ['cache-control', 'private'],
      ['date', date1],
      ['location', loc],
    ],
    [
      [':status', '200'],
      ['cache-control', 'private'],
      ['date', date2],
      ['location', loc],
      ['content-encoding', 'gzip'],
      ['set-cookie', cookie],
    ],
  ];
  const responseTables: [string, string][][] = [
    [
      ['location', loc],
      ['date', date1],
      ['cache-control', 'private'],
      [':status', '302'],
    ],
    [
      [':status', '307'],
      ['location', loc],
      ['date', date1],
      ['cache-control', 'private'],
    ],
    [
      ['set-cookie', cookie],
      ['content-encoding', 'gzip'],
      ['date', date2],
    ],
  ];
  const responseSizes = [222, 222, 215];

  it('decodes the responses without Huffman coding, with evictions (C.5)', () => {
    runSequence(
      new HpackDecoder(256),
      [
        '4803 3330 3258 0770 7269 7661 7465 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133 ' +
          '2032 303a 3133 3a32 3120 474d 546e 1768 7474 7073 3a2f 2f77 7777 2e65 7861 6d70 ' +
          '6c65 2e63 6f6d',
        '4803 3330 37c1 c0bf',
        '88c1 611d 4d6f 6e2c 2032 3120 4f63 7420 3230 3133 2032 303a 3133 3a32 3220 474d ' +
          '54c0 5a04 677a 6970 7738 666f 6f3d 4153 444a 4b48 514b 425a 584f 5157 454f 5049 ' +
          '5541 5851 5745 4f49 553b 206d 6178 2d61 6765 3d33 3630 303b 2076 6572 7369 6f6e 3d31',
      ],
      responses,
      responseTables,
      responseSizes,
    );
  });

  it('decodes the responses with Huffman coding, with evictions (C.6)', () => {
    runSequence(
      new HpackDecoder(256),
      [
        '4882 6402 5885 aec3 771a 4b61 96d0 7abe 9410 54d4 44a8 2005 9504 0b81 66e0 82a6 ' +
          '2d1b ff6e 919d 29ad 1718 63c7 8f0b 97c8 e9ae 82ae 43d3',
        '4883 640e ffc1 c0bf',
        '88c1 6196 d07a be94 1054 d444 a820 0595 040b 8166 e084 a62d 1bff c05a 839b d9ab ' +
          '77ad 94e7 821d d7f2 e6c7 b335 dfdf cd5b 3960 d5af 2708 7f36 72c1 ab27 0fb5 291f ' +
          '9587 3160 65c0 03ed 4ee5 b106 3d50 07',
      ],
      responses,
      responseTables,
      responseSizes,
    );
  });

  it('applies dynamic table size updates and rejects bad indexes', () => {
    const d = new HpackDecoder();
    d.decode(hex('4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf')); // custom-key: custom-value
    assert.equal(d.tableSize, 54);
    d.decode(hex('20')); // size update to 0 empties the table
    assert.equal(d.tableSize, 0);
    assert.throws(() => d.decode(hex('be')), HpackError);
    assert.throws(() => d.decode(hex('80')), HpackError);
    assert.throws(() => d.decode(hex('41 0f 7777')), HpackError); // truncated value
  });

  it('rewrites a literal value and keeps its representation', () => {
    const d = new HpackDecoder();
    const block = Buffer.concat([
      hex('8286 84'),
      Buffer.from([0x41]), // literal with incremental indexing, name = static 1 (:authority)
      encodeString('http://127.0.0.1:2379', true),
    ]);
    const { fields: got, rewritten } = d.decode(block, (name, value) =>
      name === ':authority' ? fixAuthority(value) : null,
    );
    assert.equal(got[3]?.value, '127.0.0.1:2379');
    assert.deepEqual(
      rewritten,
      Buffer.concat([hex('8286 8441'), encodeString('127.0.0.1:2379', true)]),
    );
    assert.deepEqual(d.dynamicTable(), fields([[':authority', '127.0.0.1:2379']]));
  });
});

describe('fixAuthority', () => {
  it('keeps valid authorities and strips schemes', () => {
    assert.equal(fixAuthority('127.0.0.1:2379'), null);
    assert.equal(fixAuthority('[::1]:2379'), null);
    assert.equal(fixAuthority('user@host:1'), null);
    assert.equal(fixAuthority('http://127.0.0.1:2379'), '127.0.0.1:2379');
    assert.equal(fixAuthority('https://h.example:2379/'), 'h.example:2379');
    assert.equal(fixAuthority('#initially=[https://a:1;https://b:2]'), 'a:1');
    assert.equal(fixAuthority('unix:///tmp/sock'), 'localhost');
  });
});

// --- Frame-level rewriting -------------------------------------------------------------------

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

function frame(type: number, flags: number, streamId: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(9);
  header.writeUIntBE(payload.length, 0, 3);
  header[3] = type;
  header[4] = flags;
  header.writeUInt32BE(streamId, 5);
  return Buffer.concat([header, payload]);
}

/** Splits a client byte stream into frames and decodes every header block with `decoder`. */
function readHeaders(bytes: Buffer, decoder: HpackDecoder): { stream: number; fields: string[] }[] {
  assert.deepEqual(bytes.subarray(0, 24), PREFACE);
  const out: { stream: number; fields: string[] }[] = [];
  let pos = 24;
  let block: Buffer[] = [];
  let stream = 0;
  while (pos < bytes.length) {
    const len = bytes.readUIntBE(pos, 3);
    const type = bytes[pos + 3]!;
    const flags = bytes[pos + 4]!;
    let payload = bytes.subarray(pos + 9, pos + 9 + len);
    pos += 9 + len;
    if (type === 1) {
      stream = bytes.readUInt32BE(pos - 9 - len + 5);
      if (flags & 0x8) payload = payload.subarray(1, payload.length - payload[0]!);
      if (flags & 0x20) payload = payload.subarray(5);
      block = [payload];
    } else if (type === 9) {
      block.push(payload);
    } else {
      continue;
    }
    if (flags & 0x4) {
      const decoded = decoder.decode(Buffer.concat(block)).fields;
      out.push({ stream, fields: decoded.map((f) => `${f.name}: ${f.value}`) });
    }
  }
  return out;
}

function countFrames(bytes: Buffer, type: number): number {
  let n = 0;
  for (let pos = 24; pos < bytes.length; pos += 9 + bytes.readUIntBE(pos, 3))
    if (bytes[pos + 3] === type) n++;
  return n;
}

describe('ClientStreamRewriter', () => {
  const settings = frame(0x4, 0, 0, Buffer.alloc(0));
  const data = frame(0x0, 0, 1, Buffer.alloc(100, 7));

  function requestBlock(authority: string, indexAuthority: boolean): Buffer {
    return Buffer.concat([
      hex('83 86'), // :method POST, :scheme http
      Buffer.from([0x44]), // :path, literal incremental
      encodeString('/etcdserverpb.Maintenance/Status', true),
      Buffer.from([indexAuthority ? 0x41 : 0x01]),
      encodeString(authority, true),
      Buffer.from([0x40]), // new name
      encodeString('te', false),
      encodeString('trailers', true),
    ]);
  }

  it('passes DATA-only chunks through as the same buffer', () => {
    const r = new ClientStreamRewriter();
    const head = Buffer.concat([PREFACE, settings]);
    assert.deepEqual(r.transform(head), [head]);
    assert.equal(r.transform(data)[0], data);
    const twoData = Buffer.concat([data, data]);
    const out = r.transform(twoData);
    assert.equal(out.length, 1);
    assert.equal(out[0], twoData);
  });

  it('passes non-HTTP/2 connections through untouched', () => {
    const r = new ClientStreamRewriter();
    const get = Buffer.from('GET /health HTTP/1.1\r\nHost: http://x\r\n\r\n');
    assert.deepEqual(Buffer.concat(r.transform(get)), get);
    assert.equal(r.transform(data)[0], data);
  });

  it('re-frames a rewritten block above 16384 octets as HEADERS + CONTINUATION', () => {
    const big = 'x'.repeat(40000);
    const block = Buffer.concat([
      requestBlock('http://127.0.0.1:2379', true),
      Buffer.from([0x00]), // literal without indexing, new name
      encodeString('x-big', false),
      encodeString(big, false),
    ]);
    // The client sends it as HEADERS (with PRIORITY) + 2 CONTINUATION frames of its own sizes.
    const input = Buffer.concat([
      PREFACE,
      settings,
      frame(0x1, 0x20, 1, Buffer.concat([hex('0000 0000 0f'), block.subarray(0, 16000)])),
      frame(0x9, 0, 1, block.subarray(16000, 32000)),
      frame(0x9, 0x4, 1, block.subarray(32000)),
      data,
    ]);
    const r = new ClientStreamRewriter();
    const out = Buffer.concat(r.transform(input));
    assert.equal(r.rewrites, 1);
    assert.equal(countFrames(out, 0x1), 1);
    assert.equal(countFrames(out, 0x9), 2);
    // Every frame respects the default SETTINGS_MAX_FRAME_SIZE.
    for (let pos = 24; pos < out.length; pos += 9 + out.readUIntBE(pos, 3)) {
      assert.ok(out.readUIntBE(pos, 3) <= 16384);
    }
    const [got] = readHeaders(out, new HpackDecoder());
    assert.deepEqual(got?.fields.slice(3), [
      ':authority: 127.0.0.1:2379',
      'te: trailers',
      `x-big: ${big}`,
    ]);
  });

  it('strips the scheme from :authority, keeping the server table in step', () => {
    // Stream 1: authority as a literal with incremental indexing (PADDED + PRIORITY, split into
    // HEADERS + CONTINUATION). Stream 3: authority as an indexed reference. Stream 5: a literal
    // without indexing. Then a table size update that evicts everything, and stream 7 again.
    const block1 = requestBlock('http://127.0.0.1:2379', true);
    const h1 = frame(
      0x1,
      0x8 | 0x20 | 0x1, // PADDED, PRIORITY, END_STREAM; no END_HEADERS
      1,
      Buffer.concat([
        Buffer.from([3]),
        hex('0000 0000 0f'),
        block1.subarray(0, 10),
        Buffer.alloc(3),
      ]),
    );
    const c1 = frame(0x9, 0x4, 1, block1.subarray(10));
    // Stream 3: :method POST, :scheme http, :path (dyn 64? no: newest first: te=62, authority=63,
    // path=64), authority = 63, te = 62.
    const h3 = frame(0x1, 0x4, 3, hex('83 86 c0 bf be'));
    const h5 = frame(0x1, 0x4, 5, requestBlock('https://h.example:1', false));
    const h7 = frame(
      0x1,
      0x4,
      7,
      Buffer.concat([hex('20 3f e1 1f'), requestBlock('http://z:1', true)]),
    );
    const input = Buffer.concat([PREFACE, settings, h1, c1, data, h3, data, h5, h7, data]);

    const whole = new ClientStreamRewriter();
    const out = Buffer.concat(whole.transform(input));
    assert.equal(whole.rewrites, 3);
    // Feeding the same bytes one at a time gives the same output.
    const bytewise = new ClientStreamRewriter();
    const parts: Buffer[] = [];
    for (let i = 0; i < input.length; i++)
      parts.push(...bytewise.transform(input.subarray(i, i + 1)));
    assert.deepEqual(Buffer.concat(parts), out);

    const got = readHeaders(out, new HpackDecoder());
    const expect = (authority: string): string[] => [
      ':method: POST',
      ':scheme: http',
      ':path: /etcdserverpb.Maintenance/Status',
      `:authority: ${authority}`,
      'te: trailers',
    ];
    assert.deepEqual(got, [
      { stream: 1, fields: expect('127.0.0.1:2379') },
      { stream: 3, fields: expect('127.0.0.1:2379') },
      { stream: 5, fields: expect('h.example:1') },
      { stream: 7, fields: expect('z:1') },
    ]);
    // The DATA frames and SETTINGS survive untouched.
    assert.equal(countFrames(out, 0x0), 3);
    assert.equal(countFrames(out, 0x4), 1);
    assert.equal(countFrames(out, 0x9), 0); // the rewritten block fits one HEADERS frame
  });
});

describe('ConnectionOpening: the native socket or the rewriter, per connection', () => {
  const clientSettings = frame(0x4, 0, 0, hex('0002 0000 0000'));
  const windowUpdate = frame(0x8, 0, 0, hex('0001 0000'));
  const ack = frame(0x4, 0x1, 0, Buffer.alloc(0));
  const ping = frame(0x6, 0, 0, Buffer.from('12345678'));
  const data = frame(0x0, 0x1, 1, Buffer.alloc(20, 7));

  function request(authority: string, streamId = 1): Buffer {
    const block = Buffer.concat([
      hex('83 86'), // :method POST, :scheme http
      Buffer.from([0x04]), // :path, literal without indexing
      encodeString('/etcdserverpb.KV/Put', true),
      Buffer.from([0x41]), // :authority, literal with incremental indexing
      encodeString(authority, true),
    ]);
    return frame(0x1, 0x4, streamId, block);
  }

  /** Feeds `chunks` in order; returns the first decided step (or the last pending one). */
  function feed(chunks: Buffer[]): OpeningStep {
    const opening = new ConnectionOpening();
    let step: OpeningStep = { decision: 'pending', forward: Buffer.alloc(0), replies: [] };
    const replies: Buffer[] = [];
    for (const chunk of chunks) {
      step = opening.push(chunk);
      replies.push(...step.replies);
      if (step.decision !== 'pending') break;
    }
    return { ...step, replies };
  }

  it("goes native for a valid authority once the front's SETTINGS are acknowledged", () => {
    // A client that sends its request at once (h2load, grpc-js): the ACK comes a round trip later.
    const early = Buffer.concat([
      PREFACE,
      clientSettings,
      windowUpdate,
      request('127.0.0.1:2379'),
      data,
    ]);
    assert.equal(feed([early]).decision, 'pending');
    const step = feed([early, ack]);
    assert.equal(step.decision, 'native');
    // The ACK of the front's SETTINGS is not passed on: the session never sent them.
    assert.deepEqual(step.forward, early);
  });

  it('mends a connection whose first request has a scheme-prefixed authority', () => {
    // grpc-go (etcdctl) waits for the server's SETTINGS, so its ACK precedes its first request.
    const step = feed([
      Buffer.concat([PREFACE, clientSettings, windowUpdate]),
      Buffer.concat([ack, request('http://127.0.0.1:2379'), data]),
    ]);
    assert.equal(step.decision, 'mend');
    assert.deepEqual(
      step.forward,
      Buffer.concat([
        PREFACE,
        clientSettings,
        windowUpdate,
        request('http://127.0.0.1:2379'),
        data,
      ]),
    );
    // Only the first request decides: a later one with a scheme stays on the native path.
    const later = feed([
      Buffer.concat([
        PREFACE,
        clientSettings,
        ack,
        request('127.0.0.1:1'),
        request('http://x:1', 3),
      ]),
    ]);
    assert.equal(later.decision, 'native');
  });

  it('answers PINGs itself, takes the same decision byte by byte, and waits for a whole block', () => {
    const block = Buffer.concat([
      hex('83 86'),
      Buffer.from([0x04]),
      encodeString('/etcdserverpb.KV/Range', false),
      Buffer.from([0x01]), // :authority, literal without indexing
      encodeString('https://h.example:2379', false),
    ]);
    const split = Buffer.concat([
      frame(0x1, 0x20, 1, Buffer.concat([hex('0000 0000 0f'), block.subarray(0, 10)])),
      frame(0x9, 0x4, 1, block.subarray(10)),
    ]);
    const bytes = Buffer.concat([PREFACE, clientSettings, ping, split, data, ack]);
    const whole = feed([bytes]);
    assert.equal(whole.decision, 'mend');
    assert.deepEqual(whole.replies, [frame(0x6, 0x1, 0, Buffer.from('12345678'))]);
    assert.deepEqual(whole.forward, Buffer.concat([PREFACE, clientSettings, split, data]));
    const bytewise = feed(Array.from(bytes, (b) => Buffer.from([b])));
    assert.deepEqual(bytewise, whole);
  });

  it('stops waiting at a frame no first request can follow, and at a non-HTTP/2 preface', () => {
    const goaway = frame(0x7, 0, 0, Buffer.alloc(8));
    const step = feed([Buffer.concat([PREFACE, clientSettings, goaway])]);
    assert.equal(step.decision, 'native');
    assert.deepEqual(step.forward, Buffer.concat([PREFACE, clientSettings, goaway]));
    const http1 = Buffer.from('GET /health HTTP/1.1\r\n\r\n');
    assert.deepEqual(feed([http1]), { decision: 'native', forward: http1, replies: [] });
  });

  it('refuses an opening that never ends', () => {
    const huge = frame(0x1, 0, 1, Buffer.alloc(16000)); // no END_HEADERS, CONTINUATIONs follow
    const chunks: Buffer[] = [Buffer.concat([PREFACE, clientSettings, huge])];
    for (let i = 0; i < 80; i++) chunks.push(frame(0x9, 0, 1, Buffer.alloc(16000)));
    assert.equal(feed(chunks).decision, 'refuse');
  });
});

// --- End to end with node:http2 and with etcdctl ---------------------------------------------

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve(typeof a === 'object' && a !== null ? a.port : 0);
    });
  });
}

describe('AuthorityFixStream with a node:http2 server', () => {
  it('keeps HPACK in step over many requests with evictions', async () => {
    const h2 = http2.createServer();
    h2.on('stream', (stream, headers) => {
      const echo: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(headers))
        if (k.startsWith('x-') || k === ':authority') echo[k] = v;
      stream.respond({ ':status': 200 });
      stream.end(JSON.stringify(echo));
    });
    const streams: AuthorityFixStream[] = [];
    const front = net.createServer((socket) => {
      const stream = new AuthorityFixStream(socket);
      streams.push(stream);
      h2.emit('connection', stream);
    });
    const port = await listen(front);
    const session = http2.connect(`http://127.0.0.1:${port}`);
    try {
      for (let i = 0; i < 300; i++) {
        const extra: Record<string, string> = {};
        // Varying sizes and reuse so the client's encoder indexes, reuses and evicts entries.
        for (let j = 0; j < 1 + (i % 4); j++)
          extra[`x-h${(i * 7 + j) % 23}`] = `${'v'.repeat((i * 13 + j) % 300)}${i}`;
        const authority = i % 3 === 0 ? `http://127.0.0.1:${port}` : `127.0.0.1:${port}`;
        const req = session.request({ ':path': '/', ':authority': authority, ...extra });
        req.end();
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (c: string) => (body += c));
        await new Promise<void>((resolve, reject) => {
          req.on('end', resolve);
          req.on('error', reject);
        });
        assert.deepEqual(
          JSON.parse(body),
          { ':authority': `127.0.0.1:${port}`, ...extra },
          `request ${i}`,
        );
      }
      // One connection. Node's encoder indexes the scheme-carrying authority once and then refers
      // to it by index, so only the first use (and re-adds after eviction) needs rewriting.
      assert.equal(streams.length, 1);
      assert.ok(streams[0]!.rewrites >= 1 && streams[0]!.rewrites < 100, `${streams[0]!.rewrites}`);
    } finally {
      session.destroy();
      await new Promise((resolve) => front.close(resolve));
      h2.close();
    }
  });
});

describe('authorityFixFilter with a node:http2 server', () => {
  it('hands plain connections over as the socket and mends scheme-prefixed ones', async () => {
    const h2 = http2.createServer();
    h2.on('stream', (stream, headers) => {
      stream.respond({ ':status': 200 });
      stream.end(String(headers[':authority']));
    });
    const injected: Duplex[] = [];
    const front = net.createServer((socket) => {
      authorityFixFilter(socket, Buffer.alloc(0), (connection) => {
        injected.push(connection);
        h2.emit('connection', connection);
      });
    });
    const port = await listen(front);
    const get = async (session: http2.ClientHttp2Session, authority: string): Promise<string> => {
      const req = session.request({ ':path': '/', ':authority': authority });
      req.end();
      req.setEncoding('utf8');
      let body = '';
      req.on('data', (c: string) => (body += c));
      await new Promise<void>((resolve, reject) => {
        req.on('end', resolve);
        req.on('error', reject);
      });
      return body;
    };
    const plain = http2.connect(`http://127.0.0.1:${port}`);
    const mended = http2.connect(`http://127.0.0.1:${port}`);
    try {
      for (let i = 0; i < 20; i++) {
        assert.equal(await get(plain, `127.0.0.1:${port}`), `127.0.0.1:${port}`);
        assert.equal(await get(mended, `http://127.0.0.1:${port}`), `127.0.0.1:${port}`);
      }
      assert.equal(injected.length, 2);
      assert.ok(injected[0] instanceof net.Socket, 'the plain connection runs on its socket');
      assert.ok(injected[1] instanceof AuthorityFixStream, 'the other goes through the rewriter');
      // A PING before any request is answered by the front; a SETTINGS-waiting client is served.
      const raw = net.connect(port, '127.0.0.1');
      const received: Buffer[] = [];
      raw.on('data', (c: Buffer) => received.push(c));
      raw.write(
        Buffer.concat([
          PREFACE,
          frame(0x4, 0, 0, Buffer.alloc(0)),
          frame(0x6, 0, 0, Buffer.from('abcdefgh')),
        ]),
      );
      const until = async (check: (bytes: Buffer) => boolean): Promise<Buffer> => {
        for (let i = 0; i < 200; i++) {
          const bytes = Buffer.concat(received);
          if (check(bytes)) return bytes;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        throw new Error(`not received: ${Buffer.concat(received).toString('hex')}`);
      };
      await until((b) => b.length >= 26);
      assert.deepEqual(
        Buffer.concat(received).subarray(0, 26),
        Buffer.concat([FRONT_SETTINGS, frame(0x6, 0x1, 0, Buffer.from('abcdefgh'))]),
      );
      const block = Buffer.concat([
        hex('82 86 84'), // GET, http, /
        Buffer.from([0x01]),
        encodeString(`127.0.0.1:${port}`, false),
      ]);
      raw.write(Buffer.concat([frame(0x4, 0x1, 0, Buffer.alloc(0)), frame(0x1, 0x5, 1, block)]));
      // The session's own SETTINGS follow, then the response on stream 1 (HEADERS, DATA).
      const bytes = await until((b) => {
        for (let at = 0; at + 9 <= b.length; at += 9 + b.readUIntBE(at, 3)) {
          if (b[at + 3] === 0x0 && b.readUInt32BE(at + 5) === 1) return true;
        }
        return false;
      });
      assert.ok(bytes.length > 26);
      assert.equal(injected.length, 3);
      assert.ok(injected[2] instanceof net.Socket);
      raw.destroy();
    } finally {
      plain.destroy();
      mended.destroy();
      await new Promise((resolve) => front.close(resolve));
      h2.close();
    }
  });
});

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      ETCDCTL,
      args,
      { env: { ...process.env, ETCDCTL_API: '3' }, timeout: 15000 },
      (err, stdout, stderr) => {
        const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

// etcd streams the database (whole 512-byte pages) followed by its SHA-256; etcdctl checks both.
const SNAPSHOT_DB = Buffer.alloc(1024, 'not-a-bolt-db ');
const SNAPSHOT = Buffer.concat([SNAPSHOT_DB, createHash('sha256').update(SNAPSHOT_DB).digest()]);

const maintenanceApi = {
  Status: maintenanceService.Status,
  HashKV: maintenanceService.HashKV,
  Defragment: maintenanceService.Defragment,
  Snapshot: maintenanceService.Snapshot,
};
const clusterApi = { MemberList: clusterService.MemberList };

/** Fixed answers for etcdctl's per-endpoint calls, in the handler shape of src/util/grpc-server. */
function fixedHandlers(clientPort: () => number) {
  const header = { clusterId: 0x1234, memberId: 0x99, revision: 7, raftTerm: 2 };
  const maintenance = {
    Status: ((call) => {
      call.respond({
        header,
        version: '3.4.23',
        dbSize: 24576,
        leader: 0x99,
        raftIndex: 11,
        raftTerm: 2,
        raftAppliedIndex: 11,
        dbSizeInUse: 16384,
      });
    }) satisfies UnaryHandler<etcdserverpb.StatusRequest, etcdserverpb.IStatusResponse>,
    HashKV: ((call) => {
      call.respond({ header, hash: 3735928559, compactRevision: 3 });
    }) satisfies UnaryHandler<etcdserverpb.HashKVRequest, etcdserverpb.IHashKVResponse>,
    Defragment: ((call) => {
      call.respond({ header });
    }) satisfies UnaryHandler<etcdserverpb.DefragmentRequest, etcdserverpb.IDefragmentResponse>,
    Snapshot: ((call) => {
      call.write({ header, remainingBytes: SNAPSHOT.length - 5, blob: SNAPSHOT.subarray(0, 5) });
      call.write({ header, remainingBytes: 0, blob: SNAPSHOT.subarray(5) });
      call.end();
    }) satisfies ServerStreamHandler<etcdserverpb.SnapshotRequest, etcdserverpb.ISnapshotResponse>,
  };
  const cluster = {
    MemberList: ((call) => {
      call.respond({
        header,
        members: [
          {
            ID: 0x99,
            name: 'm1',
            peerURLs: ['http://127.0.0.1:2380'],
            clientURLs: [`http://127.0.0.1:${clientPort()}`],
          },
        ],
      });
    }) satisfies UnaryHandler<etcdserverpb.MemberListRequest, etcdserverpb.IMemberListResponse>,
  };
  return { maintenance, cluster };
}

/** The client port's gRPC server with the fixed answers. */
function makeServer(clientPort: () => number): GrpcServer {
  const server = new GrpcServer({ maxReceiveMessageBytes: 4 << 20 });
  const { maintenance, cluster } = fixedHandlers(clientPort);
  server.addService(maintenanceApi, maintenance);
  server.addService(clusterApi, cluster);
  return server;
}

/** grpc-js with the same answers: a server nghttp2 guards without the front. */
function makeGrpcJsServer(clientPort: () => number): grpc.Server {
  const server = new grpc.Server();
  const { maintenance, cluster } = fixedHandlers(clientPort);
  server.addService(maintenanceApi, grpcJsImplementation(maintenanceApi, maintenance));
  server.addService(clusterApi, grpcJsImplementation(clusterApi, cluster));
  return server;
}

describe('etcdctl 3.4 per-endpoint calls through the front', function () {
  this.timeout(60000);
  let server: GrpcServer;
  let front: { port: number; close(): Promise<void> };
  let directServer: grpc.Server;
  let directPort = 0;

  before(async function () {
    assert.ok(
      existsSync(ETCDCTL),
      `${ETCDCTL} is missing: 'make deps' installs Debian's etcd-client`,
    );
    server = makeServer(() => front.port);
    front = await ClientListener.listen({
      host: '127.0.0.1',
      port: 0,
      grpc: server,
      http: createHttpServer(),
      filterHttp2: authorityFixFilter,
    });
    directServer = makeGrpcJsServer(() => directPort);
    directPort = await new Promise<number>((resolve, reject) => {
      directServer.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => {
        if (err) reject(err);
        else resolve(p);
      });
    });
  });

  after(async () => {
    await front.close();
    server.close();
    directServer.forceShutdown();
  });

  it('endpoint status with an http:// endpoint', async () => {
    const ep = `http://127.0.0.1:${front.port}`;
    const r = await run([`--endpoints=${ep}`, 'endpoint', 'status', '-w', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const parsed = JSON.parse(r.stdout) as {
      Endpoint: string;
      Status: {
        header: { cluster_id: number; member_id: number; revision: number };
        version: string;
        dbSize: number;
        leader: number;
        raftIndex: number;
      };
    }[];
    assert.equal(parsed.length, 1);
    const s = parsed[0]!;
    assert.equal(s.Endpoint, ep);
    assert.equal(s.Status.version, '3.4.23');
    assert.equal(s.Status.dbSize, 24576);
    assert.equal(s.Status.leader, 0x99);
    assert.equal(s.Status.raftIndex, 11);
    assert.equal(s.Status.header.cluster_id, 0x1234);
    assert.equal(s.Status.header.revision, 7);
  });

  it('endpoint status --cluster (dials the MemberList clientURLs)', async () => {
    const r = await run([`--endpoints=127.0.0.1:${front.port}`, 'endpoint', 'status', '--cluster']);
    assert.equal(r.code, 0, r.stderr);
    const line = r.stdout.trim();
    assert.match(
      line,
      new RegExp(
        `^http://127\\.0\\.0\\.1:${front.port}, 99, 3\\.4\\.23, 25 kB, true, false, 2, 11, 11,`,
      ),
    );
  });

  it('endpoint hashkv, defrag and snapshot save with an http:// endpoint', async () => {
    const ep = `--endpoints=http://127.0.0.1:${front.port}`;
    const h = await run([ep, 'endpoint', 'hashkv', '-w', 'json']);
    assert.equal(h.code, 0, h.stderr);
    const parsed = JSON.parse(h.stdout) as { HashKV: { hash: number; compact_revision: number } }[];
    const first = parsed[0]!;
    assert.equal(first.HashKV.hash, 3735928559);
    assert.equal(first.HashKV.compact_revision, 3);
    const d = await run([ep, 'defrag']);
    assert.equal(d.code, 0, d.stderr);
    assert.match(d.stdout, /Finished defragmenting etcd member/);
    const dir = mkdtempSync(join(tmpdir(), 'h2-authority-'));
    try {
      const file = join(dir, 'snap.db');
      const s = await run([ep, 'snapshot', 'save', file]);
      assert.equal(s.code, 0, s.stderr);
      assert.deepEqual(readFileSync(file).subarray(0, SNAPSHOT_DB.length), SNAPSHOT_DB);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without the front, the same commands fail (RST_STREAM from nghttp2)', async () => {
    const r = await run([
      `--endpoints=http://127.0.0.1:${directPort}`,
      '--command-timeout=3s',
      'endpoint',
      'status',
    ]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /PROTOCOL_ERROR|RST_STREAM|failed/i);
    const c = await run([
      `--endpoints=127.0.0.1:${directPort}`,
      '--command-timeout=3s',
      'endpoint',
      'status',
      '--cluster',
    ]);
    assert.notEqual(c.code, 0);
    // Plain host:port endpoints work without the front (the baseline).
    const ok = await run([`--endpoints=127.0.0.1:${directPort}`, 'endpoint', 'status']);
    assert.equal(ok.code, 0, ok.stderr);
  });
});
