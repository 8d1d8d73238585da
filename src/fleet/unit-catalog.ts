// Unit files by hash, read from the store once: a unit is immutable once submitted (a new version
// is a new hash), so a unit read is never stale. Requirements depend on the unit's name too
// (`%i` in [X-Fleet]), so they are kept per name and hash.
import type { EtcdClient } from '../client/index.js';
import type { RegistryKeys } from './registry-keys.js';
import { UnitFile } from './unit-file.js';
import { requirementsOf, type Requirements } from './x-fleet.js';

export class UnitCatalog {
  private readonly units = new Map<string, UnitFile | null>();
  private readonly requirementsCache = new Map<string, Requirements>();

  constructor(
    private readonly client: EtcdClient,
    private readonly keys: RegistryKeys,
  ) {}

  /** The unit of `hash`; null when the store has none (or it does not parse). */
  async get(hash: string): Promise<UnitFile | null> {
    const known = this.units.get(hash);
    if (known !== undefined) return known;
    const text = await this.client.kv.getString(this.keys.unit(hash));
    let unit: UnitFile | null = null;
    if (text !== undefined) {
      try {
        unit = UnitFile.parse(text);
      } catch {
        unit = null;
      }
    }
    // A missing unit may still be written (its job key can arrive first): not remembered.
    if (unit) this.units.set(hash, unit);
    return unit;
  }

  /** Reads every hash not yet known, so that `cached` and `requirements` answer at once. */
  async prefetch(hashes: Iterable<string>): Promise<void> {
    const missing = [...new Set(hashes)].filter((h) => !this.units.has(h));
    await Promise.all(missing.map((h) => this.get(h)));
  }

  cached(hash: string): UnitFile | undefined {
    return this.units.get(hash) ?? undefined;
  }

  /** The [X-Fleet] requirements of `name` whose unit is `hash` (after prefetch). */
  requirements(name: string, hash: string): Requirements | undefined {
    const key = `${hash}/${name}`;
    let req = this.requirementsCache.get(key);
    if (req) return req;
    const unit = this.cached(hash);
    if (!unit) return undefined;
    req = requirementsOf(name, unit);
    this.requirementsCache.set(key, req);
    return req;
  }
}
