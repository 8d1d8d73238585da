// The file system a path lives on, for figures that are the disk's as much as the program's: the
// mount with the longest mount point that contains the path, from /proc/self/mounts.
import { readFileSync, realpathSync } from 'node:fs';

export interface FileSystemFacts {
  /** `ext4`, `tmpfs`, `overlay`, ... */
  type: string;
  /** The device or source mounted (`/dev/vda`). */
  source: string;
  mountPoint: string;
}

/** Undefined off Linux, or when /proc cannot be read. */
export function fileSystemOf(path: string): FileSystemFacts | undefined {
  let mounts: string;
  let real: string;
  try {
    mounts = readFileSync('/proc/self/mounts', 'utf8');
    real = realpathSync(path);
  } catch {
    return undefined;
  }
  let best: FileSystemFacts | undefined;
  for (const line of mounts.split('\n')) {
    const [source, mountPoint, type] = line.split(' ').map(unescapeMountField);
    if (source === undefined || mountPoint === undefined || type === undefined) continue;
    const contains = mountPoint === '/' || real === mountPoint || real.startsWith(`${mountPoint}/`);
    // A later mount on the same point hides the earlier one, so ties go to the later line.
    if (contains && mountPoint.length >= (best?.mountPoint.length ?? 0))
      best = { type, source, mountPoint };
  }
  return best;
}

/** The kernel writes a space, tab, newline or backslash in a field as an octal escape (`\040`). */
function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) =>
    String.fromCharCode(parseInt(octal, 8)),
  );
}
