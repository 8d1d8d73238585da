// `clusterd dns add|rm|ls`: SkyDNS records under /skydns without hand-written JSON. Names become
// keys exactly as the DNS server reads them (src/dns/records.ts), and the store is reached through
// the etcd client only, so the commands work the same on any etcd v3.
import { isIPv4, isIPv6 } from 'node:net';
import type { CommandModule } from 'yargs';
import {
  type EtcdClient,
  type KeyValue,
  type ResponseHeader,
  type TxnOpResult,
  op,
} from '../client/index.js';
import {
  type ServiceRecord,
  configKey,
  fqdn,
  isInZone,
  keyOfName,
  labelsOf,
  nameOfKey,
  nameProblem,
  serviceOf,
  skydnsPrefix,
} from '../dns/records.js';
import { tabulate } from './fleet.js';
import { type GlobalArgs, ReportedError, UsageError, withClient } from './global.js';
import { hexId, jsonHeader, line, table, toJson } from './output.js';

interface DnsArgs extends GlobalArgs {
  domain: string;
}

/**
 * NAME as the record's lower-case, fully qualified name. A trailing dot makes it absolute, and so
 * does ending in the domain (names as `dig` users type them); any other name goes under the domain.
 */
function recordName(text: string, domain: string): string {
  const name = text.toLowerCase();
  const zone = fqdn(domain.toLowerCase());
  if (name.endsWith('.') || isInZone(fqdn(name), zone)) return fqdn(name);
  return `${name}.${zone}`;
}

/** Why a name that is fine on the wire still cannot be a record's key. */
function keyProblem(name: string): string | undefined {
  if (name.includes('/')) return 'a label cannot hold "/", which separates the levels of a key';
  // The server reads `*` in questions only; a stored one would be a record nobody can ask for.
  if (labelsOf(name).includes('*')) return 'a record cannot be a wildcard (`*`)';
  if (keyOfName(name) === configKey) return `its key is ${configKey}, SkyDNS's configuration`;
  return undefined;
}

/** NAME resolved against the domain and checked: a usage error (exit 2) if it cannot be a key. */
function checkedName(text: string, domain: string): string {
  const name = recordName(text, domain);
  const problem = nameProblem(name) ?? keyProblem(name);
  if (problem !== undefined) throw new UsageError(`bad name "${name}": ${problem}`);
  return name;
}

/**
 * HOST checked: an IPv4 or IPv6 address, or a name. A host made of digits and dots, or holding a
 * colon, is meant as an address; were it taken as a name, a typo would become a CNAME.
 */
function checkHost(host: string): void {
  if (/^[\d.]+$/.test(host)) {
    if (!isIPv4(host)) throw new UsageError(`bad host "${host}": not an IPv4 address`);
  } else if (host.includes(':')) {
    // A zone index (`%eth0`) means nothing to another machine, and AAAA has no room for it.
    if (!isIPv6(host) || host.includes('%'))
      throw new UsageError(`bad host "${host}": not an IPv6 address`);
  } else {
    const problem = nameProblem(host);
    if (problem !== undefined) throw new UsageError(`bad host "${host}": ${problem}`);
  }
}

