// --cloud-config: the mapping from a CoreOS cloud-config to agent flags (a pure function), then the
// agent reading one as a process does: a bad file is a usage error, and command-line flags win.
import { clusterdCommand, ensureBundle, repoRoot } from '../setup.js';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudConfigError,
  cloudConfigToFlags,
  type MachineAddresses,
} from '../../src/cloud-config.js';
import { eventually, testClient } from '../helpers/client.js';
import { freePorts } from '../helpers/ports.js';

const machine: MachineAddresses = {
  privateIpv4: '10.0.0.5',
  publicIpv4: '54.1.2.3',
  machineId: '0123456789abcdef0123456789abcdef',
};

/**
 * The boot file of the talk exactly as its slide shows it, after the `#cloud-config` line that the
 * slide's title ("cloud-config") stands for: fleet: and units: are indented under etcd:, and
 * `public-ip:$private_ipv4` has no space after its colon.
 */
const talkCloudConfig = `#cloud-config

coreos:
  etcd:
   # generate a new token for each unique
   # cluster from https://discovery.etcd.io/new
   discovery: https://discovery.etcd.io/token

   addr: $private_ipv4:4001
   peer-addr: $private_ipv4:7001

   fleet:
    public-ip:$private_ipv4

   units:
    - name: etcd.service
      command: start
    - name: fleet.service
      command: start
`;

/** What the talk's file was meant to say, written as CoreOS documented it. */
const correctCloudConfig = `#cloud-config

coreos:
  etcd:
    discovery: https://discovery.etcd.io/token
    addr: $private_ipv4:4001
    peer-addr: $private_ipv4:7001
  fleet:
    public-ip: $private_ipv4
  units:
    - name: etcd.service
      command: start
    - name: fleet.service
      command: start
`;

const talkFlags = {
  discovery: 'https://discovery.etcd.io/token',
  'listen-client-urls': 'http://10.0.0.5:4001',
  'advertise-client-urls': 'http://10.0.0.5:4001',
  'listen-peer-urls': 'http://10.0.0.5:7001',
  'initial-advertise-peer-urls': 'http://10.0.0.5:7001',
  'public-ip': '10.0.0.5',
  fleet: true,
  // No etcd name in the file: the machine ID, as coreos-cloudinit named etcd.
  name: machine.machineId!,
};

function flagsOf(yaml: string): ReturnType<typeof cloudConfigToFlags> {
  return cloudConfigToFlags(`#cloud-config\n${yaml}`, machine);
}

