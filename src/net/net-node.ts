// The network on one machine, as flanneld: it takes a subnet of the cluster network, keeps it,
// writes the subnet file, and keeps the kernel's routes to the other machines' subnets equal to
// their leases through the configured backend. It reaches the store only through the etcd client
// it is given, so it runs the same on clusterd's embedded store and on an external etcd.
//
// One level-triggered reconciler (a work queue of one key) does everything: the informer over the
// prefix (configuration and leases), the renewal time and a 10 s resync only ask it to run. Each
// pass compares what is (this machine's lease, the backend set up, the kernel's entries) with what
// the configuration and the leases say, and mends the difference. Where flanneld exits (the
// configuration changed, the lease was revoked, no subnet free), clusterd says so and carries on:
// it takes a new lease, or waits until one is free.
import { networkInterfaces } from 'node:os';
import type { EtcdClient } from '../client/index.js';
import { Informer } from '../client/informer.js';
import { Emitter, type Event } from '../client/event.js';
import { DisposableStore } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';
import { WorkQueue, type WorkResult } from '../util/work-queue.js';
import type { Backend } from './backend/backend.js';
import { createBackend } from './backend/create-backend.js';
import { type BackendConfig, type NetworkConfig, parseNetworkConfig } from './config.js';
import { formatIp4, formatIp4Net, type Ip4Net, sameNet } from './ip4.js';
import type { IpRoute } from './iproute.js';
import { IpMasquerade, Iptables } from './ip-masq.js';
import {
  decodeLeaseAttrs,
  encodeLeaseAttrs,
  type LeaseAttrs,
  NetKeys,
  type SubnetLease,
} from './subnet-lease.js';
import { type OwnLease, SubnetAllocator, SubnetError } from './subnet-allocator.js';
import { readSubnetFile, type SubnetFileContents, writeSubnetFile } from './subnet-file.js';
import type { MachineSubnet } from './machine-subnet.js';
import { UnitAddresses } from './unit-addresses.js';
import { compare, op } from '../client/index.js';

export interface NetNodeOptions {
  client: EtcdClient;
  /** flannel's --etcd-prefix. */
  prefix: string;
  /** The address other machines reach this one at. */
  publicIp: string;
  /** The interface for inter-machine traffic; empty: the one holding publicIp. */
  iface: string;
  /** flannel's --ip-masq: masquerade traffic leaving the network. */
  ipMasq: boolean;
  /** Where links and routes are changed: this process's namespace, or a test's. */
  ip: IpRoute;
  /** Whether they may be (CAP_NET_ADMIN); without, subnets and addresses are only handed out. */
  programKernel: boolean;
  /** flannel's --subnet-file. */
  subnetFile: string;
  /** Where the units' address reservations are kept (<data-dir>/net/ipam/<subnet>/). */
  dataDir: string;
  /** Seconds of an etcd lease on the subnet: flannel's 24 h. */
  leaseTtlSeconds: number;
  /** Seconds before the lease's end that it is renewed: flannel's --subnet-lease-renew-margin. */
  renewMarginSeconds: number;
  logger: Logger;
}

const reconcileKey = 'network';
const resyncMs = 10_000;

export class NetNode {
  private readonly disposables = new DisposableStore();
  private readonly keys: NetKeys;
  private readonly informer: Informer;
  private readonly queue: WorkQueue;
  private readonly allocator: SubnetAllocator;
  private readonly logger: Logger;
  private readonly subnetChanged = new Emitter<MachineSubnet | undefined>();
  private own: OwnLease | undefined;
  private backend:
    { config: BackendConfig; impl: Backend; setUpFor?: Ip4Net | undefined } | undefined;
  private machineSubnet: MachineSubnet | undefined;
  private previousSubnet: Ip4Net | undefined;
  /** The last problem logged, so that a pass repeating it stays quiet. */
  private lastProblem = '';
  // --ip-masq: the rules, when asked for and the kernel may be programmed (src/net/ip-masq.ts).
  private readonly masquerade: IpMasquerade | undefined;
  /** The last failure to write them that was logged, as lastProblem. */
  private lastMasqueradeProblem = '';

  /** This machine's subnet when it gets one or it changes; undefined when it loses it. */
  readonly onSubnet: Event<MachineSubnet | undefined> = this.subnetChanged.event;
  /** The units' addresses on the subnet (the runner's UnitNetwork). */
  readonly units: UnitAddresses;

  constructor(private readonly options: NetNodeOptions) {
    this.logger = options.logger.child({ component: 'net' });
    this.masquerade =
      options.ipMasq && options.programKernel
        ? new IpMasquerade(new Iptables(options.ip.netns), this.logger)
        : undefined;
    this.keys = new NetKeys(options.prefix);
    this.informer = new Informer(options.client, `${this.keys.prefix}/`, this.logger);
    this.units = new UnitAddresses({
      ip: options.ip,
      mayProgramKernel: options.programKernel,
      dataDir: options.dataDir,
      logger: this.logger,
    });
    this.allocator = new SubnetAllocator({
      client: options.client,
      keys: this.keys,
      leaseTtlSeconds: options.leaseTtlSeconds,
    });
    this.queue = new WorkQueue(
      () => this.reconcile(),
      { baseDelayMs: 500, maxDelayMs: 30_000, concurrency: 1 },
      this.logger,
    );
  }

