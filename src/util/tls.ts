// Transport security as etcd 3.4 has it (its pkg/transport TLSInfo), on Node's tls module:
//
// - TlsInfo: one side's files and rules, from etcd's flags (--cert-file, --trusted-ca-file,
//   --client-cert-auth, --client-crl-file, ... and their --peer-* twins).
// - ServerTls: terminates TLS on sockets a listener accepted (the client port hands the decrypted
//   socket to its HTTP/2-or-HTTP/1 front, the peer port to grpc-js), with etcd's rules: a
//   --trusted-ca-file or --client-cert-auth requires a client certificate the CA signed; after the
//   handshake a certificate listed in the CRL file is refused, and on the peer port one whose IP or
//   DNS SANs do not match the connection's source address (unless
//   --experimental-peer-skip-client-san-verification); --*-cert-allowed-cn/-hostname further
//   restrict the certificates accepted.
// - ClientTls: the dialing side (the etcd client, members dialing peers), as grpc-js channel
//   credentials.
// - Files are read again when they change: each new connection (server) or dial (client) checks
//   the files' size, mtime and inode, and a changed set is loaded and used from then on (etcd reads
//   them on every handshake). A set that does not load (e.g. a key written before its certificate)
//   is logged and the previous one kept.
// - selfCert: --auto-tls and --peer-auto-tls, a self-signed certificate kept in the data directory,
//   as etcd's transport.SelfCert makes it.
import * as grpc from '@grpc/grpc-js';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isIP, type Socket } from 'node:net';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { silentLogger, type Logger } from './log.js';

/** etcd's TLSInfo: one side's (client port's or peer port's) TLS files and rules. */
export interface TlsInfo {
  certFile: string;
  keyFile: string;
  trustedCaFile: string;
  /** Require a client certificate signed by trustedCaFile (also implied by trustedCaFile). */
  clientCertAuth: boolean;
  crlFile: string;
  /** Only a certificate with this CN is accepted (peers' --peer-cert-allowed-cn). */
  allowedCn: string;
  /** Only a certificate valid for this host name or IP is accepted. */
  allowedHostname: string;
  /** Peer port: accept client certificates whose SANs do not match their source address. */
  skipClientSanVerify: boolean;
  /** etcd's (Go's) cipher suite names; empty: OpenSSL's defaults. */
  cipherSuites: readonly string[];
  /** Made by selfCert (--auto-tls): whoever dials with it does not verify the other side. */
  selfCert: boolean;
}

export function emptyTlsInfo(): TlsInfo {
  return {
    certFile: '',
    keyFile: '',
    trustedCaFile: '',
    clientCertAuth: false,
    crlFile: '',
    allowedCn: '',
    allowedHostname: '',
    skipClientSanVerify: false,
    cipherSuites: [],
    selfCert: false,
  };
}

/** etcd's TLSInfo.Empty(): no certificate or key file given. */
export function tlsInfoEmpty(info: TlsInfo): boolean {
  return info.certFile === '' && info.keyFile === '';
}

/** etcd's TLSInfo.String(), for the start-up log line. */
export function describeTlsInfo(info: TlsInfo): string {
  return `cert = ${info.certFile}, key = ${info.keyFile}, trusted-ca = ${info.trustedCaFile}, client-cert-auth = ${String(info.clientCertAuth)}, crl-file = ${info.crlFile}`;
}

/**
 * Checks what etcd checks before reading the files: both named, the CN and hostname rules not
 * both given, the cipher suites known (etcd's baseConfig; ServerTls then loads the files).
 */
function checkTlsRules(info: TlsInfo): void {
  if (info.keyFile === '' || info.certFile === '') {
    throw new Error(
      `KeyFile and CertFile must both be present[key: ${info.keyFile}, cert: ${info.certFile}]`,
    );
  }
  if (info.allowedCn !== '' && info.allowedHostname !== '') {
    throw new Error(
      `AllowedCN and AllowedHostname are mutually exclusive (cn=${JSON.stringify(info.allowedCn)}, hostname=${JSON.stringify(info.allowedHostname)})`,
    );
  }
  opensslCiphers(info.cipherSuites);
}

// ---- cipher suites ----------------------------------------------------------------------------

