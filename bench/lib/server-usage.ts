// What the server processes (and the load generator's) consumed during a measurement, read from
// /proc: resident memory (VmRSS in /proc/<pid>/status) and CPU time (utime + stime in
// /proc/<pid>/stat, and per thread in /proc/<pid>/task/<tid>/stat).
// Sampling RSS at a fixed interval gives the peak within the measured window, which the kernel's
// VmHWM cannot (it covers the whole life of the process, warm-up included). CPU time per request
// is the figure that other load on a shared machine disturbs least.
import { readdirSync, readFileSync } from 'node:fs';

const SAMPLE_INTERVAL_MS = 100;
/** USER_HZ, the unit of /proc/<pid>/stat times: 100 on every mainstream Linux architecture. */
const CLOCK_TICKS_PER_SECOND = 100;

export interface ServerUsage {
  pid: number;
  peakRssKiB: number;
  endRssKiB: number;
  /** User plus system CPU time spent during the measurement. */
  cpuSeconds: number;
  /**
   * The CPU time of the process's busiest thread during the measurement: near the wall time, that
   * thread (a Node server's event loop) was the limit, however idle the other cores were.
   */
  busiestThreadCpuSeconds: number;
  /** Wall time between the first and the last reading. */
  wallSeconds: number;
}

function readProc(pid: number, file: 'status' | 'stat'): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // the process is gone, or this is not Linux
  }
}

/** VmRSS of `pid` in KiB. */
export function readRssKiB(pid: number): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readProc(pid, 'status') ?? '');
  return match ? Number(match[1]) : undefined;
}

/** utime + stime of `pid` in seconds. */
export function readCpuSeconds(pid: number): number | undefined {
  const stat = readProc(pid, 'stat');
  return stat === undefined ? undefined : cpuSecondsOfStat(stat);
}

function cpuSecondsOfStat(stat: string): number {
  // The command name (field 2) may contain spaces; the fields after its closing parenthesis do
  // not. utime and stime are fields 14 and 15, i.e. the 12th and 13th after the parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** One thread's name (its comm, e.g. `node` for Node's main thread) and CPU time. */
export interface ThreadCpu {
  name: string;
  cpuSeconds: number;
}

/**
 * utime + stime of every thread of `pid` (/proc/<pid>/task/<tid>/stat), by thread id; the main
 * thread's id is the pid. Empty when the process is gone.
 */
export function readThreadCpu(pid: number): Map<number, ThreadCpu> {
  const threads = new Map<number, ThreadCpu>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    threads.set(Number(tid), { name, cpuSeconds: cpuSecondsOfStat(stat) });
  }
  return threads;
}

/** The largest CPU time a thread of `pid` spent between two readThreadCpu readings. */
function busiestThreadSeconds(
  before: Map<number, ThreadCpu> | undefined,
  after: Map<number, ThreadCpu>,
): number {
  let busiest = 0;
  for (const [tid, thread] of after) {
    busiest = Math.max(busiest, thread.cpuSeconds - (before?.get(tid)?.cpuSeconds ?? 0));
  }
  return busiest;
}

export class ServerUsageSampler {
  private readonly peakRss = new Map<number, number>();
  private readonly cpuAtStart = new Map<number, number>();
  private readonly threadsAtStart = new Map<number, Map<number, ThreadCpu>>();
  private readonly startedAt = performance.now();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pids: readonly number[]) {
    for (const pid of pids) {
      this.cpuAtStart.set(pid, readCpuSeconds(pid) ?? 0);
      this.threadsAtStart.set(pid, readThreadCpu(pid));
    }
    this.sampleRss();
    this.timer = setInterval(() => {
      this.sampleRss();
    }, SAMPLE_INTERVAL_MS);
  }

  /** Stops sampling; values that could not be read are 0. */
  finish(): ServerUsage[] {
    clearInterval(this.timer);
    this.sampleRss();
    const wallSeconds = (performance.now() - this.startedAt) / 1000;
    return this.pids.map((pid) => ({
      pid,
      peakRssKiB: this.peakRss.get(pid) ?? 0,
      endRssKiB: readRssKiB(pid) ?? 0,
      cpuSeconds: Math.max(0, (readCpuSeconds(pid) ?? 0) - (this.cpuAtStart.get(pid) ?? 0)),
      busiestThreadCpuSeconds: busiestThreadSeconds(
        this.threadsAtStart.get(pid),
        readThreadCpu(pid),
      ),
      wallSeconds,
    }));
  }

  private sampleRss(): void {
    for (const pid of this.pids) {
      const rss = readRssKiB(pid);
      if (rss !== undefined) this.peakRss.set(pid, Math.max(rss, this.peakRss.get(pid) ?? 0));
    }
  }
}
