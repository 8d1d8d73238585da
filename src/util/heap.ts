// V8's heap sizing for a long-running member. A member's live heap is small (the key index, the
// Raft log tail, about 35 MiB with 100,000 keys) and nearly all it allocates is per-request garbage.
// V8's defaults let such a process grow its old generation to about four times what survives a
// full collection and its young generation to 32 MiB, which measured about 240 MiB of RSS per
// member with 100,000 keys under load (docs/benchmarks.md), as much as etcd's own.
//
// The old generation may grow to twice what is live. Under puts at 512 in flight much of what a
// member allocates lives through two scavenges and is promoted, and every full collection of it
// costs the one thread that serves: at half over live, one member ran 43,790-46,467 puts/s at
// 167-171 MiB; at twice live, 46,195-49,809/s at 177-183 MiB. A young generation allowed to grow
// as well (V8's semi-space doubling) gave 45,444-50,063/s at 193-201 MiB, no better, so it keeps
// its initial size (docs/benchmarks.md, "The heap change").
//
// Both flags are read by V8 at every collection, so setting them at run time takes effect (the
// flags that fix the heap's size, like --max-semi-space-size, are read only at start-up, which a
// single executable cannot pass on Node 20, and NODE_OPTIONS refuses these two). The same flags
// given on node's command line are left alone; `agent --no-limit-heap-growth` skips this.
import { setFlagsFromString } from 'node:v8';

const memberHeapFlags = {
  // The old generation may grow to twice its live size before the next full collection.
  'heap-growing-percent': 100,
  // The young generation keeps its initial size instead of doubling up to 32 MiB.
  'semi-space-growth-factor': 1,
};

export function limitHeapGrowth(): void {
  const given = process.execArgv.join(' ');
  for (const [flag, value] of Object.entries(memberHeapFlags)) {
    if (!given.includes(`--${flag}`)) setFlagsFromString(`--${flag}=${value}`);
  }
}
