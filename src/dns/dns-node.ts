// DNS on one machine: the zone view over the store and the server on --dns-addr. It reaches the
// store only through the etcd client it is given, so it runs the same on clusterd's embedded
// store and on an external etcd (`clusterd agent --etcd-endpoints`), with or without the
// scheduler.
import type { EtcdClient } from '../client/index.js';
import { DisposableStore } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';
import { dnsSettings, formatHostPort, type HostPort, parseHostPort } from './config.js';
import { Forwarder } from './forwarder.js';
import { NetworkList, ownNetworks } from './networks.js';
import { DnsServer, ListenError } from './server.js';
import { ZoneView } from './zone-view.js';

export interface DnsNodeOptions {
  /** `host:port` to serve UDP and TCP on (port 0 picks one). */
  listen: string;
  /** The domain answered from the store (`skydns.local.`), unless /skydns/config says another. */
  domain: string;
  /** `ip[:port]` of the servers names outside the domain go to. */
  nameservers: string[];
  /** Networks allowed recursion; empty: loopback and this machine's networks. */
  recursionFrom: string[];
  logger: Logger;
}

/** Seconds a nameserver has to answer before the next is asked. */
const forwardTimeoutMs = 2000;

export class DnsNode {
  private readonly disposables = new DisposableStore();
  private readonly listenAddress: HostPort;
  private readonly recursionFrom: NetworkList;
  private readonly logger: Logger;
  private bound: HostPort | undefined;

  /** Checks the options: a bad address, nameserver or network throws, naming it. */
  constructor(private readonly options: DnsNodeOptions) {
    this.logger = options.logger.child({ component: 'dns' });
    this.listenAddress = parseHostPort(options.listen, 53);
    dnsSettings(options, undefined, this.logger);
    this.recursionFrom = NetworkList.parse(
      options.recursionFrom.length > 0 ? options.recursionFrom : ownNetworks(),
    );
  }

  /**
   * Listens, then follows the store (queries get SERVFAIL until its first list). When the address
   * cannot be bound, that is one error line and false: the rest of clusterd runs on without DNS.
   */
  async start(client: EtcdClient): Promise<boolean> {
    const view = this.disposables.add(new ZoneView(client, this.options, this.logger));
    const forwarder = new Forwarder({ timeoutMs: forwardTimeoutMs, logger: this.logger });
    this.disposables.defer(() => {
      forwarder.close();
    });
    const server = new DnsServer({
      listen: this.listenAddress,
      zone: view,
      forwarder,
      recursionFrom: this.recursionFrom,
      logger: this.logger,
    });
    try {
      this.bound = await server.listen();
    } catch (err) {
      if (!(err instanceof ListenError)) throw err;
      this.logger.error(err.message);
      await this.disposables.dispose();
      return false;
    }
    this.disposables.defer(() => server.close());
    view.start();
    this.logger.info('dns: serving', {
      address: formatHostPort(this.bound),
      domain: view.settings.domain,
      recursionFrom: this.recursionFrom.cidrs,
    });
    return true;
  }

  /** Where it serves, once started. */
  get address(): HostPort | undefined {
    return this.bound;
  }

  async close(): Promise<void> {
    await this.disposables.dispose();
  }
}