describe('cloud-config: the mapping to agent flags', function () {
  it('reads the talk’s file as written: fleet and units as if not under etcd, public-ip as meant', () => {
    const { flags, warnings } = cloudConfigToFlags(talkCloudConfig, machine);
    assert.deepEqual(flags, talkFlags);
    assert.deepEqual(warnings, [
      'line 12: coreos.etcd.fleet: read as coreos.fleet (it is indented under etcd:)',
      'line 13: coreos.etcd.fleet: "public-ip:$private_ipv4" read as public-ip: $private_ipv4 (YAML wants a space after the colon)',
      'line 15: coreos.etcd.units: read as coreos.units (it is indented under etcd:)',
    ]);
  });

  it('reads the correct form of the same file to the same flags, without warnings', () => {
    assert.deepEqual(cloudConfigToFlags(correctCloudConfig, machine), {
      flags: talkFlags,
      warnings: [],
    });
  });

  it('substitutes $private_ipv4 and $public_ipv4 wherever they are, and keeps \\$ literal', () => {
    const { flags } = flagsOf(
      [
        'coreos:',
        '  etcd2:',
        '    name: n1',
        '    advertise-client-urls: http://$public_ipv4:2379,http://$private_ipv4:4001',
        '  fleet:',
        '    metadata: ip=\\$private_ipv4,public=$public_ipv4',
        '  units:',
        '    - {name: fleet.service, command: start}',
      ].join('\n'),
    );
    assert.equal(flags['advertise-client-urls'], 'http://54.1.2.3:2379,http://10.0.0.5:4001');
    assert.equal(flags.metadata, 'ip=$private_ipv4,public=54.1.2.3');
  });

  it('maps etcd2, fleet and flannel keys, with - and _ alike, to the flags of the same meaning', () => {
    const { flags, warnings } = flagsOf(
      [
        'coreos:',
        '  etcd2:',
        '    name: n1',
        '    data_dir: /var/lib/clusterd',
        '    discovery: http://disc.example/abc',
        '    listen-client-urls: http://0.0.0.0:2379',
        '    listen_peer_urls: http://$private_ipv4:2380',
        '    initial-advertise-peer-urls: http://$private_ipv4:2380',
        '    heartbeat-interval: 200',
        '  fleet:',
        '    metadata: region=eu,disk=ssd',
        '    agent_ttl: 60s',
        '    etcd_key_prefix: /fleet/',
        '  flannel:',
        '    interface: eth1',
        '    etcd_prefix: /coreos.com/network',
        '    ip_masq: true',
        '  units:',
        '    - name: etcd2.service',
        '      command: start',
        '    - name: fleet.service',
        '      command: start',
        '    - name: flanneld.service',
        '      command: start',
        '    - name: docker.service',
        '      command: start',
      ].join('\n'),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(flags, {
      name: 'n1',
      'data-dir': '/var/lib/clusterd',
      discovery: 'http://disc.example/abc',
      'listen-client-urls': 'http://0.0.0.0:2379',
      'listen-peer-urls': 'http://10.0.0.5:2380',
      'initial-advertise-peer-urls': 'http://10.0.0.5:2380',
      'heartbeat-interval': '200',
      metadata: 'region=eu,disk=ssd',
      'agent-ttl': '60s',
      'etcd-key-prefix': '/fleet/',
      iface: 'eth1',
      'etcd-prefix': '/coreos.com/network',
      'ip-masq': true,
      net: true,
      fleet: true,
    });
  });

  it("maps the TLS keys of etcd2, fleet and flannel, and flannel's etcd user", () => {
    const { flags, warnings } = flagsOf(
      [
        'coreos:',
        '  etcd2:',
        '    cert_file: /etc/ssl/etcd/server.pem',
        '    key_file: /etc/ssl/etcd/server-key.pem',
        '    trusted_ca_file: /etc/ssl/etcd/ca.pem',
        '    client_cert_auth: true',
        '    peer_cert_file: /etc/ssl/etcd/peer.pem',
        '    peer_key_file: /etc/ssl/etcd/peer-key.pem',
        '    peer_trusted_ca_file: /etc/ssl/etcd/ca.pem',
        '    peer_client_cert_auth: true',
        '  fleet:',
        '    etcd_cafile: /etc/ssl/etcd/ca.pem',
        '    etcd_certfile: /etc/ssl/etcd/client.pem',
        '    etcd_keyfile: /etc/ssl/etcd/client-key.pem',
        '  flannel:',
        '    etcd_username: machine',
        '    etcd_password: mpw',
        '  units:',
        '    - name: fleet.service',
        '      command: start',
      ].join('\n'),
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(flags, {
      'cert-file': '/etc/ssl/etcd/server.pem',
      'key-file': '/etc/ssl/etcd/server-key.pem',
      'trusted-ca-file': '/etc/ssl/etcd/ca.pem',
      'client-cert-auth': true,
      'peer-cert-file': '/etc/ssl/etcd/peer.pem',
      'peer-key-file': '/etc/ssl/etcd/peer-key.pem',
      'peer-trusted-ca-file': '/etc/ssl/etcd/ca.pem',
      'peer-client-cert-auth': true,
      'etcd-cafile': '/etc/ssl/etcd/ca.pem',
      'etcd-certfile': '/etc/ssl/etcd/client.pem',
      'etcd-keyfile': '/etc/ssl/etcd/client-key.pem',
      'etcd-username': 'machine',
      'etcd-password': 'mpw',
      fleet: true,
      name: '0123456789abcdef0123456789abcdef',
    });
  });

  it('runs the scheduler only if fleet.service is started; flanneld.service stopped is --no-net', () => {
    const stopped = flagsOf(
      [
        'coreos:',
        '  fleet:',
        '    public-ip: $public_ipv4',
        '  units:',
        '    - {name: fleet.service, command: stop}',
        '    - {name: flanneld.service, command: stop}',
      ].join('\n'),
    );
    assert.equal(stopped.flags.fleet, false);
    assert.equal(stopped.flags.net, false);
    assert.deepEqual(stopped.warnings, [
      'coreos.fleet (line 3) is set but fleet.service is not started (coreos.units): the scheduler does not run',
    ]);
    // No units at all: nothing is started on CoreOS either; the network is left to its default.
    const none = flagsOf('coreos:\n  etcd:\n    name: n1\n');
    assert.deepEqual(none.flags, { name: 'n1', fleet: false });
  });

  it('warns about a unit of the user’s own and about keys it does not use, and goes on', () => {
    const { flags, warnings } = flagsOf(
      [
        'hostname: web1',
        'coreos:',
        '  etcd:',
        '    name: n1',
        '    cert_file: /etc/ssl/etcd.pem',
        '    constructor: x',
        '  update:',
        '    reboot-strategy: off',
        '  colour: blue',
        '  units:',
        '    - name: hello.service',
        '      command: start',
        '      content: |',
        '        [Service]',
        '        ExecStart=/bin/true',
        '    - name: fleet.service',
        '      command: start',
        '      drop-ins:',
        '        - name: 50-verbose.conf',
        'colour: green',
      ].join('\n'),
    );
    assert.deepEqual(flags, { name: 'n1', fleet: true });
    assert.deepEqual(warnings, [
      'line 2: hostname: not applied (clusterd configures only itself)',
      'line 6: coreos.etcd.cert_file: not supported by clusterd, ignored',
      'line 7: coreos.etcd.constructor: not supported by clusterd, ignored',
      'line 8: coreos.update: not supported by clusterd, ignored',
      'line 10: coreos.colour: unrecognized key, ignored',
      'line 21: colour: unrecognized key, ignored',
      "line 12: coreos.units[0]: unit hello.service is not run: clusterd does not run a machine's own units yet (fleetctl start runs units on the cluster)",
      'line 19: coreos.units[1].drop-ins: not supported for fleet.service, ignored',
    ]);
  });

  it('keeps the first of two keys that set one flag differently, and says so', () => {
    const { flags, warnings } = flagsOf(
      [
        'coreos:',
        '  fleet:',
        '    public-ip: $private_ipv4',
        '  flannel:',
        '    public_ip: $public_ipv4',
        '  units:',
        '    - {name: fleet.service, command: start}',
      ].join('\n'),
    );
    assert.equal(flags['public-ip'], '10.0.0.5');
    assert.deepEqual(warnings, [
      'coreos.flannel.public_ip (line 6): --public-ip is already 10.0.0.5 from coreos.fleet.public-ip (line 4), 54.1.2.3 ignored',
    ]);
  });

  it('names etcd after the machine ID only when the file gives no name', () => {
    assert.equal(flagsOf('coreos:\n  etcd:\n    addr: a:1\n').flags.name, machine.machineId);
    assert.equal(flagsOf('coreos:\n  etcd2:\n    name: n7\n').flags.name, 'n7');
    assert.equal(
      cloudConfigToFlags('#cloud-config\ncoreos:\n  etcd: {}\n', {
        privateIpv4: '10.0.0.5',
        publicIpv4: '10.0.0.5',
      }).flags.name,
      undefined,
    );
  });

  it('takes an empty cloud-config as no flags but --no-fleet', () => {
    assert.deepEqual(cloudConfigToFlags('#cloud-config\n', machine), { flags: {}, warnings: [] });
    assert.deepEqual(cloudConfigToFlags('#cloud-config  \ncoreos:\n', machine).flags, {
      fleet: false,
    });
  });

  it('refuses a file that is not a cloud-config, with the line and column', () => {
    const refusal = (text: string): CloudConfigError => {
      try {
        cloudConfigToFlags(text, machine);
      } catch (err) {
        if (err instanceof CloudConfigError) return err;
        throw err;
      }
      assert.fail('accepted');
    };
    const noHeader = refusal('coreos:\n  etcd:\n    name: n1\n');
    assert.deepEqual(
      [noHeader.line, noHeader.column, noHeader.reason],
      [1, 1, 'not a cloud-config: the first line must be "#cloud-config"'],
    );
    // A script (#!) is user data too, but not a cloud-config.
    assert.equal(refusal('#!/bin/sh\necho hi\n').line, 1);
    const badIndent = refusal('#cloud-config\ncoreos:\n  etcd:\n    name: n1\n   addr: x:1\n');
    assert.deepEqual(
      [badIndent.line, badIndent.column, badIndent.reason],
      [5, 1, 'All mapping items must start at the same column'],
    );
    const unclosed = refusal('#cloud-config\ncoreos: {etcd: {name: n1}\n');
    assert.equal(unclosed.line, 3);
    const notAMapping = refusal('#cloud-config\n- coreos\n');
    assert.deepEqual(
      [notAMapping.line, notAMapping.column, notAMapping.reason],
      [2, 1, 'not a cloud-config: want keys such as "coreos:"'],
    );
  });
});

interface RunResult {
  code: number | null;
  stderr: string;
}

/** `clusterd agent <args>` as a process; `exited` resolves once it ended. */
function startAgent(args: string[]): { stop(): void; exited: Promise<RunResult> } {
  ensureBundle();
  const child = spawn(clusterdCommand[0]!, [...clusterdCommand.slice(1), 'agent', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stderr });
    });
  });
  return {
    stop: () => {
      child.kill('SIGTERM');
    },
    exited,
  };
}

