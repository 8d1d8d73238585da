// Addresses for units inside one machine's flannel subnet, kept the way CNI's host-local IPAM
// plugin keeps them (plugins/ipam/host-local: backend/allocator and backend/disk), so that its
// rules and its on-disk layout carry over: one file per reserved address, named by the address and
// holding `<id>\r\n<ifname>`, plus `last_reserved_ip.0` for round-robin. clusterd uses a single
// range (the machine's subnet), which is host-local's range set 0.
import type { Dirent } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { containsIp, formatIp4, formatIp4Net, type Ip4Net, maskOf, parseIp4 } from './ip4.js';

/** A refusal by the allocator's rules (host-local's words); file-system failures pass through. */
export class IpamError extends Error {}

export interface HostLocalOptions {
  /** Where the reservations are kept, e.g. <data-dir>/net/ipam/<subnet-key>; made on demand. */
  dir: string;
  subnet: Ip4Net;
  /** First address that may be handed out (dotted quad); default the subnet's .1. */
  rangeStart?: string;
  /** Last address that may be handed out; default the last address before the broadcast. */
  rangeEnd?: string;
  /** Never handed out; default the subnet's .1 (the bridge, FLANNEL_SUBNET's address). */
  gateway?: string;
}

export interface Reservation {
  ip: string;
  id: string;
  ifname: string;
}

const lastReservedFileName = 'last_reserved_ip.0';

export class HostLocalAllocator {
  readonly dir: string;
  readonly subnet: Ip4Net;
  readonly rangeStart: number;
  readonly rangeEnd: number;
  readonly gateway: number;
  /**
   * host-local serialises allocations with a lock file because every CNI call is a process of its
   * own. Here one clusterd owns the directory, so chaining its operations in-process is enough;
   * the O_EXCL create still makes each reservation atomic by itself.
   */
  private queue: Promise<unknown> = Promise.resolve();
  /** The reservations by address, once read (see reservations()). */
  private index: Map<string, Reservation> | undefined;

  constructor(options: HostLocalOptions) {
    const { subnet } = options;
    const subnetText = formatIp4Net(subnet);
    // A /31 or /32 has no address left once the network and broadcast addresses are taken.
    if (subnet.prefixLen > 30)
      throw new IpamError(`Network ${subnetText} too small to allocate from`);
    const networkIp = (subnet.ip & maskOf(subnet.prefixLen)) >>> 0;
    if (networkIp !== subnet.ip)
      throw new IpamError(
        `Network has host bits set. For a subnet mask of length ${subnet.prefixLen} the network address is ${formatIp4(networkIp)}`,
      );
    const broadcastIp = (subnet.ip | ~maskOf(subnet.prefixLen)) >>> 0;

    this.dir = options.dir;
    this.subnet = subnet;
    this.gateway = optionalIp('gateway', options.gateway) ?? subnet.ip + 1;
    // The default start is .1, the default gateway too: the iterator skips it, so .2 comes first.
    this.rangeStart = optionalIp('rangeStart', options.rangeStart) ?? subnet.ip + 1;
    if (!containsIp(subnet, this.rangeStart))
      throw new IpamError(`RangeStart ${formatIp4(this.rangeStart)} not in network ${subnetText}`);
    this.rangeEnd = optionalIp('rangeEnd', options.rangeEnd) ?? broadcastIp - 1;
    // An end before the start is "not in" the range that starts there, as host-local sees it.
    if (!containsIp(subnet, this.rangeEnd) || this.rangeEnd < this.rangeStart)
      throw new IpamError(`RangeEnd ${formatIp4(this.rangeEnd)} not in network ${subnetText}`);
  }

  /** The range as host-local's errors name it: `<start>-<end>`. */
  get rangeText(): string {
    return `${formatIp4(this.rangeStart)}-${formatIp4(this.rangeEnd)}`;
  }

  /**
   * Reserves an address for (id, ifname): the requested one if it is free, in the range and not
   * the gateway; otherwise the next free one round-robin after the last handed out. A pair that
   * already holds an address is refused, as CNI's spec requires. host-local checks that only when
   * no address is requested; here it always holds, so that a pair has one address for get().
   */
  allocate(id: string, ifname = 'eth0', requested?: string): Promise<string> {
    return this.serialised(async () => {
      checkName('id', id);
      checkName('ifname', ifname);
      const held = await this.heldBy(id, ifname);
      if (held !== undefined)
        throw new IpamError(
          `${held} has been allocated to ${id}, duplicate allocation is not allowed`,
        );
      return requested === undefined
        ? this.reserveNext(id, ifname)
        : this.reserveRequested(id, ifname, requested);
    });
  }

  /** The address (id, ifname) already holds, else a new one: a restarted unit keeps its address. */
  allocateOrGet(id: string, ifname = 'eth0'): Promise<string> {
    return this.serialised(async () => {
      checkName('id', id);
      checkName('ifname', ifname);
      return (await this.heldBy(id, ifname)) ?? this.reserveNext(id, ifname);
    });
  }

  /** Frees what id holds on ifname, or on every interface without one; freeing nothing is fine. */
  release(id: string, ifname?: string): Promise<void> {
    return this.serialised(async () => {
      for (const reservation of [...(await this.reservations()).values()])
        if (reservation.id === id && (ifname === undefined || reservation.ifname === ifname))
          await this.remove(reservation.ip);
    });
  }

  /** Frees every reservation whose id `keep` refuses (units gone while clusterd was down). */
  releaseAllExcept(keep: (id: string) => boolean): Promise<Reservation[]> {
    return this.serialised(async () => {
      const released: Reservation[] = [];
      for (const reservation of [...(await this.reservations()).values()]) {
        if (keep(reservation.id)) continue;
        await this.remove(reservation.ip);
        released.push(reservation);
      }
      return released;
    });
  }

