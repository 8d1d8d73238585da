// The scheduler across three real machines on the loopback: fleetctl starts a template unit whose
// Conflicts spreads one instance per machine (each serving HTTP), and a unit free to move; then
// machines are killed (SIGKILL), shut down (SIGTERM), frozen (SIGSTOP) and restarted under their
// units. Run once on clusterd's embedded store and once on Debian's etcd with --etcd-endpoints.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from '../helpers/client.js';
import {
  type FleetCluster,
  type FleetMachine,
  fleetctl,
  startEmbeddedFleet,
  startExternalFleet,
} from '../helpers/fleet.js';
import { freePorts } from '../helpers/ports.js';

const agentTtlSeconds = 5;

/** What a unit's HTTP server says about itself. */
interface Hello {
  machine: string;
  started: number;
  pid: number;
}

const helloServer = `
const [port, machine, dir] = process.argv.slice(2);
const started = Date.now();
require('fs').writeFileSync(dir + '/' + port + '-' + machine + '-' + process.pid + '.pid', '');
require('http')
  .createServer((req, res) => res.end(JSON.stringify({ machine, started, pid: process.pid })))
  .listen(Number(port), '127.0.0.1', () => console.log('serving ' + port + ' on ' + machine));
`;

function get(port: number): Promise<Hello | undefined> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', timeout: 500 }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => {
        resolve(JSON.parse(body) as Hello);
      });
    });
    req.on('error', () => {
      resolve(undefined);
    });
    req.on('timeout', () => {
      req.destroy();
      resolve(undefined);
    });
  });
}

