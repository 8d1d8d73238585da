import assert from 'node:assert/strict';
import { clusterdpb } from '../../src/gen/etcd.js';
import { encodePutEntry } from '../../src/server/put-entry.js';
import { fromBigInt, toBigInt } from '../../src/util/long.js';

/** What protobufjs reads back, with 64-bit numbers as bigint so they compare exactly. */
function decoded(bytes: Uint8Array): Record<string, unknown> {
  const r = clusterdpb.InternalRequest.decode(bytes);
  return {
    id: toBigInt(r.id),
    request: r.request,
    key: Buffer.from(r.put?.key ?? []).toString('hex'),
    value: Buffer.from(r.put?.value ?? []).toString('hex'),
    lease: toBigInt(r.put?.lease, true),
    prevKv: r.put?.prevKv ?? false,
    ignoreValue: r.put?.ignoreValue ?? false,
    ignoreLease: r.put?.ignoreLease ?? false,
    username: r.auth?.username,
    authRevision: r.auth ? toBigInt(r.auth.authRevision) : undefined,
  };
}

describe('a put entry encoded by hand', function () {
  const cases: {
    name: string;
    id: bigint;
    put: {
      key: Buffer;
      value?: Buffer;
      lease?: bigint;
      prevKv?: boolean;
      ignoreValue?: boolean;
      ignoreLease?: boolean;
    };
    auth?: { username: string; revision: number };
  }[] = [
    { name: 'a plain put', id: 1n, put: { key: Buffer.from('k'), value: Buffer.from('v') } },
    {
      name: 'ids and leases using all 64 bits, every flag',
      id: 0xffff_ffff_ffff_fffen,
      put: {
        key: Buffer.from('key'),
        value: Buffer.alloc(300, 7),
        lease: 0x7fff_ffff_ffff_ffffn,
        prevKv: true,
        ignoreValue: true,
        ignoreLease: true,
      },
    },
    { name: 'a negative lease', id: 42n, put: { key: Buffer.from('k'), lease: -5n } },
    {
      name: 'an empty value',
      id: 7n,
      put: { key: Buffer.from([0, 255, 128]), value: Buffer.alloc(0) },
    },
    {
      name: 'with the user and auth revision',
      id: 1n << 40n,
      put: { key: Buffer.from('k'), value: Buffer.from('v'), lease: 1n << 33n },
      auth: { username: 'ünïcode-user', revision: 2 ** 40 },
    },
    {
      name: 'a user at auth revision 0',
      id: 3n,
      put: { key: Buffer.from('k') },
      auth: { username: '', revision: 0 },
    },
  ];
  for (const c of cases) {
    it(`reads back as protobufjs's own encoding: ${c.name}`, function () {
      const put = {
        ...c.put,
        lease: c.put.lease === undefined ? null : fromBigInt(c.put.lease),
      };
      const mine = encodePutEntry(c.id, put, c.auth);
      const theirs = clusterdpb.InternalRequest.encode({
        id: fromBigInt(c.id, true),
        put,
        ...(c.auth && { auth: { username: c.auth.username, authRevision: c.auth.revision } }),
      }).finish();
      const read = decoded(mine);
      assert.deepEqual(read, decoded(theirs));
      assert.equal(read.request, 'put');
      assert.equal(read.id, c.id);
      assert.equal(read.lease, c.put.lease ?? 0n);
      assert.equal(read.username, c.auth?.username);
    });
  }
});