function checkInteger(flag: string, value: number, min: number, max: number): void {
  if (Number.isInteger(value) && value >= min && value <= max) return;
  // yargs turns a flag's text that is no number into NaN: there is nothing of it to show.
  const given = Number.isNaN(value) ? '' : `, not ${value}`;
  throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}${given}`);
}

/** The fields of SkyDNS's msg.Service a record sets. */
type ServiceFields = Pick<
  ServiceRecord,
  'host' | 'port' | 'priority' | 'weight' | 'text' | 'mail' | 'ttl' | 'targetStrip' | 'group'
>;

/** SkyDNS's JSON for a service: msg.Service's field names and order, zero values left out. */
function serviceJson(s: ServiceFields): Record<string, string | number | boolean> {
  const fields: [string, string | number | boolean][] = [
    ['host', s.host],
    ['port', s.port],
    ['priority', s.priority],
    ['weight', s.weight],
    ['text', s.text],
    ['mail', s.mail],
    ['ttl', s.ttl],
    ['targetstrip', s.targetStrip],
    ['group', s.group],
  ];
  return Object.fromEntries(fields.filter(([, v]) => v !== '' && v !== 0 && v !== false));
}

/** One key under /skydns as the commands show it: its service, or why the server skips it. */
type ListedRecord = { key: string; name: string | undefined; lease: bigint } & (
  { service: ServiceRecord } | { problem: string; value: string }
);

function listedRecord(key: string, value: string, lease: bigint): ListedRecord {
  const name = nameOfKey(key);
  if (name === undefined)
    return { key, name, lease, problem: 'the key stands for no name (an empty label)', value };
  const service = serviceOf(key, name, value, lease);
  return typeof service === 'string'
    ? { key, name, lease, problem: service, value }
    : { key, name, lease, service };
}

const reverseZones = ['in-addr.arpa.', 'ip6.arpa.'];

/** The type a service answers as, from its host; `,MX` when it is also a mail exchanger. */
function recordType(service: ServiceRecord): string {
  const hostTypes = {
    ipv4: 'A',
    ipv6: 'AAAA',
    name: reverseZones.some((zone) => isInZone(service.name, zone)) ? 'PTR' : 'CNAME',
    empty: service.text === '' ? '-' : 'TXT',
  };
  return hostTypes[service.hostKind] + (service.mail ? ',MX' : '');
}

function recordJson(record: ListedRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { name: record.name ?? null, key: record.key };
  if ('service' in record) {
    out.type = recordType(record.service);
    out.service = serviceJson(record.service);
  } else {
    out.error = record.problem;
    out.value = record.value;
  }
  if (record.lease !== 0n) out.lease = record.lease;
  return out;
}

const columns = ['NAME', 'TYPE', 'HOST', 'PORT', 'PRIORITY', 'WEIGHT', 'TTL', 'TEXT'];

/** A table row; `-` for what the record leaves unset, so that every column has a word. */
function recordRow(record: ListedRecord): string[] {
  const name = record.name ?? record.key;
  if (!('service' in record))
    return [name, '?', '-', '-', '-', '-', '-', `skipped by the DNS server: ${record.problem}`];
  const s = record.service;
  const number = (n: number): string => (n === 0 ? '-' : String(n));
  // Control characters (a newline in a TXT) would break the table's lines.
  const text = s.text.replace(/\p{Cc}/gu, (c) => JSON.stringify(c).slice(1, -1));
  return [
    name,
    recordType(s),
    s.host === '' ? '-' : s.host,
    number(s.port),
    number(s.priority),
    number(s.weight),
    number(s.ttl),
    text === '' ? '-' : text,
  ];
}

/** DNS order: labels compared from the right, so a name's subtree follows it; nameless keys last. */
function byName(a: ListedRecord, b: ListedRecord): number {
  if (a.name === undefined || b.name === undefined)
    return a.name === b.name ? compare(a.key, b.key) : a.name === undefined ? 1 : -1;
  const left = labelsOf(a.name).reverse();
  const right = labelsOf(b.name).reverse();
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return compare(left[i]!, right[i]!);
  }
  return left.length - right.length;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function printRecords(records: ListedRecord[], format: GlobalArgs['write-out']): void {
  const rows = records.map(recordRow);
  if (format === 'table') process.stdout.write(table(columns, rows));
  else process.stdout.write(tabulate([columns, ...rows]));
}

function stderr(text: string): void {
  process.stderr.write(text + '\n');
}

interface AddArgs extends DnsArgs {
  name: string;
  host: string | undefined;
  port: number;
  priority: number;
  weight: number;
  ttl: number;
  text: string;
  mail: boolean;
  group: string;
  targetstrip: number;
  'lease-ttl': number | undefined;
}

/** The service the flags describe, checked (a usage error before anything is written). */
function checkedService(a: AddArgs): ServiceFields {
  const host = a.host ?? '';
  if (host === '' && a.text === '') throw new UsageError('a record needs a HOST or --text');
  if (host === '' && a.mail) throw new UsageError('--mail needs a HOST to exchange mail at');
  if (host !== '') checkHost(host);
  checkInteger('port', a.port, 0, 0xffff);
  checkInteger('priority', a.priority, 0, 0xffff);
  checkInteger('weight', a.weight, 0, 0xffff);
  checkInteger('ttl', a.ttl, 0, 0xffffffff);
  checkInteger('targetstrip', a.targetstrip, 0, 0x7fffffff);
  if (a['lease-ttl'] !== undefined) checkInteger('lease-ttl', a['lease-ttl'], 1, 0x7fffffff);
  return {
    host,
    port: a.port,
    priority: a.priority,
    weight: a.weight,
    text: a.text,
    mail: a.mail,
    ttl: a.ttl,
    targetStrip: a.targetstrip,
    group: a.group,
  };
}

const addCommand: CommandModule<DnsArgs, AddArgs> = {
  command: 'add <name> [host]',
  describe:
    'Adds the record at NAME, or replaces the one there: HOST is an IPv4 or IPv6 address (A, ' +
    'AAAA) or a name (CNAME, and the target of SRV and MX)',
  builder: (y) =>
    y
      .positional('name', {
        type: 'string',
        demandOption: true,
        describe:
          'the record’s name: absolute with a trailing dot or when it ends in the domain, else under the domain',
      })
      .positional('host', {
        type: 'string',
        describe: 'IPv4, IPv6 or a name; may be left out with --text',
      })
      .option('port', { type: 'number', default: 0, describe: 'SRV port' })
      .option('priority', { type: 'number', default: 0, describe: 'SRV and MX priority (0: 10)' })
      .option('weight', { type: 'number', default: 0, describe: 'SRV weight (0: 100)' })
      .option('ttl', {
        type: 'number',
        default: 0,
        describe: 'DNS TTL in seconds (0: the server’s)',
      })
      .option('text', { type: 'string', default: '', describe: 'TXT text' })
      .option('mail', {
        type: 'boolean',
        default: false,
        describe: 'HOST is a mail exchanger (MX)',
      })
      .option('group', { type: 'string', default: '', describe: 'SkyDNS group' })
      .option('targetstrip', {
        type: 'number',
        default: 0,
        describe: 'labels stripped from the left of the SRV and MX target',
      })
      .option('lease-ttl', {
        type: 'number',
        describe:
          'put the record on a new lease of this many seconds; nothing renews it, so the record ' +
          'disappears when the lease expires',
      })
      .example('$0 dns add rails.east 10.0.0.1 --port 8080', 'rails.east.skydns.local. A and SRV')
      .example('$0 dns add www.skydns.local. www.example.org', 'a CNAME')
      .example('$0 dns add tmp 10.0.0.3 --lease-ttl 30', 'gone in 30 seconds'),
  handler: async (a) => {
    const name = checkedName(a.name, a.domain);
    const service = checkedService(a);
    const key = keyOfName(name);
    const value = JSON.stringify(serviceJson(service));
    await withClient(a, async (client) => {
      // Should the put fail, the lease is left to expire by itself, holding nothing.
      const lease =
        a['lease-ttl'] === undefined ? undefined : await client.lease.grant(a['lease-ttl']);
      const put = await client.kv.put(key, value, {
        prevKv: true,
        ...(lease !== undefined ? { lease: lease.id } : {}),
      });
      const replaced = put.prevKv !== undefined;
      if (a['write-out'] === 'json') {
        const record = recordJson(listedRecord(key, value, lease?.id ?? 0n));
        line(toJson({ header: jsonHeader(put.header), record, replaced }));
        return;
      }
      const onLease =
        lease !== undefined ? `, on lease ${hexId(lease.id)} (TTL ${lease.ttl}s)` : '';
      line(`${replaced ? 'replaced' : 'added'} ${name} as ${key}${onLease}`);
    });
  },
};

interface RmArgs extends DnsArgs {
  name: string;
  prefix: boolean;
}

function deletedCount(r: TxnOpResult | undefined): number {
  return r?.type === 'delete' ? r.result.deleted : 0;
}

const rmCommand: CommandModule<DnsArgs, RmArgs> = {
  command: 'rm <name>',
  describe:
    'Removes the record at NAME (with --prefix, every record at and below it); removing ' +
    'nothing is an error (exit 1)',
  builder: (y) =>
    y
      .positional('name', { type: 'string', demandOption: true, describe: 'the record’s name' })
      .option('prefix', {
        type: 'boolean',
        default: false,
        describe: 'also remove every record below NAME',
      }),
  handler: async (a) => {
    const name = checkedName(a.name, a.domain);
    const key = keyOfName(name);
    const below = key + '/';
    await withClient(a, async (client) => {
      // Without --prefix, count what is below in the same transaction, to point at --prefix.
      const res = await client.kv.txn({
        success: [
          op.delete(key),
          a.prefix
            ? op.delete(below, { prefix: true })
            : op.get(below, { prefix: true, countOnly: true }),
        ],
      });
      const [exact, subtree] = res.responses;
      const deleted = deletedCount(exact) + deletedCount(subtree);
      if (deleted === 0) {
        const countBelow = subtree?.type === 'get' ? subtree.result.count : 0;
        stderr(
          a.prefix
            ? `Error: no record at or below ${name}`
            : countBelow > 0
              ? `Error: no record at ${name}, but ${countBelow} below it (--prefix removes them)`
              : `Error: no record at ${name}`,
        );
        throw new ReportedError();
      }
      if (a['write-out'] === 'json') {
        line(toJson({ header: jsonHeader(res.header), deleted }));
        return;
      }
      const where = a.prefix ? 'at and below' : 'at';
      line(`removed ${deleted} record${deleted === 1 ? '' : 's'} ${where} ${name}`);
    });
  },
};

interface LsArgs extends DnsArgs {
  name: string | undefined;
}

/** The keys at `key` and below it, or all of /skydns/ without one; one revision either way. */
async function keysAt(
  client: EtcdClient,
  key: string | undefined,
): Promise<{ header: ResponseHeader; kvs: KeyValue[] }> {
  if (key === undefined) return client.kv.get(skydnsPrefix, { prefix: true });
  // Two ranges, not the prefix `key`: that would take in `eastern` with `east`.
  const res = await client.kv.txn({
    success: [op.get(key), op.get(key + '/', { prefix: true })],
  });
  const kvs = res.responses.flatMap((r) => (r.type === 'get' ? r.result.kvs : []));
  return { header: res.header, kvs };
}

const lsCommand: CommandModule<DnsArgs, LsArgs> = {
  command: 'ls [name]',
  describe:
    'Lists the records at and below NAME (without one: all of /skydns but its config) in DNS ' +
    'order; records the server cannot read are listed with the reason',
  builder: (y) => y.positional('name', { type: 'string', describe: 'the name to list below' }),
  handler: async (a) => {
    const name = a.name === undefined ? undefined : checkedName(a.name, a.domain);
    await withClient(a, async (client) => {
      const { header, kvs } = await keysAt(
        client,
        name === undefined ? undefined : keyOfName(name),
      );
      const records = kvs
        .filter((kv) => kv.key.toString('utf8') !== configKey)
        .map((kv) => listedRecord(kv.key.toString('utf8'), kv.value.toString('utf8'), kv.lease))
        .sort(byName);
      if (a['write-out'] === 'json') {
        line(toJson({ header: jsonHeader(header), records: records.map(recordJson) }));
      } else if (records.length === 0) {
        stderr(
          name === undefined
            ? `no records under ${skydnsPrefix}`
            : `no records at or below ${name}`,
        );
      } else {
        printRecords(records, a['write-out']);
      }
    });
  },
};

export const dnsCommand: CommandModule<GlobalArgs, DnsArgs> = {
  command: 'dns <command>',
  describe: 'add, remove and list SkyDNS records (under /skydns)',
  builder: (y) =>
    y
      .option('domain', {
        type: 'string',
        default: process.env.CLUSTERD_DNS_DOMAIN ?? 'skydns.local.',
        describe: 'the domain relative names go under (env CLUSTERD_DNS_DOMAIN, as the agent’s)',
      })
      .command(addCommand)
      .command(rmCommand)
      .command(lsCommand)
      .demandCommand(1, 'dns needs a subcommand'),
  handler: () => undefined,
};
