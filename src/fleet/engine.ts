// fleet's engine: on the one machine that leads (leader-election.ts), it decides where each unit
// runs. It is level-triggered: every pass reads the whole desired state (jobs), the decisions in
// force (schedule) and the live machines from its informer's cache, and writes what differs.
// Watches and the periodic tick only queue a pass; a pass that fails is queued again with backoff.
//
// One pass, as fleet's reconciler: units whose job went, turned inactive or whose machine went
// away are unscheduled; placed units that may no longer run where they are (metadata, MachineOf,
// Conflicts, Replaces) are unscheduled; a unit that failed too often on one machine is moved off
// it; then every unit without a machine gets the least-loaded eligible one. Global units are not
// placed: they are published under global/ for every machine to decide on.
//
// Writes are batched transactions guarded by the leader key, so a deposed leader changes nothing.
// Until the watch shows them, the pass's own writes are kept in an overlay, so the next pass does
// not place a unit twice.
import type { EtcdClient, TxnOp } from '../client/index.js';
import { op } from '../client/index.js';
import { DisposableStore, type Disposable } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';
import { Informer } from '../client/informer.js';
import { LeaderElection } from './leader-election.js';
import {
  decodeJob,
  decodeMachine,
  decodeSchedule,
  decodeUnitState,
  encodeRecord,
  type JobRecord,
  type RefusalRecord,
  type ScheduleRecord,
} from './records.js';
import { RegistryKeys } from './registry-keys.js';
import { ClusterView, type ScheduledUnit } from './scheduler.js';
import type { UnitCatalog } from './unit-catalog.js';
import { WorkQueue } from '../util/work-queue.js';

export interface EngineOptions {
  client: EtcdClient;
  keys: RegistryKeys;
  catalog: UnitCatalog;
  machineId: string;
  /** fleet's engine_reconcile_interval: a pass at least this often. */
  reconcileIntervalMs: number;
  /** The machines' --agent-ttl, in seconds: the engine's own lease is no longer. */
  agentTtlSeconds: number;
  /** A unit that failed this many runs in a row on one machine is moved to another. */
  failuresBeforeMove: number;
  logger: Logger;
}

/** How long a machine a unit was moved off for failing is avoided for that unit. */
const avoidAfterFailuresMs = 10 * 60_000;
/** Operations per transaction: below etcd's default --max-txn-ops (128). */
const opsPerTxn = 100;
const passKey = 'pass';

export class Engine implements Disposable {
  private readonly disposables = new DisposableStore();
  private readonly election: LeaderElection;
  private readonly queue: WorkQueue;
  private informer: Informer | undefined;
  private leaderDisposables: DisposableStore | undefined;
  /** Key -> [value or undefined for a delete, revision of the write]: writes not yet watched. */
  private readonly overlay = new Map<string, { value: string | undefined; revision: number }>();
  /** Unit -> machine -> until when: machines a unit failed on too often. */
  private readonly avoid = new Map<string, Map<string, number>>();

  constructor(private readonly options: EngineOptions) {
    const log = options.logger;
    this.election = new LeaderElection(
      options.client,
      options.keys.engineLeader,
      options.machineId,
      // fleet: the engine lease is 5 reconcile intervals (10 s by default), so a dead engine is
      // replaced well within a machine's TTL; here never longer than that TTL, or a machine dying
      // with the engine would have its units moved only when the engine's lease ends. Renewed
      // every third of it; 2 s at the least.
      Math.max(
        2,
        Math.min(Math.ceil((5 * options.reconcileIntervalMs) / 1000), options.agentTtlSeconds),
      ),
      log,
    );
    this.queue = new WorkQueue(
      () => this.pass(),
      { baseDelayMs: 200, maxDelayMs: 5000, concurrency: 1 },
      log,
    );
    this.disposables.add(
      this.election.onChange((leading) => {
        void (leading ? this.lead() : this.stopLeading());
      }),
    );
  }

  start(): void {
    this.election.start();
    this.disposables.interval(() => {
      if (this.election.isLeader) this.queue.add(passKey);
    }, this.options.reconcileIntervalMs);
  }

  private async lead(): Promise<void> {
    const d = new DisposableStore();
    this.leaderDisposables = d;
    const informer = new Informer(
      this.options.client,
      this.options.keys.prefix,
      this.options.logger,
    );
    this.informer = informer;
    d.add(informer);
    const keys = this.options.keys;
    d.add(
      informer.onChange(({ key }) => {
        // Of the states machines report, only failure counts concern the engine.
        if (!key.startsWith(keys.states) || this.stateNeedsPass(key)) this.queue.add(passKey);
      }),
    );
    d.add(
      informer.onSynced(() => {
        this.queue.add(passKey);
      }),
    );
    await informer.start().catch((err: unknown) => {
      this.options.logger.warn('fleet: engine could not read the registry', { err });
    });
  }

