// EnvironmentFile= as systemd.exec(5) reads it, for commands and containers alike: the files in
// order, each line an assignment, later files overriding earlier ones; a file given with `-` may
// be missing. Read at each start, on the machine that runs the unit.
import { readFile } from 'node:fs/promises';
import { parseEnvironmentFile } from './systemd-syntax.js';

export class EnvironmentFileError extends Error {}

/**
 * The variables of `files`; an invalid line is reported through `warn` and skipped. Throws an
 * EnvironmentFileError worded as systemd's when a file that is not optional cannot be read.
 */
export async function readEnvironmentFiles(
  files: readonly { path: string; optional: boolean }[],
  warn: (line: string) => void,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file.path, 'utf8');
    } catch (err) {
      if (file.optional) continue;
      throw new EnvironmentFileError(
        `Failed to load environment files: ${(err as Error).message}`,
        { cause: err },
      );
    }
    const parsed = parseEnvironmentFile(text);
    for (const bad of parsed.invalid) warn(`${file.path}: ignoring ${bad}`);
    for (const [name, value] of parsed.assignments) out[name] = value;
  }
  return out;
}
