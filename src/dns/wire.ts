// DNS messages on the wire, through dns2's codec: parsing a query and its EDNS0 OPT, and encoding
// a response that fits what the client can take. dns2's own servers cannot be used for this: on
// overflow they drop every answer and the OPT (RFC 6891 §7 wants the OPT kept), and they own no
// sockets a close() could end. So the sockets are server.ts's and only the codec is dns2's.
import { Packet, type Resource } from 'dns2';
import { type DnsRecord, Rcode, RRType } from './rr.js';

/** A query's EDNS0 OPT record (RFC 6891). */
export interface Edns {
  /** The largest UDP reply the client takes. */
  payloadSize: number;
  version: number;
}

export interface ResponseContent {
  rcode: number;
  authoritative: boolean;
  recursionAvailable: boolean;
  answer: DnsRecord[];
  authority: DnsRecord[];
  additional: DnsRecord[];
}

/** RFC 1035's limit for UDP without EDNS, and the floor of any EDNS size. */
export const classicUdpLimit = 512;
/** What a TCP message's 16-bit length allows. */
export const tcpLimit = 0xffff;
/** What one UDP datagram over IPv4 carries (65,535 less the IP and UDP headers). */
export const udpDatagramLimit = 65_507;
/**
 * The UDP size this server advertises and takes from clients: the DNS flag day 2020's value,
 * which avoids IP fragmentation on common paths.
 */
export const advertisedUdpSize = 1232;

const headerOctets = 12;
/** The smallest record: a compressed owner (2), type, class, TTL and RDLENGTH (10), no data. */
const minRecordOctets = 12;

/** Whether to read a query past its header, drop it unanswered, or answer it with an rcode. */
export type HeaderVerdict = { kind: 'read' } | { kind: 'drop' } | { kind: 'reject'; rcode: number };

/**
 * What a query's header alone decides, before dns2 reads the rest, as miekg/dns (under CoreDNS and
 * SkyDNS) decides it: `drop` for less than a header, or a response, which is never answered so that
 * two servers cannot bounce messages between them; NOTIMP for an opcode other than QUERY; FORMERR
 * for other than one question, or more records beside it than a query carries (a SOA in the answer
 * or the authority section, an OPT and a TSIG in the additional). The counts also bound the work:
 * dns2 decodes every record and follows every compression pointer, and 64 KiB of records whose
 * names chased pointer chains held the event loop for about three seconds.
 */
export function headerVerdict(query: Buffer): HeaderVerdict {
  if (query.length < headerOctets || (query[2]! & 0x80) !== 0) return { kind: 'drop' };
  if (((query[2]! >> 3) & 0xf) !== 0) return { kind: 'reject', rcode: Rcode.NOTIMP };
  const questions = query.readUInt16BE(4);
  const answers = query.readUInt16BE(6);
  const authorities = query.readUInt16BE(8);
  const additionals = query.readUInt16BE(10);
  if (questions !== 1 || answers > 1 || authorities > 1 || additionals > 2) {
    return { kind: 'reject', rcode: Rcode.FORMERR };
  }
  return { kind: 'read' };
}

/**
 * Whether dns2 read all of `query` into `request` and can answer it as asked (FORMERR otherwise,
 * RFC 1035 §4.1.1): every record decoded, at most one OPT (RFC 6891 §6.1.1) and one whose version
 * dns2 kept, and the question written back exactly as it came. dns2 joins a name's labels with
 * dots and splits them again to write it, so a label holding a dot (`a.b` as one label) would be
 * answered as another name; a question reached through a compression pointer is no query a
 * resolver sends.
 */
export function isReadableQuery(request: Packet, query: Buffer): boolean {
  const question = request.questions[0];
  if (request.errors.length > 0 || !question || request.questions.length !== 1) return false;
  const opts = request.additionals.filter((r) => r.type === RRType.OPT);
  if (opts.length > 1) return false;
  // dns2 caps every TTL at 2^31 - 1, the OPT's too, whose TTL holds the extended RCODE, the EDNS
  // version and the DO bit: a query with an extended RCODE of 0x80 or more (meaningless in a
  // query) would read as version 255 and get BADVERS. Its version is lost, so it is FORMERR.
  if (opts[0] && opts[0].ttl >= 0x7fffffff) return false;
  const asWritten = Packet.Question.encode(question);
  return query.subarray(headerOctets, headerOctets + asWritten.length).equals(asWritten);
}

export function parseMessage(bytes: Buffer): Packet | undefined {
  try {
    return Packet.parse(bytes);
  } catch {
    return undefined;
  }
}

export function ednsOf(message: Packet): Edns | undefined {
  const opt = message.additionals.find((r) => r.type === RRType.OPT);
  if (!opt) return undefined;
  return { payloadSize: opt.class, version: opt.version ?? 0 };
}

/**
 * The largest reply a client may get: its EDNS size (at least 512) over UDP, but no more than a
 * datagram holds (a larger one would fail to send, and the client hear nothing); 64 KiB over TCP.
 */
