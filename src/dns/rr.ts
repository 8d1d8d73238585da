// Resource records as the resolver builds them: plain data with the fields a zone file shows, so
// tests compare them as text, and only wire.ts knows dns2's shapes.

/** Type and class codes (RFC 1035 §3.2.2, RFC 3596, RFC 2782, RFC 6891). */
export const RRType = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  SRV: 33,
  OPT: 41,
  ANY: 255,
} as const;

export const classIN = 1;

export const Rcode = {
  NOERROR: 0,
  FORMERR: 1,
  SERVFAIL: 2,
  NXDOMAIN: 3,
  NOTIMP: 4,
  REFUSED: 5,
  BADVERS: 16,
} as const;

export type RecordData =
  | { type: 'A' | 'AAAA'; address: string }
  | { type: 'CNAME' | 'PTR' | 'NS'; target: string }
  /** Character-strings of at most 255 octets each. */
  | { type: 'TXT'; strings: Buffer[] }
  | { type: 'MX'; preference: number; exchange: string }
  | { type: 'SRV'; priority: number; weight: number; port: number; target: string }
  | {
      type: 'SOA';
      mname: string;
      rname: string;
      serial: number;
      refresh: number;
      retry: number;
      expire: number;
      minimum: number;
    };

export type DnsRecord = { name: string; ttl: number } & RecordData;

/** The record in zone-file form, `name ttl IN TYPE data`, as dig prints it. */
export function formatRecord(r: DnsRecord): string {
  return `${r.name} ${r.ttl} IN ${r.type} ${formatData(r)}`;
}

function formatData(r: DnsRecord): string {
  switch (r.type) {
    case 'A':
    case 'AAAA':
      return r.address;
    case 'CNAME':
    case 'PTR':
    case 'NS':
      return r.target;
    case 'TXT':
      return r.strings.map((s) => JSON.stringify(s.toString('utf8'))).join(' ');
    case 'MX':
      return `${r.preference} ${r.exchange}`;
    case 'SRV':
      return `${r.priority} ${r.weight} ${r.port} ${r.target}`;
    case 'SOA':
      return `${r.mname} ${r.rname} ${r.serial} ${r.refresh} ${r.retry} ${r.expire} ${r.minimum}`;
  }
}

/** A key that is equal for identical records whatever their TTL, for removing duplicates. */
export function recordIdentity(r: DnsRecord): string {
  return `${r.name.toLowerCase()} ${r.type} ${formatData(r).toLowerCase()}`;
}

/**
 * Text as TXT character-strings: the UTF-8 octets cut every 255 (SkyDNS's split255; dns2 would
 * write a longer string's length in 8 bits and corrupt the record).
 */
export function splitText(text: string): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const strings: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 255) strings.push(bytes.subarray(at, at + 255));
  return strings;
}
