// The common query and its answer without dns2: a query of one question, no records but perhaps a
// plain OPT, read straight from its bytes, and a response that fits written straight into bytes.
// dns2 reads a message into an object per record and writes through a writer per field, which cost
// more than everything else a query takes (profiled under dnsperf: parsing, checking and encoding
// were about two thirds of the server's JavaScript time). Everything else (a query of another
// shape, an answer to forward or to cut down to fit) takes wire.ts's general path, and both paths
// give the same reply: what this path reads, the general path reads alike, and what it writes, dns2
// writes alike, names compressed the same way.
import { Packet } from 'dns2';
import { type DnsRecord, RRType } from './rr.js';
import { type Edns, type ResponseContent, advertisedUdpSize } from './wire.js';

/** A query as this path reads it. */
export interface PlainQuery {
  id: number;
  /** The RD bit. */
  recursionDesired: boolean;
  /** The name as asked (its case kept, no trailing dot), type and class, as dns2 reads them. */
  question: { name: string; type: number; class: number };
  /** Where the question section ends: it is copied into the response as it came. */
  questionEnd: number;
  edns: Edns | undefined;
}

const headerOctets = 12;
const optType = 41;
const maxLabelOctets = 63;
const maxNameOctets = 255;
/** EDNS options dns2 decodes (and may reject): a query carrying one takes the general path. */
const optionsDns2Reads = new Set(Object.keys(Packet.EDNS_OPTION_NAME).map(Number));

/**
 * The query, when it is a plain one: QUERY, one question whose labels are printable ASCII other
 * than the dot (so the name as dns2 joins its labels is the name asked), nothing in the answer and
 * authority sections, at most one OPT (version 0, no extended RCODE, no option dns2 decodes) and
 * nothing after it. undefined for anything else, which the general path answers.
 */
export function readPlainQuery(query: Buffer): PlainQuery | undefined {
  const length = query.length;
  if (length < headerOctets + 5) return undefined;
  const flags = query[2]!;
  // A response (never answered) or another opcode.
  if ((flags & 0xf8) !== 0) return undefined;
  if (query.readUInt16BE(4) !== 1 || query.readUInt16BE(6) !== 0 || query.readUInt16BE(8) !== 0)
    return undefined;
  const additionals = query.readUInt16BE(10);
  if (additionals > 1) return undefined;

  let at = headerOctets;
  let name = '';
  let octets = 1;
  for (;;) {
    const label = query[at];
    if (label === undefined || label > maxLabelOctets) return undefined; // also a pointer
    if (label === 0) break;
    octets += label + 1;
    if (octets > maxNameOctets || at + 1 + label > length) return undefined;
    for (let i = at + 1; i <= at + label; i++) {
      const c = query[i]!;
      if (c < 0x21 || c > 0x7e || c === 0x2e) return undefined;
    }
    name += (name === '' ? '' : '.') + query.toString('latin1', at + 1, at + 1 + label);
    at += 1 + label;
  }
  at += 1;
  if (at + 4 > length) return undefined;
  const type = query.readUInt16BE(at);
  const qclass = query.readUInt16BE(at + 2);
  at += 4;
  const questionEnd = at;

  let edns: Edns | undefined;
  if (additionals === 1) {
    // The OPT: the root name, type 41, the payload size as class, flags as TTL, options.
    if (at + 11 > length || query[at] !== 0 || query.readUInt16BE(at + 1) !== optType)
      return undefined;
    const payloadSize = query.readUInt16BE(at + 3);
    const ttl = query.readUInt32BE(at + 5);
    const rdlength = query.readUInt16BE(at + 9);
    at += 11;
    const end = at + rdlength;
    if (end !== length) return undefined;
    // An extended RCODE (meaningless in a query) or a version other than 0: the general path.
    if (ttl >>> 16 !== 0) return undefined;
    while (at < end) {
      if (at + 4 > end) return undefined;
      if (optionsDns2Reads.has(query.readUInt16BE(at))) return undefined;
      at += 4 + query.readUInt16BE(at + 2);
    }
    if (at !== end) return undefined;
    edns = { payloadSize, version: 0 };
  } else if (at !== length) {
    return undefined;
  }
  return {
    id: query.readUInt16BE(0),
    recursionDesired: (flags & 0x01) !== 0,
    question: { name, type, class: qclass },
    questionEnd,
    edns,
  };
}

/** Thrown inside the writer when the response would pass its limit; never leaves this module. */
class DoesNotFit extends Error {}

