// The etcd v3 client: one object per set of endpoints, holding the KV, Watch, Lease, Cluster and
// Maintenance services. `close()` ends every call, stream and timer the client started.
import type { ClientCredentials } from './auth-token.js';
import { AuthClient } from './auth.js';
import { Cluster } from './cluster.js';
import { parseEndpointAddresses, type ClientTransportTls } from './endpoints.js';
import { KV } from './kv.js';
import { LeaseClient } from './lease.js';
import { Maintenance } from './maintenance.js';
import { Transport } from './transport.js';
import { WatchManager } from './watch.js';

export interface ClientOptions {
  /**
   * `host:port`, `http://host:port` or `https://host:port`, as an array or a comma-separated list.
   */
  endpoints: string | readonly string[];
  /**
   * TLS, as etcdctl's flags give it: `https://` endpoints always use TLS, `http://` ones never,
   * bare `host:port` ones when this is given (unless its `bareEndpoints` is false).
   */
  tls?: ClientTransportTls;
  /** How long to wait for a connection to one endpoint before trying the next (default 2 s). */
  dialTimeoutMs?: number;
  /** The default deadline of one call, retries included (default 5 s). */
  commandTimeoutMs?: number;
  /** etcd's user name and password (etcdctl's --user): calls carry the token they give. */
  credentials?: ClientCredentials;
}

export const defaultDialTimeoutMs = 2000;
export const defaultCommandTimeoutMs = 5000;

export class EtcdClient {
  readonly kv: KV;
  readonly watch: WatchManager;
  readonly lease: LeaseClient;
  readonly cluster: Cluster;
  readonly maintenance: Maintenance;
  readonly auth: AuthClient;
  private readonly transport: Transport;

  constructor(options: ClientOptions) {
    this.transport = new Transport({
      endpoints: parseEndpointAddresses(options.endpoints),
      ...(options.tls !== undefined && { tls: options.tls }),
      dialTimeoutMs: options.dialTimeoutMs ?? defaultDialTimeoutMs,
      commandTimeoutMs: options.commandTimeoutMs ?? defaultCommandTimeoutMs,
      ...(options.credentials !== undefined && { credentials: options.credentials }),
    });
    this.kv = new KV(this.transport);
    this.watch = new WatchManager(this.transport);
    this.lease = new LeaseClient(this.transport);
    this.cluster = new Cluster(this.transport);
    this.maintenance = new Maintenance(this.transport);
    this.auth = new AuthClient(this.transport, this.kv);
  }

  /** The endpoints as `host:port`, in the order given. */
  get endpoints(): readonly string[] {
    return this.transport.pool.endpoints;
  }

  /** The endpoint calls go to now. */
  get activeEndpoint(): string {
    return this.transport.pool.active;
  }

  /**
   * The user the store knows this client as: the credentials' user once Authenticate gave a
   * token; '' without credentials or while the store has auth disabled.
   */
  get authenticatedUser(): string {
    const tokens = this.transport.tokens;
    return tokens?.authEnabled ? tokens.username : '';
  }

  /** Ends every watcher, kept-alive lease, pending call and connection. Idempotent. */
  close(): Promise<void> {
    this.watch.close();
    this.lease.close();
    this.transport.close();
    return Promise.resolve();
  }
}
