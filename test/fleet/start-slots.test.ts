// A machine given many units at once starts at most eight at a time (each start job: its
// ExecStartPre=, pulls, container creation), the others as slots free up, and all of them run.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from '../helpers/client.js';
import { type FleetCluster, fleetctl, startEmbeddedFleet } from '../helpers/fleet.js';

const units = 20;
/**
 * Every start job's ExecStartPre= is `/bin/sleep <marker>`, a duration of about 2 s no other
 * process on the machine has, so start jobs can be counted in /proc. Not a shell carrying the
 * marker: a shell forking its `sleep` has a second process with its command line until the exec,
 * and the count saw one start job twice (9 at once, with eight slots).
 */
const marker = `2.${randomBytes(4).readUInt32BE(0)}`;

/** The processes whose command line holds the marker: start jobs under way. */
function startJobsRunning(): number {
  let count = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(marker)) count++;
    } catch {
      // Ended meanwhile.
    }
  }
  return count;
}

describe('fleet: start jobs in flight on one machine', function () {
  this.timeout(90_000);
  let fleet: FleetCluster;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-slots-'));
    fleet = await startEmbeddedFleet(1, '10s');
    await writeFile(
      join(dir, 'slow@.service'),
      `[Service]\nExecStartPre=/bin/sleep ${marker}\nExecStart=/bin/sleep 100\n`,
    );
  });

  after(async () => {
    await fleet.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('never has more than eight starting, and starts them all', async () => {
    const names = Array.from({ length: units }, (_, i) => `slow@${i}.service`);
    const submitted = await fleetctl(fleet.endpoint(), ['submit', 'slow@.service'], dir);
    assert.equal(submitted.code, 0, submitted.stderr);
    const started = await fleetctl(fleet.endpoint(), ['start', '--no-block', ...names], dir);
    assert.equal(started.code, 0, started.stderr);
    let mostStarting = 0;
    let active = 0;
    const deadline = Date.now() + 60_000;
    while (active < units) {
      assert.ok(Date.now() < deadline, `only ${active} of ${units} active`);
      const r = await fleetctl(fleet.endpoint(), [
        'list-units',
        '--no-legend',
        '--fields',
        'unit,active',
      ]);
      const states = r.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/)[1]);
      mostStarting = Math.max(mostStarting, startJobsRunning());
      active = states.filter((s) => s === 'active').length;
      await sleep(100);
    }
    assert.ok(mostStarting <= 8, `${mostStarting} start jobs at once`);
    assert.ok(mostStarting >= 4, `the slots were used (${mostStarting} at most)`);
  });
});
