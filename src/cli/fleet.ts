// fleetctl's commands, flags, columns and messages, on the registry in the store: `clusterd fleet
// <command>`, or the same binary invoked as `fleetctl`. Blocking commands poll the derived state
// as fleetctl does (every 250 ms, an attempt being 2 s), forever unless --block-attempts.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { Client, credentials, status, type ServiceError } from '@grpc/grpc-js';
import { EtcdClient, type ClientTransportTls } from '../client/index.js';
import type { fleetpb } from '../gen/etcd.js';
import { fleetService } from '../fleet/api-service.js';
import type { JobState, MachineRecord, UnitStateRecord } from '../fleet/records.js';
import { Registry, RegistryError, type UnitSummary } from '../fleet/registry.js';
import { RegistryKeys, defaultKeyPrefix } from '../fleet/registry-keys.js';
import { UnitFile } from '../fleet/unit-file.js';
import { templateOf, validateUnitName } from '../fleet/unit-name.js';
import { requirementsOf } from '../fleet/x-fleet.js';
import { validateUnit } from '../fleet/unit-validation.js';
import {
  clientTlsFromArgs,
  credentialsFromArgs,
  type GlobalArgs,
  parseDuration,
  ReportedError,
} from './global.js';
import { write } from './output.js';

export interface FleetArgs {
  endpoint: string;
  'etcd-key-prefix': string;
  'request-timeout': string;
  'ca-file': string;
  'cert-file': string;
  'key-file': string;
}

/** fleetctl's global flags; each also read from FLEETCTL_<NAME>, as fleetctl does. */
export function addFleetOptions<T>(y: Argv<T>): Argv<T & FleetArgs> {
  return y
    .option('endpoint', {
      type: 'string',
      default:
        process.env.FLEETCTL_ENDPOINT ?? process.env.CLUSTERD_ENDPOINTS ?? 'http://127.0.0.1:2379',
      describe: 'etcd v3 endpoints of the cluster, comma separated (env FLEETCTL_ENDPOINT)',
      global: true,
    })
    .option('etcd-key-prefix', {
      type: 'string',
      default: process.env.FLEETCTL_ETCD_KEY_PREFIX ?? defaultKeyPrefix,
      describe: 'keyspace of fleet data in the store',
      global: true,
    })
    .option('request-timeout', {
      type: 'string',
      default: process.env.FLEETCTL_REQUEST_TIMEOUT ?? '3s',
      describe: 'timeout of one request to the store',
      global: true,
    })
    .option('ca-file', {
      type: 'string',
      default: process.env.FLEETCTL_CA_FILE ?? '',
      describe: "CA the store's certificate must chain to (https:// endpoints)",
      global: true,
    })
    .option('cert-file', {
      type: 'string',
      default: process.env.FLEETCTL_CERT_FILE ?? '',
      describe: 'client certificate presented to the store',
      global: true,
    })
    .option('key-file', {
      type: 'string',
      default: process.env.FLEETCTL_KEY_FILE ?? '',
      describe: 'key of --cert-file',
      global: true,
    });
}

function stderr(text: string): void {
  process.stderr.write(text + '\n');
}

function stdout(text: string): void {
  process.stdout.write(text + '\n');
}

/**
 * fleetctl's --ca-file, --cert-file, --key-file; under `clusterd fleet`, etcdctl's --cacert, --cert
 * and --key too. https:// endpoints use TLS in any case.
 */
function fleetTls(args: FleetArgs): ClientTransportTls | undefined {
  const etcdctl = clientTlsFromArgs(args as Partial<GlobalArgs>);
  const caFile = args['ca-file'] || etcdctl?.caFile || '';
  const certFile = args['cert-file'] || etcdctl?.certFile || '';
  const keyFile = args['key-file'] || etcdctl?.keyFile || '';
  if (caFile === '' && certFile === '' && keyFile === '' && etcdctl === undefined) return undefined;
  return {
    ...etcdctl,
    ...(caFile !== '' && { caFile }),
    ...(certFile !== '' && { certFile }),
    ...(keyFile !== '' && { keyFile }),
  };
}

