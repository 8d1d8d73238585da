// HostLocalAllocator: the rules host-local's allocator_test.go pins (first address, round-robin,
// exhaustion, wrap-around, requested addresses, duplicates), its on-disk layout, and what clusterd
// adds on top: allocateOrGet, restart from the same directory, and garbage collection.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseIp4Net } from '../../src/net/ip4.js';
import { HostLocalAllocator, type HostLocalOptions, IpamError } from '../../src/net/ipam.js';

describe('net: host-local IPAM', function () {
  let tempDir: string;
  let dir: string;

  beforeEach(async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'clusterd-ipam-'));
    // Not made beforehand: the allocator makes its directory on the first reservation.
    dir = join(tempDir, 'net', 'ipam', '10.1.2.0-24');
  });

  afterEach(async () => {
    await rm(tempDir, { recursive: true, force: true });
  });

  function allocator(subnet: string, options: Partial<HostLocalOptions> = {}): HostLocalAllocator {
    return new HostLocalAllocator({ dir, subnet: parseIp4Net(subnet, true)!, ...options });
  }

  /** Lays out the directory as host-local would have left it, as allocator_test.go's ipmap does. */
  async function reserved(ipToId: Record<string, string>, lastReserved?: string): Promise<void> {
    await mkdir(dir, { recursive: true });
    for (const [ip, id] of Object.entries(ipToId)) await writeFile(join(dir, ip), `${id}\r\neth0`);
    if (lastReserved !== undefined) await writeFile(join(dir, 'last_reserved_ip.0'), lastReserved);
  }

  function ipamError(message: string): (err: unknown) => boolean {
    return (err) => {
      assert.ok(err instanceof IpamError, `an IpamError: ${String(err)}`);
      assert.equal(err.message, message);
      return true;
    };
  }

  it('hands out .2 first, never the gateway, and keeps each reservation in a file', async () => {
    const ipam = allocator('10.1.2.0/24');
    assert.equal(await ipam.allocate('nginx@80.service'), '10.1.2.2');
    assert.equal(await ipam.allocate('redis.service', 'eth1'), '10.1.2.3');
    assert.equal(await readFile(join(dir, '10.1.2.2'), 'utf8'), 'nginx@80.service\r\neth0');
    assert.equal(await readFile(join(dir, '10.1.2.3'), 'utf8'), 'redis.service\r\neth1');
    assert.equal(await readFile(join(dir, 'last_reserved_ip.0'), 'utf8'), '10.1.2.3');
    assert.deepEqual((await readdir(dir)).sort(), ['10.1.2.2', '10.1.2.3', 'last_reserved_ip.0']);
  });

  it('defaults the range to .1 through the address before the broadcast', async () => {
    const ipam = allocator('10.1.2.0/24');
    assert.equal(ipam.rangeText, '10.1.2.1-10.1.2.254');
    await assert.rejects(
      ipam.allocate('a', 'eth0', '10.1.2.255'),
      ipamError(
        'requested IP address 10.1.2.255 is not available in range set 10.1.2.1-10.1.2.254',
      ),
    );
    assert.equal(await ipam.allocate('b', 'eth0', '10.1.2.254'), '10.1.2.254');
    // A /30 has one address to give once the gateway and the broadcast are left out.
    const small = new HostLocalAllocator({
      dir: join(tempDir, 'small'),
      subnet: parseIp4Net('10.0.0.0/30')!,
    });
    assert.equal(await small.allocate('a'), '10.0.0.2');
    await assert.rejects(
      small.allocate('b'),
      ipamError('no IP addresses available in range set: 10.0.0.1-10.0.0.2'),
    );
  });

  it('allocates round-robin: a released address waits until the range wraps around', async () => {
    const ipam = allocator('192.168.1.0/29');
    assert.equal(await ipam.allocate('a'), '192.168.1.2');
    assert.equal(await ipam.allocate('b'), '192.168.1.3');
    await ipam.release('a');
    assert.equal(await ipam.allocate('c'), '192.168.1.4');
    assert.equal(await ipam.allocate('d'), '192.168.1.5');
    assert.equal(await ipam.allocate('e'), '192.168.1.6');
    assert.equal(await ipam.allocate('f'), '192.168.1.2', 'after the wrap, .2 is free again');
  });

  it('reports exhaustion of a /29 once .2 to .6 are taken', async () => {
    const ipam = allocator('192.168.1.0/29');
    for (const id of ['a', 'b', 'c', 'd', 'e']) await ipam.allocate(id);
    assert.deepEqual(
      (await ipam.list()).map((r) => r.ip),
      ['192.168.1.2', '192.168.1.3', '192.168.1.4', '192.168.1.5', '192.168.1.6'],
    );
    await assert.rejects(
      ipam.allocate('f'),
      ipamError('no IP addresses available in range set: 192.168.1.1-192.168.1.6'),
    );
  });

  it('wraps around to .2 when the last reserved is .5 and .6 is taken', async () => {
    await reserved({ '192.168.1.6': 'other' }, '192.168.1.5');
    assert.equal(await allocator('192.168.1.0/29').allocate('a'), '192.168.1.2');
  });

  it('starts over from the range start when last_reserved_ip is outside the range', async () => {
    await reserved({}, '10.9.9.9');
    assert.equal(await allocator('10.1.2.0/24').allocate('a'), '10.1.2.2');
    await reserved({}, 'not an address');
    assert.equal(await allocator('10.1.2.0/24').allocate('b'), '10.1.2.3');
  });

  it('honours rangeStart, rangeEnd and gateway', async () => {
    const ipam = allocator('10.1.2.0/24', {
      rangeStart: '10.1.2.10',
      rangeEnd: '10.1.2.12',
      gateway: '10.1.2.11',
    });
    assert.equal(ipam.rangeText, '10.1.2.10-10.1.2.12');
    assert.equal(await ipam.allocate('a'), '10.1.2.10');
    assert.equal(await ipam.allocate('b'), '10.1.2.12', 'the gateway .11 is skipped');
    await assert.rejects(
      ipam.allocate('c'),
      ipamError('no IP addresses available in range set: 10.1.2.10-10.1.2.12'),
    );
  });

  it('grants a requested address only in the range, not the gateway, and not taken', async () => {
    const ipam = allocator('192.168.1.0/29', {
      rangeStart: '192.168.1.3',
      rangeEnd: '192.168.1.5',
    });
    const notAvailable = (ip: string) =>
      ipamError(`requested IP address ${ip} is not available in range set 192.168.1.3-192.168.1.5`);
    assert.equal(await ipam.allocate('a', 'eth0', '192.168.1.4'), '192.168.1.4');
    await assert.rejects(ipam.allocate('b', 'eth0', '192.168.1.4'), notAvailable('192.168.1.4'));
    await assert.rejects(ipam.allocate('b', 'eth0', '192.168.1.6'), notAvailable('192.168.1.6'));
    await assert.rejects(ipam.allocate('b', 'eth0', '192.168.1.2'), notAvailable('192.168.1.2'));
    await assert.rejects(ipam.allocate('b', 'eth0', '10.0.0.4'), notAvailable('10.0.0.4'));
    await assert.rejects(
      ipam.allocate('b', 'eth0', '192.168.1'),
      ipamError('invalid requested IP address "192.168.1"'),
    );
    const withGatewayInRange = new HostLocalAllocator({
      dir: join(tempDir, 'gw'),
      subnet: parseIp4Net('192.168.1.0/29')!,
    });
    await assert.rejects(
      withGatewayInRange.allocate('b', 'eth0', '192.168.1.1'),
      ipamError(
        'requested IP address 192.168.1.1 is not available in range set 192.168.1.1-192.168.1.6',
      ),
    );
    // A granted request moves round-robin on, as host-local records every reservation.
    assert.equal(await ipam.allocate('c'), '192.168.1.5');
  });

  it('refuses a second address for the same id and interface', async () => {
    const ipam = allocator('10.1.2.0/24');
    assert.equal(await ipam.allocate('nginx@80.service'), '10.1.2.2');
    const duplicate = ipamError(
      '10.1.2.2 has been allocated to nginx@80.service, duplicate allocation is not allowed',
    );
    await assert.rejects(ipam.allocate('nginx@80.service'), duplicate);
    await assert.rejects(ipam.allocate('nginx@80.service', 'eth0', '10.1.2.9'), duplicate);
    assert.equal(await ipam.allocate('nginx@80.service', 'eth1'), '10.1.2.3');
  });

  it('allocateOrGet gives a unit the address it already holds', async () => {
    const ipam = allocator('10.1.2.0/24');
    assert.equal(await ipam.allocateOrGet('nginx@80.service'), '10.1.2.2');
    assert.equal(await ipam.allocate('redis.service'), '10.1.2.3');
    assert.equal(await ipam.allocateOrGet('nginx@80.service'), '10.1.2.2');
    assert.equal(await ipam.get('nginx@80.service'), '10.1.2.2');
    assert.equal(await ipam.get('nginx@80.service', 'eth1'), undefined);
    await ipam.release('nginx@80.service');
    assert.equal(await ipam.allocateOrGet('nginx@80.service'), '10.1.2.4');
  });

  it('releases by id and interface, idempotently', async () => {
    const ipam = allocator('10.1.2.0/24');
    await ipam.allocate('a', 'eth0');
    await ipam.allocate('a', 'eth1');
    await ipam.allocate('b', 'eth0');
    await ipam.release('a', 'eth1');
    await ipam.release('a', 'eth1');
    await ipam.release('never-allocated');
    assert.deepEqual(await ipam.list(), [
      { ip: '10.1.2.2', id: 'a', ifname: 'eth0' },
      { ip: '10.1.2.4', id: 'b', ifname: 'eth0' },
    ]);
    await ipam.release('a');
    assert.deepEqual(await ipam.list(), [{ ip: '10.1.2.4', id: 'b', ifname: 'eth0' }]);
    // Releasing before anything was ever reserved (no directory yet) is fine too.
    await new HostLocalAllocator({
      dir: join(tempDir, 'none'),
      subnet: parseIp4Net('10.0.0.0/24')!,
    }).release('a');
  });

  it('survives a restart: a new allocator on the same directory sees and continues', async () => {
    const before = allocator('10.1.2.0/24');
    await before.allocate('a');
    await before.allocate('b');
    await before.allocate('c');
    await before.release('a');
    const after = allocator('10.1.2.0/24');
    assert.equal(await after.get('b'), '10.1.2.3');
    assert.equal(await after.allocateOrGet('c'), '10.1.2.4');
    await assert.rejects(after.allocate('b'), /duplicate allocation is not allowed/);
    assert.equal(await after.allocate('d'), '10.1.2.5', 'round-robin goes on after .4, not at .2');
  });

  it('garbage-collects the reservations of units that are gone', async () => {
    const ipam = allocator('10.1.2.0/24');
    await ipam.allocate('keep.service');
    await ipam.allocate('gone.service');
    await ipam.allocate('gone.service', 'eth1');
    const released = await ipam.releaseAllExcept((id) => id === 'keep.service');
    assert.deepEqual(released, [
      { ip: '10.1.2.3', id: 'gone.service', ifname: 'eth0' },
      { ip: '10.1.2.4', id: 'gone.service', ifname: 'eth1' },
    ]);
    assert.deepEqual(await ipam.list(), [{ ip: '10.1.2.2', id: 'keep.service', ifname: 'eth0' }]);
  });

  it('gives 50 parallel allocations 50 distinct addresses', async () => {
    const ipam = allocator('10.1.2.0/24');
    const ips = await Promise.all(
      Array.from({ length: 50 }, (_, i) => ipam.allocate(`unit-${i}.service`)),
    );
    assert.equal(new Set(ips).size, 50);
    assert.equal((await ipam.list()).length, 50);
  });

  it('reads only address-named files as reservations and refuses ids that break the format', async () => {
    await reserved({ '10.1.2.7': 'old.service' });
    await writeFile(join(dir, 'lock'), '');
    await writeFile(join(dir, '010.1.2.8'), 'x\r\neth0');
    await mkdir(join(dir, '10.1.2.9'));
    const ipam = allocator('10.1.2.0/24');
    assert.deepEqual(await ipam.list(), [{ ip: '10.1.2.7', id: 'old.service', ifname: 'eth0' }]);
    for (const id of ['', 'a\r\nb', ' padded']) await assert.rejects(ipam.allocate(id), IpamError);
    await assert.rejects(ipam.allocate('a', 'eth0\n'), IpamError);
  });

  it('refuses networks too small to allocate from and ranges outside the subnet', () => {
    const make =
      (subnet: string, options: Partial<HostLocalOptions> = {}) =>
      () =>
        new HostLocalAllocator({ dir, subnet: parseIp4Net(subnet)!, ...options });
    assert.throws(make('10.1.2.4/31'), ipamError('Network 10.1.2.4/31 too small to allocate from'));
    assert.throws(make('10.1.2.4/32'), ipamError('Network 10.1.2.4/32 too small to allocate from'));
    assert.throws(
      () => new HostLocalAllocator({ dir, subnet: { ip: 0x0a010203, prefixLen: 24 } }),
      ipamError(
        'Network has host bits set. For a subnet mask of length 24 the network address is 10.1.2.0',
      ),
    );
    assert.throws(
      make('10.1.2.0/24', { rangeStart: '10.1.3.1' }),
      ipamError('RangeStart 10.1.3.1 not in network 10.1.2.0/24'),
    );
    assert.throws(
      make('10.1.2.0/24', { rangeStart: '10.1.2.20', rangeEnd: '10.1.2.10' }),
      ipamError('RangeEnd 10.1.2.10 not in network 10.1.2.0/24'),
    );
    assert.throws(
      make('10.1.2.0/24', { gateway: '10.1.2' }),
      ipamError('invalid gateway "10.1.2"'),
    );
  });
});
