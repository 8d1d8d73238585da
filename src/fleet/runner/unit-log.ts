// A unit's journal: the lines its commands print and the runner's messages about it, each stamped
// with an ISO time, appended to <logDir>/<unit>.log and rotated by size into <unit>.log.1, .2, ...
// The files outlive the unit being loaded, as journald's do; `follow` gets lines as they are
// appended.
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface LogRotation {
  /** A file is rotated before a write would take it past this size. */
  readonly maxBytes: number;
  /** Files kept, the one written included. */
  readonly files: number;
}

export const defaultRotation: LogRotation = { maxBytes: 1 << 20, files: 2 };

/** journald's LineMax: a longer line is cut into pieces of this length. */
const maxLineLength = 48 * 1024;

interface Follower {
  push(line: string): void;
  wake(): void;
}

export class UnitLog {
  private pending: string[] = [];
  private draining: Promise<void> | undefined;
  private handle: FileHandle | undefined;
  private size = 0;
  private readonly followers = new Set<Follower>();
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

  /** The last `lines` lines, from the rotated files too. */
  async tail(lines: number): Promise<string[]> {
    await this.flushed();
    if (lines <= 0) return [];
    const texts: string[] = [];
    for (let i = this.rotation.files - 1; i >= 0; i--) {
      try {
        texts.push(await readFile(this.fileName(i), 'utf8'));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    const all = texts.join('').split('\n');
    all.pop(); // the text after the last newline: nothing
    return all.slice(-lines);
  }

  /** Lines appended from now on, until `signal` aborts or the log is closed (and they are out). */
  async *follow(signal: AbortSignal): AsyncGenerator<string> {
    const queue: string[] = [];
    let wakeUp: (() => void) | undefined;
    const follower: Follower = {
      push: (line) => {
        queue.push(line);
        wakeUp?.();
      },
      wake: () => wakeUp?.(),
    };
    const onAbort = (): void => {
      follower.wake();
    };
    this.followers.add(follower);
    signal.addEventListener('abort', onAbort);
    try {
      while (!signal.aborted) {
        const line = queue.shift();
        if (line !== undefined) {
          yield line;
          continue;
        }
        if (this.closed) break;
        await new Promise<void>((resolve) => {
          wakeUp = resolve;
        });
        wakeUp = undefined;
      }
    } finally {
      this.followers.delete(follower);
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** Resolves once everything appended so far is in the file. */
  async flushed(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Writes what is pending, ends the followers and closes the file. */
  async close(): Promise<void> {
    this.closed = true;
    for (const follower of this.followers) follower.wake();
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
