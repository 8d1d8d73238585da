// fleetpb.Fleet as a program uses it: one clusterd machine on Debian's etcd, its API found in its
// machine record. Submit, desired states, a watch of unit states, refusals with gRPC codes,
// journal, destroy.
import assert from 'node:assert/strict';
import { Client, credentials, status, type ServiceError } from '@grpc/grpc-js';
import { fleetService } from '../../src/fleet/api-service.js';
import type { fleetpb } from '../../src/gen/etcd.js';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { clusterdCommand } from '../setup.js';
import { eventually, testClient } from '../helpers/client.js';
import { type FleetCluster, fleetctl, startExternalFleet } from '../helpers/fleet.js';

type Method = (typeof fleetService)[keyof typeof fleetService];

describe('fleet: the gRPC API (Debian etcd)', function () {
  this.timeout(60_000);
  let fleet: FleetCluster | undefined;
  let api: Client | undefined;

  function call<Res>(m: Method, request: object): Promise<Res> {
    return new Promise((resolve, reject) => {
      api!.makeUnaryRequest(
        m.path,
        m.requestSerialize,
        m.responseDeserialize as (b: Buffer) => Res,
        request,
        (err, value) => {
          if (err) reject(err);
          else resolve(value!);
        },
      );
    });
  }

  before(async function () {
    fleet = await startExternalFleet(1, '5s');
  });

  after(async function () {
    api?.close();
    await fleet?.stop();
  });

  it('serves the registry and the watch of unit states', async function () {
    // The API address is in the machine record, as fleetctl finds it.
    const etcd = testClient([fleet!.endpoint()]);
    let apiUrl = '';
    try {
      await eventually(async () => {
        const record = await etcd.kv.get('/_coreos.com/fleet/machines/', { prefix: true });
        if (record.kvs.length === 0) return false;
        apiUrl = (JSON.parse(record.kvs[0]!.value.toString()) as { apiUrl: string }).apiUrl;
        return true;
      }, 15_000);
    } finally {
      await etcd.close();
    }
    api = new Client(apiUrl.replace('http://', ''), credentials.createInsecure());

    const machines = await call<fleetpb.ListMachinesResponse>(fleetService.ListMachines, {});
    assert.equal(machines.machines.length, 1);
    assert.equal(machines.machines[0]!.apiUrl, apiUrl);

    const events: fleetpb.UnitStateEvent[] = [];
    const m = fleetService.WatchUnitStates;
    const watch = api.makeServerStreamRequest(
      m.path,
      m.requestSerialize,
      m.responseDeserialize as (b: Buffer) => fleetpb.UnitStateEvent,
      {},
    );
    watch.on('data', (e: fleetpb.UnitStateEvent) => events.push(e));
    watch.on('error', () => undefined);

    const options = [
      { section: 'Unit', name: 'Description', value: 'by the API' },
      { section: 'Service', name: 'ExecStart', value: '/bin/sh -c "echo up; exec sleep 60"' },
    ];
    const submitted = await call<fleetpb.SubmitResponse>(fleetService.Submit, {
      name: 'api.service',
      options,
      desiredState: 'launched',
    });
    assert.equal(submitted.outcome, 'created');
    assert.match(submitted.hash, /^[0-9a-f]{40}$/);
    await eventually(
      () => events.some((e) => e.state?.name === 'api.service' && e.state.subState === 'running'),
      15_000,
    );
    const units = await call<fleetpb.ListUnitsResponse>(fleetService.ListUnits, {});
    const unit = units.units.find((u) => u.name === 'api.service')!;
    assert.equal(unit.desiredState, 'launched');
    assert.equal(unit.currentState, 'launched');
    assert.equal(unit.machineId, machines.machines[0]!.id);

    const journal = await new Promise<string[]>((resolve, reject) => {
      const j = fleetService.Journal;
      const lines: string[] = [];
      const s = api!.makeServerStreamRequest(
        j.path,
        j.requestSerialize,
        j.responseDeserialize as (b: Buffer) => fleetpb.JournalResponse,
        { name: 'api.service', lines: 5 },
      );
      s.on('data', (r: fleetpb.JournalResponse) => lines.push(...r.lines));
      s.on('end', () => {
        resolve(lines);
      });
      s.on('error', reject);
    });
    assert.ok(
      journal.some((l) => / api\.service\[\d+\]: up$/.test(l)),
      journal.join('\n'),
    );

    await call(fleetService.SetDesiredState, { name: 'api.service', desiredState: 'loaded' });
    await eventually(
      () =>
        events.some((e) => e.state?.name === 'api.service' && e.state.activeState === 'inactive'),
      15_000,
    );
    await call(fleetService.Destroy, { name: 'api.service' });
    await eventually(
      () => events.some((e) => e.deleted && e.state?.name === 'api.service'),
      15_000,
    );
    watch.cancel();
  });

  it('refuses with gRPC codes and fleet’s words', async function () {
    const refused = async (m: Method, request: object): Promise<ServiceError> =>
      (await call(m, request).then(
        () => assert.fail('accepted'),
        (err: unknown) => err,
      )) as ServiceError;
    const badName = await refused(fleetService.Submit, { name: 'nosuffix', options: [] });
    assert.equal(badName.code, status.INVALID_ARGUMENT);
    const badState = await refused(fleetService.SetDesiredState, {
      name: 'x.service',
      desiredState: 'running',
    });
    assert.equal(badState.code, status.INVALID_ARGUMENT);
    assert.equal(badState.details, 'invalid desired state "running"');
    const missing = await refused(fleetService.Destroy, { name: 'missing.service' });
    assert.equal(missing.code, status.NOT_FOUND);
    const matrix = await refused(fleetService.Submit, {
      name: 'y.service',
      options: [
        { section: 'X-Fleet', name: 'MachineID', value: 'abc' },
        { section: 'X-Fleet', name: 'Global', value: 'true' },
      ],
    });
    assert.equal(matrix.code, status.INVALID_ARGUMENT);
    const notHere = await refused(fleetService.UnitStatus, { name: 'elsewhere.service' });
    assert.equal(notHere.code, status.NOT_FOUND);
    assert.equal(notHere.details, 'unit elsewhere.service does not run on this machine');
  });

  it('the binary linked as fleetctl is fleetctl', async function () {
    const dir = await mkdtemp(join(tmpdir(), 'clusterd-fleetctl-'));
    try {
      await symlink(clusterdCommand[1]!, join(dir, 'fleetctl'));
      const run = promisify(execFile);
      const linked = await run(clusterdCommand[0]!, [
        join(dir, 'fleetctl'),
        'list-machines',
        '--endpoint',
        fleet!.endpoint(),
      ]);
      const direct = await fleetctl(fleet!.endpoint(), ['list-machines']);
      assert.equal(linked.stdout, direct.stdout);
      assert.match(linked.stdout, /^MACHINE\t+IP\t+METADATA\n[0-9a-f]{8}\.\.\.\t/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