async function withRegistry<T>(args: FleetArgs, fn: (r: Registry) => Promise<T>): Promise<T> {
  const timeoutMs = parseDuration(args['request-timeout']);
  const tls = fleetTls(args);
  const credentials = await credentialsFromArgs(args as Partial<GlobalArgs>);
  const client = new EtcdClient({
    endpoints: args.endpoint,
    dialTimeoutMs: timeoutMs,
    commandTimeoutMs: timeoutMs,
    ...(tls !== undefined && { tls }),
    ...(credentials !== undefined && { credentials }),
  });
  try {
    return await fn(new Registry(client, new RegistryKeys(args['etcd-key-prefix'])));
  } catch (err) {
    // fleetctl prints its refusals plainly, without an "Error:" prefix.
    if (!(err instanceof RegistryError)) throw err;
    stderr(err.message);
    throw new ReportedError();
  } finally {
    await client.close();
  }
}

// ---- the list commands ----

/**
 * Go's text/tabwriter as fleetctl sets it up (tab width 8, padding 1, tabs as padding): each
 * column is as wide as its widest cell plus one, rounded up to a tab stop.
 */
export function tabulate(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, i) => {
      const w = Math.ceil((cell.length + 1) / 8) * 8;
      widths[i] = Math.max(widths[i] ?? 0, w);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          i === row.length - 1
            ? cell
            : cell + '\t'.repeat(Math.ceil((widths[i]! - cell.length) / 8)),
        )
        .join(''),
    )
    .map((line) => line + '\n')
    .join('');
}

function machineIdLegend(id: string, full: boolean): string {
  return full ? id : `${id.slice(0, 8)}...`;
}

function machineLegend(id: string, machines: Map<string, MachineRecord>, full: boolean): string {
  const ip = machines.get(id)?.publicIp ?? '';
  return ip === '' ? machineIdLegend(id, full) : `${machineIdLegend(id, full)}/${ip}`;
}

function formatMetadata(metadata: Record<string, string>): string {
  const keys = Object.keys(metadata).sort();
  return keys.length === 0 ? '-' : keys.map((k) => `${k}=${metadata[k]}`).join(',');
}

interface ListArgs extends FleetArgs {
  full: boolean;
  /** False with --no-legend. */
  legend: boolean;
  fields: string;
}

function listOptions(defaultFields: string) {
  return (y: Argv<FleetArgs>): Argv<ListArgs> =>
    y
      .option('full', {
        alias: 'l',
        type: 'boolean',
        default: false,
        describe: 'do not ellipsize fields on output',
      })
      .option('legend', {
        type: 'boolean',
        default: true,
        describe: 'print a legend (column headers); --no-legend does not',
      })
      .option('fields', { type: 'string', default: defaultFields, describe: 'columns to print' });
}

/** The columns asked for, checked against the known ones with fleetctl's messages. */
function columns<T>(
  fields: string,
  known: Record<string, T>,
  deprecated: Record<string, string> = {},
): string[] {
  if (fields === '') {
    stderr('Must define output format');
    throw new ReportedError();
  }
  const cols = fields.split(',');
  for (const c of cols) {
    if (!(c in known)) {
      stderr(`Invalid key in output format: ${JSON.stringify(c)}`);
      throw new ReportedError();
    }
    if (deprecated[c]) stderr(deprecated[c]);
  }
  return cols;
}

function printTable(cols: string[], rows: string[][], noLegend: boolean): void {
  const all = noLegend ? rows : [cols.map((c) => c.toUpperCase()), ...rows];
  write(tabulate(all));
}

