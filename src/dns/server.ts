// The DNS server: UDP and TCP on one address (--dns-addr), each query answered from the zone
// view, or forwarded for clients allowed recursion. The server owns every socket it opens
// (listeners and accepted connections) and close() ends them all; the forwarder owns its own.
import * as dgram from 'node:dgram';
import { isIP } from 'node:net';
import * as net from 'node:net';
import type { Packet } from 'dns2';
import type { Logger } from '../util/log.js';
import { formatHostPort, type HostPort } from './config.js';
import type { Forwarder } from './forwarder.js';
import type { NetworkList } from './networks.js';
import { encodePlainResponse, readPlainQuery } from './fast-wire.js';
import { errorAnswer, type Resolution, resolve } from './resolver.js';
import { type DnsRecord, Rcode, RRType } from './rr.js';
import {
  ednsOf,
  encodeResponse,
  fitForwardedReply,
  headerOnlyReply,
  headerVerdict,
  isReadableQuery,
  parseMessage,
  replyLimit,
  type ResponseContent,
} from './wire.js';
import type { ZoneSource } from './zone-view.js';

export interface DnsServerOptions {
  listen: HostPort;
  zone: ZoneSource;
  forwarder: Forwarder;
  /** Who may have names outside the domain resolved. */
  recursionFrom: NetworkList;
  logger: Logger;
}

/** The address could not be bound; the message says which and why, in words. */
export class ListenError extends Error {}

/** RFC 7766 §6.2.3: an idle TCP connection is closed after a while. */
const tcpIdleTimeoutMs = 10_000;
/** Queries a TCP connection may have in flight; past that it is read no further until answered. */
const maxPipelinedQueries = 64;

export class DnsServer {
  private udp: dgram.Socket | undefined;
  private tcp: net.Server | undefined;
  private readonly connections = new Set<net.Socket>();
  private closed = false;

  constructor(private readonly options: DnsServerOptions) {}

  /** Binds UDP, then TCP on the same port (the port UDP got, when asked for 0). */
  async listen(): Promise<HostPort> {
    const { host, port } = this.options.listen;
    // With port 0, TCP may find UDP's port taken: another port is tried a few times.
    for (let attempt = 1; ; attempt++) {
      const udp = dgram.createSocket(isIP(host) === 6 ? 'udp6' : 'udp4');
      udp.on('message', (msg, from) => {
        this.serveDatagram(udp, msg, from);
      });
      try {
        await bindUdp(udp, host, port);
      } catch (err) {
        udp.close();
        throw this.listenError(err);
      }
      const bound = udp.address().port;
      const tcp = net.createServer({ allowHalfOpen: true }, (socket) => {
        this.serveConnection(socket);
      });
      try {
        await listenTcp(tcp, host, bound);
      } catch (err) {
        udp.close();
        if (port === 0 && attempt < 5 && (err as NodeJS.ErrnoException).code === 'EADDRINUSE')
          continue;
        throw this.listenError(err);
      }
      udp.on('error', (err) => {
        this.options.logger.warn('dns: UDP socket error', { err });
      });
      tcp.on('error', (err) => {
        this.options.logger.warn('dns: TCP listener error', { err });
      });
      this.udp = udp;
      this.tcp = tcp;
      return { host, port: bound };
    }
  }

  /**
   * The reply to one query from `client`, or undefined when none is due (a response, or too
   * little to answer). Never throws: a failure is SERVFAIL.
   */
  async reply(
    query: Buffer,
    client: string,
    transport: 'udp' | 'tcp',
  ): Promise<Buffer | undefined> {
    return this.plainReply(query, client, transport) ?? this.generalReply(query, client, transport);
  }

