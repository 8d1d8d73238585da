// The test image and the registry that serves it, offline: Debian's docker-registry (the
// distribution registry, `make debs`) started in a network namespace on an address the caller
// names, its storage written beforehand with one small image built from Debian's static busybox
// under every name in `images`. A Docker engine whose --registry-mirror it is
// (docker-engine.ts) pulls Docker Hub names (`docker pull infoslack/docker-nginx`) from it with no
// internet. The Docker sandbox runs one on 127.0.0.1:5000 of its own namespace; an end-to-end
// scenario runs one on its LAN's switch, as the mirror of every machine's engine.
//
// The storage is written as the registry itself would after a push (its filesystem driver's
// layout: blobs by digest, and per repository links to its layers, its manifest revisions and
// its tags), so no engine is needed to fill it and no engine holds the image before its first
// pull. The image is a Docker schema 2 manifest with one gzipped layer; its bytes are the same
// in every run (fixed times in the tar, gzip without a name or time).
import { type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  busyboxApplets,
  busyboxPath,
  execInNetns,
  spawnInNetns,
  terminate,
  waitFor,
} from './docker-engine.js';

/** The test image's page, served by busybox httpd at / on port 80. */
export const testPage = '<!DOCTYPE html>\n<title>clusterd test image</title>\n<h1>It works</h1>\n';

/**
 * The names a registry serves by default: the seed unit's `nginx`, the nginx image of the fleet
 * examples and a neutral name. All are the same busybox image: by default it runs
 * `httpd -f -p 80 -h /www` and exits on SIGTERM (busybox httpd as PID 1 would ignore it, and
 * `docker stop` would wait its 10 s); any busybox applet may be given as the command instead
 * (`docker run clusterd-test/busybox sleep 5`; add `--init` when PID 1 must honour SIGTERM).
 */
export const defaultImages = [
  'infoslack/docker-nginx:latest',
  'nginx:latest',
  'clusterd-test/busybox:latest',
];

export interface TestRegistry {
  /** host:port, as engines name it in --registry-mirror. */
  readonly address: string;
  /** The network namespace it listens in. */
  readonly netns: string;
  /** Its directory: config, storage and log. */
  readonly dir: string;
  /** The Docker Hub names it serves (`docker pull <name>` works for each). */
  readonly images: readonly string[];
  /** Ends the registry and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
}

export interface TestRegistryOptions {
  /** The network namespace to listen in (`ip netns add`); it must exist. */
  netns: string;
  /** host:port to listen on, an address the namespace holds. */
  address: string;
  /** Its directory, created (and removed by stop()). */
  dir: string;
  /** Docker Hub names to serve the test image under (default: defaultImages). */
  images?: readonly string[];
}

/** Writes the storage, starts the registry and waits until it answers /v2/ in its namespace. */
export async function startTestRegistry(options: TestRegistryOptions): Promise<TestRegistry> {
  const images = options.images ?? defaultImages;
  const { dir, netns, address } = options;
  await mkdir(dir, { recursive: true });
  await writeRegistryStorage(join(dir, 'data'), images);
  const config = join(dir, 'config.yml');
  await writeFile(
    config,
    [
      'version: 0.1',
      'log:',
      '  level: info',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${address}`,
      '  secret: clusterd-test',
      '',
    ].join('\n'),
  );
  const log = join(dir, 'registry.log');
  const child = spawnInNetns(netns, ['docker-registry', 'serve', config], log, dir);
  const registry = new Registry(address, netns, dir, images, child);
  try {
    // Only a process in the namespace reaches it.
    await waitFor('the registry', child, log, 15_000, async () => {
      const url = `http://${address}/v2/`;
      const r = await execInNetns(netns, ['busybox', 'wget', '-q', '-O', '/dev/null', url]);
      return r.code === 0;
    });
    return registry;
  } catch (err) {
    await registry.stop();
    throw err;
  }
}

class Registry implements TestRegistry {
  private stopping: Promise<void> | undefined;

  constructor(
    readonly address: string,
    readonly netns: string,
    readonly dir: string,
    readonly images: readonly string[],
    private readonly child: ChildProcess,
  ) {}

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await terminate(this.child, 5000);
      await rm(this.dir, { recursive: true, force: true });
    })();
    return this.stopping;
  }
}

/** `nginx` is `library/nginx:latest` on Docker Hub, and so in a mirror: [repository, tag]. */
export function hubRepository(image: string): [string, string] {
  let name = image.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  if (!name.includes('/')) name = `library/${name}`;
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) return [name.slice(0, colon), name.slice(colon + 1)];
  return [name, 'latest'];
}

/**
 * The registry's filesystem layout after a push of the test image under every name:
 *
 *   docker/registry/v2/blobs/sha256/<2 hex>/<hex>/data                 layer, config, manifest
 *   docker/registry/v2/repositories/<repo>/_layers/sha256/<hex>/link   layer and config
 *   .../<repo>/_manifests/revisions/sha256/<hex>/link                  the manifest
 *   .../<repo>/_manifests/tags/<tag>/current/link, index/sha256/<hex>/link
 *
 * each link holding `sha256:<hex>`.
 */