const listMachinesCommand: CommandModule<FleetArgs, ListArgs> = {
  command: 'list-machines',
  describe: 'Enumerate the current hosts in the cluster',
  builder: listOptions('machine,ip,metadata'),
  handler: async (a) => {
    const fields: Record<string, (m: MachineRecord) => string> = {
      machine: (m) => machineIdLegend(m.id, a.full),
      ip: (m) => (m.publicIp === '' ? '-' : m.publicIp),
      metadata: (m) => formatMetadata(m.metadata),
    };
    const cols = columns(a.fields, fields);
    const machines = await withRegistry(a, (r) => r.machines());
    printTable(
      cols,
      machines.map((m) => cols.map((c) => fields[c]!(m))),
      !a.legend,
    );
  },
};

const listUnitFilesCommand: CommandModule<FleetArgs, ListArgs> = {
  command: 'list-unit-files',
  describe: 'List the units that exist in the cluster.',
  builder: listOptions('unit,hash,dstate,state,target'),
  handler: async (a) => {
    await withRegistry(a, async (r) => {
      const { units: rows, machines } = await r.units();
      const target = (u: UnitSummary): string =>
        u.global
          ? 'global'
          : u.machineId === undefined
            ? '-'
            : machineLegend(u.machineId, machines, a.full);
      const fields: Record<string, (u: UnitSummary) => string> = {
        unit: (u) => u.job.name,
        hash: (u) => (a.full ? u.job.hash : u.job.hash.slice(0, 7)),
        dstate: (u) => u.job.desiredState,
        state: (u) => (u.refusal !== undefined ? 'refused' : u.global ? '-' : u.state),
        target,
        tmachine: target,
        global: (u) => String(u.global),
        desc: (u) => (u.description === '' ? '-' : u.description),
      };
      const cols = columns(a.fields, fields, {
        tmachine: 'WARNING: The "tmachine" field is deprecated. Use "target" instead',
      });
      printTable(
        cols,
        rows.map((u) => cols.map((c) => fields[c]!(u))),
        !a.legend,
      );
    });
  },
};

const listUnitsCommand: CommandModule<FleetArgs, ListArgs> = {
  command: 'list-units',
  describe: 'List the current state of units in the cluster',
  builder: listOptions('unit,machine,active,sub'),
  handler: async (a) => {
    await withRegistry(a, async (r) => {
      const [states, machineList] = await Promise.all([r.states(), r.machines()]);
      const machines = new Map(machineList.map((m) => [m.id, m]));
      const fields: Record<string, (s: UnitStateRecord) => string> = {
        unit: (s) => s.name,
        machine: (s) => machineLegend(s.machineId, machines, a.full),
        active: (s) => s.active || '-',
        sub: (s) => s.sub || '-',
        load: (s) => s.load || '-',
        hash: (s) => (s.hash === '' ? '-' : a.full ? s.hash : s.hash.slice(0, 7)),
      };
      const cols = columns(a.fields, fields);
      const sorted = states.sort((x, y) =>
        x.name === y.name ? (x.machineId < y.machineId ? -1 : 1) : x.name < y.name ? -1 : 1,
      );
      printTable(
        cols,
        sorted.map((s) => cols.map((c) => fields[c]!(s))),
        !a.legend,
      );
    });
  },
};

// ---- submitting and changing units ----

/** The unit types fleetctl recognises in a name (unit.RecognizedUnitType). */
const recognizedUnitTypes = ['service', 'socket', 'timer', 'path', 'device', 'mount', 'automount'];

/** fleetctl's unitNameMangle: the base name, with ".service" unless it ends in a known type. */
function unitNameOf(arg: string): string {
  const name = basename(arg);
  return recognizedUnitTypes.some((t) => name.endsWith(`.${t}`)) ? name : `${name}.service`;
}

/** The path fleetctl reads for `arg`: as given, with ".service" appended when the name lacked one. */
function unitPathOf(arg: string): string {
  return basename(arg) === unitNameOf(arg) ? arg : `${arg}.service`;
}

async function fileExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function readUnitFile(path: string): Promise<UnitFile> {
  try {
    return UnitFile.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new RegistryError(`failed getting Unit(${path}) from file: ${(err as Error).message}`);
  }
}

/**
 * fleetctl's getUnitFile: a local file by that name, else for an instance its template from the
 * registry, else the template file beside the given path.
 */
