// Everything a benchmark starts (server processes, worker processes, temporary directories) is
// registered with one DisposableStore, and that store is disposed on every way out: normal return,
// a thrown error, SIGINT or SIGTERM. A benchmark must never leave an etcd running on the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DisposableStore } from '../../src/util/lifecycle.js';

/** Runs `main` with a store that is disposed however `main` ends; exits non-zero on failure. */
export async function runWithCleanup(
  main: (store: DisposableStore) => Promise<void>,
): Promise<void> {
  const store = new DisposableStore();
  let disposing: Promise<void> | undefined;
  const disposeOnce = (): Promise<void> => (disposing ??= store.dispose());
  const state = { interrupted: false };
  const onSignal = (signal: NodeJS.Signals): void => {
    state.interrupted = true;
    process.stderr.write(`\n${signal}: stopping everything this benchmark started\n`);
    void disposeOnce().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await main(store);
  } catch (err) {
    // After a signal, main fails only because its workers and servers are being stopped.
    if (!state.interrupted) {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    }
  } finally {
    await disposeOnce();
  }
}

/** A fresh directory under the system temp dir, removed when the store is disposed. */
export function ownedTempDir(store: DisposableStore, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  store.defer(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
