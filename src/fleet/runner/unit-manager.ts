// The machine-local unit manager the fleet agent drives, standing in for systemd: it loads units
// (systemctl link + daemon-reload), starts and stops them with their local Requires=, BindsTo=,
// Wants=, After= and Before= dependencies as systemd's transactions do, reports their states, and
// keeps their journals.
import { join } from 'node:path';
import { Emitter } from '../../client/event.js';
import type { Disposable } from '../../util/lifecycle.js';
import type { Logger } from '../../util/log.js';
import type { UnitOption } from '../unit-option.js';
import type { ContainerEngine } from './container-engine.js';
import type { UnitNetwork } from './unit-network.js';
import { Service, type ActiveState } from './service.js';
import { serviceSpecOf, type ServiceSpec } from './service-spec.js';
import { UnitLog } from './unit-log.js';

export interface UnitStatus {
  name: string;
  hash: string;
  load: 'loaded' | 'error';
  active: ActiveState;
  sub: string;
  mainPid: number | undefined;
  /** consecutive failed runs since the last successful start; reset by a stop */
  failures: number;
  /** the host ports its container published (for its DNS records) */
  hostPorts: readonly number[];
  /** its address on the machine's subnet, while it has one */
  address: string | undefined;
}

export interface UnitManagerOptions {
  logDir: string;
  machineId: string;
  bootId: string;
  hostname: string;
  logger: Logger;
  /** called when a unit's process group is created/ended, for an external fence */
  onProcessGroup?: (pgid: number, alive: boolean, adoptable?: boolean) => void;
  /** The machine's Docker engine, for [Container] units. */
  containers?: ContainerEngine;
  /** Variables every command of every unit gets first, as systemd's DefaultEnvironment=. */
  defaultEnvironment?: Readonly<Record<string, string>>;
  /** The machine's subnet, for the units' addresses. */
  network?: UnitNetwork;
}

interface LoadedUnit {
  readonly hash: string;
  /** Undefined when the unit failed to load. */
  readonly service: Service | undefined;
  readonly loadError: string | undefined;
}

export class UnitManager {
  private readonly units = new Map<string, LoadedUnit>();
  private readonly logs = new Map<string, UnitLog>();
  private readonly changes = new Emitter<UnitStatus>();
  private closing: Promise<void> | undefined;

  constructor(private readonly options: UnitManagerOptions) {}

  /**
   * Makes the unit known (systemctl link + daemon-reload); replaces a unit of another hash only
   * when it is stopped. Throws on a spec error (load 'error' is then reported by status).
   */
  load(name: string, hash: string, options: readonly UnitOption[]): void {
    this.assertOpen();
    const log = this.logOf(name);
    const existing = this.units.get(name);
    if (existing?.hash === hash && existing.service) return;
    if (existing?.service) {
      const { active } = existing.service;
      if (active !== 'inactive' && active !== 'failed') {
        throw new Error(`unit ${name} is ${active}: stop it before loading another version`);
      }
      existing.service.dispose();
    }
    let spec: ServiceSpec;
    try {
      const { machineId, bootId, hostname } = this.options;
      spec = serviceSpecOf(name, options, { machineId, bootId, hostname });
    } catch (err) {
      const message = (err as Error).message;
      log.append(`clusterd: ${name}: failed to load: ${message}`);
      this.units.set(name, { hash, service: undefined, loadError: message });
      this.emit(name);
      throw err;
    }
    for (const warning of spec.warnings) log.append(`clusterd: ${name}: ${warning}`);
    const service = new Service({
      spec,
      unitHash: hash,
      log,
      logger: this.options.logger,
      onProcessGroup: this.options.onProcessGroup,
      containers: this.options.containers,
      defaultEnvironment: this.options.defaultEnvironment,
      onChange: () => {
        this.onServiceChange(name, service);
      },
    });
    this.units.set(name, { hash, service, loadError: undefined });
    this.emit(name);
  }

  /**
   * Starts the unit and, as systemd, its Requires/BindsTo/Wants units that are loaded here,
   * ordered by After/Before; a Requires= on a unit not loaded here fails the start. Resolves once
   * the start job finished (active, or failed).
   */
  async start(name: string): Promise<void> {
    this.assertOpen();
    const names = new Set<string>();
    this.collectStart(name, names, undefined);
    const order = this.order(names, (a, b) => this.orderedBefore(a, b));
    if (!order) throw new Error(`${name}: ordering cycle among ${[...names].join(', ')}`);
    const jobs = new Map<string, Promise<JobResult>>();
    for (const unit of order) jobs.set(unit, this.startJob(unit, names, jobs));
    await jobs.get(name);
  }

  /** Stops it (and units that Requires/BindsTo it, as systemd does); resolves when inactive/failed. */
  async stop(name: string): Promise<void> {
    if (!this.units.get(name)?.service) return;
    const names = new Set([name]);
    for (const unit of names) {
      for (const [other, { service }] of this.units) {
        if (!service || names.has(other) || !isUp(service.active)) continue;
        if (service.spec.requires.includes(unit) || service.spec.bindsTo.includes(unit)) {
          names.add(other);
        }
      }
    }
    await this.stopAll(names);
    await Promise.all([...names].map((unit) => this.releaseAddress(unit)));
  }

