// Printing results the way etcdctl does: `simple` lines, `table` boxes, and `json` with 64-bit
// integers written as plain numbers and bytes as base64.
import type { KeyValue, ResponseHeader } from '../client/index.js';

export function write(text: string): void {
  process.stdout.write(text);
}

export function line(text = ''): void {
  process.stdout.write(text + '\n');
}

/** JSON where bigint values become exact integer literals (as etcdctl prints uint64 IDs). */
export function toJson(value: unknown): string {
  const marker = '\u0000big:';
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return marker + v.toString();
    // Buffer.toJSON runs before the replacer: turn its {type, data} form into base64.
    if (isBufferJson(v)) return Buffer.from(v.data).toString('base64');
    return v;
  });
  return text.replace(/"\\u0000big:(\d+)"/g, '$1');
}

function isBufferJson(v: unknown): v is { type: 'Buffer'; data: number[] } {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { type?: unknown }).type === 'Buffer' &&
    Array.isArray((v as { data?: unknown }).data)
  );
}

export function jsonHeader(h: ResponseHeader): Record<string, unknown> {
  return {
    cluster_id: h.clusterId,
    member_id: h.memberId,
    revision: h.revision,
    raft_term: h.raftTerm,
  };
}

export function jsonKv(kv: KeyValue): Record<string, unknown> {
  const out: Record<string, unknown> = {
    key: kv.key,
    create_revision: kv.createRevision,
    mod_revision: kv.modRevision,
    version: kv.version,
    value: kv.value,
  };
  if (kv.lease !== 0n) out.lease = kv.lease;
  return out;
}

/** key then value lines; only the value with `valueOnly`; the key and an empty line when `keysOnly`. */
export function printKv(kv: KeyValue, options: { valueOnly?: boolean } = {}): void {
  if (options.valueOnly !== true) line(kv.key.toString('utf8'));
  line(kv.value.toString('utf8'));
}

/** An ASCII table in etcdctl's style: centred headers, right-aligned cells. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const rule = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  const center = (text: string, w: number): string => {
    const left = Math.floor((w - text.length) / 2);
    return ' '.repeat(left) + text + ' '.repeat(w - text.length - left);
  };
  const head = '|' + headers.map((h, i) => ` ${center(h, widths[i]!)} `).join('|') + '|';
  const body = rows.map(
    (r) => '|' + widths.map((w, i) => ` ${(r[i] ?? '').padStart(w)} `).join('|') + '|',
  );
  return [rule, head, rule, ...body, rule].join('\n') + '\n';
}

/** Bytes in SI units like go-humanize (etcdctl's DB SIZE): "20 kB", "1.5 MB". */
export function humanBytes(n: number): string {
  if (n < 10) return `${n} B`;
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  const e = Math.min(Math.floor(Math.log(n) / Math.log(1000)), units.length - 1);
  const val = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
  return `${val < 10 ? val.toFixed(1) : val.toFixed(0)} ${units[e]!}`;
}

/** A 64-bit ID as etcdctl prints it in tables and lines: 16 hex digits, zero padded. */
export function hexId(id: bigint): string {
  return id.toString(16).padStart(16, '0');
}
