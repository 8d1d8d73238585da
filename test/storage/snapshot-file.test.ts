// clusterd's snapshot file on a real LevelDB backend: written from a view and read back, the state
// of one moment whatever is written after, and the errors of a truncated or damaged file.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leaseKey, leaseRecord, MetaKey } from '../../src/storage/keys.js';
import { openSnapshotFile, type DigestMode } from '../../src/storage/snapshot/open-snapshot.js';
import type { SnapshotContent } from '../../src/storage/snapshot/content.js';
import { SnapshotSource } from '../../src/storage/snapshot/snapshot-file.js';
import { allRecords, isMemberOwn } from '../../src/storage/state-snapshot.js';
import { bytesReadWhile, TempStore } from './helpers.js';

const origin = { clusterId: 0x1234n, memberId: 0xabcdn };

async function saveTo(t: TempStore, file: string): Promise<SnapshotSource> {
  await t.store.flush();
  const source = await SnapshotSource.open(t.backend.view(), origin);
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(chunk);
  await writeFile(file, Buffer.concat(chunks));
  return source;
}

/** The backend's replicated records now, as hex pairs. */
async function backendRecords(t: TempStore): Promise<string[]> {
  const out: string[] = [];
  for await (const [k, v] of t.backend.scan(allRecords)) {
    if (!isMemberOwn(k)) out.push(`${k.toString('hex')}=${v.toString('hex')}`);
  }
  return out;
}

async function fileRecords(file: string, mode: DigestMode = 'restore'): Promise<string[]> {
  const snapshot = await openSnapshotFile(file, mode);
  try {
    const out: string[] = [];
    for await (const [k, v] of snapshot.content.records()) {
      out.push(`${k.toString('hex')}=${v.toString('hex')}`);
    }
    return out;
  } finally {
    await snapshot.close();
  }
}

async function errorOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  return '(no error)';
}

