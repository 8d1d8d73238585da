// The endpoints a client talks to: parsing `host:port` / `http://host:port` / `https://host:port`,
// one gRPC channel per endpoint (TLS or not, as etcdctl decides it), and which endpoint is current.
// On Unavailable the caller moves on to the next one.
import * as grpc from '@grpc/grpc-js';
import { ClientTls, type ClientTlsOptions, type TlsChannelCredentials } from '../util/tls.js';

/** An endpoint as given: its `host:port` (gRPC's target form) and its scheme, if any. */
export interface EndpointAddress {
  target: string;
  scheme: 'http' | 'https' | '';
}

/** Parses `host:port`, `http://host:port` or `https://host:port`. */
export function parseEndpointAddress(text: string): EndpointAddress {
  const trimmed = text.trim();
  if (trimmed === '') throw new Error('empty endpoint');
  let rest = trimmed;
  let scheme: EndpointAddress['scheme'] = '';
  const prefix = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (prefix) {
    const name = prefix[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https') {
      throw new Error(`endpoint ${trimmed}: scheme ${name} is not supported`);
    }
    scheme = name;
    rest = trimmed.slice(prefix[0].length).replace(/\/+$/, '');
  }
  if (rest.includes('/')) throw new Error(`endpoint ${trimmed}: unexpected path`);
  const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(rest);
  if (!match || Number(match[2]) > 65535) {
    throw new Error(`endpoint ${trimmed}: expected host:port`);
  }
  return { target: rest, scheme };
}

/**
 * Splits a comma-separated endpoint list (the CLI and CLUSTERD_ENDPOINTS form), keeping each
 * endpoint's scheme (the first one given for a repeated `host:port`).
 */
export function parseEndpointAddresses(list: string | readonly string[]): EndpointAddress[] {
  const items = typeof list === 'string' ? list.split(',') : list.flatMap((s) => s.split(','));
  const result = new Map<string, EndpointAddress>();
  for (const item of items.filter((s) => s.trim() !== '')) {
    const address = parseEndpointAddress(item);
    if (!result.has(address.target)) result.set(address.target, address);
  }
  if (result.size === 0) throw new Error('no endpoints given');
  return [...result.values()];
}

/**
 * TLS for a client's endpoints, after etcdctl and clientv3 3.4: an `https://` endpoint always uses
 * TLS (these files, or Node's roots), an `http://` one never; a bare `host:port` uses TLS when
 * `bareEndpoints` (default true) says so, as etcdctl does when --cacert, --cert or --key is given
 * or --insecure-transport=false.
 */
export interface ClientTransportTls extends ClientTlsOptions {
  bareEndpoints?: boolean;
}

const channelOptions: grpc.ChannelOptions = {
  // etcd accepts 1.5 MiB requests and answers up to its receive limit; do not cap replies.
  'grpc.max_receive_message_length': -1,
  'grpc.max_send_message_length': -1,
  // Reconnect attempts are driven by the client's own failover, not by long grpc backoff.
  'grpc.initial_reconnect_backoff_ms': 100,
  'grpc.max_reconnect_backoff_ms': 1000,
  'grpc.enable_retries': 0,
};

/** One gRPC channel per endpoint, created on first use, and the index of the current endpoint. */
export class EndpointPool {
  readonly endpoints: readonly string[];
  private readonly secure = new Set<string>();
  private readonly tls: ClientTls | undefined;
  private readonly channels = new Map<string, grpc.Client>();
  private readonly tlsCredentials = new Map<string, TlsChannelCredentials>();
  private current = 0;
  private closed = false;

  constructor(endpoints: readonly EndpointAddress[], tls?: ClientTransportTls) {
    if (endpoints.length === 0) throw new Error('no endpoints given');
    this.endpoints = endpoints.map((e) => e.target);
    for (const e of endpoints) {
      const useTls =
        e.scheme === 'https' ||
        (e.scheme === '' && tls !== undefined && tls.bareEndpoints !== false);
      if (useTls) this.secure.add(e.target);
    }
    // Files are read now, so a missing one fails the client's construction (as etcdctl's start).
    this.tls = tls !== undefined || this.secure.size > 0 ? new ClientTls(tls ?? {}) : undefined;
  }

  /** The endpoint calls go to now. */
  get active(): string {
    return this.endpoints[this.current]!;
  }

  /** Moves on to the endpoint after `failed`, unless another call already did. */
  failover(failed: string): void {
    if (this.active !== failed) return;
    this.current = (this.current + 1) % this.endpoints.length;
  }

  channel(endpoint: string): grpc.Client {
    if (this.closed) throw new Error('endpoint pool is closed');
    let client = this.channels.get(endpoint);
    if (client === undefined) {
      let credentials = grpc.credentials.createInsecure();
      if (this.tls !== undefined && this.secure.has(endpoint)) {
        const tls = this.tls.credentials(hostOf(endpoint));
        this.tlsCredentials.set(endpoint, tls);
        credentials = tls;
      }
      client = new grpc.Client(endpoint, credentials, channelOptions);
      this.channels.set(endpoint, client);
    }
    return client;
  }

  /** Resolves once the endpoint's channel is connected, rejects after `timeoutMs`. */
  waitReady(endpoint: string, timeoutMs: number): Promise<void> {
    const client = this.channel(endpoint);
    const tls = this.tlsCredentials.get(endpoint);
    const started = Date.now();
    return new Promise((resolve, reject) => {
      client.waitForReady(Date.now() + timeoutMs, (err) => {
        if (!err) {
          resolve();
          return;
        }
        // A failed TLS handshake says more than grpc-js's "Failed to connect before the deadline":
        // one during this wait, or just before it (grpc-js waits out its reconnect backoff, at
        // most a second, before it dials again).
        const tlsError = tls?.lastError;
        const recent = tlsError !== undefined && tlsError.at >= started - 1500;
        reject(recent ? new Error(tlsError.message, { cause: err }) : err);
      });
    });
  }

  close(): void {
    this.closed = true;
    for (const client of this.channels.values()) client.close();
    this.channels.clear();
    this.tlsCredentials.clear();
  }
}

/** The host of a `host:port` target, without IPv6 brackets. */
function hostOf(target: string): string {
  return target.slice(0, target.lastIndexOf(':')).replace(/^\[(.*)\]$/, '$1');
}