  /** A stopped unit gives its address back; its next start takes one again. */
  private async releaseAddress(name: string): Promise<void> {
    const service = this.units.get(name)?.service;
    if (!service?.address || isUp(service.active)) return;
    service.address = undefined;
    await this.options.network?.release(name).catch((err: unknown) => {
      this.options.logger.warn('runner: releasing an address failed', { unit: name, err });
    });
  }

  /** Stops then forgets the unit. */
  async unload(name: string): Promise<void> {
    await this.stop(name);
    const unit = this.units.get(name);
    if (!unit) return;
    this.units.delete(name);
    unit.service?.dispose();
    // Its journal stays on disk (journal() opens it again); the open file does not.
    await this.logs.get(name)?.close();
    this.logs.delete(name);
  }

  status(name: string): UnitStatus | undefined {
    const unit = this.units.get(name);
    if (!unit) return undefined;
    const { service } = unit;
    return {
      name,
      hash: unit.hash,
      load: service ? 'loaded' : 'error',
      active: service?.active ?? 'inactive',
      sub: service?.state ?? 'dead',
      mainPid: service?.mainPid,
      failures: service?.failures ?? 0,
      hostPorts: service?.hostPorts ?? [],
      address: service?.address?.ip,
    };
  }

  list(): UnitStatus[] {
    return [...this.units.keys()].sort().map((name) => this.status(name)!);
  }

  /** Every state change of any unit; a listener that throws is logged, not the runner's end. */
  onChange(listener: (status: UnitStatus) => void): Disposable {
    return this.changes.event((status) => {
      try {
        listener(status);
      } catch (err) {
        this.options.logger.warn('runner: unit state listener failed', { unit: status.name, err });
      }
    });
  }

  /** The last `lines` log lines of a unit. */
  async journal(name: string, lines: number): Promise<string[]> {
    this.assertOpen();
    return this.logOf(name).tail(lines);
  }

  /** New log lines of a unit until the signal aborts (or the manager closes). */
  follow(name: string, signal: AbortSignal): AsyncIterable<string> {
    this.assertOpen();
    return this.logOf(name).follow(signal);
  }

  /**
   * Removes the containers an earlier run of this machine left for units not running here now
   * (at that hash); their names. Nothing without a Docker engine.
   */
  async removeStrays(): Promise<string[]> {
    const { containers, network } = this.options;
    if (this.closing) return [];
    // Addresses are kept across a clusterd restart for the units still here, the others freed.
    await network?.retain((unit) => this.units.has(unit));
    if (!containers) return [];
    return containers.removeStrays((unit, hash) => {
      const loaded = this.units.get(unit);
      return loaded?.hash === hash && isUp(loaded.service?.active);
    });
  }

  /** Stops every unit (graceful shutdown) and releases everything. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.stopAll(new Set([...this.units].filter(([, u]) => u.service).map(([n]) => n)));
      // A stopped container unit's container is removed after it reports inactive.
      await Promise.all([...this.units.values()].flatMap((u) => u.service?.removed() ?? []));
      for (const unit of this.units.values()) unit.service?.dispose();
      this.units.clear();
      await Promise.all([...this.logs.values()].map((log) => log.close()));
      this.logs.clear();
      this.changes.clear();
    })();
    return this.closing;
  }

  // ---- transactions ---------------------------------------------------------------------------

  /** The units a start of `name` starts: Requires= and BindsTo= must be here, Wants= may be. */
  private collectStart(name: string, into: Set<string>, requiredBy: string | undefined): void {
    if (into.has(name)) return;
    const unit = this.units.get(name);
    if (!unit?.service) {
      const why = unit?.loadError ? `failed to load: ${unit.loadError}` : 'is not loaded here';
      throw new Error(
        requiredBy ? `${requiredBy} requires ${name}, which ${why}` : `${name} ${why}`,
      );
    }
    into.add(name);
    const { spec } = unit.service;
    for (const dep of [...spec.requires, ...spec.bindsTo]) this.collectStart(dep, into, name);
    for (const dep of spec.wants) {
      const wanted = new Set(into);
      try {
        this.collectStart(dep, wanted, name);
      } catch (err) {
        this.logOf(name).append(
          `clusterd: ${name}: Wants=${dep} ignored: ${(err as Error).message}`,
        );
        continue;
      }
      for (const n of wanted) into.add(n);
    }
  }

  /** Whether a start of `a` must finish before `b` starts (a stop of `b` before `a` stops). */
  private orderedBefore(a: string, b: string): boolean {
    const specA = this.units.get(a)?.service?.spec;
    const specB = this.units.get(b)?.service?.spec;
    return !!specA && !!specB && (specB.after.includes(a) || specA.before.includes(b));
  }

