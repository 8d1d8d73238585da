// The records nobody writes by hand: every machine as `<machine-id-prefix>.machines.<domain>` and
// every running unit under `<unit>.units.<domain>`, in SkyDNS's layout so that any SkyDNS or
// CoreDNS reading the same store answers them too. The scheduler's agent writes them on its
// machine's lease, beside the unit's state, so they go when the unit stops and, with the lease,
// when the machine dies. Everything here is pure: which keys and values, not when.
//
// A unit's name becomes labels as SkyDNS names services: the type suffix goes, and a template's
// instance comes first, so `nginx@80.service` is `80.nginx.units.<domain>` and a query for
// `nginx.units.<domain>` answers every instance (SkyDNS's subtree answer). Each machine's record
// of a unit is a key of its own below that name (`<machine-id-prefix>`, or
// `<machine-id-prefix>-<port>` per published port), so that a global unit on every machine, or
// two units whose names map to one, never overwrite each other.
import { keyOfName } from './records.js';

/** The first characters of a machine ID, as `fleetctl list-machines` shows it. */
const machineIdPrefixLength = 8;
/** Labels a unit's name may give: hostname characters plus `_`, 1 to 63 of them. */
const unitLabel = /^[a-z0-9_-]{1,63}$/;

export interface PublishedRecord {
  key: string;
  /** SkyDNS's JSON. */
  value: string;
}

export class ClusterRecords {
  private readonly machinesKey: string;
  private readonly unitsKey: string;

  /** `domain` as --dns-domain gives it (`skydns.local.`). */
  constructor(domain: string) {
    this.machinesKey = keyOfName(`machines.${domain}`);
    this.unitsKey = keyOfName(`units.${domain}`);
  }

  /** The machine's address record. */
  machine(machineId: string, address: string): PublishedRecord {
    return {
      key: `${this.machinesKey}/${machineIdPrefix(machineId)}`,
      value: JSON.stringify({ host: address }),
    };
  }

  /**
   * The records of a unit running on `machineId` at `address`: one per published host port
   * (A and SRV), else one A. None when the unit's name makes no DNS labels (`foo\x2dbar:1`).
   */
  unit(
    unitName: string,
    machineId: string,
    address: string,
    ports: readonly number[],
  ): PublishedRecord[] {
    const labels = unitLabels(unitName);
    if (!labels) return [];
    const base = `${this.unitsKey}/${labels.reverse().join('/')}/${machineIdPrefix(machineId)}`;
    if (ports.length === 0) return [{ key: base, value: JSON.stringify({ host: address }) }];
    return [...new Set(ports)].map((port) => ({
      key: `${base}-${port}`,
      value: JSON.stringify({ host: address, port }),
    }));
  }
}

function machineIdPrefix(machineId: string): string {
  return machineId.slice(0, machineIdPrefixLength).toLowerCase();
}

/**
 * The DNS labels of a unit's name, leftmost first: `nginx@80.service` → [80, nginx],
 * `db.service` → [db]; undefined when a part is no label.
 */
export function unitLabels(unitName: string): string[] | undefined {
  const dot = unitName.lastIndexOf('.');
  const base = (dot > 0 ? unitName.slice(0, dot) : unitName).toLowerCase();
  const at = base.indexOf('@');
  const parts = at === -1 ? [base] : [base.slice(at + 1), base.slice(0, at)];
  const labels = parts.flatMap((part) => part.split('.'));
  return labels.every((label) => unitLabel.test(label)) ? labels : undefined;
}
