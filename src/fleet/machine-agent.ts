// fleet's agent: on every machine, it runs the units the engine placed there (schedule/<me>/) and
// the global units this machine qualifies for, through the local UnitManager, and reports each
// unit's state (state/<me>/<unit>). Its presence (machines/<me>) and those states hang on one
// lease: when the machine dies they vanish with it after --agent-ttl, and the engine moves its
// units.
//
// Per unit it is a level-triggered reconciler: the informer's changes and the runner's state
// changes only queue the unit's name; the worker compares desired (schedule or global record)
// with current (the runner) and acts: unload, load, start or stop, in fleet's order.
//
// DNS: with `discovery`, the machine's address record and a record for each of its active units
// go on the same lease, written in one transaction with the presence or the unit's state, so a
// unit is found by name exactly while it runs here.
//
// Fencing (fleet's #440, where a partitioned machine kept running units the cluster had started
// elsewhere): if the lease has not been renewed for most of its TTL (fenceAfterTtlFraction), the
// machine can no longer be sure it still owns its units, and stops them all. The lease outlives
// that, so the engine reschedules them only after they stopped here. Renewals coming back lift
// the fence. A clusterd too frozen or dead to do this is covered by the ProcessFence.
import { type EtcdClient, type KeepAlive, op, type TxnOp } from '../client/index.js';
import { ClosingSignal, DisposableStore, type Disposable } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';
import { Informer } from '../client/informer.js';
import { fenceAfterTtlFraction, type ProcessFence } from './process-fence.js';
import {
  decodeSchedule,
  encodeRecord,
  type JobState,
  type MachineRecord,
  type ScheduleRecord,
  type UnitStateRecord,
} from './records.js';
import type { RegistryKeys } from './registry-keys.js';
import type { UnitManager, UnitStatus } from './runner/unit-manager.js';
import type { UnitCatalog } from './unit-catalog.js';
import { WorkQueue, type WorkResult } from '../util/work-queue.js';
import { conflictsWith, matchesMetadata } from './x-fleet.js';

/** What the agent needs of the machine's runner: the UnitManager (a benchmark simulates it). */
export type UnitRunner = Pick<
  UnitManager,
  'load' | 'start' | 'stop' | 'unload' | 'status' | 'onChange' | 'removeStrays' | 'close'
>;

/** A record the agent publishes for DNS: a key and its value. */
export interface DiscoveryRecord {
  key: string;
  value: string;
}

/** Which DNS records a machine and its running units get (src/dns/cluster-records.ts). */
export interface DiscoveryRecords {
  machine(machineId: string, address: string): DiscoveryRecord;
  unit(
    unitName: string,
    machineId: string,
    address: string,
    hostPorts: readonly number[],
  ): DiscoveryRecord[];
}

export interface MachineAgentOptions {
  client: EtcdClient;
  keys: RegistryKeys;
  catalog: UnitCatalog;
  manager: UnitRunner;
  machine: MachineRecord;
  /** fleet's agent_ttl, in seconds. */
  agentTtlSeconds: number;
  /** Told of every lease renewal (and armed again by one after it fired). */
  fence: Pick<ProcessFence, 'arm' | 'beat'>;
  /** DNS records to publish for the machine and its active units; none without. */
  discovery?: DiscoveryRecords;
  logger: Logger;
}

/** A unit loaded into this machine's runner, as the agent last acted on it. */
interface LocalUnit {
  hash: string;
  /** Started (the desired state launched was carried out), and not stopped since. */
  started: boolean;
  /** When it was last (re)started, for the backoff of one that keeps failing. */
  lastStartMs: number;
  /** Starts in a row that could not begin at all (a Requires= not loaded here yet). */
  startErrors: number;
}

interface PublishedUnit {
  state: string;
  /** DNS record values by key. */
  records: Map<string, string>;
}

/** Start jobs one machine runs at once (image pulls and container creation among them). */
const maxStartsInFlight = 8;

