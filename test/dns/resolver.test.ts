// The resolver on an in-memory zone, record type by record type, with SkyDNS's own fixtures
// (server_test.go, msg/service_test.go) where it has them: domain skydns.test., TTL 3600,
// priority 10. Answers are compared as dig prints them.
import assert from 'node:assert/strict';
import { dnsSettings } from '../../src/dns/config.js';
import { keyOfName, nameOfKey, parseService } from '../../src/dns/records.js';
import { type Answer, resolve } from '../../src/dns/resolver.js';
import { classIN, formatRecord, Rcode, RRType, splitText } from '../../src/dns/rr.js';
import { ZoneTree } from '../../src/dns/zone-tree.js';
import { silentLogger } from '../../src/util/log.js';

const settings = dnsSettings({ domain: 'skydns.test.', nameservers: [] }, undefined, silentLogger);
/** 2026-12-06T11:30:00Z: the SOA serial is the hour, 11:00. */
const nowMs = Date.UTC(2026, 11, 6, 11, 30);
const serial = Date.UTC(2026, 11, 6, 11) / 1000;
const soa = `skydns.test. 60 IN SOA ns.dns.skydns.test. hostmaster.skydns.test. ${serial} 28800 7200 604800 60`;

type Records = Record<string, object | string>;

/** A zone of `name -> service JSON` entries (a string value is stored as it is). */
function zoneOf(records: Records, leases: Record<string, bigint> = {}): ZoneTree {
  const tree = new ZoneTree();
  for (const [name, value] of Object.entries(records)) {
    const key = keyOfName(name);
    const json = typeof value === 'string' ? value : JSON.stringify(value);
    const service = parseService(key, json, leases[name] ?? 0n, silentLogger);
    if (service) tree.set(service);
  }
  return tree;
}

interface Printed {
  rcode: string;
  aa: boolean;
  answer: string[];
  authority: string[];
  additional: string[];
}

const rcodeNames = Object.fromEntries(Object.entries(Rcode).map(([k, v]) => [v, k]));

function ask(
  zone: ZoneTree,
  name: string,
  type: keyof typeof RRType,
  leaseRemaining: (lease: bigint) => number | undefined = () => undefined,
): Printed | 'forward' {
  const r = resolve(zone, { name, type: RRType[type], class: classIN }, settings, {
    nowMs,
    leaseRemaining,
  });
  if (r.kind === 'forward') return 'forward';
  return print(r);
}

function print(r: Answer): Printed {
  return {
    rcode: rcodeNames[r.rcode]!,
    aa: r.authoritative,
    answer: r.answer.map(formatRecord),
    authority: r.authority.map(formatRecord),
    additional: r.additional.map(formatRecord),
  };
}

function answers(result: Printed | 'forward'): string[] {
  assert.notEqual(result, 'forward');
  return (result as Printed).answer;
}

/** SkyDNS's server_test.go services (a selection). */
const fixture = zoneOf({
  '100.server1.development.region1.skydns.test.': { host: 'dev.server1', port: 8080 },
  '101.server2.production.region1.skydns.test.': { host: 'dev.server1', port: 8080 },
  '102.server3.production.region1.skydns.test.': { host: 'dev.server1', port: 8080 },
  '103.server4.development.region2.skydns.test.': { host: 'dev.server1', port: 8080 },
  '104.server1.development.region1.skydns.test.': { host: '10.0.0.1', port: 0 },
  '105.server2.production.region2.skydns.test.': { host: '2001::8:8:8:8', port: 0 },
  '106.server2.production.region2.skydns.test.': { host: '10.0.0.2' },
  '1.priority.skydns.test.': { host: 'server1', priority: 333 },
  'x.ipaddr.skydns.test.': { host: '172.16.1.1' },
  'y.ipaddr.skydns.test.': { host: '172.16.1.2' },
  'a.multiport.skydns.test.': { host: '10.1.1.1', port: 80 },
  'b.multiport.skydns.test.': { host: '10.1.1.1', port: 443 },
  'cname.skydns.test.': { host: 'www.miek.nl' },
  'alias.skydns.test.': { host: 'ipaddr.skydns.test' },
  'mail.skydns.test.': { host: 'mx.skydns.test', mail: true, priority: 5 },
  'mx.skydns.test.': { host: '10.9.9.9' },
  'plain.skydns.test.': { host: '10.9.9.10' },
  'txt.skydns.test.': { text: 'abc' },
  'a.dns.ns.dns.skydns.test.': { host: '10.0.0.53' },
  'b.dns.ns.dns.skydns.test.': { host: '2001::53' },
  'x.ns.dns.skydns.test.': { host: 'not-an-ip.example' },
  '1.0.0.10.in-addr.arpa.': { host: 'reverse.example.org' },
});

