// --discovery-srv: etcd's DNS bootstrap. The initial cluster comes from the SRV records
// _etcd-server-ssl._tcp.<domain> (https peer URLs) and _etcd-server._tcp.<domain> (http), with
// --discovery-srv-name adding a suffix (_etcd-server-<name>._tcp). The record whose target and port
// resolve to one of this member's advertised peer URLs is this member (named --name); the others
// are named 0, 1, ... until they publish their own names, as etcd's srv.GetCluster does.
//
// etcd 3.4.23 keeps the http records only when the https lookup failed, and fails when the https
// lookup fails (GetDNSClusterNames); the intent, which etcd 3.5 restored, is the union of both,
// failing only when neither answers. clusterd does the latter.
import { lookup as systemLookup } from 'node:dns/promises';
import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Logger } from './util/log.js';

/** What the lookup needs of DNS (node:dns's Resolver and lookup; a fake in tests). */
export interface SrvResolver {
  resolveSrv(name: string): Promise<{ name: string; port: number }[]>;
  /** The address a host name stands for (Go's ResolveTCPAddr prefers IPv4). */
  lookup(host: string): Promise<string>;
}

/**
 * The system's resolver, or the DNS server at `server` (ip[:port], clusterd's
 * --discovery-srv-resolver) for the SRV records and the host names they name.
 */
export function dnsResolver(server?: string): SrvResolver {
  if (server === undefined || server === '') {
    const resolver = new Resolver();
    return {
      resolveSrv: (name) => resolver.resolveSrv(name),
      lookup: async (host) => (await systemLookup(host, { family: 0, verbatim: false })).address,
    };
  }
  const resolver = new Resolver();
  resolver.setServers([server]);
  return {
    resolveSrv: (name) => resolver.resolveSrv(name),
    lookup: async (host) => {
      if (isIP(host) !== 0) return host;
      // The server given answers for the cluster's names; anything else is the system's.
      const answers = await resolver.resolve4(host).catch(() => []);
      return answers[0] ?? (await systemLookup(host, { family: 0, verbatim: false })).address;
    },
  };
}

export interface SrvDiscoveryOptions {
  /** --discovery-srv. */
  domain: string;
  /** --discovery-srv-name ('' for none). */
  serviceName: string;
  /** --name: the member whose peer URL the records name. */
  name: string;
  /** --initial-advertise-peer-urls. */
  advertisePeerUrls: readonly string[];
  resolver: SrvResolver;
  logger: Logger;
}

/** The initial cluster (`name=peerURL,...`) the SRV records describe. */
export async function srvInitialCluster(options: SrvDiscoveryOptions): Promise<string> {
  const { resolver, logger } = options;
  const suffix = options.serviceName === '' ? '' : `-${options.serviceName}`;
  // This member's advertised peer URLs by the address they resolve to.
  const own = new Map<string, URL>();
  for (const text of options.advertisePeerUrls) {
    const url = new URL(text);
    const address = await resolver.lookup(stripBrackets(url.hostname));
    own.set(`${address}:${url.port || defaultPort(url)}`, url);
  }
  const parts: string[] = [];
  const errors: string[] = [];
  for (const [service, scheme] of [
    [`etcd-server-ssl${suffix}`, 'https'],
    [`etcd-server${suffix}`, 'http'],
  ] as const) {
    try {
      const found = await clusterFromSrv(service, scheme, options, own);
      logger.info(`get cluster for ${service} SRV`, {
        serviceScheme: scheme,
        serviceName: service,
        serverName: options.name,
        discoverySrv: options.domain,
        foundCluster: found,
      });
      parts.push(...found);
    } catch (err) {
      errors.push(`error querying DNS SRV records for _${service} ${errorText(err)}`);
    }
  }
  if (parts.length === 0) {
    const message = errors.join('; ') || `no SRV records for ${options.domain}`;
    logger.warn('failed to resolve during SRV discovery', { error: message });
    throw new Error(message);
  }
  for (const node of parts) logger.info('got bootstrap from DNS for etcd-server', { node });
  if (!parts.some((p) => p.startsWith(`${options.name}=`))) {
    throw new Error(`cannot find local etcd member "${options.name}" in SRV records`);
  }
  return parts.join(',');
}

/** One service's records as `name=scheme://target:port` (etcd's srv.GetCluster). */
async function clusterFromSrv(
  service: string,
  scheme: 'http' | 'https',
  options: SrvDiscoveryOptions,
  own: ReadonlyMap<string, URL>,
): Promise<string[]> {
  const records = await options.resolver.resolveSrv(`_${service}._tcp.${options.domain}`);
  const parts: string[] = [];
  let tempName = 0;
  let lastError: Error | undefined;
  for (const record of records) {
    const host = record.name.replace(/\.$/, '');
    let address: string;
    try {
      address = await options.resolver.lookup(host);
    } catch (err) {
      lastError = err instanceof Error ? err : new Error(String(err));
      continue;
    }
    const mine = own.get(`${address}:${record.port}`);
    const name = mine ? options.name : String(tempName++);
    const urlHost = isIP(host) === 6 ? `[${host}]` : host;
    if (mine && mine.protocol !== `${scheme}:`) {
      lastError = new Error(
        `bootstrap at ${scheme}://${urlHost}:${record.port} from DNS for ${service} has scheme mismatch with expected peer ${mine.href.replace(/\/$/, '')}`,
      );
      continue;
    }
    parts.push(`${name}=${scheme}://${urlHost}:${record.port}`);
  }
  if (parts.length === 0 && lastError !== undefined) throw lastError;
  return parts;
}

function stripBrackets(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1');
}

function defaultPort(url: URL): string {
  return url.protocol === 'https:' ? '443' : '80';
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
