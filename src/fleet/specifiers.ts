// systemd's `%` specifiers (systemd.unit(5) "Specifiers"). fleet expands `%n %N %p %i` in its
// [X-Fleet] values; the runner, standing in for systemd, expands the full set in every other
// section. `%%` is a literal `%`.
import { parseUnitName } from './unit-name.js';

export interface SpecifierContext {
  /** The unit's full name, e.g. `nginx@80.service`. */
  unitName: string;
  /** The machine's ID (`%m`), 32 hex digits. */
  machineId?: string;
  /** The boot ID (`%b`). */
  bootId?: string;
  /** The host name (`%H`). */
  hostname?: string;
}

/** The specifiers fleet itself expands in [X-Fleet] values. */
export const fleetSpecifiers = 'nNpi';

/**
 * Replaces each `%x` whose letter is in `allowed` (every specifier below when omitted); `%%`
 * becomes `%`, and any other `%x` is left as written.
 */
export function expandSpecifiers(text: string, ctx: SpecifierContext, allowed?: string): string {
  if (!text.includes('%')) return text;
  const name = parseUnitName(ctx.unitName);
  const values: Record<string, string | undefined> = {
    n: ctx.unitName,
    N: name ? ctx.unitName.slice(0, -(name.suffix.length + 1)) : ctx.unitName,
    p: name?.prefix,
    P: name ? unescapeName(name.prefix) : undefined,
    i: name?.instance ?? '',
    I: unescapeName(name?.instance ?? ''),
    H: ctx.hostname,
    m: ctx.machineId,
    b: ctx.bootId,
  };
  return text.replace(/%(.)/g, (whole, letter: string) => {
    if (letter === '%') return '%';
    if (allowed !== undefined && !allowed.includes(letter)) return whole;
    const value = values[letter];
    return value === undefined ? whole : value;
  });
}

/** systemd's unescaping of a name part (`%P`, `%I`): `-` is `/`, `\xNN` is that byte. */
function unescapeName(s: string): string {
  return s
    .replace(/-/g, '/')
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