/** The backoff of a unit whose start failed: 1 s, doubled up to a minute. */
const startBackoff = { baseMs: 1000, maxMs: 60_000 };

/** The backoff before the next start after `failures` in a row (the first one too). */
function startDelayMs(failures: number): number {
  return Math.min(startBackoff.maxMs, startBackoff.baseMs * 2 ** Math.max(0, failures - 1));
}

const fenceCheckMs = 200;
/**
 * The fence stops every unit once renewals stop for 60% of the TTL, so a leader's failover (1-2 s
 * of etcd's default election timeout) must fit in that time beside the gap between renewals:
 * clientv3's pace (a third of the TTL) would leave only a quarter of the TTL for it.
 */
const renewalsPerTtl = 10;

export class MachineAgent implements Disposable {
  private readonly disposables = new DisposableStore();
  private readonly informer: Informer;
  private readonly globalsInformer: Informer;
  private readonly queue: WorkQueue;
  private lease: KeepAlive | undefined;
  private lastRenewalMs = 0;
  private fenced = false;
  private readonly closing = new ClosingSignal();
  /** Units loaded into the runner: fleet's local target-state cache. */
  private readonly local = new Map<string, LocalUnit>();
  /** The state last written for each unit, and its DNS records, to write only changes. */
  private readonly published = new Map<string, PublishedUnit>();
  private registering: Promise<void> | undefined;
  /** Start jobs under way, and the units waiting for one of them to end (tryStart). */
  private startsInFlight = 0;
  private readonly waitingForStartSlot = new Set<string>();

  constructor(private readonly options: MachineAgentOptions) {
    const { client, keys, logger } = options;
    // Watches of this machine's schedule and of the global units: nothing about other machines.
    this.informer = new Informer(client, keys.schedulesOf(options.machine.id), logger);
    this.globalsInformer = new Informer(client, keys.globals, logger);
    this.queue = new WorkQueue(
      (name) => this.reconcile(name),
      { baseDelayMs: 500, maxDelayMs: 30_000, concurrency: 16 },
      logger,
    );
  }

  get machineId(): string {
    return this.options.machine.id;
  }

  /** Registers (retrying until the store answers) and starts reconciling; dispose() ends it. */
  async start(): Promise<void> {
    await this.registerWithRetry();
    if (this.closing.isClosed()) return;
    const ownSchedule = this.options.keys.schedulesOf(this.machineId);
    this.disposables.add(
      this.informer.onChange(({ key }) => {
        this.queue.add(key.slice(ownSchedule.length));
      }),
    );
    // A global unit's change can change which other globals this machine may run (Conflicts).
    this.disposables.add(
      this.globalsInformer.onChange(() => {
        this.enqueueAll();
      }),
    );
    for (const informer of [this.informer, this.globalsInformer]) {
      this.disposables.add(
        informer.onSynced(() => {
          this.enqueueAll();
        }),
      );
    }
    this.disposables.add(
      this.options.manager.onChange((status) => {
        this.queue.add(status.name);
      }),
    );
    this.disposables.add(this.informer);
    this.disposables.add(this.globalsInformer);
    await Promise.all([this.informer.start(), this.globalsInformer.start()]);
    this.disposables.interval(() => {
      this.checkFence();
    }, fenceCheckMs);
    // The resync: whatever a lost event missed is found here, and the containers a previous run
    // of this machine left for units no longer here are removed (by now the units still here are
    // loaded, so theirs are kept or adopted).
    this.disposables.interval(() => {
      this.enqueueAll();
      this.removeStrays();
    }, 5000);
    this.enqueueAll();
  }

  private enqueueAll(): void {
    const names = new Set<string>(this.local.keys());
    const { keys } = this.options;
    for (const [key] of this.informer.entries())
      names.add(key.slice(keys.schedulesOf(this.machineId).length));
    for (const [key] of this.globalsInformer.entries()) names.add(key.slice(keys.globals.length));
    for (const name of names) this.queue.add(name);
  }

