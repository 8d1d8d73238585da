// h2load (nghttp2's HTTP/2 load tool, Debian's nghttp2-client) posting one gRPC request body over
// and over: the yardstick the project's own generator is held against. h2load counts an HTTP 200
// as a success, and gRPC answers errors with HTTP 200 and a grpc-status in the trailers, so its
// success count proves nothing by itself: the caller checks it against the store's revision.
// Like dnsperf.ts, it runs under a bash that prints `times` after it, for h2load's exact CPU time.
import { readFileSync } from 'node:fs';
import type { DisposableStore } from '../../src/util/lifecycle.js';
import { childCpuSeconds, cpuTimedScript } from './dnsperf.js';
import { OwnedProcess } from './owned-process.js';

export interface H2loadOptions {
  /** e.g. `http://127.0.0.1:2379/etcdserverpb.KV/Put` */
  url: string;
  /** The request body (-d): a framed gRPC message. */
  bodyFile: string;
  /** -c: connections. */
  connections: number;
  /** -m: streams in flight per connection. */
  streams: number;
  /** -D: seconds of load. */
  seconds: number;
  /** Where h2load's output goes (and, with `.times` appended, bash's). */
  outputFile: string;
}

export interface H2loadResult {
  /** Requests h2load sent, finished and counted as HTTP successes (2xx). */
  started: number;
  done: number;
  succeeded: number;
  failed: number;
  /** Requests per second h2load reports (finished ones over its run time). */
  requestsPerSecond: number;
  runSeconds: number;
  meanMs: number;
  /** Wall time from h2load's start to its exit, which its CPU time is divided by. */
  wallSeconds: number;
  /** h2load's user + system CPU seconds. */
  cpuSeconds: number;
}

const SCRIPT = cpuTimedScript('h2load');

export function h2loadArgs(options: H2loadOptions): string[] {
  return [
    ...['-c', String(options.connections), '-m', String(options.streams)],
    ...['-D', String(options.seconds), '-d', options.bodyFile],
    ...['-H', 'content-type: application/grpc', '-H', 'te: trailers'],
    options.url,
  ];
}

export async function runH2load(
  store: DisposableStore,
  options: H2loadOptions,
): Promise<H2loadResult> {
  const args = h2loadArgs(options);
  const timesFile = `${options.outputFile}.times`;
  const started = performance.now();
  const bash = OwnedProcess.spawn(
    'bash',
    ['-c', SCRIPT, 'h2load-run', options.outputFile, ...args],
    timesFile,
  );
  store.defer(() => bash.stop()); // a no-op once it has exited
  const status = await bash.exited;
  const wallSeconds = (performance.now() - started) / 1000;
  const output = readFileSync(options.outputFile, 'utf8');
  if (status !== 0) {
    throw new Error(`h2load ${args.join(' ')} exited with ${status}:\n${output.slice(-2000)}`);
  }
  return {
    ...parseH2loadOutput(output),
    wallSeconds,
    cpuSeconds: childCpuSeconds(readFileSync(timesFile, 'utf8')),
  };
}

/** h2load's closing statistics. */
export function parseH2loadOutput(
  output: string,
): Omit<H2loadResult, 'wallSeconds' | 'cpuSeconds'> {
  const finished = /^finished in ([\d.]+)(m?s), ([\d.]+) req\/s/m.exec(output);
  const requests =
    /^requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed/m.exec(
      output,
    );
  const timing = /^time for request:\s+(\S+)\s+(\S+)\s+(\S+)/m.exec(output);
  if (!finished || !requests || !timing) {
    throw new Error(`h2load's statistics are not as expected:\n${output.slice(-2000)}`);
  }
  return {
    started: Number(requests[2]),
    done: Number(requests[3]),
    succeeded: Number(requests[4]),
    failed: Number(requests[5]),
    requestsPerSecond: Number(finished[3]),
    runSeconds: Number(finished[1]) / (finished[2] === 'ms' ? 1000 : 1),
    meanMs: durationMs(timing[3]!),
  };
}

/** h2load's `12.34ms`, `991us` or `1.02s`. */
function durationMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text);
  if (!match) return Number.NaN;
  const scale = { us: 0.001, ms: 1, s: 1000 }[match[2] as 'us' | 'ms' | 's'];
  return Number(match[1]) * scale;
}
