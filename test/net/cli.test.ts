// `clusterd net config set|get` and `clusterd net leases` against a real store: flannel's checks
// refuse a bad configuration before anything is written, the stored JSON is kept as given, and
// leases written in flannel's format (as flanneld would) are listed.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TestCluster } from '../helpers/cluster.js';
import { clusterdCommand, ensureBundle } from '../setup.js';

const execFileAsync = promisify(execFile);

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

describe('net: the clusterd net command', function () {
  this.timeout(60_000);
  let cluster: TestCluster;
  const run = async (...args: string[]): Promise<RunResult> => {
    const argv = [
      ...clusterdCommand.slice(1),
      ...args,
      '--endpoints',
      cluster.members[0]!.endpoint,
    ];
    try {
      const { stdout, stderr } = await execFileAsync(clusterdCommand[0]!, argv);
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  before(async () => {
    ensureBundle();
    cluster = await TestCluster.start({ size: 1 });
  });

  after(async () => {
    await cluster.stop();
  });

  it('refuses a bad configuration in flannel’s words, writing nothing', async () => {
    const missing = await run('net', 'config', 'get');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no network configuration at \/coreos\.com\/network\/config/);
    for (const [json, message] of [
      ['{"Network":"10.3.0.0/29"}', 'network is too small. Minimum useful network prefix is /28'],
      ['{"Network":"10.3.0.0/16","SubnetLen":31}', 'SubnetLen must be less than /31'],
      ['{"Network":"10.3.0.0/16","Backend":{"Type":"udp"}}', 'backend type "udp" is not supported'],
      ['{"Network":', 'invalid network config'],
    ] as const) {
      const r = await run('net', 'config', 'set', json);
      assert.equal(r.code, 2, r.stderr);
      assert.ok(r.stderr.includes(message), r.stderr);
    }
    assert.equal((await run('net', 'config', 'get')).code, 1);
  });

  it('stores the configuration as given and shows it with its defaults', async () => {
    const set = await run('net', 'config', 'set', '{"network":"10.7.0.0/16"}');
    assert.equal(set.code, 0, set.stderr);
    assert.match(set.stdout, /^OK \/coreos\.com\/network\/config /);
    assert.equal((await run('net', 'config', 'get')).stdout, '{"network":"10.7.0.0/16"}\n');
    const effective = await run('net', 'config', 'get', '--effective');
    assert.equal(
      effective.stdout,
      '{"Network":"10.7.0.0/16","SubnetLen":24,"SubnetMin":"10.7.1.0","SubnetMax":"10.7.255.0","Backend":{"Type":"vxlan","VNI":1,"Port":8472}}\n',
    );
    const prefixed = await run('net', '--etcd-prefix', '/other/net', 'config', 'get');
    assert.equal(prefixed.code, 1);
  });

  it('prints Docker options for the subnet file, as mk-docker-opts.sh', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clusterd-net-cli-'));
    try {
      const file = join(dir, 'subnet.env');
      const missing = await run('net', 'docker-opts', '--subnet-file', file);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /no subnet yet/);
      await writeFile(
        file,
        'FLANNEL_NETWORK=10.7.0.0/16\nFLANNEL_SUBNET=10.7.9.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n',
      );
      const opts = await run('net', 'docker-opts', '--subnet-file', file);
      assert.equal(opts.stdout, '--bip=10.7.9.129/25 --mtu=1450 --ip-masq=false\n');
      const env = await run('net', 'docker-opts', '--subnet-file', file, '--key', 'DOCKER_OPTS');
      assert.equal(env.stdout, 'DOCKER_OPTS="--bip=10.7.9.129/25 --mtu=1450 --ip-masq=false"\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lists leases written as flanneld writes them, with their time left', async () => {
    const client = cluster.members[0]!.client();
    try {
      const lease = await client.lease.grant(600);
      await client.kv.put(
        '/coreos.com/network/subnets/10.7.9.0-24',
        '{"PublicIP":"192.168.5.9","PublicIPv6":null,"BackendType":"vxlan","BackendData":{"VNI":1,"VtepMAC":"c6:d2:32:6f:8f:44"}}',
        { lease: lease.id },
      );
      await client.kv.put(
        '/coreos.com/network/subnets/10.7.3.0-24',
        '{"PublicIP":"192.168.5.3","PublicIPv6":null,"BackendType":"host-gw"}',
      );
    } finally {
      await client.close();
    }
    const r = await run('net', 'leases');
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/));
    assert.deepEqual(rows[0], [
      'SUBNET',
      'PUBLIC',
      'IP',
      'BACKEND',
      'VTEP',
      'MAC',
      'EXPIRES',
      'IN',
    ]);
    assert.deepEqual(rows[1], ['10.7.3.0/24', '192.168.5.3', 'host-gw', '-', 'reserved']);
    assert.deepEqual(rows[2]!.slice(0, 4), [
      '10.7.9.0/24',
      '192.168.5.9',
      'vxlan',
      'c6:d2:32:6f:8f:44',
    ]);
    assert.match(rows[2]![4]!, /^(9m\d+s|10m0s)$/);
  });
});
