// What a unit must pass to be submitted, through fleetctl or the API alike: fleet's own checks
// of the name and the [X-Fleet] requirements, then clusterd's [Container] section (a key or
// value the runner could not honour is refused here, not found later on some machine).
import { containerSectionError } from './runner/container-spec.js';
import type { UnitFile } from './unit-file.js';
import { requirementsOf, validateRequirements } from './x-fleet.js';

/** `errors` in the order checked (fleet reports the first); `warnings` are logged, not refused. */
export function validateUnit(
  name: string,
  unit: UnitFile,
): { errors: string[]; warnings: string[] } {
  const { errors, warnings } = validateRequirements(name, requirementsOf(name, unit));
  const containerError = containerSectionError(unit.options);
  if (containerError !== undefined) errors.push(containerError);
  return { errors, warnings };
}
