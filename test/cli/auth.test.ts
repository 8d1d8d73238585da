// etcdctl's --user and --password on clusterd's client commands, against clusterd with auth on:
// `name:password`, `--password` (a colon then belongs to the name), no password and nothing on
// standard input (a usage error), a wrong one and a key outside the user's range (etcd's errors).
import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { etcdctl } from '../compat/etcdctl.js';
import { runClusterd } from '../helpers/cli.js';
import { startClusterdTarget } from '../helpers/clusterd.js';
import type { Target } from '../helpers/target.js';

describe('clusterd --user and --password', function () {
  this.timeout(60_000);
  let target: Target | undefined;
  const kv = (...args: string[]) =>
    runClusterd(['--endpoints', target!.endpoints[0]!, 'kv', ...args]);

  before(async function () {
    target = await startClusterdTarget();
    const endpoint = target.endpoints[0]!;
    for (const args of [
      ['user', 'add', 'root:rootpw'],
      ['user', 'grant-role', 'root', 'root'],
      ['role', 'add', 'a-rw'],
      ['role', 'grant-permission', 'a-rw', '--prefix', 'readwrite', '/a/'],
      ['user', 'add', 'a:b', '--new-user-password', 'secret'],
      ['user', 'grant-role', 'a:b', 'a-rw'],
      ['auth', 'enable'],
    ]) {
      const r = await etcdctl(endpoint, ['--user', 'root:rootpw', ...args]);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    }
  });

  after(async function () {
    await target?.stop();
  });

  it('authenticates with --password, and refuses what the user may not do', async function () {
    const put = await kv('--user', 'a:b', '--password', 'secret', 'put', '/a/k', 'v');
    assert.equal(put.code, 0, put.stderr);
    assert.equal(put.stdout, 'OK\n');
    const outside = await kv('--user', 'a:b', '--password', 'secret', 'put', '/b/k', 'v');
    assert.equal(outside.code, 1);
    assert.equal(outside.stderr, 'Error: etcdserver: permission denied\n');
  });

  it('takes name:password, and says so when the password is wrong or missing', async function () {
    const get = await kv('--user', 'root:rootpw', 'get', '/a/k', '--print-value-only');
    assert.equal(get.code, 0, get.stderr);
    assert.equal(get.stdout, 'v\n');
    const wrong = await kv('--user', 'root:nope', 'get', '/a/k');
    assert.equal(wrong.code, 1);
    assert.equal(
      wrong.stderr,
      'Error: etcdserver: authentication failed, invalid user ID or password\n',
    );
    const none = await kv('--user', 'root', 'get', '/a/k');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /a password is needed/);
    const anonymous = await kv('get', '/a/k');
    assert.equal(anonymous.code, 1);
    assert.equal(anonymous.stderr, 'Error: etcdserver: user name is empty\n');
  });

  it('snapshot save streams as root with --user, and is refused without it', async function () {
    const dir = await mkdtemp(join(tmpdir(), 'clusterd-auth-snapshot-'));
    try {
      const endpoint = target!.endpoints[0]!;
      const file = join(dir, 'root.db');
      const saved = await runClusterd([
        ...['--endpoints', endpoint, '--user', 'root:rootpw'],
        ...['snapshot', 'save', file],
      ]);
      assert.equal(saved.code, 0, saved.stderr);
      assert.ok((await stat(file)).size > 0);
      const nobody = await runClusterd([
        '--endpoints',
        endpoint,
        'snapshot',
        'save',
        join(dir, 'x.db'),
      ]);
      assert.equal(nobody.code, 1);
      assert.match(nobody.stderr, /auth: user name is empty/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
