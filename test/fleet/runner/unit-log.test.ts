// A unit's journal file: timestamped lines, size-based rotation, tail across the rotated files,
// following, and reassembly of output that arrives in pieces.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnitLog } from '../../../src/fleet/runner/unit-log.js';

const stamped = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /;

describe('fleet runner: unit log', function () {
  let dir: string;
  const errors: unknown[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clusterd-unit-log-'));
    errors.length = 0;
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
    assert.deepEqual(errors, []);
  });

  it('stamps every line with an ISO time and keeps rotated files within their size', async () => {
    const path = join(dir, 'logs', 'web.service.log');
    const log = new UnitLog(path, (err) => errors.push(err), { maxBytes: 300, files: 3 });
    for (let i = 0; i < 40; i++) {
      log.append(`line ${String(i).padStart(2, '0')}`);
      if (i % 4 === 3) await log.flushed(); // several writes, so that rotation happens between them
    }
    const all = await log.tail(1000);
    await log.close();

    assert.deepEqual((await readdir(join(dir, 'logs'))).sort(), [
      'web.service.log',
      'web.service.log.1',
      'web.service.log.2',
    ]);
    for (const file of ['web.service.log', 'web.service.log.1', 'web.service.log.2']) {
      assert.ok((await stat(join(dir, 'logs', file))).size <= 300, file);
    }
    for (const line of all) assert.match(line, stamped);
    // What is kept is the newest lines, in order, without a gap.
    const numbers = all.map((line) => Number(line.slice(-2)));
    assert.equal(numbers.at(-1), 39);
    assert.ok(numbers.length >= 15 && numbers.length < 40, `kept ${numbers.length}`);
    assert.deepEqual(
      numbers,
      numbers.map((_, i) => 40 - numbers.length + i),
    );
  });

  it('returns the last lines across files, and none for 0', async () => {
    const log = new UnitLog(join(dir, 'a.log'), (err) => errors.push(err), {
      maxBytes: 100,
      files: 2,
    });
    for (let i = 0; i < 5; i++) {
      log.append(`n${i}`);
      await log.flushed();
    }
    assert.deepEqual(
      (await log.tail(3)).map((l) => l.replace(stamped, '')),
      ['n2', 'n3', 'n4'],
    );
    assert.deepEqual(await log.tail(0), []);
    assert.deepEqual(await new UnitLog(join(dir, 'none.log'), () => undefined).tail(5), []);
    await log.close();
  });

  it('reassembles lines from pieces and cuts overlong ones', async () => {
    const log = new UnitLog(join(dir, 'b.log'), (err) => errors.push(err));
    const sink = log.lineSink('b[1]: ');
    sink.write('hel');
    sink.write('lo\nwor');
    sink.write('ld\n\nlast without newline');
    sink.end();
    sink.write('x'.repeat(48 * 1024 + 10));
    sink.end();
    const lines = (await log.tail(10)).map((l) => l.replace(stamped, ''));
    assert.deepEqual(lines.slice(0, 4), [
      'b[1]: hello',
      'b[1]: world',
      'b[1]: ',
      'b[1]: last without newline',
    ]);
    assert.equal(lines[4], `b[1]: ${'x'.repeat(48 * 1024)}`);
    assert.equal(lines[5], `b[1]: ${'x'.repeat(10)}`);
    await log.close();
  });

  it('follows new lines until aborted, and ends followers when closed', async () => {
    const log = new UnitLog(join(dir, 'c.log'), (err) => errors.push(err));
    log.append('before');
    const abort = new AbortController();
    const seen: string[] = [];
    const following = (async () => {
      for await (const line of log.follow(abort.signal)) {
        seen.push(line.replace(stamped, ''));
        if (seen.length === 2) abort.abort();
      }
    })();
    await new Promise((r) => setImmediate(r));
    log.append('one\ntwo');
    log.append('three');
    await following;
    assert.deepEqual(seen, ['one', 'two']);

    const untilClosed = (async () => {
      const lines: string[] = [];
      for await (const line of log.follow(new AbortController().signal)) lines.push(line);
      return lines;
    })();
    await new Promise((r) => setImmediate(r));
    log.append('four');
    await log.close();
    assert.equal((await untilClosed).length, 1);
  });
});
