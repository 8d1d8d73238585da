// What the scheduler's benchmarks share: submitting many instances straight into the store (so
// that submitting is not what is measured), reading the registry through an informer, and waiting
// for a condition read from it.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EtcdClient, op, type TxnOp } from '../../src/client/index.js';
import { Informer } from '../../src/client/informer.js';
import { decodeMachine, decodeUnitState, encodeRecord } from '../../src/fleet/records.js';
import { RegistryKeys } from '../../src/fleet/registry-keys.js';
import type { UnitFile } from '../../src/fleet/unit-file.js';
import type { DisposableStore } from '../../src/util/lifecycle.js';
import { silentLogger } from '../../src/util/log.js';
import { OwnedProcess } from './owned-process.js';
import { freeLoopbackPorts } from './ports.js';
import { noDns } from './targets.js';

/** Below etcd's default --max-txn-ops (128). */
const opsPerTxn = 100;

/**
 * Writes the unit file once and a launched job per name, 100 to a transaction; the transactions
 * go round the clients given.
 */
export async function submitLaunched(
  clients: readonly EtcdClient[],
  keys: RegistryKeys,
  unit: UnitFile,
  names: readonly string[],
): Promise<void> {
  await clients[0]!.kv.put(keys.unit(unit.hash), unit.serialize());
  for (let i = 0; i < names.length; i += opsPerTxn) {
    const ops: TxnOp[] = names
      .slice(i, i + opsPerTxn)
      .map((name) =>
        op.put(keys.job(name), encodeRecord({ name, hash: unit.hash, desiredState: 'launched' })),
      );
    await clients[(i / opsPerTxn) % clients.length]!.kv.txn({ success: ops });
  }
}

/** Polls `done` every `everyMs`; the time it took, in seconds. */
export async function waitFor(
  what: string,
  done: () => boolean,
  timeoutMs: number,
  everyMs = 50,
): Promise<number> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > timeoutMs)
      throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return (performance.now() - started) / 1000;
}

/** The scheduler's registry as a benchmark reads it: one client and one informer on its prefix. */
export class RegistryWatch {
  readonly keys = new RegistryKeys();
  readonly client: EtcdClient;
  readonly informer: Informer;

  private constructor(store: DisposableStore, endpoint: string) {
    this.client = new EtcdClient({
      endpoints: endpoint,
      dialTimeoutMs: 5000,
      commandTimeoutMs: 30_000,
    });
    store.defer(() => this.client.close());
    this.informer = store.add(new Informer(this.client, this.keys.prefix, silentLogger));
  }

  /** Watching `endpoint` until `store` is disposed; resolves once the cache is warm. */
  static async start(store: DisposableStore, endpoint: string): Promise<RegistryWatch> {
    const watch = new RegistryWatch(store, endpoint);
    await watch.informer.start();
    return watch;
  }

  /** The IDs of the machines present. */
  machineIds(): string[] {
    return [...this.informer.entries(this.keys.machines)].flatMap(
      ([, e]) => decodeMachine(e.value)?.id ?? [],
    );
  }

  /** Unit name -> machine, for the units whose machine reports them running. */
  running(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [, e] of this.informer.entries(this.keys.states)) {
      const s = decodeUnitState(e.value);
      if (s?.active === 'active' && s.applied === 'launched') out.set(s.name, s.machineId);
    }
    return out;
  }
}

/** clusterd from this checkout's development bundle (`make build`). */
export const clusterdCommand = [
  process.execPath,
  fileURLToPath(new URL('../../dist/clusterd.cjs', import.meta.url)),
];

/**
 * One scheduler machine of a benchmark: `clusterd agent` with no store of its own, on `storeUrl`,
 * DNS off, its data and log under `dir` as m<i>; `extraArgs` add to its flags.
 */
export function startMachine(
  storeUrl: string,
  dir: string,
  i: number,
  agentTtlSeconds: number,
  extraArgs: readonly string[] = [],
): OwnedProcess {
  return OwnedProcess.spawn(
    clusterdCommand[0]!,
    [
      clusterdCommand[1]!,
      'agent',
      ...noDns,
      ...['--etcd-endpoints', storeUrl, '--data-dir', join(dir, `m${i}`)],
      ...['--agent-ttl', `${agentTtlSeconds}s`, '--public-ip', '127.0.0.1'],
      ...['--fleet-listen-url', 'http://127.0.0.1:0', '--log-level', 'warn'],
      ...extraArgs,
    ],
    join(dir, `m${i}.log`),
  );
}

/** What a benchmark may change about the lone store `startStore` starts. */
export interface StoreOptions {
  /** Serve DNS on this `host:port` (default: DNS off, as in the benchmarks that do not measure it). */
  dnsAddress?: string;
  /** Node's own flags, before the bundle (`--cpu-prof`, `--require` a probe). */
  nodeArgs?: readonly string[];
}

/**
 * A clusterd store alone (--no-fleet, so the scheduler's cost stays with the machines), on free
 * loopback ports under `dir`, stopped by pid when `store` is disposed; its client URL.
 */
export async function startStore(
  store: DisposableStore,
  dir: string,
  options: StoreOptions = {},
): Promise<{ url: string; process: OwnedProcess }> {
  const [clientPort, peerPort] = await freeLoopbackPorts(2);
  const url = `http://127.0.0.1:${clientPort!}`;
  const dns = options.dnsAddress === undefined ? noDns : ['--dns-addr', options.dnsAddress];
  const storeProcess = OwnedProcess.spawn(
    clusterdCommand[0]!,
    [
      ...(options.nodeArgs ?? []),
      clusterdCommand[1]!,
      'agent',
      ...dns,
      '--no-fleet',
      '--no-net',
      ...['--data-dir', join(dir, 'store'), '--listen-client-urls', url],
      ...['--listen-peer-urls', `http://127.0.0.1:${peerPort!}`, '--log-level', 'warn'],
    ],
    join(dir, 'store.log'),
  );
  store.defer(() => storeProcess.stop());
  return { url, process: storeProcess };
}
