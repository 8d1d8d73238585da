// --cloud-config FILE: a CoreOS cloud-config (the talk's boot file: a `#cloud-config` line, then
// YAML) read as `clusterd agent` flags. On CoreOS, coreos-cloudinit turned the coreos.etcd, etcd2,
// fleet and flannel sections into each daemon's flags and started what coreos.units listed; in
// clusterd those daemons are one program, so the sections become its flags and the units say which
// of its roles run. Keys are read as coreos-cloudinit read them: `-` and `_` alike, `$private_ipv4`
// and `$public_ipv4` replaced by the machine's addresses (`\$private_ipv4` stays literal), and a
// key it does not know is warned about and ignored.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';

export interface MachineAddresses {
  /** What `$private_ipv4` stands for. */
  privateIpv4: string;
  /** What `$public_ipv4` stands for. */
  publicIpv4: string;
  /** /etc/machine-id, if there is one: etcd's name when the file gives none, as on CoreOS. */
  machineId?: string;
}

/** Agent flags by name, as yargs takes them from a config object (`fleet: false` is --no-fleet). */
export type AgentFlags = Record<string, string | boolean>;

export interface CloudConfigFlags {
  flags: AgentFlags;
  /** One line each, starting with the line of the file it is about. */
  warnings: string[];
}

/** The file is not a cloud-config: no `#cloud-config` line, or not YAML. */
export class CloudConfigError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

type FlagsOf = (value: string) => AgentFlags;

const sameFlag =
  (flag: string): FlagsOf =>
  (value) => ({ [flag]: value });

/** etcd 0.4 took host:port pairs; each is both where the member listens and what it advertises. */
const hostPortUrl = (value: string): string => (value.includes('://') ? value : `http://${value}`);

/** coreos.etcd: etcd 0.4's keys that clusterd has a flag for. */
const etcdKeys = new Map<string, FlagsOf>([
  ['discovery', sameFlag('discovery')],
  ['name', sameFlag('name')],
  ['data-dir', sameFlag('data-dir')],
  [
    'addr',
    (value) => ({
      'listen-client-urls': hostPortUrl(value),
      'advertise-client-urls': hostPortUrl(value),
    }),
  ],
  [
    'peer-addr',
    (value) => ({
      'listen-peer-urls': hostPortUrl(value),
      'initial-advertise-peer-urls': hostPortUrl(value),
    }),
  ],
]);

/** coreos.etcd2: etcd 2's keys are etcd's flags, which clusterd keeps. */
const etcd2Keys = new Map<string, FlagsOf>(
  [
    'name',
    'data-dir',
    'discovery',
    'discovery-fallback',
    'advertise-client-urls',
    'listen-client-urls',
    'initial-advertise-peer-urls',
    'listen-peer-urls',
    'initial-cluster',
    'initial-cluster-state',
    'initial-cluster-token',
    'heartbeat-interval',
    'election-timeout',
    'snapshot-count',
    'cert-file',
    'key-file',
    'trusted-ca-file',
    'peer-cert-file',
    'peer-key-file',
    'peer-trusted-ca-file',
  ]
    .map((key): [string, FlagsOf] => [key, sameFlag(key)])
    .concat(
      ['client-cert-auth', 'peer-client-cert-auth'].map((key) => [
        key,
        (value) => ({ [key]: value === 'true' }),
      ]),
    ),
);

/** fleet's and flannel's names for the store's TLS and credentials: the agent's own client's. */
const storeClientKeys: [string, FlagsOf][] = [
  ['etcd-cafile', sameFlag('etcd-cafile')],
  ['etcd-certfile', sameFlag('etcd-certfile')],
  ['etcd-keyfile', sameFlag('etcd-keyfile')],
];

const fleetKeys = new Map<string, FlagsOf>(
  ['public-ip', 'metadata', 'agent-ttl', 'engine-reconcile-interval', 'etcd-key-prefix']
    .map((key): [string, FlagsOf] => [key, sameFlag(key)])
    .concat(storeClientKeys),
);

/** coreos.flannel, as coreos-cloudinit named flanneld's options. */
const flannelKeys = new Map<string, FlagsOf>([
  ['interface', sameFlag('iface')],
  ['etcd-prefix', sameFlag('etcd-prefix')],
  ['ip-masq', (value) => ({ 'ip-masq': value === 'true' })],
  ['subnet-file', sameFlag('subnet-file')],
  ['public-ip', sameFlag('public-ip')],
  ...storeClientKeys,
  ['etcd-username', sameFlag('etcd-username')],
  ['etcd-password', sameFlag('etcd-password')],
]);

const sections = new Map([
  ['etcd', etcdKeys],
  ['etcd2', etcd2Keys],
  ['fleet', fleetKeys],
  ['flannel', flannelKeys],
]);

/** cloud-config keys for the machine rather than for clusterd. */
const machineKeys = new Set([
  'ssh-authorized-keys',
  'write-files',
  'hostname',
  'users',
  'manage-etc-hosts',
]);
const otherCoreosKeys = new Set(['update', 'locksmith', 'oem']);

