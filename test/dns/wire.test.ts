// Responses on the wire: EDNS0 sizes, truncation that keeps the OPT and as many answers as fit,
// SERVFAIL for a TCP answer beyond 64 KiB, FORMERR from a header alone.
import assert from 'node:assert/strict';
import { Packet } from 'dns2';
import { type DnsRecord, Rcode, RRType } from '../../src/dns/rr.js';
import {
  encodeResponse,
  headerOnlyReply,
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
});