/** Go's cipher suite names (what etcd's --cipher-suites takes) to OpenSSL's. */
const goToOpenssl: Record<string, string> = {
  TLS_RSA_WITH_RC4_128_SHA: 'RC4-SHA',
  TLS_RSA_WITH_3DES_EDE_CBC_SHA: 'DES-CBC3-SHA',
  TLS_RSA_WITH_AES_128_CBC_SHA: 'AES128-SHA',
  TLS_RSA_WITH_AES_256_CBC_SHA: 'AES256-SHA',
  TLS_RSA_WITH_AES_128_CBC_SHA256: 'AES128-SHA256',
  TLS_RSA_WITH_AES_128_GCM_SHA256: 'AES128-GCM-SHA256',
  TLS_RSA_WITH_AES_256_GCM_SHA384: 'AES256-GCM-SHA384',
  TLS_ECDHE_ECDSA_WITH_RC4_128_SHA: 'ECDHE-ECDSA-RC4-SHA',
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA: 'ECDHE-ECDSA-AES128-SHA',
  TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA: 'ECDHE-ECDSA-AES256-SHA',
  TLS_ECDHE_RSA_WITH_RC4_128_SHA: 'ECDHE-RSA-RC4-SHA',
  TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA: 'ECDHE-RSA-DES-CBC3-SHA',
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA: 'ECDHE-RSA-AES128-SHA',
  TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA: 'ECDHE-RSA-AES256-SHA',
  TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256: 'ECDHE-ECDSA-AES128-SHA256',
  TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256: 'ECDHE-RSA-AES128-SHA256',
  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256: 'ECDHE-RSA-AES128-GCM-SHA256',
  TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256: 'ECDHE-ECDSA-AES128-GCM-SHA256',
  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384: 'ECDHE-RSA-AES256-GCM-SHA384',
  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384: 'ECDHE-ECDSA-AES256-GCM-SHA384',
  TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305: 'ECDHE-RSA-CHACHA20-POLY1305',
  TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305: 'ECDHE-ECDSA-CHACHA20-POLY1305',
  // Go 1.16's names for the same two.
  TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-RSA-CHACHA20-POLY1305',
  TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: 'ECDHE-ECDSA-CHACHA20-POLY1305',
};

/**
 * The OpenSSL cipher list for etcd's --cipher-suites, or undefined for OpenSSL's defaults. The
 * suites are TLS 1.2's: as with etcd, a list given limits connections to TLS 1.2 (Node caps the
 * version when no TLS 1.3 suite is listed).
 */
export function opensslCiphers(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  return names
    .map((name) => {
      const mapped = goToOpenssl[name];
      if (mapped === undefined)
        throw new Error(`unexpected TLS cipher suite ${JSON.stringify(name)}`);
      return mapped;
    })
    .join(':');
}

// ---- files, read again when they change ---------------------------------------------------------

interface LoadedFiles {
  cert: Buffer;
  key: Buffer;
  ca: Buffer | undefined;
  ciphers: string | undefined;
}

function readFiles(info: TlsInfo): LoadedFiles {
  return {
    cert: readTlsFile(info.certFile),
    key: readTlsFile(info.keyFile),
    ca: info.trustedCaFile === '' ? undefined : readTlsFile(info.trustedCaFile),
    ciphers: opensslCiphers(info.cipherSuites),
  };
}

/** Reads a file, with Go's wording for a missing one ("open X: no such file or directory"). */
function readTlsFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error(`open ${path}: no such file or directory`, { cause: err });
    }
    if (code === 'EACCES') throw new Error(`open ${path}: permission denied`, { cause: err });
    throw err;
  }
}

/** What identifies a version of a set of files without reading them: size, mtime, inode. */
function filesStamp(paths: readonly string[]): string {
  return paths
    .filter((p) => p !== '')
    .map((p) => {
      try {
        const s = statSync(p, { bigint: true });
        return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
      } catch {
        return 'absent';
      }
    })
    .join('|');
}

/**
 * A value built from files, rebuilt when they change. `get()` costs one stat per file; a rebuild
 * that throws keeps the previous value (and is tried again when the files change once more).
 */
class FileBacked<T> {
  private stamp: string;
  private value: T;

  constructor(
    private readonly paths: readonly string[],
    private readonly build: () => T,
    private readonly onError: (err: unknown) => void,
    private readonly onReload: () => void = () => undefined,
  ) {
    this.stamp = filesStamp(paths);
    this.value = build();
  }

