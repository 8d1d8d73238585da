// Responses on the wire: EDNS0 sizes, truncation that keeps the OPT and as many answers as fit,
// SERVFAIL for a TCP answer beyond 64 KiB, FORMERR from a header alone.
import assert from 'node:assert/strict';
import { Packet } from 'dns2';
import { type DnsRecord, Rcode, RRType } from '../../src/dns/rr.js';
import {
  encodeResponse,
  headerOnlyReply,
  headerVerdict,
  isReadableQuery,
  parseMessage,
  replyLimit,
  type ResponseContent,
} from '../../src/dns/wire.js';

function query(edns: number | undefined): Packet {
  const q = new Packet();
  q.header = new Packet.Header({ id: 4242, rd: 1 });
  q.questions.push(new Packet.Question('Big.skydns.test', RRType.A, 1));
  if (edns !== undefined) q.additionals.push(Packet.Resource.EDNS([], { udpPayloadSize: edns }));
  return Packet.parse(q.toBuffer());
}

/** A query for `Big.skydns.test` A as octets, with an OPT per `edns` (dns2's encoder). */
function queryOctets(edns?: { extendedRcode?: number; version?: number }): Buffer {
  const q = new Packet();
  q.header = new Packet.Header({ id: 4242, rd: 1 });
  q.questions.push(new Packet.Question('Big.skydns.test', RRType.A, 1));
  if (edns) q.additionals.push(Packet.Resource.EDNS([], { udpPayloadSize: 1232, ...edns }));
  return q.toBuffer();
}

/** The header's 16-bit word at `offset` set to `value`, in a copy. */
function withWord(message: Buffer, offset: number, value: number): Buffer {
  const copy = Buffer.from(message);
  copy.writeUInt16BE(value, offset);
  return copy;
}

function readable(query: Buffer): boolean {
  const request = parseMessage(query);
  return request !== undefined && isReadableQuery(request, query);
}

function addresses(count: number): DnsRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    name: 'Big.skydns.test.',
    ttl: 60,
    type: 'A' as const,
    address: `10.0.${i >> 8}.${i & 255}`,
  }));
}

function content(answer: DnsRecord[], additional: DnsRecord[] = []): ResponseContent {
  return {
    rcode: Rcode.NOERROR,
    authoritative: true,
    recursionAvailable: false,
    answer,
    authority: [],
    additional,
  };
}

