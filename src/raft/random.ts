// The randomness the core needs (election timeout jitter) comes from outside, so a seed
// reproduces a whole run. The node layer seeds SeededRandom once at startup.

export interface RandomSource {
  /** A uniformly distributed integer in [0, bound). */
  nextInt(bound: number): number;
}

/** A small, fast, seedable generator (SplitMix32); not for cryptography. */
export class SeededRandom implements RandomSource {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  nextInt(bound: number): number {
    return Math.floor(this.nextFloat() * bound);
  }

  /** A float in [0, 1). */
  nextFloat(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 0x100000000;
  }
}