  get subnet(): MachineSubnet | undefined {
    return this.machineSubnet;
  }

  /** Starts following the store; the subnet comes once a configuration exists. */
  async start(): Promise<void> {
    if (!this.options.programKernel)
      this.logger.warn(
        'net: programming the kernel needs root (CAP_NET_ADMIN): allocating subnets and addresses only',
      );
    this.previousSubnet = (await readSubnetFile(this.options.subnetFile))?.subnet;
    this.disposables.add(this.informer);
    this.disposables.add(
      this.informer.onChange(() => {
        this.queue.add(reconcileKey);
      }),
    );
    this.disposables.add(
      this.informer.onSynced(() => {
        this.queue.add(reconcileKey);
      }),
    );
    this.disposables.interval(() => {
      this.queue.add(reconcileKey);
    }, resyncMs);
    void this.informer.start();
  }

  /**
   * Stops following the store. The lease, the subnet file and the kernel's entries stay, as
   * flanneld leaves them: a restart keeps the subnet and the units their addresses.
   */
  async close(): Promise<void> {
    await this.queue.dispose();
    await this.disposables.dispose();
    this.subnetChanged.clear();
  }

  private problem(message: string, fields: Record<string, unknown> = {}): void {
    if (message === this.lastProblem) return;
    this.lastProblem = message;
    this.logger.error(message, fields);
  }

  private async reconcile(): Promise<WorkResult> {
    const configEntry = this.informer.get(this.keys.config);
    if (!this.informer.isSynced) return undefined;
    if (!configEntry) {
      if (this.lastProblem === '')
        this.logger.info('net: waiting for a network configuration', { key: this.keys.config });
      this.lastProblem = 'no configuration';
      return undefined;
    }
    let config: NetworkConfig;
    try {
      config = parseNetworkConfig(configEntry.value);
    } catch (err) {
      this.problem(`net: ${this.keys.config}: ${(err as Error).message}`);
      return undefined;
    }

    const own = await this.keepLease(config);
    if (!own) return { requeueAfterMs: resyncMs };
    this.lastProblem = '';
    await this.applyBackend(config, own);

    const renewAtMs = own.expiresAtMs - this.options.renewMarginSeconds * 1000;
    return { requeueAfterMs: Math.max(0, Math.min(resyncMs, renewAtMs - Date.now())) };
  }

  /** This machine's lease, fitting `config`: kept, renewed when due, or acquired. */
  private async keepLease(config: NetworkConfig): Promise<OwnLease | undefined> {
    let own = this.own;
    if (own && !SubnetAllocator.fits(own.subnet, config)) {
      this.logger.warn('net: the configuration changed, taking a subnet in the new network', {
        subnet: formatIp4Net(own.subnet),
      });
      own = undefined;
    }
    // A watch that reached this machine's last write and shows the key gone or on another lease:
    // someone deleted it (flanneld exits: "Lease has been revoked").
    if (own && this.informer.revision >= own.revision) {
      const entry = this.informer.get(this.keys.subnet(own.subnet));
      if (entry?.lease !== own.leaseId) {
        this.logger.warn('net: the subnet lease has been revoked, acquiring again', {
          subnet: formatIp4Net(own.subnet),
        });
        own = undefined;
      }
    }
    if (own && Date.now() >= own.expiresAtMs - this.options.renewMarginSeconds * 1000) {
      own = await this.allocator.renew(own);
      if (own) this.logger.info('net: subnet lease renewed', { subnet: formatIp4Net(own.subnet) });
    }
    if (!own) {
      try {
        own = await this.allocator.acquire(config, this.wantedAttrs(config), this.previousSubnet);
      } catch (err) {
        if (!(err instanceof SubnetError)) throw err;
        this.problem(
          `net: cannot take a subnet of ${formatIp4Net(config.network)}: ${err.message}`,
        );
        await this.setOwn(undefined);
        return undefined;
      }
      this.logger.info('net: subnet lease acquired', {
        subnet: formatIp4Net(own.subnet),
        network: formatIp4Net(config.network),
      });
    }
    await this.setOwn(own);
    return own;
  }

  private async setOwn(own: OwnLease | undefined): Promise<void> {
    const before = this.own;
    this.own = own;
    if (own) this.previousSubnet = own.subnet;
    if (!own && before) {
      this.machineSubnet = undefined;
      await this.units.setSubnet(undefined);
      this.subnetChanged.fire(undefined);
    }
  }

  /** What this machine's lease should say: its address, and its backend as last set up. */
  private wantedAttrs(config: NetworkConfig): LeaseAttrs {
    const backend = this.backend;
    const data =
      backend && sameBackend(backend.config, config.backend) ? this.own?.attrs : undefined;
    return {
      publicIp: this.options.publicIp,
      backendType: this.backendTypeOf(config.backend),
      backendData: data?.backendData,
    };
  }

