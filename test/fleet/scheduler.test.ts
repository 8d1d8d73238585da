// Placement decisions, pure: each [X-Fleet] option as a filter, least-loaded ranking with ties to
// the lower machine ID, MachineOf chains, Global units in the load, Replaces.
import assert from 'node:assert/strict';
import type { JobState } from '../../src/fleet/records.js';
import { ClusterView, machineIdMatches, type ScheduledUnit } from '../../src/fleet/scheduler.js';
import { UnitFile } from '../../src/fleet/unit-file.js';
import { requirementsOf } from '../../src/fleet/x-fleet.js';

function unit(name: string, xFleet = '', desiredState: JobState = 'launched'): ScheduledUnit {
  const file = UnitFile.parse(`[Service]\nExecStart=/bin/true\n\n[X-Fleet]\n${xFleet}\n`);
  return { name, requirements: requirementsOf(name, file), desiredState };
}

const a = 'a'.repeat(32);
const b = 'b'.repeat(32);
const c = 'c'.repeat(32);
const machines = (meta: Record<string, Record<string, string>> = {}) =>
  [a, b, c].map((id) => ({ id, metadata: meta[id] ?? {} }));

/** Places units one after the other, as one engine pass does; returns name -> machine. */
function placeAll(view: ClusterView, units: ScheduledUnit[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const u of units) {
    const m = view.decide(u);
    if (m !== undefined) view.place(u.name, m);
    out[u.name] = m;
  }
  return out;
}

describe('fleet: scheduler', function () {
  it('least loaded first, ties to the lower machine ID', function () {
    const units = ['u1', 'u2', 'u3', 'u4'].map((n) => unit(`${n}.service`));
    const view = new ClusterView(machines(), units);
    assert.deepEqual(placeAll(view, units), {
      'u1.service': a,
      'u2.service': b,
      'u3.service': c,
      'u4.service': a,
    });
  });

  it('inactive units do not count towards load', function () {
    const idle = unit('idle.service', '', 'inactive');
    const busy = unit('busy.service');
    const view = new ClusterView(machines(), [idle, busy]);
    view.place(idle.name, a);
    assert.equal(view.load(a), 0);
    assert.equal(view.decide(busy), a);
  });

  it('MachineID: the full ID or its 8-character short form; an absent machine leaves it unscheduled', function () {
    assert.ok(machineIdMatches(b, b));
    assert.ok(machineIdMatches(b, b.slice(0, 8)));
    assert.ok(!machineIdMatches(b, b.slice(0, 7)));
    const view = new ClusterView(machines(), []);
    assert.equal(view.decide(unit('x.service', `MachineID=${c}`)), c);
    assert.equal(view.decide(unit('y.service', `MachineID=${c.slice(0, 8)}`)), c);
    assert.equal(view.decide(unit('z.service', `MachineID=${'d'.repeat(32)}`)), undefined);
  });

  it('MachineMetadata: AND across keys, OR within a key, a missing key fails', function () {
    const meta = {
      [a]: { region: 'east', disk: 'ssd' },
      [b]: { region: 'west', disk: 'ssd' },
      [c]: { region: 'west' },
    };
    const view = new ClusterView(machines(meta), []);
    assert.equal(view.decide(unit('w.service', 'MachineMetadata=region=west')), b);
    const both = unit('s.service', 'MachineMetadata=region=west\nMachineMetadata=disk=ssd');
    assert.equal(view.decide(both), b);
    const either = unit('e.service', 'MachineMetadata="region=east" "region=north"');
    assert.equal(view.decide(either), a);
    assert.equal(view.decide(unit('n.service', 'MachineMetadata=gpu=yes')), undefined);
    assert.deepEqual(view.eligibility(both, c), {
      ok: false,
      reason: 'machine metadata does not match MachineMetadata',
    });
  });

  it('Conflicts: symmetric globs, never with itself; the seed spreads one nginx per machine', function () {
    const nginx = [1, 2, 3, 4].map((i) =>
      unit(`nginx@${i}.service`, 'X-Conflicts=nginx@*.service'),
    );
    const view = new ClusterView(machines(), nginx);
    assert.deepEqual(placeAll(view, nginx), {
      'nginx@1.service': a,
      'nginx@2.service': b,
      'nginx@3.service': c,
      'nginx@4.service': undefined,
    });
    // The other direction: a unit with no Conflicts of its own may not join a unit whose glob
    // matches it.
    const plain = unit('db.service');
    const guard = unit('guard.service', 'Conflicts=db.*');
    const v2 = new ClusterView(machines(), [plain, guard]);
    v2.place(guard.name, a);
    v2.place('other', b);
    assert.equal(v2.eligibility(plain, a).ok, false);
    assert.equal(v2.decide(plain), c);
  });

  it('MachineOf: only next to a scheduled, not inactive peer; chains follow in order', function () {
    const leader = unit('app.service');
    const follower = unit('app-log.service', 'MachineOf=app.service');
    const second = unit('app-metrics.service', 'MachineOf=app-log.service');
    const view = new ClusterView(machines(), [leader, follower, second]);
    assert.equal(view.decide(follower), undefined, 'no peer yet');
    view.place('busy-a', a);
    const placed = placeAll(view, [leader, follower, second]);
    // The leader goes to the least loaded machine; the chain follows it there.
    assert.deepEqual(placed, {
      'app.service': b,
      'app-log.service': b,
      'app-metrics.service': b,
    });
    const inactivePeer = unit('peer.service', '', 'inactive');
    const v2 = new ClusterView(machines(), [
      inactivePeer,
      unit('f.service', 'MachineOf=peer.service'),
    ]);
    v2.place(inactivePeer.name, b);
    assert.equal(v2.decide(v2.unit('f.service')!), undefined);
  });

  it('Global units count towards the load of every machine they match', function () {
    const global = unit('monitor.service', 'Global=true\nMachineMetadata=role=worker');
    const meta = { [a]: { role: 'worker' }, [b]: { role: 'worker' }, [c]: { role: 'db' } };
    const view = new ClusterView(machines(meta), [global]);
    assert.equal(view.load(a), 1);
    assert.equal(view.load(c), 0);
    assert.equal(view.decide(unit('x.service')), c);
    // and they conflict like any other unit there
    const conflicting = unit('y.service', 'Conflicts=monitor.service');
    assert.equal(view.decide(conflicting), c);
  });

  it('Replaces: the unit may go where the replaced one runs, which is displaced', function () {
    const old = unit('old.service');
    const next = unit('new.service', 'Replaces=old.service');
    const view = new ClusterView(machines(), [old, next]);
    view.place(old.name, a);
    view.place('x', b);
    view.place('y', c);
    const e = view.eligibility(next, a);
    assert.deepEqual(e, { ok: true, displaces: ['old.service'] });
    // Units replacing each other: the option is ignored for both.
    const p = unit('p.service', 'Replaces=q.service');
    const q = unit('q.service', 'Replaces=p.service');
    const v2 = new ClusterView(machines(), [p, q]);
    v2.place(q.name, a);
    assert.deepEqual(v2.eligibility(p, a), { ok: true, displaces: [] });
  });

  it('a machine to avoid is passed over', function () {
    const u = unit('u.service');
    const view = new ClusterView(machines(), [u]);
    assert.equal(view.decide(u, new Set([a])), b);
  });
});
