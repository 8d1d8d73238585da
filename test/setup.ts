// Builds the development bundle (dist/clusterd.cjs) once per test run, so that tests which start
// `clusterd` as a real process pay Node's start-up, not a TypeScript compile, per process. Helpers
// that start clusterd call ensureBundle() too, so a run without the mocha config is not stale.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Every clusterd the tests start would serve DNS on 127.0.0.1:53 by default; the tests never use
// port 53, so children inherit DNS off unless a test passes --dns-addr with a free port.
process.env.CLUSTERD_DNS_ADDR ??= '';
// Nor would one change this machine's links and routes: a test that wants the network passes --net
// (in network namespaces of its own).
process.env.CLUSTERD_NET ??= 'false';

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
