// Names outside the domain go to the nameservers (--dns-nameservers, or /skydns/config's), as
// SkyDNS forwards: round-robin over them, the next one tried when one fails or is silent, over
// the transport the client used. Each exchange has a socket of its own (a random source port)
// and a random ID, both checked on the reply, so that an off-path attacker has 32 bits to guess
// rather than the 16 of the client's ID; the client's ID is put back on the reply.
import { randomInt } from 'node:crypto';
import * as dgram from 'node:dgram';
import { isIP } from 'node:net';
import * as net from 'node:net';
import type { Logger } from '../util/log.js';
import { formatHostPort, type HostPort } from './config.js';
import type { DnsRecord } from './rr.js';
import { addressRecordsOf, encodeQuery, parseMessage } from './wire.js';

export interface ForwarderOptions {
  /** How long one nameserver has to answer (SkyDNS's read_timeout is 2 s). */
  timeoutMs: number;
  logger: Logger;
}

/** An exchange in flight, ended early by close(). */
interface Pending {
  cancel(): void;
}

export class Forwarder {
  private turn = 0;
  private readonly pending = new Set<Pending>();
  private closed = false;

  constructor(private readonly options: ForwarderOptions) {}

  /**
   * The first reply to `query` from the nameservers, starting with the next in turn and trying
   * each at least once (one server is tried twice); undefined when none answered.
   */
  async forward(
    query: Buffer,
    transport: 'udp' | 'tcp',
    nameservers: readonly HostPort[],
  ): Promise<Buffer | undefined> {
    if (nameservers.length === 0) return undefined;
    const first = this.turn;
    this.turn = (this.turn + 1) % nameservers.length;
    const attempts = Math.max(2, nameservers.length);
    for (let i = 0; i < attempts && !this.closed; i++) {
      const server = nameservers[(first + i) % nameservers.length]!;
      try {
        return await this.exchange(query, transport, server);
      } catch (err) {
        this.options.logger.debug('dns: nameserver did not answer', {
          nameserver: formatHostPort(server),
          transport,
          err,
        });
      }
    }
    return undefined;
  }

  /**
   * The addresses upstream gives for `name` (A or AAAA, with its CNAMEs), over UDP and again over
   * TCP when truncated; [] when it gives none.
   */
  async lookup(name: string, type: number, nameservers: readonly HostPort[]): Promise<DnsRecord[]> {
    const query = encodeQuery(name, type);
    let reply = await this.forward(query, 'udp', nameservers);
    let message = reply && parseMessage(reply);
    if (message?.header.tc) {
      reply = await this.forward(query, 'tcp', nameservers);
      message = reply && parseMessage(reply);
    }
    return message && message.header.rcode === 0 ? addressRecordsOf(message) : [];
  }

  close(): void {
    this.closed = true;
    for (const p of [...this.pending]) p.cancel();
  }

  private async exchange(
    query: Buffer,
    transport: 'udp' | 'tcp',
    server: HostPort,
  ): Promise<Buffer> {
    const id = randomInt(0x10000);
    const outgoing = Buffer.from(query);
    outgoing.writeUInt16BE(id, 0);
    const reply =
      transport === 'udp'
        ? await this.udpExchange(outgoing, server, id)
        : await this.tcpExchange(outgoing, server, id);
    reply.writeUInt16BE(query.readUInt16BE(0), 0);
    return reply;
  }

  private udpExchange(query: Buffer, server: HostPort, id: number): Promise<Buffer> {
    const socket = dgram.createSocket(isIP(server.host) === 6 ? 'udp6' : 'udp4');
    return this.track(
      (settle) => {
        socket.on('message', (msg, from) => {
          if (from.port !== server.port || !sameAddress(from.address, server.host)) return;
          if (isReplyTo(msg, id)) settle(undefined, Buffer.from(msg));
        });
        socket.on('error', (err) => {
          settle(err);
        });
        socket.send(query, server.port, server.host, (err) => {
          if (err) settle(err);
        });
      },
      () => {
        socket.close();
      },
    );
  }

  private tcpExchange(query: Buffer, server: HostPort, id: number): Promise<Buffer> {
    const socket = net.connect({ host: server.host, port: server.port });
    return this.track(
      (settle) => {
        let received: Buffer = Buffer.alloc(0);
        socket.on('connect', () => {
          const length = Buffer.alloc(2);
          length.writeUInt16BE(query.length);
          socket.write(Buffer.concat([length, query]));
        });
        socket.on('data', (chunk: Buffer) => {
          received = Buffer.concat([received, chunk]);
          if (received.length < 2) return;
          const size = received.readUInt16BE(0);
          if (received.length < 2 + size) return;
          const msg = received.subarray(2, 2 + size);
          if (isReplyTo(msg, id)) settle(undefined, Buffer.from(msg));
          else settle(new Error('reply does not match the query'));
        });
        socket.on('error', (err) => {
          settle(err);
        });
        socket.on('close', () => {
          settle(new Error('connection closed before a reply'));
        });
      },
      () => {
        socket.destroy();
      },
    );
  }

  /** Runs one exchange with a timeout, registered so that close() can end it. */
  private track(
    start: (settle: (err: Error | undefined, reply?: Buffer) => void) => void,
    release: () => void,
  ): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (err: Error | undefined, reply?: Buffer): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.pending.delete(handle);
        release();
        if (err || !reply) reject(err ?? new Error('no reply'));
        else resolve(reply);
      };
      const handle: Pending = {
        cancel: () => {
          settle(new Error('forwarder closed'));
        },
      };
      const timer = setTimeout(() => {
        settle(new Error(`no answer within ${this.options.timeoutMs} ms`));
      }, this.options.timeoutMs);
      this.pending.add(handle);
      start(settle);
    });
  }
}

function isReplyTo(msg: Buffer, id: number): boolean {
  return msg.length >= 12 && msg.readUInt16BE(0) === id && (msg[2]! & 0x80) !== 0;
}

function sameAddress(from: string, host: string): boolean {
  if (isIP(host) === 0) return true;
  return from === host || from === `::ffff:${host}`;
}
