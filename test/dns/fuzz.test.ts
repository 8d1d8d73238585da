// The DNS server against packets no resolver would send: random bytes, valid queries cut, bit-
// flipped and bent (counts, compression pointers, labels, names, EDNS OPTs, opcodes, QR), the
// same again framed over TCP with lengths that lie. Every one must get nothing or a well-formed
// answer that says what was wrong, and the server must answer a correct query after each. The
// packets come from a seeded PRNG: the seed is in the test's name, and CLUSTERD_FUZZ_SEED=<seed>
// replays a run. The server runs in-process on an in-memory zone, so a crash is this process's.
import assert from 'node:assert/strict';
import * as dgram from 'node:dgram';
import * as net from 'node:net';
import { dnsSettings } from '../../src/dns/config.js';
import { Forwarder } from '../../src/dns/forwarder.js';
import { NetworkList } from '../../src/dns/networks.js';
import { keyOfName, parseService } from '../../src/dns/records.js';
import { Rcode, RRType } from '../../src/dns/rr.js';
import { DnsServer } from '../../src/dns/server.js';
import { ZoneTree } from '../../src/dns/zone-tree.js';
import type { ZoneSource } from '../../src/dns/zone-view.js';
import { createLogger, silentLogger } from '../../src/util/log.js';
import { dig } from '../helpers/dns.js';

const defaultSeed = 0x5eed1035;
const seed = parseSeed(process.env.CLUSTERD_FUZZ_SEED) ?? defaultSeed;

/** UDP packets in all: the targeted ones (about 300), then random ones. */
const udpPackets = 3000;
/** TCP connections, each a few frames written in one of the ways a stream can be cut. */
const tcpSessions = 60;
/** A real `dig` every this many UDP packets; a hand-built query follows every packet. */
const digEvery = 500;
/** No packet may hold the server longer than this (a 64 KiB one of pointer chains did). */
const maxRoundTripMs = 1000;

const domain = 'skydns.test.';
/** The zone: name -> service JSON. */
const zoneRecords: Record<string, object> = {
  'a.web.skydns.test.': { host: '10.0.0.1', port: 80 },
  'b.web.skydns.test.': { host: '10.0.0.2', port: 80 },
  'v6.skydns.test.': { host: '2001:db8::1' },
  'alias.skydns.test.': { host: 'web.skydns.test' },
  'txt.skydns.test.': { text: 'x'.repeat(300) },
  'mail.skydns.test.': { host: '10.0.0.25', mail: true },
  'a.ns.dns.skydns.test.': { host: '10.0.0.53' },
  ...Object.fromEntries(
    Array.from({ length: 60 }, (_, i) => [`n${i}.big.skydns.test.`, { host: `10.2.0.${i}` }]),
  ),
};
/** The probe after every packet, and its answer. */
const probeName = 'a.web.skydns.test';
const probeAddress = '10.0.0.1';
/** Names the generators ask for: in the zone, below it, outside it, reverse. */
const questionNames = [
  probeName,
  'A.Web.SKYDNS.test',
  'web.skydns.test',
  'big.skydns.test',
  'v6.skydns.test',
  'alias.skydns.test',
  'txt.skydns.test',
  'missing.skydns.test',
  '*.web.skydns.test',
  'skydns.test',
  'www.example.org',
  '1.0.0.10.in-addr.arpa',
  '',
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
  RRType.OPT,
  0,
  13, // HINFO
  65280, // private use
];

// --- a seeded PRNG -------------------------------------------------------------------------------

function parseSeed(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value)) throw new Error(`CLUSTERD_FUZZ_SEED=${text} is not an integer`);
  return value >>> 0;
}

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  }

  /** An integer in [0, bound). */
  int(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  bytes(length: number): Buffer {
    const bytes = Buffer.alloc(length);
    for (let i = 0; i < length; i++) bytes[i] = this.int(256);
    return bytes;
  }
}

// --- queries built by hand (not by dns2, which the server itself uses) ---------------------------

const flagQR = 0x8000;
const flagRD = 0x0100;
const headerOctets = 12;

function labelsOf(name: string): Buffer[] {
  return name
    .split('.')
    .filter((label) => label !== '')
    .map((label) => Buffer.from(label, 'latin1'));
}

function nameOctets(labels: readonly Buffer[]): Buffer {
  return Buffer.concat([...labels.flatMap((l) => [Buffer.from([l.length]), l]), Buffer.from([0])]);
}

function u16(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(value & 0xffff);
  return b;
}

interface EdnsSpec {
  payloadSize?: number;
  version?: number;
  /** The high 8 bits of the RCODE, which a query has no use for. */
  extendedRcode?: number;
  dnssecOk?: boolean;
  /** The OPT's RDATA as it is (options). */
  options?: Buffer;
  /** The OPT's owner name, as octets; the root otherwise. */
  owner?: Buffer;
}

/** An OPT record (RFC 6891 §6.1.2). */
function optRecord(edns: EdnsSpec): Buffer {
  const options = edns.options ?? Buffer.alloc(0);
  const fixed = Buffer.alloc(10);
  fixed.writeUInt16BE(RRType.OPT, 0);
  fixed.writeUInt16BE(edns.payloadSize ?? 1232, 2);
  fixed[4] = edns.extendedRcode ?? 0;
  fixed[5] = edns.version ?? 0;
  fixed[6] = edns.dnssecOk ? 0x80 : 0;
  fixed.writeUInt16BE(options.length, 8);
  return Buffer.concat([edns.owner ?? Buffer.from([0]), fixed, options]);
}

interface QuerySpec {
  id?: number;
  /** The header's second 16 bits (QR, opcode, AA, TC, RD, RA, Z, AD, CD, RCODE); RD by default. */
  flags?: number;
  name?: string;
  /** The question's name as octets, for names `name` cannot spell. */
  nameBytes?: Buffer;
  type?: number;
  qclass?: number;
  edns?: EdnsSpec;
}

