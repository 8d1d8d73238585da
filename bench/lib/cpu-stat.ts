// The whole machine's CPU time by kind, from the first line of /proc/stat: for work no process is
// charged with, such as the kernel's packet processing in softirq. It counts everything that ran
// meanwhile, other people's work included.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** USER_HZ, the unit of /proc/stat: 100 on every mainstream Linux architecture. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time by kind, summed over all CPUs: in seconds, or as a share (see the functions). */
export interface MachineCpu {
  /** user + nice. */
  user: number;
  system: number;
  /** irq + softirq: interrupts and the network stack's deferred work. */
  interrupts: number;
  /** idle + iowait. */
  idle: number;
}

/** CPU seconds since boot; undefined off Linux. */
export function readMachineCpu(): MachineCpu | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/stat', 'utf8');
  } catch {
    return undefined;
  }
  // cpu  user nice system idle iowait irq softirq steal guest guest_nice
  const ticks = stat.split('\n', 1)[0]!.split(/\s+/).slice(1).map(Number);
  const seconds = (...fields: number[]): number =>
    fields.reduce((sum, field) => sum + (ticks[field] ?? 0), 0) / CLOCK_TICKS_PER_SECOND;
  return {
    user: seconds(0, 1),
    system: seconds(2),
    interrupts: seconds(5, 6),
    idle: seconds(3, 4),
  };
}

/** The share (0 to 1) of the machine's CPU time between two readings that was not idle. */
export function busyShare(before: MachineCpu | undefined, after: MachineCpu | undefined): number {
  if (!before || !after) return 0;
  const spent = (kind: keyof MachineCpu): number => after[kind] - before[kind];
  const total = spent('user') + spent('system') + spent('interrupts') + spent('idle');
  return total > 0 ? (total - spent('idle')) / total : 0;
}

/** What was spent between two readings `wallSeconds` apart, in % of all the machine's CPUs. */
export function machineCpuPercent(
  before: MachineCpu,
  after: MachineCpu,
  wallSeconds: number,
): MachineCpu {
  const percent = (kind: keyof MachineCpu): number =>
    ((after[kind] - before[kind]) / (wallSeconds * availableParallelism())) * 100;
  return {
    user: percent('user'),
    system: percent('system'),
    interrupts: percent('interrupts'),
    idle: percent('idle'),
  };
}
