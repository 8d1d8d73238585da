// Containers under clusterd's scheduler, end to end: a real clusterd (store and scheduler) whose
// machine's Docker engine is the private dockerd of test/helpers/docker-sandbox.ts. The seed talk's
// nginx unit runs exactly as written (its docker commands reach the engine through the DOCKER_HOST
// clusterd gives every unit), and a [Container] unit survives a SIGKILL of clusterd by adoption,
// its published port answered by DNS before and after.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WatchBatch } from '../../src/client/index.js';
import { eventually, testClient } from '../helpers/client.js';
import { TestCluster } from '../helpers/cluster.js';
import { dig } from '../helpers/dns.js';
import { dockerSandboxForSuite, testPage } from '../helpers/docker-sandbox.js';
import { fleetctl, fleetTestArgs } from '../helpers/fleet.js';
import { freePort } from '../helpers/ports.js';
import { talkNginxUnit } from './seed-unit.js';

/** Its sidekick, in the manner of fleet's service-discovery example, with etcdctl v3. */
const discovery = (endpoint: string): string => `[Unit]
Description=Announce nginx%i
BindsTo=nginx@%i.service

[Service]
Environment=ETCDCTL_API=3
ExecStart=/bin/sh -c "while true; do /usr/bin/etcdctl --endpoints=${endpoint} put /services/website/nginx%i '{\\"host\\": \\"%H\\", \\"port\\": 80}'; sleep 5; done"
ExecStop=/usr/bin/etcdctl --endpoints=${endpoint} del /services/website/nginx%i

[X-Fleet]
MachineOf=nginx@%i.service
`;

