// Test conveniences around the client: a client per test that is always closed, unique keys.
import { EtcdClient, type ClientOptions } from '../../src/client/index.js';

let counter = 0;

/** A key prefix no other test uses. */
export function uniquePrefix(name: string): string {
  counter++;
  return `/test/${name}/${process.pid}-${Date.now()}-${counter}/`;
}

/** A client with short timeouts suited to tests. */
export function testClient(endpoints: string[], options: Partial<ClientOptions> = {}): EtcdClient {
  return new EtcdClient({ dialTimeoutMs: 1000, commandTimeoutMs: 5000, ...options, endpoints });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function eventually(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(25);
  }
}
