// A SIMULATED unit runner, for the scheduler's scale benchmark only: it keeps each unit's state as
// the real UnitManager reports it, but starts no process. A thousand machines cannot run here;
// what the scale benchmark measures is the control plane (leases, watches, the engine's decisions,
// the agents' state reports), which this drives exactly as the real runner does: loads, starts and
// stops change the state at once and are announced through onChange.
import { Emitter } from '../../src/client/event.js';
import type { UnitRunner } from '../../src/fleet/machine-agent.js';
import type { UnitStatus } from '../../src/fleet/runner/unit-manager.js';
import type { Disposable } from '../../src/util/lifecycle.js';

export class SimulatedRunner implements UnitRunner {
  private readonly units = new Map<string, UnitStatus>();
  private readonly changes = new Emitter<UnitStatus>();

  load(name: string, hash: string): void {
    if (this.units.get(name)?.hash === hash) return;
    this.units.set(name, {
      name,
      hash,
      load: 'loaded',
      active: 'inactive',
      sub: 'dead',
      mainPid: undefined,
      failures: 0,
      hostPorts: [],
      address: undefined,
    });
  }

  start(name: string): Promise<void> {
    return this.change(name, 'active', 'running');
  }

  stop(name: string): Promise<void> {
    return this.change(name, 'inactive', 'dead');
  }

  async unload(name: string): Promise<void> {
    await this.stop(name);
    this.units.delete(name);
  }

  status(name: string): UnitStatus | undefined {
    const unit = this.units.get(name);
    return unit && { ...unit };
  }

  onChange(listener: (status: UnitStatus) => void): Disposable {
    return this.changes.event(listener);
  }

  /** No containers are simulated. */
  removeStrays(): Promise<string[]> {
    return Promise.resolve([]);
  }

  /** Units running here now. */
  get active(): number {
    let count = 0;
    for (const unit of this.units.values()) if (unit.active === 'active') count++;
    return count;
  }

  close(): Promise<void> {
    this.units.clear();
    this.changes.clear();
    return Promise.resolve();
  }

  private change(name: string, active: 'active' | 'inactive', sub: string): Promise<void> {
    const unit = this.units.get(name);
    if (!unit) return Promise.reject(new Error(`Unit ${name} not loaded.`));
    if (unit.active !== active) {
      unit.active = active;
      unit.sub = sub;
      this.changes.fire({ ...unit });
    }
    return Promise.resolve();
  }
}