/** The CoreOS units that clusterd is, and the role of clusterd each stands for. */
const roleUnits = new Map<string, 'store' | 'scheduler' | 'network' | 'docker'>([
  ['etcd.service', 'store'],
  ['etcd2.service', 'store'],
  ['fleet.service', 'scheduler'],
  ['flanneld.service', 'network'],
  ['docker.service', 'docker'],
]);
const startingCommands = new Set(['start', 'restart', 'reload-or-restart']);

interface Entry {
  /** As written, for messages. */
  key: string;
  /** `_` read as `-`, as coreos-cloudinit did. */
  name: string;
  value: unknown;
  line: number;
}

/**
 * The agent flags a cloud-config stands for, and warnings about what it has that clusterd does not
 * use. Throws CloudConfigError for a file that is not a cloud-config.
 */
export function cloudConfigToFlags(text: string, machine: MachineAddresses): CloudConfigFlags {
  // coreos-cloudinit's test: the first line, without trailing blanks, is exactly this.
  if (text.split('\n', 1)[0]!.trimEnd() !== '#cloud-config') {
    throw new CloudConfigError('not a cloud-config: the first line must be "#cloud-config"', 1, 1);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const [error] = doc.errors;
  if (error) {
    const at = error.linePos?.[0] ?? { line: 1, col: 1 };
    // yaml appends " at line L, column C:" and the line itself; the position is given apart.
    const reason = error.message.split(/ at line \d+, column \d+:?/)[0]!.trim();
    throw new CloudConfigError(reason, at.line, at.col);
  }
  return new CloudConfigReader(machine, lineCounter).read(doc.contents);
}

class CloudConfigReader {
  private readonly flags: AgentFlags = {};
  /** Where each flag was set, to name both places when two keys set it differently. */
  private readonly flagSources = new Map<string, string>();
  private readonly warnings = new Set<string>();
  private readonly units: { unit: unknown; path: string; line: number }[] = [];
  private sawEtcd = false;
  private sawFleet: string | undefined;

  constructor(
    private readonly machine: MachineAddresses,
    private readonly lineCounter: LineCounter,
  ) {}

  read(root: unknown): CloudConfigFlags {
    if (root === null || (isScalar(root) && root.value === null)) return this.result();
    if (!isMap(root)) {
      const { line, col } = this.position(root);
      throw new CloudConfigError('not a cloud-config: want keys such as "coreos:"', line, col);
    }
    for (const entry of this.entries(root)) {
      if (entry.name === 'coreos') {
        const coreos = this.mapping(entry, 'coreos');
        for (const child of coreos) this.coreosKey(child, `coreos.${child.key}`);
      } else if (machineKeys.has(entry.name)) {
        this.warn(entry.line, `${entry.key}: not applied (clusterd configures only itself)`);
      } else {
        this.warn(entry.line, `${entry.key}: unrecognized key, ignored`);
      }
    }
    this.applyUnits();
    if (this.sawEtcd && this.flags.name === undefined && this.machine.machineId) {
      // coreos-cloudinit named etcd after /etc/machine-id: machines booted from one file differ.
      this.flags.name = this.machine.machineId;
    }
    return this.result();
  }

  private result(): CloudConfigFlags {
    return { flags: this.flags, warnings: [...this.warnings] };
  }

  private coreosKey(entry: Entry, path: string): void {
    const keys = sections.get(entry.name);
    if (keys) {
      if (entry.name === 'etcd' || entry.name === 'etcd2') this.sawEtcd = true;
      if (entry.name === 'fleet') this.sawFleet = `line ${entry.line}`;
      this.section(entry, path, keys);
    } else if (entry.name === 'units') {
      if (!isSeq(entry.value)) {
        this.warn(entry.line, `${path}: want a list of units, ignored`);
        return;
      }
      entry.value.items.forEach((unit, i) => {
        this.units.push({ unit, path: `${path}[${i}]`, line: this.position(unit).line });
      });
    } else if (otherCoreosKeys.has(entry.name)) {
      this.warn(entry.line, `${path}: not supported by clusterd, ignored`);
    } else {
      this.warn(entry.line, `${path}: unrecognized key, ignored`);
    }
  }

  private section(entry: Entry, path: string, keys: Map<string, FlagsOf>): void {
    for (const child of this.mapping(entry, path)) {
      const childPath = `${path}.${child.key}`;
      const flagsOf = keys.get(child.name);
      if (flagsOf) {
        const value = this.scalar(child, childPath);
        if (value !== undefined) this.set(flagsOf(value), `${childPath} (line ${child.line})`);
      } else if (child.name === 'units' || sections.has(child.name)) {
        // The talk's file has fleet: and units: indented under etcd:, which makes them keys of
        // etcd in YAML (coreos-cloudinit ignored them there). They can only mean coreos.fleet and
        // coreos.units, so they are read as such.
        this.warn(
          child.line,
          `${childPath}: read as coreos.${child.key} (it is indented under ${entry.key}:)`,
        );
        this.coreosKey(child, childPath);
      } else {
        this.warn(child.line, `${childPath}: not supported by clusterd, ignored`);
      }
    }
  }

  /**
   * A mapping's entries. The talk's file has `public-ip:$private_ipv4` (no space after the colon),
   * which YAML reads as one string; where a mapping is due, `key:value` words are read as the
   * mapping that was meant.
   */
  private mapping(entry: Entry, path: string): Entry[] {
    if (isMap(entry.value)) return this.entries(entry.value);
    if (isScalar(entry.value) && typeof entry.value.value === 'string') {
      const words = entry.value.value.split(/\s+/).filter(Boolean);
      const pairs = words.map((word) => /^([\w-]+):(\S+)$/.exec(word));
      if (pairs.length > 0 && pairs.every((pair) => pair !== null)) {
        const line = this.position(entry.value).line;
        this.warn(
          line,
          `${path}: "${entry.value.value}" read as ${words.map((w) => w.replace(':', ': ')).join(', ')} (YAML wants a space after the colon)`,
        );
        return pairs.map((pair) => ({
          key: pair[1]!,
          name: pair[1]!.replace(/_/g, '-'),
          value: pair[2],
          line,
        }));
      }
    }
    // An empty section (`fleet:` and nothing under it) is no mistake.
    const empty = entry.value === null || (isScalar(entry.value) && entry.value.value === null);
    if (!empty) this.warn(entry.line, `${path}: want a mapping, ignored`);
    return [];
  }

  private entries(map: YAMLMap): Entry[] {
    return map.items.map((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      return {
        key,
        name: key.replace(/_/g, '-'),
        value: pair.value,
        line: this.position(pair.key).line,
      };
    });
  }

  /** A scalar's text with the machine's addresses put in; undefined (and a warning) otherwise. */
  private scalar(entry: Entry, path: string): string | undefined {
    const value = isScalar(entry.value) ? entry.value.value : entry.value;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      this.warn(entry.line, `${path}: want a single value, ignored`);
      return undefined;
    }
    return String(value).replace(/(\\?)\$(private|public)_ipv4/g, (whole, escape, which) => {
      if (escape) return whole.slice(1);
      return which === 'private' ? this.machine.privateIpv4 : this.machine.publicIpv4;
    });
  }

  private set(flags: AgentFlags, source: string): void {
    for (const [flag, value] of Object.entries(flags)) {
      const earlier = this.flags[flag];
      if (earlier !== undefined && earlier !== value) {
        this.warn(
          undefined,
          `${source}: --${flag} is already ${String(earlier)} from ${this.flagSources.get(flag) ?? ''}, ${String(value)} ignored`,
        );
        continue;
      }
      this.flags[flag] = value;
      this.flagSources.set(flag, source);
    }
  }

  /**
   * coreos.units: the units that are clusterd's roles decide which run; the scheduler runs only
   * if fleet.service is started, as on CoreOS. The store always runs (the scheduler needs it) and
   * the network runs unless flanneld.service is stopped (it is idle until it has a configuration).
   */
  private applyUnits(): void {
    let scheduler = false;
    for (const { unit, path, line } of this.units) {
      if (!isMap(unit)) {
        this.warn(line, `${path}: want a unit (name:, command:), ignored`);
        continue;
      }
      const fields = new Map(this.entries(unit).map((e) => [e.name, e]));
      const nameEntry = fields.get('name');
      const name = nameEntry && this.scalar(nameEntry, `${path}.name`);
      const commandEntry = fields.get('command');
      const command = commandEntry && this.scalar(commandEntry, `${path}.command`);
      const role = name === undefined ? undefined : roleUnits.get(name);
      if (role === undefined) {
        this.warn(
          line,
          `${path}: unit ${name ?? '(no name)'} is not run: clusterd does not run a machine's own units yet (fleetctl start runs units on the cluster)`,
        );
        continue;
      }
      for (const [field, entry] of fields) {
        if (field !== 'name' && field !== 'command') {
          this.warn(entry.line, `${path}.${entry.key}: not supported for ${name!}, ignored`);
        }
      }
      const starts = command !== undefined && startingCommands.has(command);
      if (role === 'scheduler') scheduler = starts;
      else if (role === 'network' && command !== undefined) this.flags.net = starts;
      else if (role === 'store' && !starts) {
        this.warn(line, `${path}: ${name!} is not started, but clusterd always runs its store`);
      }
    }
    this.flags.fleet = scheduler;
    if (!scheduler && this.sawFleet) {
      this.warn(
        undefined,
        `coreos.fleet (${this.sawFleet}) is set but fleet.service is not started (coreos.units): the scheduler does not run`,
      );
    }
  }

  private position(node: unknown): { line: number; col: number } {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.lineCounter.linePos(range[0]) : { line: 1, col: 1 };
  }

  private warn(line: number | undefined, message: string): void {
    this.warnings.add(line === undefined ? message : `line ${line}: ${message}`);
  }
}
