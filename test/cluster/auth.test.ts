// Auth on a 3-member cluster: users, roles and the enabled flag travel the log like any write, so a
// follower checks requests as the leader would; a follower cut off while permissions changed and
// brought back by a state snapshot (the log it missed compacted away) has the new permissions, and
// so has a member restarted from its data. A client with a user moves between members unaware
// (a simple token unknown to a member is refused as invalid, and renewed).
import assert from 'node:assert/strict';
import { type EtcdClient, PermissionDeniedError } from '../../src/client/index.js';
import { etcdctl } from '../compat/etcdctl.js';
import { testClient } from '../helpers/client.js';
import { type ClusterMember, TestCluster } from '../helpers/cluster.js';

describe('cluster: auth on every member, after a snapshot catch-up and a restart', function () {
  this.timeout(90_000);
  let cluster: TestCluster;
  const clients: EtcdClient[] = [];
  const as = (member: ClusterMember, username: string, password: string): EtcdClient => {
    const c = testClient([member.endpoint], {
      credentials: { username, password },
      commandTimeoutMs: 10_000,
    });
    clients.push(c);
    return c;
  };
  const root = async (member: ClusterMember, ...args: string[]): Promise<string> => {
    const r = await etcdctl(member.endpoint, ['--user', 'root:rootpw', ...args]);
    assert.equal(r.code, 0, `etcdctl ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };

  before(async function () {
    cluster = await TestCluster.start({
      size: 3,
      args: ['--snapshot-count', '100', '--experimental-snapshot-catchup-entries', '20'],
    });
  });

  after(async function () {
    for (const c of clients) await c.close();
    await (cluster as TestCluster | undefined)?.stop();
  });

  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.log(cluster.output());
  });

  it('checks on followers what was granted through the leader', async function () {
    const leader = await cluster.waitLeader();
    const r = await etcdctl(leader.endpoint, ['user', 'add', 'root:rootpw']);
    assert.equal(r.code, 0, r.stderr);
    await root(leader, 'user', 'grant-role', 'root', 'root');
    await root(leader, 'role', 'add', 'a-rw');
    await root(leader, 'role', 'grant-permission', 'a-rw', '--prefix', 'readwrite', '/a/');
    await root(leader, 'user', 'add', 'alice:alicepw');
    await root(leader, 'user', 'grant-role', 'alice', 'a-rw');
    await root(leader, 'auth', 'enable');
    for (const m of cluster.members) {
      const alice = as(m, 'alice', 'alicepw');
      await alice.kv.put(`/a/${m.name}`, m.name);
      await assert.rejects(alice.kv.put('/b/x', 'no'), PermissionDeniedError);
      const anonymous = await etcdctl(m.endpoint, ['get', '/a/n1']);
      assert.match(anonymous.stderr, /etcdserver: user name is empty/);
    }
  });

  it('gives a follower behind a snapshot the permissions changed meanwhile', async function () {
    const leader = await cluster.waitLeader();
    const [f, other] = cluster.members.filter((m) => m !== leader) as [
      ClusterMember,
      ClusterMember,
    ];
    const alice = as(f, 'alice', 'alicepw');
    assert.equal(await alice.kv.getString(`/a/${f.name}`), f.name);
    await assert.rejects(alice.kv.get('/b/x'), PermissionDeniedError);
    cluster.isolate(f);
    await root(other, 'role', 'grant-permission', 'a-rw', 'read', '/b/x');
    await root(other, 'user', 'add', 'bob:bobpw');
    const writer = as(other, 'root', 'rootpw');
    for (let i = 0; i < 300; i++) await writer.kv.put(`/b/k${i % 7}`, `v${i}`);
    await writer.kv.put('/b/x', 'readable');
    cluster.heal();
    // The same client, its token from before: renewed if the member lost it, then allowed.
    let value: string | undefined;
    const deadline = Date.now() + 20_000;
    while (value === undefined && Date.now() < deadline) {
      value = await alice.kv.getString('/b/x').catch(() => undefined);
    }
    assert.equal(value, 'readable');
    assert.match(await root(f, 'user', 'list'), /^alice\nbob\nroot\n$/);
    await assert.rejects(alice.kv.put('/b/x', 'no'), PermissionDeniedError);
  });

  it('keeps users, roles and the enabled flag across a restart', async function () {
    const member = cluster.members[2]!;
    await member.kill();
    await member.start();
    const r = await etcdctl(member.endpoint, ['get', '/a/n1']);
    assert.match(r.stderr, /etcdserver: user name is empty/);
    assert.match(await root(member, 'role', 'get', 'a-rw'), /\/b\/x/);
    const alice = as(member, 'alice', 'alicepw');
    assert.equal(await alice.kv.getString('/b/x'), 'readable');
    await assert.rejects(alice.kv.put('/c/x', 'no'), PermissionDeniedError);
  });
});
