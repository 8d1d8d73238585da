// What users do to the registry, on the etcd v3 API, for fleetctl and the fleetpb.Fleet service:
// submit units, set their desired state, destroy them, and read jobs, schedule, machines and
// states for the list commands. The engine and agents do not: it is the user's side of
// registry-keys.ts.
import { compare, op, type EtcdClient } from '../client/index.js';
import {
  decodeJob,
  decodeMachine,
  decodeSchedule,
  decodeUnitState,
  encodeRecord,
  type JobRecord,
  type JobState,
  type MachineRecord,
  type UnitStateRecord,
} from './records.js';
import { RegistryKeys } from './registry-keys.js';
import { UnitCatalog } from './unit-catalog.js';
import type { UnitFile } from './unit-file.js';

/** fleet's words for a refused request (fleetctl prints them). */
export class RegistryError extends Error {}

/** A unit as fleetctl list-unit-files shows it: desired and derived state, and its machine. */
export interface UnitSummary {
  job: JobRecord;
  unit: UnitFile | undefined;
  global: boolean;
  description: string;
  /** The machine the engine placed it on (non-global units). */
  machineId: string | undefined;
  /** fleet's derived STATE (registry/job_state.go): launched once its machine started it. */
  state: JobState;
}

export class Registry {
  constructor(
    private readonly client: EtcdClient,
    readonly keys: RegistryKeys,
    /** Unit files are immutable: each is read once, whoever asks. */
    private readonly catalog = new UnitCatalog(client, keys),
  ) {}

  async job(name: string): Promise<JobRecord | undefined> {
    const text = await this.client.kv.getString(this.keys.job(name));
    return text === undefined ? undefined : decodeJob(text);
  }

  async unitFile(hash: string): Promise<UnitFile | undefined> {
    return (await this.catalog.get(hash)) ?? undefined;
  }

  /**
   * Creates the job with the unit, in `desiredState`. An existing job with other contents is
   * refused unless `replace` (then the job takes the new unit and keeps its desired state unless
   * a later one is asked for).
   */
  async submit(
    name: string,
    unit: UnitFile,
    desiredState: JobState,
    replace: boolean,
  ): Promise<'created' | 'unchanged' | 'replaced'> {
    const hash = unit.hash;
    const jobKey = this.keys.job(name);
    for (;;) {
      const res = await this.client.kv.get(jobKey);
      const existing = res.kvs[0];
      const old = existing ? decodeJob(existing.value.toString('utf8')) : undefined;
      if (old && old.hash === hash) return 'unchanged';
      if (old && !replace)
        throw new RegistryError(`unit ${name} already exists with different contents`);
      const job: JobRecord = { name, hash, desiredState: old?.desiredState ?? desiredState };
      const txn = await this.client.kv.txn({
        compare: [compare.mod(jobKey, '==', existing?.modRevision ?? 0)],
        success: [
          op.put(this.keys.unit(hash), unit.serialize()),
          op.put(jobKey, encodeRecord(job)),
        ],
      });
      if (txn.succeeded) return old ? 'replaced' : 'created';
    }
  }

  /** Sets the desired state of an existing job; false when there is no such job. */
  async setDesiredState(name: string, desiredState: JobState): Promise<boolean> {
    const jobKey = this.keys.job(name);
    for (;;) {
      const res = await this.client.kv.get(jobKey);
      const kv = res.kvs[0];
      const job = kv ? decodeJob(kv.value.toString('utf8')) : undefined;
      if (!kv || !job) return false;
      if (job.desiredState === desiredState) return true;
      const txn = await this.client.kv.txn({
        compare: [compare.mod(jobKey, '==', kv.modRevision)],
        success: [op.put(jobKey, encodeRecord({ ...job, desiredState }))],
      });
      if (txn.succeeded) return true;
    }
  }

  /** Deletes the job; false when there was none. The unit's contents stay (content-addressed). */
  async destroy(name: string): Promise<boolean> {
    const res = await this.client.kv.delete(this.keys.job(name));
    return res.deleted > 0;
  }

  async jobs(): Promise<JobRecord[]> {
    const res = await this.client.kv.get(this.keys.jobs, { prefix: true });
    return res.kvs.flatMap((kv) => {
      const job = decodeJob(kv.value.toString('utf8'));
      return job ? [job] : [];
    });
  }

  async machines(): Promise<MachineRecord[]> {
    const res = await this.client.kv.get(this.keys.machines, { prefix: true });
    return res.kvs
      .flatMap((kv) => {
        const m = decodeMachine(kv.value.toString('utf8'));
        return m ? [m] : [];
      })
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** Unit name -> machine ID, from the engine's schedule. */
  async schedule(): Promise<Map<string, string>> {
    const res = await this.client.kv.get(this.keys.schedules, { prefix: true });
    const out = new Map<string, string>();
    for (const kv of res.kvs) {
      const parts = RegistryKeys.split(kv.key.toString('utf8'), this.keys.schedules);
      if (parts && decodeSchedule(kv.value.toString('utf8'))) out.set(parts[1], parts[0]);
    }
    return out;
  }

  async states(): Promise<UnitStateRecord[]> {
    const res = await this.client.kv.get(this.keys.states, { prefix: true });
    return res.kvs.flatMap((kv) => {
      const s = decodeUnitState(kv.value.toString('utf8'));
      return s ? [s] : [];
    });
  }

  /** Every unit with its derived state, by name, and the live machines by ID. */
  async units(): Promise<{ units: UnitSummary[]; machines: Map<string, MachineRecord> }> {
    const [jobs, schedule, states, machines] = await Promise.all([
      this.jobs(),
      this.schedule(),
      this.states(),
      this.machines(),
    ]);
    const stateAt = new Map<string, UnitStateRecord>();
    for (const s of states) stateAt.set(`${s.machineId}/${s.name}`, s);
    await this.catalog.prefetch(jobs.map((j) => j.hash));
    const units = jobs
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((job): UnitSummary => {
        const unit = this.catalog.cached(job.hash);
        const global = this.catalog.requirements(job.name, job.hash)?.global ?? false;
        const machineId = global ? undefined : schedule.get(job.name);
        const published =
          machineId === undefined ? undefined : stateAt.get(`${machineId}/${job.name}`);
        let state: JobState = 'inactive';
        if (published) state = published.applied === 'launched' ? 'launched' : 'loaded';
        const description = unit?.values('Unit', 'Description').at(-1) ?? '';
        return { job, unit, global, description, machineId, state };
      });
    return { units, machines: new Map(machines.map((m) => [m.id, m])) };
  }
}
