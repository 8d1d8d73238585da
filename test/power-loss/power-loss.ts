// A power loss on one data directory, for tests: lose-unsynced.c (compiled here with the machine's
// gcc, loaded into the process under test through LD_PRELOAD) journals what each fsync made
// durable; after the process is killed (SIGKILL, which keeps the page cache), cut() drops from the
// directory everything a power loss would have dropped.
//
// The model (LazyFS's for data, a journaling file system's for names):
// - A file's content is durable up to its size when an fsync or fdatasync of it was called (and
//   returned); sync_file_range makes nothing durable. Truncations take effect at once (so no
//   unsynced content comes back). Sizes at successive fsyncs never shrink without a truncation.
// - A write over bytes a file already had (the Raft journal is preallocated and written in place)
//   is durable once an fsync or fdatasync of the file is called after it and returns; the others
//   are undone, newest first, from the bytes the layer saved.
// - Names (a creation, a rename, an unlink, a mkdir) are durable once the directory holding them was
//   fsynced. A regular file's own fsync makes its creation durable too, as ext4, XFS and btrfs do
//   (POSIX does not promise it; LevelDB 1.20 relies on it for each new .log file, since it syncs
//   its directory only along with a MANIFEST). A directory's creation needs its parent's fsync.
//   Names not durable are undone, newest first: created files removed, renamed files moved back
//   (with the file they replaced put back from its grave), unlinked files put back.
// Files that were in the directory when arm() was called count as durable as they are.
import { execFileSync } from 'node:child_process';
import {
  mkdir,
  mkdtemp,
  open,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = join(dirname(fileURLToPath(import.meta.url)), 'lose-unsynced.c');

/** The intercepted calls, by kind, in the order of lose-unsynced.c's `enum counter`. */
export interface InterceptCounts {
  open: number;
  write: number;
  sync: number;
  dirsync: number;
  rename: number;
  unlink: number;
  create: number;
  syncFileRange: number;
}

/** What cut() did to the directory. */
export interface PowerLossReport {
  /** Journal lines read. */
  events: number;
  /** Files cut to their durable size, and the bytes this dropped. */
  truncatedFiles: number;
  droppedBytes: number;
  /** Writes over existing bytes that were undone. */
  undoneOverwrites: number;
  /** Name changes undone, as "create <path>", "rename <from> <to>", "unlink <path>". */
  undone: string[];
  /** Anything that breaks the model's assumptions (writable mmap, rewritten files, unknown files). */
  anomalies: string[];
}

interface NameOp {
  kind: 'create' | 'rename' | 'unlink';
  /** create: the path; rename: the target; unlink: the path. */
  path: string;
  from?: string;
  ino?: number;
  grave?: string;
  /** Directories whose fsync the change waits for. */
  pending: Set<string>;
}

export class PowerLossDisk {
  private baseline = new Map<number, number>();

  private constructor(
    /** The directory under test (its real path). */
    readonly dir: string,
    private readonly work: string,
    private readonly library: string,
  ) {}

  /** Compiles the library into a new work directory beside the data. */
  static async create(dir: string): Promise<PowerLossDisk> {
    const work = await mkdtemp(join(tmpdir(), 'clusterd-powerloss-'));
    const library = join(work, 'lose-unsynced.so');
    execFileSync('gcc', ['-shared', '-fPIC', '-O2', '-Wall', '-Werror', '-o', library, source], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const disk = new PowerLossDisk(realpathSync(resolve(dir)), work, library);
    await disk.arm();
    return disk;
  }

  private get journalPath(): string {
    return join(this.work, 'journal');
  }

  private get graves(): string {
    return join(this.work, 'graves');
  }

  /** The environment of a process whose writes to `dir` the power loss should reach. */
  env(): Record<string, string> {
    return {
      LD_PRELOAD: this.library,
      CLUSTERD_POWERLOSS_DIR: this.dir,
      CLUSTERD_POWERLOSS_JOURNAL: this.journalPath,
      CLUSTERD_POWERLOSS_GRAVE: this.graves,
      // libuv's io_uring would write and fsync past the library (Node 20 turns it off by default).
      UV_USE_IO_URING: '0',
    };
  }

  /**
   * Before a process starts: what the directory holds now is durable; the journal, the graves and
   * the counters start empty.
   */
  async arm(): Promise<void> {
    this.baseline = new Map();
    for (const file of await walk(this.dir)) this.baseline.set(file.ino, file.size);
    await rm(this.graves, { recursive: true, force: true });
    await mkdir(this.graves);
    await writeFile(this.journalPath, '');
    await rm(`${this.journalPath}.counts`, { force: true });
  }

  async counts(): Promise<InterceptCounts> {
    let b: Buffer;
    try {
      b = await readFile(`${this.journalPath}.counts`);
    } catch {
      b = Buffer.alloc(0);
    }
    const at = (i: number): number =>
      b.length >= (i + 1) * 8 ? Number(b.readBigUInt64LE(i * 8)) : 0;
    return {
      open: at(0),
      write: at(1),
      sync: at(2),
      dirsync: at(3),
      rename: at(4),
      unlink: at(5),
      create: at(6),
      syncFileRange: at(7),
    };
  }

  /** The journal as it is now (for failure output). */
  async journal(): Promise<string> {
    return readFile(this.journalPath, 'utf8');
  }

  /**
   * The power loss: the process writing to the directory must be dead. Undoes the name changes
   * that were not durable, then cuts every file to its durable size. Call arm() before the next
   * process starts.
   */
  async cut(): Promise<PowerLossReport> {
    const lines = (await readFile(this.journalPath, 'utf8')).split('\n').filter((l) => l !== '');
    const durable = new Map(this.baseline);
    const ops: NameOp[] = [];
    const anomalies: string[] = [];
    const truncatedSinceSync = new Set<number>();
    const overwrites: { seq: number; ino: number; offset: number; undo: string }[] = [];
    const durableOverwritesBelow = new Map<number, number>();
    // Paths a call was creating when the process died, before the layer could record the inode.
    const unrecordedCreations = new Set<string>();
    for (const line of lines) {
      const [kind = '', ...f] = line.split(' ');
      switch (kind) {
        case 'creating':
          unrecordedCreations.add(f.join(' '));
          break;
        case 'create': {
          const ino = Number(f[0]);
          const path = f.slice(1).join(' ');
          unrecordedCreations.delete(path);
          durable.set(ino, 0);
          ops.push({ kind: 'create', path, ino, pending: new Set([dirname(path)]) });
          break;
        }
        case 'trunc': {
          const ino = Number(f[0]);
          durable.set(ino, Math.min(durable.get(ino) ?? 0, Number(f[1])));
          truncatedSinceSync.add(ino);
          break;
        }
        case 'open':
          break;
        case 'overwrite':
          overwrites.push({
            seq: Number(f[0]),
            ino: Number(f[1]),
            offset: Number(f[2]),
            undo: f.slice(4).join(' '),
          });
          break;
        case 'sync': {
          const ino = Number(f[0]);
          const size = Number(f[1]);
          const below = Number(f[2]);
          durableOverwritesBelow.set(ino, Math.max(durableOverwritesBelow.get(ino) ?? 0, below));
          const before = durable.get(ino);
          if (before !== undefined && size < before && !truncatedSinceSync.has(ino))
            anomalies.push(`shrank without a truncation: ${line} (durable ${before} before)`);
          truncatedSinceSync.delete(ino);
          durable.set(ino, size);
          for (const op of ops) if (op.kind === 'create' && op.ino === ino) op.pending.clear();
          break;
        }
        case 'dirsync': {
          const dir = f.join(' ');
          for (const op of ops) op.pending.delete(dir);
          break;
        }
        case 'rename': {
          const [from, to, grave] = f as [string, string, string];
          ops.push({
            kind: 'rename',
            path: to,
            from,
            grave,
            pending: new Set([dirname(from), dirname(to)]),
          });
          break;
        }
        case 'unlink': {
          const [path, grave] = f as [string, string];
          ops.push({ kind: 'unlink', path, grave, pending: new Set([dirname(path)]) });
          break;
        }
        case 'mmap':
          anomalies.push(`writable shared mapping: ${line}`);
          break;
        default:
          anomalies.push(`unknown journal line: ${line}`);
      }
    }

    const undone: string[] = [];
    const taken = async (path: string): Promise<boolean> =>
      stat(path).then(
        () => true,
        () => false,
      );
    for (const op of [...ops].reverse()) {
      if (op.pending.size === 0) continue;
      if (op.kind === 'create') {
        await rm(op.path, { recursive: true, force: true });
        undone.push(`create ${op.path}`);
      } else if (op.kind === 'rename') {
        if (await taken(op.from!)) {
          anomalies.push(`cannot undo rename ${op.from} -> ${op.path}: the old name is taken`);
          continue;
        }
        if (await taken(op.path)) await rename(op.path, op.from!);
        if (op.grave !== '-') await rename(op.grave!, op.path);
        undone.push(`rename ${op.from} ${op.path}`);
      } else {
        if (op.grave === '-') continue;
        if (await taken(op.path)) {
          anomalies.push(`cannot undo unlink of ${op.path}: the name is taken`);
          continue;
        }
        await rename(op.grave!, op.path);
        undone.push(`unlink ${op.path}`);
      }
    }

    // A creation cut short by the kill was never synced, so neither its name nor its bytes survive.
    for (const path of unrecordedCreations) {
      const ino = await stat(path).then(
        (st) => st.ino,
        () => undefined,
      );
      if (ino === undefined || durable.has(ino)) continue;
      await rm(path, { recursive: true, force: true });
      undone.push(`create ${path} (killed before it was recorded)`);
    }

    const files = await walk(this.dir);
    const pathOf = new Map(files.map((file) => [file.ino, file.path]));
    let undoneOverwrites = 0;
    for (const w of [...overwrites].sort((a, b) => b.seq - a.seq)) {
      if (w.seq < (durableOverwritesBelow.get(w.ino) ?? 0)) continue;
      const path = pathOf.get(w.ino);
      if (path === undefined) continue; // the file itself was not durable, or was removed
      const handle = await open(path, 'r+');
      try {
        const old = await readFile(w.undo);
        await handle.write(old, 0, old.length, w.offset);
      } finally {
        await handle.close();
      }
      undoneOverwrites++;
    }

    let truncatedFiles = 0;
    let droppedBytes = 0;
    for (const file of files) {
      const keep = durable.get(file.ino);
      if (keep === undefined) anomalies.push(`a file nothing recorded: ${file.path}`);
      const size = Math.min(file.size, keep ?? 0);
      if (size < file.size) {
        await truncate(file.path, size);
        truncatedFiles++;
        droppedBytes += file.size - size;
      }
    }
    return {
      events: lines.length,
      truncatedFiles,
      droppedBytes,
      undoneOverwrites,
      undone,
      anomalies,
    };
  }

  async dispose(): Promise<void> {
    await rm(this.work, { recursive: true, force: true });
  }
}

/** Every regular file under `dir`, with its inode and size. */
async function walk(dir: string): Promise<{ path: string; ino: number; size: number }[]> {
  const out: { path: string; ino: number; size: number }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) {
      const st = await stat(path);
      out.push({ path, ino: st.ino, size: st.size });
    }
  }
  return out;
}
