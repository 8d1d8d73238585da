// Runs the clusterd command line (the freshly built bundle) as a child process, as a script would,
// and normalises what two clusters legitimately print differently.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { clusterdCommand, ensureBundle, repoRoot } from '../setup.js';
import { startClusterd, type ClusterdProcess } from './clusterd.js';
import { freePorts } from './ports.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `clusterd ...args`; the caller waits for it or kills it by pid. */
export function spawnClusterd(
  args: string[],
  env: Record<string, string> = {},
  cwd = repoRoot,
): ChildProcess {
  ensureBundle();
  return spawn(clusterdCommand[0]!, [...clusterdCommand.slice(1), ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Collects a started child's output until it closes (SIGKILLed by pid if it outlives `timeoutMs`;
 * the run then fails, naming `what`). Standard input, when a pipe, gets `stdin` and its end.
 */
export function collectRun(
  child: ChildProcess,
  what: string,
  options: { stdin?: string; timeoutMs: number },
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
      reject(new Error(`${what} did not finish in time:\n${stdout}\n${stderr}`));
    }, options.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (child.stdin) {
      // The program may exit without reading its input: that is not an error of the run.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.stdin ?? '');
    }
  });
}

/** Runs `clusterd ...args` to completion (SIGKILLed by pid if it outlives `timeoutMs`). */
export function runClusterd(
  args: string[],
  options: { env?: Record<string, string>; timeoutMs?: number; cwd?: string } = {},
): Promise<CliResult> {
  return collectRun(spawnClusterd(args, options.env, options.cwd), `clusterd ${args.join(' ')}`, {
    timeoutMs: options.timeoutMs ?? 60_000,
  });
}

/**
 * etcdctl's `get -w json` without what differs between two clusters holding the same data: the
 * header's cluster_id, member_id and raft_term.
 */
export function withoutClusterIds(getJson: string): string {
  return getJson.replace(/"cluster_id":\d+,"member_id":\d+,/, '').replace(/,"raft_term":\d+/, '');
}

/** etcdctl's `lease timetolive` line with the remaining TTL out and the keys sorted. */
export function leaseLine(text: string): string {
  return text
    .replace(/remaining\(-?\d+s\)/, 'remaining(<r>)')
    .replace(/attached keys\(\[([^\]]*)\]\)/, (_, keys: string) => {
      return `attached keys([${keys.split(' ').sort().join(' ')}])`;
    });
}

/** Restores `file` for a one-member cluster on fresh ports and starts it there. */
export async function restoreAndStart(
  file: string,
  dir: string,
  extra: string[] = [],
): Promise<{ member: ClusterdProcess; stdout: string }> {
  const [client, peer] = (await freePorts(2)) as [number, number];
  const peerUrl = `http://127.0.0.1:${peer}`;
  const dataDir = join(dir, `restored-${client}`);
  const r = await runClusterd([
    'snapshot',
    'restore',
    file,
    '--data-dir',
    dataDir,
    '--name',
    'default',
    '--initial-cluster',
    `default=${peerUrl}`,
    '--initial-advertise-peer-urls',
    peerUrl,
    ...extra,
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const member = await startClusterd({ dataDir, ports: { client, peer } });
  return { member, stdout: r.stdout };
}
