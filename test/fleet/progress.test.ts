// A blocking fleetctl command on a terminal says what it still waits for, on one line of stderr
// rewritten in place; on a pipe it prints fleetctl's output alone. The terminal is a real pty
// (util-linux's `script`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type FleetCluster, fleetctl, startEmbeddedFleet } from '../helpers/fleet.js';
import { clusterdCommand } from '../setup.js';

const execFileAsync = promisify(execFile);

describe('fleet: progress of blocking commands', function () {
  this.timeout(60_000);
  let fleet: FleetCluster;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-progress-'));
    fleet = await startEmbeddedFleet(1, '5s');
    // No machine has this metadata: the unit is never placed.
    await writeFile(
      join(dir, 'nowhere.service'),
      '[Service]\nExecStart=/bin/sleep 100\n\n[X-Fleet]\nMachineMetadata=region=nowhere\n',
    );
  });

  after(async () => {
    await fleet.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('on a terminal, says which unit it waits for and why, then clears the line', async () => {
    const command = [...clusterdCommand, 'fleet', '--endpoint', fleet.endpoint()];
    const line = [...command, 'start', '--block-attempts', '2', join(dir, 'nowhere.service')]
      .map((arg) => `'${arg}'`)
      .join(' ');
    // It fails (the unit is never placed), and prints all the same.
    const { stdout } = await execFileAsync('script', ['-qec', line, '/dev/null']).catch(
      (err: unknown) => ({ stdout: (err as { stdout: string }).stdout }),
    );
    const clearLine = '\r\u001b[2K';
    assert.ok(
      /waiting \ds for nowhere\.service to be launched: not placed on a machine yet/.test(stdout),
      stdout,
    );
    assert.ok(stdout.includes(`${clearLine}waiting `), stdout);
    assert.ok(
      stdout.includes(
        `${clearLine}Error waiting for units: timed out waiting for unit nowhere.service to report state launched`,
      ),
      stdout,
    );
  });

  it('on a pipe, prints no progress', async () => {
    const r = await fleetctl(fleet.endpoint(), [
      'stop',
      '--block-attempts',
      '2',
      'nowhere.service',
    ]);
    assert.equal(r.code, 1);
    assert.ok(!r.stderr.includes('\u001b') && !/waiting \d+s for/.test(r.stderr), r.stderr);
    assert.match(r.stderr, /^Error waiting for units: timed out/);
  });
});
