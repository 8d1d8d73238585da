// Debian's etcdctl 3.4 against a 3-member clusterd cluster: member list, endpoint status --cluster
// (etcdctl sends a scheme-prefixed :authority there), put/get through each member, move-leader.
import assert from 'node:assert/strict';
import { TestCluster } from '../helpers/cluster.js';
import { startClusterd } from '../helpers/clusterd.js';
import { freePorts } from '../helpers/ports.js';
import { etcdctl, sleep } from './cluster-util.js';

interface JsonMember {
  ID: number | string;
  name: string;
  peerURLs: string[];
  clientURLs: string[];
}

/** etcdctl prints 64-bit IDs as JSON numbers; read them exactly. */
function parseWithBigIds(text: string): unknown {
  return JSON.parse(text.replace(/"(ID|leader|cluster_id|member_id)":(\d+)/g, '"$1":"$2"'));
}

describe('cluster: etcdctl 3.4 against 3 members', function () {
  this.timeout(60000);
  let cluster: TestCluster;
  let all: string;

  before(async function () {
    cluster = await TestCluster.start({ size: 3 });
    all = cluster.members.map((m) => `http://${m.endpoint}`).join(',');
  });

  after(async function () {
    await (cluster as TestCluster | undefined)?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.log(cluster.output());
  });

  it('member list names every member with its URLs', async function () {
    const r = await etcdctl([`--endpoints=${all}`, 'member', 'list', '-w', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const { members } = parseWithBigIds(r.stdout) as { members: JsonMember[] };
    assert.deepEqual(
      members.map((m) => m.name).sort(),
      cluster.members.map((m) => m.name),
    );
    for (const m of cluster.members) {
      const listed = members.find((x) => x.name === m.name)!;
      assert.equal(BigInt(listed.ID), m.id);
      assert.deepEqual(listed.peerURLs, [m.peerUrl]);
      assert.deepEqual(listed.clientURLs, [`http://${m.endpoint}`]);
    }
    const table = await etcdctl([`--endpoints=${cluster.members[1]!.endpoint}`, 'member', 'list']);
    assert.equal(table.code, 0, table.stderr);
    assert.equal(table.stdout.trim().split('\n').length, 3);
  });

  it('endpoint status --cluster reports every member and one leader', async function () {
    const leader = await cluster.waitLeader();
    const r = await etcdctl([
      `--endpoints=${cluster.members[0]!.endpoint}`,
      'endpoint',
      'status',
      '--cluster',
      '-w',
      'json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const rows = parseWithBigIds(r.stdout) as {
      Endpoint: string;
      Status: { header: { member_id: string }; leader: string };
    }[];
    assert.deepEqual(
      rows.map((x) => x.Endpoint).sort(),
      cluster.members.map((m) => `http://${m.endpoint}`).sort(),
    );
    for (const row of rows) assert.equal(BigInt(row.Status.leader), leader.id, row.Endpoint);
    const text = await etcdctl([`--endpoints=${all}`, 'endpoint', 'status', '--cluster']);
    assert.equal(text.code, 0, text.stderr);
    assert.equal(
      text.stdout
        .trim()
        .split('\n')
        .filter((l) => l.includes(', true,')).length,
      1,
    );
  });

  it('put and get through each member', async function () {
    for (const w of cluster.members) {
      const put = await etcdctl([`--endpoints=${w.endpoint}`, 'put', `/ctl/${w.name}`, w.name]);
      assert.equal(put.code, 0, put.stderr);
      assert.equal(put.stdout.trim(), 'OK');
      for (const r of cluster.members) {
        const get = await etcdctl([`--endpoints=${r.endpoint}`, 'get', `/ctl/${w.name}`]);
        assert.equal(get.code, 0, get.stderr);
        assert.equal(get.stdout, `/ctl/${w.name}\n${w.name}\n`, `read on ${r.name}`);
      }
    }
    const all3 = await etcdctl([`--endpoints=${all}`, 'get', '/ctl/', '--prefix', '--keys-only']);
    assert.equal(all3.stdout.split('\n').filter(Boolean).length, 3);
  });

  it('move-leader hands leadership to the member named', async function () {
    const leader = await cluster.waitLeader();
    const target = cluster.members.find((m) => m !== leader)!;
    const r = await etcdctl([`--endpoints=${all}`, 'move-leader', target.id.toString(16)]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Leadership transferred from \w+ to \w+/);
    const now = await cluster.waitLeader();
    assert.equal(now, target);
    // Sent only to a follower, etcdctl reports that no leader was among the endpoints.
    const other = cluster.members.find((m) => m !== target)!;
    const bad = await etcdctl([
      `--endpoints=${other.endpoint}`,
      'move-leader',
      leader.id.toString(16),
    ]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /no leader endpoint given/);
    const put = await etcdctl([`--endpoints=${other.endpoint}`, 'put', '/ctl/after-move', 'x']);
    assert.equal(put.code, 0, put.stderr);
  });

  it('member add, then starting that member, then member remove', async function () {
    const [client, peer] = (await freePorts(2)) as [number, number];
    const peerUrl = `http://127.0.0.1:${peer}`;
    // etcd's strict reconfiguration check refuses an add until every member has been connected
    // for five seconds: a cluster that has only just started says "unhealthy cluster" first.
    const deadline = Date.now() + 15_000;
    let add = await etcdctl([
      `--endpoints=${all}`,
      'member',
      'add',
      'extra',
      `--peer-urls=${peerUrl}`,
    ]);
    while (add.code !== 0 && /unhealthy cluster/.test(add.stderr) && Date.now() < deadline) {
      await sleep(500);
      add = await etcdctl([
        `--endpoints=${all}`,
        'member',
        'add',
        'extra',
        `--peer-urls=${peerUrl}`,
      ]);
    }
    assert.equal(add.code, 0, add.stderr);
    const id = /Member\s+([0-9a-f]+) added/.exec(add.stdout)?.[1];
    assert.ok(id, add.stdout);
    // etcdctl prints the flags for the new member, as etcd's; start it with them.
    const initialCluster = /ETCD_INITIAL_CLUSTER="([^"]+)"/.exec(add.stdout)?.[1];
    assert.ok(initialCluster?.includes(`extra=${peerUrl}`), add.stdout);
    const extra = await startClusterd({
      ports: { client, peer },
      args: [
        '--name',
        'extra',
        '--initial-cluster',
        initialCluster!,
        '--initial-cluster-state',
        'existing',
      ],
    });
    try {
      const put = await etcdctl([`--endpoints=${all}`, 'put', '/etcdctl/added', 'yes']);
      assert.equal(put.code, 0, put.stderr);
      const get = await etcdctl([
        `--endpoints=${extra.endpoint}`,
        'get',
        '/etcdctl/added',
        '--print-value-only',
      ]);
      assert.equal(get.stdout, 'yes\n', get.stderr);
      const list = await etcdctl([`--endpoints=${extra.endpoint}`, 'member', 'list']);
      assert.match(
        list.stdout,
        new RegExp(`${id}, started, extra, ${peerUrl}, http://127.0.0.1:${client}, false`),
      );
      const remove = await etcdctl([`--endpoints=${all}`, 'member', 'remove', id]);
      assert.equal(remove.code, 0, remove.stderr);
      assert.match(remove.stdout, new RegExp(`Member\\s+${id} removed from cluster`));
      const after = await etcdctl([`--endpoints=${all}`, 'member', 'list']);
      assert.equal(after.stdout.trim().split('\n').length, 3, after.stdout);
    } finally {
      await extra.stop();
    }
  });
});