function buildQuery(spec: QuerySpec): Buffer {
  const header = Buffer.alloc(headerOctets);
  header.writeUInt16BE(spec.id ?? 0x1234, 0);
  header.writeUInt16BE(spec.flags ?? flagRD, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(spec.edns ? 1 : 0, 10);
  const question = Buffer.concat([
    spec.nameBytes ?? nameOctets(labelsOf(spec.name ?? probeName)),
    u16(spec.type ?? RRType.A),
    u16(spec.qclass ?? 1),
  ]);
  return Buffer.concat([header, question, spec.edns ? optRecord(spec.edns) : Buffer.alloc(0)]);
}

// --- messages read strictly, by the test's own reader (RFC 1035 §4.1, RFC 6891 §6.1) -------------

class Malformed extends Error {}

interface QuestionRead {
  labels: Buffer[];
  /** The name took a compression pointer. */
  compressed: boolean;
  type: number;
  qclass: number;
}

interface OptRead {
  payloadSize: number;
  /** The OPT's TTL field: extended RCODE, version, DO and Z. */
  ttl: number;
  extendedRcode: number;
  version: number;
  /** Options dns2 decodes rather than skips (ECS, EDE), with rules of their own. */
  hasDecodedOption: boolean;
}

interface MessageRead {
  id: number;
  qr: boolean;
  opcode: number;
  rd: boolean;
  /** The full RCODE: the header's 4 bits and the OPT's high 8 (RFC 6891 §6.1.3). */
  rcode: number;
  counts: [number, number, number, number];
  questions: QuestionRead[];
  /** OPT records in the additional section. */
  opts: OptRead[];
  /** Records other than OPTs, in every section. */
  otherRecords: number;
  /** A records in the answer section. */
  addresses: string[];
  /** Why the reading stopped before the end of the sections, if it did. */
  malformed: string | undefined;
  /** Octets read. */
  end: number;
}

/** A name at `offset`: its labels (pointers followed), and where the name ends on the wire. */
function readName(
  message: Buffer,
  offset: number,
): { labels: Buffer[]; end: number; compressed: boolean } {
  const labels: Buffer[] = [];
  const visited = new Set<number>();
  let position = offset;
  let end: number | undefined;
  // The root label counts too: a name is at most 255 octets on the wire (RFC 1035 §2.3.4).
  let octets = 1;
  for (;;) {
    if (position >= message.length) throw new Malformed(`name runs past the end at ${position}`);
    const length = message[position]!;
    if ((length & 0xc0) === 0xc0) {
      if (position + 1 >= message.length) throw new Malformed('pointer cut');
      const target = ((length & 0x3f) << 8) | message[position + 1]!;
      end ??= position + 2;
      if (visited.has(target)) throw new Malformed('pointer loop');
      visited.add(target);
      position = target;
      continue;
    }
    if ((length & 0xc0) !== 0) throw new Malformed(`label length byte 0x${length.toString(16)}`);
    if (length === 0) return { labels, end: end ?? position + 1, compressed: end !== undefined };
    octets += length + 1;
    if (octets > 255) throw new Malformed('name longer than 255 octets');
    if (position + 1 + length > message.length) throw new Malformed('label cut');
    labels.push(message.subarray(position + 1, position + 1 + length));
    position += 1 + length;
  }
}

/** Whether a query's counts are a query's: one question, a record or two beside it. */
function hasQueryCounts([
  questions,
  answers,
  authorities,
  additionals,
]: MessageRead['counts']): boolean {
  return questions === 1 && answers <= 1 && authorities <= 1 && additionals <= 2;
}

/**
 * A message read strictly; undefined when it is shorter than a header. The sections are read
 * only when `readSections` allows it: a 64 KiB query of records chasing pointer chains takes
 * seconds to read whole, and the server does not read one past its header either.
 */
function readMessage(
  message: Buffer,
  readSections: (counts: MessageRead['counts']) => boolean = () => true,
): MessageRead | undefined {
  if (message.length < headerOctets) return undefined;
  const flags = message.readUInt16BE(2);
  const read: MessageRead = {
    id: message.readUInt16BE(0),
    qr: (flags & flagQR) !== 0,
    opcode: (flags >> 11) & 0xf,
    rd: (flags & flagRD) !== 0,
    rcode: flags & 0xf,
    counts: [
      message.readUInt16BE(4),
      message.readUInt16BE(6),
      message.readUInt16BE(8),
      message.readUInt16BE(10),
    ],
    questions: [],
    opts: [],
    otherRecords: 0,
    addresses: [],
    malformed: undefined,
    end: headerOctets,
  };
  if (!readSections(read.counts)) return read;
  let offset = headerOctets;
  const need = (octets: number): void => {
    if (offset + octets > message.length) throw new Malformed(`cut at ${offset}`);
  };
  try {
    for (let i = 0; i < read.counts[0]; i++) {
      const name = readName(message, offset);
      offset = name.end;
      need(4);
      read.questions.push({
        labels: name.labels,
        compressed: name.compressed,
        type: message.readUInt16BE(offset),
        qclass: message.readUInt16BE(offset + 2),
      });
      offset += 4;
    }
    for (let section = 1; section <= 3; section++) {
      for (let i = 0; i < read.counts[section]!; i++) {
        offset = readName(message, offset).end;
        need(10);
        const type = message.readUInt16BE(offset);
        const rdLength = message.readUInt16BE(offset + 8);
        const ttl = message.readUInt32BE(offset + 4);
        const rdStart = offset + 10;
        offset = rdStart;
        need(rdLength);
        const rdata = message.subarray(rdStart, rdStart + rdLength);
        offset += rdLength;
        if (section === 3 && type === RRType.OPT) {
          read.opts.push({
            payloadSize: message.readUInt16BE(rdStart - 8),
            ttl,
            extendedRcode: ttl >>> 24,
            version: (ttl >>> 16) & 0xff,
            hasDecodedOption: readOptions(rdata).some((code) => code === 8 || code === 15),
          });
        } else {
          read.otherRecords++;
          if (section === 1 && type === RRType.A && rdLength === 4) {
            read.addresses.push([...rdata].join('.'));
          }
        }
      }
    }
  } catch (err) {
    if (!(err instanceof Malformed)) throw err;
    read.malformed = err.message;
  }
  read.end = offset;
  const opt = read.opts[0];
  if (opt) read.rcode |= opt.extendedRcode << 4;
  return read;
}

/** The option codes of an OPT's RDATA; throws Malformed when the options do not fill it exactly. */
function readOptions(rdata: Buffer): number[] {
  const codes: number[] = [];
  let offset = 0;
  while (offset < rdata.length) {
    if (offset + 4 > rdata.length) throw new Malformed('EDNS option header cut');
    const length = rdata.readUInt16BE(offset + 2);
    if (offset + 4 + length > rdata.length) throw new Malformed('EDNS option longer than the OPT');
    codes.push(rdata.readUInt16BE(offset));
    offset += 4 + length;
  }
  return codes;
}

// --- what the server must do with a packet -------------------------------------------------------

interface Expected {
  /** undefined: no reply at all. */
  rcodes: readonly number[] | undefined;
  /** The A records the answer must hold, when the question is the probe's. */
  addresses?: string[];
  /** Why, in words, for a failure message. */
  because: string;
}

/** What a query is owed that gets a reply. */
type Replied = Expected & { rcodes: readonly number[] };

/**
 * What the server owes a packet, as miekg/dns (CoreDNS, SkyDNS) does it and RFC 1035/6891 say:
 * nothing to what has no header or is itself a response (so two servers cannot bounce messages
 * between them); NOTIMP to an opcode other than QUERY; FORMERR to a query that is not one
 * question with at most a record or two beside it, or that cannot be read to the end of its
 * sections, or that has two OPTs (RFC 6891 §6.1.1) or one whose version dns2 loses, or whose
 * question the server could not echo as it came (a compression pointer, a dot inside a label);
 * BADVERS to an EDNS version above 0; else an answer to the question.
 */
function expectedFor(query: Buffer): Expected {
  const read = readMessage(query, hasQueryCounts);
  if (!read) return { rcodes: undefined, because: 'shorter than a header' };
  if (read.qr) return { rcodes: undefined, because: 'a response (QR=1)' };
  if (read.opcode !== 0) return { rcodes: [Rcode.NOTIMP], because: `opcode ${read.opcode}` };
  if (!hasQueryCounts(read.counts)) {
    return { rcodes: [Rcode.FORMERR], because: `counts ${read.counts.join('/')}` };
  }
  if (read.malformed !== undefined) return { rcodes: [Rcode.FORMERR], because: read.malformed };
  if (read.opts.length > 1) return { rcodes: [Rcode.FORMERR], because: 'two OPTs' };
  // dns2 caps TTLs at 2^31 - 1, an OPT's too, which loses its version.
  if ((read.opts[0]?.ttl ?? 0) >= 0x7fffffff) {
    return { rcodes: [Rcode.FORMERR], because: 'an OPT with an extended RCODE of 0x80 or more' };
  }
  const question = read.questions[0]!;
  if (question.compressed) return { rcodes: [Rcode.FORMERR], because: 'compressed question' };
  if (question.labels.some((label) => label.includes(0x2e))) {
    return { rcodes: [Rcode.FORMERR], because: 'a dot inside a label' };
  }
  const opt = read.opts[0];
  const name = question.labels.map((l) => l.toString('latin1')).join('.') + '.';
  const answered: Replied =
    opt && opt.version > 0
      ? { rcodes: [Rcode.BADVERS], because: 'EDNS version above 0' }
      : answerFor(name.toLowerCase(), question, read.rd);
  // Records a query does not need, and EDNS options dns2 decodes, pass through dns2's decoders,
  // which reject more than the framing this reader checks: FORMERR is right for those as well.
  if (read.otherRecords > 0 || opt?.hasDecodedOption === true) {
    return {
      rcodes: [Rcode.FORMERR, ...answered.rcodes],
      because: `${answered.because}, or FORMERR for what is beside the question`,
    };
  }
  return answered;
}

/** What a readable query for `name` (lower-case) gets from the fixture's zone and settings. */
function answerFor(name: string, question: QuestionRead, recursionDesired: boolean): Replied {
  if (question.qclass !== 1 || question.type === RRType.ANY) {
    return { rcodes: [Rcode.REFUSED], because: 'ANY or a class other than IN' };
  }
  const inZone = name === domain || name.endsWith('.' + domain);
  if (!inZone) {
    // Forwarded, to loopback clients that ask for recursion; the fixture has no nameservers.
    return recursionDesired
      ? { rcodes: [Rcode.SERVFAIL], because: 'outside the zone, no nameservers' }
      : { rcodes: [Rcode.REFUSED], because: 'outside the zone, no RD' };
  }
  if (name === `${probeName}.` && question.type === RRType.A) {
    return { rcodes: [Rcode.NOERROR], addresses: [probeAddress], because: 'the probe name' };
  }
  return { rcodes: [Rcode.NOERROR, Rcode.NXDOMAIN], because: 'inside the zone' };
}

/** The largest reply the client of `query` takes over UDP: 512, or its OPT's size. */
function udpLimitFor(query: MessageRead | undefined): number {
  const size = query?.opts.length === 1 ? query.opts[0]!.payloadSize : 0;
  return Math.min(0xffff, Math.max(512, size));
}

function describePacket(label: string, query: Buffer): string {
  const hex = query.subarray(0, 160).toString('hex');
  return `${label} (${query.length} octets, seed ${seed}): ${hex}${query.length > 160 ? '...' : ''}`;
}

/** Asserts that `replies` is what `query` is owed. */
function checkReplies(
  label: string,
  query: Buffer,
  replies: Buffer[],
  transport: 'udp' | 'tcp',
): void {
  const expected = expectedFor(query);
  const context = (): string => `${describePacket(label, query)}; expected ${expected.because}`;
  if (expected.rcodes === undefined) {
    assert.equal(replies.length, 0, `a reply to a packet owed none: ${context()}`);
    return;
  }
  assert.equal(replies.length, 1, `${replies.length} replies: ${context()}`);
  const reply = replies[0]!;
  const request = readMessage(query, hasQueryCounts)!;
  const read = readMessage(reply);
  const replyContext = (): string => `${context()}; reply ${reply.toString('hex')}`;
  assert.ok(read, `a reply shorter than a header: ${replyContext()}`);
  assert.equal(read.malformed, undefined, `a malformed reply: ${replyContext()}`);
  assert.equal(read.end, reply.length, `octets after the reply's sections: ${replyContext()}`);
  assert.ok(read.qr, `a reply without QR: ${replyContext()}`);
  assert.equal(read.id, request.id, `the reply's ID: ${replyContext()}`);
  assert.equal(read.opcode, request.opcode, `the reply's opcode: ${replyContext()}`);
  assert.equal(read.rd, request.rd, `the reply's RD: ${replyContext()}`);
  assert.ok(
    expected.rcodes.includes(read.rcode),
    `rcode ${read.rcode}, expected one of ${expected.rcodes.join(',')}: ${replyContext()}`,
  );
  // A question in the reply is the query's, octet for octet: an answer to another name would be
  // taken for this one's.
  if (read.questions.length > 0) {
    assert.equal(read.questions.length, 1, `questions echoed: ${replyContext()}`);
    const [asked, echoed] = [request.questions[0], read.questions[0]!];
    assert.ok(asked, `a question in the reply to a query without one: ${replyContext()}`);
    assert.deepEqual(
      [echoed.labels.map((l) => l.toString('hex')), echoed.type, echoed.qclass],
      [asked.labels.map((l) => l.toString('hex')), asked.type, asked.qclass],
      `the echoed question: ${replyContext()}`,
    );
  }
  assert.ok(read.opts.length <= 1, `OPTs in the reply: ${replyContext()}`);
  if (read.rcode === Rcode.BADVERS) assert.equal(read.opts.length, 1, replyContext());
  // An OPT in the reply only to a query with one, and in every reply that answers it (RFC 6891
  // §6.1.1); a reply of a header alone says the query could not be read, OPT and all.
  if (request.opts.length === 0) assert.equal(read.opts.length, 0, `an OPT: ${replyContext()}`);
  else if (read.questions.length > 0)
    assert.equal(read.opts.length, 1, `no OPT: ${replyContext()}`);
  if (transport === 'udp') {
    assert.ok(reply.length <= udpLimitFor(request), `too big for UDP: ${replyContext()}`);
  }
  if (expected.addresses) {
    assert.deepEqual(read.addresses, expected.addresses, `the answer: ${replyContext()}`);
  }
}

// --- packets -------------------------------------------------------------------------------------

interface FuzzPacket {
  /** What kind of packet, for a failure message. */
  label: string;
  bytes: Buffer;
}

/** A valid query, with or without EDNS: what the mutations start from. */
function validQuery(random: Random): Buffer {
  return buildQuery({
    name: random.pick(questionNames),
    type: random.pick(questionTypes),
    flags: random.chance(0.8) ? flagRD : 0,
    ...(random.chance(0.6) ? { edns: { payloadSize: random.pick([0, 512, 1232, 4096]) } } : {}),
  });
}

function withHeaderWord(query: Buffer, offset: number, value: number): Buffer {
  const copy = Buffer.from(query);
  copy.writeUInt16BE(value & 0xffff, offset);
  return copy;
}

/** The targeted packets: each malformation the issue names, on a few valid queries. */
function targetedPackets(random: Random): FuzzPacket[] {
  const packets: FuzzPacket[] = [];
  const add = (label: string, bytes: Buffer): void => {
    packets.push({ label, bytes });
  };
  const plain = buildQuery({ name: probeName });
  const withEdns = buildQuery({ name: probeName, edns: {} });

  for (const query of [plain, withEdns]) {
    for (let length = 0; length < query.length; length++) {
      add(`cut at ${length}`, query.subarray(0, length));
    }
  }
  add('trailing garbage', Buffer.concat([withEdns, random.bytes(40)]));

  // Header counts.
  for (const [offset, values] of [
    [4, [0, 2, 3, 0xffff]],
    [6, [1, 2, 0xffff]],
    [8, [1, 2, 0xffff]],
    [10, [0, 2, 3, 0xffff]],
  ] as const) {
    for (const value of values) {
      add(`count at ${offset} = ${value}`, withHeaderWord(withEdns, offset, value));
    }
  }
  const twoQuestions = Buffer.concat([plain, plain.subarray(headerOctets)]);
  add('two questions', withHeaderWord(twoQuestions, 4, 2));
  add('no question', withHeaderWord(plain.subarray(0, headerOctets), 4, 0));
  add('a second question cut', withHeaderWord(Buffer.concat([plain, Buffer.from([3])]), 4, 2));

  // Opcodes, QR, and the server's own kind of message sent back to it.
  for (let opcode = 1; opcode < 16; opcode++) {
    add(`opcode ${opcode}`, buildQuery({ flags: flagRD | (opcode << 11) }));
  }
  add('QR set', buildQuery({ flags: flagQR | flagRD }));
  add('QR set, opcode 5', buildQuery({ flags: flagQR | (5 << 11) }));
  add('QR set, cut', buildQuery({ flags: flagQR }).subarray(0, 14));
  add('a response', buildQuery({ flags: flagQR | flagRD | 0x0400 | 0x0080, edns: {} }));
  // Header bits a query should not set, and an rcode in a query: answered all the same.
  for (const bits of [0x0400, 0x0200, 0x0080, 0x0040, 0x0020, 0x0010, 0x0005, 0x06ff]) {
    add(`flags 0x${bits.toString(16)}`, buildQuery({ flags: flagRD | bits, edns: {} }));
  }

  // Compression pointers in the question: to itself, forward, past the end, into the header.
  const pointerQuestion = (pointer: number, before = Buffer.alloc(0)): Buffer =>
    buildQuery({ nameBytes: Buffer.concat([before, u16(0xc000 | pointer)]) });
  add('pointer to itself', pointerQuestion(headerOctets));
  add('pointer loop of two', pointerQuestion(headerOctets + 2, Buffer.from([0xc0, 14])));
  add('pointer forward', pointerQuestion(headerOctets + 6));
  add('pointer past the end', pointerQuestion(0x3fff));
  add('pointer into the header', pointerQuestion(4));
  add('label then pointer to it', pointerQuestion(headerOctets, Buffer.from([1, 0x61])));
  add('pointer cut', buildQuery({ nameBytes: Buffer.from([0xc0]) }).subarray(0, headerOctets + 1));
  // A question that reads fine through a pointer to a later copy of its name: legal on the wire,
  // but no resolver writes one, and the server answers only a question it can echo as it came.
  const forwardName = nameOctets(labelsOf(probeName));
  add(
    'pointer to a name after the question',
    Buffer.concat([withHeaderWord(pointerQuestion(headerOctets + 6), 10, 0), forwardName]),
  );

  // Labels and names.
  for (const lengthByte of [0x40, 0x41, 0x7f, 0x80, 0xbf]) {
    add(
      `label length byte 0x${lengthByte.toString(16)}`,
      buildQuery({
        nameBytes: Buffer.concat([Buffer.from([lengthByte]), random.bytes(80), u16(0)]),
      }),
    );
  }
  const label63 = Buffer.alloc(63, 0x61);
  add('label of 63', buildQuery({ nameBytes: nameOctets([label63, ...labelsOf(domain)]) }));
  add(
    'name of 255',
    buildQuery({ nameBytes: nameOctets([label63, label63, label63, Buffer.alloc(61, 0x62)]) }),
  );
  add(
    'name of 256',
    buildQuery({ nameBytes: nameOctets([label63, label63, label63, Buffer.alloc(62, 0x62)]) }),
  );
  add(
    'name of 1000',
    buildQuery({ nameBytes: nameOctets(Array.from({ length: 16 }, () => label63)) }),
  );
  add(
    'a dot inside a label',
    buildQuery({ nameBytes: nameOctets([Buffer.from('a.web'), ...labelsOf(domain)]) }),
  );
  add(
    'a dot inside a label outside the zone',
    buildQuery({ nameBytes: nameOctets([Buffer.from('www.example'), Buffer.from('org')]) }),
  );
  add(
    'octets above 127',
    buildQuery({ nameBytes: nameOctets([Buffer.from([0xff, 0x80, 0x00]), ...labelsOf(domain)]) }),
  );
  add(
    'a NUL inside a label',
    buildQuery({ nameBytes: nameOctets([Buffer.from([0x61, 0, 0x62]), ...labelsOf(domain)]) }),
  );
  add('the root', buildQuery({ name: '' }));
  add(
    'no terminator',
    buildQuery({ nameBytes: Buffer.from([3, 0x77, 0x77, 0x77]) }).subarray(0, headerOctets + 4),
  );

  // Types and classes.
  for (const qclass of [0, 2, 3, 4, 254, 255, 0xffff]) {
    add(`class ${qclass}`, buildQuery({ qclass }));
  }
  for (const type of [0, 3, 41, 99, 250, 251, 252, 255, 256, 0xffff]) {
    add(`type ${type}`, buildQuery({ type }));
  }

  // EDNS.
  const ednsQuery = (edns: EdnsSpec): Buffer => buildQuery({ name: probeName, edns });
  for (const payloadSize of [0, 1, 511, 512, 65535]) {
    add(`OPT size ${payloadSize}`, ednsQuery({ payloadSize }));
  }
  add('OPT DO bit', ednsQuery({ dnssecOk: true }));
  add('OPT version 1', ednsQuery({ version: 1 }));
  add('OPT version 255', ednsQuery({ version: 255 }));
  add('OPT extended RCODE 1', ednsQuery({ extendedRcode: 1 }));
  add('OPT extended RCODE 0x80', ednsQuery({ extendedRcode: 0x80 }));
  add('OPT extended RCODE 0xff, version 1', ednsQuery({ extendedRcode: 0xff, version: 1 }));
  const cookie = Buffer.concat([u16(10), u16(8), random.bytes(8)]);
  add('OPT with a cookie', ednsQuery({ options: cookie }));
  add(
    'OPT with an unknown option',
    ednsQuery({ options: Buffer.concat([u16(65001), u16(3), random.bytes(3)]) }),
  );
  add(
    'OPT with ECS',
    ednsQuery({ options: Buffer.concat([u16(8), u16(7), u16(1), Buffer.from([24, 0, 10, 0, 0])]) }),
  );
  add(
    'OPT with ECS too long',
    ednsQuery({
      options: Buffer.concat([u16(8), u16(12), u16(1), Buffer.from([32, 0]), random.bytes(8)]),
    }),
  );
  add(
    'OPT option longer than the OPT',
    ednsQuery({ options: Buffer.concat([u16(10), u16(40), random.bytes(8)]) }),
  );
  add('OPT option header cut', ednsQuery({ options: Buffer.from([0, 10, 0]) }));
  add('OPT with a non-root owner', ednsQuery({ owner: nameOctets(labelsOf('example.org')) }));
  const twoOpts = Buffer.concat([withEdns, optRecord({})]);
  add('two OPTs', withHeaderWord(twoOpts, 10, 2));
  add(
    'two OPTs, versions 0 and 1',
    withHeaderWord(Buffer.concat([withEdns, optRecord({ version: 1 })]), 10, 2),
  );
  add('OPT RDLENGTH past the end', withHeaderWord(withEdns, withEdns.length - 2, 200));
  add('OPT cut', withEdns.subarray(0, withEdns.length - 3));
  add('OPT in the answer section', withHeaderWord(withHeaderWord(withEdns, 6, 1), 10, 0));
  add(
    'OPT and a TSIG-like record',
    withHeaderWord(
      Buffer.concat([
        withEdns,
        Buffer.from([0]),
        u16(250),
        u16(255),
        Buffer.alloc(4),
        u16(4),
        random.bytes(4),
      ]),
      10,
      2,
    ),
  );
  add(
    'an A record of 3 octets',
    withHeaderWord(
      Buffer.concat([
        plain,
        Buffer.from([0]),
        u16(1),
        u16(1),
        Buffer.alloc(4),
        u16(3),
        random.bytes(3),
      ]),
      10,
      1,
    ),
  );
  add('question ends where the OPT would', withHeaderWord(plain, 10, 1));

  // A message of 64 KiB whose records' names each chase thousands of compression pointers
  // (dns2 follows every one): with ARCOUNT 0xffff the server parsed for seconds.
  add('pointer chains', pointerChains());
  add('64 KiB of empty records', manyEmptyRecords());
  return packets;
}

/**
 * A 64 KiB query: the probe's question, a first record whose RDATA is 8,000 pointers each to the
 * next, then records whose names point at the chain's start.
 */
function pointerChains(): Buffer {
  const query = buildQuery({ name: probeName });
  const message = Buffer.alloc(65507);
  query.copy(message);
  message.writeUInt16BE(0xffff, 10);
  let offset = query.length;
  const hops = 8000;
  message[offset] = 0;
  message.writeUInt16BE(99, offset + 1);
  message.writeUInt16BE(1, offset + 3);
  message.writeUInt16BE(2 * hops + 1, offset + 9);
  offset += 11;
  const chainStart = offset;
  for (let i = 0; i < hops; i++, offset += 2) message.writeUInt16BE(0xc000 | (offset + 2), offset);
  message[offset++] = 0;
  for (; offset + 12 <= message.length; offset += 12) {
    message.writeUInt16BE(0xc000 | chainStart, offset);
    message.writeUInt16BE(99, offset + 2);
    message.writeUInt16BE(1, offset + 4);
  }
  return message;
}

/** A 64 KiB query: the question, then ARCOUNT 0xffff records of 11 octets with empty names. */
function manyEmptyRecords(): Buffer {
  const query = buildQuery({ name: probeName });
  const message = Buffer.alloc(65507);
  query.copy(message);
  message.writeUInt16BE(0xffff, 10);
  for (let offset = query.length; offset + 11 <= message.length; offset += 11) {
    message.writeUInt16BE(99, offset + 1);
    message.writeUInt16BE(1, offset + 3);
  }
  return message;
}

/** One random packet: random bytes, a valid query bent at random, or a valid header on noise. */
function randomPacket(random: Random): FuzzPacket {
  const kind = random.int(100);
  if (kind < 25) return { label: 'random bytes', bytes: random.bytes(random.int(601)) };
  if (kind < 35) {
    // A readable header (one question, opcode QUERY, not a response) on random octets.
    const header = Buffer.from(buildQuery({}).subarray(0, headerOctets));
    header.writeUInt16BE(random.int(3), 10);
    return {
      label: 'header on noise',
      bytes: Buffer.concat([header, random.bytes(random.int(300))]),
    };
  }
  const query = validQuery(random);
  if (kind < 65) {
    const flipped = Buffer.from(query);
    const flips = 1 + random.int(4);
    for (let i = 0; i < flips; i++) {
      const bit = random.int(flipped.length * 8);
      flipped[bit >> 3]! ^= 0x80 >> (bit & 7);
    }
    return { label: `${flips} bits flipped`, bytes: flipped };
  }
  if (kind < 75) {
    const overwritten = Buffer.from(query);
    const offset = random.int(overwritten.length);
    random.bytes(1 + random.int(4)).copy(overwritten, offset);
    return { label: 'octets overwritten', bytes: overwritten };
  }
  if (kind < 82) {
    return { label: 'cut at random', bytes: query.subarray(0, random.int(query.length)) };
  }
  if (kind < 90) {
    const at = headerOctets + random.int(query.length - headerOctets);
    const inserted = Buffer.concat([
      query.subarray(0, at),
      random.bytes(1 + random.int(8)),
      query.subarray(at),
    ]);
    return { label: 'octets inserted', bytes: inserted };
  }
  if (kind < 95) {
    // A compression pointer dropped somewhere into the question.
    const pointed = Buffer.from(query);
    const at = headerOctets + random.int(Math.max(1, query.length - headerOctets - 1));
    pointed.writeUInt16BE(0xc000 | random.int(query.length + 8), at);
    return { label: 'a pointer written in', bytes: pointed };
  }
  const counts = withHeaderWord(
    query,
    4 + 2 * random.int(4),
    random.pick([0, 1, 2, 3, random.int(0x10000)]),
  );
  return { label: 'a count changed', bytes: counts };
}

/** A few datagrams as large as UDP takes: random, and valid queries padded out. */
function oversizedPackets(random: Random): FuzzPacket[] {
  return [65507, 65507, 40000, 9000, 4097].map((size, i) => ({
    label: `oversized ${size}`,
    bytes:
      i % 2 === 0
        ? random.bytes(size)
        : Buffer.concat([validQuery(random), random.bytes(size)]).subarray(0, size),
  }));
}

// --- the server under test -----------------------------------------------------------------------

function zoneSource(): ZoneSource {
  const tree = new ZoneTree();
  for (const [name, value] of Object.entries(zoneRecords)) {
    const service = parseService(keyOfName(name), JSON.stringify(value), 0n, silentLogger);
    if (service) tree.set(service);
  }
  const settings = dnsSettings({ domain, nameservers: [] }, undefined, silentLogger);
  return { isSynced: true, reader: tree, settings, leaseRemaining: () => undefined };
}

/**
 * Sends each packet from one socket, then the probe, and takes every reply up to the probe's: the
 * server takes each datagram to its reply before it reads the next (nothing here waits on I/O, as
 * the zone has no nameservers), so the replies before the probe's are the packet's.
 */
class UdpPeer {
  private readonly socket = dgram.createSocket('udp4');
  private received: Buffer[] = [];
  private waiting: { probeId: number; resolve: (replies: Buffer[]) => void } | undefined;

  constructor(private readonly port: number) {
    this.socket.on('message', (message) => {
      this.received.push(message);
      const waiting = this.waiting;
      if (waiting && message.length >= 2 && message.readUInt16BE(0) === waiting.probeId) {
        this.waiting = undefined;
        const replies = this.received;
        this.received = [];
        waiting.resolve(replies);
      }
    });
  }

  async bind(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.socket.bind(0, '127.0.0.1', resolve);
    });
    this.socket.setSendBufferSize(256 * 1024);
  }

  /** The replies to `packet` and to the probe after it, the probe's last. */
  exchange(packet: Buffer, probe: Buffer): Promise<Buffer[]> {
    const probeId = probe.readUInt16BE(0);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new Error('the probe after the packet got no answer within 3 s'));
      }, 3000);
      this.waiting = {
        probeId,
        resolve: (replies) => {
          clearTimeout(timer);
          resolve(replies);
        },
      };
      this.socket.send(packet, this.port, '127.0.0.1');
      this.socket.send(probe, this.port, '127.0.0.1');
    });
  }

  close(): void {
    this.socket.close();
  }
}

