// fleet's data in the store, one prefix (`--etcd-key-prefix`, fleet's `/_coreos.com/fleet/` by
// default). Intent, decisions and observations are separate keys with separate writers, so that
// no writer overwrites another's: the user (fleetctl) writes units and jobs, the leader engine
// writes the schedule, each machine writes its presence and the states of its own units.
//
//   unit/<sha1>               the unit file, content-addressed                    fleetctl
//   job/<name>                {name, hash, desiredState, submittedBy}             fleetctl
//   schedule/<machine>/<name> {hash, desiredState}: runs on <machine>             engine
//   global/<name>             {hash, desiredState}: runs wherever it may          engine
//   refused/<name>            {jobRevision, reason}: a job it will not schedule   engine
//   machines/<machine>        {id, publicIp, metadata}, on the machine's lease    that machine
//   state/<machine>/<name>    the unit's state there, on the machine's lease      that machine
//   engine/leader             the engine leader's machine ID, on its lease        engine
//
// A machine's schedule is a prefix of its own, so each machine watches only its own work (fleet
// woke every machine on every change).
export const defaultKeyPrefix = '/_coreos.com/fleet/';

export class RegistryKeys {
  readonly prefix: string;

  constructor(prefix = defaultKeyPrefix) {
    this.prefix = prefix.endsWith('/') ? prefix : `${prefix}/`;
  }

  unit(hash: string): string {
    return `${this.prefix}unit/${hash}`;
  }

  get jobs(): string {
    return `${this.prefix}job/`;
  }

  job(name: string): string {
    return `${this.jobs}${name}`;
  }

  get schedules(): string {
    return `${this.prefix}schedule/`;
  }

  schedulesOf(machineId: string): string {
    return `${this.schedules}${machineId}/`;
  }

  schedule(machineId: string, name: string): string {
    return `${this.schedulesOf(machineId)}${name}`;
  }

  get globals(): string {
    return `${this.prefix}global/`;
  }

  global(name: string): string {
    return `${this.globals}${name}`;
  }

  get refusals(): string {
    return `${this.prefix}refused/`;
  }

  refusal(name: string): string {
    return `${this.refusals}${name}`;
  }

  get machines(): string {
    return `${this.prefix}machines/`;
  }

  machine(machineId: string): string {
    return `${this.machines}${machineId}`;
  }

  get states(): string {
    return `${this.prefix}state/`;
  }

  statesOf(machineId: string): string {
    return `${this.states}${machineId}/`;
  }

  state(machineId: string, name: string): string {
    return `${this.statesOf(machineId)}${name}`;
  }

  get engineLeader(): string {
    return `${this.prefix}engine/leader`;
  }

  /** The part of `key` after `base`, split at its first '/': [machine, unit name]. */
  static split(key: string, base: string): [string, string] | undefined {
    if (!key.startsWith(base)) return undefined;
    const rest = key.slice(base.length);
    const slash = rest.indexOf('/');
    if (slash <= 0 || slash === rest.length - 1) return undefined;
    return [rest.slice(0, slash), rest.slice(slash + 1)];
  }
}
