// A throw-away PKI for the TLS tests, made with Debian's `openssl` in a directory of the test's own:
// certificate authorities, certificates they issue (server, peer, client; expired ones), revocation
// and a CRL. Each CA is an `openssl ca` directory (index.txt, serial, crlnumber), so revoking and
// back-dating work as they do for an operator. Keys are P-256 (fast to make).
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function openssl(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('openssl', args, { cwd });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`openssl ${args.join(' ')}: ${e.stderr ?? e.message}`, { cause: err });
  }
}

export interface KeyPair {
  cert: string;
  key: string;
}

export interface IssueOptions {
  /** The subject's CN (default: the name). */
  cn?: string;
  /** subjectAltName entries, OpenSSL's form: `IP:127.0.0.1`, `DNS:localhost`. */
  sans?: string[];
  /** Extended key usages (default both: serverAuth and clientAuth). */
  usage?: 'server' | 'client' | 'both';
  /** A validity that ended yesterday. */
  expired?: boolean;
}

export class TestCa {
  readonly cert: string;
  readonly key: string;
  /** `openssl ca` rewrites index.txt and serial: one run at a time per CA. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly name: string,
    readonly dir: string,
  ) {
    this.cert = join(dir, 'ca.pem');
    this.key = join(dir, 'ca-key.pem');
  }

  static async create(parent: string, name: string): Promise<TestCa> {
    const ca = new TestCa(name, join(parent, name));
    await mkdir(join(ca.dir, 'issued'), { recursive: true });
    await writeFile(join(ca.dir, 'index.txt'), '');
    await writeFile(join(ca.dir, 'serial'), randomSerial());
    await writeFile(join(ca.dir, 'crlnumber'), '01\n');
    await writeFile(join(ca.dir, 'openssl.cnf'), caConfig(ca.dir));
    await openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', ca.key], ca.dir);
    await openssl(
      [
        'req',
        '-x509',
        '-new',
        '-key',
        ca.key,
        '-sha256',
        '-days',
        '30',
        '-subj',
        `/O=clusterd tests/CN=${name}`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
        '-out',
        ca.cert,
      ],
      ca.dir,
    );
    return ca;
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Issues a certificate for `name` into the CA's directory: name.pem and name-key.pem. */
  issue(name: string, options: IssueOptions = {}): Promise<KeyPair> {
    return this.serialized(() => this.issueNow(name, options));
  }

  private async issueNow(name: string, options: IssueOptions): Promise<KeyPair> {
    const cert = join(this.dir, 'issued', `${name}.pem`);
    const key = join(this.dir, 'issued', `${name}-key.pem`);
    const csr = join(this.dir, 'issued', `${name}.csr`);
    const ext = join(this.dir, 'issued', `${name}.ext`);
    const usage = options.usage ?? 'both';
    const eku =
      usage === 'server'
        ? 'serverAuth'
        : usage === 'client'
          ? 'clientAuth'
          : 'serverAuth,clientAuth';
    await writeFile(
      ext,
      [
        '[v3]',
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature,keyEncipherment',
        `extendedKeyUsage=${eku}`,
        ...(options.sans && options.sans.length > 0
          ? [`subjectAltName=${options.sans.join(',')}`]
          : []),
        '',
      ].join('\n'),
    );
    await openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key], this.dir);
    await openssl(
      [
        'req',
        '-new',
        '-key',
        key,
        '-subj',
        `/O=clusterd tests/CN=${options.cn ?? name}`,
        '-out',
        csr,
      ],
      this.dir,
    );
    const day = 24 * 3600 * 1000;
    const [start, end] = options.expired
      ? [Date.now() - 10 * day, Date.now() - day]
      : [Date.now() - 3600 * 1000, Date.now() + 30 * day];
    await openssl(
      [
        'ca',
        '-batch',
        '-notext',
        '-config',
        join(this.dir, 'openssl.cnf'),
        '-in',
        csr,
        '-out',
        cert,
        '-extfile',
        ext,
        '-extensions',
        'v3',
        '-startdate',
        asn1Time(start),
        '-enddate',
        asn1Time(end),
      ],
      this.dir,
    );
    return { cert, key };
  }

  /** Marks a certificate this CA issued as revoked (the next crl() lists it). */
  async revoke(cert: string): Promise<void> {
    await this.serialized(() =>
      openssl(['ca', '-config', join(this.dir, 'openssl.cnf'), '-revoke', cert], this.dir),
    );
  }

  /** Writes the CA's current CRL (PEM) and returns its path. */
  async crl(file = join(this.dir, 'crl.pem')): Promise<string> {
    await this.serialized(() =>
      openssl(['ca', '-config', join(this.dir, 'openssl.cnf'), '-gencrl', '-out', file], this.dir),
    );
    return file;
  }

  /** The certificate's serial number, upper-case hex as openssl prints it. */
  static async serial(cert: string): Promise<string> {
    const out = await openssl(['x509', '-noout', '-serial', '-in', cert], '/');
    return out.trim().replace(/^serial=/, '');
  }
}

/** A random 64-bit serial to start from, so two CAs' certificates never share one. */
function randomSerial(): string {
  let hex = '';
  for (let i = 0; i < 15; i++) hex += Math.floor(Math.random() * 16).toString(16);
  return `1${hex}\n`;
}

/** OpenSSL's `YYYYMMDDHHMMSSZ` (GeneralizedTime, accepted by `ca -startdate/-enddate`). */
function asn1Time(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:T]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function caConfig(dir: string): string {
  return [
    '[ca]',
    'default_ca = test_ca',
    '[test_ca]',
    `dir = ${dir}`,
    'database = $dir/index.txt',
    'new_certs_dir = $dir/issued',
    'serial = $dir/serial',
    'crlnumber = $dir/crlnumber',
    'certificate = $dir/ca.pem',
    'private_key = $dir/ca-key.pem',
    'default_md = sha256',
    'default_crl_days = 30',
    'policy = policy_any',
    'unique_subject = no',
    'email_in_dn = no',
    '[policy_any]',
    'organizationName = optional',
    'commonName = supplied',
    '',
  ].join('\n');
}

/** Reads a PEM file (for clients that take contents, e.g. the etcd3 npm client). */
export function pem(file: string): Promise<Buffer> {
  return readFile(file);
}
