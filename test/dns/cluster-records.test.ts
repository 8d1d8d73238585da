// The names and values of the records the scheduler publishes for machines and units.
import assert from 'node:assert/strict';
import { ClusterRecords, unitLabels } from '../../src/dns/cluster-records.js';
import { nameOfKey, parseService } from '../../src/dns/records.js';
import { createLogger } from '../../src/util/log.js';

const machineId = '3F2A9C1B0d4e4f5a8b6c7d8e9f0a1b2c';

describe('dns: cluster records', () => {
  const records = new ClusterRecords('Cluster.Test.');

  it('names units as SkyDNS names services: instance first, type suffix gone', () => {
    assert.deepEqual(unitLabels('nginx@80.service'), ['80', 'nginx']);
    assert.deepEqual(unitLabels('db.service'), ['db']);
    assert.deepEqual(unitLabels('Web_App@a.b.service'), ['a', 'b', 'web_app']);
    // Names that make no DNS labels get no record rather than a wrong one.
    assert.equal(unitLabels('foo@.service'), undefined);
    assert.equal(unitLabels('a\\x2db:c.service'), undefined);
    assert.equal(unitLabels(`${'x'.repeat(64)}.service`), undefined);
  });

  it("a machine's record is its ID prefix under machines.<domain>", () => {
    const r = records.machine(machineId, '10.0.0.5');
    assert.equal(r.key, '/skydns/test/cluster/machines/3f2a9c1b');
    assert.equal(nameOfKey(r.key), '3f2a9c1b.machines.cluster.test.');
    assert.deepEqual(JSON.parse(r.value), { host: '10.0.0.5' });
  });

  it('a unit without ports is one A; with ports one SRV record per host port', () => {
    assert.deepEqual(records.unit('nginx@80.service', machineId, '10.0.0.5', []), [
      {
        key: '/skydns/test/cluster/units/nginx/80/3f2a9c1b',
        value: '{"host":"10.0.0.5"}',
      },
    ]);
    const withPorts = records.unit('web.service', machineId, '10.0.0.5', [8080, 8443, 8080]);
    assert.deepEqual(
      withPorts.map((r) => nameOfKey(r.key)),
      ['3f2a9c1b-8080.web.units.cluster.test.', '3f2a9c1b-8443.web.units.cluster.test.'],
    );
    const logger = createLogger('error');
    const parsed = withPorts.map((r) => parseService(r.key, r.value, 0n, logger));
    assert.deepEqual(
      parsed.map((s) => [s?.host, s?.port]),
      [
        ['10.0.0.5', 8080],
        ['10.0.0.5', 8443],
      ],
    );
    assert.deepEqual(records.unit('foo@.service', machineId, '10.0.0.5', [80]), []);
  });
});
