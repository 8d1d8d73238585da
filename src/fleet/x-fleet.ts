// fleet's [X-Fleet] section: the placement requirements of a unit (job/job.go), the checks fleet
// makes when a unit is submitted (api/units.go ValidateOptions, job.go ValidateRequirements), and
// the two tests the scheduler and agents apply per machine (machine/machine.go HasMetadata,
// agent/state.go HasConflict).
import { globMatch } from './glob.js';
import { goFields, goQuote } from './go-text.js';
import { expandSpecifiers, fleetSpecifiers } from './specifiers.js';
import type { UnitFile } from './unit-file.js';
import { parseUnitName, validateUnitName } from './unit-name.js';

export interface Requirements {
  /** The machine the unit must run on (full or 8-character machine ID); `''` if given empty. */
  machineId: string | undefined;
  /** Units that must be scheduled on the same machine: exact names, not globs. */
  machineOf: string[];
  /** Metadata key → the values a machine may have for it. */
  metadata: Map<string, Set<string>>;
  /** Globs of units that may not share a machine with this one. */
  conflicts: string[];
  global: boolean;
  /** Globs of units this one displaces from its machine. */
  replaces: string[];
  /** [X-Fleet] keys fleet does not know, in the order they first appear. */
  unknown: string[];
}

const section = 'X-Fleet';

// Each requirement with its deprecated spellings, in the order fleet reads them.
const machineIdKeys = ['MachineID', 'X-ConditionMachineID', 'X-ConditionMachineBootID'];
const machineOfKeys = ['X-ConditionMachineOf', 'MachineOf'];
const metadataKeys = ['X-ConditionMachineMetadata', 'MachineMetadata'];
const conflictsKeys = ['X-Conflicts', 'Conflicts'];
const globalKey = 'Global';
const replacesKey = 'Replaces';

const knownKeys = new Set([
  ...machineIdKeys,
  ...machineOfKeys,
  ...metadataKeys,
  ...conflictsKeys,
  globalKey,
  replacesKey,
]);

const truthy = new Set(['true', 'yes', '1', 'on', 't']);

/** The unit's [X-Fleet] requirements, with `%n %N %p %i` expanded for `unitName`. */
export function requirementsOf(unitName: string, unit: UnitFile): Requirements {
  // fleet expands nothing when the name has no `.` (it has no parts to expand to).
  const expand =
    parseUnitName(unitName) === undefined
      ? (value: string) => value
      : (value: string) => expandSpecifiers(value, { unitName }, fleetSpecifiers);
  const valuesOf = (keys: readonly string[]): string[] =>
    keys.flatMap((key) => unit.values(section, key).flatMap(splitMultivalue).map(expand));

  const metadata = new Map<string, Set<string>>();
  for (const pair of valuesOf(metadataKeys)) {
    // fleet ignores anything but exactly one `=` between a non-empty key and value.
    const parts = pair.split('=');
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') continue;
    const [key, value] = parts as [string, string];
    const values = metadata.get(key);
    if (values === undefined) metadata.set(key, new Set([value]));
    else values.add(value);
  }

  const unknown = new Set<string>();
  for (const option of unit.options) {
    if (option.section === section && !knownKeys.has(option.name)) unknown.add(option.name);
  }

  const global = valuesOf([globalKey]).at(-1);
  return {
    // The first value of the first key given, not the first line in the file.
    machineId: machineIdKeys.map((key) => valuesOf([key])[0]).find((id) => id !== undefined),
    machineOf: valuesOf(machineOfKeys),
    metadata,
    conflicts: valuesOf(conflictsKeys).flatMap(goFields),
    global: global !== undefined && truthy.has(global.toLowerCase()),
    replaces: valuesOf([replacesKey]),
    unknown: [...unknown],
  };
}

/**
 * One line's values: a line that starts and ends with `"` holds several quoted values separated
 * by spaces (`"a=b" "c=d"`); any other line is one value (unit/unit.go parseMultivalueLine).
 */
function splitMultivalue(line: string): string[] {
  if (!line.startsWith('"') || !line.endsWith('"')) return [line];
  const values: string[] = [];
  let value = '';
  let quoted = false;
  for (const c of line) {
    if (c === '"') {
      quoted = !quoted;
    } else if (c === ' ' && !quoted) {
      // Like fleet, every unquoted space ends a value, so two spaces make an empty one.
      values.push(value);
      value = '';
    } else {
      value += c;
    }
  }
  values.push(value);
  return values;
}

/**
 * What fleet says when the unit is submitted under `unitName`. `errors` are fleet's refusals in
 * the order fleet checks them (api/units.go: ValidateName, then ValidateOptions); fleet reports
 * only the first. `warnings` name the unknown keys, which fleetctl logs before submitting anyway.
 */
export function validateRequirements(
  unitName: string,
  req: Requirements,
): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const nameError = validateUnitName(unitName);
  if (nameError !== undefined) errors.push(nameError);
  const peers = new Set(req.machineOf);
  const conflicts = new Set(req.conflicts);
  const replaces = new Set(req.replaces);
  for (const peer of peers) {
    for (const conflict of conflicts) {
      if (globMatch(conflict, peer)) {
        errors.push(
          `unresolvable requirements: peer ${goQuote(peer, '"')} matches conflict ${goQuote(conflict, '"')}`,
        );
      }
    }
    for (const replace of replaces) {
      if (globMatch(replace, peer)) {
        errors.push(
          `unresolvable requirements: peer ${goQuote(peer, '"')} matches replace ${goQuote(replace, '"')}`,
        );
      }
    }
  }

  const hasMachineId = req.machineId !== undefined;
  const hasPeers = peers.size > 0;
  const hasConflicts = conflicts.size > 0;
  const hasReplaces = replaces.size > 0;
  // fleet's names: MachineOf is "Peers". Global with Conflicts or MachineMetadata is allowed.
  const matrix: [boolean, string][] = [
    [hasMachineId && hasPeers, 'MachineID cannot be used with Peers'],
    [hasMachineId && hasConflicts, 'MachineID cannot be used with Conflicts'],
    [hasMachineId && req.global, 'MachineID cannot be used with Global'],
    [hasMachineId && hasReplaces, 'MachineID cannot be used with Replaces'],
    [req.global && hasPeers, 'Global cannot be used with Peers'],
    [req.global && hasReplaces, 'Global cannot be used with Replaces'],
    [hasConflicts && hasReplaces, 'Conflicts cannot be used with Replaces'],
  ];
  for (const [refused, message] of matrix) if (refused) errors.push(message);

  const warnings = req.unknown.map(
    (key) => `unrecognized requirement in [X-Fleet] section: ${goQuote(key, '"')}`,
  );
  return { errors, warnings };
}

/**
 * Whether a machine with this metadata qualifies: for every key the unit names, the machine has
 * that key with one of the listed values (AND across keys, OR within a key).
 */
export function matchesMetadata(
  req: Requirements,
  machineMetadata: Record<string, string>,
): boolean {
  for (const [key, values] of req.metadata) {
    if (!Object.hasOwn(machineMetadata, key)) return false;
    if (!values.has(machineMetadata[key]!)) return false;
  }
  return true;
}

/**
 * Whether two units may not share a machine: either one's Conflicts globs match the other's
 * name. A unit never conflicts with itself.
 */
export function conflictsWith(
  aName: string,
  aReq: Requirements,
  bName: string,
  bReq: Requirements,
): boolean {
  if (aName === bName) return false;
  return (
    bReq.conflicts.some((glob) => globMatch(glob, aName)) ||
    aReq.conflicts.some((glob) => globMatch(glob, bName))
  );
}
