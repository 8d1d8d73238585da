// --discovery URL: etcd's v2 discovery protocol, as etcd 3.4's --discovery speaks it to a discovery
// service (discovery.etcd.io, or Debian's etcd-discovery; both proxy the etcd v2 keys API under
// /v2/keys/_etcd/registry/<token>). The member reads the expected size from <url>/_config/size,
// registers itself as <url>/<member ID in hex> = "<name>=<peer URL>,...", and waits until `size`
// members registered; the first `size` by creation index are the initial cluster, so every founder
// derives the same one. Errors carry etcd's own texts.
import * as http from 'node:http';
import * as https from 'node:https';
import type { Duplex } from 'node:stream';
import { connect as tlsConnect } from 'node:tls';
import type { Logger } from './util/log.js';
import { toHex } from './util/long.js';

/** etcd's discovery errors (etcdserver/api/v2discovery), word for word. */
export const discoveryErrors = {
  invalidUrl: 'discovery: invalid URL',
  badSizeKey: 'discovery: size key is bad',
  sizeNotFound: 'discovery: size key not found',
  duplicateId: 'discovery: found duplicate id',
  duplicateName: 'discovery: found duplicate name',
  fullCluster: 'discovery: cluster is full',
  badDiscoveryEndpoint: 'discovery: bad discovery endpoint',
} as const;

/** etcd's DiscoveryError: what failed, and etcd's reason (one of discoveryErrors, or the service's). */
export class DiscoveryError extends Error {
  constructor(readonly reason: string) {
    super(`failed to join discovery cluster (${reason})`);
  }
}

export interface DiscoveryOptions {
  /** The token URL, e.g. https://discovery.etcd.io/<token>. */
  url: string;
  /** This member's ID, derived from its peer URLs with the discovery URL as token (as etcd does). */
  memberId: bigint;
  /** This member's entry: `name=peerURL[,name=peerURL...]`, sorted (etcd's URLsMap.String()). */
  self: string;
  /** etcd's --discovery-proxy: an HTTP proxy for the traffic to the service. */
  proxy?: string;
  logger: Logger;
}

/**
 * Registers this member and returns the initial cluster (`name=peerURL,...`) once `size` members
 * registered. A member that finds the first `size` places taken fails with "cluster is full"
 * before registering; one whose ID is already registered (a lost data directory, or a restart
 * while the others were awaited) fails with "found duplicate id", as etcd does.
 */
export async function joinDiscoveryCluster(options: DiscoveryOptions): Promise<string> {
  const registry = new DiscoveryRegistry(options);
  try {
    return await registry.join();
  } catch (err) {
    if (err instanceof DiscoveryError) explainFailure(err, options);
    throw err;
  }
}

/** A registered member: the key's last path element is its ID, the value its name=peerURL list. */
interface RegistryNode {
  key: string;
  value: string;
  createdIndex: number;
  modifiedIndex: number;
}

interface Listing {
  nodes: RegistryNode[];
  size: number;
  /** X-Etcd-Index of the listing: the watch for later members starts after it. */
  index: number;
}

/** A failure to reach the service, or its 5xx: retried with backoff (etcd's ClusterError). */
class Unreachable extends Error {}

const requestTimeoutMs = 5000;
/** etcd backs off 2^retries seconds, and no longer than 2^8 s, retrying for ever. */
const maxBackoffExponent = 8;

class DiscoveryRegistry {
  private readonly base: string;
  private readonly selfId: string;
  private retries = 0;

  private readonly proxy: URL | undefined;

  constructor(private readonly options: DiscoveryOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.selfId = toHex(options.memberId);
    this.proxy = options.proxy ? proxyUrl(options.proxy) : undefined;
    if (this.proxy) {
      options.logger.info('running proxy with discovery', { proxyUrl: this.proxy.href });
    }
  }

  private request(
    method: 'GET' | 'PUT',
    url: string,
    form?: string,
    timeoutMs = requestTimeoutMs,
  ): Promise<V2Answer> {
    return v2Request(method, url, form, timeoutMs, this.proxy);
  }

  async join(): Promise<string> {
    // A full cluster is refused before this member registers.
    await this.checkCluster();
    await this.createSelf();
    const listing = await this.checkCluster();
    const all = await this.waitNodes(listing);
    return nodesToCluster(all, listing.size);
  }

  private async checkCluster(): Promise<Listing> {
    for (;;) {
      try {
        return await this.listCluster();
      } catch (err) {
        if (!(err instanceof Unreachable)) throw err;
        await this.backOff('cluster status check', err);
      }
    }
  }

