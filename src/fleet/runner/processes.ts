// What the runner reads from the process table: a unit's processes are the members of its
// commands' process groups, found in /proc; users and groups come from getent (or /etc/passwd and
// /etc/group where there is no getent).
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly pgid: number;
  /** `/proc/<pid>/stat` field 22: with the pid, identifies the process across pid reuse. */
  readonly startTime: string;
}

/**
 * The process, unless it is gone or a zombie. Zombies count as gone: a process orphaned into
 * PID 1 may never be reaped (not every init reaps), yet it runs no more.
 */
export async function readProcess(pid: number): Promise<ProcessInfo | undefined> {
  let text: string;
  try {
    text = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may itself contain spaces and parentheses.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
  return {
    pid,
    ppid: Number(fields[1]),
    pgid: Number(fields[2]),
    startTime: fields[19] ?? '',
  };
}

/** Every live process whose process group is one of `pgids`. */
export async function groupMembers(pgids: ReadonlySet<number>): Promise<ProcessInfo[]> {
  if (pgids.size === 0) return [];
  return (await processTable()).filter((p) => pgids.has(p.pgid));
}

let scanning: Promise<ProcessInfo[]> | undefined;
let nextScan: Promise<ProcessInfo[]> | undefined;

/**
 * Every live process, from a walk through /proc that began after this call: the walk under way
 * when a caller arrives may have passed its processes already, so it joins the one after it.
 * Shared so that a thousand units being stopped at once cost one walk per round, not a thousand
 * (each reads every process's stat).
 */
function processTable(): Promise<ProcessInfo[]> {
  if (!scanning) {
    scanning = scanProc().finally(() => {
      scanning = undefined;
    });
    return scanning;
  }
  nextScan ??= scanning
    .catch(() => undefined)
    .then(() => {
      nextScan = undefined;
      return processTable();
    });
  return nextScan;
}

async function scanProc(): Promise<ProcessInfo[]> {
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry)).map(Number);
  const infos = await Promise.all(pids.map(readProcess));
  return infos.filter((p): p is ProcessInfo => p !== undefined);
}

/**
 * Sends `signal` to a process (`target` a pid) or a process group (`-pgid`), then SIGCONT unless
 * it was SIGKILL or 0, so that a stopped process gets it too. False when none is left to signal.
 */
export function deliverSignal(target: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(target, signal);
    if (signal !== 'SIGKILL' && signal !== 0) process.kill(target, 'SIGCONT');
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw err;
  }
}

/** deliverSignal to every process of a group. */
export function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  return deliverSignal(-pgid, signal);
}

export interface UserEntry {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly home: string;
  readonly shell: string;
}

/** A user by name or numeric id; undefined if there is none. */
export async function lookupUser(user: string): Promise<UserEntry | undefined> {
  const fields = await lookup('passwd', user, (f) => f[0] === user || f[2] === user);
  if (!fields) return undefined;
  return {
    name: fields[0] ?? user,
    uid: Number(fields[2]),
    gid: Number(fields[3]),
    home: fields[5] ?? '/',
    shell: fields[6] ?? '/bin/sh',
  };
}

/** A group's id by name or numeric id; undefined if there is none. */
export async function lookupGroup(group: string): Promise<number | undefined> {
  const fields = await lookup('group', group, (f) => f[0] === group || f[2] === group);
  return fields ? Number(fields[2]) : undefined;
}

/** The `:`-separated fields of a getent entry (or of the matching line of /etc/<database>). */
async function lookup(
  database: 'passwd' | 'group',
  key: string,
  matches: (fields: string[]) => boolean,
): Promise<string[] | undefined> {
  const viaGetent = await new Promise<string | null | undefined>((resolve) => {
    execFile('getent', [database, key], { timeout: 10_000 }, (err, stdout) => {
      if (err?.code === 'ENOENT')
        resolve(undefined); // no getent here
      else if (err)
        resolve(null); // exit 2: no such entry
      else resolve(stdout);
    });
  });
  if (viaGetent === null) return undefined;
  const text = viaGetent ?? (await readFile(`/etc/${database}`, 'utf8'));
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 3 && matches(fields)) return fields;
  }
  return undefined;
}
