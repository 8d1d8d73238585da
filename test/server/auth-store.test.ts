// The auth store alone: etcd's permission intervals, the auth revision a request was checked
// against, and the records it writes (read back as a restarted member or a snapshot would).
import assert from 'node:assert/strict';
import { authpb } from '../../src/gen/etcd.js';
import type { BatchOp } from '../../src/storage/backend.js';
import type { Backend } from '../../src/storage/backend.js';
import { AuthStore } from '../../src/server/auth-store.js';

const { READ, WRITE, READWRITE } = authpb.Permission.Type;
const b = (s: string): Buffer => Buffer.from(s, 'latin1');

/** A store with root (role root) and alice (role r), auth enabled. */
function setUp(perms: [authpb.Permission.Type, string, string][]): {
  store: AuthStore;
  ops: BatchOp[];
} {
  const store = new AuthStore(300_000);
  const ops: BatchOp[] = [];
  store.userAdd({ name: 'root', hashedPassword: b('h'), noPassword: false }, ops);
  store.userAdd({ name: 'alice', hashedPassword: b('h'), noPassword: false }, ops);
  store.roleAdd('r', ops);
  for (const [permType, key, rangeEnd] of perms) {
    store.roleGrantPermission(
      { name: 'r', perm: { permType, key: b(key), rangeEnd: b(rangeEnd) } },
      ops,
    );
  }
  store.userGrantRole('root', 'root', ops);
  store.userGrantRole('alice', 'r', ops);
  store.enable(ops);
  return { store, ops };
}

describe('auth store', function () {
  it('covers a range only with the union of the permissions, as etcd merges them', function () {
    const { store } = setUp([
      [READWRITE, '/a/', '/a0'],
      [READ, '/r', '/s'],
      [READ, '/s', '/t'],
      [WRITE, '/w', ''],
      [READ, '/z', '\0'],
    ]);
    const alice = { username: 'alice', revision: store.revision };
    store.checkRead(alice, '/a/x', '');
    store.checkWrite(alice, '/a/x', '');
    store.checkRead(alice, '/a/', '/a0');
    store.checkRead(alice, '/r', '/t'); // two adjacent permissions
    store.checkWrite(alice, '/w', '');
    store.checkRead(alice, '/zz', '\0');
    const denied = { message: 'etcdserver: permission denied' };
    assert.throws(() => {
      store.checkRead(alice, '/r', '/u');
    }, denied);
    assert.throws(() => {
      store.checkWrite(alice, '/r', '');
    }, denied);
    assert.throws(() => {
      store.checkRead(alice, '/w', '');
    }, denied);
    assert.throws(() => {
      store.checkWrite(alice, '/w', '/x');
    }, denied);
    assert.throws(() => {
      store.checkRead(alice, '/b/x', '');
    }, denied);
    assert.throws(() => {
      store.checkRead(alice, '/a/', '\0');
    }, denied);
    store.checkWrite({ username: 'root', revision: store.revision }, '', '\0');
  });

  it('refuses a request checked against an older auth revision, and one without a user', function () {
    const { store, ops } = setUp([[READWRITE, '/a/', '/a0']]);
    const alice = { username: 'alice', revision: store.revision };
    store.roleAdd('other', ops);
    assert.throws(
      () => {
        store.checkRead(alice, '/a/x', '');
      },
      {
        message: 'etcdserver: revision of auth store is old',
      },
    );
    assert.throws(
      () => {
        store.checkRead({ username: '', revision: 0 }, '/a/x', '');
      },
      {
        message: 'etcdserver: user name is empty',
      },
    );
    assert.throws(
      () => {
        store.checkAdmin({ username: 'alice', revision: store.revision });
      },
      {
        message: 'etcdserver: permission denied',
      },
    );
  });

  it('reads back what it wrote, as after a restart or a state snapshot', async function () {
    const { store, ops } = setUp([[READWRITE, '/a/', '/a0']]);
    const records = new Map<string, Buffer>();
    for (const op of ops) {
      if (op.type === 'put') records.set(op.key.toString('latin1'), op.value);
      else records.delete(op.key.toString('latin1'));
    }
    const backend = {
      get: (key: Buffer) => records.get(key.toString('latin1')),
      async *scan(range: { gte: Buffer; lt: Buffer }) {
        await Promise.resolve();
        const keys = [...records.keys()].sort();
        for (const k of keys) {
          const key = Buffer.from(k, 'latin1');
          if (Buffer.compare(key, range.gte) >= 0 && Buffer.compare(key, range.lt) < 0)
            yield [key, records.get(k)!] as [Buffer, Buffer];
        }
      },
    } as unknown as Backend;
    const copy = new AuthStore(300_000);
    await copy.load(backend);
    assert.deepEqual(copy.status(), store.status());
    assert.deepEqual(copy.userList(), ['alice', 'root']);
    assert.deepEqual(copy.userGet('alice'), ['r']);
    assert.deepEqual(copy.roleGet('r'), store.roleGet('r'));
    copy.checkWrite({ username: 'alice', revision: copy.revision }, '/a/x', '');
  });
});