describe('dns: wire', function () {
  it('the limit: 512 without EDNS, the EDNS size over UDP (at least 512), 64 KiB over TCP', () => {
    assert.equal(replyLimit('udp', undefined), 512);
    assert.equal(replyLimit('udp', { payloadSize: 100, version: 0 }), 512);
    assert.equal(replyLimit('udp', { payloadSize: 4096, version: 0 }), 4096);
    assert.equal(replyLimit('tcp', undefined), 65535);
    // No more than one UDP datagram holds, whatever the client says it takes.
    assert.equal(replyLimit('udp', { payloadSize: 65535, version: 0 }), 65507);
  });

  it('a reply that fits goes whole, with an OPT only for an EDNS query', () => {
    const withEdns = Packet.parse(encodeResponse(query(1232), content(addresses(3)), 1232, true));
    assert.equal(withEdns.header.id, 4242);
    assert.equal(withEdns.header.tc, 0);
    assert.equal(withEdns.answers.length, 3);
    assert.equal(withEdns.questions[0]!.name, 'Big.skydns.test');
    assert.deepEqual(
      withEdns.additionals.map((r) => [r.type, r.class]),
      [[RRType.OPT, 1232]],
    );
    const plain = Packet.parse(encodeResponse(query(undefined), content(addresses(3)), 512, true));
    assert.equal(plain.additionals.length, 0);
  });

  it('too big for UDP: glue goes first, then answers are cut and TC set, the OPT kept', () => {
    const glue = addresses(20).map((r) => ({ ...r, name: 'glue.skydns.test.' }));
    const noGlue = Packet.parse(
      encodeResponse(query(512), content(addresses(20), glue), 512, true),
    );
    assert.equal(noGlue.header.tc, 0);
    assert.equal(noGlue.answers.length, 20);
    assert.deepEqual(
      noGlue.additionals.map((r) => r.type),
      [RRType.OPT],
    );

    const bytes = encodeResponse(query(512), content(addresses(100)), 512, true);
    assert.ok(bytes.length <= 512, `${bytes.length} octets`);
    const cut = Packet.parse(bytes);
    assert.equal(cut.header.tc, 1);
    assert.ok(cut.answers.length > 20 && cut.answers.length < 100, `${cut.answers.length} answers`);
    assert.deepEqual(
      cut.additionals.map((r) => r.type),
      [RRType.OPT],
    );
    const larger = Packet.parse(encodeResponse(query(4096), content(addresses(100)), 4096, true));
    assert.equal(larger.header.tc, 0);
    assert.equal(larger.answers.length, 100);
  });

  it('over TCP an answer beyond 64 KiB is SERVFAIL', () => {
    const huge = addresses(5000).map((r, i) => ({ ...r, name: `n${i}.big.skydns.test.` }));
    const reply = Packet.parse(encodeResponse(query(undefined), content(huge), 65535, false));
    assert.equal(reply.header.rcode, Rcode.SERVFAIL);
    assert.equal(reply.answers.length, 0);
  });

  it('a query dns2 cannot parse gets FORMERR from its header; a response gets nothing', () => {
    const garbage = Buffer.from([0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 0xff]);
    assert.equal(parseMessage(garbage)?.questions.length ?? 0, 0);
    const reply = headerOnlyReply(garbage, Rcode.FORMERR)!;
    assert.equal(reply.readUInt16BE(0), 0x1234);
    assert.equal(reply[2], 0x81, 'QR and RD');
    assert.equal(reply[3], Rcode.FORMERR);
    assert.equal(
      headerOnlyReply(Buffer.from([0, 1, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 1),
      undefined,
    );
    assert.equal(headerOnlyReply(Buffer.from([1, 2, 3]), 1), undefined);
  });

  it('the header alone: responses dropped, NOTIMP, FORMERR for more records than a query has', () => {
    const plain = queryOctets({});
    assert.deepEqual(headerVerdict(plain), { kind: 'read' });
    assert.deepEqual(headerVerdict(plain.subarray(0, 11)), { kind: 'drop' });
    assert.deepEqual(headerVerdict(withWord(plain, 2, 0x8100)), { kind: 'drop' }, 'QR');
    assert.deepEqual(headerVerdict(withWord(plain, 2, 0x2100)), {
      kind: 'reject',
      rcode: Rcode.NOTIMP,
    });
    const formerr = { kind: 'reject', rcode: Rcode.FORMERR };
    for (const [offset, count] of [
      [4, 0],
      [4, 2],
      [6, 2],
      [8, 2],
      [10, 3],
    ] as const) {
      assert.deepEqual(headerVerdict(withWord(plain, offset, count)), formerr, `${offset}`);
    }
    const notify = withWord(withWord(withWord(plain, 6, 1), 8, 1), 10, 2);
    assert.deepEqual(headerVerdict(notify), { kind: 'read' }, 'a SOA, an OPT and a TSIG');
  });

  it('64 KiB of records whose names chase pointer chains is FORMERR before dns2 reads it', () => {
    // Before, dns2 read it whole, following 8,000 pointers for each of 4,000 records: ~3 s.
    const question = queryOctets();
    const message = Buffer.alloc(65507);
    question.copy(message);
    message.writeUInt16BE(0xffff, 10);
    const hops = 8000;
    let offset = question.length;
    message.writeUInt16BE(99, offset + 1); // a record of an unknown type, holding the chain
    message.writeUInt16BE(2 * hops + 1, offset + 9);
    offset += 11;
    const chain = offset;
    for (let i = 0; i < hops; i++, offset += 2)
      message.writeUInt16BE(0xc000 | (offset + 2), offset);
    offset++;
    for (; offset + 12 <= message.length; offset += 12) {
      message.writeUInt16BE(0xc000 | chain, offset);
      message.writeUInt16BE(99, offset + 2);
    }
    assert.deepEqual(headerVerdict(message), { kind: 'reject', rcode: Rcode.FORMERR });
  });

  it('a query is answered only when dns2 read all of it and can echo its question as it came', () => {
    assert.ok(readable(queryOctets()));
    const withOpt = queryOctets({});
    assert.ok(readable(withOpt));
    assert.ok(readable(queryOctets({ version: 1 })), 'BADVERS is the answer to that');
    assert.ok(readable(queryOctets({ extendedRcode: 1 })));
    // Before, each of these was answered as a well-formed query.
    assert.ok(!readable(withOpt.subarray(0, withOpt.length - 11)), 'the OPT missing');
    assert.ok(!readable(withOpt.subarray(0, withOpt.length - 1)), 'the OPT cut');
    const twoOpts = withWord(Buffer.concat([withOpt, withOpt.subarray(-11)]), 10, 2);
    assert.ok(!readable(twoOpts), 'two OPTs');
    // The extended RCODE's top bit: dns2 caps the OPT's TTL and reads version 255.
    assert.ok(!readable(queryOctets({ extendedRcode: 0x80 })));
    const header = withOpt.subarray(0, 12);
    const question = (name: number[]): Buffer =>
      withWord(Buffer.concat([header, Buffer.from([...name, 0, 1, 0, 1])]), 10, 0);
    const skydnsTest = [6, ...Buffer.from('skydns'), 4, ...Buffer.from('test'), 0];
    assert.ok(readable(question([3, ...Buffer.from('web'), ...skydnsTest])));
    assert.ok(!readable(question([5, ...Buffer.from('a.web'), ...skydnsTest])), 'a dot in a label');
    const forward = withWord(question([0xc0, 18]), 10, 0);
    assert.ok(!readable(Buffer.concat([forward, Buffer.from(skydnsTest)])), 'a pointer');
  });
});
