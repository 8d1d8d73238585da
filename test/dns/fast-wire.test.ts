// The fast path against the general one: every query it reads must read as dns2 reads it, and every
// response it writes must be, octet for octet, what wire.ts's encodeResponse writes through dns2
// (names compressed alike). The answers are the resolver's for a zone with every kind of record,
// asked in many ways, and some built by hand for what the resolver rarely gives.
import assert from 'node:assert/strict';
import { Packet } from 'dns2';
import { dnsSettings } from '../../src/dns/config.js';
import { encodePlainResponse, readPlainQuery } from '../../src/dns/fast-wire.js';
import { keyOfName, parseService } from '../../src/dns/records.js';
import { resolve } from '../../src/dns/resolver.js';
import { type DnsRecord, Rcode, RRType } from '../../src/dns/rr.js';
import {
  ednsOf,
  encodeResponse,
  parseMessage,
  replyLimit,
  type ResponseContent,
} from '../../src/dns/wire.js';
import { ZoneTree } from '../../src/dns/zone-tree.js';
import { silentLogger } from '../../src/util/log.js';

const domain = 'skydns.test.';
const zoneRecords: Record<string, object> = {
  'a.web.skydns.test.': { host: '10.0.0.1', port: 80 },
  'b.web.skydns.test.': { host: '10.0.0.2', port: 8080, priority: 20, weight: 5 },
  'c.web.skydns.test.': { host: 'a.web.skydns.test', port: 81 },
  'v6.skydns.test.': { host: '2001:db8::1' },
  'v6full.skydns.test.': { host: '2001:db8:1:2:3:4:5:6' },
  'v6zero.skydns.test.': { host: '::' },
  'alias.skydns.test.': { host: 'web.skydns.test' },
  'outside.skydns.test.': { host: 'www.example.org' },
  'txt.skydns.test.': { text: 'x'.repeat(300) },
  'mail.skydns.test.': { host: '10.0.0.25', mail: true, priority: 5 },
  'a.ns.dns.skydns.test.': { host: '10.0.0.53' },
  'strip.skydns.test.': { host: '10.0.0.9', port: 53, targetstrip: 1 },
  'arpa/in-addr/10/0/0/1': { host: 'a.web.skydns.test' },
  ...Object.fromEntries(
    Array.from({ length: 120 }, (_, i) => [`n${i}.big.skydns.test.`, { host: `10.2.0.${i}` }]),
  ),
};

function zone(): ZoneTree {
  const tree = new ZoneTree();
  for (const [name, value] of Object.entries(zoneRecords)) {
    const key = name.includes('/') ? `/skydns/${name}` : keyOfName(name);
    const service = parseService(key, JSON.stringify(value), 0n, silentLogger);
    assert.ok(service, name);
    tree.set(service);
  }
  return tree;
}

const questionNames = [
  'a.web.skydns.test',
  'A.Web.SKYDNS.test',
  'web.skydns.test',
  'WEB.skydns.test',
  'c.web.skydns.test',
  'big.skydns.test',
  'v6.skydns.test',
  'v6full.skydns.test',
  'v6zero.skydns.test',
  'alias.skydns.test',
  'outside.skydns.test',
  'txt.skydns.test',
  'mail.skydns.test',
  'strip.skydns.test',
  'missing.skydns.test',
  'deep.missing.skydns.test',
  '*.web.skydns.test',
  'any.web.skydns.test',
  'skydns.test',
  'SkyDns.Test',
  '1.0.0.10.in-addr.arpa',
];
const questionTypes = [
  RRType.A,
  RRType.AAAA,
  RRType.SRV,
  RRType.TXT,
  RRType.MX,
  RRType.NS,
  RRType.SOA,
  RRType.PTR,
  RRType.CNAME,
  RRType.ANY,
  13,
];

interface QueryShape {
  id: number;
  rd: boolean;
  /** EDNS payload size, or none. */
  edns: number | undefined;
  /** An option dns2 does not decode (a cookie), in the OPT. */
  cookie: boolean;
}

const shapes: QueryShape[] = [
  { id: 1, rd: false, edns: undefined, cookie: false },
  { id: 0xbeef, rd: true, edns: undefined, cookie: false },
  { id: 7, rd: true, edns: 1232, cookie: false },
  { id: 8, rd: false, edns: 4096, cookie: true },
  { id: 9, rd: true, edns: 100, cookie: false }, // below 512: 512 applies
];

