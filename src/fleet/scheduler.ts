// Placement, pure: which machines may run a unit (fleet's AbleToRun: MachineID, MachineMetadata,
// MachineOf, Conflicts, Replaces) and which of them gets it (the least loaded, ties to the lower
// machine ID). The engine keeps one ClusterView per reconcile and updates it with each decision,
// so later decisions in the same pass see the new load, as fleet's engine does.
import type { JobState } from './records.js';
import { globMatch } from './glob.js';
import { conflictsWith, matchesMetadata, type Requirements } from './x-fleet.js';

export interface ScheduledUnit {
  name: string;
  requirements: Requirements;
  desiredState: JobState;
}

export interface MachineView {
  id: string;
  metadata: Record<string, string>;
}

/** Why a unit cannot run on a machine, or which units it displaces there (Replaces). */
export type Eligibility = { ok: true; displaces: string[] } | { ok: false; reason: string };

/** fleet's MatchID: the full machine ID or its first 8 characters. */
export function machineIdMatches(machineId: string, wanted: string): boolean {
  return machineId === wanted || (wanted.length === 8 && machineId.startsWith(wanted));
}

export class ClusterView {
  private readonly machines = new Map<string, MachineView>();
  private readonly units = new Map<string, ScheduledUnit>();
  /** Unit name -> machine ID, for non-global units with a machine. */
  private readonly placement = new Map<string, string>();
  /** Machine ID -> names of the non-global units placed there. */
  private readonly onMachine = new Map<string, Set<string>>();
  /**
   * Machine ID -> its placed units with Conflicts=: the only ones that can refuse a unit that has
   * no Conflicts= and no Replaces= of its own, so that such a unit is weighed in constant time.
   */
  private readonly conflictingOn = new Map<string, Set<string>>();
  /** Machine ID -> how many of its placed units are not inactive (its load, globals aside). */
  private readonly placedLoad = new Map<string, number>();
  /** Machine ID -> the global units that run there (fixed for the view's life). */
  private readonly globalsOn = new Map<string, ScheduledUnit[]>();

  constructor(machines: Iterable<MachineView>, units: Iterable<ScheduledUnit>) {
    for (const u of units) this.units.set(u.name, u);
    const globals = [...this.units.values()].filter(
      (u) => u.requirements.global && u.desiredState !== 'inactive',
    );
    for (const m of machines) {
      this.machines.set(m.id, m);
      this.onMachine.set(m.id, new Set());
      this.conflictingOn.set(m.id, new Set());
      this.placedLoad.set(m.id, 0);
      this.globalsOn.set(
        m.id,
        globals.filter((g) => this.globalRunsOn(g, m)),
      );
    }
  }

  get machineIds(): string[] {
    return [...this.machines.keys()].sort();
  }

  hasMachine(id: string): boolean {
    return this.machines.has(id);
  }

  unit(name: string): ScheduledUnit | undefined {
    return this.units.get(name);
  }

  machineOf(name: string): string | undefined {
    return this.placement.get(name);
  }

  /** Records that `name` runs on `machineId` (a machine not in the view is ignored). */
  place(name: string, machineId: string): void {
    this.unplace(name);
    const set = this.onMachine.get(machineId);
    if (!set) return;
    set.add(name);
    this.placement.set(name, machineId);
    this.count(name, machineId, 1);
  }

  unplace(name: string): void {
    const at = this.placement.get(name);
    if (at === undefined) return;
    this.onMachine.get(at)?.delete(name);
    this.placement.delete(name);
    this.count(name, at, -1);
  }

  private count(name: string, machineId: string, delta: 1 | -1): void {
    // A placement whose job is gone (the pass unschedules it) still loads the machine until then.
    const u = this.units.get(name);
    if (u?.desiredState === 'inactive') return;
    this.placedLoad.set(machineId, (this.placedLoad.get(machineId) ?? 0) + delta);
    if (!u || u.requirements.conflicts.length === 0) return;
    if (delta > 0) this.conflictingOn.get(machineId)?.add(name);
    else this.conflictingOn.get(machineId)?.delete(name);
  }

  /**
   * The units on the machine that may refuse or be displaced by `unit`: every non-inactive unit
   * placed there and every global unit running there; only those with Conflicts= when `unit`
   * itself has neither Conflicts= nor Replaces=.
   */
  private *neighboursOf(unit: ScheduledUnit, machineId: string): Generator<ScheduledUnit> {
    const { conflicts, replaces } = unit.requirements;
    const all = conflicts.length > 0 || replaces.length > 0;
    const names = all ? this.onMachine.get(machineId) : this.conflictingOn.get(machineId);
    for (const name of names ?? []) {
      const u = this.units.get(name);
      if (u && u.desiredState !== 'inactive') yield u;
    }
    for (const g of this.globalsOn.get(machineId) ?? [])
      if (all || g.requirements.conflicts.length > 0) yield g;
  }

  /** A global unit runs on every machine whose metadata it matches. */
  globalRunsOn(unit: ScheduledUnit, machine: MachineView): boolean {
    return matchesMetadata(unit.requirements, machine.metadata);
  }

  /** fleet's load: units placed there (not inactive) plus the global units that run there. */
  load(machineId: string): number {
    return (this.globalsOn.get(machineId)?.length ?? 0) + (this.placedLoad.get(machineId) ?? 0);
  }

  /** Whether `unit` may run on the machine, leaving aside its own current placement. */
  eligibility(unit: ScheduledUnit, machineId: string): Eligibility {
    const machine = this.machines.get(machineId);
    if (!machine) return { ok: false, reason: `machine ${machineId} is not in the cluster` };
    const req = unit.requirements;
    if (req.machineId !== undefined && !machineIdMatches(machineId, req.machineId))
      return { ok: false, reason: `unit requires machine ${req.machineId}` };
    if (!matchesMetadata(req, machine.metadata))
      return { ok: false, reason: 'machine metadata does not match MachineMetadata' };
    for (const peer of req.machineOf) {
      const peerUnit = this.units.get(peer);
      if (
        this.placement.get(peer) !== machineId ||
        !peerUnit ||
        peerUnit.desiredState === 'inactive'
      )
        return { ok: false, reason: `required peer ${peer} is not scheduled here` };
    }
    const displaces: string[] = [];
    for (const other of this.neighboursOf(unit, machineId)) {
      if (other.name === unit.name) continue;
      if (conflictsWith(unit.name, req, other.name, other.requirements))
        return { ok: false, reason: `conflicts with ${other.name}` };
      if (
        !other.requirements.global &&
        req.replaces.some((glob) => globMatch(glob, other.name)) &&
        // Units that replace each other: fleet ignores the option for both.
        !other.requirements.replaces.some((glob) => globMatch(glob, unit.name))
      )
        displaces.push(other.name);
    }
    return { ok: true, displaces };
  }

  /**
   * The machine for `unit`: of the machines it may run on (none in `avoid`), the least loaded,
   * ties to the lower machine ID. Undefined when none may run it.
   */
  decide(unit: ScheduledUnit, avoid: ReadonlySet<string> = new Set()): string | undefined {
    const candidates = this.machineIds
      .filter((id) => !avoid.has(id))
      .map((id) => ({ id, load: this.load(id) }))
      .sort((a, b) => a.load - b.load || (a.id < b.id ? -1 : 1));
    return candidates.find((c) => this.eligibility(unit, c.id).ok)?.id;
  }
}
