// The endpoints a client talks to: parsing `host:port` / `http://host:port`, one gRPC channel per
// endpoint, and which endpoint is current. On Unavailable the caller moves on to the next one.
import * as grpc from '@grpc/grpc-js';

/** Normalises an endpoint to `host:port` (gRPC's target form). Only plain-text h2c is supported. */
export function parseEndpoint(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new Error('empty endpoint');
  let rest = trimmed;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (name !== 'http') throw new Error(`endpoint ${trimmed}: scheme ${name} is not supported`);
    rest = trimmed.slice(scheme[0].length).replace(/\/+$/, '');
  }
  if (rest.includes('/')) throw new Error(`endpoint ${trimmed}: unexpected path`);
  const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(rest);
  if (!match || Number(match[2]) > 65535) {
    throw new Error(`endpoint ${trimmed}: expected host:port`);
  }
  return rest;
}

/** Splits a comma-separated endpoint list (the CLI and CLUSTERD_ENDPOINTS form). */
export function parseEndpointList(list: string | readonly string[]): string[] {
  const items = typeof list === 'string' ? list.split(',') : list.flatMap((s) => s.split(','));
  const result = items.filter((s) => s.trim() !== '').map(parseEndpoint);
  if (result.length === 0) throw new Error('no endpoints given');
  return [...new Set(result)];
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
  private readonly channels = new Map<string, grpc.Client>();
  private current = 0;
  private closed = false;

  constructor(endpoints: readonly string[]) {
    if (endpoints.length === 0) throw new Error('no endpoints given');
    this.endpoints = endpoints.map(parseEndpoint);
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
      client = new grpc.Client(endpoint, grpc.credentials.createInsecure(), channelOptions);
      this.channels.set(endpoint, client);
    }
    return client;
  }

  /** Resolves once the endpoint's channel is connected, rejects after `timeoutMs`. */
  waitReady(endpoint: string, timeoutMs: number): Promise<void> {
    const client = this.channel(endpoint);
    return new Promise((resolve, reject) => {
      client.waitForReady(Date.now() + timeoutMs, (err) => {
        if (err) reject(err);
        else resolve();
      });
    });
  }

  close(): void {
    this.closed = true;
    for (const client of this.channels.values()) client.close();
    this.channels.clear();
  }
}
