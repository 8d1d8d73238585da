// A unit's journal: the lines its commands print and the runner's messages about it, each stamped
// with an ISO time, appended to <logDir>/<unit>.log and rotated by size into <unit>.log.1, .2, ...
// The files outlive the unit being loaded, as journald's do; `follow` gets lines as they are
// appended.
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AsyncQueue } from '../../client/async-queue.js';

export interface LogRotation {
  /** A file is rotated before a write would take it past this size. */
  readonly maxBytes: number;
  /** Files kept, the one written included. */
  readonly files: number;
}

const defaultRotation: LogRotation = { maxBytes: 1 << 20, files: 2 };

/** journald's LineMax: a longer line is cut into pieces of this length. */
const maxLineLength = 48 * 1024;

export class UnitLog {
  private pending: string[] = [];
  private draining: Promise<void> | undefined;
  private handle: FileHandle | undefined;
  private size = 0;
  private readonly followers = new Set<AsyncQueue<string>>();
  private closed = false;

  constructor(
    private readonly path: string,
    private readonly onError: (err: unknown) => void,
    private readonly rotation: LogRotation = defaultRotation,
  ) {}

  /** Appends each line of `text`, stamped with the current time. */
  append(text: string): void {
    if (this.closed) return;
    const stamp = new Date().toISOString();
    for (const line of text.split('\n')) {
      const stamped = `${stamp} ${line}`;
      this.pending.push(stamped);
      for (const follower of this.followers) follower.push(stamped);
    }
    this.drain();
  }

  /** A sink for a stream's text that logs complete lines, each with `prefix`. */
  lineSink(prefix: string): { write(chunk: string): void; end(): void } {
    let partial = '';
    return {
      write: (chunk) => {
        partial += chunk;
        let newline;
        while ((newline = partial.indexOf('\n')) !== -1) {
          this.append(prefix + partial.slice(0, newline));
          partial = partial.slice(newline + 1);
        }
        while (partial.length >= maxLineLength) {
          this.append(prefix + partial.slice(0, maxLineLength));
          partial = partial.slice(maxLineLength);
        }
      },
      end: () => {
        if (partial !== '') this.append(prefix + partial);
        partial = '';
      },
    };
  }

  /** The last `lines` lines, from the rotated files too (read newest first, only as needed). */
  async tail(lines: number): Promise<string[]> {
    await this.flushed();
    const collected: string[] = [];
    for (let i = 0; i < this.rotation.files && collected.length < lines; i++) {
      let text: string;
      try {
        text = await readFile(this.fileName(i), 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      const fileLines = text.split('\n');
      fileLines.pop(); // the text after the last newline: nothing
      collected.unshift(...fileLines);
    }
    return lines <= 0 ? [] : collected.slice(-lines);
  }

  /**
   * Lines appended from this call on, until `signal` aborts (lines not yet read are dropped) or
   * the log is closed (they are read first).
   */
  follow(signal: AbortSignal): AsyncIterable<string> {
    const queue: AsyncQueue<string> = new AsyncQueue(() => {
      this.followers.delete(queue);
      signal.removeEventListener('abort', abort);
    });
    const abort = (): void => {
      void queue.return();
    };
    if (this.closed || signal.aborted) {
      queue.end();
      return queue;
    }
    this.followers.add(queue);
    signal.addEventListener('abort', abort);
    return queue;
  }

  /** Resolves once everything appended so far is in the file. */
  async flushed(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Writes what is pending, ends the followers and closes the file. */
  async close(): Promise<void> {
    this.closed = true;
    for (const follower of this.followers) follower.end();
    this.followers.clear();
    await this.flushed();
    await this.handle?.close();
    this.handle = undefined;
  }

  private drain(): void {
    if (this.draining) return;
    this.draining = this.write()
      .catch((err: unknown) => {
        this.onError(err);
      })
      .finally(() => {
        this.draining = undefined;
        if (this.pending.length > 0 && !this.closed) this.drain();
      });
  }

  private async write(): Promise<void> {
    while (this.pending.length > 0) {
      const data = Buffer.from(this.pending.splice(0).join('\n') + '\n');
      let handle = await this.openFile();
      if (this.size > 0 && this.size + data.length > this.rotation.maxBytes) {
        await this.rotate();
        handle = await this.openFile();
      }
      await handle.appendFile(data);
      this.size += data.length;
    }
  }

  private async openFile(): Promise<FileHandle> {
    if (!this.handle) {
      await mkdir(dirname(this.path), { recursive: true });
      this.handle = await open(this.path, 'a');
      this.size = (await this.handle.stat()).size;
    }
    return this.handle;
  }

  private async rotate(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
    this.size = 0;
    if (this.rotation.files <= 1) {
      await unlink(this.path).catch(ignoreMissing);
      return;
    }
    for (let i = this.rotation.files - 1; i >= 1; i--) {
      await rename(this.fileName(i - 1), this.fileName(i)).catch(ignoreMissing);
    }
  }

  private fileName(index: number): string {
    return index === 0 ? this.path : `${this.path}.${index}`;
  }
}

function ignoreMissing(err: unknown): void {
  if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
}