  /** The backend that runs here: the configured one, or allocation only without privilege. */
  private backendTypeOf(config: BackendConfig): string {
    return this.options.programKernel ? config.type : 'none';
  }

  /** Sets the backend up for this subnet, publishes its data, and syncs it with the others. */
  private async applyBackend(config: NetworkConfig, own: OwnLease): Promise<void> {
    const wanted: BackendConfig = this.options.programKernel ? config.backend : { type: 'none' };
    if (this.backend && !sameBackend(this.backend.config, wanted)) {
      this.logger.info('net: the backend changed', {
        from: this.backend.config.type,
        to: wanted.type,
      });
      await this.backend.impl.tearDown();
      this.backend = undefined;
    }
    this.backend ??= {
      config: wanted,
      impl: createBackend(wanted, { ip: this.options.ip, log: this.logger }),
    };
    const backend = this.backend;

    if (!backend.setUpFor || !sameNet(backend.setUpFor, own.subnet)) {
      const iface = this.options.iface || interfaceOf(this.options.publicIp);
      const { backendData, mtu } = await backend.impl.setUp({
        subnet: own.subnet,
        publicIp: this.options.publicIp,
        iface,
      });
      backend.setUpFor = own.subnet;
      await this.publishAttrs(own, { ...own.attrs, backendType: wanted.type, backendData });
      const machine: MachineSubnet = {
        network: config.network,
        subnet: own.subnet,
        gateway: formatIp4(own.subnet.ip + 1),
        mtu,
      };
      await this.writeSubnetFile({
        network: config.network,
        subnet: own.subnet,
        mtu,
        ipMasq: this.options.ipMasq,
      });
      await this.units.setSubnet(machine);
      this.machineSubnet = machine;
      this.subnetChanged.fire(machine);
    }
    // Before the sync, whose failures about another machine must not keep the rules away.
    if (this.masquerade) await this.keepMasquerade(this.masquerade, config.network, own.subnet);
    try {
      await backend.impl.sync(this.remoteLeases(own, wanted.type));
    } catch (err) {
      // Something removed what setUp made (the device, say): the next pass sets it up again.
      backend.setUpFor = undefined;
      throw err;
    }
  }

  /**
   * Ensures --ip-masq's rules on every pass (one `iptables -S` when they are in place), so that a
   * firewall reload that erased them is mended, as flannel re-checks its own. A failure does not
   * stop the node (flanneld exits): subnets and routes work without; it is logged once.
   */
  private async keepMasquerade(
    masquerade: IpMasquerade,
    network: Ip4Net,
    subnet: Ip4Net,
  ): Promise<void> {
    try {
      if (await masquerade.ensure(network, subnet))
        this.logger.info('net: masquerading traffic leaving the network (--ip-masq)', {
          network: formatIp4Net(network),
          subnet: formatIp4Net(subnet),
        });
      this.lastMasqueradeProblem = '';
    } catch (err) {
      const message = `net: cannot write the --ip-masq rules: ${(err as Error).message}`;
      if (message !== this.lastMasqueradeProblem) this.logger.error(message);
      this.lastMasqueradeProblem = message;
    }
  }

  /** Rewrites this machine's lease value when its attributes changed (the vxlan MAC, say). */
  private async publishAttrs(own: OwnLease, attrs: LeaseAttrs): Promise<void> {
    const value = encodeLeaseAttrs(attrs);
    if (value === encodeLeaseAttrs(own.attrs)) return;
    const key = this.keys.subnet(own.subnet);
    const res = await this.options.client.kv.txn({
      compare: [compare.lease(key, '==', own.leaseId)],
      success: [op.put(key, value, { lease: own.leaseId })],
    });
    // Not on our lease any more: the next pass sees it revoked and acquires again.
    if (res.succeeded) this.own = { ...own, attrs, revision: res.header.revision };
  }

  private async writeSubnetFile(contents: SubnetFileContents): Promise<void> {
    try {
      await writeSubnetFile(this.options.subnetFile, contents);
    } catch (err) {
      this.problem(`net: cannot write the subnet file ${this.options.subnetFile}`, { err });
    }
  }

  /** The other machines' leases a backend of `type` routes to. */
  private remoteLeases(own: OwnLease, type: string): SubnetLease[] {
    const leases: SubnetLease[] = [];
    for (const [key, entry] of this.informer.entries()) {
      const subnet = this.keys.subnetOf(key);
      if (!subnet || sameNet(subnet, own.subnet)) continue;
      const attrs = decodeLeaseAttrs(entry.value);
      if (attrs && attrs.backendType === type) leases.push({ subnet, attrs });
    }
    return leases;
  }
}

function sameBackend(a: BackendConfig, b: BackendConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The interface holding `address` (loopback's for 127.x), as flannel finds --iface. */
function interfaceOf(address: string): string {
  for (const [name, addresses] of Object.entries(networkInterfaces())) {
    if (addresses?.some((a) => a.address === address)) return name;
  }
  return address.startsWith('127.') ? 'lo' : '';
}
