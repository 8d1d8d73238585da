// A seeded PRNG (mulberry32) for randomized tests: a failing run prints its seed and can be
// repeated exactly.
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed from `variable` in the environment, else a fresh one. */
export function seedFrom(variable: string): number {
  const fromEnv = process.env[variable];
  return fromEnv !== undefined ? Number(fromEnv) : Math.floor(Math.random() * 1_000_000);
}