  get(): T {
    const stamp = filesStamp(this.paths);
    if (stamp === this.stamp) return this.value;
    this.stamp = stamp;
    try {
      this.value = this.build();
      this.onReload();
    } catch (err) {
      this.onError(err);
    }
    return this.value;
  }
}

function serverContextOptions(files: LoadedFiles): tls.SecureContextOptions {
  return {
    cert: files.cert,
    key: files.key,
    ...(files.ca !== undefined && { ca: files.ca }),
    ...(files.ciphers !== undefined && { ciphers: files.ciphers }),
    minVersion: 'TLSv1.2',
  };
}

// ---- the serving side ---------------------------------------------------------------------------

export interface ServerTlsOptions {
  /** 'client' or 'peer', in log lines. */
  what: string;
  /** etcd checks the SANs of certificates on the peer port only (and not with skipClientSanVerify). */
  checkSan: boolean;
  logger?: Logger;
}

/** A listener's hook: gets the decrypted socket once the handshake and etcd's checks passed. */
export type SecureSocketHandler = (socket: tls.TLSSocket) => void;

/** The server side of one TlsInfo, shared by the listeners of its URLs. */
export class ServerTls {
  private readonly log: Logger;
  private readonly context: FileBacked<{ options: tls.SecureContextOptions; generation: number }>;
  private readonly crl: FileBacked<Set<string> | Error> | undefined;
  private generation = 0;
  readonly requestCert: boolean;

  constructor(
    readonly info: TlsInfo,
    private readonly options: ServerTlsOptions,
  ) {
    checkTlsRules(info);
    this.log = (options.logger ?? silentLogger).child({ component: `${options.what}-tls` });
    // etcd's ServerConfig: a trusted CA alone also requires client certificates.
    this.requestCert = info.trustedCaFile !== '' || info.clientCertAuth;
    // The first build reads every file and checks the pair: errors there fail the start.
    this.context = new FileBacked(
      [info.certFile, info.keyFile, info.trustedCaFile],
      () => {
        const options = serverContextOptions(readFiles(info));
        tls.createSecureContext(options); // throws if the pair does not match
        return { options, generation: ++this.generation };
      },
      (err) => {
        this.log.warn('cannot reload TLS files; serving the previous ones', {
          certFile: info.certFile,
          keyFile: info.keyFile,
          trustedCaFile: info.trustedCaFile,
          error: errorText(err),
        });
      },
      () => {
        this.log.info('TLS files reloaded', { certFile: info.certFile });
      },
    );
    if (info.crlFile !== '') {
      const crlFile = info.crlFile;
      // As etcd: a CRL that cannot be read or parsed refuses every connection with a certificate.
      this.crl = new FileBacked<Set<string> | Error>(
        [crlFile],
        () => {
          try {
            return revokedSerials(readTlsFile(crlFile));
          } catch (err) {
            return err instanceof Error ? err : new Error(String(err));
          }
        },
        () => undefined,
      );
    }
  }

  /**
   * A TLS terminator for one listener: feed it accepted sockets; `onSecure` gets each decrypted
   * socket that passed. Sockets refused are destroyed here.
   */
  terminator(onSecure: SecureSocketHandler): (raw: Socket) => void {
    const current = this.context.get();
    let generation = current.generation;
    const server = tls.createServer({
      ...current.options,
      // Plain HTTP/1 first: curl and browsers then ask /health over HTTP/1.1, and gRPC clients,
      // which offer only h2, still get it.
      ALPNProtocols: ['http/1.1', 'h2'],
      requestCert: this.requestCert,
      rejectUnauthorized: this.requestCert,
      handshakeTimeout: 10_000,
    });
    server.on('tlsClientError', (err: Error, socket: tls.TLSSocket) => {
      this.rejected(socket, authorizationError(socket) ?? err);
    });
    server.on('secureConnection', (socket: tls.TLSSocket) => {
      this.check(socket).then(
        (refusal) => {
          if (refusal === undefined) {
            if (!socket.destroyed) onSecure(socket);
            return;
          }
          this.rejected(socket, refusal);
          socket.destroy();
        },
        (err: unknown) => {
          this.rejected(socket, err);
          socket.destroy();
        },
      );
    });
    return (raw) => {
      // Kept for the log line of a refusal: Node has destroyed the socket by then.
      remotes.set(raw, `${raw.remoteAddress ?? '?'}:${raw.remotePort ?? '?'}`);
      const now = this.context.get();
      if (now.generation !== generation) {
        generation = now.generation;
        server.setSecureContext(now.options);
      }
      server.emit('connection', raw);
    };
  }

