import assert from 'node:assert/strict';
import {
  encodeHeaderBlock,
  encodeInteger,
  encodeString,
  HpackDecoder,
  HpackError,
  HUFFMAN_CODES,
  HUFFMAN_LENGTHS,
  huffmanDecode,
  huffmanEncode,
} from '../../src/util/h2/hpack.js';

function hex(s: string): Buffer {
  return Buffer.from(s.replace(/\s+/g, ''), 'hex');
}

function fields(list: [string, string][]): { name: string; value: string }[] {
  return list.map(([name, value]) => ({ name, value }));
}

function decodeAll(decoder: HpackDecoder, block: Buffer): { name: string; value: string }[] {
  const list = decoder.decode(block);
  const out: { name: string; value: string }[] = [];
  for (let i = 0; i < list.size; i++) out.push({ name: list.name(i), value: list.value(i) });
  return out;
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
      const got = decodeAll(decoder, hex(block));
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
    decodeAll(d, hex('4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf')); // custom-key: custom-value
    assert.equal(d.tableSize, 54);
    decodeAll(d, hex('20')); // size update to 0 empties the table
    assert.equal(d.tableSize, 0);
    assert.throws(() => decodeAll(d, hex('be')), HpackError);
    assert.throws(() => decodeAll(d, hex('80')), HpackError);
    assert.throws(() => decodeAll(d, hex('41 0f 7777')), HpackError); // truncated value
  });

  it('refuses a table size above its setting, and a header list above its limit', () => {
    const d = new HpackDecoder(4096, 100);
    assert.throws(() => decodeAll(d, encodeInteger(4097, 5, 0x20)), /above the setting/);
    const small = new HpackDecoder(4096, 100);
    // Each indexed reference to the 54-octet entry counts its whole size against the list.
    decodeAll(small, hex('4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf'));
    assert.throws(() => decodeAll(small, hex('be be')), /header list too large/);
  });
});

describe('encodeHeaderBlock', () => {
  it('writes literals without indexing that any decoder reads the same, leaving its table alone', () => {
    const list: [string, string][] = [
      [':status', '415'],
      ['content-type', 'application/grpc'],
      ['grpc-status', '3'],
      ['grpc-message', 'bad%20key'],
    ];
    const block = encodeHeaderBlock(list);
    const d = new HpackDecoder();
    assert.deepEqual(decodeAll(d, block), fields(list));
    assert.deepEqual(decodeAll(d, block), fields(list));
    assert.equal(d.tableSize, 0);
    // :status and content-type take their names from the static table (indexes 8 and 31).
    assert.equal(block[0], 0x08);
  });
});