/** Large enough for any reply (64 KiB) and a record beyond it, so a check per field suffices. */
const scratch = Buffer.allocUnsafe(0x10000 + 0x400);

/** Writes one response into the scratch buffer, dns2's way. */
class ResponseWriter {
  at: number;
  /** Lower-case name suffixes (no trailing dot) already written, and where: dns2's table. */
  private names: Map<string, number> | undefined;
  /** The question's name in lower case, the name most records have. */
  private questionName: string | undefined;

  constructor(
    private readonly query: Buffer,
    private readonly plain: PlainQuery,
    private readonly limit: number,
  ) {
    this.at = plain.questionEnd;
  }

  room(octets: number): void {
    if (this.at + octets > this.limit) throw new DoesNotFit();
  }

  u8(value: number): void {
    this.room(1);
    scratch[this.at++] = value & 0xff;
  }

  u16(value: number): void {
    this.room(2);
    scratch.writeUInt16BE(value & 0xffff, this.at);
    this.at += 2;
  }

  u32(value: number): void {
    this.room(4);
    scratch.writeUInt32BE(value >>> 0, this.at);
    this.at += 4;
  }

  /**
   * A name as dns2 writes it: empty labels dropped; a pointer to the longest suffix already
   * written (at an offset below 16 KiB), each new suffix remembered; the labels' characters as
   * octets. A label or name too long for the wire throws, as dns2 does (the general path then
   * answers SERVFAIL).
   */
  name(name: string): void {
    // The question's own name (in any case) is a pointer to the question, as in dns2's table.
    const bare = name.endsWith('.') ? name.slice(0, -1) : name;
    this.questionName ??= this.plain.question.name.toLowerCase();
    if (bare.length === this.questionName.length && bare.toLowerCase() === this.questionName) {
      this.u16(0xc000 | headerOctets);
      return;
    }
    const parts = name.split('.').filter((part) => part !== '');
    const names = this.table();
    let octets = 1;
    for (const part of parts) {
      if (part.length > maxLabelOctets) throw new Error(`label too long in ${name}`);
      octets += part.length + 1;
    }
    if (octets > maxNameOctets) throw new Error(`name too long: ${name}`);
    for (let i = 0; i < parts.length; i++) {
      const suffix = (i === 0 ? parts : parts.slice(i)).join('.').toLowerCase();
      const known = names.get(suffix);
      if (known !== undefined) {
        this.u16(0xc000 | known);
        return;
      }
      if (this.at < 0x4000) names.set(suffix, this.at);
      const part = parts[i]!;
      this.room(1 + part.length);
      scratch[this.at++] = part.length;
      this.at += scratch.write(part, this.at, 'latin1');
    }
    this.u8(0);
  }

  /** The table, first filled with the question's suffixes (the question was written first). */
  private table(): Map<string, number> {
    if (this.names) return this.names;
    const names = new Map<string, number>();
    let at = headerOctets;
    const labels: string[] = [];
    const offsets: number[] = [];
    while (this.query[at]! !== 0) {
      const label = this.query[at]!;
      offsets.push(at);
      labels.push(this.query.toString('latin1', at + 1, at + 1 + label));
      at += 1 + label;
    }
    for (let i = 0; i < labels.length; i++) {
      if (offsets[i]! < 0x4000) names.set(labels.slice(i).join('.').toLowerCase(), offsets[i]!);
    }
    this.names = names;
    return names;
  }

  record(r: DnsRecord): void {
    this.name(r.name);
    this.u16(RRType[r.type]);
    this.u16(1); // IN
    this.u32(Math.min(r.ttl >>> 0, 0x7fffffff));
    const lengthAt = this.at;
    this.u16(0);
    switch (r.type) {
      case 'A':
        this.ipv4(r.address);
        break;
      case 'AAAA':
        this.ipv6(r.address);
        break;
      case 'CNAME':
      case 'PTR':
      case 'NS':
        this.name(r.target);
        break;
      case 'TXT':
        for (const s of r.strings) {
          this.room(1 + s.length);
          scratch[this.at++] = s.length;
          this.at += s.copy(scratch, this.at);
        }
        break;
      case 'MX':
        this.u16(r.preference);
        this.name(r.exchange);
        break;
      case 'SRV':
        this.u16(r.priority);
        this.u16(r.weight);
        this.u16(r.port);
        this.name(r.target);
        break;
      case 'SOA':
        this.name(r.mname);
        this.name(r.rname);
        this.u32(r.serial);
        this.u32(r.refresh);
        this.u32(r.retry);
        this.u32(r.expire);
        this.u32(Math.min(r.minimum >>> 0, 0x7fffffff));
        break;
    }
    scratch.writeUInt16BE(this.at - lengthAt - 2, lengthAt);
  }