  private rejected(socket: tls.TLSSocket, reason: unknown): void {
    // etcd logs "rejected connection from ..." for every failed handshake.
    this.log.warn('rejected connection', {
      remote: remoteOf(socket),
      error: reasonText(reason),
    });
  }

  /** etcd's checks after the handshake: CRL, SAN against the source (peers), CN, hostname. */
  private async check(socket: tls.TLSSocket): Promise<string | undefined> {
    if (!this.requestCert) return undefined;
    const chain = peerChain(socket);
    const leaf = chain[0];
    if (leaf === undefined) return undefined;
    if (this.crl !== undefined) {
      const revoked = this.crl.get();
      if (revoked instanceof Error) return revoked.message;
      for (const cert of chain) {
        const serial = normalizeSerial(cert.serialNumber);
        if (revoked.has(serial))
          return `transport: certificate serial ${serial.toLowerCase()} revoked`;
      }
    }
    const rule = certificateRule(this.info);
    if (rule !== undefined) {
      const refusal = rule(leaf);
      if (refusal !== undefined) return refusal;
    }
    if (this.options.checkSan && !this.info.skipClientSanVerify) {
      return checkCertSan(leaf, socket.remoteAddress ?? '');
    }
    return undefined;
  }
}

/** The `address:port` of accepted sockets, for log lines about their TLS sockets. */
const remotes = new WeakMap<Socket, string>();

