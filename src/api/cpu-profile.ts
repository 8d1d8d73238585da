// --enable-pprof: etcd serves Go's pprof under /debug/pprof/. A Node process has no pprof; the
// closest is V8's sampling CPU profiler, reached in-process through node:inspector. So
// /debug/pprof/profile?seconds=N profiles this process for N seconds (30 by default, as Go's)
// and answers V8's .cpuprofile JSON (Chrome DevTools and speedscope open it; `go tool pprof`
// does not). One profile at a time, as Go's.
import { Session } from 'node:inspector';

/** The longest profile asked for at once: Go's handler has no limit, a member's HTTP does. */
const maxProfileSeconds = 600;

export class CpuProfiler {
  private running: { session: Session; timer: NodeJS.Timeout; cancel: () => void } | undefined;
  private closed = false;

  /** Profiles for `seconds` and resolves with the .cpuprofile JSON text. */
  async profile(seconds: number): Promise<string> {
    if (this.closed) throw new ProfileError(503, 'clusterd is stopping');
    if (this.running) {
      throw new ProfileError(500, 'Could not enable CPU profiling: CPU profiling already in use');
    }
    const session = new Session();
    session.connect();
    const post = (method: string): Promise<unknown> =>
      new Promise((resolve, reject) => {
        session.post(method, (err, result) => {
          if (err) reject(err);
          else resolve(result);
        });
      });
    try {
      await post('Profiler.enable');
      await post('Profiler.start');
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, Math.min(seconds, maxProfileSeconds) * 1000);
        this.running = {
          session,
          timer,
          cancel: () => {
            reject(new ProfileError(503, 'clusterd is stopping'));
          },
        };
      });
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      return JSON.stringify(profile);
    } finally {
      this.running = undefined;
      session.disconnect();
    }
  }

  /** Ends a profile in progress (its request fails), so that the process can stop. */
  close(): void {
    this.closed = true;
    if (!this.running) return;
    clearTimeout(this.running.timer);
    this.running.cancel();
  }
}

export class ProfileError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
