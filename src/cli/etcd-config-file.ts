// --config-file: etcd's YAML configuration file (etcd.conf.yml.sample's shape) read as agent flags,
// and JSON too (a JSON document is YAML). etcd's keys are its flag names, except the TLS ones,
// nested under client-transport-security and peer-transport-security, and its durations, which
// the file gives in nanoseconds (Go's time.Duration in JSON). clusterd's own flags may stand in the
// same file under their names. A key without a value (`data-dir:`) leaves the flag at its default,
// as in etcd; keys of later etcd versions are warned about and ignored. Pure: the agent reads the
// file and logs the warnings.
import { parseDocument } from 'yaml';
import { etcdServerFlags, goBoolText } from './etcd-flags.js';

/** What the agent's flags are, as yargs declares them: which keys the file may set, as what. */
export interface AgentFlagTypes {
  known: ReadonlySet<string>;
  booleans: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
}

export class ConfigFileError extends Error {}

/** etcd's securityConfig keys, and the flag each stands for under client- or peer-. */
const securityKeys: ReadonlyMap<string, { client: string; peer: string }> = new Map([
  ['cert-file', { client: 'cert-file', peer: 'peer-cert-file' }],
  ['key-file', { client: 'key-file', peer: 'peer-key-file' }],
  ['client-cert-auth', { client: 'client-cert-auth', peer: 'peer-client-cert-auth' }],
  ['trusted-ca-file', { client: 'trusted-ca-file', peer: 'peer-trusted-ca-file' }],
  ['auto-tls', { client: 'auto-tls', peer: 'peer-auto-tls' }],
  // etcd 3.5's, with the meaning of the 3.4 flags of the same names.
  [
    'allowed-hostname',
    { client: 'client-cert-allowed-hostname', peer: 'peer-cert-allowed-hostname' },
  ],
  ['allowed-cn', { client: '', peer: 'peer-cert-allowed-cn' }],
]);

/** etcd's time.Duration keys: a number is nanoseconds. */
const durationKeys: ReadonlySet<string> = new Set([
  'backend-batch-interval',
  'grpc-keepalive-min-time',
  'grpc-keepalive-interval',
  'grpc-keepalive-timeout',
  'experimental-corrupt-check-time',
  'experimental-watch-progress-notify-interval',
  'experimental-warning-apply-duration',
]);

/** The flags a configuration file stands for, and what in it was not used. */
export function configFileToFlags(
  text: string,
  types: AgentFlagTypes,
): { flags: Record<string, unknown>; warnings: string[] } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    const where = first!.linePos?.[0];
    throw new ConfigFileError(
      where
        ? `${where.line}:${where.col}: ${first!.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`
        : first!.message,
    );
  }
  const root: unknown = doc.toJS();
  if (root === null || root === undefined) return { flags: {}, warnings: [] };
  if (typeof root !== 'object' || Array.isArray(root)) {
    throw new ConfigFileError('want a mapping of etcd configuration keys');
  }
  const flags: Record<string, unknown> = {};
  const warnings: string[] = [];
  const set = (flag: string, key: string, value: unknown): void => {
    if (value === null || value === undefined) return;
    flags[flag] = asFlagValue(flag, key, value, types);
  };
  for (const [key, value] of Object.entries(root as Record<string, unknown>)) {
    if (key === 'client-transport-security' || key === 'peer-transport-security') {
      const side = key === 'client-transport-security' ? 'client' : 'peer';
      if (value === null || value === undefined) continue;
      if (typeof value !== 'object' || Array.isArray(value)) {
        warnings.push(`${key}: want a mapping, ignored`);
        continue;
      }
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        const flag = securityKeys.get(inner)?.[side];
        if (flag) set(flag, `${key}.${inner}`, innerValue);
        else warnings.push(`${key}.${inner}: not an etcd 3.4 key clusterd knows, ignored`);
      }
      continue;
    }
    if (key === 'config-file') {
      warnings.push('config-file: a configuration file cannot name another, ignored');
      continue;
    }
    if (!types.known.has(key)) {
      warnings.push(
        etcdServerFlags.has(key) || /^[a-z0-9-]+$/.test(key)
          ? `${key}: not an etcd 3.4 or clusterd key, ignored`
          : `${JSON.stringify(key)}: unrecognized key, ignored`,
      );
      continue;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      warnings.push(`${key}: want a single value, ignored`);
      continue;
    }
    set(key, key, value);
  }
  return { flags, warnings };
}

/** A file value as the flag takes it: durations in Go's syntax, lists comma-joined, texts. */
function asFlagValue(flag: string, key: string, value: unknown, types: AgentFlagTypes): unknown {
  if (durationKeys.has(flag) && typeof value === 'number') return `${value}ns`;
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === 'string' || typeof v === 'number'))
      throw new ConfigFileError(`${key}: want a list of strings`);
    return value.join(',');
  }
  if (types.booleans.has(flag)) {
    const parsed = typeof value === 'string' ? goBoolText(value) : value;
    if (typeof parsed === 'boolean') return parsed;
    throw new ConfigFileError(`${key}: want true or false, got ${JSON.stringify(value)}`);
  }
  if (types.numbers.has(flag)) {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n))
      throw new ConfigFileError(`${key}: want a number, got ${JSON.stringify(value)}`);
    return n;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  throw new ConfigFileError(`${key}: want a single value`);
}