  private removeStrays(): void {
    const { manager, logger } = this.options;
    manager.removeStrays().then(
      (removed) => {
        if (removed.length > 0)
          logger.info('fleet: removed containers of units not here', { removed });
      },
      (err: unknown) => {
        logger.debug('fleet: cannot list the containers of this machine', { err });
      },
    );
  }

  /** Grants the lease, keeps it alive and writes the presence key on it; again when it is lost. */
  private register(): Promise<void> {
    this.registering ??= this.registerOnce().finally(() => {
      this.registering = undefined;
    });
    return this.registering;
  }

  private async registerOnce(): Promise<void> {
    const { client, keys, agentTtlSeconds, logger, machine } = this.options;
    const granted = await client.lease.grant(agentTtlSeconds);
    const lease = client.lease.keepAlive(granted.id, granted.ttl, renewalsPerTtl);
    this.lease = lease;
    const renewed = (): void => {
      this.lastRenewalMs = Date.now();
      this.options.fence.arm();
      this.options.fence.beat();
    };
    renewed();
    lease.onRenewed(renewed);
    lease.onLost((err) => {
      if (this.closing.isClosed() || this.lease !== lease) return;
      logger.warn('fleet: machine lease lost, registering again', { err: err.message });
      this.published.clear();
      void this.registerWithRetry();
    });
    const presence = [op.put(keys.machine(machine.id), encodeRecord(machine), { lease: lease.id })];
    const record = this.options.discovery?.machine(machine.id, machine.publicIp);
    if (record) presence.push(op.put(record.key, record.value, { lease: lease.id }));
    try {
      await client.kv.txn({ success: presence });
    } catch (err) {
      // Not registered: the lease would only hold nothing, and the next attempt grants its own.
      if (this.lease === lease) this.lease = undefined;
      lease.release();
      throw err;
    }
    this.published.clear();
    this.enqueueAll();
  }

  private async registerWithRetry(): Promise<void> {
    for (let attempt = 0; !this.closing.isClosed(); attempt++) {
      try {
        await this.register();
        return;
      } catch (err) {
        this.options.logger.warn('fleet: cannot register the machine, retrying', { err });
        await this.closing.sleep(Math.min(5000, 250 * 2 ** attempt));
      }
    }
  }

  private checkFence(): void {
    const graceMs = this.options.agentTtlSeconds * 1000 * fenceAfterTtlFraction;
    const fence = Date.now() - this.lastRenewalMs > graceMs;
    if (fence === this.fenced) return;
    this.fenced = fence;
    if (fence) {
      this.options.logger.warn(
        'fleet: lease not renewed for most of its TTL, stopping every unit',
        {
          sinceRenewalMs: Date.now() - this.lastRenewalMs,
        },
      );
    } else this.options.logger.info('fleet: lease renewed again, units may run');
    this.enqueueAll();
  }

  /** What this machine should do with `name`, or undefined when it should not hold the unit. */
  private desired(name: string): ScheduleRecord | undefined {
    if (this.fenced || this.closing.isClosed()) return undefined;
    const { keys } = this.options;
    const scheduled = this.informer.get(keys.schedule(this.machineId, name));
    if (scheduled) return decodeSchedule(scheduled.value);
    const global = this.globalsInformer.get(keys.global(name));
    if (!global) return undefined;
    const record = decodeSchedule(global.value);
    if (!record || !this.mayRunGlobal(name, record.hash)) return undefined;
    return record;
  }

