// One service's life with real processes: Restart= against every way a process ends, RestartSec=
// and the start rate limit, start and stop timeouts, KillMode=, `-`, ExecStop*=, the service
// types, the environment, User= and WorkingDirectory=.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { groupMembers } from '../../../src/fleet/runner/processes.js';
import type { RestartPolicy } from '../../../src/fleet/runner/service-spec.js';
import { eventually, sleep } from '../../helpers/client.js';
import { elapsedSince, isRunning, killQuietly, RunnerHarness } from './helpers.js';

describe('fleet runner: service', function () {
  this.timeout(10_000);
  let h: RunnerHarness;
  const leftovers: number[] = [];

  beforeEach(async () => {
    h = await RunnerHarness.create();
  });

  afterEach(async () => {
    await h.close();
    leftovers.splice(0).forEach(killQuietly);
  });

  describe('Restart=', () => {
    // systemd.service(5), the table under Restart=: which ways of ending cause a restart.
    const endings = [
      { how: 'clean exit', command: 'exit 0', result: 'success' },
      { how: 'unclean exit code', command: 'exit 3', result: 'exit-code' },
      // `$$$$` is `$$` to the shell: systemd turns `$$` into `$`.
      { how: 'unclean signal', command: 'kill -KILL $$$$', result: 'signal' },
    ] as const;
    const restarts: Record<RestartPolicy, [boolean, boolean, boolean]> = {
      no: [false, false, false],
      always: [true, true, true],
      'on-success': [true, false, false],
      'on-failure': [false, true, true],
      'on-abnormal': [false, false, true],
      'on-abort': [false, false, true],
      'on-watchdog': [false, false, false],
    };

    it('restarts as systemd’s table says, for every policy and way of ending', async () => {
      const cases = Object.entries(restarts).flatMap(([policy, expected]) =>
        endings.map((ending, i) => ({
          name: `r-${policy}-${i}.service`,
          policy,
          ending,
          restart: expected[i]!,
        })),
      );
      for (const c of cases) {
        h.load(
          c.name,
          `[Service]\nRestart=${c.policy}\nRestartSec=20s\nExecStart=/bin/sh -c '${c.ending.command}'`,
        );
      }
      const outcomes = await Promise.all(
        cases.map(async (c) => {
          await h.manager.start(c.name);
          const status = await h.waitFor(c.name, (s) =>
            ['auto-restart', 'dead', 'failed'].includes(s.sub),
          );
          return `${c.policy} after ${c.ending.how}: ${status.sub}`;
        }),
      );
      assert.deepEqual(
        outcomes,
        cases.map((c) => {
          const final = c.ending.result === 'success' ? 'dead' : 'failed';
          return `${c.policy} after ${c.ending.how}: ${c.restart ? 'auto-restart' : final}`;
        }),
      );
      // A stop cancels a scheduled restart.
      await Promise.all(cases.map((c) => h.manager.stop(c.name)));
      for (const c of cases) assert.equal(h.status(c.name).active === 'activating', false);
    });

    it('counts SIGTERM, SIGHUP and SuccessExitStatus= as clean, and honours the exit status lists', async () => {
      const units: Record<string, string> = {
        'term.service': `Restart=on-failure\nExecStart=/bin/sh -c 'kill -TERM $$$$'`,
        'hup.service': `Restart=on-failure\nExecStart=/bin/sh -c 'kill -HUP $$$$'`,
        'success-status.service': `Restart=on-failure\nSuccessExitStatus=7\nExecStart=/bin/sh -c 'exit 7'`,
        'prevent.service': `Restart=always\nRestartPreventExitStatus=4\nExecStart=/bin/sh -c 'exit 4'`,
        'force.service': `Restart=no\nRestartForceExitStatus=5\nExecStart=/bin/sh -c 'exit 5'`,
        'oneshot-term.service': `Type=oneshot\nRestart=on-failure\nExecStart=/bin/sh -c 'kill -TERM $$$$'`,
      };
      for (const [name, body] of Object.entries(units)) {
        h.load(name, `[Service]\nRestartSec=20s\n${body}`);
      }
      // A oneshot's start job lasts through its restarts: it is not awaited here.
      const jobs = Object.keys(units).map((name) => h.manager.start(name));
      const subs = await Promise.all(
        Object.keys(units).map(async (name) => {
          const s = await h.waitFor(name, (st) =>
            ['auto-restart', 'dead', 'failed'].includes(st.sub),
          );
          return [name, s.sub];
        }),
      );
      assert.deepEqual(Object.fromEntries(subs), {
        'term.service': 'dead',
        'hup.service': 'dead',
        'success-status.service': 'dead',
        'prevent.service': 'failed',
        'force.service': 'auto-restart',
        // A oneshot command is not a daemon: SIGTERM is unclean for it.
        'oneshot-term.service': 'auto-restart',
      });
      await Promise.all(Object.keys(units).map((name) => h.manager.stop(name)));
      await Promise.all(jobs);
    });

    it('a start asked for while a failed run stops is answered by the restart, not by one more run', async () => {
      const runs = join(h.dir, 'runs');
      const ok = join(h.dir, 'ok');
      h.load(
        'pending.service',
        `[Service]
Restart=on-failure
RestartSec=100ms
ExecStart=/bin/sh -c 'echo run >> ${runs}; if [ -f ${ok} ]; then sleep 0.3; exit 0; fi; touch ${ok}; exit 1'
ExecStopPost=/bin/sleep 0.3`,
      );
      await h.manager.start('pending.service');
      await h.waitFor('pending.service', (st) => st.sub === 'stop-post');
      await h.manager.start('pending.service');
      // The restart runs it a second time and it ends cleanly: nothing runs it a third time.
      await h.waitFor('pending.service', (st) => st.sub === 'dead' && st.failures === 0);
      await sleep(800);
      assert.equal(await h.read('runs'), 'run\nrun\n');
    });

    it('waits RestartSec= between runs and stops at the start rate limit', async () => {
      h.load(
        'flap.service',
        `[Unit]
StartLimitIntervalSec=10s
StartLimitBurst=3
[Service]
Restart=always
RestartSec=150ms
ExecStart=/bin/sh -c 'date +%%s%%N >> ${h.dir}/starts; exit 1'`,
      );
      await h.manager.start('flap.service');
      const final = await h.waitFor('flap.service', (s) => s.active === 'failed');
      assert.equal(final.sub, 'failed');
      assert.equal(final.failures, 3);
      const starts = (await h.read('starts'))
        .trim()
        .split('\n')
        .map((ns) => Number(ns) / 1e6);
      assert.equal(starts.length, 3);
      for (let i = 1; i < starts.length; i++) {
        assert.ok(starts[i]! - starts[i - 1]! >= 140, `gap ${starts[i]! - starts[i - 1]!} ms`);
      }
      assert.match(await h.journalText('flap.service'), /Start request repeated too quickly\./);
      assert.match(await h.journalText('flap.service'), /restart counter is at 2\./);
      assert.deepEqual(
        h.subs('flap.service').filter((s) => s === 'auto-restart' || s === 'failed'),
        ['auto-restart', 'auto-restart', 'auto-restart', 'failed'],
      );
      // The limit holds for a manual start too, within the interval; a stop resets the count.
      await h.manager.start('flap.service');
      assert.equal(h.status('flap.service').sub, 'failed');
      await h.manager.stop('flap.service');
      assert.equal(h.status('flap.service').failures, 0);
      assert.equal(h.status('flap.service').active, 'failed');
    });
  });

  describe('timeouts', () => {
    it('kills a start that takes longer than TimeoutStartSec=', async () => {
      h.load(
        'slow.service',
        `[Service]
TimeoutStartSec=200ms
ExecStartPre=/bin/sleep 10
ExecStart=/bin/sleep 10
ExecStopPost=/bin/sh -c 'echo $SERVICE_RESULT > ${h.dir}/result'`,
      );
      const started = performance.now();
      await h.manager.start('slow.service');
      const took = elapsedSince(started);
      assert.equal(h.status('slow.service').active, 'failed');
      assert.ok(took >= 190 && took < 3000, `took ${took} ms`);
      assert.equal(await h.read('result'), 'timeout\n');
      assert.match(await h.journalText('slow.service'), /start-pre operation timed out/);
    });

    it('has no start timeout with TimeoutStartSec=0', async () => {
      h.load(
        'patient.service',
        `[Service]
Type=oneshot
TimeoutSec=100ms
TimeoutStartSec=0
ExecStart=/bin/sleep 0.4`,
      );
      const started = performance.now();
      await h.manager.start('patient.service');
      assert.ok(elapsedSince(started) >= 390);
      assert.equal(h.status('patient.service').sub, 'dead');
      assert.equal(h.status('patient.service').failures, 0);
    });

    it('sends SIGKILL after TimeoutStopSec= to processes that ignore SIGTERM', async () => {
      h.load(
        'stubborn.service',
        `[Service]
TimeoutStopSec=1s
ExecStart=/bin/sh -c 'trap "" TERM; echo ready > ${h.dir}/ready; while :; do sleep 0.05; done'
ExecStopPost=/bin/sh -c 'echo $SERVICE_RESULT > ${h.dir}/result'`,
      );
      await h.manager.start('stubborn.service');
      await h.readWhenWritten('ready');
      const main = h.status('stubborn.service').mainPid!;
      const started = performance.now();
      await h.manager.stop('stubborn.service');
      const took = elapsedSince(started);
      // TimeoutStopSec= also bounds ExecStopPost=: 1 s gives its shell time on a loaded machine.
      assert.ok(took >= 990 && took < 4000, `took ${took} ms`);
      assert.equal(await isRunning(main), false);
      assert.deepEqual(await groupMembers(new Set([main])), []);
      assert.equal(await h.read('result'), 'timeout\n');
      assert.equal(h.status('stubborn.service').active, 'failed');
      assert.ok(h.subs('stubborn.service').includes('stop-sigkill'));
    });
  });

  describe('KillMode=', () => {
    /** A service whose main process has a child in its process group. */
    function loadWithChild(name: string, killMode: string, child = 'sleep 30'): void {
      h.load(
        name,
        `[Service]
KillMode=${killMode}
TimeoutStopSec=5s
ExecStart=/bin/sh -c '(${child}) & echo $$! > ${h.dir}/${name}.child; exec sleep 31'
ExecStop=/bin/sh -c 'echo ran > ${h.dir}/${name}.stop'`,
      );
    }

    async function startWithChild(name: string): Promise<{ main: number; child: number }> {
      await h.manager.start(name);
      const child = Number(await h.readWhenWritten(`${name}.child`));
      const main = h.status(name).mainPid!;
      leftovers.push(main, child);
      assert.equal(await isRunning(child), true);
      return { main, child };
    }

    it('control-group kills the main process and every other process of the unit', async () => {
      loadWithChild('cg.service', 'control-group');
      const { main, child } = await startWithChild('cg.service');
      await h.manager.stop('cg.service');
      assert.deepEqual([await isRunning(main), await isRunning(child)], [false, false]);
      assert.equal(h.status('cg.service').sub, 'dead');
      assert.equal(await h.read('cg.service.stop'), 'ran\n');
      // The fence heard of the group's birth and end.
      assert.ok(h.groups.some(([pgid, alive]) => pgid === main && alive));
      assert.ok(h.groups.some(([pgid, alive]) => pgid === main && !alive));
    });

    it('control-group signals each process once (the main process is in its own group)', async () => {
      // The main process spins on a CPU while the stop signals it, so that each SIGTERM is
      // delivered as it is sent (one waiting idle would see two merged into one), then reports
      // how many it got. Sent to it and again to its group, most stops gave 2.
      const script = join(h.dir, 'count.cjs');
      await writeFile(
        script,
        `const fs = require('fs'); const [ready, out] = process.argv.slice(2); let n = 0;
process.on('SIGTERM', () => { n++; });
fs.writeFileSync(ready, '');
const end = Date.now() + 1000; while (Date.now() < end) {}
setTimeout(() => { fs.appendFileSync(out, n + '\\n'); process.exit(0); }, 50);`,
      );
      const ready = join(h.dir, 'ready');
      h.load(
        'once.service',
        `[Service]\nExecStart=${process.execPath} ${script} ${ready} ${join(h.dir, 'terms')}`,
      );
      for (let round = 0; round < 5; round++) {
        await rm(ready, { force: true });
        await h.manager.start('once.service');
        await eventually(() => existsSync(ready));
        await h.manager.stop('once.service');
      }
      assert.equal(await h.read('terms'), '1\n'.repeat(5));
    });

    it('mixed sends SIGTERM to the main process and SIGKILL to the rest', async () => {
      // The child ignores SIGTERM: only a SIGKILL ends it, and it comes without a timeout.
      loadWithChild('mixed.service', 'mixed', 'trap "" TERM; exec sleep 30');
      const { main, child } = await startWithChild('mixed.service');
      const started = performance.now();
      await h.manager.stop('mixed.service');
      assert.ok(elapsedSince(started) < 2000);
      assert.deepEqual([await isRunning(main), await isRunning(child)], [false, false]);
      assert.equal(h.status('mixed.service').sub, 'dead');
    });

    it('process kills only the main process', async () => {
      loadWithChild('process.service', 'process');
      const { main, child } = await startWithChild('process.service');
      await h.manager.stop('process.service');
      assert.deepEqual([await isRunning(main), await isRunning(child)], [false, true]);
      assert.equal(h.status('process.service').sub, 'dead');
    });

    it('none kills nothing and only runs ExecStop=', async () => {
      loadWithChild('none.service', 'none');
      const { main, child } = await startWithChild('none.service');
      await h.manager.stop('none.service');
      assert.deepEqual([await isRunning(main), await isRunning(child)], [true, true]);
      assert.equal(await h.read('none.service.stop'), 'ran\n');
      assert.equal(h.status('none.service').sub, 'dead');
      assert.equal(h.status('none.service').mainPid, undefined);
    });
  });

  describe('commands', () => {
    it('ignores the failure of a `-` command and stops at any other failing ExecStartPre=', async () => {
      h.load(
        'lenient.service',
        `[Service]
ExecStartPre=-/bin/false
ExecStartPre=-/bin/sh -c 'kill -KILL $$$$'
ExecStartPre=-/nonexistent/program
ExecStart=/bin/sleep 30`,
      );
      h.load(
        'strict.service',
        `[Service]
ExecStartPre=/bin/false
ExecStartPre=/bin/sh -c 'touch ${h.dir}/pre2'
ExecStart=/bin/sh -c 'touch ${h.dir}/start'
ExecStop=/bin/sh -c 'touch ${h.dir}/stop'
ExecStopPost=/bin/sh -c 'echo "$SERVICE_RESULT|$EXIT_CODE|$EXIT_STATUS" > ${h.dir}/post'`,
      );
      h.load('ignored.service', `[Service]\nRestart=on-failure\nExecStart=-/bin/sh -c 'exit 3'`);
      h.load('missing.service', `[Service]\nExecStart=/nonexistent/program`);
      await Promise.all(
        ['lenient', 'strict', 'ignored', 'missing'].map((n) => h.manager.start(`${n}.service`)),
      );
      assert.equal(h.status('lenient.service').sub, 'running');

      assert.equal(h.status('strict.service').sub, 'failed');
      assert.deepEqual(
        [await h.read('pre2'), await h.read('start'), await h.read('stop')],
        ['', '', ''],
      );
      assert.equal(await h.read('post'), 'exit-code||\n');
      assert.match(
        await h.journalText('strict.service'),
        /Control process exited, code=exited, status=1\/FAILURE/,
      );

      const ignored = await h.waitFor(
        'ignored.service',
        (s) => s.sub === 'dead' || s.sub === 'failed',
      );
      assert.equal(ignored.sub, 'dead');

      const missing = await h.waitFor('missing.service', (s) => s.sub === 'failed');
      assert.equal(missing.failures, 1);
      assert.match(await h.journalText('missing.service'), /status=203\/EXEC/);
    });

    it('runs ExecStop= after a successful start, with $MAINPID, then ExecStopPost=', async () => {
      h.load(
        'stoppable.service',
        `[Service]
ExecStart=/bin/sleep 30
ExecStop=/bin/sh -c 'echo $MAINPID > ${h.dir}/mainpid; kill $MAINPID'
ExecStopPost=/bin/sh -c 'echo "$SERVICE_RESULT $EXIT_CODE $EXIT_STATUS" > ${h.dir}/post'`,
      );
      await h.manager.start('stoppable.service');
      const main = h.status('stoppable.service').mainPid!;
      await h.manager.stop('stoppable.service');
      assert.equal(await h.read('mainpid'), `${main}\n`);
      assert.equal(await h.read('post'), 'success killed TERM\n');
      assert.equal(h.status('stoppable.service').sub, 'dead');
      // The states as systemctl shows them (stop-sigterm only if the main process was not yet
      // reaped when ExecStop= ended).
      const subs = h.subs('stoppable.service').filter((s) => s !== 'stop-sigterm');
      assert.deepEqual(subs, ['dead', 'start', 'running', 'stop', 'stop-post', 'dead']);
    });

    it('runs ExecStopPost= after a failure too, with how the main process ended', async () => {
      for (const [name, command] of [
        ['code.service', 'exit 3'],
        ['signal.service', 'kill -KILL $$$$'],
      ]) {
        h.load(
          name!,
          `[Service]
ExecStart=/bin/sh -c '${command}'
ExecStop=/bin/sh -c 'touch ${h.dir}/${name}.stop'
ExecStopPost=/bin/sh -c 'echo "$SERVICE_RESULT $EXIT_CODE $EXIT_STATUS" > ${h.dir}/${name}.post'`,
        );
        await h.manager.start(name!);
      }
      assert.equal(await h.readWhenWritten('code.service.post'), 'exit-code exited 3\n');
      assert.equal(await h.readWhenWritten('signal.service.post'), 'signal killed KILL\n');
      await h.waitFor('signal.service', (s) => s.sub === 'failed');
      await h.waitFor('code.service', (s) => s.sub === 'failed');
      // ExecStop= stops a service that runs; one that failed goes straight to ExecStopPost=.
      assert.equal(await h.read('code.service.stop'), '');
      assert.match(
        await h.journalText('code.service'),
        /Main process exited, code=exited, status=3\/NOTIMPLEMENTED/,
      );
    });
  });

  describe('Type=', () => {
    it('oneshot runs its commands in turn; without RemainAfterExit= it ends inactive', async () => {
      h.load(
        'once.service',
        `[Service]
Type=oneshot
ExecStart=/bin/sh -c 'echo one >> ${h.dir}/once'
ExecStart=/bin/sh -c 'sleep 0.2; echo two >> ${h.dir}/once'
ExecStop=/bin/sh -c 'echo stop >> ${h.dir}/once'`,
      );
      await h.manager.start('once.service');
      assert.equal(await h.read('once'), 'one\ntwo\nstop\n');
      assert.equal(h.status('once.service').sub, 'dead');
      assert.deepEqual(h.subs('once.service'), ['dead', 'start', 'stop', 'dead']);

      h.load(
        'broken-once.service',
        `[Service]\nType=oneshot\nExecStart=/bin/false\nExecStart=/bin/touch ${h.dir}/never`,
      );
      await h.manager.start('broken-once.service');
      assert.equal(h.status('broken-once.service').sub, 'failed');
      assert.equal(await h.read('never'), '');
    });

    it('oneshot with RemainAfterExit= stays active (exited) until stopped', async () => {
      h.load(
        'setup.service',
        `[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=/bin/true
ExecStop=/bin/sh -c 'echo torn down > ${h.dir}/teardown'`,
      );
      await h.manager.start('setup.service');
      assert.deepEqual(
        [h.status('setup.service').active, h.status('setup.service').sub],
        ['active', 'exited'],
      );
      assert.equal(await h.read('teardown'), '');
      await h.manager.stop('setup.service');
      assert.equal(await h.read('teardown'), 'torn down\n');
      assert.equal(h.status('setup.service').sub, 'dead');
    });

    it('forking takes the process the start command left behind as the main process', async () => {
      h.load(
        'daemon.service',
        `[Service]
Type=forking
ExecStart=/bin/sh -c 'sleep 30 & echo $$! > ${h.dir}/daemon.pid'`,
      );
      await h.manager.start('daemon.service');
      const daemon = Number(await h.read('daemon.pid'));
      leftovers.push(daemon);
      assert.deepEqual(
        [h.status('daemon.service').sub, h.status('daemon.service').mainPid],
        ['running', daemon],
      );
      await h.manager.stop('daemon.service');
      assert.equal(await isRunning(daemon), false);

      // The daemon's end is noticed although it is not the runner's child.
      await h.manager.start('daemon.service');
      const second = h.status('daemon.service').mainPid!;
      leftovers.push(second);
      assert.notEqual(second, daemon);
      process.kill(second, 'SIGKILL');
      await h.waitFor('daemon.service', (s) => s.sub === 'dead');
    });

    it('exec is started once the program runs, and fails if it cannot', async () => {
      h.load('exec.service', `[Service]\nType=exec\nExecStart=/bin/sleep 30`);
      h.load('exec-missing.service', `[Service]\nType=exec\nExecStart=/no/such/program`);
      await h.manager.start('exec.service');
      await h.manager.start('exec-missing.service');
      assert.equal(h.status('exec.service').sub, 'running');
      assert.equal(h.status('exec-missing.service').sub, 'failed');
      assert.ok(!h.subs('exec-missing.service').includes('running'));
    });
  });

  describe('environment, user, working directory', () => {
    it('lets EnvironmentFile= override Environment=, later files override earlier ones', async () => {
      await writeFile(join(h.dir, 'one.env'), '# first\nA=file-one\nC="file one"\n');
      await writeFile(join(h.dir, 'two.env'), "C=file-two\nD='d two'\n");
      h.load(
        'env.service',
        `[Service]
Type=oneshot
Environment="A=from env" B=env-b
Environment=C=env-c
EnvironmentFile=${h.dir}/one.env
EnvironmentFile=-${h.dir}/missing.env
EnvironmentFile=${h.dir}/two.env
ExecStart=/bin/sh -c 'echo "A=$A B=$B C=$C D=$D" > ${h.dir}/env.out'
ExecStart=/usr/bin/printf %%s| \${A} $D`,
      );
      await h.manager.start('env.service');
      assert.equal(h.status('env.service').sub, 'dead');
      assert.equal(await h.read('env.out'), 'A=file-one B=env-b C=file-two D=d two\n');
      assert.match(await h.journalText('env.service'), /env\.service\[\d+\]: file-one\|d\|two\|$/m);

      h.load(
        'no-env.service',
        `[Service]\nType=oneshot\nEnvironmentFile=${h.dir}/nope.env\nExecStart=/bin/true`,
      );
      await h.manager.start('no-env.service');
      assert.equal(h.status('no-env.service').sub, 'failed');
      assert.match(await h.journalText('no-env.service'), /Failed with result 'resources'/);
    });

    it('runs as User=, except `+` commands', async function () {
      // Changing user needs root, as clusterd runs.
      if (process.getuid?.() !== 0) this.skip();
      h.load(
        'nobody.service',
        `[Service]
Type=oneshot
User=nobody
ExecStart=/bin/sh -c 'echo "uid=$(id -u) gid=$(id -g) groups=$(id -G) user=$USER home=$HOME"'
ExecStart=+/bin/sh -c 'echo "privileged uid=$(id -u)"'`,
      );
      h.load('ghost.service', `[Service]\nUser=no-such-user-here\nExecStart=/bin/true`);
      await h.manager.start('nobody.service');
      await h.manager.start('ghost.service');
      const journal = await h.journalText('nobody.service');
      assert.match(journal, /uid=65534 gid=65534 groups=65534 user=nobody home=\/nonexistent$/m);
      assert.match(journal, /privileged uid=0$/m);
      await h.waitFor('ghost.service', (s) => s.sub === 'failed');
      assert.match(await h.journalText('ghost.service'), /status=217\/USER/);
    });

    it('runs in WorkingDirectory= (`-` tolerates a missing one, `~` is home, default /)', async () => {
      const units: Record<string, string> = {
        'cwd-dir.service': `WorkingDirectory=${h.dir}`,
        'cwd-optional.service': 'WorkingDirectory=-/nonexistent/dir',
        'cwd-home.service': 'WorkingDirectory=~',
        'cwd-default.service': '',
        'cwd-missing.service': 'WorkingDirectory=/nonexistent/dir',
      };
      for (const [name, setting] of Object.entries(units)) {
        h.load(name, `[Service]\nType=oneshot\n${setting}\nExecStart=/bin/pwd`);
      }
      await Promise.all(Object.keys(units).map((n) => h.manager.start(n)));
      const pwd = async (name: string): Promise<string | undefined> =>
        /\]: (.*)$/m.exec(await h.journalText(name))?.[1];
      assert.equal(await pwd('cwd-dir.service'), h.dir);
      assert.equal(await pwd('cwd-optional.service'), '/');
      assert.equal(await pwd('cwd-home.service'), '/root');
      assert.equal(await pwd('cwd-default.service'), '/');
      assert.equal(h.status('cwd-missing.service').sub, 'failed');
      assert.match(await h.journalText('cwd-missing.service'), /status=200\/CHDIR/);
    });
  });
});