export function replyLimit(transport: 'udp' | 'tcp', edns: Edns | undefined): number {
  if (transport === 'tcp') return tcpLimit;
  const asked = edns?.payloadSize ?? classicUdpLimit;
  return Math.min(udpDatagramLimit, Math.max(classicUdpLimit, asked));
}

/**
 * The response to `request`, fitted into `limit` octets: first the additional section goes (the
 * client can ask for glue), then as many answers as fit are kept and TC is set, so the client
 * asks again over TCP; the OPT stays throughout. A response that cannot be cut (TCP, `truncatable`
 * false) and does not fit is SERVFAIL, as SkyDNS answers an answer beyond 64 KiB.
 */
export function encodeResponse(
  request: Packet,
  content: ResponseContent,
  limit: number,
  truncatable: boolean,
): Buffer {
  const encode = (
    answer: DnsRecord[],
    authority: DnsRecord[],
    additional: DnsRecord[],
    truncated: boolean,
  ): Buffer =>
    encodeMessage(responsePacket(request, content, answer, authority, additional, truncated));

  // No record takes fewer octets than minRecordOctets: counting is enough to skip encodings that
  // cannot fit (a name with a thousand services would otherwise be encoded whole every time).
  const atLeast = (records: number): number => headerOctets + records * minRecordOctets;
  const { answer, authority, additional } = content;
  if (atLeast(answer.length + authority.length + additional.length) <= limit) {
    const full = encode(answer, authority, additional, false);
    if (full.length <= limit) return full;
  }
  if (atLeast(answer.length + authority.length) <= limit) {
    const withoutGlue = encode(answer, authority, [], false);
    if (withoutGlue.length <= limit) return withoutGlue;
  }
  if (!truncatable) {
    return encodeResponse(
      request,
      { ...emptyContent(content), rcode: Rcode.SERVFAIL },
      limit,
      true,
    );
  }
  // The most answers that fit: a binary search, as each encoding compresses names differently.
  let best = encode([], [], [], true);
  let low = 1;
  let high = Math.min(answer.length, Math.floor((limit - headerOctets) / minRecordOctets));
  while (low <= high) {
    const count = (low + high) >> 1;
    const bytes = encode(answer.slice(0, count), [], [], true);
    if (bytes.length <= limit) {
      best = bytes;
      low = count + 1;
    } else high = count - 1;
  }
  return best;
}

/**
 * An upstream's reply passed on with the client's limit kept: as it is when it fits, else TC set
 * over the question alone (its records are not ours to pick from).
 */
export function fitForwardedReply(request: Packet, reply: Buffer, limit: number): Buffer {
  if (reply.length <= limit) return reply;
  const flags = reply.readUInt16BE(2);
  const response = responsePacket(
    request,
    {
      rcode: flags & 0xf,
      authoritative: false,
      recursionAvailable: (flags & 0x80) !== 0,
      answer: [],
      authority: [],
      additional: [],
    },
    [],
    [],
    [],
    true,
  );
  return encodeMessage(response);
}

/**
 * A bare error answer built from a query's header alone, for a query that is not read further or
 * that dns2 cannot read whole: FORMERR (RFC 1035 §4.1.1) or NOTIMP, with the query's ID, opcode
 * and RD and nothing else of it; undefined when there is not even a header to answer.
 */
export function headerOnlyReply(query: Buffer, rcode: number): Buffer | undefined {
  if (query.length < headerOctets) return undefined;
  // A message that is itself a response is never answered, so two servers cannot ping-pong.
  if ((query[2]! & 0x80) !== 0) return undefined;
  const reply = Buffer.alloc(headerOctets);
  reply.writeUInt16BE(query.readUInt16BE(0), 0);
  // QR, the query's opcode and RD; the rcode.
  reply[2] = 0x80 | (query[2]! & 0x79);
  reply[3] = rcode & 0xf;
  return reply;
}

/** The A, AAAA and CNAME records of an upstream answer, for chasing an external CNAME. */
export function addressRecordsOf(message: Packet): DnsRecord[] {
  const records: DnsRecord[] = [];
  for (const r of message.answers) {
    const name = r.name + '.';
    if ((r.type === RRType.A || r.type === RRType.AAAA) && r.address !== undefined) {
      records.push({
        name,
        ttl: r.ttl,
        type: r.type === RRType.A ? 'A' : 'AAAA',
        address: r.address,
      });
    } else if (r.type === RRType.CNAME && r.domain !== undefined) {
      records.push({ name, ttl: r.ttl, type: 'CNAME', target: r.domain + '.' });
    }
  }
  return records;
}

/** A recursive query for one name, as the forwarder sends it upstream. */
export function encodeQuery(name: string, type: number): Buffer {
  const query = new Packet();
  query.header = new Packet.Header({ id: 0, rd: 1 });
  query.questions.push(new Packet.Question(name, type, 1));
  return encodeMessage(query);
}

/** A message through dns2's encoder, writing into a ByteWriter. */
export function encodeMessage(message: Packet): Buffer {
  const writer = new ByteWriter();
  // dns2's toBuffer takes the writer to use, though its type does not say so.
  (message.toBuffer as (writer: ByteWriter) => Buffer).call(message, writer);
  return writer.message();
}