/**
 * Writes `chunks` on one connection, half-closes it (or resets it), and returns what came back
 * once the server closed its side.
 */
async function tcpSession(port: number, chunks: Buffer[], reset: boolean): Promise<Buffer> {
  const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  const received: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  const closed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('the server did not close the connection within 5 s of the client'));
    }, 5000);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  for (const chunk of chunks) {
    await new Promise<void>((resolve) => {
      socket.write(chunk, () => {
        resolve();
      });
    });
  }
  if (reset) socket.resetAndDestroy();
  else socket.end();
  await closed;
  return Buffer.concat(received);
}

/** The messages of a length-prefixed stream, and what is left over past the last whole one. */
function framesOf(stream: Buffer): { frames: Buffer[]; rest: Buffer } {
  const frames: Buffer[] = [];
  let offset = 0;
  while (offset + 2 <= stream.length && offset + 2 + stream.readUInt16BE(offset) <= stream.length) {
    const size = stream.readUInt16BE(offset);
    frames.push(stream.subarray(offset + 2, offset + 2 + size));
    offset += 2 + size;
  }
  return { frames, rest: stream.subarray(offset) };
}

/**
 * Pairs each reply on a stream with an owed query of its ID and checks it. Replies come in the
 * order they are ready, not the order asked (a forwarded name takes longer), and IDs may repeat in
 * frames cut from noise: a reply may go with any query of its ID that it fits.
 */
