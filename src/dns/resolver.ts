// The answer to one question from the zone as it is now: SkyDNS's dispatch (server.go ServeDNS)
// and record building, with CoreDNS's fixes where SkyDNS was wrong. Pure: no sockets, no clock
// but the one it is handed, no store; the server decides what to do with a `forward`.
import type { ZoneSettings } from './config.js';
import { fqdn, isInZone, type ServiceRecord, stripLabels } from './records.js';
import { classIN, type DnsRecord, Rcode, recordIdentity, RRType, splitText } from './rr.js';
import type { ZoneReader } from './zone-tree.js';

export interface Question {
  /** As asked: any case, with or without the trailing dot. */
  name: string;
  type: number;
  class: number;
}

export interface ResolveContext {
  nowMs: number;
  /** Whole seconds a lease has left; undefined while not known yet. */
  leaseRemaining(lease: bigint): number | undefined;
}

export interface Answer {
  kind: 'answer';
  rcode: number;
  authoritative: boolean;
  answer: DnsRecord[];
  authority: DnsRecord[];
  additional: DnsRecord[];
  /** The answer ends on a CNAME to this name outside the domain, which upstream may resolve. */
  externalTarget: string | undefined;
}

/** The name is not ours (or a reverse name we hold no PTR for): ask the nameservers. */
export type Resolution = Answer | { kind: 'forward' };

/** SkyDNS's limit on a CNAME chain (a longer one is dropped). */
const maxCnameChain = 8;
/** SOA timers SkyDNS publishes (seconds). */
const soaRefresh = 28_800;
const soaRetry = 7200;
const soaExpire = 604_800;

export function resolve(
  zone: ZoneReader,
  question: Question,
  settings: ZoneSettings,
  context: ResolveContext,
): Resolution {
  const owner = fqdn(question.name);
  const name = owner.toLowerCase();
  // ANY is refused, as SkyDNS does: a subtree's every record is an amplifier.
  if (question.type === RRType.ANY || question.class !== classIN) {
    return errorAnswer(Rcode.REFUSED, false);
  }
  const answerer = new ZoneAnswerer(zone, settings, context);
  if (question.type === RRType.PTR && isReverseName(name)) return answerer.reverse(owner, name);
  if (!isInZone(name, settings.domain)) return { kind: 'forward' };
  return answerer.answer(owner, name, question.type);
}

export function errorAnswer(rcode: number, authoritative: boolean): Answer {
  return {
    kind: 'answer',
    rcode,
    authoritative,
    answer: [],
    authority: [],
    additional: [],
    externalTarget: undefined,
  };
}

function isReverseName(name: string): boolean {
  return isInZone(name, 'in-addr.arpa.') || isInZone(name, 'ip6.arpa.');
}

interface Chase {
  records: DnsRecord[];
  external: string | undefined;
}

class ZoneAnswerer {
  private readonly answerRecords: DnsRecord[] = [];
  private readonly additional: DnsRecord[] = [];
  private external: string | undefined;

  constructor(
    private readonly zone: ZoneReader,
    private readonly settings: ZoneSettings,
    private readonly context: ResolveContext,
  ) {}

  /** PTR from /skydns/arpa/...: a single leaf, not authoritative (SkyDNS); else upstream's. */
  reverse(owner: string, name: string): Resolution {
    const service = this.zone.exact(name)?.find((s) => s.hostKind === 'name');
    if (!service) return { kind: 'forward' };
    return {
      ...errorAnswer(Rcode.NOERROR, false),
      answer: [{ name: owner, ttl: this.ttlOf(service), type: 'PTR', target: service.host }],
    };
  }

  answer(owner: string, name: string, type: number): Answer {
    const apex = name === this.settings.domain;
    const found = this.zone.subtree(name);
    const services = this.usable(found ?? []);
    switch (type) {
      case RRType.SOA:
        if (apex) this.answerRecords.push(this.soa(owner, this.settings.ttl));
        break;
      case RRType.NS:
        if (apex) this.nameservers(owner);
        break;
      case RRType.A:
      case RRType.AAAA: {
        const chase = this.addresses(owner, services, type, new Set([name]));
        this.answerRecords.push(...chase.records);
        this.external = chase.external;
        break;
      }
      case RRType.TXT:
        for (const s of services) {
          if (s.text !== '') {
            this.answerRecords.push({
              name: owner,
              ttl: this.ttlOf(s),
              type: 'TXT',
              strings: splitText(s.text),
            });
          }
        }
        break;
      case RRType.CNAME: {
        // Only the name's own leaf, not its subtree; only the CNAME, not what it points to.
        const leaf = this.zone.exact(name)?.find((s) => s.hostKind === 'name');
        if (leaf) {
          this.answerRecords.push({
            name: owner,
            ttl: this.ttlOf(leaf),
            type: 'CNAME',
            target: leaf.host,
          });
        }
        break;
      }
      case RRType.SRV:
        this.srv(owner, services);
        break;
      case RRType.MX:
        this.mx(owner, services);
        break;
      default:
        // Another type: nothing to give, but the name's existence tells NXDOMAIN from NODATA.
        break;
    }
    return this.finish(apex || found !== undefined);
  }

