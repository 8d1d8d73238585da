// Process tests start the bundled clusterd (test/helpers/clusterd.ts runs dist/clusterd.cjs).
// Mocha's global setup builds it, but not when mocha runs with --no-config: build it once here so
// a process test never runs a bundle older than the source.
import { mochaGlobalSetup } from '../setup.js';

let built = false;

export function ensureBundle(): void {
  if (built) return;
  mochaGlobalSetup();
  built = true;
}