  /** fleet's agent: a global unit runs here if the metadata matches and nothing held conflicts. */
  private mayRunGlobal(name: string, hash: string): boolean {
    const { catalog, keys, machine } = this.options;
    const req = catalog.requirements(name, hash);
    if (!req || !matchesMetadata(req, machine.metadata)) return false;
    const ownSchedule = keys.schedulesOf(this.machineId);
    for (const [key, entry] of this.informer.entries()) {
      const other = key.slice(ownSchedule.length);
      const otherHash = decodeSchedule(entry.value)?.hash;
      const otherReq = otherHash === undefined ? undefined : catalog.requirements(other, otherHash);
      if (otherReq && conflictsWith(name, req, other, otherReq)) return false;
    }
    return true;
  }

  private async reconcile(name: string): Promise<WorkResult> {
    const { catalog, manager, keys, logger } = this.options;
    const scheduled = this.informer.get(keys.schedule(this.machineId, name));
    const global = this.globalsInformer.get(keys.global(name));
    // A global unit is weighed against everything scheduled here (Conflicts): their files too.
    const entries = global ? [global, ...[...this.informer.entries()].map(([, e]) => e)] : [];
    const hashes = [scheduled, ...entries].flatMap((e) =>
      e ? (decodeSchedule(e.value)?.hash ?? []) : [],
    );
    await catalog.prefetch(hashes);
    const want = this.desired(name);
    let unit = this.local.get(name);

    if (!want || want.desiredState === 'inactive') {
      if (unit) {
        logger.info('fleet: unloading unit', { unit: name });
        await manager.unload(name);
        this.local.delete(name);
      }
      await this.publish(name, undefined, 'inactive');
      return undefined;
    }
    if (unit && unit.hash !== want.hash) {
      logger.info('fleet: unit changed, unloading the old one', { unit: name });
      await manager.unload(name);
      this.local.delete(name);
      unit = undefined;
    }
    if (!unit) {
      const file = catalog.cached(want.hash);
      if (!file) return { requeueAfterMs: 1000 }; // its unit/ key has not arrived yet
      unit = { hash: want.hash, started: false, lastStartMs: 0, startErrors: 0 };
      this.local.set(name, unit);
      try {
        manager.load(name, want.hash, file.options);
      } catch (err) {
        // The runner keeps the unit with load state "error"; it is reported, and not started.
        logger.warn('fleet: unit failed to load', { unit: name, err });
        await this.publish(name, manager.status(name), 'loaded');
        return undefined;
      }
    }
    let result: WorkResult;
    const status = manager.status(name);
    if (want.desiredState === 'launched') {
      if (!unit.started) {
        // After a start that could not begin (startUnit), again after a backoff.
        result = this.startAfter(
          name,
          unit,
          unit.startErrors === 0 ? 0 : startDelayMs(unit.startErrors),
        );
      } else if (status?.active === 'failed') {
        // fleet left a failed unit failed; here it is started again after a backoff that grows
        // with its failures, and the engine moves it once they reach --unit-failures-before-move.
        result = this.startAfter(name, unit, startDelayMs(status.failures));
      }
    } else if (unit.started) {
      logger.info('fleet: stopping unit', { unit: name });
      unit.started = false;
      await manager.stop(name);
    }
    await this.publish(name, manager.status(name), want.desiredState);
    return result;
  }

  /** Starts the unit (tryStart) once `delayMs` have passed since its last start, else requeues it. */
  private startAfter(name: string, unit: LocalUnit, delayMs: number): WorkResult {
    const sinceMs = Date.now() - unit.lastStartMs;
    if (sinceMs < delayMs) return { requeueAfterMs: delayMs - sinceMs };
    this.tryStart(name, unit);
    return undefined;
  }

  /**
   * Starts the unit unless this machine already has maxStartsInFlight start jobs under way; then
   * it waits for one to end (startUnit queues it again). A thousand units placed at once would
   * otherwise pull, create and start as many containers together, and outlast their
   * TimeoutStartSec=.
   */
  private tryStart(name: string, unit: LocalUnit): void {
    if (this.startsInFlight >= maxStartsInFlight) this.waitingForStartSlot.add(name);
    else this.startUnit(name, unit);
  }