  /** A state key matters to the engine when it reports failures past the threshold. */
  private stateNeedsPass(key: string): boolean {
    const entry = this.informer?.get(key);
    if (!entry) return false;
    const state = decodeUnitState(entry.value);
    return state !== undefined && state.failures >= this.options.failuresBeforeMove;
  }

  private async stopLeading(): Promise<void> {
    const d = this.leaderDisposables;
    this.leaderDisposables = undefined;
    this.informer = undefined;
    this.overlay.clear();
    await d?.dispose();
  }

  /** The cached value of `key`, with this engine's writes the watch has not shown yet. */
  private read(key: string): string | undefined {
    const informer = this.informer!;
    const pending = this.overlay.get(key);
    if (pending && pending.revision > informer.revision) return pending.value;
    if (pending) this.overlay.delete(key);
    return informer.get(key)?.value;
  }

  private *readPrefix(prefix: string): Generator<[string, string]> {
    const informer = this.informer!;
    const seen = new Set<string>();
    for (const [key] of informer.entries(prefix)) {
      seen.add(key);
      const value = this.read(key);
      if (value !== undefined) yield [key, value];
    }
    for (const [key, pending] of this.overlay) {
      if (!seen.has(key) && key.startsWith(prefix) && pending.value !== undefined) {
        if (pending.revision > informer.revision) yield [key, pending.value];
      }
    }
  }

  /** Whether this engine still leads with the same cache (after an await). */
  private stillLeads(informer: Informer): boolean {
    return this.election.isLeader && this.informer === informer;
  }

  private async pass(): Promise<undefined> {
    const informer = this.informer;
    if (!this.election.isLeader || !informer?.isSynced) return undefined; // never on a cold cache
    const { keys, catalog, logger } = this.options;

    const found: { job: JobRecord; modRevision: number }[] = [];
    // Jobs are fleetctl's: never in this engine's overlay.
    for (const [key, { value, modRevision }] of informer.entries(keys.jobs)) {
      const job = decodeJob(value);
      if (job && key === keys.job(job.name)) found.push({ job, modRevision });
    }
    // Only a job that names no submitter can be refused: the store is asked about auth only then.
    const authEnabled =
      found.some(({ job }) => !job.submittedBy) && (await this.options.client.auth.enabled());
    if (!this.stillLeads(informer)) return undefined;
    const jobs = new Map<string, JobRecord>();
    const refusals = new Map<string, RefusalRecord>();
    for (const { job, modRevision } of found) {
      const reason = authEnabled ? this.refusalOf(job) : undefined;
      if (reason === undefined) jobs.set(job.name, job);
      else refusals.set(job.name, { jobRevision: modRevision, reason });
    }
    await catalog.prefetch([...jobs.values()].map((j) => j.hash));
    if (!this.stillLeads(informer)) return undefined;

    const units: ScheduledUnit[] = [];
    for (const job of jobs.values()) {
      const requirements = catalog.requirements(job.name, job.hash);
      if (requirements)
        units.push({ name: job.name, requirements, desiredState: job.desiredState });
    }
    const machines = [];
    for (const [, value] of this.readPrefix(keys.machines)) {
      const m = decodeMachine(value);
      if (m) machines.push({ id: m.id, metadata: m.metadata });
    }
    const view = new ClusterView(machines, units);
    const writes = new Map<string, string | undefined>();
    const schedule = (name: string, machineId: string, record: ScheduleRecord): void => {
      writes.set(keys.schedule(machineId, name), encodeRecord(record));
      view.place(name, machineId);
    };
    const unschedule = (name: string, machineId: string, reason: string): void => {
      logger.info('fleet: unscheduling unit', { unit: name, machine: machineId, reason });
      writes.set(keys.schedule(machineId, name), undefined);
      if (view.machineOf(name) === machineId) view.unplace(name);
    };

    // The decisions in force, dropping those that no longer hold.
    const placed: [string, string, ScheduleRecord][] = [];
    for (const [key, value] of this.readPrefix(keys.schedules)) {
      const parts = RegistryKeys.split(key, keys.schedules);
      const record = decodeSchedule(value);
      if (!parts) continue;
      const [machineId, name] = parts;
      const job = jobs.get(name);
      const unit = view.unit(name);
      const refusal = refusals.get(name);
      if (refusal) unschedule(name, machineId, refusal.reason);
      else if (!record || !job || !unit) unschedule(name, machineId, 'unit destroyed');
      else if (unit.requirements.global) unschedule(name, machineId, 'unit is global');
      else if (job.desiredState === 'inactive') unschedule(name, machineId, 'unit is inactive');
      else if (!view.hasMachine(machineId))
        unschedule(name, machineId, `target Machine(${machineId}) went away`);
      else if (view.machineOf(name) !== undefined)
        unschedule(name, machineId, 'unit is scheduled on another machine');
      else {
        view.place(name, machineId);
        placed.push([machineId, name, record]);
      }
    }
    // Placed units that may no longer run where they are, or keep failing there.
    const now = Date.now();
    for (const [machineId, name, record] of placed) {
      if (view.machineOf(name) !== machineId) continue;
      const unit = view.unit(name)!;
      const job = jobs.get(name)!;
      const state = decodeUnitState(this.read(keys.state(machineId, name)) ?? '');
      if (state && state.hash === job.hash && state.failures >= this.options.failuresBeforeMove) {
        this.avoidFor(name).set(machineId, now + avoidAfterFailuresMs);
        unschedule(name, machineId, `failed ${state.failures} times in a row there`);
        continue;
      }
      view.unplace(name);
      const eligible = view.eligibility(unit, machineId);
      if (!eligible.ok) {
        unschedule(name, machineId, eligible.reason);
        continue;
      }
      view.place(name, machineId);
      for (const displaced of eligible.displaces) {
        this.avoidFor(displaced).set(machineId, now + avoidAfterFailuresMs);
        unschedule(displaced, machineId, `replaced by ${name}`);
      }
      if (record.hash !== job.hash || record.desiredState !== job.desiredState)
        schedule(name, machineId, { hash: job.hash, desiredState: job.desiredState });
    }
    // Units without a machine; those with MachineOf after the units they follow.
    const waiting = units
      .filter((u) => !u.requirements.global && u.desiredState !== 'inactive')
      .filter((u) => view.machineOf(u.name) === undefined)
      .sort(
        (a, b) =>
          a.requirements.machineOf.length - b.requirements.machineOf.length ||
          (a.name < b.name ? -1 : 1),
      );
    for (const unit of waiting) {
      const machineId = view.decide(unit, this.avoiding(unit.name, now));
      if (machineId === undefined) continue; // stays unscheduled; tried again next pass
      const job = jobs.get(unit.name)!;
      schedule(unit.name, machineId, { hash: job.hash, desiredState: job.desiredState });
    }
    // Global units, published for every machine.
    const globals = new Set<string>();
    for (const unit of units) {
      if (!unit.requirements.global) continue;
      const job = jobs.get(unit.name)!;
      globals.add(unit.name);
      const value = encodeRecord({ hash: job.hash, desiredState: job.desiredState });
      if (this.read(keys.global(unit.name)) !== value) writes.set(keys.global(unit.name), value);
    }
    for (const [key] of this.readPrefix(keys.globals)) {
      if (!globals.has(key.slice(keys.globals.length))) writes.set(key, undefined);
    }
    // Refusals, for fleetctl to show; each said once in the log, when it is first written.
    for (const [name, refusal] of refusals) {
      const value = encodeRecord(refusal);
      if (this.read(keys.refusal(name)) === value) continue;
      logger.warn('fleet: refusing unit', { unit: name, reason: refusal.reason });
      writes.set(keys.refusal(name), value);
    }
    for (const [key] of this.readPrefix(keys.refusals)) {
      if (!refusals.has(key.slice(keys.refusals.length))) writes.set(key, undefined);
    }

    await this.commit(writes);
    return undefined;
  }

