// A real LevelDB backend and MVCC store in a temporary directory, with one-line writes for tests.
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Backend } from '../../src/storage/backend.js';
import {
  MvccStore,
  type MvccEvent,
  type RangeEnd,
  type WriteTxn,
} from '../../src/storage/mvcc/kv-store.js';

export class TempStore {
  backend!: Backend;
  store!: MvccStore;
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  static async create(): Promise<TempStore> {
    const t = new TempStore(await mkdtemp(join(tmpdir(), 'clusterd-mvcc-')));
    await t.open();
    return t;
  }

  async open(): Promise<void> {
    this.backend = await Backend.open(this.dir);
    this.store = await MvccStore.open(this.backend);
  }

  /** Closes and opens the same directory: the store restores from what reached LevelDB. */
  async reopen(): Promise<void> {
    await this.store.flush();
    await this.backend.close();
    await this.open();
  }

  async dispose(): Promise<void> {
    await this.backend.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }

  /** One write request: `fn` makes its changes; returns the store revision after it and events. */
  async write(fn: (txn: WriteTxn) => void): Promise<{ revision: number; events: MvccEvent[] }> {
    const txn = this.store.beginWrite();
    fn(txn);
    const revision = txn.end();
    await this.store.flush();
    return { revision, events: txn.events };
  }

  put(key: string, value: string, lease = 0n): Promise<{ revision: number; events: MvccEvent[] }> {
    return this.write((txn) => txn.put(Buffer.from(key, 'latin1'), Buffer.from(value), lease));
  }

  del(key: string, end?: RangeEnd): Promise<{ revision: number; events: MvccEvent[] }> {
    return this.write((txn) => txn.deleteRange(key, end));
  }

  /** key=value pairs of a range, as a compact string for assertions. */
  view(key: string, end: RangeEnd, rev = 0, limit = 0): string {
    return this.store
      .range(key, end, rev, limit)
      .kvs.map((kv) => `${kv.key.toString('latin1')}=${kv.value.toString()}`)
      .join(',');
  }
}

/**
 * The bytes `fn` read through FileHandle.read (fs/promises' handles, as the snapshot readers use),
 * counted by wrapping the method on the handles' prototype while it runs.
 */
export async function bytesReadWhile(fn: () => Promise<unknown>): Promise<number> {
  const probe = await open(tmpdir(), 'r');
  const proto = Object.getPrototypeOf(probe) as { read: FileHandle['read'] };
  await probe.close();
  const read = proto.read;
  let bytes = 0;
  proto.read = async function (this: FileHandle, ...args: unknown[]) {
    const result = await (read as (...a: unknown[]) => ReturnType<FileHandle['read']>).apply(
      this,
      args,
    );
    bytes += result.bytesRead;
    return result;
  };
  try {
    await fn();
  } finally {
    proto.read = read;
  }
  return bytes;
}
