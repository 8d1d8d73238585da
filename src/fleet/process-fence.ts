// A dead man's switch for this machine's units, outside the clusterd process. The units' process
// groups outlive clusterd (each runs detached), so a clusterd that dies or freezes (kill -9,
// SIGSTOP, a stuck event loop) would leave them running while the cluster starts them elsewhere:
// fleet's #440, a unit running twice. A small bash process holds the list of the units' process
// groups and hears a beat from the agent on every renewal of the machine's lease. When the beats
// stop for `graceMs` (fenceAfterTtlFraction of the lease TTL: the lease itself, and so the
// engine's decision to move the units, ends only later) or its pipe from clusterd closes, it kills
// every group and exits.
import { type ChildProcess, spawn } from 'node:child_process';
import type { Disposable } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';

const fenceScript = `
declare -A groups
grace="$1"
while :; do
  if IFS= read -r -t "$grace" line; then
    case "$line" in
      beat) ;;
      "add "*) groups["\${line#add }"]=1 ;;
      "del "*) unset "groups[\${line#del }]" ;;
      quit) exit 0 ;;
    esac
  else
    for g in "\${!groups[@]}"; do kill -KILL -- "-$g" 2>/dev/null; done
    echo "fenced \${#groups[@]}"
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
  private readonly groups = new Set<number>();
  private closed = false;

  constructor(
    private readonly graceMs: number,
    private readonly logger: Logger,
  ) {}

  /** Starts the switch (again, after it fired); the groups it knows are handed to it. */
  arm(): void {
    if (this.closed || this.child) return;
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
    for (const g of this.groups) this.send(`add ${g}`);
  }

  get armed(): boolean {
    return this.child !== undefined;
  }

  /** The lease was renewed: the units may keep running for another grace period. */
  beat(): void {
    this.send('beat');
  }

  track(pgid: number, alive: boolean): void {
    if (alive) this.groups.add(pgid);
    else this.groups.delete(pgid);
    this.send(`${alive ? 'add' : 'del'} ${pgid}`);
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
  }
}
