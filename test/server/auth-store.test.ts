// The auth store alone: etcd's permission intervals, the auth revision a request was checked
// against, and the records it writes (read back as a restarted member or a snapshot would).
import assert from 'node:assert/strict';
import { authpb } from '../../src/gen/etcd.js';
import type { BatchOp } from '../../src/storage/backend.js';
import type { Backend } from '../../src/storage/backend.js';
import { AuthStore, interval, KeyIntervalSet, type Interval } from '../../src/server/auth-store.js';

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

/**
 * The linear search the auth store used before KeyIntervalSet: from the request's start, jump to
 * the furthest end of any permission holding the current key, until past the request's end.
 */
function coversByScan(have: Interval[], want: Interval): boolean {
  if (want.end !== null && want.end <= want.start)
    return coversByScan(have, interval(want.start, ''));
  let at = want.start;
  for (;;) {
    let next: string | null | undefined;
    for (const iv of have) {
      if (iv.start > at || (iv.end !== null && iv.end <= at)) continue;
      if (iv.end === null) return true;
      if (next === undefined || (next !== null && iv.end > next)) next = iv.end;
    }
    if (next === undefined || next === null) return next === null;
    at = next;
    if (want.end !== null && at >= want.end) return true;
  }
}

/** A deterministic PRNG (mulberry32), so a failing case can be run again. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('auth store', function () {
  it('merges permissions into intervals that cover what the linear search covered', function () {
    const random = prng(12);
    // Short keys over a few octets (the empty key and \0 included), so intervals meet, overlap,
    // nest, touch and come out empty.
    const letters = ['\0', 'a', 'b', 'c', '\xff'];
    const key = (): string => {
      let s = '';
      const n = Math.floor(random() * 3);
      for (let i = 0; i < n; i++) s += letters[Math.floor(random() * letters.length)]!;
      return s;
    };
    const rangeEnd = (): string => {
      const r = random();
      return r < 0.2 ? '' : r < 0.35 ? '\0' : key();
    };
    let checked = 0;
    for (let round = 0; round < 400; round++) {
      const have = Array.from({ length: Math.floor(random() * 6) }, () =>
        interval(key(), rangeEnd()),
      );
      const set = new KeyIntervalSet(have);
      for (let q = 0; q < 60; q++) {
        const want = interval(key(), rangeEnd());
        assert.equal(
          set.covers(want),
          coversByScan(have, want),
          `have ${JSON.stringify(have)} want ${JSON.stringify(want)}`,
        );
        checked++;
      }
    }
    assert.equal(checked, 24_000);
  });

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
    const backend = backendOf(records);
    const copy = new AuthStore(300_000);
    await copy.load(backend);
    assert.deepEqual(copy.status(), store.status());
    assert.deepEqual(copy.userList(), ['alice', 'root']);
    assert.deepEqual(copy.userGet('alice'), ['r']);
    assert.deepEqual(copy.roleGet('r'), store.roleGet('r'));
    copy.checkWrite({ username: 'alice', revision: copy.revision }, '/a/x', '');
  });

  it("forgets a user's merged permissions at every auth change", function () {
    const { store, ops } = setUp([[READ, '/a/', '/a0']]);
    const as = (username: string) => ({ username, revision: store.revision });
    const denied = { message: 'etcdserver: permission denied' };
    const refused = (username: string, key: string, rangeEnd = ''): void => {
      assert.throws(() => {
        store.checkRead(as(username), key, rangeEnd);
      }, denied);
    };
    store.checkRead(as('alice'), '/a/x', ''); // merged and kept
    refused('alice', '/b/x');

    // A permission granted to a role alice has.
    store.roleGrantPermission(
      { name: 'r', perm: { permType: READ, key: b('/b/'), rangeEnd: b('/b0') } },
      ops,
    );
    store.checkRead(as('alice'), '/b/x', '');
    store.checkRead(as('alice'), '/a/', '/a0');

    // Revoked again.
    store.roleRevokePermission({ role: 'r', key: b('/b/'), rangeEnd: b('/b0') }, ops);
    refused('alice', '/b/x');

    // A second role granted to alice, then revoked from her.
    store.roleAdd('s', ops);
    store.roleGrantPermission(
      { name: 's', perm: { permType: READ, key: b('/c'), rangeEnd: b('\0') } },
      ops,
    );
    refused('alice', '/c/x');
    store.userGrantRole('alice', 's', ops);
    store.checkRead(as('alice'), '/c/x', '');
    store.userRevokeRole('alice', 's', ops);
    refused('alice', '/c/x');

    // The root role granted and revoked.
    store.userGrantRole('alice', 'root', ops);
    store.checkRead(as('alice'), '/z', '');
    store.userRevokeRole('alice', 'root', ops);
    refused('alice', '/z');

    // Her role deleted: she keeps no permission.
    store.userGrantRole('alice', 's', ops);
    store.checkRead(as('alice'), '/c/x', '');
    store.roleDelete('s', ops);
    refused('alice', '/c/x');
    store.checkRead(as('alice'), '/a/x', '');

    // Deleted and added again under the same name: none of the old user's roles.
    store.userDelete('alice', ops);
    refused('alice', '/a/x');
    store.userAdd({ name: 'alice', hashedPassword: b('h'), noPassword: false }, ops);
    refused('alice', '/a/x');
    store.userGrantRole('alice', 'r', ops);
    store.checkRead(as('alice'), '/a/x', '');

    // Auth off (nothing checked), the role changed meanwhile, auth on: the new permissions.
    store.disable(ops);
    store.checkRead(as('alice'), '/d/x', '');
    store.roleRevokePermission({ role: 'r', key: b('/a/'), rangeEnd: b('/a0') }, ops);
    store.roleGrantPermission(
      { name: 'r', perm: { permType: READ, key: b('/d/'), rangeEnd: b('/d0') } },
      ops,
    );
    store.enable(ops);
    store.checkRead(as('alice'), '/d/x', '');
    refused('alice', '/a/x');
  });

  it('forgets merged permissions when it reads its state again', async function () {
    const { store, ops } = setUp([[READ, '/a/', '/a0']]);
    const records = new Map<string, Buffer>();
    for (const op of ops) {
      if (op.type === 'put') records.set(op.key.toString('latin1'), op.value);
      else records.delete(op.key.toString('latin1'));
    }
    const stored = store.revision;
    // Changes the backend never gets: alice may read /b/ instead of /a/, and that is merged.
    store.roleRevokePermission({ role: 'r', key: b('/a/'), rangeEnd: b('/a0') }, []);
    store.roleGrantPermission(
      { name: 'r', perm: { permType: READ, key: b('/b/'), rangeEnd: b('/b0') } },
      [],
    );
    store.checkRead({ username: 'alice', revision: store.revision }, '/b/x', '');
    // The backend's state comes back (as after a state snapshot): /a/ again, not /b/.
    await store.load(backendOf(records));
    assert.equal(store.revision, stored);
    store.checkRead({ username: 'alice', revision: stored }, '/a/x', '');
    assert.throws(
      () => {
        store.checkRead({ username: 'alice', revision: stored }, '/b/x', '');
      },
      { message: 'etcdserver: permission denied' },
    );
  });
});

/** A read-only Backend over records (what load() asks of it). */
function backendOf(records: Map<string, Buffer>): Backend {
  return {
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
}
