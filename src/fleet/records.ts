// The values stored under the registry's keys (registry-keys.ts), as JSON. Decoding checks every
// field, so that a value written by hand or by another version is skipped with a reason instead
// of reaching the scheduler half-formed.

/** fleet's job states: the desired state of a unit (DSTATE) and the derived STATE. */
export type JobState = 'inactive' | 'loaded' | 'launched';
export const jobStates: readonly JobState[] = ['inactive', 'loaded', 'launched'];

export function isJobState(s: unknown): s is JobState {
  return typeof s === 'string' && (jobStates as readonly string[]).includes(s);
}

/** What the user asked for: the unit (by hash) and its desired state. */
export interface JobRecord {
  name: string;
  hash: string;
  desiredState: JobState;
  /**
   * The authenticated user who last wrote the job, absent when the store had auth disabled. With
   * auth on, the store lets only users allowed to write the jobs prefix write it; the engine
   * refuses jobs without one (written before auth was enabled, or by hand).
   */
  submittedBy?: string;
}

/** The engine's refusal to schedule a job (as of the job's mod revision), for fleetctl to show. */
export interface RefusalRecord {
  jobRevision: number;
  reason: string;
}

/** The engine's decision for one machine (or, under global/, for every eligible one). */
export interface ScheduleRecord {
  hash: string;
  desiredState: JobState;
}

export interface MachineRecord {
  id: string;
  publicIp: string;
  metadata: Record<string, string>;
  version: string;
  /** Where the machine serves fleetpb.Fleet (journal and status of its units). */
  apiUrl?: string;
}

/** A unit's state on one machine, as the machine's runner sees it (fleet's UnitState). */
export interface UnitStateRecord {
  name: string;
  hash: string;
  machineId: string;
  load: string;
  active: string;
  sub: string;
  /** The desired state this machine has carried out for the unit: 'launched' once started. */
  applied: JobState;
  /** Failed runs in a row; the engine moves a unit that keeps failing. */
  failures: number;
}

export function encodeRecord(record: object): string {
  return JSON.stringify(record);
}

type Checker<T> = (v: Record<string, unknown>) => v is Record<string, unknown> & T;

function decodeWith<T>(text: string, check: Checker<T>): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return check(value as Record<string, unknown>) ? (value as T) : undefined;
}

const isString = (v: unknown): v is string => typeof v === 'string';

export function decodeJob(text: string): JobRecord | undefined {
  return decodeWith<JobRecord>(
    text,
    (v): v is Record<string, unknown> & JobRecord =>
      isString(v.name) &&
      isString(v.hash) &&
      isJobState(v.desiredState) &&
      (v.submittedBy === undefined || isString(v.submittedBy)),
  );
}

export function decodeRefusal(text: string): RefusalRecord | undefined {
  return decodeWith<RefusalRecord>(
    text,
    (v): v is Record<string, unknown> & RefusalRecord =>
      typeof v.jobRevision === 'number' && isString(v.reason),
  );
}

export function decodeSchedule(text: string): ScheduleRecord | undefined {
  return decodeWith<ScheduleRecord>(
    text,
    (v): v is Record<string, unknown> & ScheduleRecord =>
      isString(v.hash) && isJobState(v.desiredState),
  );
}

export function decodeMachine(text: string): MachineRecord | undefined {
  return decodeWith<MachineRecord>(
    text,
    (v): v is Record<string, unknown> & MachineRecord =>
      isString(v.id) &&
      isString(v.publicIp) &&
      isString(v.version) &&
      (v.apiUrl === undefined || isString(v.apiUrl)) &&
      typeof v.metadata === 'object' &&
      v.metadata !== null &&
      Object.values(v.metadata).every(isString),
  );
}

export function decodeUnitState(text: string): UnitStateRecord | undefined {
  return decodeWith<UnitStateRecord>(
    text,
    (v): v is Record<string, unknown> & UnitStateRecord =>
      isString(v.name) &&
      isString(v.hash) &&
      isString(v.machineId) &&
      isString(v.load) &&
      isString(v.active) &&
      isString(v.sub) &&
      isJobState(v.applied) &&
      typeof v.failures === 'number',
  );
}