  private async listCluster(): Promise<Listing> {
    const sizeAnswer = await this.request('GET', `${this.base}/_config/size`);
    // etcd 3.4 means to say "size key not found" here (its type check misses the v2 error and it
    // prints the raw "100: Key not found"); the intended text is the one given.
    if (sizeAnswer.errorCode === 100) throw new DiscoveryError(discoveryErrors.sizeNotFound);
    const sizeText = sizeAnswer.node?.value ?? '';
    // etcd parses an unsigned integer; a size of 0 would leave no member to start, so it is bad too.
    if (!/^\d+$/.test(sizeText) || Number(sizeText) < 1) {
      throw new DiscoveryError(discoveryErrors.badSizeKey);
    }
    const size = Number(sizeText);
    const listing = await this.request('GET', this.base);
    const nodes = (listing.node?.nodes ?? [])
      .filter((n) => baseName(n.key) !== '_config')
      .sort((a, b) => a.createdIndex - b.createdIndex);
    // This member (registered or not) must be among the first `size`.
    for (let i = 0; i < nodes.length; i++) {
      if (baseName(nodes[i]!.key) === this.selfId) break;
      if (i >= size - 1) throw new DiscoveryError(discoveryErrors.fullCluster);
    }
    return { nodes, size, index: listing.index };
  }

  private async createSelf(): Promise<void> {
    const selfKey = `${this.base}/${this.selfId}`;
    const created = await this.request(
      'PUT',
      `${selfKey}?prevExist=false`,
      new URLSearchParams({ value: this.options.self }).toString(),
    );
    if (created.errorCode === 105) throw new DiscoveryError(discoveryErrors.duplicateId);
    const createdIndex = created.node?.createdIndex;
    if (createdIndex === undefined) throw new DiscoveryError(describeAnswer(created));
    // As etcd does: behind a proxy to several servers, see the registration where it was made.
    await this.request('GET', `${selfKey}?wait=true&waitIndex=${createdIndex}`, undefined, 0);
  }

  private async waitNodes(listing: Listing): Promise<RegistryNode[]> {
    const all = listing.nodes.slice(0, listing.size);
    let nextIndex = listing.index + 1;
    this.options.logger.info('found peers from discovery server', {
      discoveryUrl: this.options.url,
      found: all.map((n) => baseName(n.key)),
    });
    while (all.length < listing.size) {
      this.options.logger.info('found peers from discovery server; waiting for more', {
        discoveryUrl: this.options.url,
        foundPeers: all.length,
        neededPeers: listing.size - all.length,
      });
      let event: V2Answer;
      try {
        event = await this.request(
          'GET',
          `${this.base}?wait=true&recursive=true&waitIndex=${nextIndex}`,
          undefined,
          0,
        );
      } catch (err) {
        if (!(err instanceof Unreachable)) throw err;
        // etcd starts over: the cluster as it is now, then wait from there.
        await this.backOff('waiting for other nodes', err);
        return this.waitNodes(await this.checkCluster());
      }
      if (!event.node) throw new DiscoveryError(describeAnswer(event));
      all.push(event.node);
      nextIndex = event.node.modifiedIndex + 1;
    }
    this.options.logger.info('found all needed peers from discovery server', {
      discoveryUrl: this.options.url,
      foundPeers: all.length,
    });
    return all;
  }

  private async backOff(step: string, err: Error): Promise<void> {
    this.retries++;
    const backoffMs = 2 ** Math.min(this.retries, maxBackoffExponent) * 1000;
    this.options.logger.info('retry connecting to discovery service', {
      url: this.options.url,
      reason: step,
      error: err.message,
      backoffMs,
    });
    await new Promise((resolve) => setTimeout(resolve, backoffMs));
  }
}

/** A v2 keys API answer: a node (get, create, watch event) or a v2 error. */
interface V2Answer {
  node?: RegistryNode & { nodes?: RegistryNode[] };
  errorCode?: number;
  message?: string;
  cause?: string;
  /** X-Etcd-Index, or the error's index. */
  index: number;
}

/**
 * etcd's proxyFuncFromString: the proxy as a URL, `http://` assumed when it names no http(s)
 * scheme.
 */
function proxyUrl(proxy: string): URL {
  const parsed = URL.canParse(proxy) ? new URL(proxy) : undefined;
  const url = parsed?.protocol.startsWith('http') ? parsed : new URL(`http://${proxy}`);
  if (url.protocol !== 'http:') {
    throw new Error(`--discovery-proxy ${proxy}: only http:// proxies are supported`);
  }
  return url;
}

/**
 * How one request reaches `target` through an HTTP proxy, as Go's http.Transport does: a plain
 * http:// request goes to the proxy with the whole URL as its path; an https:// one through a
 * CONNECT tunnel, with TLS to the target inside.
 */
