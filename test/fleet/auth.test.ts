// The scheduler on a store with auth enabled, as etcd's users and roles set up with the real
// etcdctl: the machines authenticate (--etcd-username), a user without write permission on the
// jobs cannot submit or start a unit (etcd's "permission denied", nothing written, nothing runs),
// a permitted user can, and a unit written before auth was enabled (or by hand, naming no
// submitter) is refused, stopped and shown as refused until a permitted user starts it again.
// On clusterd's own store (AuthStatus) and on Debian's etcd 3.4 (which has no AuthStatus).
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { etcdctl } from '../compat/etcdctl.js';
import { eventually } from '../helpers/client.js';
import {
  type FleetCluster,
  fleetctl,
  startEmbeddedFleet,
  startExternalFleet,
} from '../helpers/fleet.js';

const prefix = '/_coreos.com/fleet/';
const root = 'root:rootpw';
const deployer = 'deployer:deployerpw';
const guest = 'guest:guestpw';

const stores = [
  {
    name: "clusterd's own store",
    start: (args: string[]) => startEmbeddedFleet(1, '5s', args),
  },
  { name: 'Debian etcd 3.4', start: (args: string[]) => startExternalFleet(1, '5s', args) },
];

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

for (const store of stores) {
  describe(`fleet: units only from users allowed to write them (${store.name})`, function () {
    this.timeout(90_000);
    let fleet: FleetCluster | undefined;
    let dir: string;

    const ctl = (user: string | undefined, ...args: string[]) =>
      fleetctl(fleet!.endpoint(), [...(user ? ['--user', user] : []), ...args], dir);
    const admin = async (...args: string[]): Promise<string> => {
      const r = await etcdctl(fleet!.endpoint(), ['--user', root, ...args]);
      assert.equal(r.code, 0, `etcdctl ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    /** The STATE column of list-unit-files, by unit. */
    const states = async (): Promise<Map<string, string>> => {
      const r = await ctl(deployer, 'list-unit-files', '--no-legend', '--fields', 'unit,state');
      assert.equal(r.code, 0, r.stderr);
      return new Map(
        r.stdout
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(/\t+/) as [string, string]),
      );
    };
    const pidOf = async (unit: string): Promise<number> => {
      let pid = 0;
      await eventually(async () => {
        pid = Number(await readFile(join(dir, `${unit}.pid`), 'utf8').catch(() => '0'));
        return pid > 0 && alive(pid);
      }, 15_000);
      return pid;
    };

    before(async function () {
      dir = await mkdtemp(join(tmpdir(), 'clusterd-fleet-auth-'));
      for (const unit of ['old', 'new', 'hand']) {
        await writeFile(
          join(dir, `${unit}.service`),
          `[Service]\nExecStart=/bin/sh -c 'echo $$$$ > ${dir}/${unit}.service.pid; exec sleep 600'\n`,
        );
      }
      fleet = await store.start(['--etcd-username', 'machine', '--etcd-password', 'machinepw']);
    });

    after(async function () {
      await fleet?.stop();
      await rm(dir, { recursive: true, force: true });
    });

    it('runs a unit submitted before auth while auth is off', async function () {
      const r = await ctl(undefined, 'start', 'old.service');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Unit old\.service launched/);
      await pidOf('old.service');
    });

    it('with auth enabled, refuses and stops the unit nobody authenticated submitted', async function () {
      const oldPid = await pidOf('old.service');
      const r = await etcdctl(fleet!.endpoint(), ['user', 'add', root]);
      assert.equal(r.code, 0, r.stderr);
      // Machines: their own records, the engine's decisions and the units' DNS records; read-only
      // on jobs and units.
      await admin('role', 'add', 'fleet-machine');
      await admin('role', 'grant-permission', 'fleet-machine', '--prefix', 'read', prefix);
      for (const part of ['schedule/', 'global/', 'machines/', 'state/', 'engine/', 'refused/'])
        await admin(
          'role',
          'grant-permission',
          'fleet-machine',
          '--prefix',
          'readwrite',
          prefix + part,
        );
      await admin('role', 'grant-permission', 'fleet-machine', '--prefix', 'readwrite', '/skydns/');
      await admin('user', 'add', 'machine:machinepw');
      await admin('user', 'grant-role', 'machine', 'fleet-machine');
      // Deployers: jobs and units.
      await admin('role', 'add', 'fleet-deployer');
      await admin('role', 'grant-permission', 'fleet-deployer', '--prefix', 'read', prefix);
      for (const part of ['job/', 'unit/'])
        await admin(
          'role',
          'grant-permission',
          'fleet-deployer',
          '--prefix',
          'readwrite',
          prefix + part,
        );
      await admin('user', 'add', deployer);
      await admin('user', 'grant-role', 'deployer', 'fleet-deployer');
      // Guests may read the registry, nothing more.
      await admin('role', 'add', 'fleet-guest');
      await admin('role', 'grant-permission', 'fleet-guest', '--prefix', 'read', prefix);
      await admin('user', 'add', guest);
      await admin('user', 'grant-role', 'guest', 'fleet-guest');
      await admin('user', 'grant-role', 'root', 'root');
      await admin('auth', 'enable');

      await eventually(async () => (await states()).get('old.service') === 'refused', 15_000);
      await eventually(() => !alive(oldPid), 15_000);
      const list = await ctl(deployer, 'list-units', '--no-legend');
      assert.equal(list.code, 0, list.stderr);
      assert.doesNotMatch(list.stdout, /old\.service/);
    });

    it('refuses a user without permission: nothing written, nothing runs', async function () {
      const before = await admin('get', '--prefix', prefix + 'unit/', '--keys-only');
      const r = await ctl(guest, 'start', 'new.service');
      assert.equal(r.code, 1);
      assert.match(r.stderr, /etcdserver: permission denied/);
      assert.equal(await admin('get', '--prefix', prefix + 'job/new.service'), '');
      assert.equal(await admin('get', '--prefix', prefix + 'unit/', '--keys-only'), before);
      const wrong = await ctl('deployer:wrong', 'list-units');
      assert.equal(wrong.code, 1);
      assert.match(wrong.stderr, /etcdserver: authentication failed, invalid user ID or password/);
      const anonymous = await ctl(undefined, 'list-units');
      assert.equal(anonymous.code, 1);
      assert.match(anonymous.stderr, /etcdserver: user name is empty/);
    });

    it('runs what a permitted user starts, the refused unit too', async function () {
      const r = await ctl(deployer, 'start', 'new.service');
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Unit new\.service launched/);
      await pidOf('new.service');
      const job = JSON.parse(
        await admin('get', '--print-value-only', prefix + 'job/new.service'),
      ) as { hash: string; submittedBy?: string };
      assert.equal(job.submittedBy, 'deployer');
      const again = await ctl(deployer, 'start', 'old.service');
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /Unit old\.service launched/);
      assert.equal((await states()).get('old.service'), 'launched');
    });

    it('refuses a job written by hand, naming no submitter', async function () {
      const job = JSON.parse(
        await admin('get', '--print-value-only', prefix + 'job/new.service'),
      ) as { hash: string; submittedBy?: string };
      const hand = JSON.stringify({
        name: 'hand.service',
        hash: job.hash,
        desiredState: 'launched',
      });
      await admin('put', prefix + 'job/hand.service', hand);
      await eventually(async () => (await states()).get('hand.service') === 'refused', 15_000);
      const r = await ctl(deployer, 'list-units', '--no-legend');
      assert.doesNotMatch(r.stdout, /hand\.service/);
    });
  });
}
