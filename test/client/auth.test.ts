// The client's credentials (clientv3's Username/Password), against real etcd 3.4 and clusterd: no
// token while the store has auth off, a token once it is enabled, renewed without the caller
// seeing it when an auth change makes it stale, on unary calls and on a watch; a wrong password
// is etcd's error. Users and roles are set up with the real etcdctl.
import assert from 'node:assert/strict';
import { AuthFailedError, type EtcdClient, PermissionDeniedError } from '../../src/client/index.js';
import { etcdctl } from '../compat/etcdctl.js';
import { eventually, testClient } from '../helpers/client.js';
import { type Target, targets } from '../helpers/target.js';

for (const { name, start } of targets) {
  describe(`client credentials (${name})`, function () {
    this.timeout(60_000);
    let target: Target | undefined;
    const clients: EtcdClient[] = [];
    const client = (username: string, password: string): EtcdClient => {
      const c = testClient(target!.endpoints, { credentials: { username, password } });
      clients.push(c);
      return c;
    };
    const root = async (...args: string[]): Promise<void> => {
      const r = await etcdctl(target!.endpoints[0]!, ['--user', 'root:rootpw', ...args]);
      assert.equal(r.code, 0, `etcdctl ${args.join(' ')}: ${r.stderr}`);
    };

    before(async function () {
      target = await start();
    });

    after(async function () {
      for (const c of clients) await c.close();
      await target?.stop();
    });

    it('works without a token while auth is off, and authenticates once it is on', async function () {
      const alice = client('alice', 'alicepw');
      await alice.kv.put('/a/1', 'before');
      assert.equal(alice.authenticatedUser, '');
      assert.equal(await alice.auth.enabled(), false);

      await root('user', 'add', 'root:rootpw');
      await root('user', 'grant-role', 'root', 'root');
      await root('role', 'add', 'a-rw');
      await root('role', 'grant-permission', 'a-rw', '--prefix', 'readwrite', '/a/');
      await root('user', 'add', 'alice:alicepw');
      await root('user', 'grant-role', 'alice', 'a-rw');
      await root('auth', 'enable');

      // The same client: its empty token is refused ("user name is empty"), it authenticates.
      assert.equal(await alice.kv.getString('/a/1'), 'before');
      assert.equal(alice.authenticatedUser, 'alice');
      assert.equal(await alice.auth.enabled(), true);
      await assert.rejects(alice.kv.put('/b/1', 'x'), PermissionDeniedError);
    });

    it('renews a token an auth change made stale, on calls and on a watch', async function () {
      const alice = client('alice', 'alicepw');
      const seen: string[] = [];
      const watcher = await alice.watch.watch('/a/w', { prefix: true });
      await watcher.created;
      void (async () => {
        for await (const event of watcher.events()) seen.push(event.kv.value.toString());
      })();
      await alice.kv.put('/a/w1', 'one');
      await eventually(() => seen.includes('one'));
      // A new permission bumps the auth revision: tokens and checks of before are stale.
      await root('role', 'grant-permission', 'a-rw', '--prefix', 'read', '/b/');
      assert.equal(await alice.kv.getString('/b/1'), undefined);
      await alice.kv.put('/a/w2', 'two');
      await eventually(() => seen.includes('two'));
      await root('role', 'revoke-permission', 'a-rw', '--prefix', '/b/');
      await assert.rejects(alice.kv.get('/b/1'), PermissionDeniedError);
    });

    it("refuses a wrong password with etcd's error", async function () {
      await assert.rejects(client('alice', 'wrong').kv.get('/a/1'), (err: unknown) => {
        assert.ok(err instanceof AuthFailedError);
        assert.equal(err.message, 'etcdserver: authentication failed, invalid user ID or password');
        return true;
      });
    });
  });
}
