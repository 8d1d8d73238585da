// The power-loss tests' write load and its check: writers put to their own keys, one request at a
// time, and the model remembers each key's last acknowledged value and revision, and the one put
// per writer that was in flight when the power went (which may or may not have been applied).
import assert from 'node:assert/strict';
import type { EtcdClient } from '../../src/client/index.js';
import { prng } from '../helpers/random.js';

const keysPerWriter = 8;
/**
 * Each value is padded to this size, so that a few seconds of puts fill LevelDB's 4 MiB memtable:
 * the power losses then also meet a new .log file, a table being written and a MANIFEST update.
 */
const valueBytes = 4096;

interface Written {
  value: string;
  modRevision: number;
}

export class PutModel {
  readonly expected = new Map<string, Written>();
  /** Key -> value of a put left without an answer. */
  private readonly inFlight = new Map<string, string>();
  highestRevision = 0;
  acked = 0;

  constructor(
    private readonly prefix: string,
    private readonly seed: number,
  ) {}

  /**
   * Runs `writers` writers through `clients` (writer w uses clients[w % length]) until `stop.now`
   * or until a writer's request fails; resolves to the writes acknowledged.
   */
  async run(
    clients: EtcdClient[],
    writers: number,
    round: number,
    stop: { now: boolean },
  ): Promise<number> {
    const done = await Promise.all(
      Array.from({ length: writers }, (_, w) =>
        this.writer(clients[w % clients.length]!, w, round, stop),
      ),
    );
    return done.reduce((s, n) => s + n, 0);
  }

  private async writer(
    c: EtcdClient,
    w: number,
    round: number,
    stop: { now: boolean },
  ): Promise<number> {
    const random = prng(this.seed * 7919 + round * 101 + w);
    let acked = 0;
    for (let n = 1; !stop.now; n++) {
      const key = `${this.prefix}w${w}/k${Math.floor(random() * keysPerWriter)}`;
      const tag = `r${round}w${w}n${n}:`;
      const value = tag.padEnd(valueBytes, '.');
      this.inFlight.set(key, value);
      let revision: number;
      try {
        revision = (await c.kv.put(key, value)).header.revision;
      } catch {
        return acked; // the answer was lost with the power; check() decides
      }
      this.inFlight.delete(key);
      this.expected.set(key, { value, modRevision: revision });
      this.highestRevision = Math.max(this.highestRevision, revision);
      acked++;
      this.acked++;
    }
    return acked;
  }

  /**
   * The store holds every acknowledged put with its value and revision (or a put in flight at the
   * power loss, applied after it), nothing else under the prefix, and its revision did not go back.
   * Then the model takes up what the store holds.
   */
  async check(c: EtcdClient, what: string): Promise<void> {
    const all = await c.kv.get(this.prefix, { prefix: true });
    assert.ok(
      all.header.revision >= this.highestRevision,
      `${what}: revision went back from ${this.highestRevision} to ${all.header.revision}`,
    );
    const actual = new Map(
      all.kvs.map((kv) => [
        kv.key.toString(),
        { value: kv.value.toString(), modRevision: kv.modRevision },
      ]),
    );
    for (const [key, want] of this.expected) {
      const got = actual.get(key);
      const pending = this.inFlight.get(key);
      if (got && pending === got.value && got.modRevision > want.modRevision) continue;
      assert.deepEqual(got, want, `${what}: acknowledged put of ${key} lost`);
    }
    for (const [key, got] of actual) {
      if (this.expected.has(key)) continue;
      assert.equal(got.value, this.inFlight.get(key), `${what}: ${key} nobody wrote`);
    }
    for (const [key, got] of actual) this.expected.set(key, got);
    this.inFlight.clear();
    this.highestRevision = all.header.revision;
  }
}
