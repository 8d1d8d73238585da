// DNS test tools: `dig` (Debian's dnsutils) run against a server and its output parsed; a small
// upstream nameserver that answers every A question with its own address and counts them; and
// `clusterd agent --etcd-endpoints` started with DNS on and no store of its own.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import * as dgram from 'node:dgram';
import { mkdtemp, rm } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Packet } from 'dns2';
import { clusterdCommand, ensureBundle, repoRoot } from '../setup.js';
import { sleep } from './client.js';
import { freePort } from './ports.js';

const execFileAsync = promisify(execFile);

export interface DigResult {
  /** NOERROR, NXDOMAIN, SERVFAIL, REFUSED, ... */
  status: string;
  /** Header flags: qr, aa, tc, rd, ra. */
  flags: string[];
  /** Records as `name ttl IN TYPE data`, single-spaced. */
  answer: string[];
  authority: string[];
  additional: string[];
  /** The UDP size in the reply's OPT, if it had one. */
  ednsUdpSize: number | undefined;
  /** Whether dig got TC over UDP and asked again over TCP. */
  retriedOverTcp: boolean;
  output: string;
}

/**
 * `dig @127.0.0.1 -p port name type [options]`: one try, 3 s, no cookie (clusterd does not do
 * cookies, and dig warns about a reply without one).
 */
export async function dig(
  port: number,
  name: string,
  type: string,
  options: string[] = [],
): Promise<DigResult> {
  const args = [
    '@127.0.0.1',
    '-p',
    String(port),
    name,
    type,
    '+noall',
    '+comments',
    '+answer',
    '+authority',
    '+additional',
    '+nocookie',
    '+tries=1',
    '+time=3',
    ...options,
  ];
  const { stdout } = await execFileAsync('dig', args, { timeout: 15_000 }).catch((err: unknown) => {
    // dig exits non-zero for some answers (e.g. none at all) yet prints what it got.
    const { stdout, message } = err as { stdout?: string; message: string };
    if (stdout) return { stdout };
    throw new Error(`dig ${args.join(' ')}: ${message}`);
  });
  return parseDig(stdout);
}

export function parseDig(output: string): DigResult {
  const result: DigResult = {
    status: '',
    flags: [],
    answer: [],
    authority: [],
    additional: [],
    ednsUdpSize: undefined,
    retriedOverTcp: output.includes('Truncated, retrying in TCP mode'),
    output,
  };
  let section: 'answer' | 'authority' | 'additional' | undefined;
  for (const line of output.split('\n')) {
    const status = /status: (\w+)/.exec(line);
    if (status) result.status = status[1]!;
    const flags = /^;; flags: ([^;]*);/.exec(line);
    if (flags) result.flags = flags[1]!.trim().split(/\s+/);
    const edns = /; EDNS: .*udp: (\d+)/.exec(line);
    if (edns) result.ednsUdpSize = Number(edns[1]);
    if (line.startsWith(';; ANSWER SECTION:')) section = 'answer';
    else if (line.startsWith(';; AUTHORITY SECTION:')) section = 'authority';
    else if (line.startsWith(';; ADDITIONAL SECTION:')) section = 'additional';
    else if (line.trim() === '' || line.startsWith(';')) {
      if (line.trim() === '') section = undefined;
    } else if (section) result[section].push(line.trim().split(/\s+/).join(' '));
  }
  if (result.status === '') throw new Error(`dig printed no answer:\n${output}`);
  return result;
}

/** An SRV record's data. */
export interface SrvAnswer {
  priority: number;
  weight: number;
  port: number;
  target: string;
}

/**
 * A nameserver on UDP and TCP that answers every A question with `address` (TTL 300), and SRV
 * questions with the records set in `srv` (none: an empty answer).
 */