/** Whether the process runs (a zombie, killed but not yet reaped by init, does not). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function until<T>(
  what: string,
  fn: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(100);
  }
}

const variants: [string, (size: number, ttl: string) => Promise<FleetCluster>][] = [
  ['embedded store', startEmbeddedFleet],
  ['Debian etcd, --etcd-endpoints', startExternalFleet],
];

for (const [variant, startFleet] of variants) {
  describe(`fleet: three machines (${variant})`, function () {
    this.timeout(120_000);
    let fleet: FleetCluster;
    let dir: string;
    let ports: number[];
    let freePort: number;
    /** Machine ID (as units report %m) -> test machine. */
    const byMachineId = new Map<string, FleetMachine>();

    const ctl = async (...args: string[]): Promise<string> => {
      const r = await fleetctl(fleet.endpoint(), args, dir);
      assert.equal(r.code, 0, `fleetctl ${args.join(' ')}: ${r.stderr}`);
      return r.stdout;
    };
    /**
     * Starts a stopped machine and waits until it registered again, which takes its store member
     * caught up: the next fault then hits a recovered cluster, not one still healing.
     */
    const restart = async (machine: FleetMachine): Promise<void> => {
      await machine.start();
      await until(
        'three machines again',
        async () => {
          // The store may be electing a leader meanwhile: an error here means "not yet".
          const r = await fleetctl(fleet.endpoint(), ['list-machines', '--no-legend'], dir);
          return r.code === 0 && r.stdout.trim().split('\n').length === 3 ? true : undefined;
        },
        20_000,
      );
    };
    const unitFiles = async (): Promise<Map<string, string[]>> => {
      const out = await ctl('list-unit-files', '--no-legend', '--full');
      return new Map(
        out
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split(/\t+/))
          .map((cols) => [cols[0]!, cols]),
      );
    };

    before(async function () {
      dir = await mkdtemp(join(tmpdir(), 'clusterd-fleet-units-'));
      ports = await freePorts(5);
      freePort = ports.pop()!;
      await writeFile(join(dir, 'hello.cjs'), helloServer);
      const exec = `${process.execPath} ${dir}/hello.cjs`;
      await writeFile(
        join(dir, 'hello@.service'),
        `[Unit]\nDescription=hello %i\n\n[Service]\nExecStart=${exec} %i %m ${dir}\n` +
          `Restart=on-failure\nRestartSec=200ms\n\n[X-Fleet]\nX-Conflicts=hello@*.service\n`,
      );
      await writeFile(
        join(dir, 'free.service'),
        `[Unit]\nDescription=free to move\n\n[Service]\nExecStart=${exec} ${freePort} %m ${dir}\n`,
      );
      fleet = await startFleet(3, `${agentTtlSeconds}s`);
    });

    after(async function () {
      if (this.test?.parent?.tests.some((t) => t.state === 'failed'))
        for (const m of fleet.machines) console.log(`--- ${m.name}\n${m.output()}`);
      await fleet.stop();
      // Every unit process died with its machine: none is left behind.
      const pids = (await readdir(dir))
        .filter((f) => f.endsWith('.pid'))
        .map((f) => Number(f.split('-')[2]!.slice(0, -4)));
      await until(
        'every unit process gone',
        () => Promise.resolve(pids.some(alive) ? undefined : true),
        10_000,
      );
      await rm(dir, { recursive: true, force: true });
    });

    it('lists the three machines', async function () {
      const out = await until(
        'three machines',
        async () => {
          const o = await ctl('list-machines', '--full');
          return o.trim().split('\n').length === 4 ? o : undefined;
        },
        15_000,
      );
      const [header, ...rows] = out.trim().split('\n');
      assert.equal(header, 'MACHINE\t\t\t\t\tIP\t\tMETADATA');
      for (const row of rows) assert.match(row, /^[0-9a-f]{32}\t127\.0\.0\.1\t-$/);
    });

    it('a template with Conflicts spreads one instance per machine, each serving HTTP', async function () {
      await ctl('submit', 'hello@.service');
      const units = ports.slice(0, 3).map((p) => `hello@${p}.service`);
      const out = await ctl('start', '--block-attempts', '20', ...units);
      for (const u of units)
        assert.match(
          out,
          new RegExp(
            `^Unit ${u.replace('.', '\\.')} launched on [0-9a-f]{8}\\.\\.\\./127\\.0\\.0\\.1$`,
            'm',
          ),
        );
      const answers = await Promise.all(
        ports.slice(0, 3).map((p) => until(`hello@${p} answers`, () => get(p), 10_000)),
      );
      assert.equal(new Set(answers.map((a) => a.machine)).size, 3, 'one instance per machine');
      // Which test machine is which machine ID: a unit's process is a child of its clusterd.
      for (const a of answers) {
        const ppid = Number(
          (await readFile(`/proc/${a.pid}/stat`, 'utf8')).split(') ')[1]!.split(' ')[1],
        );
        const m = fleet.machines.find((x) => x.pid === ppid);
        assert.ok(m, `the process of ${a.machine} is a child of a machine`);
        byMachineId.set(a.machine, m);
      }
      const listed = await ctl('list-units', '--no-legend');
      assert.equal(
        listed
          .trim()
          .split('\n')
          .filter((l) => /\tactive\trunning$/.test(l)).length,
        3,
        listed,
      );
    });

    it('journal and status come from the machine that runs the unit', async function () {
      const name = `hello@${ports[0]!}.service`;
      const answer = (await get(ports[0]!))!;
      const journal = await ctl('journal', '--lines', '5', name);
      assert.match(
        journal,
        new RegExp(
          `^\\S+ hello@${ports[0]!}\\.service\\[${answer.pid}\\]: serving ${ports[0]!} on ${answer.machine}$`,
          'm',
        ),
      );
      const status = await ctl('status', name);
      assert.match(
        status,
        new RegExp(`^● hello@${ports[0]!}\\.service - hello ${ports[0]!}$`, 'm'),
      );
      assert.match(status, /^ {3}Active: active \(running\)$/m);
      assert.match(status, new RegExp(`^ Main PID: ${answer.pid}$`, 'm'));
      const missing = await fleetctl(fleet.endpoint(), ['journal', 'nope.service']);
      assert.equal(missing.code, 1);
      assert.equal(missing.stderr, 'Unit nope.service does not exist.\n');
    });

    it('a fourth instance stays unscheduled: list-unit-files says inactive', async function () {
      const out = await ctl('start', '--no-block', `hello@${ports[3]!}.service`);
      assert.equal(out, `Triggered unit hello@${ports[3]!}.service start\n`);
      // A unit submitted after it and placed shows that the engine has weighed the fourth.
      await ctl('start', '--block-attempts', '20', 'free.service');
      const row = (await unitFiles()).get(`hello@${ports[3]!}.service`);
      assert.deepEqual(row?.slice(2), ['launched', 'inactive', '-']);
    });

    it('SIGKILL: a unit free to move runs elsewhere within TTL + 2 s; conflicting ones wait', async function () {
      const before = await until('free answers', () => get(freePort), 10_000);
      const victim = byMachineId.get(before.machine)!;
      // A new store leader gives every lease its full TTL again (as etcd does), so killing the
      // machine that leads the store adds an election to the time its lease takes to expire.
      const electionMs = (await fleet.leadsStore(victim)) ? 1000 : 0;
      const killedAt = Date.now();
      await victim.kill();
      const after = await until(
        'free.service on another machine',
        async () => {
          const a = await get(freePort);
          return a && a.machine !== before.machine ? a : undefined;
        },
        agentTtlSeconds * 1000 + 8000,
      );
      const movedMs = after.started - killedAt;
      assert.ok(
        movedMs <= agentTtlSeconds * 1000 + 2000 + electionMs,
        `moved after ${movedMs} ms (election allowance ${electionMs} ms)`,
      );
      assert.ok(!alive(before.pid), 'the killed machine took its unit with it');
      // The instance that ran there cannot go anywhere: the two others each hold one.
      const hostless = [...(await unitFiles()).values()].filter(
        (r) => r[0] !== 'hello@.service' && r[0]!.startsWith('hello@') && r[4] === '-',
      );
      assert.equal(hostless.length, 2, 'the killed instance and the fourth wait');
      for (const r of hostless) assert.equal(r[3], 'inactive');
      await restart(victim);
    });

    it('SIGTERM: units move at once', async function () {
      const before = await until('free answers', () => get(freePort), 10_000);
      const victim = byMachineId.get(before.machine)!;
      // The unit's new placement is a write to the store: one election later if the machine
      // stopped was the store's leader.
      const electionMs = (await fleet.leadsStore(victim)) ? 1000 : 0;
      const stoppedAt = Date.now();
      await victim.terminate();
      const after = await until(
        'free.service on another machine',
        async () => {
          const a = await get(freePort);
          return a && a.machine !== before.machine ? a : undefined;
        },
        agentTtlSeconds * 1000,
      );
      assert.ok(
        after.started - stoppedAt < 3000 + electionMs,
        `moved after ${after.started - stoppedAt} ms (election allowance ${electionMs} ms)`,
      );
      // It ended by itself, having closed everything it started.
      assert.doesNotMatch(victim.output(), /still open after the command ended/);
      await restart(victim);
    });

    it('SIGSTOP past the TTL: its units stop there before they start elsewhere', async function () {
      const before = await until('free answers', () => get(freePort), 10_000);
      const victim = byMachineId.get(before.machine)!;
      victim.pause();
      try {
        let diedAt: number | undefined;
        const after = await until(
          'free.service on another machine',
          async () => {
            if (diedAt === undefined && !alive(before.pid)) diedAt = Date.now();
            const a = await get(freePort);
            return a && a.machine !== before.machine ? a : undefined;
          },
          agentTtlSeconds * 1000 + 8000,
        );
        assert.ok(
          diedAt !== undefined && diedAt <= after.started,
          `stopped at ${diedAt}, started elsewhere at ${after.started}`,
        );
      } finally {
        victim.resume();
      }
      // Back, it does not start the unit again: one copy answers, the one elsewhere.
      await sleep(3000);
      const now = await get(freePort);
      assert.notEqual(now?.machine, before.machine);
    });

    it('restarting clusterd under running units restarts them cleanly: one process each', async function () {
      // Whichever instance runs now (the SIGSTOP may have let the fourth take a machine).
      const [port, any] = await until(
        'a hello instance answers',
        async () => {
          for (const p of ports) {
            const a = await get(p);
            if (a) return [p, a] as const;
          }
          return undefined;
        },
        10_000,
      );
      const machine = byMachineId.get(any.machine)!;
      await machine.kill();
      await machine.start();
      const again = await until(
        'the unit runs again on the restarted machine',
        async () => {
          const a = await get(port);
          return a && a.pid !== any.pid ? a : undefined;
        },
        agentTtlSeconds * 1000 + 8000,
      );
      assert.equal(again.machine, any.machine);
      assert.ok(!alive(any.pid), 'the old process is gone');
      const instances = (await readdir(dir))
        .filter((f) => f.startsWith(`${port}-`))
        .map((f) => Number(f.split('-')[2]!.slice(0, -4)));
      assert.deepEqual(instances.filter(alive), [again.pid], 'exactly one process of the unit');
    });

    it('destroy blocks until the unit stopped everywhere', async function () {
      const out = await ctl('destroy', 'free.service');
      assert.equal(out, 'Destroyed free.service\n');
      assert.equal(await get(freePort), undefined);
      assert.ok(!(await unitFiles()).has('free.service'));
    });
  });
}
