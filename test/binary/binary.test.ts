// The shipped artifact: dist/clusterd must run on a machine with neither node nor node_modules.
// Builds it once, copies it into an empty directory and runs it there with a bare environment, so
// anything that still resolves from this checkout (a node on PATH, NODE_PATH, a node_modules up the
// tree, NODE_OPTIONS) cannot hide a missing piece of the bundle.
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const ETCDCTL = '/usr/bin/etcdctl';

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('dist/clusterd (single executable)', function () {
  let tmp = '';
  let nativeDir = '';
  let env: NodeJS.ProcessEnv = {};
  const children = new Set<ChildProcess>();

  before(async function () {
    // Bundling, blob generation and postject take about 5 s alone, far longer on a busy machine.
    this.timeout(180_000);
    await execFileAsync(process.execPath, ['scripts/build.mjs', 'sea'], { cwd: root });
    tmp = await mkdtemp(path.join(os.tmpdir(), 'clusterd-binary-'));
    await copyFile(path.join(root, 'dist', 'clusterd'), path.join(tmp, 'clusterd'));
    const emptyBin = path.join(tmp, 'bin');
    await mkdir(emptyBin);
    // Built from nothing rather than from process.env, so no NODE_* variable leaks in. The addon
    // cache follows XDG_CACHE_HOME into the temp dir, so the test neither reads nor litters the
    // user's ~/.cache. (Not CLUSTERD_NATIVE_DIR: `agent` reads every CLUSTERD_* variable as a flag.)
    nativeDir = path.join(tmp, 'cache', 'clusterd');
    // CLUSTERD_DNS_ADDR empty: the agent's DNS would take 127.0.0.1:53 (test/setup.ts).
    env = {
      PATH: emptyBin,
      HOME: tmp,
      XDG_CACHE_HOME: path.join(tmp, 'cache'),
      CLUSTERD_DNS_ADDR: '',
    };
  });

  after(async function () {
    this.timeout(15_000);
    await Promise.all([...children].map(stop));
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  // Synchronous on purpose: each run is short, and nothing else in this file runs meanwhile.
  function run(args: string[]): RunResult {
    const r = spawnSync('./clusterd', args, { cwd: tmp, env, encoding: 'utf8', timeout: 15_000 });
    if (r.error) throw r.error;
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('finds no node_modules above its directory', async function () {
    // Guards the premise of every test below: a stray node_modules would let a broken bundle pass.
    for (let dir = tmp; ; dir = path.dirname(dir)) {
      const names = await readdir(dir);
      assert.ok(!names.includes('node_modules'), `${dir} has a node_modules`);
      if (path.dirname(dir) === dir) break;
    }
  });

  it('prints usage for --help', function () {
    const { code, stdout, stderr } = run(['--help']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /\bagent\b/);
  });

  it('prints the package version for --version', async function () {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    const { code, stdout, stderr } = run(['--version']);
    assert.equal(code, 0, stderr);
    assert.equal(stdout.trim(), pkg.version);
  });

  it('loads the LevelDB addon from its SEA asset: agent serves an etcdctl put and get', async function () {
    this.timeout(60_000);
    const url = `http://127.0.0.1:${await freePort()}`;
    // The peer URL too: its default is etcd's fixed 2380, which another server here may hold.
    const peerUrl = `http://127.0.0.1:${await freePort()}`;
    const args = ['agent', '--data-dir', path.join(tmp, 'data')];
    args.push('--listen-client-urls', url, '--listen-peer-urls', peerUrl);
    // The scheduler's API too: its default port may be held here as well.
    args.push('--fleet-listen-url', 'http://127.0.0.1:0');
    const child = spawn('./clusterd', args, { cwd: tmp, env, stdio: ['ignore', 'ignore', 'pipe'] });
    children.add(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    let exitReason: string | undefined;
    child.once('exit', (code, signal) => {
      exitReason = `agent exited (${String(code ?? signal)}) before serving:\n${stderr}`;
    });

    const etcdctl = async (...args: string[]): Promise<string> => {
      const out = await execFileAsync(
        ETCDCTL,
        [`--endpoints=${url}`, '--dial-timeout=1s', '--command-timeout=3s', ...args],
        { env: { ETCDCTL_API: '3' } },
      );
      return out.stdout.trim();
    };
    // The first put doubles as the readiness probe: retry until the agent accepts it.
    const deadline = Date.now() + 30_000;
    let putOut: string | undefined;
    while (putOut === undefined) {
      try {
        putOut = await etcdctl('put', 'binary-test', 'from-sea');
      } catch (err) {
        if (exitReason !== undefined) assert.fail(exitReason);
        if (Date.now() > deadline)
          assert.fail(`agent never served a put: ${String(err)}\n${stderr}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    assert.equal(putOut, 'OK');
    assert.equal(await etcdctl('get', 'binary-test', '--print-value-only'), 'from-sea');

    // The addon came from the executable, not from a node_modules: it sits in the native cache.
    const hashes = await readdir(path.join(nativeDir, '.native'));
    assert.equal(hashes.length, 1);
    const files = await readdir(path.join(nativeDir, '.native', hashes[0]!));
    assert.deepEqual(files, ['classic-level.node']);

    await stop(child);
    children.delete(child);
  });
});

/** A port the kernel just handed out; other servers may run here, so never a fixed one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => {
        resolve(port);
      });
    });
  });
}

/** SIGTERM by pid, then SIGKILL if the process has not exited within 5 s. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const gone = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL');
  }, 5_000);
  await gone;
  clearTimeout(timer);
}
