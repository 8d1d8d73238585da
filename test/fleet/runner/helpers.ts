// Support for the runner's tests: unit text to options, a UnitManager in a temporary directory
// that records every state change and process group, and checks against the process table.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readProcess } from '../../../src/fleet/runner/processes.js';
import {
  UnitManager,
  type UnitManagerOptions,
  type UnitStatus,
} from '../../../src/fleet/runner/unit-manager.js';
import { UnitFile } from '../../../src/fleet/unit-file.js';
import type { UnitOption } from '../../../src/fleet/unit-option.js';
import { silentLogger } from '../../../src/util/log.js';
import { eventually } from '../../helpers/client.js';

/** A unit's text as the options the agent hands the runner: parsed as fleet parses it. */
export function unitOptions(text: string): readonly UnitOption[] {
  return UnitFile.parse(text).options;
}

/** Whether the process runs (a zombie does not). */
export async function isRunning(pid: number): Promise<boolean> {
  return (await readProcess(pid)) !== undefined;
}

export function killQuietly(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export function elapsedSince(startMs: number): number {
  return performance.now() - startMs;
}

/** The machine ID the harness's manager runs as. */
export const harnessMachineId = '0123456789abcdef0123456789abcdef';

export class RunnerHarness {
  readonly changes: UnitStatus[] = [];
  private hashes = 0;

  private constructor(
    readonly dir: string,
    readonly manager: UnitManager,
    /** onProcessGroup calls, in order. */
    readonly groups: readonly (readonly [number, boolean])[],
  ) {
    manager.onChange((status) => this.changes.push(status));
  }

  static async create(
    options: Pick<UnitManagerOptions, 'containers' | 'defaultEnvironment'> = {},
  ): Promise<RunnerHarness> {
    const dir = await mkdtemp(join(tmpdir(), 'clusterd-runner-'));
    const groups: [number, boolean][] = [];
    const manager = new UnitManager({
      ...options,
      logDir: join(dir, 'journal'),
      machineId: harnessMachineId,
      bootId: 'fedcba9876543210fedcba9876543210',
      hostname: 'testhost',
      logger: silentLogger,
      onProcessGroup: (pgid, alive) => groups.push([pgid, alive]),
    });
    return new RunnerHarness(dir, manager, groups);
  }

  /** Loads a unit from its text, under a fresh hash (or the one given); the hash. */
  load(name: string, text: string, hash = `hash${++this.hashes}`): string {
    this.manager.load(name, hash, unitOptions(text));
    return hash;
  }

  status(name: string): UnitStatus {
    const status = this.manager.status(name);
    if (!status) throw new Error(`${name} is not loaded`);
    return status;
  }

  /** The SUB states the unit went through, in order. */
  subs(name: string): string[] {
    return this.changes.filter((c) => c.name === name).map((c) => c.sub);
  }

  /** Resolves with the unit's status once `predicate` holds; fails after `timeoutMs`. */
  async waitFor(
    name: string,
    predicate: (status: UnitStatus) => boolean,
    timeoutMs = 5000,
  ): Promise<UnitStatus> {
    const now = this.manager.status(name);
    if (now && predicate(now)) return now;
    return new Promise((resolve, reject) => {
      const subscription = this.manager.onChange((status) => {
        if (status.name !== name || !predicate(status)) return;
        clearTimeout(timer);
        void subscription.dispose();
        resolve(status);
      });
      const timer = setTimeout(() => {
        void subscription.dispose();
        reject(new Error(`${name}: timed out; states ${this.subs(name).join(' → ')}`));
      }, timeoutMs);
    });
  }

  /** A file under the temporary directory; '' if it does not exist. */
  async read(file: string): Promise<string> {
    try {
      return await readFile(join(this.dir, file), 'utf8');
    } catch {
      return '';
    }
  }

  /** Waits until the file has content ending in a newline. */
  async readWhenWritten(file: string, timeoutMs = 5000): Promise<string> {
    let text = '';
    await eventually(async () => {
      text = await this.read(file);
      return text.endsWith('\n');
    }, timeoutMs);
    return text;
  }

  async journalText(name: string): Promise<string> {
    return (await this.manager.journal(name, 1000)).join('\n');
  }

  async close(): Promise<void> {
    await this.manager.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}
