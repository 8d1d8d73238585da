// TCP throughput between two network namespaces of a lab (test/helpers/netns.ts), measured by
// Debian's iperf3: C, so the measuring tool is not what limits the figure. The server and every
// client run through the lab, which stops them by pid when it is destroyed.
import type { ChildProcess } from 'node:child_process';
import type { NetnsLab } from '../../test/helpers/netns.js';

export interface Iperf3Result {
  /** What the receiver got, in bits per second, the omitted first seconds left out. */
  bitsPerSecond: number;
  /** TCP segments the sender sent again. */
  retransmits: number;
  /**
   * CPU time of the two iperf3 processes over the test, as % of one CPU (user + system). The
   * kernel's packet work in softirq is accounted apart and mostly missing from these.
   */
  senderCpuPercent: number;
  receiverCpuPercent: number;
}

/** The parts of `iperf3 --json` read here (iperf3 3.12). */
interface Iperf3Json {
  error?: string;
  end?: {
    sum_sent?: { retransmits?: number };
    sum_received?: { bits_per_second?: number };
    cpu_utilization_percent?: { host_total?: number; remote_total?: number };
  };
}

const serverStartTimeoutMs = 10_000;
/** How long past its own duration a client may take to connect, finish and print. */
const clientGraceMs = 20_000;

/** `iperf3 --server` in `netns`, resolved once it listens on `port`. */
export async function startIperf3Server(
  lab: NetnsLab,
  netns: string,
  port: number,
): Promise<ChildProcess> {
  const server = lab.spawnIn(netns, 'iperf3', ['--server', '--port', String(port)]);
  let stderr = '';
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = performance.now() + serverStartTimeoutMs;
  // iperf3's "Server listening" line sits in stdio's buffer when stdout is a pipe: ask the kernel.
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`iperf3 --server in ${netns} exited: ${stderr.trim()}`);
    const listening = await lab.exec(netns, 'ss', ['-Hltn', `sport = :${port}`]);
    if (listening.stdout.trim() !== '') return server;
    if (performance.now() > deadline)
      throw new Error(`iperf3 --server in ${netns} not listening after ${serverStartTimeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface Iperf3ClientOptions {
  server: string;
  port: number;
  /** The client's source address, which picks the path when a machine has several. */
  bind: string;
  seconds: number;
  /** Seconds at the start left out of the result: TCP's slow start. */
  omitSeconds: number;
}

/** One TCP stream from `netns` to the server for `seconds`, as `iperf3 --client --json`. */
export async function runIperf3Client(
  lab: NetnsLab,
  netns: string,
  options: Iperf3ClientOptions,
): Promise<Iperf3Result> {
  const args = [
    ...['--client', options.server, '--port', String(options.port), '--bind', options.bind],
    ...['--time', String(options.seconds), '--omit', String(options.omitSeconds), '--json'],
  ];
  const client = lab.spawnIn(netns, 'iperf3', args);
  let stdout = '';
  let stderr = '';
  client.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  client.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const limitMs = (options.seconds + options.omitSeconds) * 1000 + clientGraceMs;
  const exited = new Promise<void>((resolve) => {
    client.once('exit', () => {
      resolve();
    });
  });
  const limit = { reached: false };
  const timer = setTimeout(() => {
    limit.reached = true;
    void lab.stop(client);
  }, limitMs);
  await exited;
  clearTimeout(timer);
  const what = `iperf3 ${args.join(' ')} in ${netns}`;
  if (limit.reached) throw new Error(`${what}: no end after ${limitMs} ms`);
  let result: Iperf3Json;
  try {
    result = JSON.parse(stdout) as Iperf3Json;
  } catch {
    throw new Error(`${what}: no JSON (exit ${client.exitCode ?? client.signalCode}): ${stderr}`);
  }
  if (result.error !== undefined) throw new Error(`${what}: ${result.error}`);
  const end = result.end;
  const bitsPerSecond = end?.sum_received?.bits_per_second;
  if (bitsPerSecond === undefined) throw new Error(`${what}: no sum_received in its JSON`);
  return {
    bitsPerSecond,
    retransmits: end?.sum_sent?.retransmits ?? 0,
    senderCpuPercent: end?.cpu_utilization_percent?.host_total ?? 0,
    receiverCpuPercent: end?.cpu_utilization_percent?.remote_total ?? 0,
  };
}
