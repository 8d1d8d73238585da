import assert from 'node:assert/strict';
import { etcdserverpb } from '../../src/gen/etcd.js';
import {
  DeadlineExceededError,
  EtcdError,
  GrpcStatus,
  NoLeaderError,
  RequestTimeoutError,
  UnavailableError,
  retryPolicyFor,
  shouldRetry,
  toEtcdError,
} from '../../src/client/index.js';
import { backoffMs, neverSent } from '../../src/client/retry.js';
import { freePort } from '../helpers/ports.js';
import { testClient, uniquePrefix } from '../helpers/client.js';
import { TcpProxy } from '../helpers/proxy.js';
import { type Target, targets } from '../helpers/target.js';

function unavailable(details: string): EtcdError {
  return toEtcdError(Object.assign(new Error(details), { code: GrpcStatus.UNAVAILABLE, details }));
}

describe('client retry policy (unit)', function () {
  it('classifies every RPC: reads and keepalives immutable, writes mutable', function () {
    assert.equal(retryPolicyFor('/etcdserverpb.KV/Range', {}), 'immutable');
    assert.equal(retryPolicyFor('/etcdserverpb.KV/Put', {}), 'mutable');
    assert.equal(retryPolicyFor('/etcdserverpb.KV/DeleteRange', {}), 'mutable');
    assert.equal(retryPolicyFor('/etcdserverpb.KV/Compact', {}), 'mutable');
    assert.equal(retryPolicyFor('/etcdserverpb.Lease/LeaseGrant', {}), 'mutable');
    assert.equal(retryPolicyFor('/etcdserverpb.Lease/LeaseTimeToLive', {}), 'immutable');
    assert.equal(retryPolicyFor('/etcdserverpb.Lease/LeaseLeases', {}), 'immutable');
    assert.equal(retryPolicyFor('/etcdserverpb.Lease/LeaseKeepAlive', {}), 'immutable');
    assert.equal(retryPolicyFor('/etcdserverpb.Cluster/MemberList', {}), 'immutable');
    assert.equal(retryPolicyFor('/etcdserverpb.Cluster/MemberAdd', {}), 'mutable');
    assert.equal(retryPolicyFor('/etcdserverpb.Maintenance/Status', {}), 'immutable');
    const A = etcdserverpb.AlarmRequest.AlarmAction;
    assert.equal(retryPolicyFor('/etcdserverpb.Maintenance/Alarm', { action: A.GET }), 'immutable');
    assert.equal(
      retryPolicyFor('/etcdserverpb.Maintenance/Alarm', { action: A.DEACTIVATE }),
      'mutable',
    );
    const readTxn: etcdserverpb.ITxnRequest = {
      success: [{ requestRange: { key: Buffer.from('k') } }],
    };
    const writeTxn: etcdserverpb.ITxnRequest = {
      success: [{ requestTxn: { failure: [{ requestPut: { key: Buffer.from('k') } }] } }],
    };
    assert.equal(retryPolicyFor('/etcdserverpb.KV/Txn', readTxn), 'immutable');
    assert.equal(retryPolicyFor('/etcdserverpb.KV/Txn', writeTxn), 'mutable');
    assert.equal(retryPolicyFor('/etcdserverpb.Unknown/Thing', {}), 'mutable');
  });

  it('retries a write only when it certainly was never sent', function () {
    const refused = unavailable(
      'No connection established. Last error: connect ECONNREFUSED 127.0.0.1:1',
    );
    const dropped = unavailable('Connection dropped');
    const timeout = toEtcdError(
      Object.assign(new Error('x'), {
        code: GrpcStatus.DEADLINE_EXCEEDED,
        details: 'Deadline exceeded',
      }),
    );
    const serverTimeout = unavailable('etcdserver: request timed out');
    assert.equal(neverSent(refused), true);
    assert.equal(neverSent(dropped), false);
    assert.equal(shouldRetry('mutable', refused), true);
    assert.equal(shouldRetry('mutable', dropped), false);
    assert.equal(shouldRetry('mutable', timeout), false);
    assert.equal(shouldRetry('mutable', serverTimeout), false);
    assert.ok(serverTimeout instanceof RequestTimeoutError);
    assert.equal(shouldRetry('immutable', dropped), true);
    assert.equal(shouldRetry('immutable', serverTimeout), true);
    assert.equal(shouldRetry('immutable', timeout), false);
    assert.ok(timeout instanceof DeadlineExceededError);
    const noLeader = unavailable('etcdserver: no leader');
    assert.ok(noLeader instanceof NoLeaderError && noLeader.retryable);
    assert.ok(unavailable('anything') instanceof UnavailableError);
  });

  it('backs off exponentially with jitter up to a cap', function () {
    assert.equal(
      backoffMs(0, 50, 1000, () => 1),
      50,
    );
    assert.equal(
      backoffMs(3, 50, 1000, () => 1),
      400,
    );
    assert.equal(
      backoffMs(10, 50, 1000, () => 1),
      1000,
    );
    assert.equal(
      backoffMs(10, 50, 1000, () => 0),
      500,
    );
  });
});

