// Automatic compaction, as etcd's --auto-compaction-mode/--auto-compaction-retention do it.
// periodic: keep `retention` of history, checking every retention/10 (at most hourly) and compacting
// to the revision that was current `retention` ago. revision: every 5 minutes, keep the last
// `retention` revisions.
import type { Logger } from '../util/log.js';

export type CompactionMode = 'periodic' | 'revision';

export interface CompactionTarget {
  currentRevision(): number;
  compactRevision(): number;
  compact(revision: number): Promise<void>;
  isLeader(): boolean;
}

const revisionModeIntervalMs = 5 * 60_000;
const hourMs = 3_600_000;

/** etcd's retention syntax: a bare number means hours (periodic) or revisions; or 30s, 5m, 1h. */
export function parseRetention(mode: CompactionMode, text: string): number {
  const trimmed = text.trim();
  if (mode === 'revision') {
    const n = Number(trimmed);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`invalid --auto-compaction-retention ${text}`);
    return n;
  }
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * hourMs;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(trimmed);
  if (!m) throw new Error(`invalid --auto-compaction-retention ${text}`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: hourMs }[m[2] as 'ms' | 's' | 'm' | 'h'];
  return Number(m[1]) * unit;
}

export class Compactor {
  private timer: NodeJS.Timeout | undefined;
  /** (time, revision) samples for periodic mode, oldest first. */
  private samples: { atMs: number; revision: number }[] = [];

  constructor(
    private readonly mode: CompactionMode,
    /** Milliseconds (periodic) or revisions (revision); 0 disables. */
    private readonly retention: number,
    private readonly target: CompactionTarget,
    private readonly logger: Logger,
    private readonly nowMs: () => number = () => Date.now(),
    /** How often to check; etcd's by default (see the top of this file). Tests shorten it. */
    private readonly checkIntervalMs?: number,
  ) {}

  start(): void {
    if (this.retention <= 0) return;
    const interval =
      this.checkIntervalMs ??
      (this.mode === 'periodic'
        ? Math.min(Math.max(this.retention / 10, 100), hourMs)
        : revisionModeIntervalMs);
    this.samples.push({ atMs: this.nowMs(), revision: this.target.currentRevision() });
    this.timer = setInterval(() => void this.tick(), interval);
  }

  async tick(): Promise<void> {
    const now = this.nowMs();
    const current = this.target.currentRevision();
    let revision: number;
    if (this.mode === 'periodic') {
      this.samples.push({ atMs: now, revision: current });
      let chosen: number | undefined;
      while (this.samples.length > 0 && this.samples[0]!.atMs <= now - this.retention) {
        chosen = this.samples.shift()!.revision;
      }
      if (chosen === undefined) return;
      revision = chosen;
    } else {
      revision = current - this.retention;
    }
    if (!this.target.isLeader() || revision <= this.target.compactRevision()) return;
    try {
      await this.target.compact(revision);
      this.logger.info('auto compaction', { revision, mode: this.mode });
    } catch (err) {
      this.logger.warn('auto compaction failed', { revision, error: String(err) });
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