  /** `names` sorted so that every unit comes after those `before` puts first; undefined on a cycle. */
  private order(
    names: ReadonlySet<string>,
    before: (a: string, b: string) => boolean,
  ): string[] | undefined {
    const remaining = [...names].sort();
    const sorted: string[] = [];
    while (remaining.length > 0) {
      const next = remaining.findIndex((b) => !remaining.some((a) => a !== b && before(a, b)));
      if (next === -1) return undefined;
      sorted.push(...remaining.splice(next, 1));
    }
    return sorted;
  }

  /**
   * One unit's start job: it waits for the jobs of units ordered before it; if one of those is a
   * Requires= (or BindsTo=) of it and did not come up, the job fails ("Dependency failed") and the
   * unit is not started.
   */
  private startJob(
    name: string,
    names: ReadonlySet<string>,
    jobs: ReadonlyMap<string, Promise<JobResult>>,
  ): Promise<JobResult> {
    const earlier = [...names].filter((other) => this.orderedBefore(other, name));
    // Nothing to wait for: the unit starts now, so that its status says so on return.
    if (earlier.length === 0) return this.runStartJob(name, new Map());
    return Promise.all(earlier.map(async (other) => [other, await jobs.get(other)!] as const)).then(
      (results) => this.runStartJob(name, new Map(results)),
    );
  }

  private async runStartJob(
    name: string,
    results: ReadonlyMap<string, JobResult>,
  ): Promise<JobResult> {
    const service = this.units.get(name)?.service;
    if (!service) return 'failed';
    const { spec } = service;
    for (const [dep, result] of results) {
      const depActive = this.units.get(dep)?.service?.active;
      const required = spec.requires.includes(dep) && result !== 'done';
      const bound = spec.bindsTo.includes(dep) && depActive !== 'active';
      if (required || bound) {
        this.logOf(name).append(`clusterd: ${name}: Dependency failed for ${spec.description}.`);
        this.options.logger.warn('runner: dependency failed', { unit: name, dependency: dep });
        return 'dependency';
      }
    }
    const { network } = this.options;
    if (network && !service.address) {
      service.address = await network
        .addressOf(name, spec.container ? 'container' : 'process')
        .catch((err: unknown) => {
          // A unit runs without an address rather than not at all; the journal says why.
          this.logOf(name).append(`clusterd: ${name}: no address: ${(err as Error).message}`);
          return undefined;
        });
    }
    await service.start();
    return service.active === 'failed' ? 'failed' : 'done';
  }

  /** Stops `names`, each only after the units ordered after it have stopped. */
  private async stopAll(names: ReadonlySet<string>): Promise<void> {
    // On an ordering cycle there is no right order: everything stops at once.
    const order = this.order(names, (a, b) => this.orderedBefore(b, a)) ?? [...names];
    const jobs = new Map<string, Promise<void>>();
    for (const name of order) {
      const later = order.filter((other) => jobs.has(other) && this.orderedBefore(name, other));
      jobs.set(
        name,
        Promise.all(later.map((other) => jobs.get(other)!)).then(() =>
          this.units.get(name)?.service?.stop(),
        ),
      );
    }
    await Promise.all(jobs.values());
  }

  // ---- state changes --------------------------------------------------------------------------

  private onServiceChange(name: string, service: Service): void {
    if (this.units.get(name)?.service !== service) return;
    this.emit(name);
    // BindsTo=: a unit goes down with the unit it is bound to, and does not stay up without it.
    // Reacting after the current transition has run to its end keeps the services' steps apart.
    queueMicrotask(() => {
      if (this.units.get(name)?.service !== service) return;
      if (!isUp(service.active)) {
        for (const [other, unit] of this.units) {
          if (unit.service?.spec.bindsTo.includes(name) && isUp(unit.service.active)) {
            this.stopBound(other, name);
          }
        }
      } else if (service.active === 'active') {
        const down = service.spec.bindsTo.find(
          (dep) => !isUp(this.units.get(dep)?.service?.active),
        );
        if (down !== undefined) this.stopBound(name, down);
      }
    });
  }

  private stopBound(name: string, boundTo: string): void {
    this.logOf(name).append(`clusterd: ${name}: stopping, as ${boundTo} it is bound to is down.`);
    this.stop(name).catch((err: unknown) => {
      this.options.logger.warn('runner: stopping a bound unit failed', { unit: name, err });
    });
  }

  private emit(name: string): void {
    const status = this.status(name);
    if (status) this.changes.fire(status);
  }

  private logOf(name: string): UnitLog {
    if (name === '' || name === '.' || name === '..' || name.includes('/')) {
      throw new Error(`invalid unit name ${JSON.stringify(name)}`);
    }
    let log = this.logs.get(name);
    if (!log) {
      log = new UnitLog(join(this.options.logDir, `${name}.log`), (err) => {
        this.options.logger.warn('runner: writing a unit log failed', { unit: name, err });
      });
      this.logs.set(name, log);
    }
    return log;
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('the unit manager is closed');
  }
}

type JobResult = 'done' | 'failed' | 'dependency';

/** Up, or on its way up (an auto-restart included): what BindsTo= does not stop. */
function isUp(active: ActiveState | undefined): boolean {
  return active === 'active' || active === 'activating' || active === 'reloading';
}
