// A lean DNS client for the benchmarks: one UDP socket, queries written by hand and answers read
// only as far as the rcode and the A records, so that polling a server every millisecond costs the
// benchmark little and measures the server rather than a codec.
import * as dgram from 'node:dgram';

export const QTYPE_A = 1;
export const QTYPE_SRV = 33;

export interface DnsReply {
  /** 0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, ... */
  rcode: number;
  /** The addresses of the answer section's A records, dotted. */
  addresses: string[];
}

/** A query with RD clear (an authoritative question) for `name` of `type`, class IN. */
export function encodeQuery(id: number, name: string, type: number): Buffer {
  const labels = name.split('.').filter((label) => label !== '');
  const nameOctets = labels.reduce((sum, label) => sum + 1 + label.length, 1);
  const query = Buffer.alloc(12 + nameOctets + 4);
  query.writeUInt16BE(id, 0);
  query.writeUInt16BE(1, 4); // QDCOUNT
  let at = 12;
  for (const label of labels) {
    query[at++] = label.length;
    at += query.write(label, at, 'ascii');
  }
  query[at++] = 0;
  query.writeUInt16BE(type, at);
  query.writeUInt16BE(1, at + 2);
  return query;
}

/** Past a (possibly compressed) name starting at `at`. */
function skipName(message: Buffer, at: number): number {
  for (;;) {
    const length = message[at];
    if (length === undefined) throw new Error('truncated name');
    if ((length & 0xc0) === 0xc0) return at + 2;
    if (length === 0) return at + 1;
    at += 1 + length;
  }
}

/** The id, rcode and A records of a reply; undefined for what is not one. */
export function decodeReply(message: Buffer): (DnsReply & { id: number }) | undefined {
  if (message.length < 12 || (message[2]! & 0x80) === 0) return undefined;
  try {
    const questions = message.readUInt16BE(4);
    const answers = message.readUInt16BE(6);
    let at = 12;
    for (let i = 0; i < questions; i++) at = skipName(message, at) + 4;
    const addresses: string[] = [];
    for (let i = 0; i < answers; i++) {
      at = skipName(message, at);
      const type = message.readUInt16BE(at);
      const length = message.readUInt16BE(at + 8);
      at += 10;
      if (type === QTYPE_A && length === 4)
        addresses.push([...message.subarray(at, at + 4)].join('.'));
      at += length;
    }
    return { id: message.readUInt16BE(0), rcode: message[3]! & 0xf, addresses };
  } catch {
    return undefined;
  }
}

/**
 * One UDP socket to one server; `query` resolves with the reply to its own id, or rejects after
 * `timeoutMs` (a lost datagram, or a server that does not answer).
 */
export class DnsProbe {
  private readonly socket = dgram.createSocket('udp4');
  private readonly waiting = new Map<number, (reply: DnsReply) => void>();
  private nextId = 1;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {
    this.socket.on('message', (message) => {
      const reply = decodeReply(message);
      if (!reply) return;
      const resolve = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      resolve?.(reply);
    });
    this.socket.on('error', () => undefined); // a query then times out
  }

  query(name: string, type: number, timeoutMs: number): Promise<DnsReply> {
    const id = this.nextId;
    this.nextId = (this.nextId % 0xffff) + 1;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`no reply from ${this.host}:${this.port} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      this.socket.send(encodeQuery(id, name, type), this.port, this.host);
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** Asks every `everyMs` until `accept` likes a reply; the time it took, in ms. */
export async function waitForAnswer(
  probe: DnsProbe,
  name: string,
  accept: (reply: DnsReply) => boolean,
  timeoutMs: number,
  everyMs = 50,
): Promise<number> {
  const started = performance.now();
  let last: string;
  for (;;) {
    try {
      const reply = await probe.query(name, QTYPE_A, 1000);
      if (accept(reply)) return performance.now() - started;
      last = `rcode ${reply.rcode}, addresses [${reply.addresses.join(', ')}]`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    if (performance.now() - started > timeoutMs)
      throw new Error(`${name}: no acceptable answer within ${timeoutMs} ms (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