  private finish(exists: boolean): Answer {
    if (this.answerRecords.length === 0) {
      // Negative answers carry the SOA, whose TTL is how long resolvers may cache them.
      return {
        ...errorAnswer(exists ? Rcode.NOERROR : Rcode.NXDOMAIN, true),
        authority: [this.soa(this.settings.domain, this.settings.minTtl)],
      };
    }
    const answer = unique(this.answerRecords);
    // SkyDNS gives every record of a multi-record answer the smallest TTL among them.
    if (answer.length > 1) {
      const ttl = Math.min(...answer.map((r) => r.ttl));
      for (const r of answer) r.ttl = ttl;
    }
    return {
      kind: 'answer',
      rcode: Rcode.NOERROR,
      authoritative: true,
      answer,
      authority: [],
      additional: unique(this.additional),
      externalTarget: this.external,
    };
  }

  /**
   * A and AAAA of `services` under `owner`, following names through CNAMEs: an in-zone target
   * contributes its CNAME only when the chain ends on an address (else NODATA, as SkyDNS); a
   * target seen before in the chain, or past the chain limit, is dropped (loop protection); an
   * out-of-zone target ends the chain, for the server to resolve upstream. At most one CNAME per
   * owner, since a name with two CNAMEs is no valid answer.
   */
  private addresses(
    owner: string,
    services: ServiceRecord[],
    type: number,
    chain: ReadonlySet<string>,
  ): Chase {
    const records: DnsRecord[] = [];
    let external: string | undefined;
    let aliased = false;
    for (const s of services) {
      const ttl = this.ttlOf(s);
      if (s.hostKind === 'ipv4' && type === RRType.A) {
        records.push({ name: owner, ttl, type: 'A', address: s.host });
      } else if (s.hostKind === 'ipv6' && type === RRType.AAAA) {
        records.push({ name: owner, ttl, type: 'AAAA', address: s.host });
      } else if (s.hostKind === 'name' && !aliased) {
        const target = s.host;
        if (chain.has(target) || chain.size > maxCnameChain) continue;
        const alias: DnsRecord = { name: owner, ttl, type: 'CNAME', target };
        if (!isInZone(target, this.settings.domain)) {
          records.push(alias);
          external = target;
          aliased = true;
          continue;
        }
        const next = this.zone.subtree(target);
        if (!next) continue;
        const chased = this.addresses(target, this.usable(next), type, new Set([...chain, target]));
        if (chased.records.length === 0) continue;
        records.push(alias, ...chased.records);
        external = chased.external;
        aliased = true;
      }
    }
    return { records, external };
  }

  /** Both address families of an in-zone name, for the additional section. */
  private glue(name: string): DnsRecord[] {
    if (!isInZone(name, this.settings.domain)) return [];
    const found = this.zone.subtree(name);
    if (!found) return [];
    const services = this.usable(found);
    const chain = new Set([name]);
    return [
      ...this.addresses(name, services, RRType.A, chain).records,
      ...this.addresses(name, services, RRType.AAAA, chain).records,
    ];
  }

  /**
   * SRV with SkyDNS's weights: per priority, each service's share of 100 by its weight (0 counts
   * as 100), floored and at least 1 (CoreDNS). An IP host gets the key's name as target, a name
   * host is the target itself, both less `targetstrip` labels; the target's addresses go in the
   * additional section.
   */
  private srv(owner: string, services: ServiceRecord[]): void {
    const withHost = services.filter((s) => s.hostKind !== 'empty');
    const totals = new Map<number, number>();
    for (const s of withHost) {
      const priority = this.priorityOf(s);
      totals.set(priority, (totals.get(priority) ?? 0) + (s.weight || 100));
    }
    for (const s of withHost) {
      const priority = this.priorityOf(s);
      const weight = Math.max(1, Math.floor((100 * (s.weight || 100)) / totals.get(priority)!));
      const target = this.target(s);
      this.answerRecords.push({
        name: owner,
        ttl: this.ttlOf(s),
        type: 'SRV',
        priority,
        weight,
        port: s.port,
        target,
      });
    }
  }