  /**
   * The reply to a plain query (fast-wire.ts: one question, at most a plain OPT) whose answer is
   * all in the zone and fits whole, read and written without dns2; undefined for anything else,
   * which generalReply answers alike. Synchronous, so a datagram's reply leaves at once.
   */
  private plainReply(query: Buffer, client: string, transport: 'udp' | 'tcp'): Buffer | undefined {
    const plain = readPlainQuery(query);
    const zone = this.options.zone;
    if (!plain || !zone.isSynced) return undefined;
    const settings = zone.settings;
    let resolution: Resolution;
    try {
      resolution = resolve(zone.reader, plain.question, settings, {
        nowMs: Date.now(),
        leaseRemaining: (lease) => zone.leaseRemaining(lease),
      });
    } catch {
      return undefined; // the general path logs it and answers SERVFAIL
    }
    if (resolution.kind === 'forward') return undefined;
    // As answer() decides it; the client's networks are looked up only when it matters.
    const recursionAvailable =
      plain.recursionDesired &&
      settings.recursion &&
      settings.nameservers.length > 0 &&
      this.options.recursionFrom.contains(client);
    const type = plain.question.type;
    const wantsAddresses = type === RRType.A || type === RRType.AAAA;
    if (resolution.externalTarget !== undefined && wantsAddresses && recursionAvailable)
      return undefined;
    return encodePlainResponse(
      query,
      plain,
      {
        rcode: resolution.rcode,
        authoritative: resolution.authoritative,
        recursionAvailable,
        answer: rotated(resolution.answer),
        authority: resolution.authority,
        additional: resolution.additional,
      },
      replyLimit(transport, plain.edns),
    );
  }

  private async generalReply(
    query: Buffer,
    client: string,
    transport: 'udp' | 'tcp',
  ): Promise<Buffer | undefined> {
    const verdict = headerVerdict(query);
    if (verdict.kind === 'drop') return undefined;
    if (verdict.kind === 'reject') return headerOnlyReply(query, verdict.rcode);
    const request = parseMessage(query);
    if (!request || !isReadableQuery(request, query)) {
      return headerOnlyReply(query, Rcode.FORMERR);
    }
    const limit = replyLimit(transport, ednsOf(request));
    try {
      return await this.answer(request, query, client, transport, limit);
    } catch (err) {
      this.options.logger.warn('dns: answering failed', { err, name: request.questions[0]?.name });
      try {
        return encodeResponse(request, failure(Rcode.SERVFAIL), limit, true);
      } catch {
        return headerOnlyReply(query, Rcode.SERVFAIL);
      }
    }
  }

  private async answer(
    request: Packet,
    query: Buffer,
    client: string,
    transport: 'udp' | 'tcp',
    limit: number,
  ): Promise<Buffer> {
    const respond = (content: ResponseContent): Buffer =>
      encodeResponse(request, content, limit, transport === 'udp');
    // A QUERY with one question: reply() lets nothing else through.
    const question = request.questions[0]!;
    if ((ednsOf(request)?.version ?? 0) > 0) return respond(failure(Rcode.BADVERS));
    const zone = this.options.zone;
    // Not listed yet: an empty zone would give false NXDOMAINs that resolvers cache.
    if (!zone.isSynced) return respond(failure(Rcode.SERVFAIL));

    const settings = zone.settings;
    const resolution = resolve(zone.reader, question, settings, {
      nowMs: Date.now(),
      leaseRemaining: (lease) => zone.leaseRemaining(lease),
    });
    const recursionAllowed = request.header.rd === 1 && this.options.recursionFrom.contains(client);
    const recursionAvailable =
      recursionAllowed && settings.recursion && settings.nameservers.length > 0;

    if (resolution.kind === 'forward') {
      if (!recursionAllowed) return respond(failure(Rcode.REFUSED));
      if (!recursionAvailable) return respond(failure(Rcode.SERVFAIL));
      const upstream = await this.options.forwarder.forward(query, transport, settings.nameservers);
      if (!upstream) return respond({ ...failure(Rcode.SERVFAIL), recursionAvailable });
      return fitForwardedReply(request, upstream, limit);
    }

    let answer = resolution.answer;
    const wantsAddresses = question.type === RRType.A || question.type === RRType.AAAA;
    if (resolution.externalTarget !== undefined && wantsAddresses && recursionAvailable) {
      const upstream = await this.options.forwarder.lookup(
        resolution.externalTarget,
        question.type,
        settings.nameservers,
      );
      answer = [...answer, ...upstream];
    }
    return respond({
      rcode: resolution.rcode,
      authoritative: resolution.authoritative,
      recursionAvailable,
      answer: rotated(answer),
      authority: resolution.authority,
      additional: resolution.additional,
    });
  }

