// [Container] units on a real Docker engine (the private dockerd of test/helpers/docker-sandbox.ts,
// images from its loopback registry): pulled, created, started, followed and removed through
// dockerode, their exits and health mapped to the unit's state and Restart=, and the engine's own
// errors turned into a failed unit with the engine's message.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContainerEngine, containerLabels } from '../../../src/fleet/runner/container-engine.js';
import { silentLogger } from '../../../src/util/log.js';
import { eventually } from '../../helpers/client.js';
import { dockerSandboxForSuite, testPage } from '../../helpers/docker-sandbox.js';
import { harnessMachineId, RunnerHarness } from './helpers.js';

const image = 'clusterd-test/busybox:latest';

describe('runner: [Container] units on a real Docker engine', function () {
  this.timeout(60_000);
  const sandbox = dockerSandboxForSuite();
  let engine: ContainerEngine;
  let harness: RunnerHarness;

  beforeEach(async () => {
    engine = new ContainerEngine({
      socketPath: sandbox().socketPath,
      machineId: harnessMachineId,
      logger: silentLogger,
    });
    harness = await RunnerHarness.create({ containers: engine });
  });

  afterEach(async () => {
    await (harness as RunnerHarness | undefined)?.close();
    (engine as ContainerEngine | undefined)?.dispose();
    // Whatever a test left (it fails the next one's assumptions otherwise).
    const left = await sandbox().docker(['ps', '-aq']);
    const ids = left.stdout.split('\n').filter((id) => id !== '');
    if (ids.length > 0) await sandbox().docker(['rm', '-f', ...ids]);
  });

  /** The containers of the sandbox with `name`, running or not. */
  async function containersNamed(name: string): Promise<string[]> {
    const out = await sandbox().docker(['ps', '-aq', '--filter', `name=^/${name}$`]);
    return out.stdout.split('\n').filter((id) => id !== '');
  }

  /** The page served on `port` inside the sandbox's namespace, or why not. */
  async function get(port: number): Promise<string> {
    const url = `http://127.0.0.1:${port}/`;
    const out = await sandbox().execInNetns(['busybox', 'wget', '-q', '-O-', url], {
      timeoutMs: 5000,
    });
    return out.code === 0 ? out.stdout : `(wget exited ${out.code}: ${out.stderr.trim()})`;
  }

  it('pulls, runs and publishes a port; labels name unit, machine and hash; stop removes it', async () => {
    await sandbox().docker(['rmi', '-f', image]); // so that PullPolicy=missing has to pull
    const hash = harness.load(
      'web.service',
      `[Container]\nImage=${image}\nContainerName=web\nPublishPort=8080:80\nLabel=team=edge\n`,
    );
    await harness.manager.start('web.service');
    const status = harness.status('web.service');
    assert.equal(status.active, 'active');
    assert.equal(status.sub, 'running');
    assert.ok(status.mainPid !== undefined && status.mainPid > 0, 'the container main pid');
    await eventually(async () => (await get(8080)) === testPage, 10_000);

    const inspect = await sandbox().docker([
      'inspect',
      '--format',
      '{{json .Config.Labels}}',
      'web',
    ]);
    const labels = JSON.parse(inspect.stdout) as Record<string, string>;
    assert.equal(labels[containerLabels.unit], 'web.service');
    assert.equal(labels[containerLabels.machine], harnessMachineId);
    assert.equal(labels[containerLabels.hash], hash);
    assert.equal(labels.team, 'edge');
    const journal = await harness.journalText('web.service');
    assert.match(journal, new RegExp(`Pulling image ${image}\\.\\.\\.`));
    assert.match(journal, /Status: Downloaded newer image/);

    await harness.manager.stop('web.service');
    assert.equal(harness.status('web.service').active, 'inactive');
    await eventually(async () => (await containersNamed('web')).length === 0, 10_000);
  });

  it('gives Exec=, Environment=, EnvironmentFile= and Volume= to the container, and keeps its output in the journal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clusterd-volume-'));
    try {
      const envFile = join(dir, 'env');
      await writeFile(envFile, 'FROM_FILE=file\n');
      harness.load(
        'job.service',
        [
          '[Container]',
          `Image=${image}`,
          'Exec=sh -c "trap \'exit 0\' TERM; echo $GREETING $FROM_FILE > /data/out; echo hello from the container; sleep 1000 & wait"',
          'Environment=GREETING=hi',
          `EnvironmentFile=${envFile}`,
          `Volume=${dir}:/data`,
          'WorkingDir=/tmp',
          'Memory=64m',
          'CPUs=0.5',
          '',
        ].join('\n'),
      );
      await harness.manager.start('job.service');
      await eventually(async () => {
        try {
          return (await readFile(join(dir, 'out'), 'utf8')) === 'hi file\n';
        } catch {
          return false;
        }
      }, 10_000);
      await eventually(
        async () =>
          /job\.service\[[0-9a-f]{12}\]: hello from the container/.test(
            await harness.journalText('job.service'),
          ),
        10_000,
      );
      const limits = await sandbox().docker([
        'inspect',
        '--format',
        '{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.Config.WorkingDir}}',
        'clusterd-job',
      ]);
      assert.equal(limits.stdout.trim(), `${64 * 1024 * 1024} 500000000 /tmp`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a container killed behind its back is restarted by Restart=on-failure', async () => {
    harness.load(
      'flaky.service',
      `[Service]\nRestart=on-failure\nRestartSec=200ms\n[Container]\nImage=${image}\nContainerName=flaky\n`,
    );
    await harness.manager.start('flaky.service');
    const [first] = await containersNamed('flaky');
    assert.ok(first);
    await sandbox().docker(['kill', 'flaky']);
    await eventually(async () => {
      const ids = await containersNamed('flaky');
      return (
        ids.length === 1 && ids[0] !== first && harness.status('flaky.service').sub === 'running'
      );
    }, 15_000);
    assert.match(
      await harness.journalText('flaky.service'),
      /Main process exited, code=killed, status=9\/KILL/,
    );
  });

  it('a failing health check fails the unit (result watchdog) and Restart=on-failure starts a new container', async () => {
    harness.load(
      'sick.service',
      [
        '[Service]',
        'Restart=on-failure',
        'RestartSec=200ms',
        '[Container]',
        `Image=${image}`,
        'ContainerName=sick',
        'HealthCmd=test -e /healthy',
        'HealthInterval=500ms',
        'HealthRetries=1',
        '',
      ].join('\n'),
    );
    await harness.manager.start('sick.service');
    const [first] = await containersNamed('sick');
    await eventually(
      async () =>
        (await harness.journalText('sick.service')).includes("Failed with result 'watchdog'"),
      15_000,
    );
    await eventually(async () => {
      const ids = await containersNamed('sick');
      return ids.length === 1 && ids[0] !== first;
    }, 15_000);
    assert.match(
      await harness.journalText('sick.service'),
      /Container health check failed: unhealthy/,
    );
  });

  it('PullPolicy=never without the image, an image that exists nowhere, and a port already taken: failed, with the engine’s message', async () => {
    await sandbox().docker(['rmi', '-f', image]);
    harness.load('never.service', `[Container]\nImage=${image}\nPullPolicy=never\n`);
    await harness.manager.start('never.service');
    assert.equal(harness.status('never.service').active, 'failed');
    assert.match(
      await harness.journalText('never.service'),
      new RegExp(
        `Failed to start the container: image ${image} is not present and PullPolicy=never`,
      ),
    );

    // Named on the loopback registry: a Docker Hub name would fall back to the internet.
    harness.load(
      'missing.service',
      `[Container]\nImage=${sandbox().registry}/clusterd-test/no-such-image:1\n`,
    );
    await harness.manager.start('missing.service');
    assert.equal(harness.status('missing.service').active, 'failed');
    assert.match(
      await harness.journalText('missing.service'),
      /Failed to start the container: .*(not found|manifest unknown)/,
    );

    harness.load('a.service', `[Container]\nImage=${image}\nPublishPort=8081:80\n`);
    harness.load('b.service', `[Container]\nImage=${image}\nPublishPort=8081:80\n`);
    await harness.manager.start('a.service');
    assert.equal(harness.status('a.service').active, 'active');
    await harness.manager.start('b.service');
    assert.equal(harness.status('b.service').active, 'failed');
    assert.match(
      await harness.journalText('b.service'),
      /Failed to start the container: .*(port is already allocated|address already in use)/,
    );
    // The failed start left no container behind.
    assert.equal((await containersNamed('clusterd-b')).length, 0);
  });

  it('a second runner on the same machine adopts the running container of the same unit and hash', async () => {
    const hash = harness.load('kept.service', `[Container]\nImage=${image}\nContainerName=kept\n`);
    await harness.manager.start('kept.service');
    const [id] = await containersNamed('kept');
    // A clusterd that died: its engine lets go of the container without stopping it.
    engine.dispose();

    const engine2 = new ContainerEngine({
      socketPath: sandbox().socketPath,
      machineId: harnessMachineId,
      logger: silentLogger,
    });
    const second = await RunnerHarness.create({ containers: engine2 });
    try {
      second.load('kept.service', `[Container]\nImage=${image}\nContainerName=kept\n`, hash);
      await second.manager.start('kept.service');
      assert.equal(second.status('kept.service').sub, 'running');
      assert.deepEqual(await containersNamed('kept'), [id]);
      assert.match(await second.journalText('kept.service'), /Adopted running container kept/);
      // Stopped and started at once: the new container waits for the old one's removal.
      await second.manager.stop('kept.service');
      await second.manager.start('kept.service');
      assert.equal(second.status('kept.service').sub, 'running');
      const [restarted] = await containersNamed('kept');
      assert.ok(restarted !== undefined && restarted !== id);

      // Another crash, and the unit comes back as another version: the old container goes.
      engine2.dispose();
      const engine3 = new ContainerEngine({
        socketPath: sandbox().socketPath,
        machineId: harnessMachineId,
        logger: silentLogger,
      });
      const third = await RunnerHarness.create({ containers: engine3 });
      try {
        third.load(
          'kept.service',
          `[Container]\nImage=${image}\nContainerName=kept\nLabel=v=2\n`,
          'hash-of-version-2',
        );
        await third.manager.start('kept.service');
        assert.equal(third.status('kept.service').sub, 'running');
        const ids = await containersNamed('kept');
        assert.equal(ids.length, 1);
        assert.notEqual(ids[0], restarted);
        assert.match(
          await third.journalText('kept.service'),
          /Removing container kept of an earlier run/,
        );
      } finally {
        await third.close();
        engine3.dispose();
      }
    } finally {
      await second.close();
      engine2.dispose();
    }
  });

  it('removeStrays removes the containers of units no longer running here, and keeps the others', async () => {
    harness.load('stays.service', `[Container]\nImage=${image}\nContainerName=stays\n`);
    await harness.manager.start('stays.service');
    // A container of this machine for a unit it no longer has, as a crashed clusterd leaves.
    await sandbox().docker([
      'run',
      '-d',
      '--name',
      'gone',
      '--label',
      `${containerLabels.machine}=${harnessMachineId}`,
      '--label',
      `${containerLabels.unit}=gone.service`,
      image,
    ]);
    // Another machine's container: not ours to touch.
    await sandbox().docker([
      'run',
      '-d',
      '--name',
      'foreign',
      '--label',
      `${containerLabels.machine}=x`,
      image,
    ]);
    assert.deepEqual(await harness.manager.removeStrays(), ['gone']);
    assert.equal((await containersNamed('gone')).length, 0);
    assert.equal((await containersNamed('stays')).length, 1);
    assert.equal((await containersNamed('foreign')).length, 1);
  });

  it('a dockerd stopped and started again under a running unit: the unit fails while it is down and runs again after', async () => {
    harness.load(
      'durable.service',
      `[Service]\nRestart=always\nRestartSec=500ms\nStartLimitBurst=0\n[Container]\nImage=${image}\nContainerName=durable\n`,
    );
    await harness.manager.start('durable.service');
    await sandbox().stopDaemon();
    await eventually(
      async () =>
        /Failed to start the container: .*(ENOENT|ECONNREFUSED)/.test(
          await harness.journalText('durable.service'),
        ),
      15_000,
    );
    await sandbox().startDaemon();
    await eventually(() => harness.status('durable.service').sub === 'running', 20_000);
    assert.equal((await containersNamed('durable')).length, 1);
  });

  it('no Docker engine at the socket: the unit fails with the connection error, the runner goes on', async () => {
    const nowhere = new ContainerEngine({
      socketPath: join(sandbox().dir, 'no-such.sock'),
      machineId: harnessMachineId,
      logger: silentLogger,
    });
    const lonely = await RunnerHarness.create({ containers: nowhere });
    try {
      lonely.load('x.service', `[Container]\nImage=${image}\n`);
      await lonely.manager.start('x.service');
      assert.equal(lonely.status('x.service').active, 'failed');
      assert.match(
        await lonely.journalText('x.service'),
        /Failed to start the container: connect ENOENT .*no-such\.sock/,
      );
      lonely.load('p.service', '[Service]\nExecStart=/bin/sleep 100\n');
      await lonely.manager.start('p.service');
      assert.equal(lonely.status('p.service').active, 'active');
    } finally {
      await lonely.close();
      nowhere.dispose();
    }
  });
});
