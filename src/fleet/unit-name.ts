// Unit names as fleet reads and checks them: `prefix.suffix`, `prefix@instance.suffix`, and the
// template `prefix@.suffix` (fleet's unit/unit.go NewUnitNameInfo and api/units.go ValidateName,
// which follows systemd's unit_name_is_valid).
import { goQuote } from './go-text.js';

export interface UnitName {
  /** Everything before the first `@` (or before the last `.` when there is no `@`). */
  prefix: string;
  /** Between the first `@` and the last `.`: `''` for a template, undefined without an `@`. */
  instance: string | undefined;
  /** After the last `.`, without the dot. */
  suffix: string;
}

/**
 * Splits a name as fleet does; undefined only when there is no `.`. The parts are not checked:
 * `validateUnitName` says whether the name may be submitted.
 */
export function parseUnitName(name: string): UnitName | undefined {
  const dot = name.lastIndexOf('.');
  if (dot === -1) return undefined;
  const base = name.slice(0, dot);
  const suffix = name.slice(dot + 1);
  const at = base.indexOf('@');
  if (at === -1) return { prefix: base, instance: undefined, suffix };
  return { prefix: base.slice(0, at), instance: base.slice(at + 1), suffix };
}

/** The template an instance is made from (`foo@80.service` → `foo@.service`); else undefined. */
export function templateOf(instanceName: string): string | undefined {
  const name = parseUnitName(instanceName);
  if (name?.instance === undefined || name.instance === '') return undefined;
  return `${name.prefix}@.${name.suffix}`;
}

// systemd's UNIT_NAME_MAX, counted in bytes as Go's len() does.
const unitNameMaxBytes = 256;

const unitTypes = new Set([
  'automount',
  'busname',
  'device',
  'mount',
  'path',
  'scope',
  'service',
  'slice',
  'snapshot',
  'socket',
  'swap',
  'target',
  'timer',
]);

// Any name with an `@` (template or instance) must be one of these.
const templateTypes = new Set(['path', 'service', 'socket', 'target', 'timer']);

// fleet copies systemd's VALID_CHARS, which includes the backslash of systemd's `\xNN` escapes.
const validChar = /^[0-9A-Za-z:\-_.\\@]$/u;

/**
 * fleet's error for a name it refuses at submit time, checking in fleet's order so that the
 * message is the one fleet gives; undefined when the name is valid.
 */
export function validateUnitName(name: string): string | undefined {
  if (name.length === 0) return 'unit name cannot be empty';
  if (Buffer.byteLength(name, 'utf8') > unitNameMaxBytes) {
    return `unit name exceeds maximum length (${unitNameMaxBytes})`;
  }
  const dot = name.lastIndexOf('.');
  if (dot === -1) return 'unit name must contain "."';
  if (dot === name.length - 1) return 'unit name cannot end in "."';
  const suffix = name.slice(dot + 1);
  if (!unitTypes.has(suffix)) return `invalid unit type: ${goQuote(suffix, '"')}`;
  if (name.includes('@') && !templateTypes.has(suffix)) {
    return `invalid unit type for template: ${goQuote(suffix, '"')}`;
  }
  for (const char of name.slice(0, dot)) {
    if (!validChar.test(char)) return `invalid character ${goQuote(char, "'")} in unit name`;
  }
  if (name.startsWith('@')) return 'unit name cannot start in "@"';
  return undefined;
}