  /** MX for services with `mail`: preference is the priority, target as for SRV. */
  private mx(owner: string, services: ServiceRecord[]): void {
    for (const s of services) {
      if (!s.mail || s.hostKind === 'empty') continue;
      this.answerRecords.push({
        name: owner,
        ttl: this.ttlOf(s),
        type: 'MX',
        preference: this.priorityOf(s),
        exchange: this.target(s),
      });
    }
  }

  /** An SRV or MX target, its addresses added to the additional section. */
  private target(s: ServiceRecord): string {
    if (s.hostKind === 'ipv4' || s.hostKind === 'ipv6') {
      const target = stripLabels(s.name, s.targetStrip);
      this.additional.push({
        name: target,
        ttl: this.ttlOf(s),
        type: s.hostKind === 'ipv4' ? 'A' : 'AAAA',
        address: s.host,
      });
      return target;
    }
    const target = stripLabels(s.host, s.targetStrip);
    this.additional.push(...this.glue(target));
    return target;
  }

  /** NS at the apex from the services under ns.dns.<domain> (IP hosts only), with glue. */
  private nameservers(owner: string): void {
    const found = this.zone.subtree('ns.dns.' + this.settings.domain) ?? [];
    for (const s of this.usable(found)) {
      if (s.hostKind !== 'ipv4' && s.hostKind !== 'ipv6') continue;
      const ttl = this.ttlOf(s);
      this.answerRecords.push({
        name: owner,
        ttl,
        type: 'NS',
        target: this.target(s),
      });
    }
  }

  private soa(owner: string, ttl: number): DnsRecord {
    const hourMs = 3_600_000;
    return {
      name: owner,
      ttl,
      type: 'SOA',
      mname: 'ns.dns.' + this.settings.domain,
      rname: this.settings.hostmaster,
      // SkyDNS's serial: the current hour, in Unix seconds.
      serial: (Math.floor(this.context.nowMs / hourMs) * hourMs) / 1000,
      refresh: soaRefresh,
      retry: soaRetry,
      expire: soaExpire,
      minimum: this.settings.minTtl,
    };
  }

  private priorityOf(s: ServiceRecord): number {
    return s.priority || this.settings.priority;
  }

  /** The record's TTL (or the default), and no longer than its lease has left. */
  private ttlOf(s: ServiceRecord): number {
    const ttl = s.ttl || this.settings.ttl;
    if (s.lease === 0n) return ttl;
    // A lease whose time is not known yet gives 0, "do not cache": never longer than it lives.
    return Math.min(ttl, this.context.leaseRemaining(s.lease) ?? 0);
  }

  /** The group filter, then one service per (host, port, priority, weight, text). */
  private usable(services: ServiceRecord[]): ServiceRecord[] {
    if (services.length < 2) return services; // nothing to filter or merge
    const seen = new Set<string>();
    return groupFilter(services).filter((s) => {
      const bare = JSON.stringify([s.host, s.port, s.priority, s.weight, s.text]);
      if (seen.has(bare)) return false;
      seen.add(bare);
      return true;
    });
  }
}

/**
 * SkyDNS's groups (msg.Group): the service with a group nearest the top of the answer sets it;
 * the answer keeps the services of that group and those without one. Services at that same depth
 * that disagree switch the filter off.
 */
export function groupFilter(services: ServiceRecord[]): ServiceRecord[] {
  let depth = Infinity;
  const groups = new Set<string>();
  for (const s of services) {
    if (s.group === '') continue;
    const d = s.name.split('.').length;
    if (d < depth) {
      depth = d;
      groups.clear();
    }
    if (d === depth) groups.add(s.group);
  }
  if (groups.size !== 1) return services;
  const [group] = groups;
  return services.filter((s) => s.group === '' || s.group === group);
}

/** Records without duplicates (same owner, type and data), the first kept. */
function unique(records: DnsRecord[]): DnsRecord[] {
  if (records.length < 2) return records;
  const seen = new Set<string>();
  return records.filter((r) => {
    const identity = recordIdentity(r);
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
}