  private serveDatagram(udp: dgram.Socket, msg: Buffer, from: dgram.RemoteInfo): void {
    const send = (reply: Buffer | undefined): void => {
      if (!reply || this.closed) return;
      udp.send(reply, from.port, from.address, (err) => {
        if (err) this.options.logger.debug('dns: UDP reply not sent', { err });
      });
    };
    // The common query is answered on the spot, without a promise; the rest as generalReply can.
    const plain = this.plainReply(msg, from.address, 'udp');
    if (plain) send(plain);
    else void this.generalReply(msg, from.address, 'udp').then(send);
  }

  /** Length-prefixed queries (RFC 1035 §4.2.2), pipelined; replies in the order they are ready. */
  private serveConnection(socket: net.Socket): void {
    if (this.closed) {
      socket.destroy();
      return;
    }
    this.connections.add(socket);
    socket.setNoDelay(true);
    socket.setTimeout(tcpIdleTimeoutMs, () => {
      socket.destroy();
    });
    let buffered: Buffer = Buffer.alloc(0);
    let inFlight = 0;
    let peerEnded = false;
    const client = socket.remoteAddress ?? '';
    const endIfDone = (): void => {
      if (peerEnded && inFlight === 0) socket.end();
    };
    const drain = (): void => {
      while (buffered.length >= 2 && inFlight < maxPipelinedQueries) {
        const size = buffered.readUInt16BE(0);
        if (buffered.length < 2 + size) break;
        const query = buffered.subarray(2, 2 + size);
        buffered = buffered.subarray(2 + size);
        inFlight++;
        void this.reply(query, client, 'tcp').then((reply) => {
          inFlight--;
          if (reply && !socket.destroyed) {
            const length = Buffer.alloc(2);
            length.writeUInt16BE(reply.length);
            socket.write(Buffer.concat([length, reply]));
          }
          if (socket.isPaused() && inFlight < maxPipelinedQueries) socket.resume();
          drain();
          endIfDone();
        });
      }
      if (inFlight >= maxPipelinedQueries) socket.pause();
    };
    socket.on('data', (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      drain();
    });
    socket.on('end', () => {
      peerEnded = true;
      endIfDone();
    });
    socket.on('error', () => {
      socket.destroy();
    });
    socket.on('close', () => {
      this.connections.delete(socket);
    });
  }

  private listenError(err: unknown): ListenError {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? 'address already in use'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EADDRNOTAVAIL'
            ? 'address not available'
            : err instanceof Error
              ? err.message
              : String(err);
    return new ListenError(
      `dns: cannot listen on ${formatHostPort(this.options.listen)}: ${reason}`,
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const socket of this.connections) socket.destroy();
    this.connections.clear();
    const udp = this.udp;
    const tcp = this.tcp;
    this.udp = undefined;
    this.tcp = undefined;
    await Promise.all([
      udp &&
        new Promise<void>((resolve) => {
          udp.close(() => {
            resolve();
          });
        }),
      tcp &&
        new Promise<void>((resolve) => {
          tcp.close(() => {
            resolve();
          });
        }),
    ]);
  }
}

function failure(rcode: number): ResponseContent {
  const { answer, authority, additional } = errorAnswer(rcode, false);
  return { rcode, authoritative: false, recursionAvailable: false, answer, authority, additional };
}

/**
 * Address answers in a random order, SkyDNS's round_robin, so that clients taking the first
 * spread over the services; not when a CNAME is in the answer, whose order matters to glibc.
 */
function rotated(answer: DnsRecord[]): DnsRecord[] {
  if (answer.length < 2 || answer.some((r) => r.type !== 'A' && r.type !== 'AAAA')) return answer;
  const shuffled = [...answer];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled;
}

function bindUdp(socket: dgram.Socket, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind({ address: host, port, exclusive: true }, () => {
      socket.off('error', reject);
      resolve();
    });
  });
}

function listenTcp(server: net.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
