// Builds the development bundle (dist/clusterd.cjs) once per test run, so that tests which start
// `clusterd` as a real process pay Node's start-up, not a TypeScript compile, per process. Helpers
// that start clusterd call ensureBundle() too, so a run without the mocha config is not stale.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The command that runs clusterd from this checkout: node and the freshly built bundle. */
export const clusterdCommand = [process.execPath, join(repoRoot, 'dist', 'clusterd.cjs')];

let built = false;

/** Builds the bundle from the current sources once per test process (about half a second). */
export function ensureBundle(): void {
  if (built) return;
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), 'dev'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  built = true;
}

export function mochaGlobalSetup(): void {
  ensureBundle();
}