async function writeRegistryStorage(root: string, images: readonly string[]): Promise<void> {
  const image = testImage();
  const v2 = join(root, 'docker', 'registry', 'v2');
  const put = async (path: string, data: string | Buffer): Promise<void> => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  };
  for (const [digest, data] of [
    [image.layerDigest, image.layer],
    [image.configDigest, image.config],
    [image.manifestDigest, image.manifest],
  ] as const) {
    const hex = digest.slice('sha256:'.length);
    await put(join(v2, 'blobs', 'sha256', hex.slice(0, 2), hex, 'data'), data);
  }
  const link = (digest: string): string[] => ['sha256', digest.slice('sha256:'.length), 'link'];
  for (const name of images) {
    const [repository, tag] = hubRepository(name);
    const repo = join(v2, 'repositories', ...repository.split('/'));
    for (const blob of [image.layerDigest, image.configDigest])
      await put(join(repo, '_layers', ...link(blob)), blob);
    const manifests = join(repo, '_manifests');
    await put(join(manifests, 'revisions', ...link(image.manifestDigest)), image.manifestDigest);
    await put(join(manifests, 'tags', tag, 'current', 'link'), image.manifestDigest);
    await put(
      join(manifests, 'tags', tag, 'index', ...link(image.manifestDigest)),
      image.manifestDigest,
    );
  }
}

interface TestImage {
  layer: Buffer;
  layerDigest: string;
  config: Buffer;
  configDigest: string;
  manifest: Buffer;
  manifestDigest: string;
}

let builtImage: TestImage | undefined;

const sha256 = (data: Buffer): string =>
  `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** The test image as a registry serves it, built once per process. */
function testImage(): TestImage {
  if (builtImage) return builtImage;
  const tar = rootfsTar();
  const layer = gzipSync(tar);
  const created = new Date(1_700_000_000_000).toISOString();
  const config = Buffer.from(
    JSON.stringify({
      architecture: process.arch === 'x64' ? 'amd64' : process.arch,
      os: 'linux',
      created,
      config: {
        Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
        Cmd: ['/bin/sh', '-c', 'trap "exit 0" TERM INT; httpd -f -p 80 -h /www & wait'],
        ExposedPorts: { '80/tcp': {} },
      },
      rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
      history: [{ created, comment: "clusterd's test image: Debian's static busybox" }],
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        size: config.length,
        digest: sha256(config),
      },
      layers: [
        {
          mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
          size: layer.length,
          digest: sha256(layer),
        },
      ],
    }),
  );
  builtImage = {
    layer,
    layerDigest: sha256(layer),
    config,
    configDigest: sha256(config),
    manifest,
    manifestDigest: sha256(manifest),
  };
  return builtImage;
}

/**
 * A tar of the test image's root filesystem: Debian's static busybox with a symlink per applet in
 * /bin, /etc/passwd and /etc/group for root and nobody, and /www/index.html. Its times are fixed.
 */
function rootfsTar(): Buffer {
  const entries: Buffer[] = [];
  const dir = (name: string, mode = 0o755): void => {
    entries.push(tarHeader(`${name}/`, '5', mode, 0));
  };
  const file = (name: string, data: Buffer, mode = 0o644): void => {
    entries.push(tarHeader(name, '0', mode, data.length), data);
    const pad = (512 - (data.length % 512)) % 512;
    if (pad > 0) entries.push(Buffer.alloc(pad));
  };
  for (const d of ['bin', 'dev', 'etc', 'proc', 'root', 'sys', 'www']) dir(d);
  dir('tmp', 0o1777);
  file('bin/busybox', readFileSync(busyboxPath()), 0o755);
  for (const applet of busyboxApplets())
    entries.push(tarHeader(`bin/${applet}`, '2', 0o777, 0, 'busybox'));
  file(
    'etc/passwd',
    Buffer.from('root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n'),
  );
  file('etc/group', Buffer.from('root:x:0:\nnogroup:x:65534:\n'));
  file('www/index.html', Buffer.from(testPage));
  entries.push(Buffer.alloc(1024));
  return Buffer.concat(entries);
}

/** A ustar header; names here are all shorter than its 100 bytes. */
function tarHeader(
  name: string,
  type: '0' | '2' | '5',
  mode: number,
  size: number,
  link = '',
): Buffer {
  const header = Buffer.alloc(512);
  const octal = (value: number, offset: number, length: number): void => {
    header.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii');
  };
  header.write(name, 0, 100, 'utf8');
  octal(mode, 100, 8);
  octal(0, 108, 8); // uid
  octal(0, 116, 8); // gid
  octal(size, 124, 12);
  octal(1_700_000_000, 136, 12); // mtime, fixed
  header.write(type, 156, 1, 'ascii');
  header.write(link, 157, 100, 'utf8');
  header.write('ustar\0' + '00', 257, 8, 'ascii');
  header.write('root', 265, 32, 'ascii');
  header.write('root', 297, 32, 'ascii');
  // The checksum is the byte sum with its own field counted as spaces.
  header.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return header;
}