describe('fleet: containers under the scheduler, on a real Docker engine', function () {
  this.timeout(90_000);
  const sandbox = dockerSandboxForSuite();
  let cluster: TestCluster;
  let dir: string;
  let dnsPort: number;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-units-'));
    dnsPort = await freePort();
    cluster = await TestCluster.start({
      size: 1,
      fleet: true,
      args: [
        ...fleetTestArgs('5s'),
        '--docker-host',
        sandbox().dockerHost,
        '--dns-addr',
        `127.0.0.1:${dnsPort}`,
      ],
      logLevel: 'info',
    });
    sandbox.beforeStop(async () => {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    });
  });

  const member = () => cluster.members[0]!;
  const ctl = (...args: string[]) => fleetctl(member().endpoint, args, dir);

  /** Ids of the containers (running or not) whose name contains `name`. */
  async function containersNamed(name: string): Promise<string[]> {
    const out = await sandbox().docker(['ps', '-aq', '--filter', `name=${name}`]);
    return out.stdout.split('\n').filter((id) => id !== '');
  }

  /** The SRV records of a running unit's DNS name, as `port target`. */
  async function srv(name: string): Promise<string[]> {
    const r = await dig(dnsPort, name, 'SRV');
    return r.answer.map((line) => line.split(' ').slice(6).join(' '));
  }

  async function page(port: number): Promise<string> {
    const url = `http://127.0.0.1:${port}/`;
    const out = await sandbox().execInNetns(['busybox', 'wget', '-q', '-O-', url], {
      timeoutMs: 5000,
    });
    return out.stdout;
  }

  it('runs the seed’s nginx@.service as written, beside its discovery sidekick; a SIGKILL and restart leave one container', async () => {
    await writeFile(join(dir, 'nginx@.service'), talkNginxUnit);
    await writeFile(join(dir, 'nginx-discovery@.service'), discovery(member().endpoint));
    const client = testClient([member().endpoint]);
    const announced: WatchBatch[] = [];
    const watcher = await client.watch.watch('/services/website/', { prefix: true });
    void (async () => {
      for await (const batch of watcher) announced.push(batch);
    })();
    try {
      const started = await ctl('start', 'nginx@1.service', 'nginx-discovery@1.service');
      assert.equal(started.code, 0, started.stderr);

      // docker run -d exits at once and leaves the container serving on port 80.
      await eventually(async () => (await page(80)) === testPage, 30_000).catch(
        async (err: unknown) => {
          const files = await ctl('list-unit-files');
          const units = await ctl('list-units');
          throw new Error(
            `${String(err)}\n${files.stdout}${units.stdout}\n${member().output().slice(-3000)}`,
          );
        },
      );
      const units = await ctl('list-units', '--no-legend', '--full', '--fields', 'unit,machine');
      const machineOf = new Map(
        units.stdout
          .trim()
          .split('\n')
          .map((line) => line.split(/\s+/) as [string, string]),
      );
      assert.ok(machineOf.get('nginx@1.service'), units.stdout);
      assert.equal(machineOf.get('nginx-discovery@1.service'), machineOf.get('nginx@1.service'));
      // The sidekick announced the instance (systemd's BindsTo= then stops it, as on CoreOS,
      // since the unit it binds to ends when `docker run -d` returns).
      await eventually(
        () =>
          announced.some((b) =>
            b.events.some(
              (e) =>
                e.type === 'put' &&
                e.kv.key.toString() === '/services/website/nginx1' &&
                e.kv.value.toString().includes('"port": 80'),
            ),
          ),
        15_000,
      );

      const before = await containersNamed('nginx');
      assert.equal(before.length, 1);
      await member().kill();
      await member().start();
      // The restarted machine runs the unit again: its ExecStartPre lines remove the old
      // container (KillMode=none had left it running) before `docker run` makes the new one.
      await eventually(async () => {
        const now = await containersNamed('nginx');
        return now.length === 1 && now[0] !== before[0] && (await page(80)) === testPage;
      }, 45_000);
    } finally {
      await watcher.cancel();
      await client.close();
      await ctl('destroy', 'nginx@1.service', 'nginx-discovery@1.service');
    }
  });

  it('a [Container] unit is adopted, not started twice, after a SIGKILL of clusterd', async () => {
    await writeFile(
      join(dir, 'web@.service'),
      '[Service]\nRestart=on-failure\n\n[Container]\nImage=clusterd-test/busybox\nContainerName=web%i\nPublishPort=8090:80\n',
    );
    const started = await ctl('start', 'web@1.service');
    assert.equal(started.code, 0, started.stderr);
    await eventually(async () => (await page(8090)) === testPage, 30_000);
    const [id] = await containersNamed('web');
    assert.ok(id);
    // Its published port is in its DNS record (SRV), the target naming this machine's record.
    await eventually(async () => (await srv('1.web.units.skydns.local')).length === 1, 10_000);
    const [record] = await srv('1.web.units.skydns.local');
    assert.match(record!, /^8090 [0-9a-f]{8}-8090\.1\.web\.units\.skydns\.local\.$/);

    await member().kill();
    await member().start();
    await eventually(async () => {
      const status = await ctl('list-units', '--no-legend', '--fields', 'unit,active,sub');
      return /web@1\.service\s+active\s+running/.test(status.stdout);
    }, 30_000);
    assert.deepEqual(await containersNamed('web'), [id]);
    const journal = await ctl('journal', '--lines', '50', 'web@1.service');
    assert.match(journal.stdout, /Adopted running container web1/);
    assert.equal(await page(8090), testPage);
    // The adopted container's port is read back from the engine.
    await eventually(async () => (await srv('1.web.units.skydns.local')).join() === record, 10_000);

    const destroyed = await ctl('destroy', 'web@1.service');
    assert.equal(destroyed.code, 0, destroyed.stderr);
    await eventually(async () => (await containersNamed('web')).length === 0, 20_000);
  });

  it('refuses a unit with an unknown [Container] key at submit, naming the key', async () => {
    await writeFile(
      join(dir, 'bad.service'),
      '[Container]\nImage=clusterd-test/busybox\nPorts=80\n',
    );
    const submitted = await ctl('submit', 'bad.service');
    assert.notEqual(submitted.code, 0);
    assert.match(submitted.stderr, /Container Ports=80: unsupported key/);
    const listed = await ctl('list-unit-files', '--no-legend');
    assert.doesNotMatch(listed.stdout, /bad\.service/);
  });
});