  /**
   * Why the job must not run, with auth enabled on the store, if it must not. Then only users
   * allowed to write the jobs prefix can write a job, and the client that wrote it names its
   * user; a job naming none was written before auth was enabled, or by hand, and nobody allowed
   * vouches for it.
   */
  private refusalOf(job: JobRecord): string | undefined {
    if (job.submittedBy) return undefined;
    return (
      'not submitted by an authenticated user: the store has auth enabled; submit or start it ' +
      `again as a user allowed to write ${this.options.keys.jobs}`
    );
  }

  private avoidFor(name: string): Map<string, number> {
    let m = this.avoid.get(name);
    if (!m) {
      m = new Map();
      this.avoid.set(name, m);
    }
    return m;
  }

  private avoiding(name: string, now: number): Set<string> {
    const m = this.avoid.get(name);
    const out = new Set<string>();
    if (!m) return out;
    for (const [machineId, until] of m) {
      if (until > now) out.add(machineId);
      else m.delete(machineId);
    }
    if (m.size === 0) this.avoid.delete(name);
    return out;
  }

  /** Writes in guarded batches; each batch's writes go to the overlay once committed. */
  private async commit(writes: Map<string, string | undefined>): Promise<void> {
    const entries = [...writes];
    for (let i = 0; i < entries.length; i += opsPerTxn) {
      const batch = entries.slice(i, i + opsPerTxn);
      const ops: TxnOp[] = batch.map(([key, value]) =>
        value === undefined ? op.delete(key) : op.put(key, value),
      );
      const res = await this.options.client.kv.txn({
        compare: this.election.guard(),
        success: ops,
      });
      if (!res.succeeded) throw new Error('fleet: engine lost its leadership during a pass');
      for (const [key, value] of batch)
        this.overlay.set(key, { value, revision: res.header.revision });
    }
  }

  async dispose(): Promise<void> {
    await this.queue.dispose();
    await this.disposables.dispose();
    await this.stopLeading();
    await this.election.dispose();
  }
}