function queryOctets(name: string, type: number, shape: QueryShape): Buffer {
  const q = new Packet();
  q.header = new Packet.Header({ id: shape.id, rd: shape.rd ? 1 : 0 });
  q.questions.push(new Packet.Question(name, type, 1));
  if (shape.edns !== undefined) {
    const cookie = { ednsCode: 10, data: Buffer.from('0123456789abcdef', 'hex') };
    q.additionals.push(Packet.Resource.EDNS([], { udpPayloadSize: shape.edns }));
    const octets = q.toBuffer();
    if (!shape.cookie) return octets;
    // dns2 cannot write an option it does not know: the cookie is appended by hand.
    const option = Buffer.alloc(4 + cookie.data.length);
    option.writeUInt16BE(cookie.ednsCode, 0);
    option.writeUInt16BE(cookie.data.length, 2);
    cookie.data.copy(option, 4);
    const withOption = Buffer.concat([octets, option]);
    withOption.writeUInt16BE(option.length, octets.length - 2);
    return withOption;
  }
  return q.toBuffer();
}

function contentOf(name: string, type: number, recursionAvailable: boolean): ResponseContent {
  const settings = dnsSettings({ domain, nameservers: [] }, undefined, silentLogger);
  const resolution = resolve(zone(), { name, type, class: 1 }, settings, {
    nowMs: Date.UTC(2026, 0, 1),
    leaseRemaining: () => undefined,
  });
  if (resolution.kind === 'forward') {
    return {
      rcode: Rcode.REFUSED,
      authoritative: false,
      recursionAvailable,
      answer: [],
      authority: [],
      additional: [],
    };
  }
  return {
    rcode: resolution.rcode,
    authoritative: resolution.authoritative,
    recursionAvailable,
    answer: resolution.answer,
    authority: resolution.authority,
    additional: resolution.additional,
  };
}

/** Both paths on one query and content; the fast one may only decline what does not fit whole. */
function compare(
  query: Buffer,
  content: ResponseContent,
  transport: 'udp' | 'tcp',
): 'fast' | 'general' {
  const plain = readPlainQuery(query);
  const request = parseMessage(query);
  assert.ok(plain && request, `readable: ${query.toString('hex')}`);
  const asked = request.questions[0]!;
  assert.deepEqual(plain.question, { name: asked.name, type: asked.type, class: asked.class });
  assert.equal(plain.id, request.header.id);
  assert.equal(plain.recursionDesired, request.header.rd === 1);
  assert.deepEqual(plain.edns, ednsOf(request));
  const limit = replyLimit(transport, plain.edns);
  const general = encodeResponse(request, content, limit, transport === 'udp');
  const fast = encodePlainResponse(query, plain, content, limit);
  if (fast === undefined) {
    // Declined: only when the whole response is more than the limit (the general path cut it).
    const whole = encodeResponse(request, content, 0xffff, false);
    assert.ok(whole.length > limit, `declined though ${whole.length} <= ${limit}`);
    return 'general';
  }
  assert.equal(fast.toString('hex'), general.toString('hex'));
  return 'fast';
}