for (const { name, start } of targets) {
  describe(`client retry and failover (${name})`, function () {
    this.timeout(30000);
    let target: Target;

    before(async function () {
      target = await start();
    });
    after(async function () {
      await target.stop();
    });

    it('fails over from a dead endpoint for reads and for writes never sent', async function () {
      const dead = `127.0.0.1:${await freePort()}`;
      const client = testClient([dead, ...target.endpoints], { dialTimeoutMs: 500 });
      try {
        const p = uniquePrefix('failover');
        await client.kv.put(p + 'k', 'v');
        assert.equal(await client.kv.getString(p + 'k'), 'v');
        assert.equal(client.activeEndpoint, target.endpoints[0]);
        const version = (await client.kv.get(p + 'k')).kvs[0]!.version;
        assert.equal(version, 1);
      } finally {
        await client.close();
      }
    });

    it('does not repeat a put whose answer never came (timeout), though another endpoint works', async function () {
      const proxy = await TcpProxy.start(target.endpoints[0]!);
      const client = testClient([proxy.endpoint, ...target.endpoints], { commandTimeoutMs: 1500 });
      const direct = testClient(target.endpoints);
      try {
        const p = uniquePrefix('swallow');
        await client.kv.get(p); // connect through the proxy
        assert.equal(client.activeEndpoint, proxy.endpoint);
        proxy.mode = 'hold-responses';
        await assert.rejects(client.kv.put(p + 'k', 'v'), DeadlineExceededError);
        const kv = (await direct.kv.get(p + 'k')).kvs[0];
        assert.equal(kv?.version, 1, 'the put was applied exactly once');
        // A read in the same situation is not retried on timeout either, but the next call works
        // once the proxy answers again (the late answer to the put arrives first and is ignored).
        proxy.mode = 'pass';
        assert.equal(await client.kv.getString(p + 'k'), 'v');
      } finally {
        await client.close();
        await direct.close();
        await proxy.close();
      }
    });

    it('on a connection lost after sending: retries a read elsewhere, never a write', async function () {
      const proxy = await TcpProxy.start(target.endpoints[0]!);
      const client = testClient([proxy.endpoint, ...target.endpoints]);
      const direct = testClient(target.endpoints);
      try {
        const p = uniquePrefix('reset');
        await direct.kv.put(p + 'k', 'v');
        await client.kv.get(p); // connect through the proxy
        proxy.mode = 'reset-on-request';
        await assert.rejects(client.kv.put(p + 'k', 'again'), (err: unknown) => {
          assert.ok(err instanceof UnavailableError, String(err));
          return true;
        });
        assert.equal((await direct.kv.get(p + 'k')).kvs[0]!.version, 1, 'no second put');
        // The failed write moved the client on; a read through the broken proxy is retried.
        proxy.mode = 'reset-on-request';
        const reader = testClient([proxy.endpoint, ...target.endpoints]);
        try {
          proxy.mode = 'pass';
          await reader.kv.get(p);
          proxy.mode = 'reset-on-request';
          assert.equal(await reader.kv.getString(p + 'k'), 'v');
          assert.equal(reader.activeEndpoint, target.endpoints[0]);
        } finally {
          await reader.close();
        }
      } finally {
        await client.close();
        await direct.close();
        await proxy.close();
      }
    });
  });
}