describe('cloud-config: clusterd agent --cloud-config', function () {
  this.timeout(30_000);
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-cloud-config-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a file that is not a cloud-config: usage error, file:line:column, no stack trace', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, '#cloud-config\ncoreos:\n  etcd:\n    name: n1\n   addr: x:1\n');
    const bad = await startAgent(['--cloud-config', file]).exited;
    assert.equal(bad.code, 2);
    assert.ok(
      bad.stderr.startsWith(
        `Error: --cloud-config ${file}:5:1: All mapping items must start at the same column\n`,
      ),
      bad.stderr,
    );
    assert.doesNotMatch(bad.stderr, /\n\s+at /);
    const missing = await startAgent(['--cloud-config', join(dir, 'missing.yaml')]).exited;
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^Error: --cloud-config: ENOENT/);
  });

  it('runs the member the file describes, $private_ipv4 from --private-ipv4, command-line flags winning', async () => {
    const [clientPort, peerPort] = (await freePorts(2)) as [number, number];
    const file = join(dir, 'member.yaml');
    await writeFile(
      file,
      [
        '#cloud-config',
        'coreos:',
        '  etcd:',
        '    name: from-file',
        `    addr: $private_ipv4:${clientPort}`,
        `    peer-addr: $private_ipv4:${peerPort}`,
        '  units:',
        '    - name: etcd.service',
        '      command: start',
        '    - name: hello.service',
        '      content: "[Service]"',
        '',
      ].join('\n'),
    );
    const agent = startAgent([
      '--cloud-config',
      file,
      '--private-ipv4',
      '127.0.0.1',
      '--name',
      'from-command-line',
      '--data-dir',
      join(dir, 'member'),
    ]);
    const client = testClient([`127.0.0.1:${clientPort}`], { commandTimeoutMs: 1000 });
    try {
      let members: { name: string; clientUrls: string[]; peerUrls: string[] }[] = [];
      // Its name and client URLs are in the member list once the member published them.
      await eventually(async () => {
        members = await client.cluster.memberList().then(
          (list) => list.members,
          () => [],
        );
        return members[0]?.name !== undefined && members[0].name !== '';
      }, 15_000);
      assert.deepEqual(
        members.map((m) => ({ name: m.name, clientUrls: m.clientUrls, peerUrls: m.peerUrls })),
        [
          {
            name: 'from-command-line',
            clientUrls: [`http://127.0.0.1:${clientPort}`],
            peerUrls: [`http://127.0.0.1:${peerPort}`],
          },
        ],
      );
    } finally {
      await client.close();
      agent.stop();
    }
    const { code, stderr } = await agent.exited;
    assert.equal(code, 0, stderr);
    assert.match(stderr, /hello\.service is not run: clusterd does not run a machine's own units/);
  });
});