describe('dns: the fast path writes what the general path writes', function () {
  it('answers from the resolver, every name, type and query shape, UDP and TCP', function () {
    const taken = { fast: 0, general: 0 };
    for (const name of questionNames) {
      for (const type of questionTypes) {
        for (const shape of shapes) {
          const content = contentOf(name, type, shape.rd);
          for (const transport of ['udp', 'tcp'] as const) {
            taken[compare(queryOctets(name, type, shape), content, transport)]++;
          }
        }
      }
    }
    // Most fit; the 120 addresses of big.skydns.test do not over UDP.
    assert.ok(taken.fast > 1000 && taken.general > 0, JSON.stringify(taken));
  });

  it('records the resolver rarely gives: every type, shared suffixes, case, odd fields', function () {
    const r = (record: DnsRecord): DnsRecord => record;
    const records: DnsRecord[] = [
      r({ name: 'Q.Example.Test.', ttl: 0xffffffff, type: 'A', address: '192.0.2.1' }),
      r({ name: 'other.example.test.', ttl: 5, type: 'AAAA', address: 'fe80::1:2' }),
      r({ name: 'q.example.test.', ttl: 5, type: 'CNAME', target: 'Deep.Other.Example.Test.' }),
      r({ name: 'x.y.', ttl: 5, type: 'PTR', target: 'q.example.test.' }),
      r({ name: 'example.test.', ttl: 5, type: 'NS', target: 'ns1.example.test.' }),
      r({ name: 'q.example.test.', ttl: 5, type: 'MX', preference: 70000, exchange: 'mx.test.' }),
      r({
        name: 'q.example.test.',
        ttl: 5,
        type: 'SRV',
        priority: 1,
        weight: 0,
        port: 65535,
        target: 'a..b.example.test',
      }),
      r({
        name: 'q.example.test.',
        ttl: 5,
        type: 'TXT',
        strings: [Buffer.from('x'.repeat(255)), Buffer.from('héllo'), Buffer.alloc(0)],
      }),
      r({
        name: 'example.test.',
        ttl: 5,
        type: 'SOA',
        mname: 'ns.dns.example.test.',
        rname: 'hostmaster.example.test.',
        serial: 2 ** 32 + 5,
        refresh: 1,
        retry: 2,
        expire: 3,
        minimum: 0xffffffff,
      }),
    ];
    for (const shape of shapes) {
      const query = queryOctets('Q.example.TEST', RRType.A, shape);
      const content = (answer: DnsRecord[], authority: DnsRecord[], additional: DnsRecord[]) => ({
        rcode: Rcode.NOERROR,
        authoritative: shape.rd,
        recursionAvailable: !shape.rd,
        answer,
        authority,
        additional,
      });
      compare(query, content(records, [], []), 'tcp');
      compare(query, content([], records.slice(3), records.slice(0, 3)), 'tcp');
      compare(query, { ...content([], [], []), rcode: Rcode.NXDOMAIN }, 'udp');
    }
  });

  it('declines what dns2 would not write, and queries of another shape', function () {
    const shape = shapes[2]!;
    const query = queryOctets('q.example.test', RRType.A, shape);
    const plain = readPlainQuery(query)!;
    const bad = (record: DnsRecord): Buffer | undefined =>
      encodePlainResponse(
        query,
        plain,
        {
          rcode: 0,
          authoritative: true,
          recursionAvailable: false,
          answer: [record],
          authority: [],
          additional: [],
        },
        0xffff,
      );
    assert.equal(bad({ name: 'q.', ttl: 1, type: 'A', address: '10.0.0.01' }), undefined);
    assert.equal(bad({ name: 'q.', ttl: 1, type: 'A', address: '10.0.0' }), undefined);
    assert.equal(bad({ name: 'q.', ttl: 1, type: 'A', address: '10.0.0.256' }), undefined);
    assert.equal(bad({ name: 'q.', ttl: 1, type: 'AAAA', address: '::ffff:10.0.0.1' }), undefined);
    assert.equal(
      bad({ name: `${'a'.repeat(64)}.`, ttl: 1, type: 'A', address: '10.0.0.1' }),
      undefined,
    );

    // A response, another opcode, two questions, a record in the answer section, trailing octets,
    // a compressed question, a dot inside a label, EDNS version 1, an ECS option (dns2 reads it).
    const plainQuery = queryOctets('q.example.test', RRType.A, shapes[1]!);
    const changed = (edit: (q: Buffer) => Buffer): Buffer => edit(Buffer.from(plainQuery));
    const versionOne = queryOctets('q.example.test', RRType.A, shapes[2]!);
    versionOne[versionOne.length - 5] = 1; // the OPT's version octet
    const others = [
      changed((q) => ((q[2] = q[2]! | 0x80), q)),
      changed((q) => ((q[2] = q[2]! | 0x10), q)),
      changed((q) => (q.writeUInt16BE(2, 4), q)),
      changed((q) => (q.writeUInt16BE(1, 6), q)),
      changed((q) => Buffer.concat([q, Buffer.from([0])])),
      changed((q) => Buffer.concat([q.subarray(0, 12), Buffer.from([0xc0, 0x0c]), q.subarray(-4)])),
      changed((q) => ((q[14] = 0x2e), q)),
      versionOne,
    ];
    const ecs = new Packet();
    ecs.header = new Packet.Header({ id: 1 });
    ecs.questions.push(new Packet.Question('q.example.test', RRType.A, 1));
    ecs.additionals.push(Packet.Resource.EDNS([Packet.Resource.EDNS.ECS('192.0.2.0/24')]));
    others.push(ecs.toBuffer());
    for (const other of others)
      assert.equal(readPlainQuery(other), undefined, other.toString('hex'));
  });
});