  /** Four decimal octets without leading zeros (net.isIPv4's form, which dns2 insists on). */
  private ipv4(address: string): void {
    this.room(4);
    let octets = 0;
    let value = 0;
    let digits = 0;
    for (let i = 0; i <= address.length; i++) {
      const c = i < address.length ? address.charCodeAt(i) : 0x2e;
      if (c >= 0x30 && c <= 0x39) {
        if (digits > 0 && value === 0) throw new Error(`not an IPv4 address: ${address}`);
        value = value * 10 + (c - 0x30);
        digits++;
      } else if (c === 0x2e && digits > 0 && value <= 255 && octets < 4) {
        scratch[this.at + octets++] = value;
        value = 0;
        digits = 0;
      } else throw new Error(`not an IPv4 address: ${address}`);
    }
    if (octets !== 4) throw new Error(`not an IPv4 address: ${address}`);
    this.at += 4;
  }

  /** dns2's reading of an IPv6 address: groups around one `::` (a dotted IPv4 tail it misreads). */
  private ipv6(address: string): void {
    if (address.includes('.')) throw new Error(`IPv6 with an IPv4 tail: ${address}`);
    const groups = address.split(':');
    if (groups[0] === '') groups.shift();
    if (groups[groups.length - 1] === '') groups.pop();
    const missing = 8 - groups.length + 1;
    let written = 0;
    for (const group of groups) {
      if (group === '') {
        for (let i = 0; i < missing; i++) this.u16(0);
        written += missing;
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(group)) throw new Error(`not an IPv6 address: ${address}`);
        this.u16(Number.parseInt(group, 16));
        written++;
      }
    }
    if (written !== 8) throw new Error(`not an IPv6 address: ${address}`);
  }
}

/**
 * The response to a plain query with everything in `content`, as wire.ts's encodeResponse would
 * write it when it fits whole; undefined when it does not fit in `limit` octets (or holds what
 * dns2 would refuse to write): the general path then cuts it down or fails it.
 */
export function encodePlainResponse(
  query: Buffer,
  plain: PlainQuery,
  content: ResponseContent,
  limit: number,
): Buffer | undefined {
  const { answer, authority, additional } = content;
  // An RCODE past 4 bits needs the OPT's extended RCODE: the general path writes it.
  if (content.rcode > 0x0f) return undefined;
  const writer = new ResponseWriter(query, plain, Math.min(limit, 0xffff));
  try {
    writer.room(0);
    // Header: the query's ID, QR, opcode QUERY, AA, TC clear, the query's RD; RA, Z/AD/CD clear.
    scratch.writeUInt16BE(plain.id, 0);
    scratch[2] = 0x80 | (content.authoritative ? 0x04 : 0) | (plain.recursionDesired ? 0x01 : 0);
    scratch[3] = (content.recursionAvailable ? 0x80 : 0) | content.rcode;
    scratch.writeUInt16BE(1, 4);
    scratch.writeUInt16BE(answer.length, 6);
    scratch.writeUInt16BE(authority.length, 8);
    scratch.writeUInt16BE(additional.length + (plain.edns ? 1 : 0), 10);
    query.copy(scratch, headerOctets, headerOctets, plain.questionEnd);
    for (const r of answer) writer.record(r);
    for (const r of authority) writer.record(r);
    for (const r of additional) writer.record(r);
    if (plain.edns) {
      // Our OPT: root name, type 41, the size we take, no extended RCODE, version 0, no options.
      writer.room(11);
      scratch[writer.at] = 0;
      scratch.writeUInt16BE(optType, writer.at + 1);
      scratch.writeUInt16BE(advertisedUdpSize, writer.at + 3);
      scratch.writeUInt32BE(0, writer.at + 5);
      scratch.writeUInt16BE(0, writer.at + 9);
      writer.at += 11;
    }
  } catch {
    // Past the limit (DoesNotFit), or what dns2 would not write either (a label too long, an
    // address that is none): the general path cuts the answer down, or reports and fails it.
    return undefined;
  }
  return Buffer.from(scratch.subarray(0, writer.at));
}