async function findUnitFile(r: Registry, arg: string): Promise<UnitFile> {
  const path = unitPathOf(arg);
  const name = unitNameOf(arg);
  if (await fileExists(path)) return readUnitFile(path);
  const template = templateOf(name);
  if (template === undefined)
    throw new RegistryError(`unable to find Unit(${name}) in Registry or on filesystem`);
  const registered = await r.job(template);
  if (registered) {
    const unit = await r.unitFile(registered.hash);
    if (unit) return unit;
  }
  const templatePath = join(dirname(path), template);
  if (await fileExists(templatePath)) return readUnitFile(templatePath);
  throw new RegistryError(
    `failed getting Unit(${path}) from template: unable to find template Unit(${template}) in Registry or on filesystem`,
  );
}

/** fleetctl's lazyCreateUnits: submits each unit not yet in the registry (or changed, with --replace). */
async function createUnits(r: Registry, args: string[], replace: boolean): Promise<string[]> {
  const names: string[] = [];
  for (const arg of args) {
    const name = unitNameOf(arg);
    names.push(name);
    const nameError = validateUnitName(name);
    if (nameError !== undefined) throw new RegistryError(nameError);
    const existing = await r.job(name);
    if (existing && !replace) {
      const path = unitPathOf(arg);
      if (await fileExists(path)) {
        const local = await readUnitFile(path);
        if (local.hash !== existing.hash)
          stderr(
            `WARNING: Unit ${name} in registry differs from local unit file ${path}. Add --replace to override.`,
          );
      }
      continue;
    }
    const unit = await findUnitFile(r, arg);
    if (existing && unit.hash === existing.hash) {
      stdout(`Found same Unit(${name}) in Registry, nothing to do`);
      continue;
    }
    const { errors, warnings } = validateUnit(name, unit);
    // fleet reports the first error it finds.
    if (errors.length > 0) throw new RegistryError(errors[0]);
    for (const w of warnings) stderr(`Unit ${name}: ${w}`);
    await r.submit(name, unit, 'inactive', replace);
  }
  return names;
}

interface BlockArgs extends FleetArgs {
  /** False with --no-block. */
  block: boolean;
  'block-attempts': number;
  replace?: boolean;
  unit: string[];
}