function checkStreamReplies(label: string, queries: Buffer[], replies: Buffer[]): void {
  const unanswered = queries.filter((q) => expectedFor(q).rcodes !== undefined);
  assert.equal(replies.length, unanswered.length, `${label}: replies to ${queries.length} frames`);
  for (const reply of replies) {
    const id = reply.length >= 2 ? reply.readUInt16BE(0) : -1;
    const candidates = unanswered.filter((q) => q.readUInt16BE(0) === id);
    assert.ok(candidates.length > 0, `${label}: reply ${reply.toString('hex')} to no query`);
    let firstError: unknown;
    const query = candidates.find((candidate) => {
      try {
        checkReplies(label, candidate, [reply], 'tcp');
        return true;
      } catch (err) {
        firstError ??= err;
        return false;
      }
    });
    if (!query) throw firstError;
    unanswered.splice(unanswered.indexOf(query), 1);
  }
}

function framed(message: Buffer): Buffer {
  return Buffer.concat([u16(message.length), message]);
}

/** A TCP stream to send: its octets, cut into writes, and whether it ends with a reset. */
interface TcpScenario {
  label: string;
  stream: Buffer;
  writes: Buffer[];
  reset: boolean;
}

function tcpScenario(random: Random, index: number): TcpScenario {
  // IDs of their own, so that replies, which come in the order they are ready, can be paired.
  const packets = Array.from({ length: 1 + random.int(8) }, (_, i) => {
    const packet = random.chance(0.4)
      ? { label: 'valid', bytes: validQuery(random) }
      : randomPacket(random);
    const bytes = Buffer.from(packet.bytes);
    if (bytes.length >= 2) bytes.writeUInt16BE(0x100 + i, 0);
    return { label: packet.label, bytes };
  });
  let label: string;
  let stream: Buffer;
  switch (index % 8) {
    case 0:
      label = 'frames in one write';
      stream = Buffer.concat(packets.map((p) => framed(p.bytes)));
      break;
    case 1:
      label = 'a length of 0 among frames';
      stream = Buffer.concat([u16(0), ...packets.map((p) => framed(p.bytes)), u16(0)]);
      break;
    case 2: {
      label = 'a length longer than the data, at the end';
      const last = packets.at(-1)!.bytes;
      stream = Buffer.concat([
        ...packets.slice(0, -1).map((p) => framed(p.bytes)),
        u16(last.length + 1 + random.int(100)),
        last,
      ]);
      break;
    }
    case 3: {
      label = 'a length shorter than the data';
      const [first, ...others] = packets.map((p) => p.bytes);
      const short = Math.max(0, first!.length - 1 - random.int(10));
      stream = Buffer.concat([u16(short), first!, ...others.map(framed)]);
      break;
    }
    case 4:
      label = 'a huge declared length, then little';
      stream = Buffer.concat([
        ...packets.map((p) => framed(p.bytes)),
        u16(0xffff),
        random.bytes(30),
      ]);
      break;
    case 5:
      label = 'a 64 KiB frame';
      stream = Buffer.concat([
        framed(Buffer.concat([validQuery(random), random.bytes(65535)]).subarray(0, 65535)),
        ...packets.map((p) => framed(p.bytes)),
      ]);
      break;
    case 6:
      label = 'more frames than the server takes in flight';
      stream = Buffer.concat(
        Array.from({ length: 100 }, (_, i) => framed(buildQuery({ id: i + 1, name: probeName }))),
      );
      break;
    default:
      label = 'random octets';
      stream = random.bytes(random.int(400));
  }
  // Cut into writes of random sizes: frames split across writes, several in one.
  const writes: Buffer[] = [];
  for (let offset = 0; offset < stream.length;) {
    const size = random.chance(0.3) ? 1 + random.int(3) : 1 + random.int(stream.length);
    writes.push(stream.subarray(offset, offset + size));
    offset += size;
  }
  // Every eleventh session is reset half-way through instead of ended.
  const reset = index % 11 === 10;
  return {
    label,
    stream,
    writes: reset ? writes.slice(0, Math.ceil(writes.length / 2)) : writes,
    reset,
  };
}