function viaProxy(
  target: URL,
  proxy: URL,
): { url: URL; options: http.RequestOptions | https.RequestOptions } {
  const proxyPort = Number(proxy.port || 80);
  if (target.protocol === 'http:') {
    return {
      url: new URL(proxy.origin),
      options: { path: target.href, headers: { host: target.host }, port: proxyPort },
    };
  }
  const targetPort = Number(target.port || 443);
  const createConnection = (
    _options: unknown,
    done: (err: Error | null, socket?: Duplex) => void,
  ): undefined => {
    const connect = http.request({
      host: proxy.hostname,
      port: proxyPort,
      method: 'CONNECT',
      path: `${target.hostname}:${targetPort}`,
      agent: false,
    });
    connect.once('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        done(new Error(`proxy ${proxy.host} refused CONNECT: ${res.statusCode ?? 0}`));
        return;
      }
      done(null, tlsConnect({ socket, servername: target.hostname }));
    });
    connect.once('error', (err) => {
      done(err);
    });
    connect.end();
    return undefined;
  };
  return { url: target, options: { createConnection } as https.RequestOptions };
}

/** One v2 keys API call; `timeoutMs` 0 for a watch, which waits as long as it takes. */
function v2Request(
  method: 'GET' | 'PUT',
  url: string,
  form?: string,
  timeoutMs = requestTimeoutMs,
  proxy?: URL,
): Promise<V2Answer> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.reject(new DiscoveryError(discoveryErrors.invalidUrl));
  }
  const route = proxy ? viaProxy(target, proxy) : { url: target, options: {} };
  const transport = route.url.protocol === 'https:' ? https : http;
  return new Promise<V2Answer>((resolve, reject) => {
    const req = transport.request(
      route.url,
      {
        ...route.options,
        method,
        // One request per connection: nothing stays open once the member has its cluster.
        agent: false,
        headers: {
          ...(route.options.headers as Record<string, string> | undefined),
          ...(form
            ? {
                'content-type': 'application/x-www-form-urlencoded',
                'content-length': String(Buffer.byteLength(form)),
              }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (err) => {
          reject(new Unreachable(err.message));
        });
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 500) {
            reject(new Unreachable(`${url}: ${status} ${res.statusMessage ?? ''}`.trim()));
            return;
          }
          let body: unknown;
          try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            reject(new DiscoveryError(discoveryErrors.badDiscoveryEndpoint));
            return;
          }
          const answer = body as Partial<V2Answer>;
          const header = Number(res.headers['x-etcd-index']);
          resolve({ ...answer, index: Number.isFinite(header) ? header : (answer.index ?? 0) });
        });
      },
    );
    if (timeoutMs > 0) {
      req.setTimeout(timeoutMs, () => {
        req.destroy(new Error(`no answer within ${timeoutMs} ms`));
      });
    }
    req.on('error', (err) => {
      reject(err instanceof DiscoveryError ? err : new Unreachable(`${url}: ${err.message}`));
    });
    req.end(form);
  });
}

/** etcd's v2 client error text ("105: Key already exists (/key) [12]") for an unexpected answer. */
function describeAnswer(answer: V2Answer): string {
  if (answer.errorCode === undefined) return discoveryErrors.badDiscoveryEndpoint;
  return `${answer.errorCode}: ${answer.message ?? ''} (${answer.cause ?? ''}) [${answer.index}]`;
}

/**
 * The initial cluster from the first `size` registrations (etcd's nodesToCluster): every entry a
 * name=URL pair, `size` distinct names, no URL twice.
 */
function nodesToCluster(nodes: RegistryNode[], size: number): string {
  const initialCluster = nodes.map((n) => n.value).join(',');
  const names = new Set<string>();
  const urls = new Set<string>();
  let pairs = 0;
  for (const pair of initialCluster.split(',')) {
    const eq = pair.indexOf('=');
    const url = pair.slice(eq + 1);
    if (eq <= 0 || !URL.canParse(url)) throw new DiscoveryError(discoveryErrors.invalidUrl);
    names.add(pair.slice(0, eq));
    urls.add(url);
    pairs++;
  }
  if (names.size !== size) throw new DiscoveryError(discoveryErrors.duplicateName);
  if (urls.size !== pairs) throw new Error(`discovery cluster ${initialCluster} has duplicate url`);
  return initialCluster;
}

function baseName(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

/** etcd's advice after a failed discovery, logged before the member exits with the error. */
function explainFailure(err: DiscoveryError, options: DiscoveryOptions): void {
  const fields = { discoveryUrl: options.url, error: err.reason };
  if (err.reason === discoveryErrors.duplicateId) {
    options.logger.warn('member has been registered with discovery service', fields);
    options.logger.warn('but could not find valid cluster configuration');
    options.logger.warn('check data dir if previous bootstrap succeeded');
    options.logger.warn('or use a new discovery token if previous bootstrap failed');
  } else if (err.reason === discoveryErrors.duplicateName) {
    options.logger.warn('member with duplicated name has already been registered', fields);
    options.logger.warn('cURL the discovery token URL for details');
    options.logger.warn('do not reuse discovery token; generate a new one to bootstrap a cluster');
  } else if (err.reason === discoveryErrors.fullCluster) {
    options.logger.warn('failed to bootstrap; discovery token was already used', fields);
    options.logger.warn('do not reuse discovery token; generate a new one to bootstrap a cluster');
  }
}
