// SkyDNS's data in the store: a name's labels reversed under /skydns (`rails.east.skydns.local.`
// is /skydns/local/skydns/east/rails), each key one service as JSON. Everything here is pure: the
// view feeds it keys and values, the resolver reads what it returns.
import { isIPv4, isIPv6 } from 'node:net';
import type { Logger } from '../util/log.js';

/** Where SkyDNS keeps its records (its default -path-prefix). */
export const skydnsPrefix = '/skydns/';
/** SkyDNS's configuration key, read beside the records. */
export const configKey = '/skydns/config';

/** One service, as SkyDNS's msg.Service, with what the key and the store add. */
export interface ServiceRecord {
  /** The key the service was read from. */
  key: string;
  /** The name the key stands for, lower-cased, with the trailing dot. */
  name: string;
  host: string;
  hostKind: HostKind;
  port: number;
  /** 0: the server's default priority. */
  priority: number;
  /** 0: counted as 100 in the SRV weight arithmetic. */
  weight: number;
  text: string;
  mail: boolean;
  /** Seconds; 0: the server's default TTL. */
  ttl: number;
  /** Labels stripped from the left of an SRV or MX target. */
  targetStrip: number;
  group: string;
  /** The key's lease (0n: none): the record lives no longer than it. */
  lease: bigint;
}

/** `name`: a DNS name to CNAME or target; `empty`: no host (a TXT-only service). */
export type HostKind = 'ipv4' | 'ipv6' | 'name' | 'empty';

const maxNameOctets = 253;
const maxLabelOctets = 63;

/** `name` with exactly one trailing dot (the root stays `.`). */
export function fqdn(name: string): string {
  return name.endsWith('.') ? name : name + '.';
}

/** The labels of a name, leftmost first, without the root. */
export function labelsOf(name: string): string[] {
  return name.split('.').filter((label) => label !== '');
}

/** Whether `name` is `zone` or below it, on label boundaries; both lower-case fully qualified. */
export function isInZone(name: string, zone: string): boolean {
  return zone === '.' || name === zone || name.endsWith('.' + zone);
}

/** The key of a name: `rails.east.skydns.local.` -> `/skydns/local/skydns/east/rails`. */
export function keyOfName(name: string): string {
  return skydnsPrefix + labelsOf(name.toLowerCase()).reverse().join('/');
}

/**
 * The lower-cased name a key stands for, or undefined for a key that is no name (the config key,
 * an empty label, as in a key ending in `/`).
 */
export function nameOfKey(key: string): string | undefined {
  if (!key.startsWith(skydnsPrefix) || key === configKey) return undefined;
  const labels = key.slice(skydnsPrefix.length).toLowerCase().split('/');
  if (labels.some((label) => label === '')) return undefined;
  return labels.reverse().join('.') + '.';
}

/** Whether `name` can go on the wire: ASCII labels of 1 to 63 octets, at most 253 in all. */
export function isEncodableName(name: string): boolean {
  return nameProblem(name) === undefined;
}

/** Why `name` cannot go on the wire, for people writing one; undefined when it can. */
export function nameProblem(name: string): string | undefined {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare.length === 0) return 'the name is empty';
  // ASCII first: only then is a character an octet.
  if (!/^[\x21-\x7e]+$/.test(bare))
    return 'a name holds printable ASCII only (punycode for other characters)';
  if (bare.length > maxNameOctets)
    return `the name is ${bare.length} octets long, more than ${maxNameOctets}`;
  const badLabel = bare
    .split('.')
    .find((label) => label.length === 0 || label.length > maxLabelOctets);
  if (badLabel === '') return 'the name has an empty label';
  if (badLabel !== undefined)
    return `the label "${badLabel}" is ${badLabel.length} octets long, more than ${maxLabelOctets}`;
  return undefined;
}

export function hostKindOf(host: string): HostKind | undefined {
  if (host === '') return 'empty';
  if (isIPv4(host)) return 'ipv4';
  if (isIPv6(host)) return 'ipv6';
  return isEncodableName(host) ? 'name' : undefined;
}

/**
 * Parses a key's value into a service, or undefined (logged at debug) when the key names nothing
 * or the value is not a service: bad JSON is skipped, never fatal, as one writer's mistake must
 * not take the zone down. Field names match case-insensitively, as Go's encoding/json does for
 * SkyDNS; a field of the wrong type rejects the record, as it fails SkyDNS's unmarshalling.
 */
export function parseService(
  key: string,
  value: string,
  lease: bigint,
  logger: Logger,
): ServiceRecord | undefined {
  const name = nameOfKey(key);
  if (name === undefined) return undefined;
  const service = serviceOf(key, name, value, lease);
  if (typeof service === 'string') {
    logger.debug('dns: record skipped', { key, reason: service });
    return undefined;
  }
  return service;
}

/** The service `value` holds at `key` (which stands for `name`), or why it holds none. */
export function serviceOf(
  key: string,
  name: string,
  value: string,
  lease: bigint,
): ServiceRecord | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return 'not JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return 'not a JSON object';
  const fields = new Map<string, unknown>();
  for (const [field, v] of Object.entries(parsed)) fields.set(field.toLowerCase(), v);

  const string = (field: string): string | undefined => {
    const v = fields.get(field);
    return v === undefined || v === null ? '' : typeof v === 'string' ? v : undefined;
  };
  const integer = (field: string, max: number): number | undefined => {
    const v = fields.get(field);
    if (v === undefined || v === null) return 0;
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max ? v : undefined;
  };
  const host = string('host');
  const text = string('text');
  const group = string('group');
  const port = integer('port', 0xffff);
  const priority = integer('priority', 0xffff);
  const weight = integer('weight', 0xffff);
  const ttl = integer('ttl', 0xffffffff);
  const targetStrip = integer('targetstrip', 0x7fffffff);
  const mailField = fields.get('mail');
  const mail = mailField === undefined || mailField === null ? false : mailField;
  if (
    host === undefined ||
    text === undefined ||
    group === undefined ||
    port === undefined ||
    priority === undefined ||
    weight === undefined ||
    ttl === undefined ||
    targetStrip === undefined ||
    typeof mail !== 'boolean'
  )
    return 'a field has the wrong type or is out of range';
  const hostKind = hostKindOf(host);
  if (hostKind === undefined) return `host ${JSON.stringify(host)} is neither an IP nor a name`;
  return {
    key,
    name,
    host: hostKind === 'name' ? fqdn(host).toLowerCase() : host,
    hostKind,
    port,
    priority,
    weight,
    text,
    mail,
    ttl,
    targetStrip,
    group,
    lease,
  };
}

/** `name` without its `count` leftmost labels; all of it when that would strip too many. */
export function stripLabels(name: string, count: number): string {
  if (count <= 0) return name;
  const labels = labelsOf(name);
  if (count >= labels.length) return name;
  return labels.slice(count).join('.') + '.';
}
