// A markdown table with padded columns: readable in a terminal and valid in docs/benchmarks.md.
import type { ServerUsage } from './server-usage.js';

export function markdownTable(
  headers: string[],
  rows: string[][],
  rightAligned: boolean[],
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number): string =>
    rightAligned[i] ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/**
 * Server memory as `peak / end` MiB, summed over the watched processes (the members of a
 * cluster), or '-' when no pid was given.
 */
export function rssCell(servers: readonly ServerUsage[]): string {
  if (servers.length === 0) return '-';
  const mib = (kib: number): string => (kib / 1024).toFixed(1);
  const peak = servers.reduce((sum, s) => sum + s.peakRssKiB, 0);
  const end = servers.reduce((sum, s) => sum + s.endRssKiB, 0);
  return `${mib(peak)} / ${mib(end)}`;
}

/** The largest peak RSS of one watched process in MiB (per-member targets are about this one). */
export function largestPeakRssCell(servers: readonly ServerUsage[]): string {
  if (servers.length === 0) return '-';
  return (Math.max(...servers.map((s) => s.peakRssKiB)) / 1024).toFixed(1);
}
