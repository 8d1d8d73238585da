// A dead man's switch for this machine's units, outside the clusterd process. The units' process
// groups outlive clusterd (each runs detached), so a clusterd that dies or freezes (kill -9,
// SIGSTOP, a stuck event loop) would leave them running while the cluster starts them elsewhere:
// fleet's #440, a unit running twice. A small bash process holds the list of the units' process
// groups and hears a beat from the agent on every renewal of the machine's lease. When the beats
// stop for `graceMs` (fenceAfterTtlFraction of the lease TTL: the lease itself, and so the
// engine's decision to move the units, ends only later) or its pipe from clusterd closes, it kills
// every group and exits.
//
// Containers are the exception on a close: a clusterd started again adopts them (the Docker
// engine runs them, not clusterd), so when clusterd dies the fence gives them one grace period,
// still short of the lease's end, and kills them only if no successor took over meanwhile. The
// successor's fence finds its predecessor through the pid file and dismisses it (SIGUSR1).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Disposable } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';

const fenceScript = `
declare -A groups adoptable
grace="$1"
sleeper=
trap '[ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' USR1
while :; do
  if IFS= read -r -t "$grace" line; then
    case "$line" in
      beat) ;;
      "add "*) groups["\${line#add }"]=1 ;;
      "adoptable "*) adoptable["\${line#adoptable }"]=1 ;;
      "del "*) unset "groups[\${line#del }]" "adoptable[\${line#del }]" ;;
      quit) exit 0 ;;
    esac
  else
    timedOut=$(( $? > 128 ))
    for g in "\${!groups[@]}"; do kill -KILL -- "-$g" 2>/dev/null; done
    if [ "$timedOut" = 0 ] && [ "\${#adoptable[@]}" -gt 0 ]; then
      sleep "$grace" & sleeper=$!
      wait "$sleeper"
    fi
    for g in "\${!adoptable[@]}"; do kill -KILL -- "-$g" 2>/dev/null; done
    echo "fenced $(( \${#groups[@]} + \${#adoptable[@]} ))" 2>/dev/null
    exit 0
  fi
done
`;

/**
 * The part of the lease TTL without a renewal after which a machine stops its units. Renewals come
 * every third of the TTL; what is left after this is the margin before the lease can expire.
 */
export const fenceAfterTtlFraction = 0.6;

export class ProcessFence implements Disposable {
  private child: ChildProcess | undefined;
  /** Group -> whether it is a container's (adoptable by a successor). */
  private readonly groups = new Map<number, boolean>();
  private closed = false;

  constructor(
    private readonly graceMs: number,
    /** Where the switch's pid is kept, for a successor to dismiss it. */
    private readonly pidFile: string,
    private readonly logger: Logger,
  ) {}

  /** Starts the switch (again, after it fired); the groups it knows are handed to it. */
  arm(): void {
    if (this.closed || this.child) return;
    this.dismissPredecessor();
    const child = spawn(
      '/bin/bash',
      ['-c', fenceScript, 'clusterd-fence', String(this.graceMs / 1000)],
      {
        stdio: ['pipe', 'pipe', 'ignore'],
      },
    );
    this.child = child;
    child.stdout.on('data', (chunk: Buffer) => {
      this.logger.warn('fleet: no lease renewal for most of the agent TTL; every unit was killed', {
        fence: chunk.toString().trim(),
      });
    });
    child.stdin.on('error', () => undefined); // a fence that fired closed its end
    child.once('exit', () => {
      if (this.child === child) this.child = undefined;
    });
    if (child.pid !== undefined) {
      mkdirSync(dirname(this.pidFile), { recursive: true });
      writeFileSync(this.pidFile, `${child.pid}\n`);
    }
    for (const [g, adoptable] of this.groups) this.send(`${adoptable ? 'adoptable' : 'add'} ${g}`);
  }

  /** A switch left by a clusterd that died stands down: this one guards what is adopted. */
  private dismissPredecessor(): void {
    let pid: number;
    try {
      pid = Number(readFileSync(this.pidFile, 'utf8').trim());
      if (!Number.isInteger(pid) || pid <= 0) return;
      // The pid may have been reused since: only a fence is dismissed.
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('clusterd-fence')) return;
    } catch {
      return; // no predecessor
    }
    try {
      process.kill(pid, 'SIGUSR1');
      this.logger.info('fleet: the fence of a previous run stood down', { pid });
    } catch {
      // gone meanwhile
    }
  }

  get armed(): boolean {
    return this.child !== undefined;
  }

  /** The lease was renewed: the units may keep running for another grace period. */
  beat(): void {
    this.send('beat');
  }

  /** A unit's group began or ended; a container's is `adoptable` by a clusterd started again. */
  track(pgid: number, alive: boolean, adoptable = false): void {
    if (alive) this.groups.set(pgid, adoptable);
    else this.groups.delete(pgid);
    this.send(alive ? `${adoptable ? 'adoptable' : 'add'} ${pgid}` : `del ${pgid}`);
  }

  private send(line: string): void {
    const stdin = this.child?.stdin;
    if (stdin?.writable) stdin.write(line + '\n');
  }

  /** Stands the switch down without killing anything (the units were stopped in order). */
  async dispose(): Promise<void> {
    this.closed = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    this.send('quit');
    child.stdin?.end();
    await exited;
    rmSync(this.pidFile, { force: true });
  }
}
