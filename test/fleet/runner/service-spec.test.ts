// Reading a unit's [Unit] and [Service] options into the runner's spec: systemd's defaults, the
// rules that make a unit fail to load, specifiers, empty assignments resetting lists.
import assert from 'node:assert/strict';
import { serviceSpecOf } from '../../../src/fleet/runner/service-spec.js';
import { unitOptions } from './helpers.js';

const ctx = { machineId: 'm'.repeat(32), bootId: 'b'.repeat(32), hostname: 'node1' };

function spec(text: string, name = 'web@80.service') {
  return serviceSpecOf(name, unitOptions(text), ctx);
}

describe('fleet runner: service spec', function () {
  it('has systemd defaults', () => {
    const s = spec('[Service]\nExecStart=/bin/sleep 1');
    assert.equal(s.type, 'simple');
    assert.equal(s.description, 'web@80.service');
    assert.equal(s.restart, 'no');
    assert.equal(s.restartMs, 100);
    assert.equal(s.startLimitIntervalMs, 10_000);
    assert.equal(s.startLimitBurst, 5);
    assert.equal(s.timeoutStartMs, 90_000);
    assert.equal(s.timeoutStopMs, 90_000);
    assert.equal(s.killMode, 'control-group');
    assert.equal(s.killSignal, 'SIGTERM');
    assert.equal(s.remainAfterExit, false);
    assert.equal(s.workingDirectory, undefined);
    assert.equal(s.user, undefined);
  });

  it('makes a unit without ExecStart= a oneshot with no start timeout', () => {
    const s = spec('[Service]\nExecStop=/bin/true');
    assert.equal(s.type, 'oneshot');
    assert.equal(s.timeoutStartMs, Infinity);
    assert.equal(spec('[Service]\nType=oneshot\nExecStart=/bin/true').timeoutStartMs, Infinity);
  });

  it('reads every option it honours', () => {
    const s = spec(`
[Unit]
Description=Web %i on %H
Requires=db.service cache@%i.service
BindsTo=net.service
Wants=metrics.service
After=db.service
Before=proxy.service
StartLimitIntervalSec=1min
StartLimitBurst=7
[Service]
Type=forking
RemainAfterExit=yes
ExecStartPre=-/bin/rm -f /run/%p-%i
ExecStart=/usr/sbin/daemon --id %m --boot %b --name %n --prefix %N --percent %%
ExecStartPost=/bin/true
ExecStop=/bin/kill $MAINPID
ExecStopPost=/bin/true
Restart=on-failure
RestartSec=5min 20s
RestartPreventExitStatus=3 SIGKILL
RestartForceExitStatus=4
SuccessExitStatus=5 SIGUSR1
TimeoutStartSec=10s
TimeoutStopSec=20s
KillMode=mixed
KillSignal=SIGINT
Environment="GREETING=hello world" INSTANCE=%i
EnvironmentFile=-/etc/default/%p
User=nobody
Group=nogroup
WorkingDirectory=-/srv/%i
`);
    assert.equal(s.description, 'Web 80 on node1');
    assert.deepEqual(s.requires, ['db.service', 'cache@80.service']);
    assert.deepEqual(s.bindsTo, ['net.service']);
    assert.deepEqual(s.wants, ['metrics.service']);
    assert.deepEqual(s.after, ['db.service']);
    assert.deepEqual(s.before, ['proxy.service']);
    assert.equal(s.startLimitIntervalMs, 60_000);
    assert.equal(s.startLimitBurst, 7);
    assert.equal(s.type, 'forking');
    assert.equal(s.remainAfterExit, true);
    assert.deepEqual(s.execStartPre[0]!.args, ['/bin/rm', '-f', '/run/web-80']);
    assert.equal(s.execStartPre[0]!.ignoreFailure, true);
    assert.deepEqual(s.execStart[0]!.args, [
      '/usr/sbin/daemon',
      '--id',
      'm'.repeat(32),
      '--boot',
      'b'.repeat(32),
      '--name',
      'web@80.service',
      '--prefix',
      'web@80',
      '--percent',
      '%',
    ]);
    assert.deepEqual(s.execStop[0]!.args, ['/bin/kill', '$MAINPID']);
    assert.equal(s.execStartPost.length, 1);
    assert.equal(s.execStopPost.length, 1);
    assert.equal(s.restart, 'on-failure');
    assert.equal(s.restartMs, 320_000);
    assert.deepEqual([...s.restartPreventExitStatus.codes], [3]);
    assert.deepEqual([...s.restartPreventExitStatus.signals], ['SIGKILL']);
    assert.deepEqual([...s.restartForceExitStatus.codes], [4]);
    assert.deepEqual([...s.successExitStatus.signals], ['SIGUSR1']);
    assert.equal(s.timeoutStartMs, 10_000);
    assert.equal(s.timeoutStopMs, 20_000);
    assert.equal(s.killMode, 'mixed');
    assert.equal(s.killSignal, 'SIGINT');
    assert.deepEqual(Object.fromEntries(s.environment), {
      GREETING: 'hello world',
      INSTANCE: '80',
    });
    assert.deepEqual(s.environmentFiles, [{ path: '/etc/default/web', optional: true }]);
    assert.equal(s.user, 'nobody');
    assert.equal(s.group, 'nogroup');
    assert.deepEqual(s.workingDirectory, { path: '/srv/80', optional: true });
    assert.deepEqual(s.warnings, []);
  });

  it('treats TimeoutSec= as both timeouts and 0 as no timeout', () => {
    const s = spec('[Service]\nExecStart=/bin/true\nTimeoutSec=3s\nTimeoutStartSec=0');
    assert.equal(s.timeoutStartMs, Infinity);
    assert.equal(s.timeoutStopMs, 3000);
    assert.equal(
      spec('[Service]\nExecStart=/bin/true\nTimeoutStopSec=infinity').timeoutStopMs,
      Infinity,
    );
  });

  it('takes the start rate limit from [Service] too, where older units have it', () => {
    const s = spec('[Service]\nExecStart=/bin/true\nStartLimitInterval=2s\nStartLimitBurst=1');
    assert.equal(s.startLimitIntervalMs, 2000);
    assert.equal(s.startLimitBurst, 1);
  });

  it('resets lists on an empty assignment', () => {
    const s = spec(`
[Unit]
Requires=a.service
Requires=
Requires=b.service
[Service]
ExecStart=/bin/false
ExecStart=
ExecStart=/bin/true
ExecStartPre=/bin/a
ExecStartPre=
Environment=A=1 B=2
Environment=
Environment=C=3
Environment=C=4
EnvironmentFile=/etc/a
EnvironmentFile=
EnvironmentFile=/etc/b
`);
    assert.deepEqual(s.requires, ['b.service']);
    assert.deepEqual(
      s.execStart.map((c) => c.path),
      ['/bin/true'],
    );
    assert.equal(s.execStartPre.length, 0);
    assert.deepEqual(Object.fromEntries(s.environment), { C: '4' });
    assert.deepEqual(s.environmentFiles, [{ path: '/etc/b', optional: false }]);
  });

  it('refuses what the runner cannot run, naming the unit and option', () => {
    const refused: [string, RegExp][] = [
      ['[Service]\nType=notify\nExecStart=/bin/true', /Type=notify: unsupported type "notify"/],
      ['[Service]\nExecStart=/bin/a\nExecStart=/bin/b', /more than one ExecStart=/],
      ['[Service]\nType=simple', /no ExecStart=/],
      ['[Service]\nType=oneshot', /no ExecStart= and no ExecStop=/],
      ['[Service]\nType=oneshot\nExecStart=/bin/a\nRestart=always', /not allowed for Type=oneshot/],
      ['[Service]\nExecStart=/bin/a\nRestart=sometimes', /unsupported restart policy/],
      ['[Service]\nExecStart=/bin/a\nRestartSec=soon', /RestartSec=soon: invalid time span/],
      ['[Service]\nExecStart=/bin/a\nKillMode=gently', /unsupported kill mode/],
      ['[Service]\nExecStart=/bin/a\nKillSignal=SIGNOPE', /unknown signal/],
      ['[Service]\nExecStart=/bin/a\nRemainAfterExit=maybe', /invalid boolean/],
      ['[Service]\nExecStart=/bin/a\nEnvironmentFile=relative', /not an absolute path/],
      ['[Service]\nExecStart=/bin/a\nWorkingDirectory=srv', /not an absolute path or ~/],
      ['[Service]\nExecStart=/bin/a\nStartLimitBurst=-1', /non-negative integer/],
      ['[Service]\nExecStart="/bin/a', /unterminated quote/],
    ];
    for (const [text, error] of refused) {
      assert.throws(
        () => spec(text),
        (err: Error) => {
          assert.match(err.message, /^web@80\.service: /);
          assert.match(err.message, error);
          return true;
        },
      );
    }
    assert.throws(
      () => serviceSpecOf('web.socket', unitOptions('[Socket]\nListenStream=80'), ctx),
      /only \.service units/,
    );
  });

  it('accepts ~ as working directory and lists what it ignores', () => {
    const s = spec(`
[Unit]
Documentation=man:web(8)
[Service]
ExecStart=/bin/true
WorkingDirectory=~
PIDFile=/run/web.pid
Environment=GOOD=1 bad-name=2
[X-Fleet]
MachineOf=db.service
[Install]
WantedBy=multi-user.target
`);
    assert.deepEqual(s.workingDirectory, { path: '~', optional: false });
    assert.deepEqual(s.warnings, [
      '[Unit] Documentation= is not supported by the runner; ignored',
      '[Service] PIDFile= is not supported by the runner; ignored',
      'Environment=: ignoring bad-name=2',
    ]);
  });

  it('reads a value continued with a trailing backslash as systemd does: one space', () => {
    const s = spec(
      '[Service]\nExecStart=/usr/bin/docker run -d --name nginx%i \\\n-p 80:80 infoslack/docker-nginx\n',
    );
    assert.deepEqual(s.execStart[0]?.args, [
      '/usr/bin/docker',
      'run',
      '-d',
      '--name',
      'nginx80',
      '-p',
      '80:80',
      'infoslack/docker-nginx',
    ]);
  });

  it('reads a [Container] section into the container spec, with specifiers expanded', () => {
    const s = spec(`
[Service]
Restart=on-failure
[Container]
Image=registry.local/web:1
ContainerName=web%i
Exec=/bin/httpd -f -p 8080
PublishPort=80:8080
PublishPort=127.0.0.1:8443:443/tcp
PublishPort=53/udp
Environment=A=1 "B=two words"
EnvironmentFile=-/etc/web.env
Volume=/srv/%i:/data:ro
Network=host
Label=team=edge tier=front
PullPolicy=always
User=nobody
WorkingDir=/data
Memory=512m
CPUs=1.5
HealthCmd=wget -qO- http://127.0.0.1:8080/
HealthInterval=5s
HealthRetries=2
`);
    assert.equal(s.type, 'simple');
    assert.deepEqual(s.execStart, []);
    const c = s.container!;
    assert.equal(c.image, 'registry.local/web:1');
    assert.equal(c.name, 'web80');
    assert.deepEqual(c.exec, ['/bin/httpd', '-f', '-p', '8080']);
    assert.deepEqual(c.publish, [
      { hostIp: '', hostPort: '80', containerPort: '8080', protocol: 'tcp' },
      { hostIp: '127.0.0.1', hostPort: '8443', containerPort: '443', protocol: 'tcp' },
      { hostIp: '', hostPort: '', containerPort: '53', protocol: 'udp' },
    ]);
    assert.deepEqual(
      [...c.environment],
      [
        ['A', '1'],
        ['B', 'two words'],
      ],
    );
    assert.deepEqual(c.environmentFiles, [{ path: '/etc/web.env', optional: true }]);
    assert.deepEqual(c.volumes, ['/srv/80:/data:ro']);
    assert.equal(c.network, 'host');
    assert.deepEqual(
      [...c.labels],
      [
        ['team', 'edge'],
        ['tier', 'front'],
      ],
    );
    assert.equal(c.pull, 'always');
    assert.equal(c.user, 'nobody');
    assert.equal(c.workingDir, '/data');
    assert.equal(c.memoryBytes, 512 * 1024 * 1024);
    assert.equal(c.nanoCpus, 1_500_000_000);
    assert.deepEqual(c.health, {
      command: 'wget -qO- http://127.0.0.1:8080/',
      intervalMs: 5000,
      timeoutMs: 30_000,
      retries: 2,
      startPeriodMs: 0,
    });
  });

  it('refuses a [Container] section it cannot honour, naming the key', () => {
    const refused: [string, RegExp][] = [
      ['[Container]\nContainerName=x\n', /Container: Image= is required/],
      ['[Container]\nImage=a\nPorts=80\n', /Container Ports=80: unsupported key/],
      [
        '[Container]\nImage=a\nPublishPort=80:99999\n',
        /Container PublishPort=80:99999: port 99999/,
      ],
      [
        '[Container]\nImage=a\nPullPolicy=sometimes\n',
        /Container PullPolicy=sometimes: expected one of/,
      ],
      ['[Container]\nImage=a\nMemory=1k\n', /Container Memory=1k: below the 6 MiB/],
      ['[Container]\nImage=a\nVolume=data\n', /Container Volume=data: expected/],
      ['[Service]\nExecStart=/bin/true\n[Container]\nImage=a\n', /ExecStart= cannot be used/],
      ['[Service]\nType=forking\n[Container]\nImage=a\n', /Type=forking cannot be used/],
    ];
    for (const [text, message] of refused) assert.throws(() => spec(text), message, text);
  });
});
