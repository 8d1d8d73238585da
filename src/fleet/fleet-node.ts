// The scheduler's two halves on one machine, as fleetd: the engine (acting only while this
// machine leads it) and the agent that runs this machine's units. Both reach the store only
// through the etcd v3 client they are given, so the same code runs against clusterd's embedded
// store and against an external etcd (`clusterd agent --etcd-endpoints`).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { Server as GrpcServer, ServerCredentials } from '@grpc/grpc-js';
import type { EtcdClient } from '../client/index.js';
import { DisposableStore } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';
import { clusterdVersion } from '../version.js';
import { fleetHandlers, fleetService } from './api-service.js';
import { Engine } from './engine.js';
import { type DiscoveryRecords, MachineAgent } from './machine-agent.js';
import { fenceAfterTtlFraction, ProcessFence } from './process-fence.js';
import type { MachineRecord } from './records.js';
import { Registry } from './registry.js';
import { RegistryKeys } from './registry-keys.js';
import { ContainerEngine } from './runner/container-engine.js';
import { UnitManager } from './runner/unit-manager.js';
import type { UnitNetwork } from './runner/unit-network.js';
import { UnitCatalog } from './unit-catalog.js';

export interface FleetNodeOptions {
  client: EtcdClient;
  keyPrefix: string;
  /** Where the machine ID and the units' logs are kept. */
  dataDir: string;
  machineId: string;
  publicIp: string;
  metadata: Record<string, string>;
  agentTtlSeconds: number;
  engineReconcileIntervalMs: number;
  failuresBeforeMove: number;
  /** Where to serve fleetpb.Fleet: `http://host:port` (port 0 picks one). */
  listenUrl: string;
  /** The machine's Docker engine, `unix:///path/docker.sock`. */
  dockerHost: string;
  /** DNS records for the machine and its running units (the agent publishes them). */
  discovery?: DiscoveryRecords;
  /** The machine's subnet, for the units' addresses. */
  network?: UnitNetwork;
  logger: Logger;
}

export class FleetNode {
  private readonly disposables = new DisposableStore();
  private readonly agent: MachineAgent;
  private readonly engine: Engine;
  private readonly fence: ProcessFence;
  private readonly manager: UnitManager;
  private readonly machine: MachineRecord;
  private readonly registry: Registry;
  private starting: Promise<void> | undefined;

  constructor(private readonly options: FleetNodeOptions) {
    const keys = new RegistryKeys(options.keyPrefix);
    const catalog = new UnitCatalog(options.client, keys);
    const logger = options.logger.child({ component: 'fleet' });
    const fence = new ProcessFence(
      options.agentTtlSeconds * 1000 * fenceAfterTtlFraction,
      join(options.dataDir, 'fleet', 'fence.pid'),
      logger,
    );
    this.fence = fence;
    this.registry = new Registry(options.client, keys, catalog);
    this.machine = {
      id: options.machineId,
      publicIp: options.publicIp,
      metadata: options.metadata,
      version: clusterdVersion,
    };
    const containers = new ContainerEngine({
      socketPath: dockerSocketPath(options.dockerHost),
      machineId: options.machineId,
      logger,
    });
    this.disposables.add(containers);
    const manager = new UnitManager({
      containers,
      // The units' own docker commands reach the engine clusterd uses.
      defaultEnvironment: { DOCKER_HOST: options.dockerHost },
      ...(options.network && { network: options.network }),
      onProcessGroup: (pgid, alive, adoptable) => {
        fence.track(pgid, alive, adoptable);
      },
      logDir: join(options.dataDir, 'fleet', 'journal'),
      machineId: options.machineId,
      bootId: bootId(),
      hostname: hostname(),
      logger,
    });
    this.manager = manager;
    this.agent = new MachineAgent({
      client: options.client,
      keys,
      catalog,
      manager,
      machine: this.machine,
      agentTtlSeconds: options.agentTtlSeconds,
      fence,
      ...(options.discovery ? { discovery: options.discovery } : {}),
      logger,
    });
    this.engine = new Engine({
      client: options.client,
      keys,
      catalog,
      machineId: options.machineId,
      reconcileIntervalMs: options.engineReconcileIntervalMs,
      agentTtlSeconds: options.agentTtlSeconds,
      failuresBeforeMove: options.failuresBeforeMove,
      logger,
    });
  }

  /**
   * Serves the API, then starts both halves without waiting for the store: a cluster still
   * electing its first leader answers nothing yet, and the agent and engine retry until it does.
   */
  async start(): Promise<void> {
    const server = new GrpcServer({ 'grpc.enable_channelz': 0 });
    server.addService(
      fleetService,
      fleetHandlers({
        client: this.options.client,
        registry: this.registry,
        manager: this.manager,
        machineId: this.options.machineId,
        logger: this.options.logger,
      }),
    );
    this.disposables.defer(() => {
      server.forceShutdown();
    });
    const { host, port } = parseListenUrl(this.options.listenUrl);
    const bound = await new Promise<number>((resolve, reject) => {
      server.bindAsync(`${host}:${port}`, ServerCredentials.createInsecure(), (err, p) => {
        if (err)
          reject(new Error(`cannot listen for the fleet API on ${host}:${port}: ${err.message}`));
        else resolve(p);
      });
    });
    // Other machines reach a wildcard listener at the public address.
    const advertised = host === '0.0.0.0' || host === '[::]' ? this.options.publicIp : host;
    this.machine.apiUrl = `http://${advertised}:${bound}`;
    this.engine.start();
    this.disposables.add(this.engine);
    this.starting = this.agent.start().catch((err: unknown) => {
      this.options.logger.error('fleet: the machine agent could not start', { err });
    });
  }

  /** Graceful: this machine's units stop and its presence goes, so they move at once. */
  async close(): Promise<void> {
    // Disposing first: a start still waiting for the store gives up then.
    await this.agent.dispose();
    await this.starting;
    await this.fence.dispose();
    await this.disposables.dispose();
  }
}

/** The socket of `unix:///path` (or a bare path); Docker over TCP is not supported. */
export function dockerSocketPath(dockerHost: string): string {
  if (dockerHost.startsWith('/')) return dockerHost;
  if (dockerHost.startsWith('unix://')) return dockerHost.slice('unix://'.length);
  throw new Error(`--docker-host ${dockerHost}: only unix:///path/to/docker.sock is supported`);
}

function parseListenUrl(url: string): { host: string; port: number } {
  const parsed = new URL(url.includes('://') ? url : `http://${url}`);
  return { host: parsed.hostname, port: Number(parsed.port || 2390) };
}

/**
 * The machine's ID: /etc/machine-id when `fromHost`, else one kept in the data directory (made
 * at first start), so that several clusterd machines on one host stay distinct.
 */
export async function loadMachineId(dataDir: string, fromHost: boolean): Promise<string> {
  if (fromHost) return (await readFile('/etc/machine-id', 'utf8')).trim();
  const path = join(dataDir, 'machine-id');
  try {
    const stored = (await readFile(path, 'utf8')).trim();
    if (/^[0-9a-f]{32}$/.test(stored)) return stored;
  } catch {
    // First start: made below.
  }
  const id = randomBytes(16).toString('hex');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFile(path, id + '\n');
  return id;
}

/** fleet's public_ip default: the first non-internal IPv4 address, else loopback. */
export function defaultPublicIp(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

/** fleet's metadata flag: `k=v,k2=v2`, the last of a repeated key winning. */
export function parseMetadata(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (key !== '' && value !== '') out[key] = value;
  }
  return out;
}

function bootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().replace(/-/g, '');
  } catch {
    return '';
  }
}
