// V8's heap sizing for a long-running member. A member's live heap is small (the key index, the
// Raft log tail, about 35 MiB with 100,000 keys) and nearly all it allocates is per-request garbage.
// V8's defaults let such a process grow its old generation to about four times what survives a
// full collection and its young generation to 32 MiB, which measured about 240 MiB of RSS per
// member with 100,000 keys under load (docs/benchmarks.md), as much as etcd's own.
//
// The old generation may grow to twice what is live. Under puts at 512 in flight a member
// promotes about 100 MB/s of garbage that lived through two scavenges, and every full collection
// of it costs the one thread that serves: at half over live, one member ran 45,424-46,068 puts/s
// at 164-167 MiB; at twice live, 49,654-50,519/s at 182-183 MiB (alternating runs, 2026-12-07).
// A young generation allowed to grow (V8's semi-space doubling) gained nothing measurable there
// (45,785-46,451/s) and cost 15-20 MiB, so it keeps its initial size.
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
