// Peer URLs as etcd spells them (`http://host:port`, or bare `host:port`) to the targets grpc-js
// binds and dials. Only plain http: peer TLS is not supported yet.
export const defaultPeerPort = 2380;

export interface HostPort {
  host: string;
  port: number;
}

export function parsePeerUrl(text: string): HostPort {
  let url: URL;
  try {
    url = new URL(text.includes('://') ? text : `http://${text}`);
  } catch {
    throw new Error(`clusterd: peer URL "${text}" is not a URL`);
  }
  if (url.protocol !== 'http:') {
    throw new Error(`clusterd: unsupported scheme in peer URL ${text} (only http)`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return {
    host: host === 'localhost' ? '127.0.0.1' : host,
    port: url.port === '' ? defaultPeerPort : Number(url.port),
  };
}

/** The `host:port` target grpc-js takes, with IPv6 hosts bracketed. */
export function grpcTarget({ host, port }: HostPort): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