export class FakeNameserver {
  /** Questions received, as `name TYPE transport`. */
  readonly questions: string[] = [];
  /** SRV records by name (without the trailing dot). */
  readonly srv = new Map<string, SrvAnswer[]>();
  private readonly udp = dgram.createSocket('udp4');
  private readonly tcp: net.Server;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    readonly port: number,
    readonly address: string,
  ) {
    this.udp.on('message', (msg, from) => {
      const reply = this.answer(msg, 'udp');
      if (reply) this.udp.send(reply, from.port, from.address);
    });
    this.tcp = net.createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => socket.destroy());
      let buffered = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffered = Buffer.concat([buffered, chunk]);
        while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
          const size = buffered.readUInt16BE(0);
          const reply = this.answer(buffered.subarray(2, 2 + size), 'tcp');
          buffered = buffered.subarray(2 + size);
          if (reply) {
            const length = Buffer.alloc(2);
            length.writeUInt16BE(reply.length);
            socket.write(Buffer.concat([length, reply]));
          }
        }
      });
    });
  }

  static async start(address: string): Promise<FakeNameserver> {
    for (let attempt = 0; ; attempt++) {
      const server = new FakeNameserver(await freePort(), address);
      try {
        await new Promise<void>((resolve, reject) => {
          server.udp.once('error', reject);
          server.udp.bind(server.port, '127.0.0.1', resolve);
        });
        await new Promise<void>((resolve, reject) => {
          server.tcp.once('error', reject);
          server.tcp.listen(server.port, '127.0.0.1', resolve);
        });
        return server;
      } catch (err) {
        await server.close();
        if (attempt >= 3) throw err;
      }
    }
  }

  get endpoint(): string {
    return `127.0.0.1:${this.port}`;
  }

  private answer(query: Buffer, transport: string): Buffer | undefined {
    const request = Packet.parse(query);
    const question = request.questions[0];
    if (!question) return undefined;
    this.questions.push(`${question.name} ${Packet.typeName(question.type)} ${transport}`);
    const response = Packet.createResponseFromRequest(request);
    response.header.ra = 1;
    if (question.type === Packet.TYPE.SRV) {
      for (const record of this.srv.get(question.name.replace(/\.$/, '')) ?? []) {
        response.answers.push(
          new Packet.Resource({
            name: question.name,
            type: Packet.TYPE.SRV,
            class: 1,
            ttl: 300,
            ...record,
          }),
        );
      }
    }
    if (question.type === Packet.TYPE.A) {
      response.answers.push(
        new Packet.Resource({
          name: question.name,
          type: Packet.TYPE.A,
          class: 1,
          ttl: 300,
          address: this.address,
        }),
      );
    }
    return response.toBuffer();
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await Promise.all([
      new Promise<void>((resolve) => {
        this.udp.close(() => {
          resolve();
        });
      }).catch(() => undefined),
      new Promise<void>((resolve) => {
        this.tcp.close(() => {
          resolve();
        });
      }),
    ]);
  }
}

/** Waits until the server at `port` answers its domain's SOA: it has listed the store. */
export async function waitDnsReady(
  port: number,
  domain: string,
  output: () => string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await dig(port, domain, 'SOA', ['+time=1']).catch(() => undefined);
    if (r?.status === 'NOERROR' && r.answer.length === 1) return;
    if (Date.now() > deadline) throw new Error(`DNS on ${port} not ready:\n${output()}`);
    await sleep(100);
  }
}

export interface DnsAgent {
  readonly dnsPort: number;
  output(): string;
  /** SIGTERM, then the directory is removed. */
  stop(): Promise<void>;
}

/** `clusterd agent --etcd-endpoints ... --no-fleet --dns-addr 127.0.0.1:<free port> ...args`. */
export async function startDnsAgent(
  endpoints: string[],
  domain: string,
  args: string[] = [],
): Promise<DnsAgent> {
  ensureBundle();
  const dnsPort = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'clusterd-dns-'));
  const log: string[] = [];
  const child: ChildProcess = spawn(
    clusterdCommand[0]!,
    [
      ...clusterdCommand.slice(1),
      'agent',
      '--data-dir',
      dataDir,
      '--etcd-endpoints',
      endpoints.join(','),
      '--no-fleet',
      '--dns-addr',
      `127.0.0.1:${dnsPort}`,
      '--dns-domain',
      domain,
      '--log-level',
      'warn',
      ...args,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const keep = (chunk: Buffer): void => {
    log.push(chunk.toString());
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const agent: DnsAgent = {
    dnsPort,
    output: () => log.join('').slice(-6000),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitDnsReady(dnsPort, domain, () => agent.output());
  } catch (err) {
    await agent.stop();
    throw err;
  }
  return agent;
}

/**
 * One A question over UDP without dig's start-up cost, for timing: the addresses answered, or
 * undefined for no answer within `timeoutMs` or an rcode other than NOERROR.
 */
export function queryA(
  port: number,
  name: string,
  timeoutMs = 1000,
): Promise<string[] | undefined> {
  const query = new Packet();
  query.header = new Packet.Header({ id: Packet.uuid(), rd: 1 });
  query.questions.push(new Packet.Question(name, Packet.TYPE.A, 1));
  const socket = dgram.createSocket('udp4');
  return new Promise((resolve) => {
    const done = (value: string[] | undefined): void => {
      clearTimeout(timer);
      socket.close();
      resolve(value);
    };
    const timer = setTimeout(() => {
      done(undefined);
    }, timeoutMs);
    socket.on('message', (msg) => {
      const reply = Packet.parse(msg);
      done(reply.header.rcode === 0 ? reply.answers.map((a) => a.address ?? '') : undefined);
    });
    socket.send(query.toBuffer(), port, '127.0.0.1');
  });
}