  private startUnit(name: string, unit: LocalUnit): void {
    const { manager, logger } = this.options;
    logger.info('fleet: starting unit', { unit: name });
    unit.started = true;
    unit.lastStartMs = Date.now();
    this.startsInFlight++;
    // The start job runs on; its outcome reaches the queue through the runner's onChange.
    const starting = manager.start(name).finally(() => {
      this.startsInFlight--;
      // The slot goes to the unit that has waited longest (a Set keeps insertion order).
      const [next] = this.waitingForStartSlot;
      if (next === undefined) return;
      this.waitingForStartSlot.delete(next);
      this.queue.add(next);
    });
    starting.then(
      () => {
        unit.startErrors = 0;
      },
      (err: unknown) => {
        logger.warn('fleet: unit start failed', { unit: name, err });
        // Refused before anything ran: the engine places a unit and the units it Requires= one
        // at a time, so a Requires= may not be loaded here yet. Nothing is running and nothing
        // will report a change: start it again after a backoff (fleet's agent retried on its
        // next reconcile) rather than leave it launched and never run.
        if (this.local.get(name) !== unit) return;
        unit.started = false;
        unit.startErrors++;
        this.queue.add(name);
      },
    );
  }

  /**
   * Writes the unit's state and DNS records on this machine's lease (deletes them for undefined),
   * if they changed: one transaction, so the name and the state never disagree.
   */
  private async publish(
    name: string,
    status: UnitStatus | undefined,
    applied: JobState,
  ): Promise<void> {
    const { client, keys } = this.options;
    const key = keys.state(this.machineId, name);
    const lease = this.lease;
    const before = this.published.get(name);
    if (!status || applied === 'inactive') {
      if (!before) return;
      this.published.delete(name);
      const gone = [key, ...before.records.keys()].map((k) => op.delete(k));
      await client.kv.txn({ success: gone });
      return;
    }
    const state: UnitStateRecord = {
      name,
      hash: status.hash,
      machineId: this.machineId,
      load: status.load,
      active: status.active,
      sub: status.sub,
      applied,
      failures: status.failures,
    };
    const value = encodeRecord(state);
    const records = this.recordsOf(name, status, applied);
    if (!lease || lease.isLost) return;
    const ops: TxnOp[] = [];
    if (before?.state !== value) ops.push(op.put(key, value, { lease: lease.id }));
    for (const [k, v] of records)
      if (before?.records.get(k) !== v) ops.push(op.put(k, v, { lease: lease.id }));
    for (const k of before?.records.keys() ?? []) if (!records.has(k)) ops.push(op.delete(k));
    if (ops.length === 0) return;
    await client.kv.txn({ success: ops });
    this.published.set(name, { state: value, records });
  }

  /**
   * The unit's DNS records, while it is active and launched here: at its own address on the
   * machine's subnet, or, for the host ports it published (reached through the machine) and
   * without an address, at the machine's.
   */
  private recordsOf(name: string, status: UnitStatus, applied: JobState): Map<string, string> {
    const { discovery, machine } = this.options;
    const records = new Map<string, string>();
    if (!discovery || status.active !== 'active' || applied !== 'launched') return records;
    const host =
      status.hostPorts.length > 0 ? machine.publicIp : (status.address ?? machine.publicIp);
    for (const r of discovery.unit(name, machine.id, host, status.hostPorts))
      records.set(r.key, r.value);
    return records;
  }

  /**
   * Graceful shutdown: every unit is stopped and unloaded, and the lease revoked (presence and
   * states vanish at once), so the engine moves the units now rather than after the TTL.
   */
  async dispose(): Promise<void> {
    this.closing.close();
    await this.queue.dispose();
    await this.disposables.dispose();
    await this.options.manager.close();
    this.local.clear();
    await this.lease?.revoke().catch(() => undefined);
  }
}
