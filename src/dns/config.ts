// The DNS server's settings: the agent's flags, overridden field by field by the JSON at
// /skydns/config as SkyDNS does ("the etcd config takes precedence over flags"). Unlike SkyDNS,
// which reads that key once at start, a change to it applies to the next query. The listen
// address is the exception: it is a flag only, since every machine binds its own.
import { isIP } from 'node:net';
import type { Logger } from '../util/log.js';
import { fqdn } from './records.js';

/** What the resolver needs to know about the zone it answers for. */
export interface ZoneSettings {
  /** Lower-case, fully qualified: `skydns.local.`. */
  domain: string;
  /** The SOA's mailbox as a name: `hostmaster.skydns.local.`. */
  hostmaster: string;
  /** Seconds, for records that set none. */
  ttl: number;
  /** Seconds: the SOA minimum, and the TTL of the SOA in negative answers. */
  minTtl: number;
  /** SRV and MX priority of services that set none. */
  priority: number;
}

export interface HostPort {
  host: string;
  port: number;
}

export interface DnsSettings extends ZoneSettings {
  /** Where names outside the domain go, in round-robin order. */
  nameservers: HostPort[];
  /** false: /skydns/config says no_rec, nobody gets recursion. */
  recursion: boolean;
}

export interface DnsFlags {
  domain: string;
  nameservers: string[];
}

/** SkyDNS's defaults (ttl 3600, min_ttl 60 as its code has it, priority 10). */
const defaultTtl = 3600;
const defaultMinTtl = 60;
const defaultPriority = 10;
const dnsPort = 53;

/** `host:port`, `[v6]:port`, or a bare address or name with `defaultPort`. */
export function parseHostPort(value: string, defaultPort: number): HostPort {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  if (bracketed) return { host: bracketed[1]!, port: portOf(bracketed[2], defaultPort, value) };
  if (isIP(value) === 6) return { host: value, port: defaultPort };
  const colon = value.lastIndexOf(':');
  if (colon < 0) return { host: value, port: defaultPort };
  return { host: value.slice(0, colon), port: portOf(value.slice(colon + 1), defaultPort, value) };
}

function portOf(text: string | undefined, defaultPort: number, whole: string): number {
  if (text === undefined) return defaultPort;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 0xffff) throw new Error(`"${whole}": bad port`);
  return port;
}

export function formatHostPort({ host, port }: HostPort): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The settings from the flags alone, then each field /skydns/config sets (bad ones logged). */
export function dnsSettings(flags: DnsFlags, storeConfig: unknown, logger: Logger): DnsSettings {
  const settings: DnsSettings = {
    domain: fqdn(flags.domain.toLowerCase()),
    hostmaster: '',
    ttl: defaultTtl,
    minTtl: defaultMinTtl,
    priority: defaultPriority,
    nameservers: flags.nameservers.map(parseNameserver),
    recursion: true,
  };
  let hostmaster: string | undefined;
  if (storeConfig !== undefined) {
    const bad = (field: string): void => {
      logger.warn(`dns: /skydns/config: ignoring a bad "${field}"`);
    };
    const config = storeConfig as Record<string, unknown>;
    const { domain, ttl, min_ttl, nameservers, no_rec } = config;
    if (domain !== undefined) {
      if (typeof domain === 'string' && domain !== '') settings.domain = fqdn(domain.toLowerCase());
      else bad('domain');
    }
    if (config.hostmaster !== undefined) {
      if (typeof config.hostmaster === 'string') hostmaster = config.hostmaster;
      else bad('hostmaster');
    }
    if (ttl !== undefined) {
      if (isSeconds(ttl)) settings.ttl = ttl;
      else bad('ttl');
    }
    if (min_ttl !== undefined) {
      if (isSeconds(min_ttl)) settings.minTtl = min_ttl;
      else bad('min_ttl');
    }
    if (nameservers !== undefined) {
      try {
        if (!Array.isArray(nameservers) || nameservers.some((n) => typeof n !== 'string'))
          throw new Error('not a list of strings');
        settings.nameservers = (nameservers as string[]).map(parseNameserver);
      } catch {
        bad('nameservers');
      }
    }
    if (no_rec !== undefined) {
      if (typeof no_rec === 'boolean') settings.recursion = !no_rec;
      else bad('no_rec');
    }
  }
  // SkyDNS writes the mailbox as hostmaster@domain and turns the @ into a dot.
  settings.hostmaster = fqdn(
    (hostmaster ?? `hostmaster@${settings.domain}`).replace('@', '.').toLowerCase(),
  );
  return settings;
}

/**
 * A nameserver is an IP address (and port): a name would be resolved through the system's
 * resolver, which may well be this server.
 */
export function parseNameserver(value: string): HostPort {
  const server = parseHostPort(value, dnsPort);
  if (isIP(server.host) === 0) throw new Error(`nameserver "${value}" is not an IP address`);
  return server;
}

function isSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0x7fffffff;
}
