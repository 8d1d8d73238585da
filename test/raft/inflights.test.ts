import assert from 'node:assert/strict';
import { Inflights } from '../../src/raft/inflights.js';

describe('inflights', () => {
  it('fills up by message count and frees acknowledged messages', () => {
    const inf = new Inflights(3, 0);
    inf.add(5, 10);
    inf.add(7, 10);
    assert.equal(inf.full(), false);
    inf.add(9, 10);
    assert.equal(inf.full(), true);
    assert.throws(() => {
      inf.add(11, 1);
    });
    inf.freeLE(7);
    assert.equal(inf.count(), 1);
    assert.equal(inf.bytes(), 10);
    assert.equal(inf.full(), false);
    inf.freeLE(100);
    assert.equal(inf.count(), 0);
  });

  it('fills up by bytes', () => {
    const inf = new Inflights(100, 25);
    inf.add(1, 10);
    inf.add(2, 10);
    assert.equal(inf.full(), false);
    inf.add(3, 10);
    assert.equal(inf.full(), true);
    inf.freeFirstOne();
    assert.equal(inf.bytes(), 20);
    assert.equal(inf.full(), false);
  });

  it('ignores stale acknowledgements and refuses decreasing indexes', () => {
    const inf = new Inflights(4, 0);
    inf.add(10, 1);
    inf.freeLE(3);
    assert.equal(inf.count(), 1);
    assert.throws(() => {
      inf.add(10, 1);
    });
  });

  it('copies independently and resets', () => {
    const inf = new Inflights(4, 0);
    inf.add(1, 1);
    const copy = inf.clone();
    copy.add(2, 1);
    assert.equal(inf.count(), 1);
    assert.equal(copy.count(), 2);
    copy.reset();
    assert.equal(copy.count(), 0);
    assert.equal(copy.bytes(), 0);
  });
});
