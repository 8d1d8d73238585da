// V8's heap sizing for a long-running member. A member's live heap is small (the key index, the
// Raft log tail, about 35 MiB with 100,000 keys) and nearly all it allocates is per-request garbage.
// V8's defaults let such a process grow its old generation to about four times what survives a
// full collection and its young generation to 32 MiB, which measured about 240 MiB of RSS per
// member with 100,000 keys under load (docs/benchmarks.md); with the settings below, about 180.
// They cost some throughput: collections run more often. The old generation's half over live is
// measured: a quarter held a member with 100,000 keys to 168 MiB but cost a single member 5% of
// its puts at 512 in flight (18,470-18,600 against 19,450-19,880/s); a full 100% gained 13% more
// but 42 MiB, and came within 7 MiB of etcd's own RSS in a 3-member cluster's put cell.
//
// Both flags are read by V8 at every collection, so setting them at run time takes effect (the
// flags that fix the heap's size, like --max-semi-space-size, are read only at start-up, which a
// single executable cannot pass on Node 20, and NODE_OPTIONS refuses these two). The same flags
// given on node's command line are left alone; `agent --no-limit-heap-growth` skips this.
import { setFlagsFromString } from 'node:v8';

const memberHeapFlags = {
  // The old generation may grow to live size plus a half before the next full collection.
  'heap-growing-percent': 50,
  // The young generation keeps its initial size instead of doubling up to 32 MiB.
  'semi-space-growth-factor': 1,
};

export function limitHeapGrowth(): void {
  const given = process.execArgv.join(' ');
  for (const [flag, value] of Object.entries(memberHeapFlags)) {
    if (!given.includes(`--${flag}`)) setFlagsFromString(`--${flag}=${value}`);
  }
}