/**
 * dns2's Writer on bytes. dns2's own keeps one array element per bit and copies the whole message
 * after each record it writes, so encoding grew with the square of the records (2,000 took half a
 * second, and truncation encodes several times). Same methods, same bits.
 */
class ByteWriter {
  /** dns2's name-compression table, which it attaches itself. */
  names: Map<string, number> | undefined;
  private bytes = Buffer.alloc(512);
  private bits = 0;

  write(value: number, size: number): void {
    this.reserve(size);
    if ((this.bits & 7) === 0 && (size & 7) === 0) {
      for (let shift = size - 8; shift >= 0; shift -= 8) {
        this.bytes[this.bits >> 3] = (value >>> shift) & 0xff;
        this.bits += 8;
      }
      return;
    }
    for (let i = size - 1; i >= 0; i--) this.setBit(this.bits++, (value >>> i) & 1);
  }

  /** Appends another writer's bits (dns2 builds EDNS options in a Writer of its own). */
  writeBuffer(other: { buffer: number[] }): void {
    this.reserve(other.buffer.length);
    for (const bit of other.buffer) this.setBit(this.bits++, bit);
  }

  bitLength(): number {
    return this.bits;
  }

  byteLength(): number {
    return this.bits / 8;
  }

  patch(bitOffset: number, value: number, size: number): void {
    for (let i = 0; i < size; i++) this.setBit(bitOffset + i, (value >>> (size - i - 1)) & 1);
  }

  /** A view of what was written (dns2 calls this after every record and drops the result). */
  toBuffer(): Buffer {
    return this.bytes.subarray(0, Math.ceil(this.bits / 8));
  }

  /** What was written, as a Buffer of its own. */
  message(): Buffer {
    return Buffer.from(this.toBuffer());
  }

  private setBit(position: number, bit: number): void {
    const mask = 0x80 >>> (position & 7);
    const at = position >> 3;
    this.bytes[at] = bit ? this.bytes[at]! | mask : this.bytes[at]! & ~mask;
  }

  private reserve(moreBits: number): void {
    const needed = Math.ceil((this.bits + moreBits) / 8);
    if (needed <= this.bytes.length) return;
    const grown = Buffer.alloc(Math.max(needed, this.bytes.length * 2));
    this.bytes.copy(grown);
    this.bytes = grown;
  }
}

function emptyContent(content: ResponseContent): ResponseContent {
  return { ...content, answer: [], authority: [], additional: [] };
}

function responsePacket(
  request: Packet,
  content: ResponseContent,
  answer: DnsRecord[],
  authority: DnsRecord[],
  additional: DnsRecord[],
  truncated: boolean,
): Packet {
  // Copies the id, opcode, RD and the question (its name in the case it was asked).
  const response = Packet.createResponseFromRequest(request);
  response.header.aa = content.authoritative ? 1 : 0;
  response.header.ra = content.recursionAvailable ? 1 : 0;
  response.header.tc = truncated ? 1 : 0;
  response.header.rcode = content.rcode;
  response.answers = answer.map(toResource);
  response.authorities = authority.map(toResource);
  response.additionals = additional.map(toResource);
  // An OPT only to a client that sent one (RFC 6891 §6.1.1); it also carries BADVERS's high bits.
  if (ednsOf(request)) {
    response.additionals.push(Packet.Resource.EDNS([], { udpPayloadSize: advertisedUdpSize }));
  }
  return response;
}

function toResource(r: DnsRecord): Resource {
  const base = { name: r.name, ttl: r.ttl, class: 1 };
  switch (r.type) {
    case 'A':
      return new Packet.Resource({ ...base, type: RRType.A, address: r.address });
    case 'AAAA':
      return new Packet.Resource({ ...base, type: RRType.AAAA, address: r.address });
    case 'CNAME':
      return new Packet.Resource({ ...base, type: RRType.CNAME, domain: r.target });
    case 'PTR':
      return new Packet.Resource({ ...base, type: RRType.PTR, domain: r.target });
    case 'NS':
      return new Packet.Resource({ ...base, type: RRType.NS, ns: r.target });
    case 'TXT':
      // dns2 writes Buffers as they are; its type says strings only.
      return new Packet.Resource({
        ...base,
        type: RRType.TXT,
        data: r.strings as unknown as string[],
      });
    case 'MX':
      return new Packet.Resource({
        ...base,
        type: RRType.MX,
        priority: r.preference,
        exchange: r.exchange,
      });
    case 'SRV':
      return new Packet.Resource({
        ...base,
        type: RRType.SRV,
        priority: r.priority,
        weight: r.weight,
        port: r.port,
        target: r.target,
      });
    case 'SOA':
      return new Packet.Resource({
        ...base,
        type: RRType.SOA,
        primary: r.mname,
        admin: r.rname,
        serial: r.serial,
        refresh: r.refresh,
        retry: r.retry,
        expiration: r.expire,
        minimum: r.minimum,
      });
  }
}
