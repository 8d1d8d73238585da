// The power-loss layer itself (power-loss.ts, lose-unsynced.c): a small program that writes with
// and without fsync runs under it, and after the power loss exactly what it did not make durable is
// gone, whether it was appended or written over existing bytes. Were the library not loaded, or its calls not intercepted, nothing would be lost and this
// test would fail.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PowerLossDisk } from './power-loss.js';

/** Writes into argv[1] through Node's fs (libuv: open, write, fsync, rename, unlink). */
const program = `
const fs = require('node:fs');
const d = process.argv[1];
const at = (n) => d + '/' + n;
const put = (n, text, sync) => {
  const fd = fs.openSync(at(n), 'w');
  fs.writeSync(fd, text);
  if (sync) fs.fsyncSync(fd);
  fs.closeSync(fd);
};
const syncDir = () => { const fd = fs.openSync(d, 'r'); fs.fsyncSync(fd); fs.closeSync(fd); };
// Made durable: written and synced, renamed, the directory synced.
put('a', 'a1', true);
fs.renameSync(at('a'), at('b'));
// A name made durable by the directory's fsync, its content never synced.
put('empty', 'never synced', false);
// Written in place, as the Raft journal is: one overwrite synced (fdatasync), one not.
put('inplace', 'AAAAAAAA', true);
syncDir();
const inplace = fs.openSync(at('inplace'), 'r+');
fs.writeSync(inplace, 'BB', 0);
fs.fdatasyncSync(inplace);
fs.writeSync(inplace, 'CC', 4);
fs.closeSync(inplace);
// None of what follows is followed by an fsync of the directory.
put('unsynced', 'lost', false);
const fd = fs.openSync(at('synced'), 'w');
fs.writeSync(fd, 'kept');
fs.fsyncSync(fd);
fs.writeSync(fd, '+lost');
fs.closeSync(fd);
fs.renameSync(at('b'), at('c'));
fs.unlinkSync(at('base'));
`;

describe('power loss: the layer loses what was not synced', function () {
  this.timeout(30_000);
  let dir: string | undefined;
  let disk: PowerLossDisk | undefined;

  after(async () => {
    await disk?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps synced data and durable names, drops the rest', async function () {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-powerloss-layer-'));
    await writeFile(join(dir, 'base'), 'base');
    disk = await PowerLossDisk.create(dir);
    await promisify(execFile)(process.execPath, ['-e', program, disk.dir], {
      env: { ...process.env, ...disk.env() },
    });

    // Before the power loss everything is there, as after kill -9.
    assert.deepEqual((await readdir(dir)).sort(), ['c', 'empty', 'inplace', 'synced', 'unsynced']);
    assert.equal(await readFile(join(dir, 'synced'), 'utf8'), 'kept+lost');
    assert.equal(await readFile(join(dir, 'inplace'), 'utf8'), 'BBAACCAA');

    const counts = await disk.counts();
    for (const kind of ['open', 'write', 'sync', 'dirsync', 'rename', 'unlink', 'create'] as const)
      assert.ok(counts[kind] > 0, `no ${kind} intercepted: ${JSON.stringify(counts)}`);

    const report = await disk.cut();
    assert.deepEqual(report.anomalies, []);
    assert.deepEqual((await readdir(dir)).sort(), ['b', 'base', 'empty', 'inplace', 'synced']);
    assert.equal(await readFile(join(dir, 'inplace'), 'utf8'), 'BBAAAAAA');
    assert.equal(report.undoneOverwrites, 1);
    assert.equal(await readFile(join(dir, 'b'), 'utf8'), 'a1');
    assert.equal(await readFile(join(dir, 'base'), 'utf8'), 'base');
    assert.equal(await readFile(join(dir, 'empty'), 'utf8'), '');
    assert.equal(await readFile(join(dir, 'synced'), 'utf8'), 'kept');
    assert.ok(report.undone.some((u) => u.startsWith('create ') && u.endsWith('/unsynced')));
    assert.ok(report.droppedBytes >= 'never synced'.length + '+lost'.length);
  });

  it('accounts for a file whose creation the kill cut short', async function () {
    assert.ok(dir && disk, 'the first test set the directory up');
    await disk.arm();
    // The process dies by SIGKILL after open() created "doomed" and before the layer recorded it.
    const died = await promisify(execFile)(
      process.execPath,
      ['-e', `require('node:fs').openSync(process.argv[1] + '/doomed', 'w')`, disk.dir],
      { env: { ...process.env, ...disk.env(), CLUSTERD_POWERLOSS_KILL_AT_CREATE: 'doomed' } },
    ).then(
      () => undefined,
      (err: unknown) => (err as { signal?: string }).signal,
    );
    assert.equal(died, 'SIGKILL');
    assert.ok((await readdir(dir)).includes('doomed'));
    assert.doesNotMatch(await disk.journal(), /^create .*doomed$/m);

    const report = await disk.cut();
    assert.deepEqual(report.anomalies, []);
    assert.ok(!(await readdir(dir)).includes('doomed'));
    assert.ok(report.undone.some((u) => u.includes('/doomed (killed before it was recorded)')));
  });
});
