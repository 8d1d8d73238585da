// A unit whose Requires= names a unit not on its machine yet cannot start (systemd's "Unit not
// found"); the engine places units one at a time, so that is only a moment when the required unit
// follows. The agent tries the start again, with its backoff, until it goes through.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, sleep } from '../helpers/client.js';
import { type FleetCluster, fleetctl, startEmbeddedFleet } from '../helpers/fleet.js';

describe('fleet: a Requires= unit placed after the unit that needs it', function () {
  this.timeout(60_000);
  let fleet: FleetCluster;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-requires-'));
    fleet = await startEmbeddedFleet(1, '5s');
    await writeFile(
      join(dir, 'web.service'),
      '[Unit]\nRequires=side.service\n\n[Service]\nExecStart=/bin/sleep 100\n',
    );
    await writeFile(join(dir, 'side.service'), '[Service]\nExecStart=/bin/sleep 100\n');
  });

  after(async () => {
    await fleet.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const activeState = async (unit: string): Promise<string | undefined> => {
    const r = await fleetctl(fleet.endpoint(), [
      'list-units',
      '--no-legend',
      '--fields',
      'unit,active',
    ]);
    return r.stdout
      .split('\n')
      .map((line) => line.split(/\s+/))
      .find(([name]) => name === unit)?.[1];
  };

  it('starts once the required unit arrives', async () => {
    const web = await fleetctl(
      fleet.endpoint(),
      ['start', '--no-block', join(dir, 'web.service')],
      dir,
    );
    assert.equal(web.code, 0, web.stderr);
    // Its start is refused while side.service is nowhere.
    await sleep(1500);
    assert.notEqual(await activeState('web.service'), 'active');
    const side = await fleetctl(
      fleet.endpoint(),
      ['start', '--no-block', join(dir, 'side.service')],
      dir,
    );
    assert.equal(side.code, 0, side.stderr);
    await eventually(async () => (await activeState('web.service')) === 'active', 20_000);
  });
});
