// A minimal Prometheus registry: counters, gauges and histograms with labels, rendered in the text
// exposition format. Metric names follow etcd's where etcd has one, so dashboards carry over.

type Labels = Record<string, string>;

function labelKey(labels: Labels): string {
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return '';
  return (
    '{' +
    keys
      .map(
        (k) => `${k}="${labels[k]!.replace(/["\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\' + c))}"`,
      )
      .join(',') +
    '}'
  );
}

interface Metric {
  render(): string;
}

export class Counter implements Metric {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(by = 1, labels: Labels = {}): void {
    this.add(labelKey(labels), by);
  }
  /** One labelled series with its key computed once, for a counter bumped on every request. */
  series(labels: Labels): { inc(by?: number): void } {
    const key = labelKey(labels);
    return {
      inc: (by = 1) => {
        this.add(key, by);
      },
    };
  }
  private add(key: string, by: number): void {
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    if (this.values.size === 0) lines.push(`${this.name} 0`);
    for (const [k, v] of this.values) lines.push(`${this.name}${k} ${v}`);
    return lines.join('\n');
  }
}

export class Gauge implements Metric {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  set(value: number, labels: Labels = {}): void {
    this.values.set(labelKey(labels), value);
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`];
    if (this.values.size === 0) lines.push(`${this.name} 0`);
    for (const [k, v] of this.values) lines.push(`${this.name}${k} ${v}`);
    return lines.join('\n');
  }
}

/** One histogram's bucket counts, sum and count. */
class HistogramSeries {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;
  constructor(private readonly buckets: readonly number[]) {
    this.counts = buckets.map(() => 0);
  }
  observe(seconds: number): void {
    this.sum += seconds;
    this.count++;
    for (let i = 0; i < this.buckets.length; i++)
      if (seconds <= this.buckets[i]!) this.counts[i]!++;
  }
  /** Its lines under `name`, labelled `key` (a labelKey) plus `le`. */
  render(name: string, key: string, lines: string[]): void {
    // `{a="b"}` and `le` into one label set.
    const inner = key === '' ? '' : key.slice(1, -1) + ',';
    this.buckets.forEach((b, i) =>
      lines.push(`${name}_bucket{${inner}le="${b}"} ${this.counts[i]!}`),
    );
    lines.push(`${name}_bucket{${inner}le="+Inf"} ${this.count}`);
    lines.push(`${name}_sum${key} ${this.sum}`, `${name}_count${key} ${this.count}`);
  }
}

/** A histogram per label set, as Prometheus' HistogramVec. */
export class HistogramVec implements Metric {
  private readonly series = new Map<string, HistogramSeries>();
  constructor(
    readonly name: string,
    readonly help: string,
    /** Upper bounds in seconds, ascending. */
    private readonly buckets: number[],
  ) {}

  /** One labelled series, its key computed once: for a histogram observed on every request. */
  with(labels: Labels): { observe(seconds: number): void } {
    const key = labelKey(labels);
    // Created on its first observation: a series never observed is not rendered.
    let series: HistogramSeries | undefined;
    return {
      observe: (seconds) => {
        if (series === undefined) {
          series = this.series.get(key);
          if (series === undefined) {
            series = new HistogramSeries(this.buckets);
            this.series.set(key, series);
          }
        }
        series.observe(seconds);
      },
    };
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [key, s] of this.series) s.render(this.name, key, lines);
    return lines.join('\n');
  }
}

/** Prometheus' default buckets (prometheus.DefBuckets), as grpc-prometheus uses them. */
export const defaultBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class MetricsRegistry {
  private readonly metrics: Metric[] = [];
  register<M extends Metric>(metric: M): M {
    this.metrics.push(metric);
    return metric;
  }
  render(): string {
    return this.metrics.map((m) => m.render()).join('\n') + '\n';
  }
}

/** etcd's disk latency buckets: 1 ms doubling to about 8 s. */
export const diskLatencyBuckets = Array.from({ length: 14 }, (_, i) => 0.001 * 2 ** i);
