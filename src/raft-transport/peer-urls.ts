// Peer URLs as etcd spells them (`http://host:port`, `https://host:port`, or bare `host:port`) to
// the targets grpc-js binds and dials; `https` says the peer port speaks TLS.
export const defaultPeerPort = 2380;

export interface HostPort {
  host: string;
  port: number;
}

/**
 * `host` is what to bind or dial (localhost as 127.0.0.1); `serverName` the URL's own host, which
 * an https peer's certificate must name.
 */
export function parsePeerUrl(text: string): HostPort & { secure: boolean; serverName: string } {
  let url: URL;
  try {
    url = new URL(text.includes('://') ? text : `http://${text}`);
  } catch {
    throw new Error(`clusterd: peer URL "${text}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`clusterd: unsupported scheme in peer URL ${text} (only http and https)`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return {
    host: host === 'localhost' ? '127.0.0.1' : host,
    port: url.port === '' ? defaultPeerPort : Number(url.port),
    secure: url.protocol === 'https:',
    serverName: host,
  };
}

/** The `host:port` target grpc-js takes, with IPv6 hosts bracketed. */
export function grpcTarget({ host, port }: HostPort): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
