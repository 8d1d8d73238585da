// The machine-local unit manager: loading and replacing units, Requires=/BindsTo=/Wants= with
// After=/Before= among units on this machine, journals, and a close() that leaves nothing behind.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { eventually } from '../../helpers/client.js';
import { groupMembers } from '../../../src/fleet/runner/processes.js';
import { elapsedSince, isRunning, killQuietly, RunnerHarness } from './helpers.js';

describe('fleet runner: unit manager', function () {
  this.timeout(10_000);
  let h: RunnerHarness;

  beforeEach(async () => {
    h = await RunnerHarness.create();
  });

  afterEach(async () => {
    await h.close();
  });

  describe('loading', () => {
    it('reports loaded units, replaces a unit only while it is stopped, and reports load errors', async () => {
      h.manager.load('web.service', 'aaa', [
        { section: 'Service', name: 'ExecStart', value: '/bin/sleep 30' },
      ]);
      assert.deepEqual(h.manager.status('web.service'), {
        name: 'web.service',
        hash: 'aaa',
        load: 'loaded',
        active: 'inactive',
        sub: 'dead',
        mainPid: undefined,
        failures: 0,
        hostPorts: [],
        address: undefined,
      });
      await h.manager.start('web.service');
      const running = h.manager.status('web.service')!;
      assert.equal(running.sub, 'running');
      assert.equal(typeof running.mainPid, 'number');
      // The same hash again changes nothing; another one must wait for a stop.
      h.manager.load('web.service', 'aaa', []);
      assert.throws(() => {
        h.manager.load('web.service', 'bbb', []);
      }, /is active: stop it before loading another version/);
      await h.manager.stop('web.service');
      h.manager.load('web.service', 'bbb', [
        { section: 'Service', name: 'ExecStart', value: '/bin/sleep 31' },
      ]);
      assert.equal(h.manager.status('web.service')!.hash, 'bbb');

      assert.throws(() => {
        h.manager.load('bad.service', 'ccc', [{ section: 'Service', name: 'Type', value: 'dbus' }]);
      }, /bad\.service: Type=dbus: unsupported type/);
      assert.equal(h.manager.status('bad.service')!.load, 'error');
      await assert.rejects(h.manager.start('bad.service'), /bad\.service failed to load/);
      assert.deepEqual(
        h.manager.list().map((s) => `${s.name} ${s.load}`),
        ['bad.service error', 'web.service loaded'],
      );
      await assert.rejects(h.manager.start('nope.service'), /nope\.service is not loaded here/);

      await h.manager.unload('web.service');
      assert.equal(h.manager.status('web.service'), undefined);
      await h.manager.unload('nope.service');
    });
  });

  describe('dependencies', () => {
    it('starts Requires= units first with After=, and stops dependents first', async () => {
      h.load(
        'db.service',
        `[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=/bin/sh -c 'sleep 0.2; echo db >> ${h.dir}/order'
ExecStop=/bin/sh -c 'sleep 0.1; echo stop-db >> ${h.dir}/order'`,
      );
      h.load(
        'web.service',
        `[Unit]
Requires=db.service
After=db.service
[Service]
ExecStart=/bin/sh -c 'echo web >> ${h.dir}/order; exec sleep 30'
ExecStop=/bin/sh -c 'sleep 0.1; echo stop-web >> ${h.dir}/order; kill $MAINPID'`,
      );
      await h.manager.start('web.service');
      assert.equal(h.status('db.service').sub, 'exited');
      assert.equal(h.status('web.service').sub, 'running');
      // web.service's own line: its shell runs on after the start job ended.
      await eventually(async () => (await h.read('order')).includes('web\n'));
      // A stop of what web.service requires stops web.service too, and first.
      await h.manager.stop('db.service');
      assert.equal(await h.read('order'), 'db\nweb\nstop-web\nstop-db\n');
      assert.equal(h.status('web.service').sub, 'dead');
    });

    it('orders by Before= as well, and starts Wants= units that are here', async () => {
      h.load(
        'first.service',
        `[Unit]\nBefore=second.service\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/sh -c 'sleep 0.2; echo first >> ${h.dir}/order'`,
      );
      h.load(
        'second.service',
        `[Unit]\nWants=first.service absent.service\n[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/sh -c 'echo second >> ${h.dir}/order'`,
      );
      await h.manager.start('second.service');
      assert.equal(await h.read('order'), 'first\nsecond\n');
      assert.match(await h.journalText('second.service'), /Wants=absent\.service ignored/);
    });

    it('fails a start whose Requires= unit is not here, and keeps the unit down', async () => {
      h.load(
        'lonely.service',
        `[Unit]\nRequires=ghost.service\n[Service]\nExecStart=/bin/sleep 30`,
      );
      await assert.rejects(
        h.manager.start('lonely.service'),
        /lonely\.service requires ghost\.service, which is not loaded here/,
      );
      assert.equal(h.status('lonely.service').sub, 'dead');
    });

    it('does not start a unit whose Requires= unit ordered before it failed; Wants= does not matter', async () => {
      h.load('broken.service', `[Service]\nType=oneshot\nExecStart=/bin/false`);
      h.load(
        'needs.service',
        `[Unit]\nRequires=broken.service\nAfter=broken.service\n[Service]\nExecStart=/bin/sh -c 'touch ${h.dir}/needs; exec sleep 30'`,
      );
      h.load(
        'likes.service',
        `[Unit]\nWants=broken.service\nAfter=broken.service\n[Service]\nExecStart=/bin/sleep 30`,
      );
      await h.manager.start('needs.service');
      assert.equal(h.status('broken.service').sub, 'failed');
      assert.equal(h.status('needs.service').sub, 'dead');
      assert.equal(await h.read('needs'), '');
      assert.match(await h.journalText('needs.service'), /Dependency failed/);
      await h.manager.start('likes.service');
      assert.equal(h.status('likes.service').sub, 'running');
    });

    it('stops a BindsTo= unit when the unit it is bound to fails, and with After= needs it up', async () => {
      h.load('app.service', `[Service]\nExecStart=/bin/sleep 30`);
      h.load(
        'sidekick.service',
        `[Unit]\nBindsTo=app.service\nAfter=app.service\n[Service]\nExecStart=/bin/sleep 30`,
      );
      await h.manager.start('sidekick.service');
      assert.equal(h.status('app.service').sub, 'running');
      assert.equal(h.status('sidekick.service').sub, 'running');
      process.kill(h.status('app.service').mainPid!, 'SIGKILL');
      await h.waitFor('app.service', (s) => s.sub === 'failed');
      await h.waitFor('sidekick.service', (s) => s.sub === 'dead');

      // Bound to a oneshot that ends: the start succeeds but the unit cannot stay up.
      h.load('brief.service', `[Service]\nType=oneshot\nExecStart=/bin/true`);
      h.load(
        'bound-to-brief.service',
        `[Unit]\nBindsTo=brief.service\nAfter=brief.service\n[Service]\nExecStart=/bin/sleep 30`,
      );
      await h.manager.start('bound-to-brief.service');
      assert.equal(h.status('bound-to-brief.service').sub, 'dead');
      assert.match(await h.journalText('bound-to-brief.service'), /Dependency failed/);
    });
  });

  describe('journal', () => {
    it('returns the last lines of a unit, stamped, and follows new ones', async () => {
      h.load(
        'talk.service',
        `[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/sh -c 'echo one; echo two >&2; echo three'\nExecStop=/bin/echo bye`,
      );
      await h.manager.start('talk.service');
      const last = await h.manager.journal('talk.service', 2);
      assert.equal(last.length, 2);
      assert.match(last[0]!, /^\d{4}-\d\d-\d\dT[\d:.]+Z talk\.service\[\d+\]: (two|three)$/);
      assert.match(last[1]!, /Started talk\.service\./);

      const abort = new AbortController();
      const followed: string[] = [];
      const following = (async () => {
        for await (const line of h.manager.follow('talk.service', abort.signal)) {
          followed.push(line);
          if (line.includes(': bye')) abort.abort();
        }
      })();
      await h.manager.stop('talk.service');
      await following;
      assert.match(followed.join('\n'), /talk\.service\[\d+\]: bye/);
      assert.deepEqual(await h.manager.journal('never-loaded.service', 10), []);
      assert.throws(() => h.manager.follow('../escape', abort.signal), /invalid unit name/);
    });
  });

  it('unload closes the unit’s journal file, which journal() still reads afterwards', async () => {
    const openFiles = async (): Promise<number> => (await readdir('/proc/self/fd')).length;
    const before = await openFiles();
    for (let i = 0; i < 20; i++) {
      h.load(`u${i}.service`, `[Service]\nType=oneshot\nExecStart=/bin/echo hello ${i}`);
      await h.manager.start(`u${i}.service`);
      await h.manager.unload(`u${i}.service`);
    }
    assert.ok((await openFiles()) - before < 5, 'journal files left open');
    assert.match((await h.manager.journal('u7.service', 10)).join('\n'), /hello 7$/m);
  });

  describe('close()', () => {
    it('stops every unit, leaves no process, timer or pipe behind', async () => {
      // Mocha arms this test's timeout once the test function has returned its promise.
      await new Promise((resolve) => setImmediate(resolve));
      const baseline = handleCounts();
      h.load(
        'tree.service',
        `[Service]\nExecStart=/bin/sh -c 'sleep 30 & sleep 30 & exec sleep 31'`,
      );
      h.load(
        'deaf.service',
        `[Service]\nTimeoutStopSec=200ms\nExecStart=/bin/sh -c 'trap "" TERM; sleep 30 & while :; do sleep 0.05; done'`,
      );
      h.load('forked.service', `[Service]\nType=forking\nExecStart=/bin/sh -c 'sleep 30 & exit 0'`);
      h.load(
        'flapping.service',
        `[Service]\nRestart=always\nRestartSec=50ms\nExecStart=/bin/false`,
      );
      h.load('once.service', `[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/bin/true`);
      for (const name of ['tree', 'deaf', 'forked', 'flapping', 'once']) {
        await h.manager.start(`${name}.service`);
      }
      const mains = ['tree', 'deaf', 'forked'].map((n) => h.status(`${n}.service`).mainPid!);
      const started = performance.now();
      await h.manager.close();
      assert.ok(elapsedSince(started) < 3000);

      const pgids = new Set(h.groups.map(([pgid]) => pgid));
      try {
        assert.deepEqual(await groupMembers(pgids), []);
        for (const pid of mains) assert.equal(await isRunning(pid), false);
      } finally {
        for (const pgid of pgids) killQuietly(-pgid);
      }
      for (const pgid of pgids) {
        assert.ok(
          h.groups.some(([p, alive]) => p === pgid && !alive),
          `group ${pgid} ended`,
        );
      }
      assert.deepEqual(handleCounts(), baseline);
      assert.throws(() => {
        h.manager.load('late.service', 'x', []);
      }, /closed/);
    });
  });
});

/** Child processes, pipes, files and timers the process holds, by kind. */
function handleCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) {
    if (['ProcessWrap', 'PipeWrap', 'FileHandle', 'Timeout'].includes(kind)) {
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
  }
  return counts;
}