describe("storage: clusterd's snapshot file", function () {
  let t: TempStore;
  let dir: string;

  beforeEach(async function () {
    t = await TempStore.create();
    dir = await mkdtemp(join(tmpdir(), 'clusterd-snapfile-'));
    for (let i = 0; i < 50; i++) await t.put(`/k/${i % 7}`, `v${i}`);
    await t.del('/k/3');
    await t.backend.write([{ type: 'put', key: leaseKey(42n), value: leaseRecord(600) }], false);
    const done = t.store.compact(20);
    await t.store.flush();
    await done();
  });

  afterEach(async function () {
    await t.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('holds every replicated record, with a header, padding and the sha256 etcd appends', async function () {
    const file = join(dir, 'a.snap');
    const source = await saveTo(t, file);
    const bytes = await readFile(file);
    assert.equal(bytes.subarray(0, 16).toString(), 'CLUSTERDSNAPSHOT');
    assert.equal(bytes.length % 512, 32, 'padded to 512 bytes, then the digest');
    assert.equal(bytes.length, source.dataBytes + 32);
    const digest = createHash('sha256').update(bytes.subarray(0, -32)).digest();
    assert.deepEqual(bytes.subarray(-32), digest);
    assert.deepEqual(await fileRecords(file), await backendRecords(t));
    assert.equal(source.header.revision, t.store.currentRevision);
    assert.equal(source.header.compactRevision, 20);
    assert.equal(source.header.memberId, 'abcd');

    let snapshot: Awaited<ReturnType<typeof openSnapshotFile>> | undefined;
    let status: Awaited<ReturnType<SnapshotContent['status']>> | undefined;
    const read = await bytesReadWhile(async () => {
      snapshot = await openSnapshotFile(file, 'status');
      status = await snapshot.content.status();
    });
    // One read of the file (its preface and header twice): not one for the digest, one for status.
    const headerEnd = 24 + bytes.readUInt32BE(20);
    assert.equal(read, bytes.length + 24 + headerEnd);
    try {
      assert.ok(snapshot && status);
      assert.equal(snapshot.content.format, 'clusterd');
      assert.equal(status.revision, 52);
      assert.equal(status.totalKey, (await backendRecords(t)).length);
      assert.equal(status.totalSize, bytes.length - 32);
    } finally {
      await snapshot?.close();
    }
  });

  it('is the state of the moment the view was taken, whatever is written while it streams', async function () {
    await t.store.flush();
    const before = await backendRecords(t);
    const source = await SnapshotSource.open(t.backend.view(), origin);
    const chunks: Buffer[] = [];
    let writes = 0;
    for await (const chunk of source) {
      chunks.push(chunk);
      // Writes between the chunks (and between the two reads of the view).
      await t.put(`/later/${writes++}`, 'x');
      await t.backend.write([{ type: 'del', key: MetaKey.compactRevision }], false);
    }
    const file = join(dir, 'b.snap');
    await writeFile(file, Buffer.concat(chunks));
    assert.ok(writes >= 2);
    assert.deepEqual(await fileRecords(file), before);
    assert.notDeepEqual(await backendRecords(t), before);
  });

  it('releases the backend view when closed without being streamed, or when left early', async function () {
    await t.store.flush();
    const unread = await SnapshotSource.open(t.backend.view(), origin);
    await unread.close();
    const left = await SnapshotSource.open(t.backend.view(), origin);
    for await (const chunk of left) {
      assert.ok(chunk.length > 0);
      break;
    }
    // LevelDB closes only once every snapshot and iterator is released.
    await t.backend.close();
    await t.open();
  });

  it("a truncated file: etcd's missing-hash error, or with --skip-hash-check the integrity check's", async function () {
    const file = join(dir, 'c.snap');
    await saveTo(t, file);
    const whole = await readFile(file);
    const cut = join(dir, 'cut.snap');
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    assert.equal(
      await errorOf(() => fileRecords(cut)),
      'snapshot missing hash but --skip-hash-check=false',
    );
    assert.match(
      await errorOf(() => fileRecords(cut, 'restore-skip-hash-check')),
      /^snapshot file integrity check failed\. 1 errors found\.\nthe header describes \d+ bytes of snapshot data, the file holds \d+ \(truncated\)$/,
    );
    assert.match(
      await errorOf(() => fileRecords(cut, 'status')),
      /^snapshot file integrity check failed\. 1 errors found\./,
    );
    // Without its digest only: restorable with --skip-hash-check, as a copied etcd db file is.
    const bare = join(dir, 'bare.snap');
    await writeFile(bare, whole.subarray(0, -32));
    assert.equal(
      await errorOf(() => fileRecords(bare)),
      'snapshot missing hash but --skip-hash-check=false',
    );
    assert.deepEqual(await fileRecords(bare, 'restore-skip-hash-check'), await backendRecords(t));
  });

  it("a changed byte: etcd's sha256 error on restore, an integrity error from status", async function () {
    const file = join(dir, 'd.snap');
    await saveTo(t, file);
    const bytes = await readFile(file);
    bytes[600] = bytes[600]! ^ 0xff;
    await writeFile(file, bytes);
    assert.match(
      await errorOf(() => fileRecords(file)),
      /^expected sha256 \[(\d+ ){31}\d+\], got \[(\d+ ){31}\d+\]$/,
    );
    assert.match(
      await errorOf(() => fileRecords(file, 'status')),
      /^snapshot file integrity check failed\. 1 errors found\.\nsha256 mismatch: /,
    );
    // A damaged record length, read without the check, is caught by the framing.
    bytes.writeUInt32BE(0x7fffffff, 24 + bytes.readUInt32BE(20));
    await writeFile(file, bytes);
    assert.match(
      await errorOf(() => fileRecords(file, 'restore-skip-hash-check')),
      /^snapshot file integrity check failed\. 1 errors found\.\nrecords: /,
    );
  });

  it('a file of neither format, or none at all, says so', async function () {
    const junk = join(dir, 'junk');
    await writeFile(junk, Buffer.alloc(2080, 7));
    assert.equal(
      await errorOf(() => fileRecords(junk)),
      `${junk} is not a snapshot: neither clusterd's format nor an etcd (bbolt) database`,
    );
    const empty = join(dir, 'empty');
    await writeFile(empty, '');
    assert.match(await errorOf(() => fileRecords(empty, 'status')), /is not a snapshot/);
    const missing = join(dir, 'missing.db');
    assert.equal(
      await errorOf(() => fileRecords(missing)),
      `open ${missing}: no such file or directory`,
    );
    assert.equal(
      await errorOf(() => fileRecords(missing, 'status')),
      `stat ${missing}: no such file or directory`,
    );
    assert.ok((await stat(dir)).isDirectory());
    assert.equal(await errorOf(() => fileRecords(dir)), `read ${dir}: is a directory`);
  });
});
