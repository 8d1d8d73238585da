import assert from 'node:assert/strict';
import {
  logEntryKey,
  parseRevisionKey,
  revisionKey,
  u64FromValue,
  u64Value,
} from '../../src/storage/keys.js';

describe('storage keys', function () {
  const numbers = [
    0,
    1,
    255,
    2 ** 31,
    2 ** 32 - 1,
    2 ** 32,
    2 ** 40 + 12345,
    Number.MAX_SAFE_INTEGER,
  ];

  it('writes numbers as 8 big-endian octets, as writeBigUInt64BE does', function () {
    for (const n of numbers) {
      const expected = Buffer.alloc(8);
      expected.writeBigUInt64BE(BigInt(n));
      assert.deepEqual(u64Value(n), expected, String(n));
      assert.equal(u64FromValue(u64Value(n)), n);
      assert.deepEqual(logEntryKey(n).subarray(1), expected, `log entry ${n}`);
    }
  });

  it('orders revision keys as their revisions, and reads them back', function () {
    const keys = numbers.flatMap((main) => [0, 1, 70000].map((sub) => ({ main, sub })));
    for (const rev of keys) assert.deepEqual(parseRevisionKey(revisionKey(rev.main, rev.sub)), rev);
    const sorted = [...keys].sort((a, b) =>
      Buffer.compare(revisionKey(a.main, a.sub), revisionKey(b.main, b.sub)),
    );
    assert.deepEqual(sorted, keys);
  });
});
