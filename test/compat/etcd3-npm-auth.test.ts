// Compatibility: the npm `etcd3` client's auth (users, roles, permissions, `auth: {username,
// password}`) against real etcd 3.4 and against clusterd, with the same assertions. Each target is
// started for this file alone, since enabling auth changes what every later request needs.
import assert from 'node:assert/strict';
import {
  Etcd3,
  EtcdAuthenticationFailedError,
  EtcdPermissionDeniedError,
  EtcdRoleNotFoundError,
  EtcdUserExistsError,
  Range,
} from 'etcd3';
import { type Target, targets } from '../helpers/target.js';

for (const { name, start } of targets) {
  describe(`npm etcd3 client auth (${name})`, function () {
    this.timeout(60_000);
    let target: Target | undefined;
    const clients: Etcd3[] = [];
    const client = (auth?: { username: string; password: string }): Etcd3 => {
      const c = new Etcd3({
        hosts: target!.endpoints.map((e) => `http://${e}`),
        ...(auth && { auth }),
      });
      clients.push(c);
      return c;
    };

    before(async function () {
      target = await start();
    });

    after(async function () {
      for (const c of clients) c.close();
      await target?.stop();
    });

    it('manages users and roles, enables auth and enforces permissions', async function () {
      const admin = client();
      await admin.user('root').create('rootpw');
      await assert.rejects(admin.user('root').create('again'), EtcdUserExistsError);
      await admin.role('root').create();
      await admin.user('root').addRole('root');
      const role = await admin.role('a-rw').create();
      await role.grant({ permission: 'Readwrite', range: Range.prefix('/a/') });
      await assert.rejects(
        admin.role('nope').grant({ permission: 'Read', key: '/x' }),
        EtcdRoleNotFoundError,
      );
      const alice = await admin.user('alice').create('alicepw');
      await alice.addRole('a-rw');
      assert.deepEqual(
        (await alice.roles()).map((r) => r.name),
        ['a-rw'],
      );
      assert.deepEqual(
        (await admin.getUsers()).map((u) => u.name),
        ['alice', 'root'],
      );
      const perms = await role.permissions();
      assert.equal(perms.length, 1);
      assert.equal(perms[0]!.permission, 'Readwrite');
      assert.equal(perms[0]!.range.start.toString(), '/a/');
      await admin.put('/b/x').value('before');
      await admin.auth.authEnable();

      const root = client({ username: 'root', password: 'rootpw' });
      assert.equal(await root.get('/b/x').string(), 'before');
      const a = client({ username: 'alice', password: 'alicepw' });
      await a.put('/a/x').value('1');
      assert.equal(await a.get('/a/x').string(), '1');
      await assert.rejects(a.put('/b/x').value('no').exec(), EtcdPermissionDeniedError);
      await assert.rejects(a.get('/b/x').string(), EtcdPermissionDeniedError);
      await assert.rejects(
        a.if('/a/x', 'Value', '==', '1').then(a.put('/b/x').value('txn')).commit(),
        EtcdPermissionDeniedError,
      );
      await assert.rejects(a.getUsers(), EtcdPermissionDeniedError);
      const wrong = client({ username: 'alice', password: 'wrong' });
      await assert.rejects(wrong.get('/a/x').string(), EtcdAuthenticationFailedError);
      assert.equal(await root.get('/b/x').string(), 'before');

      await root.auth.authDisable();
      assert.equal(await admin.get('/b/x').string(), 'before');
      assert.equal(await admin.get('/a/x').string(), '1');
    });
  });
}
