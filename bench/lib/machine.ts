// The facts a benchmark figure means nothing without: the machine, the runtime, the server builds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, release, totalmem } from 'node:os';

export interface MachineFacts {
  /** What `nproc` reports: the CPUs this process may run on. */
  nproc: number;
  cpuModel: string;
  memoryGiB: number;
  kernel: string;
  node: string;
}

export function machineFacts(): MachineFacts {
  let cpuModel = 'unknown';
  try {
    cpuModel =
      /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpuModel;
  } catch {
    // not Linux: the model stays unknown
  }
  return {
    nproc: availableParallelism(),
    cpuModel,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: `Linux ${release()}`,
    node: process.version,
  };
}

/** The first line of `<program> --version`, e.g. `etcd Version: 3.4.23`. */
export function programVersion(program: string): string {
  const result = spawnSync(program, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return result.stdout.split('\n')[0]?.trim() || `unknown (${program} --version failed)`;
}
