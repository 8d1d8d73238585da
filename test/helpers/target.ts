// The server a test suite runs against. Suites take a TargetFactory so the same tests run against
// real etcd (the reference) and against clusterd: add a factory to `targets` to add a server.
import { startClusterdTarget } from './clusterd.js';
import { startEtcd } from './etcd.js';

export interface Target {
  /** `host:port` client endpoints. */
  readonly endpoints: string[];
  /** Stops the server abruptly (SIGKILL), keeping its data; undefined if not supported. */
  kill?(): Promise<void>;
  /** Starts it again on the same ports and data after kill(). */
  restart?(): Promise<void>;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

export interface TargetOptions {
  /** etcd's --max-txn-ops and similar limits the tests rely on. */
  maxTxnOps?: number;
}

export type TargetFactory = (options?: TargetOptions) => Promise<Target>;

export async function startEtcdTarget(options: TargetOptions = {}): Promise<Target> {
  const args = options.maxTxnOps !== undefined ? ['--max-txn-ops', String(options.maxTxnOps)] : [];
  const etcd = await startEtcd({ args });
  return {
    endpoints: [etcd.endpoint],
    kill: () => etcd.kill(),
    restart: () => etcd.start(),
    stop: () => etcd.stop(),
  };
}

/**
 * The servers every parameterised suite runs against: both by default, so each behaviour is
 * checked on the reference and on clusterd. CLUSTERD_TEST_TARGETS=etcd (comma list) selects.
 */
const allTargets: Record<string, TargetFactory> = {
  etcd: startEtcdTarget,
  clusterd: startClusterdTarget,
};

export const targets: { name: string; start: TargetFactory }[] = (
  process.env.CLUSTERD_TEST_TARGETS ?? 'etcd,clusterd'
)
  .split(',')
  .map((s) => s.trim())
  .filter((name) => name !== '')
  .map((name) => {
    const start = allTargets[name];
    if (!start) throw new Error(`unknown test target ${name}`);
    return { name, start };
  });