function blockOptions(withReplace: boolean) {
  return (y: Argv<FleetArgs>): Argv<BlockArgs> => {
    let out = y
      .positional('unit', { type: 'string', array: true, demandOption: true })
      .option('block', {
        type: 'boolean',
        default: true,
        describe: 'wait until the units reach the state; --no-block does not',
      })
      .option('block-attempts', {
        type: 'number',
        default: 0,
        describe: 'wait until the units reach the state, at most N attempts of 2 s (0: no limit)',
      }) as Argv<BlockArgs>;
    if (withReplace)
      out = out.option('replace', {
        type: 'boolean',
        default: false,
        describe: 'replace the units if they already exist',
      });
    return out;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What a blocking command still waits for, on one line of a terminal's stderr, rewritten as it
 * changes (fleetctl said nothing while a unit pulled its image); nothing when stderr is no
 * terminal, so scripts and pipes read fleetctl's output alone.
 */
class WaitProgress {
  private shown = '';

  constructor(private readonly enabled = process.stderr.isTTY) {}

  update(text: string): void {
    if (!this.enabled || text === this.shown) return;
    process.stderr.write(`\r\x1b[2K${text}`);
    this.shown = text;
  }

  clear(): void {
    if (this.shown === '') return;
    process.stderr.write('\r\x1b[2K');
    this.shown = '';
  }
}

/** Waits of less than this pass without a progress line. */
const progressAfterMs = 1000;

/**
 * fleetctl's blocking: polls every 250 ms until each unit's state (its desired state, for a
 * global unit) is `goal`, printing fleetctl's "Unit X launched on …" as each gets there, with one
 * read of the registry per poll for all of them. --block-attempts N gives up after N attempts of
 * 2 s each, as fleetctl's.
 */
async function waitAll(
  r: Registry,
  names: string[],
  goal: JobState,
  verb: string,
  a: BlockArgs,
): Promise<void> {
  if (!a.block) {
    for (const name of names) stdout(`Triggered unit ${name} ${verb}`);
    return;
  }
  const waiting = new Set(names);
  const attempts = a['block-attempts'];
  const startedMs = Date.now();
  const deadline = attempts > 0 ? startedMs + attempts * 2000 : Infinity;
  const progress = new WaitProgress();
  while (waiting.size > 0) {
    if (Date.now() >= deadline) {
      progress.clear();
      const [name] = waiting;
      stderr(
        `Error waiting for units: timed out waiting for unit ${name!} to report state ${goal}`,
      );
      throw new ReportedError();
    }
    await sleep(250);
    const { units, machines } = await r.units();
    for (const u of units) {
      if (waiting.has(u.job.name) && u.refusal !== undefined) {
        progress.clear();
        stderr(`Error waiting for units: unit ${u.job.name} refused: ${u.refusal}`);
        throw new ReportedError();
      }
      const state = u.global ? u.job.desiredState : u.state;
      if (!waiting.has(u.job.name) || state !== goal) continue;
      waiting.delete(u.job.name);
      const where =
        u.machineId === undefined ? '' : ` on ${machineLegend(u.machineId, machines, false)}`;
      progress.clear();
      stdout(`Unit ${u.job.name} ${state}${where}`);
    }
    const elapsedMs = Date.now() - startedMs;
    const next = units.find((u) => waiting.has(u.job.name));
    if (next && elapsedMs >= progressAfterMs) {
      const where =
        next.machineId === undefined
          ? 'not placed on a machine yet'
          : `${next.state} on ${machineLegend(next.machineId, machines, false)}`;
      const more = waiting.size > 1 ? ` (and ${waiting.size - 1} more)` : '';
      progress.update(
        `waiting ${Math.round(elapsedMs / 1000)}s for ${next.job.name} to be ${goal}: ${where}${more}`,
      );
    }
  }
  progress.clear();
}

/** Sets the desired state of each unit (which must exist); fleetctl's setTargetStateOfUnits. */
async function setStates(r: Registry, names: string[], state: JobState): Promise<void> {
  for (const name of names) {
    if (!(await r.setDesiredState(name, state)))
      throw new RegistryError(`unable to find unit ${name}`);
  }
}

const submitCommand: CommandModule<FleetArgs, BlockArgs> = {
  command: 'submit <unit..>',
  describe: 'Upload one or more units to the cluster without starting them',
  builder: (y) =>
    y.positional('unit', { type: 'string', array: true, demandOption: true }).option('replace', {
      type: 'boolean',
      default: false,
      describe: 'replace the units if they already exist',
    }) as Argv<BlockArgs>,
  handler: async (a) => {
    await withRegistry(a, (r) => createUnits(r, a.unit, a.replace ?? false));
  },
};

function transition(
  command: string,
  describe: string,
  goal: JobState,
  verb: string,
  creates: boolean,
): CommandModule<FleetArgs, BlockArgs> {
  return {
    command: `${command} <unit..>`,
    describe,
    builder: blockOptions(creates),
    handler: async (a) => {
      await withRegistry(a, async (r) => {
        const names = creates
          ? await createUnits(r, a.unit, a.replace ?? false)
          : a.unit.map(unitNameOf);
        await setStates(r, names, goal);
        await waitAll(r, names, goal, verb, a);
      });
    },
  };
}

const destroyCommand: CommandModule<FleetArgs, BlockArgs> = {
  command: 'destroy <unit..>',
  describe: 'Destroy one or more units in the cluster',
  builder: blockOptions(false),
  handler: async (a) => {
    await withRegistry(a, async (r) => {
      const names = a.unit.map(unitNameOf);
      const destroyed: string[] = [];
      for (const name of names) if (await r.destroy(name)) destroyed.push(name);
      if (destroyed.length === 0) {
        stderr('Units not found in registry');
        return;
      }
      // Blocking (fleetctl's flags meant to, but only waited with --no-block): until no machine
      // reports the unit any more, i.e. it stopped everywhere.
      for (const name of destroyed) {
        for (let attempt = 0; a.block; attempt++) {
          if (!(await r.states()).some((s) => s.name === name)) break;
          if (a['block-attempts'] > 0 && attempt >= a['block-attempts'] * 8) {
            stderr(`timed out waiting for unit ${name} to be destroyed`);
            throw new ReportedError();
          }
          await sleep(250);
        }
        stdout(`Destroyed ${name}`);
      }
    });
  },
};

const catCommand: CommandModule<FleetArgs, { unit: string } & FleetArgs> = {
  command: 'cat <unit>',
  describe: 'Output the contents of a submitted unit',
  builder: (y) => y.positional('unit', { type: 'string', demandOption: true }),
  handler: async (a) => {
    await withRegistry(a, async (r) => {
      const name = unitNameOf(a.unit);
      const job = await r.job(name);
      const unit = job ? await r.unitFile(job.hash) : undefined;
      if (!unit) {
        stderr(`Unit ${name} not found`);
        throw new ReportedError();
      }
      write(unit.serialize());
    });
  },
};

// ---- journal and status, asked of the machine that runs the unit ----

/** The fleet API of the machine the unit is placed on, with fleetctl's refusals. */
async function unitMachineApi(
  r: Registry,
  name: string,
  verb: 'journal' | 'status',
): Promise<Client> {
  const job = await r.job(name);
  if (!job) {
    stderr(`Unit ${name} does not exist.`);
    throw new ReportedError();
  }
  const unit = await r.unitFile(job.hash);
  if (unit && requirementsOf(name, unit).global) {
    stderr(`Unable to retrieve ${verb} of global unit ${name}.`);
    throw new ReportedError();
  }
  const machineId = (await r.schedule()).get(name);
  const machine = (await r.machines()).find((m) => m.id === machineId);
  if (!machine?.apiUrl) {
    stderr(`Unit ${name} does not appear to be running.`);
    throw new ReportedError();
  }
  return new Client(machine.apiUrl.replace(/^http:\/\//, ''), credentials.createInsecure());
}

/** Runs `fn` on the API of the unit's machine, reporting a refusal as fleetctl does. */
async function withMachineApi(
  a: FleetArgs,
  name: string,
  verb: 'journal' | 'status',
  fn: (api: Client) => Promise<void>,
): Promise<void> {
  const api = await withRegistry(a, (r) => unitMachineApi(r, name, verb));
  try {
    await fn(api);
  } catch (err) {
    if (!(err instanceof RegistryError)) throw err;
    stderr(err.message);
    throw new ReportedError();
  } finally {
    api.close();
  }
}

interface JournalArgs extends FleetArgs {
  unit: string;
  lines: number;
  follow: boolean;
}

const journalCommand: CommandModule<FleetArgs, JournalArgs> = {
  command: 'journal <unit>',
  describe: 'Print the journal of a unit in the cluster to stdout',
  builder: (y) =>
    y
      .positional('unit', { type: 'string', demandOption: true })
      .option('lines', {
        type: 'number',
        default: 10,
        describe: 'number of recent log lines to return',
      })
      .option('follow', {
        alias: 'f',
        type: 'boolean',
        default: false,
        describe: 'continuously print new entries as they are appended',
      }),
  handler: async (a) => {
    const name = unitNameOf(a.unit);
    await withMachineApi(
      a,
      name,
      'journal',
      (api) =>
        new Promise<void>((resolve, reject) => {
          const m = fleetService.Journal;
          const call = api.makeServerStreamRequest(
            m.path,
            m.requestSerialize,
            m.responseDeserialize,
            {
              name,
              lines: a.lines,
              follow: a.follow,
            },
          );
          const interrupt = (): void => {
            call.cancel();
          };
          process.once('SIGINT', interrupt);
          call.on('data', (res: fleetpb.JournalResponse) => {
            for (const l of res.lines) stdout(l);
          });
          call.on('error', (err: ServiceError) => {
            process.off('SIGINT', interrupt);
            if (err.code === status.CANCELLED) resolve();
            else reject(new RegistryError(err.details));
          });
          call.on('end', () => {
            process.off('SIGINT', interrupt);
            resolve();
          });
        }),
    );
  },
};

const statusCommand: CommandModule<FleetArgs, { unit: string[] } & FleetArgs> = {
  command: 'status <unit..>',
  describe: 'Output the status of one or more units in the cluster',
  builder: (y) => y.positional('unit', { type: 'string', array: true, demandOption: true }),
  handler: async (a) => {
    const names = a.unit.map(unitNameOf);
    for (const [i, name] of names.entries()) {
      await withMachineApi(a, name, 'status', async (api) => {
        const m = fleetService.UnitStatus;
        const res = await new Promise<fleetpb.UnitStatusResponse>((resolve, reject) => {
          api.makeUnaryRequest(
            m.path,
            m.requestSerialize,
            m.responseDeserialize,
            { name },
            (err, value) => {
              if (err || !value) reject(new RegistryError(err?.details ?? 'no answer'));
              else resolve(value);
            },
          );
        });
        if (i > 0) stdout('');
        // systemctl status's first lines, then the unit's last journal lines.
        const st = res.state;
        stdout(`● ${name}${res.description === '' ? '' : ` - ${res.description}`}`);
        stdout(`   Loaded: ${st?.loadState ?? '-'}`);
        stdout(`   Active: ${st?.activeState ?? '-'} (${st?.subState ?? '-'})`);
        if (res.mainPid > 0) stdout(` Main PID: ${res.mainPid}`);
        if (res.journal.length > 0) stdout('');
        for (const l of res.journal) stdout(l);
      });
    }
  },
};

/** The fleetctl commands, for `clusterd fleet` and for the binary run as `fleetctl`. */
export function addFleetCommands<T>(y: Argv<T>): Argv<T & FleetArgs> {
  const withOptions = addFleetOptions(y);
  // Variadic unit arguments: the clusterd program's "a flag given twice takes its last value"
  // would keep only the last unit.
  const variadic = (c: CommandModule<FleetArgs, never>): CommandModule<FleetArgs, never> => ({
    ...c,
    builder: ((y: Argv<FleetArgs>) => {
      const configured = y.parserConfiguration({ 'duplicate-arguments-array': true });
      return typeof c.builder === 'function' ? c.builder(configured) : configured;
    }) as unknown as CommandModule<FleetArgs, never>['builder'],
  });
  const commands: CommandModule<FleetArgs, never>[] = [
    listMachinesCommand,
    listUnitsCommand,
    listUnitFilesCommand,
    submitCommand,
    transition(
      'load',
      'Schedule one or more units in the cluster, first submitting them if necessary.',
      'loaded',
      'load',
      true,
    ),
    transition(
      'start',
      'Instruct systemd to start one or more units in the cluster, first submitting and loading if necessary.',
      'launched',
      'start',
      true,
    ),
    transition(
      'stop',
      'Instruct systemd to stop one or more units in the cluster.',
      'loaded',
      'stop',
      false,
    ),
    transition(
      'unload',
      'Unschedule one or more units in the cluster.',
      'inactive',
      'unload',
      false,
    ),
    destroyCommand,
    catCommand,
    journalCommand,
    statusCommand,
  ] as unknown as CommandModule<FleetArgs, never>[];
  for (const c of commands) withOptions.command(variadic(c));
  return withOptions.demandCommand(1, 'a fleetctl command is needed');
}

export const fleetCommand: CommandModule<object, FleetArgs> = {
  command: 'fleet <command>',
  describe: "schedule units across the cluster (fleetctl's commands)",
  builder: (y) => addFleetCommands(y),
  handler: () => undefined,
};