// --- the tests -----------------------------------------------------------------------------------

describe(`dns: fuzzing the server (seed ${seed}; CLUSTERD_FUZZ_SEED replays)`, function () {
  this.timeout(60_000);
  const logLines: string[] = [];
  const processErrors: unknown[] = [];
  const onProcessError = (err: unknown): void => {
    processErrors.push(err);
  };
  let server: DnsServer;
  let forwarder: Forwarder;
  let port: number;
  let probeId = 0;

  /** A correct query for the probe name, with an ID no fuzz packet carries (0x8000 and up). */
  const probe = (withEdns: boolean): Buffer =>
    buildQuery({
      id: 0x8000 | (probeId++ & 0x7fff),
      name: probeName,
      ...(withEdns ? { edns: {} } : {}),
    });

  const checkProbe = (reply: Buffer, query: Buffer, after: string): void => {
    const read = readMessage(reply);
    assert.ok(
      read && read.rcode === Rcode.NOERROR && read.id === query.readUInt16BE(0),
      `the probe after ${after}: ${reply.toString('hex')}`,
    );
    assert.deepEqual(read.addresses, [probeAddress], `the probe's answer after ${after}`);
  };

  const digProbe = async (over: 'udp' | 'tcp', after: string): Promise<void> => {
    const r = await dig(port, probeName, 'A', over === 'tcp' ? ['+tcp'] : []);
    assert.equal(r.status, 'NOERROR', `dig after ${after}: ${r.output}`);
    assert.deepEqual(r.answer, [`${probeName}. 3600 IN A ${probeAddress}`], r.output);
  };

  before(async () => {
    process.on('uncaughtException', onProcessError);
    process.on('unhandledRejection', onProcessError);
    const logger = createLogger('debug', {}, (line) => logLines.push(line));
    forwarder = new Forwarder({ timeoutMs: 500, logger });
    server = new DnsServer({
      listen: { host: '127.0.0.1', port: 0 },
      zone: zoneSource(),
      forwarder,
      recursionFrom: NetworkList.parse(['127.0.0.0/8']),
      logger,
    });
    ({ port } = await server.listen());
  });

  after(async () => {
    process.off('uncaughtException', onProcessError);
    process.off('unhandledRejection', onProcessError);
    forwarder.close();
    await server.close();
  });

  it('UDP: targeted, random and oversized packets get nothing or a reply that fits them', async () => {
    const random = new Random(seed);
    const packets = [...targetedPackets(random), ...oversizedPackets(random)];
    while (packets.length < udpPackets) packets.push(randomPacket(random));
    const peer = new UdpPeer(port);
    await peer.bind();
    let slowest = { ms: 0, label: '' };
    /** Some of the server's own replies, sent back to it at the end. */
    const ownReplies: Buffer[] = [];
    try {
      for (const [index, packet] of packets.entries()) {
        // Each packet's ID is its own, below the probes' (the ID is opaque to the server).
        const bytes = Buffer.from(packet.bytes);
        if (bytes.length >= 2) bytes.writeUInt16BE(index & 0x7fff, 0);
        const label = `UDP packet ${index}, ${packet.label}`;
        const probeQuery = probe(index % 2 === 0);
        const started = performance.now();
        const replies = await peer.exchange(bytes, probeQuery).catch((err: unknown) => {
          throw new Error(`${describePacket(label, bytes)}: ${String(err)}`);
        });
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, label };
        assert.ok(ms < maxRoundTripMs, `${describePacket(label, bytes)} held the server ${ms} ms`);
        const probeReply = replies.pop()!;
        checkProbe(probeReply, probeQuery, label);
        checkReplies(label, bytes, replies, 'udp');
        if (index % 50 === 0) ownReplies.push(probeReply, ...replies);
        if (index % digEvery === digEvery - 1) {
          await digProbe(index % (2 * digEvery) === digEvery - 1 ? 'udp' : 'tcp', label);
        }
      }
      // Replies are never answered, or two servers could bounce a message forever.
      for (const [index, reply] of ownReplies.entries()) {
        const label = `the server's own reply ${index}`;
        const probeQuery = probe(false);
        const replies = await peer.exchange(reply, probeQuery);
        checkProbe(replies.pop()!, probeQuery, label);
        assert.deepEqual(replies, [], `${describePacket(label, reply)} was answered`);
      }
    } finally {
      peer.close();
    }
    console.log(
      `      ${packets.length} UDP packets; slowest ${slowest.ms.toFixed(1)} ms (${slowest.label})`,
    );
  });

  it('TCP: frames that lie about their length, split, pipelined, cut off, reset', async () => {
    const random = new Random(seed ^ 0x7c9);
    let frames = 0;
    for (let index = 0; index < tcpSessions; index++) {
      const scenario = tcpScenario(random, index);
      const label = `TCP session ${index}, ${scenario.label}`;
      const received = await tcpSession(port, scenario.writes, scenario.reset);
      if (!scenario.reset) {
        const replies = framesOf(received);
        assert.equal(replies.rest.length, 0, `${label}: a reply frame cut short`);
        // The server reads the stream as the test does: each whole frame is a message.
        const queries = framesOf(scenario.stream).frames;
        checkStreamReplies(label, queries, replies.frames);
        frames += queries.length;
      }
      const probeQuery = probe(false);
      const probeStream = framesOf(await tcpSession(port, [framed(probeQuery)], false));
      checkProbe(probeStream.frames[0]!, probeQuery, label);
    }
    console.log(`      ${tcpSessions} TCP sessions, ${frames} frames`);
  });

  it('afterwards: dig is answered over UDP and TCP, and nothing was logged as a failure', async () => {
    await digProbe('udp', 'all packets');
    await digProbe('tcp', 'all packets');
    assert.deepEqual(processErrors, [], 'uncaught exceptions or unhandled rejections');
    const failures = logLines.filter((line) => {
      const { level, msg } = JSON.parse(line) as { level: string; msg: string };
      return level === 'warn' || level === 'error' || msg === 'dns: UDP reply not sent';
    });
    assert.deepEqual(failures, [], 'the server logged a failure');
  });
});