  /** The address (id, ifname) holds in the range, if any. */
  get(id: string, ifname = 'eth0'): Promise<string | undefined> {
    return this.serialised(() => this.heldBy(id, ifname));
  }

  /** Every reservation in the directory, in address order. */
  list(): Promise<Reservation[]> {
    return this.serialised(async () =>
      [...(await this.reservations()).values()].sort((a, b) => parseIp4(a.ip)! - parseIp4(b.ip)!),
    );
  }

  private serialised<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.queue.then(operation);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Only a reservation inside the range counts as held, as in host-local's duplicate check. */
  private async heldBy(id: string, ifname: string): Promise<string | undefined> {
    for (const r of (await this.reservations()).values())
      if (r.id === id && r.ifname === ifname && this.inRange(parseIp4(r.ip)!)) return r.ip;
    return undefined;
  }

  /**
   * The reservations by address: read from the directory once, then kept in step with every
   * reservation and removal made here. One clusterd owns the directory, so memory and disk agree,
   * and an allocation costs no read of every file (it would grow with the addresses held).
   */
  private async reservations(): Promise<Map<string, Reservation>> {
    this.index ??= new Map((await this.readReservations()).map((r) => [r.ip, r]));
    return this.index;
  }

  private async reserveRequested(id: string, ifname: string, requested: string): Promise<string> {
    const ip = parseIp4(requested);
    if (ip === undefined) throw new IpamError(`invalid requested IP address "${requested}"`);
    if (!this.inRange(ip) || ip === this.gateway || !(await this.reserve(ip, id, ifname)))
      throw new IpamError(
        `requested IP address ${requested} is not available in range set ${this.rangeText}`,
      );
    return formatIp4(ip);
  }

  private async reserveNext(id: string, ifname: string): Promise<string> {
    for (const ip of this.roundRobin(await this.readLastReserved()))
      if (await this.reserve(ip, id, ifname)) return formatIp4(ip);
    throw new IpamError(`no IP addresses available in range set: ${this.rangeText}`);
  }

  /**
   * The range once round, from the address after the last one handed out (or from the start,
   * when there is none in the range), wrapping at the end and skipping the gateway; the last one
   * handed out comes last, as in host-local's RangeIter.
   */
  private *roundRobin(lastReserved: number | undefined): Generator<number> {
    const count = this.rangeEnd - this.rangeStart + 1;
    const firstOffset =
      lastReserved !== undefined && this.inRange(lastReserved)
        ? lastReserved - this.rangeStart + 1
        : 0;
    for (let step = 0; step < count; step++) {
      const ip = this.rangeStart + ((firstOffset + step) % count);
      if (ip !== this.gateway) yield ip;
    }
  }

  /** False when the address is taken: the O_EXCL create is the reservation. */
  private async reserve(ip: number, id: string, ifname: string): Promise<boolean> {
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, formatIp4(ip));
    let file: FileHandle;
    try {
      file = await open(path, 'wx', 0o644);
    } catch (err) {
      if (errorCode(err) === 'EEXIST') return false;
      throw err;
    }
    try {
      await file.writeFile(`${id}\r\n${ifname}`);
    } catch (err) {
      await rm(path, { force: true });
      throw err;
    } finally {
      await file.close();
    }
    await writeFile(join(this.dir, lastReservedFileName), formatIp4(ip));
    this.index?.set(formatIp4(ip), { ip: formatIp4(ip), id, ifname });
    return true;
  }

  /** Undefined when absent or unreadable as an address: round-robin then starts over. */
  private async readLastReserved(): Promise<number | undefined> {
    try {
      return parseIp4((await readFile(join(this.dir, lastReservedFileName), 'utf8')).trim());
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return undefined;
      throw err;
    }
  }

  /** Files named by an address in canonical form; anything else in the directory is not ours. */
  private async readReservations(): Promise<Reservation[]> {
    let entries: Dirent[];
    try {
      entries = await readdir(this.dir, { withFileTypes: true });
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return [];
      throw err;
    }
    const reservations: Reservation[] = [];
    for (const entry of entries) {
      if (!entry.isFile() || !isIpFileName(entry.name)) continue;
      const content = await readFile(join(this.dir, entry.name), 'utf8');
      // host-local trims the content before comparing it, so a trailing newline is harmless.
      const [id = '', ifname = ''] = content.trim().split('\r\n');
      reservations.push({ ip: entry.name, id, ifname });
    }
    return reservations.sort((a, b) => parseIp4(a.ip)! - parseIp4(b.ip)!);
  }

  private async remove(ipText: string): Promise<void> {
    await rm(join(this.dir, ipText), { force: true });
    this.index?.delete(ipText);
  }

  private inRange(ip: number): boolean {
    return ip >= this.rangeStart && ip <= this.rangeEnd;
  }
}

function optionalIp(field: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ip = parseIp4(text);
  if (ip === undefined) throw new IpamError(`invalid ${field} "${text}"`);
  return ip;
}

/** Ids and interface names are the file's two lines, so they may not hold line breaks. */
function checkName(field: string, value: string): void {
  if (value === '' || value !== value.trim() || /[\r\n]/.test(value))
    throw new IpamError(`invalid ${field} ${JSON.stringify(value)}`);
}

function isIpFileName(name: string): boolean {
  const ip = parseIp4(name);
  return ip !== undefined && formatIp4(ip) === name;
}

function errorCode(err: unknown): unknown {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}