describe('dns: resolver', function () {
  describe('names and records in the store', function () {
    it('maps names to reversed keys and back, lower-cased', () => {
      assert.equal(
        keyOfName('Rails.Production.east.skydns.local.'),
        '/skydns/local/skydns/east/production/rails',
      );
      assert.equal(
        nameOfKey('/skydns/local/skydns/East/production/rails'),
        'rails.production.east.skydns.local.',
      );
      assert.equal(nameOfKey('/skydns/config'), undefined);
      assert.equal(nameOfKey('/skydns/local/skydns/east/'), undefined);
      assert.equal(nameOfKey('/other/local'), undefined);
    });

    it('reads SkyDNS JSON, field names in any case; skips what is not a service', () => {
      const key = '/skydns/test/skydns/a';
      const service = parseService(
        key,
        '{"Host":"10.0.0.1","PORT":80,"priority":1,"weight":2,"text":"t","mail":true,"ttl":30,"targetstrip":1,"group":"g"}',
        5n,
        silentLogger,
      );
      assert.deepEqual(service, {
        key,
        name: 'a.skydns.test.',
        host: '10.0.0.1',
        hostKind: 'ipv4',
        port: 80,
        priority: 1,
        weight: 2,
        text: 't',
        mail: true,
        ttl: 30,
        targetStrip: 1,
        group: 'g',
        lease: 5n,
      });
      assert.equal(
        parseService(key, '{"host":"Www.Example.org"}', 0n, silentLogger)?.host,
        'www.example.org.',
      );
      assert.equal(parseService(key, '{"host":"::1"}', 0n, silentLogger)?.hostKind, 'ipv6');
      assert.equal(parseService(key, '{"text":"only"}', 0n, silentLogger)?.hostKind, 'empty');
      for (const bad of [
        '{"host":',
        '[1]',
        '"x"',
        '{"port":"80"}',
        '{"port":70000}',
        '{"host":"a b"}',
        '{"mail":1}',
      ]) {
        assert.equal(parseService(key, bad, 0n, silentLogger), undefined, bad);
      }
    });

    it('a key with bad JSON is no name: NXDOMAIN, and its neighbours answer', () => {
      const zone = zoneOf({
        'bad.skydns.test.': '{"host":',
        'good.skydns.test.': { host: '10.0.0.1' },
      });
      assert.equal((ask(zone, 'bad.skydns.test.', 'A') as Printed).rcode, 'NXDOMAIN');
      assert.deepEqual(answers(ask(zone, 'good.skydns.test.', 'A')), [
        'good.skydns.test. 3600 IN A 10.0.0.1',
      ]);
    });
  });

  describe('A and AAAA', function () {
    it('a leaf gives its address, in the case it was asked', () => {
      assert.deepEqual(ask(fixture, '104.server1.DEVELOPMENT.region1.skydns.test', 'A'), {
        rcode: 'NOERROR',
        aa: true,
        answer: ['104.server1.DEVELOPMENT.region1.skydns.test. 3600 IN A 10.0.0.1'],
        authority: [],
        additional: [],
      });
      assert.deepEqual(
        answers(ask(fixture, '105.server2.production.region2.skydns.test.', 'AAAA')),
        ['105.server2.production.region2.skydns.test. 3600 IN AAAA 2001::8:8:8:8'],
      );
    });

    it('a name gives every address at or below it; one IP under two keys is one A', () => {
      assert.deepEqual(answers(ask(fixture, 'ipaddr.skydns.test.', 'A')), [
        'ipaddr.skydns.test. 3600 IN A 172.16.1.1',
        'ipaddr.skydns.test. 3600 IN A 172.16.1.2',
      ]);
      assert.deepEqual(answers(ask(fixture, 'multiport.skydns.test.', 'A')), [
        'multiport.skydns.test. 3600 IN A 10.1.1.1',
      ]);
    });

    it('a wrong family is NODATA with the SOA; a name that is not there is NXDOMAIN', () => {
      assert.deepEqual(ask(fixture, '105.server2.production.region2.skydns.test.', 'A'), {
        rcode: 'NOERROR',
        aa: true,
        answer: [],
        authority: [soa],
        additional: [],
      });
      assert.deepEqual(ask(fixture, 'nothere.skydns.test.', 'A'), {
        rcode: 'NXDOMAIN',
        aa: true,
        answer: [],
        authority: [soa],
        additional: [],
      });
      // The name must match on label boundaries: "kydns.test." is not in the zone.
      assert.equal(ask(fixture, 'ipaddr.kydns.test.', 'A'), 'forward');
    });
  });

  describe('CNAME', function () {
    it('a host that is an in-zone name: the CNAME, then its addresses', () => {
      assert.deepEqual(answers(ask(fixture, 'alias.skydns.test.', 'A')), [
        'alias.skydns.test. 3600 IN CNAME ipaddr.skydns.test.',
        'ipaddr.skydns.test. 3600 IN A 172.16.1.1',
        'ipaddr.skydns.test. 3600 IN A 172.16.1.2',
      ]);
    });

    it('a host outside the zone: the CNAME, and the target for the server to resolve', () => {
      const r = resolve(
        fixture,
        { name: 'cname.skydns.test.', type: RRType.A, class: classIN },
        settings,
        {
          nowMs,
          leaseRemaining: () => undefined,
        },
      );
      assert.ok(r.kind === 'answer');
      assert.deepEqual(r.answer.map(formatRecord), [
        'cname.skydns.test. 3600 IN CNAME www.miek.nl.',
      ]);
      assert.equal(r.externalTarget, 'www.miek.nl.');
    });

    it('a chain ending nowhere, a loop, or one longer than 8 ends as NODATA', () => {
      const zone = zoneOf({
        'dangling.skydns.test.': { host: 'missing.skydns.test' },
        'self.skydns.test.': { host: 'self.skydns.test' },
        'ping.skydns.test.': { host: 'pong.skydns.test' },
        'pong.skydns.test.': { host: 'ping.skydns.test' },
        ...Object.fromEntries(
          Array.from({ length: 10 }, (_, i) => [
            `c${i}.skydns.test.`,
            { host: `c${i + 1}.skydns.test` },
          ]),
        ),
        'c10.skydns.test.': { host: '10.0.0.10' },
        'c3.skydns.test.': { host: 'c4.skydns.test' },
      });
      for (const name of ['dangling', 'self', 'ping', 'c0']) {
        assert.deepEqual(
          ask(zone, `${name}.skydns.test.`, 'A'),
          {
            rcode: 'NOERROR',
            aa: true,
            answer: [],
            authority: [soa],
            additional: [],
          },
          name,
        );
      }
      // Seven CNAMEs are within the limit.
      assert.equal(answers(ask(zone, 'c3.skydns.test.', 'A')).length, 8);
    });

    it("qtype CNAME gives the leaf's CNAME only; a directory or an address is NODATA", () => {
      assert.deepEqual(answers(ask(fixture, 'alias.skydns.test.', 'CNAME')), [
        'alias.skydns.test. 3600 IN CNAME ipaddr.skydns.test.',
      ]);
      assert.deepEqual(answers(ask(fixture, 'ipaddr.skydns.test.', 'CNAME')), []);
      assert.deepEqual(answers(ask(fixture, 'plain.skydns.test.', 'CNAME')), []);
      assert.equal((ask(fixture, 'none.skydns.test.', 'CNAME') as Printed).rcode, 'NXDOMAIN');
    });
  });

  describe('SRV', function () {
    it("targets: a name host is the target, an IP host gets the key's name with the A as glue", () => {
      assert.deepEqual(ask(fixture, 'region1.skydns.test.', 'SRV'), {
        rcode: 'NOERROR',
        aa: true,
        answer: [
          // dev.server1 three times with the same port: one SRV after dedup (SkyDNS).
          'region1.skydns.test. 3600 IN SRV 10 50 8080 dev.server1.',
          'region1.skydns.test. 3600 IN SRV 10 50 0 104.server1.development.region1.skydns.test.',
        ],
        authority: [],
        additional: ['104.server1.development.region1.skydns.test. 3600 IN A 10.0.0.1'],
      });
      assert.deepEqual(answers(ask(fixture, 'priority.skydns.test.', 'SRV')), [
        'priority.skydns.test. 3600 IN SRV 333 100 0 server1.',
      ]);
    });

    it('weights: per priority, the share of 100, floored (130/80/150 -> 36/22/41)', () => {
      const zone = zoneOf({
        'a.w.skydns.test.': { host: '10.0.0.1', weight: 130, priority: 10 },
        'b.w.skydns.test.': { host: '10.0.0.2', weight: 80, priority: 10 },
        'c.w.skydns.test.': { host: '10.0.0.3', weight: 150, priority: 10 },
        'd.w.skydns.test.': { host: '10.0.0.4', weight: 80, priority: 30 },
        'a.even.skydns.test.': { host: '10.0.1.1' },
        'b.even.skydns.test.': { host: '10.0.1.2' },
        'c.even.skydns.test.': { host: '10.0.1.3' },
      });
      assert.deepEqual(
        answers(ask(zone, 'w.skydns.test.', 'SRV')).map((a) => a.split(' ').slice(4, 6).join(' ')),
        ['10 36', '10 22', '10 41', '30 100'],
      );
      assert.deepEqual(
        answers(ask(zone, 'even.skydns.test.', 'SRV')).map((a) => a.split(' ')[5]),
        ['33', '33', '33'],
      );
    });

    it('targetstrip takes labels off the target; the glue follows it', () => {
      const zone = zoneOf({
        'x.bar.skydns.test.': { host: '10.0.0.1', port: 80, targetstrip: 1 },
        'y.bar.skydns.test.': { host: 'a.b.example.org', port: 81, targetstrip: 2 },
      });
      assert.deepEqual(ask(zone, 'bar.skydns.test.', 'SRV'), {
        rcode: 'NOERROR',
        aa: true,
        answer: [
          'bar.skydns.test. 3600 IN SRV 10 50 80 bar.skydns.test.',
          'bar.skydns.test. 3600 IN SRV 10 50 81 example.org.',
        ],
        authority: [],
        additional: ['bar.skydns.test. 3600 IN A 10.0.0.1'],
      });
    });

    it('an in-zone name host gets its A and AAAA (through CNAMEs) as glue', () => {
      const zone = zoneOf({
        'srv.skydns.test.': { host: 'box.skydns.test', port: 53 },
        'v4.box.skydns.test.': { host: '10.0.0.7' },
        'v6.box.skydns.test.': { host: '2001::7' },
      });
      assert.deepEqual(ask(zone, 'srv.skydns.test.', 'SRV'), {
        rcode: 'NOERROR',
        aa: true,
        answer: ['srv.skydns.test. 3600 IN SRV 10 100 53 box.skydns.test.'],
        authority: [],
        additional: [
          'box.skydns.test. 3600 IN A 10.0.0.7',
          'box.skydns.test. 3600 IN AAAA 2001::7',
        ],
      });
    });
  });

  describe('MX, TXT, NS, SOA, PTR', function () {
    it('MX only for services with mail; the preference is the priority; glue', () => {
      assert.deepEqual(ask(fixture, 'mail.skydns.test.', 'MX'), {
        rcode: 'NOERROR',
        aa: true,
        answer: ['mail.skydns.test. 3600 IN MX 5 mx.skydns.test.'],
        authority: [],
        additional: ['mx.skydns.test. 3600 IN A 10.9.9.9'],
      });
      assert.deepEqual(answers(ask(fixture, 'plain.skydns.test.', 'MX')), []);
    });

    it('TXT: text split into 255-octet strings; none without text', () => {
      assert.deepEqual(answers(ask(fixture, 'txt.skydns.test.', 'TXT')), [
        'txt.skydns.test. 3600 IN TXT "abc"',
      ]);
      assert.deepEqual(answers(ask(fixture, 'plain.skydns.test.', 'TXT')), []);
      assert.deepEqual(
        [255, 256, 510, 511].map((n) => splitText('x'.repeat(n)).map((s) => s.length)),
        [[255], [255, 1], [255, 255], [255, 255, 1]],
      );
      const zone = zoneOf({ 'long.skydns.test.': { text: 'y'.repeat(600) } });
      assert.match(
        answers(ask(zone, 'long.skydns.test.', 'TXT'))[0]!,
        /^long\.skydns\.test\. 3600 IN TXT "y{255}" "y{255}" "y{90}"$/,
      );
    });

    it('NS at the apex from ns.dns (IP hosts only), with glue; NS below the apex is NODATA', () => {
      assert.deepEqual(ask(fixture, 'SKYDNS.test.', 'NS'), {
        rcode: 'NOERROR',
        aa: true,
        answer: [
          'SKYDNS.test. 3600 IN NS a.dns.ns.dns.skydns.test.',
          'SKYDNS.test. 3600 IN NS b.dns.ns.dns.skydns.test.',
        ],
        authority: [],
        additional: [
          'a.dns.ns.dns.skydns.test. 3600 IN A 10.0.0.53',
          'b.dns.ns.dns.skydns.test. 3600 IN AAAA 2001::53',
        ],
      });
      assert.deepEqual(ask(fixture, 'ipaddr.skydns.test.', 'NS'), {
        rcode: 'NOERROR',
        aa: true,
        answer: [],
        authority: [soa],
        additional: [],
      });
      assert.equal((ask(fixture, 'nothere.skydns.test.', 'NS') as Printed).rcode, 'NXDOMAIN');
    });

    it('SOA at the apex; other types are NODATA or NXDOMAIN by the name', () => {
      assert.deepEqual(answers(ask(fixture, 'skydns.test.', 'SOA')), [
        soa.replace(' 60 IN', ' 3600 IN'),
      ]);
      assert.equal((ask(fixture, 'ipaddr.skydns.test.', 'SOA') as Printed).rcode, 'NOERROR');
      const hinfo = (name: string): Printed =>
        print(
          resolve(fixture, { name, type: 13, class: classIN }, settings, {
            nowMs,
            leaseRemaining: () => undefined,
          }) as Answer,
        );
      assert.equal(hinfo('skydns.test.').rcode, 'NOERROR');
      assert.equal(hinfo('nothere.skydns.test.').rcode, 'NXDOMAIN');
    });

    it('PTR from /skydns/arpa (not authoritative, as SkyDNS); a miss goes upstream', () => {
      assert.deepEqual(ask(fixture, '1.0.0.10.IN-ADDR.ARPA.', 'PTR'), {
        rcode: 'NOERROR',
        aa: false,
        answer: ['1.0.0.10.IN-ADDR.ARPA. 3600 IN PTR reverse.example.org.'],
        authority: [],
        additional: [],
      });
      assert.equal(ask(fixture, '2.0.0.10.in-addr.arpa.', 'PTR'), 'forward');
    });
  });

  describe('wildcards, groups, TTLs, refusals', function () {
    it('* and any stand for one label, anywhere; deeper keys match too', () => {
      const names = (name: string, type: keyof typeof RRType = 'A'): string[] =>
        answers(ask(fixture, name, type)).map((a) => a.split(' ').slice(3).join(' '));
      // 103 is a CNAME (to a name outside the zone), 106 an address, 105 has no A.
      assert.deepEqual(names('*.region2.skydns.test.'), ['CNAME dev.server1.', 'A 10.0.0.2']);
      assert.deepEqual(names('*.*.production.*.skydns.test.', 'AAAA'), [
        'CNAME dev.server1.',
        'AAAA 2001::8:8:8:8',
      ]);
      assert.deepEqual(names('any.server2.production.any.skydns.test.', 'AAAA'), [
        'CNAME dev.server1.',
        'AAAA 2001::8:8:8:8',
      ]);
      assert.deepEqual(names('106.any.skydns.test.'), []);
      // The owner keeps the wildcard as asked.
      assert.deepEqual(
        answers(ask(fixture, '*.region1.skydns.test.', 'SRV')).map((a) => a.split(' ')[0]),
        ['*.region1.skydns.test.', '*.region1.skydns.test.'],
      );
      assert.equal((ask(fixture, '*.nothere.skydns.test.', 'A') as Printed).rcode, 'NXDOMAIN');
    });

    it('a stored * key is no wildcard record', () => {
      const zone = zoneOf({ '*.wild.skydns.test.': { host: '10.0.0.1' } });
      assert.equal((ask(zone, 'x.wild.skydns.test.', 'A') as Printed).rcode, 'NXDOMAIN');
    });

    it("groups: the shallowest group wins, with the services of no group (msg.Group's cases)", () => {
      const zone = zoneOf({
        'a.dom.skydns.test.': { host: '10.0.0.1', group: 'g1' },
        'b.sub.dom.skydns.test.': { host: '10.0.0.2', group: 'g1' },
        'a.dom1.skydns.test.': { host: '10.0.1.1', group: 'g1' },
        'b.sub.dom1.skydns.test.': { host: '10.0.1.2', group: 'g2' },
        'a.dom2.skydns.test.': { host: '10.0.2.1', group: 'g1' },
        'b.sub.dom2.skydns.test.': { host: '10.0.2.2' },
        'a.dom3.skydns.test.': { host: '10.0.3.1', group: 'g1' },
        'b.dom3.skydns.test.': { host: '10.0.3.2', group: 'g2' },
      });
      const addresses = (name: string): string[] =>
        answers(ask(zone, name, 'A')).map((a) => a.split(' ')[4]!);
      assert.deepEqual(addresses('dom.skydns.test.'), ['10.0.0.1', '10.0.0.2']);
      assert.deepEqual(addresses('dom1.skydns.test.'), ['10.0.1.1']);
      assert.deepEqual(addresses('dom2.skydns.test.'), ['10.0.2.1', '10.0.2.2']);
      assert.deepEqual(addresses('dom3.skydns.test.'), ['10.0.3.1', '10.0.3.2']);
    });

    it("TTL: the record's, else the default, and never more than its lease has left", () => {
      const zone = zoneOf(
        {
          'short.skydns.test.': { host: '10.0.0.1', ttl: 30 },
          'leased.skydns.test.': { host: '10.0.0.2', ttl: 300 },
          'fresh.skydns.test.': { host: '10.0.0.3' },
        },
        { 'leased.skydns.test.': 7n, 'fresh.skydns.test.': 8n },
      );
      const left = (lease: bigint): number | undefined => (lease === 7n ? 12 : undefined);
      assert.deepEqual(answers(ask(zone, 'short.skydns.test.', 'A', left)), [
        'short.skydns.test. 30 IN A 10.0.0.1',
      ]);
      assert.deepEqual(answers(ask(zone, 'leased.skydns.test.', 'A', left)), [
        'leased.skydns.test. 12 IN A 10.0.0.2',
      ]);
      // A lease not asked about yet: 0, do not cache.
      assert.deepEqual(answers(ask(zone, 'fresh.skydns.test.', 'A', left)), [
        'fresh.skydns.test. 0 IN A 10.0.0.3',
      ]);
      // Several records in one answer all get the smallest TTL.
      assert.deepEqual(answers(ask(zone, 'skydns.test.', 'A', left)), [
        'skydns.test. 0 IN A 10.0.0.3',
        'skydns.test. 0 IN A 10.0.0.2',
        'skydns.test. 0 IN A 10.0.0.1',
      ]);
    });

    it('ANY and classes other than IN are REFUSED, not authoritative', () => {
      assert.deepEqual(ask(fixture, 'ipaddr.skydns.test.', 'ANY'), {
        rcode: 'REFUSED',
        aa: false,
        answer: [],
        authority: [],
        additional: [],
      });
      const chaos = resolve(
        fixture,
        { name: 'version.bind.', type: RRType.TXT, class: 3 },
        settings,
        {
          nowMs,
          leaseRemaining: () => undefined,
        },
      );
      assert.equal((chaos as Answer).rcode, Rcode.REFUSED);
    });

    it('names outside the domain are forwarded', () => {
      assert.equal(ask(fixture, 'www.example.org.', 'A'), 'forward');
      assert.equal(ask(fixture, 'test.', 'A'), 'forward');
    });
  });

  describe('/skydns/config', function () {
    it('overrides the flags field by field; a bad field is ignored', () => {
      const merged = dnsSettings(
        { domain: 'skydns.local.', nameservers: ['10.0.0.1'] },
        {
          domain: 'Cluster.Example.',
          ttl: 30,
          min_ttl: 5,
          hostmaster: 'ops@example.org',
          nameservers: ['[2001::1]:5353', '8.8.8.8:53'],
          no_rec: true,
          dns_addr: 'ignored:53',
          priority: 'x',
        },
        silentLogger,
      );
      assert.deepEqual(merged, {
        domain: 'cluster.example.',
        hostmaster: 'ops.example.org.',
        ttl: 30,
        minTtl: 5,
        priority: 10,
        nameservers: [
          { host: '2001::1', port: 5353 },
          { host: '8.8.8.8', port: 53 },
        ],
        recursion: false,
      });
      assert.deepEqual(
        dnsSettings(
          { domain: 'a.', nameservers: [] },
          { ttl: -1, nameservers: ['dns.example'] },
          silentLogger,
        ).ttl,
        3600,
      );
      assert.throws(
        () => dnsSettings({ domain: 'a.', nameservers: ['dns.example'] }, undefined, silentLogger),
        /not an IP address/,
      );
    });
  });
});