function remoteOf(socket: tls.TLSSocket): string {
  // A server TLSSocket wraps the accepted socket as `_parent` (Node internal; '?' without it).
  const parent = (socket as unknown as { _parent?: unknown })._parent;
  const known = parent !== undefined && parent !== null ? remotes.get(parent as Socket) : undefined;
  return known ?? `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
}

/** OpenSSL's reason ("peer did not return a certificate") rather than its whole error line. */
function reasonText(reason: unknown): string {
  if (reason instanceof Error) {
    const r = (reason as Error & { reason?: unknown }).reason;
    if (typeof r === 'string' && r !== '') return r;
    const code = (reason as Error & { code?: unknown }).code;
    // Node's verification codes (CERT_HAS_EXPIRED) come as a bare code.
    if (typeof code === 'string' && reason.message === code) return code;
    return reason.message;
  }
  return String(reason);
}

/** Why Node did not authorize the other side's certificate (typed as always set; it is not). */
function authorizationError(socket: tls.TLSSocket): Error | undefined {
  const err: Error | undefined = socket.authorizationError;
  return err;
}

/** The certificates the other side sent, leaf first. */
function peerChain(socket: tls.TLSSocket): tls.DetailedPeerCertificate[] {
  const chain: tls.DetailedPeerCertificate[] = [];
  let cert = socket.getPeerCertificate(true) as tls.DetailedPeerCertificate | undefined;
  while (cert !== undefined && Object.keys(cert).length > 0 && !chain.includes(cert)) {
    chain.push(cert);
    if (cert.issuerCertificate === (cert as unknown)) break;
    cert = cert.issuerCertificate;
  }
  return chain;
}

/** --*-cert-allowed-cn / --*-cert-allowed-hostname as one check, or undefined when neither. */
function certificateRule(
  info: TlsInfo,
): ((cert: tls.PeerCertificate) => string | undefined) | undefined {
  if (info.allowedCn !== '') {
    const cn = info.allowedCn;
    return (cert) =>
      cert.subject.CN === cn ? undefined : 'client certificate authentication failed';
  }
  if (info.allowedHostname !== '') {
    const host = info.allowedHostname;
    return (cert) =>
      tls.checkServerIdentity(host, cert) === undefined
        ? undefined
        : 'client certificate authentication failed';
  }
  return undefined;
}

/** SANs of a certificate: Node's "IP Address:1.2.3.4, DNS:host" split. */
function subjectAltNames(cert: tls.PeerCertificate): { ips: string[]; dns: string[] } {
  const ips: string[] = [];
  const dns: string[] = [];
  for (const part of (cert.subjectaltname ?? '').split(/,\s*/)) {
    if (part.startsWith('IP Address:')) ips.push(part.slice('IP Address:'.length).toLowerCase());
    else if (part.startsWith('DNS:')) dns.push(part.slice('DNS:'.length));
  }
  return { ips, dns };
}

/**
 * etcd's checkCertSAN: a certificate naming IPs or DNS names must name the address the connection
 * comes from (a DNS name by what it resolves to).
 */
async function checkCertSan(
  cert: tls.PeerCertificate,
  remoteAddress: string,
): Promise<string | undefined> {
  const { ips, dns } = subjectAltNames(cert);
  if (ips.length === 0 && dns.length === 0) return undefined;
  const host = remoteAddress.replace(/^::ffff:/, '').toLowerCase();
  if (ips.some((ip) => sameIp(ip, host))) return undefined;
  if (dns.length === 0) {
    return `x509: certificate is valid for ${ips.join(', ')}, not ${host}`;
  }
  for (const name of dns) {
    try {
      const addresses = await lookup(name, { all: true });
      if (addresses.some((a) => sameIp(a.address.toLowerCase(), host))) return undefined;
    } catch {
      // a name that does not resolve matches nothing
    }
  }
  return `tls: ${JSON.stringify(host)} does not match any of DNSNames ${JSON.stringify(dns)}`;
}

function sameIp(a: string, b: string): boolean {
  if (a === b) return true;
  // Node prints IPv6 SANs in full ("0:0:0:0:0:0:0:1"), addresses short ("::1").
  if (isIP(a) === 6 && isIP(b) === 6) return expandIpv6(a) === expandIpv6(b);
  return false;
}

function expandIpv6(ip: string): string {
  const [head = '', tail] = ip.split('::');
  const h = head === '' ? [] : head.split(':');
  const t = tail === undefined || tail === '' ? [] : tail.split(':');
  const fill = tail === undefined ? [] : new Array<string>(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((x) => parseInt(x, 16).toString(16)).join(':');
}

// ---- CRLs ---------------------------------------------------------------------------------------

/** Upper-case hex without leading zeros, as serials are compared. */
function normalizeSerial(hex: string): string {
  const s = hex.replace(/^0+/, '').toUpperCase();
  return s === '' ? '0' : s;
}

/**
 * The serial numbers a CRL (PEM or DER; every CRL of a PEM file) lists as revoked. Like etcd, the
 * CRL's issuer and signature are not checked: the file is the operator's.
 */
export function revokedSerials(data: Buffer): Set<string> {
  const text = data.toString('latin1');
  const blocks = [...text.matchAll(/-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/g)];
  const ders = blocks.length > 0 ? blocks.map((m) => Buffer.from(m[1]!, 'base64')) : [data];
  const serials = new Set<string>();
  for (const der of ders) {
    for (const serial of crlSerials(der)) serials.add(serial);
  }
  return serials;
}

interface Tlv {
  tag: number;
  start: number;
  end: number;
  next: number;
}

function readTlv(buf: Buffer, at: number): Tlv {
  if (at + 2 > buf.length) throw new Error('x509: malformed crl');
  const tag = buf[at]!;
  let len = buf[at + 1]!;
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > buf.length) throw new Error('x509: malformed crl');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[start + i]!;
    start += n;
  }
  const end = start + len;
  if (end > buf.length) throw new Error('x509: malformed crl');
  return { tag, start, end, next: end };
}

function children(buf: Buffer, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end;) {
    const child = readTlv(buf, at);
    out.push(child);
    at = child.next;
  }
  return out;
}

function crlSerials(der: Buffer): string[] {
  const list = readTlv(der, 0);
  if (list.tag !== 0x30) throw new Error('x509: malformed crl');
  const tbs = children(der, list)[0];
  if (tbs?.tag !== 0x30) throw new Error('x509: malformed crl');
  const fields = children(der, tbs);
  let i = 0;
  if (fields[i]?.tag === 0x02) i++; // version
  i += 3; // signature, issuer, thisUpdate
  if (fields[i]?.tag === 0x17 || fields[i]?.tag === 0x18) i++; // nextUpdate
  const revoked = fields[i];
  if (revoked?.tag !== 0x30) return [];
  return children(der, revoked).map((entry) => {
    const serial = children(der, entry)[0];
    if (serial?.tag !== 0x02) throw new Error('x509: malformed crl');
    return normalizeSerial(der.subarray(serial.start, serial.end).toString('hex'));
  });
}

// ---- the dialing side ---------------------------------------------------------------------------

export interface ClientTlsOptions {
  /** CA bundle the server's certificate must chain to (none: Node's bundled roots). */
  caFile?: string;
  /** A client certificate and key, presented when the server asks. */
  certFile?: string;
  keyFile?: string;
  /** Do not verify the server's certificate (etcdctl's --insecure-skip-tls-verify). */
  insecureSkipVerify?: boolean;
  /** etcd's names; empty: OpenSSL's defaults. */
  cipherSuites?: readonly string[];
  /** A further rule for a verified server certificate (peers' allowed CN or hostname). */
  allowedCn?: string;
  allowedHostname?: string;
  logger?: Logger;
}

/** Client TLS options from a TlsInfo (a member dialing its peers with its peer certificate). */
export function clientTlsFromInfo(info: TlsInfo, logger?: Logger): ClientTlsOptions {
  return {
    ...(info.trustedCaFile !== '' && { caFile: info.trustedCaFile }),
    ...(info.certFile !== '' && { certFile: info.certFile }),
    ...(info.keyFile !== '' && { keyFile: info.keyFile }),
    // etcd's ClientConfig: a self-signed certificate's owner does not verify its peers.
    insecureSkipVerify: info.selfCert,
    cipherSuites: info.cipherSuites,
    allowedCn: info.allowedCn,
    allowedHostname: info.allowedHostname,
    ...(logger !== undefined && { logger }),
  };
}

/** The dialing side: grpc-js credentials per target host, on files read again when they change. */
export class ClientTls {
  private readonly context: FileBacked<tls.SecureContext>;

  constructor(readonly options: ClientTlsOptions) {
    const certFile = options.certFile ?? '';
    const keyFile = options.keyFile ?? '';
    if ((certFile === '') !== (keyFile === '')) {
      // etcd's wording (etcdctl --cert without --key).
      throw new Error(
        `KeyFile and CertFile must both be present[key: ${keyFile}, cert: ${certFile}]`,
      );
    }
    const log = options.logger ?? silentLogger;
    const paths = [options.caFile ?? '', options.certFile ?? '', options.keyFile ?? ''];
    this.context = new FileBacked(
      paths,
      () => {
        const ciphers = opensslCiphers(options.cipherSuites ?? []);
        return tls.createSecureContext({
          ...(options.caFile && { ca: readTlsFile(options.caFile) }),
          ...(options.certFile && { cert: readTlsFile(options.certFile) }),
          ...(options.keyFile && { key: readTlsFile(options.keyFile) }),
          ...(ciphers !== undefined && { ciphers }),
          minVersion: 'TLSv1.2',
        });
      },
      (err) => {
        log.warn('cannot reload client TLS files; using the previous ones', {
          error: errorText(err),
        });
      },
    );
  }

  /**
   * Credentials for a channel to `host` (the name or IP the server's certificate must match).
   * Their `lastError` says why the latest TLS handshake failed, if it did.
   */
  credentials(host: string): TlsChannelCredentials {
    return new TlsChannelCredentials(this, host);
  }

  /** Opens TLS over `socket` to `host`; resolves once the server passed verification. */
  connect(socket: Socket, host: string): Promise<tls.TLSSocket> {
    const o = this.options;
    return new Promise((resolve, reject) => {
      const secure = tls.connect({
        socket,
        secureContext: this.context.get(),
        ALPNProtocols: ['h2'],
        // RFC 6066: no server name indication for an IP address.
        ...(isIP(host) === 0 && { servername: host }),
        rejectUnauthorized: false,
        // Checked below against `host` (Node would check 'localhost', having no servername).
        checkServerIdentity: () => undefined,
      });
      const fail = (err: unknown): void => {
        reject(new Error(reasonText(err)));
      };
      secure.once('secureConnect', () => {
        const refusal = o.insecureSkipVerify === true ? undefined : verifyServer(secure, host, o);
        if (refusal === undefined) {
          secure.off('error', fail);
          resolve(secure);
          return;
        }
        secure.destroy();
        reject(new Error(refusal));
      });
      secure.once('error', fail);
    });
  }
}

/** Go's words for the verification failures users meet most (etcdctl prints Go's). */
const goVerifyErrors: Record<string, string> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate signed by unknown authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate signed by unknown authority',
  UNABLE_TO_GET_ISSUER_CERT: 'certificate signed by unknown authority',
  SELF_SIGNED_CERT_IN_CHAIN: 'certificate signed by unknown authority',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'certificate signed by unknown authority',
  CERT_HAS_EXPIRED: 'certificate has expired or is not yet valid',
  CERT_NOT_YET_VALID: 'certificate has expired or is not yet valid',
};

function verifyServer(
  socket: tls.TLSSocket,
  host: string,
  o: ClientTlsOptions,
): string | undefined {
  if (!socket.authorized) {
    // Node gives the client OpenSSL's code as a string (typed as an Error).
    const err = authorizationError(socket) as unknown;
    const code = typeof err === 'string' ? err : err instanceof Error ? err.message : '';
    return `x509: ${goVerifyErrors[code] ?? (code || 'certificate not verified')}`;
  }
  const cert = socket.getPeerCertificate();
  const mismatch = tls.checkServerIdentity(host.replace(/^\[(.*)\]$/, '$1'), cert);
  if (mismatch !== undefined) return `x509: ${mismatch.message}`;
  const rule = certificateRule({
    ...emptyTlsInfo(),
    allowedCn: o.allowedCn ?? '',
    allowedHostname: o.allowedHostname ?? '',
  });
  return rule?.(cert);
}

/**
 * grpc-js channel credentials that dial through ClientTls: files re-read per connection, no SNI
 * for IP addresses (grpc-js's own would set one and make Node print a deprecation warning), and
 * etcd's verification rules.
 */
export class TlsChannelCredentials extends grpc.ChannelCredentials {
  /** Why the latest handshake failed, and when; cleared by one that succeeds. */
  lastError: { message: string; at: number } | undefined;

  constructor(
    private readonly tls: ClientTls,
    private readonly host: string,
  ) {
    super();
  }

  _isSecure(): boolean {
    return true;
  }

  _equals(other: grpc.ChannelCredentials): boolean {
    return other === this;
  }

  _createSecureConnector(
    _target: Parameters<grpc.ChannelCredentials['_createSecureConnector']>[0],
    _options: grpc.ChannelOptions,
    callCredentials?: grpc.CallCredentials,
  ): ReturnType<grpc.ChannelCredentials['_createSecureConnector']> {
    const credentials = callCredentials ?? grpc.CallCredentials.createEmpty();
    return {
      connect: async (socket: Socket) => {
        try {
          const secure = await this.tls.connect(socket, this.host);
          this.lastError = undefined;
          // With TLS 1.3 a server that refuses this side's certificate says so after the
          // handshake, as an alert the HTTP/2 session gets as an error.
          secure.once('error', (err: unknown) => {
            this.lastError = { message: reasonText(err), at: Date.now() };
          });
          return { socket: secure, secure: true };
        } catch (err) {
          this.lastError = { message: errorText(err), at: Date.now() };
          throw err;
        }
      },
      waitForReady: () => Promise.resolve(),
      getCallCredentials: () => credentials,
      destroy: () => undefined,
    };
  }
}

// ---- --auto-tls ---------------------------------------------------------------------------------

/**
 * etcd's transport.SelfCert: a self-signed certificate for the listen URLs' hosts (an IP SAN for an
 * address, a DNS SAN for a name), valid one year, ECDSA P-521, kept as cert.pem and key.pem in
 * `dir` and used again while both files exist. Peer certificates can also authenticate clients.
 */
export function selfCert(dir: string, hosts: readonly string[], clientAuth: boolean): TlsInfo {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  let exists = true;
  try {
    statSync(certFile);
    statSync(keyFile);
  } catch {
    exists = false;
  }
  if (!exists) {
    const { cert, key } = makeSelfSignedCert(hosts, clientAuth);
    writeFileSync(certFile, cert, { mode: 0o644 });
    writeFileSync(keyFile, key, { mode: 0o600 });
  }
  return { ...emptyTlsInfo(), certFile, keyFile, selfCert: true };
}

/** A self-signed certificate and its key (PEM), written with a small DER encoder. */
export function makeSelfSignedCert(
  hosts: readonly string[],
  clientAuth: boolean,
  now: Date = new Date(),
): { cert: string; key: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-521' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const serial = randomBytes(16);
  serial[0] = serial[0]! & 0x7f;
  const name = seq(set(seq(oid('2.5.4.10'), utf8('clusterd'))));
  const sigAlg = seq(oid('1.2.840.10045.4.3.4')); // ecdsa-with-SHA512
  const sans: Buffer[] = [];
  for (const host of hosts) {
    const h = host.replace(/^\[(.*)\]$/, '$1');
    if (h === '') continue;
    if (isIP(h) === 4) sans.push(der(0x87, Buffer.from(h.split('.').map(Number))));
    else if (isIP(h) === 6) sans.push(der(0x87, ipv6Bytes(h)));
    else sans.push(der(0x82, Buffer.from(h, 'ascii')));
  }
  const extensions = [
    // keyUsage: digitalSignature, keyEncipherment (critical)
    seq(oid('2.5.29.15'), bool(), octet(der(0x03, Buffer.from([0x05, 0xa0])))),
    // extKeyUsage: serverAuth (+ clientAuth)
    seq(
      oid('2.5.29.37'),
      octet(seq(oid('1.3.6.1.5.5.7.3.1'), ...(clientAuth ? [oid('1.3.6.1.5.5.7.3.2')] : []))),
    ),
    // basicConstraints: CA:FALSE (critical)
    seq(oid('2.5.29.19'), bool(), octet(seq())),
    ...(sans.length > 0 ? [seq(oid('2.5.29.17'), octet(seq(...sans)))] : []),
  ];
  const tbs = seq(
    der(0xa0, integer(Buffer.from([2]))),
    integer(serial),
    sigAlg,
    name,
    seq(time(now), time(new Date(now.getTime() + 365 * 24 * 3600 * 1000))),
    name,
    spki,
    der(0xa3, seq(...extensions)),
  );
  const signature = sign('sha512', tbs, privateKey);
  const cert = seq(tbs, sigAlg, der(0x03, Buffer.concat([Buffer.from([0]), signature])));
  return {
    cert: pemBlock('CERTIFICATE', cert),
    key: privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
  };
}

function der(tag: number, content: Buffer): Buffer {
  const len = content.length;
  let header: number[];
  if (len < 0x80) header = [tag, len];
  else {
    const bytes: number[] = [];
    for (let n = len; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
    header = [tag, 0x80 | bytes.length, ...bytes];
  }
  return Buffer.concat([Buffer.from(header), content]);
}

const seq = (...parts: Buffer[]): Buffer => der(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]): Buffer => der(0x31, Buffer.concat(parts));
const octet = (content: Buffer): Buffer => der(0x04, content);
const utf8 = (text: string): Buffer => der(0x0c, Buffer.from(text, 'utf8'));
const bool = (): Buffer => der(0x01, Buffer.from([0xff]));

function integer(bytes: Buffer): Buffer {
  let b = bytes;
  while (b.length > 1 && b[0] === 0 && (b[1]! & 0x80) === 0) b = b.subarray(1);
  if (b[0]! & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return der(0x02, b);
}

function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out = [40 * parts[0]! + parts[1]!];
  for (const part of parts.slice(2)) {
    const bytes = [part & 0x7f];
    for (let n = Math.floor(part / 128); n > 0; n = Math.floor(n / 128)) {
      bytes.unshift((n & 0x7f) | 0x80);
    }
    out.push(...bytes);
  }
  return der(0x06, Buffer.from(out));
}

/** UTCTime before 2050, GeneralizedTime from then on (RFC 5280 §4.1.2.5). */
function time(date: Date): Buffer {
  const iso = date
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return date.getUTCFullYear() < 2050
    ? der(0x17, Buffer.from(iso.slice(2), 'ascii'))
    : der(0x18, Buffer.from(iso, 'ascii'));
}

function ipv6Bytes(ip: string): Buffer {
  return Buffer.from(
    expandIpv6(ip)
      .split(':')
      .flatMap((x) => {
        const n = parseInt(x, 16);
        return [n >> 8, n & 0xff];
      }),
  );
}

function pemBlock(label: string, body: Buffer): string {
  const b64 = body.toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64.replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
