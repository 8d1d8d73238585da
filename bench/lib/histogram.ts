// A latency histogram with fixed log-linear buckets, in the manner of HdrHistogram: every bucket
// spans at most 1/64 of its value (~1.6% error), memory stays constant however long a run lasts,
// and two histograms merge by adding counts, which is how worker processes' results are combined.

/** Values below this many microseconds get one bucket each. */
const LINEAR_LIMIT = 128;
/** Buckets per power of two above LINEAR_LIMIT: the resolution (1/64) of the histogram. */
const SUB_BUCKETS = 64;
/** Longest latency tracked exactly: 2^31 µs ≈ 36 min; longer values land in the last bucket. */
const MAX_TRACKED_US = 2 ** 31 - 1;
const BUCKET_COUNT = bucketIndex(MAX_TRACKED_US) + 1;

function bucketIndex(us: number): number {
  if (us < LINEAR_LIMIT) return us;
  // Choose the shift that brings the value into [SUB_BUCKETS, 2 * SUB_BUCKETS).
  const shift = 32 - Math.clz32(us) - 7;
  return LINEAR_LIMIT + (shift - 1) * SUB_BUCKETS + ((us >>> shift) - SUB_BUCKETS);
}

/** The largest value that falls in a bucket, so reported percentiles never understate latency. */
function bucketUpperBound(index: number): number {
  if (index < LINEAR_LIMIT) return index;
  const shift = Math.floor((index - LINEAR_LIMIT) / SUB_BUCKETS) + 1;
  const sub = ((index - LINEAR_LIMIT) % SUB_BUCKETS) + SUB_BUCKETS;
  return (sub + 1) * 2 ** shift - 1; // not `<<`: the top bucket reaches 2^31
}

/** A histogram in a form that survives JSON and process IPC: only the non-empty buckets. */
export interface HistogramSnapshot {
  buckets: [index: number, count: number][];
  maxUs: number;
  sumUs: number;
}

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKET_COUNT);
  private total = 0;
  private maxUs = 0;
  private sumUs = 0;

  /** Records one latency in microseconds (fractions are truncated). */
  record(us: number): void {
    const value = Math.min(Math.max(Math.trunc(us), 0), MAX_TRACKED_US);
    this.counts[bucketIndex(value)]! += 1;
    this.total += 1;
    this.sumUs += value;
    if (value > this.maxUs) this.maxUs = value;
  }

  get count(): number {
    return this.total;
  }

  get max(): number {
    return this.maxUs;
  }

  /** The exact mean (µs), kept beside the buckets because etcd's published figures are means. */
  get mean(): number {
    return this.total === 0 ? 0 : this.sumUs / this.total;
  }

  /** The latency (µs) at or below which `percent` of the recorded values lie; 0 when empty. */
  percentile(percent: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil((percent / 100) * this.total));
    let seen = 0;
    for (let i = 0; i < BUCKET_COUNT; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min(bucketUpperBound(i), this.maxUs);
    }
    return this.maxUs;
  }

  merge(other: LatencyHistogram): void {
    for (let i = 0; i < BUCKET_COUNT; i++) this.counts[i]! += other.counts[i]!;
    this.total += other.total;
    this.sumUs += other.sumUs;
    this.maxUs = Math.max(this.maxUs, other.maxUs);
  }

  snapshot(): HistogramSnapshot {
    const buckets: [number, number][] = [];
    this.counts.forEach((count, index) => {
      if (count > 0) buckets.push([index, count]);
    });
    return { buckets, maxUs: this.maxUs, sumUs: this.sumUs };
  }

  static fromSnapshot(snapshot: HistogramSnapshot): LatencyHistogram {
    const histogram = new LatencyHistogram();
    for (const [index, count] of snapshot.buckets) {
      histogram.counts[index] = count;
      histogram.total += count;
    }
    histogram.maxUs = snapshot.maxUs;
    histogram.sumUs = snapshot.sumUs;
    return histogram;
  }
}
