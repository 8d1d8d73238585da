// What users do to the registry, on the etcd v3 API, for fleetctl and the fleetpb.Fleet service:
// submit units, set their desired state, destroy them, and read jobs, schedule, machines and
// states for the list commands. The engine and agents do not: it is the user's side of
// registry-keys.ts.
import { compare, op, type EtcdClient } from '../client/index.js';
import {
  decodeJob,
  decodeMachine,
  decodeRefusal,
  decodeSchedule,
  decodeUnitState,
  encodeRecord,
  type JobRecord,
  type JobState,
  type MachineRecord,
  type RefusalRecord,
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
  /** Why the engine refuses to schedule this version of the unit, if it does. */
  refusal: string | undefined;
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
      if (old && old.hash === hash && this.submittedByUs(old)) return 'unchanged';
      if (old && old.hash !== hash && !replace)
        throw new RegistryError(`unit ${name} already exists with different contents`);
      const job = this.stamped({ name, hash, desiredState: old?.desiredState ?? desiredState });
      const txn = await this.client.kv.txn({
        compare: [compare.mod(jobKey, '==', existing?.modRevision ?? 0)],
        success: [
          op.put(this.keys.unit(hash), unit.serialize()),
          op.put(jobKey, encodeRecord(job)),
        ],
      });
      if (txn.succeeded) return !old ? 'created' : old.hash === hash ? 'unchanged' : 'replaced';
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
      if (job.desiredState === desiredState && this.submittedByUs(job)) return true;
      const txn = await this.client.kv.txn({
        compare: [compare.mod(jobKey, '==', kv.modRevision)],
        success: [op.put(jobKey, encodeRecord(this.stamped({ ...job, desiredState })))],
      });
      if (txn.succeeded) return true;
    }
  }

  /**
   * Whether the job names this client's user as its submitter: a user writing a job takes it on,
   * so starting a unit someone else (or nobody, before auth was enabled) submitted rewrites it.
   */
  private submittedByUs(job: JobRecord): boolean {
    return (job.submittedBy ?? '') === this.client.authenticatedUser;
  }

  private stamped(job: JobRecord): JobRecord {
    const { submittedBy: _previous, ...rest } = job;
    const user = this.client.authenticatedUser;
    return user === '' ? rest : { ...rest, submittedBy: user };
  }

  /** Deletes the job; false when there was none. The unit's contents stay (content-addressed). */
  async destroy(name: string): Promise<boolean> {
    const res = await this.client.kv.delete(this.keys.job(name));
    return res.deleted > 0;
  }

  private async jobEntries(): Promise<{ job: JobRecord; modRevision: number }[]> {
    const res = await this.client.kv.get(this.keys.jobs, { prefix: true });
    return res.kvs.flatMap((kv) => {
      const job = decodeJob(kv.value.toString('utf8'));
      return job ? [{ job, modRevision: kv.modRevision }] : [];
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

  /** Unit name -> the engine's refusal of it. */
  private async refusals(): Promise<Map<string, RefusalRecord>> {
    const res = await this.client.kv.get(this.keys.refusals, { prefix: true });
    const out = new Map<string, RefusalRecord>();
    for (const kv of res.kvs) {
      const refusal = decodeRefusal(kv.value.toString('utf8'));
      const name = kv.key.toString('utf8').slice(this.keys.refusals.length);
      if (refusal) out.set(name, refusal);
    }
    return out;
  }

  /** Every unit with its derived state, by name, and the live machines by ID. */
  async units(): Promise<{ units: UnitSummary[]; machines: Map<string, MachineRecord> }> {
    const [jobs, schedule, states, machines, refusals] = await Promise.all([
      this.jobEntries(),
      this.schedule(),
      this.states(),
      this.machines(),
      this.refusals(),
    ]);
    const stateAt = new Map<string, UnitStateRecord>();
    for (const s of states) stateAt.set(`${s.machineId}/${s.name}`, s);
    await this.catalog.prefetch(jobs.map((j) => j.job.hash));
    const units = jobs
      .sort((a, b) => (a.job.name < b.job.name ? -1 : 1))
      .map(({ job, modRevision }): UnitSummary => {
        const unit = this.catalog.cached(job.hash);
        const global = this.catalog.requirements(job.name, job.hash)?.global ?? false;
        const machineId = global ? undefined : schedule.get(job.name);
        const published =
          machineId === undefined ? undefined : stateAt.get(`${machineId}/${job.name}`);
        let state: JobState = 'inactive';
        if (published) state = published.applied === 'launched' ? 'launched' : 'loaded';
        const description = unit?.values('Unit', 'Description').at(-1) ?? '';
        // A refusal of an earlier write of the job no longer holds.
        const refused = refusals.get(job.name);
        const refusal = refused?.jobRevision === modRevision ? refused.reason : undefined;
        return { job, unit, global, description, machineId, state, refusal };
      });
    return { units, machines: new Map(machines.map((m) => [m.id, m])) };
  }
}
