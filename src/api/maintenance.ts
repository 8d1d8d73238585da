// etcdserverpb.Maintenance: status, alarms, defragment, hashes, leader moves, snapshots.
import { status } from '@grpc/grpc-js';
import { etcdserverpb } from '../gen/etcd.js';
import type { EtcdServer } from '../server/etcd-server.js';
import { EtcdError, Errors } from '../server/errors.js';
import { fromBigInt, toBigInt, toNumber } from '../util/long.js';
import type { Logger } from '../util/log.js';
import { mapStoreError } from '../server/apply.js';
import type { SnapshotSource } from '../storage/snapshot/snapshot-file.js';
import type { CallContext, ServerStreamCall, UnaryHandler } from '../util/grpc-server/calls.js';
import { admit, authOf, grpcCodeName, toServiceError, unary } from './handler.js';
import type { ServiceImpl } from './service-impl.js';
import type { maintenanceService } from './services.js';

/** The etcd API level clusterd serves; clientv3 refuses servers older than 3.4. */
export const etcdApiVersion = '3.4.0';

export function maintenanceHandlers(
  server: EtcdServer,
  logger: Logger,
): ServiceImpl<typeof maintenanceService> {
  const h = <Req, Res>(method: string, impl: (req: Req) => Promise<Res> | Res) =>
    unary<Req, Res>('Maintenance', method, server, logger, impl);
  // etcd 3.4's authMaintenanceServer: these need an admin when auth is on; Status and Alarm do not.
  const admin = <Req, Res>(method: string, impl: (req: Req) => Promise<Res> | Res) =>
    unary<Req, Res>('Maintenance', method, server, logger, (req, call) => {
      checkAdmin(server, call);
      return impl(req);
    });
  return {
    Status: h('Status', (): etcdserverpb.IStatusResponse => {
      const self = server.members().find((m) => m.id === server.options.memberId);
      return {
        header: server.header(),
        version: etcdApiVersion,
        dbSize: server.dbSize,
        dbSizeInUse: server.dbSize,
        leader: fromBigInt(server.leaderId, true),
        raftIndex: server.commitIndex,
        raftTerm: server.header().raftTerm ?? 0,
        raftAppliedIndex: server.applied,
        errors: server.activeAlarms.map(
          (a) => `memberID:${a.memberId} alarm:${etcdserverpb.AlarmType[a.alarm]} `,
        ),
        isLearner: self?.isLearner ?? false,
      };
    }),
    Alarm: h('Alarm', (req: etcdserverpb.AlarmRequest) => server.alarm(req)),
    Defragment: admin('Defragment', async () => {
      await server.defragment();
      return { header: server.header() };
    }),
    Hash: admin('Hash', async () => {
      const r = await hashKv(server, 0);
      return { header: server.header(), hash: r.hash };
    }),
    HashKV: admin('HashKV', async (req: etcdserverpb.HashKVRequest) => {
      const r = await hashKv(server, toNumber(req.revision));
      return { header: server.header(), hash: r.hash, compactRevision: r.compactRevision };
    }),
    MoveLeader: admin('MoveLeader', async (req: etcdserverpb.MoveLeaderRequest) => {
      await server.moveLeader(toBigInt(req.targetID));
      return { header: server.header() };
    }),
    Snapshot: (call) => {
      void streamSnapshot(call, server, logger);
    },
  };
}

/** The store's HashKV at `rev`, with its errors as the client sees them. */
async function hashKv(server: EtcdServer, rev: number) {
  try {
    return await server.store.hash(rev);
  } catch (err) {
    throw mapStoreError(err);
  }
}

/**
 * etcd 3.4's authMaintenanceServer returns its auth package's errors as they are, so clients get
 * gRPC code Unknown with the auth package's text (`auth: permission denied`), not etcdserver's.
 */
const authPackageErrors = new Map([
  ['etcdserver: user name is empty', 'auth: user name is empty'],
  ['etcdserver: user name not found', 'auth: user not found'],
  ['etcdserver: permission denied', 'auth: permission denied'],
  ['etcdserver: invalid auth token', 'auth: invalid auth token'],
]);

/** Refuses a caller that is not an admin (when auth is on), with etcd 3.4's errors. */
function checkAdmin(server: EtcdServer, call: CallContext): void {
  try {
    server.auth.checkAdmin(authOf(call, server));
  } catch (err) {
    const text = err instanceof EtcdError ? authPackageErrors.get(err.message) : undefined;
    throw text === undefined ? err : new EtcdError(status.UNKNOWN, text);
  }
}

type SnapshotCall = ServerStreamCall<etcdserverpb.SnapshotRequest, etcdserverpb.ISnapshotResponse>;

/**
 * Sends the server's snapshot as etcd does: blobs whose remaining_bytes counts the data still to
 * come, then the SHA-256 as the last blob. It waits for the client to drain each write, and stops
 * (releasing the snapshot) when the client cancels.
 */
async function streamSnapshot(
  call: SnapshotCall,
  server: EtcdServer,
  logger: Logger,
): Promise<void> {
  const labels = {
    grpc_service: 'etcdserverpb.Maintenance',
    grpc_method: 'Snapshot',
    grpc_type: 'server_stream',
  };
  server.metrics.grpcStarted.inc(1, labels);
  // Set by onCancel, so a property: TypeScript's narrowing cannot see it change.
  const client = { cancelled: false };
  let wake: (() => void) | undefined;
  call.onCancel(() => {
    client.cancelled = true;
    wake?.();
  });
  const drainedOrCancelled = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (client.cancelled) resolve();
      else {
        wake = () => {
          wake = undefined;
          resolve();
        };
        call.onDrain(() => wake?.());
      }
    });
  let source: SnapshotSource | undefined;
  try {
    admit(call, server, call.request);
    // etcd 3.4's authMaintenanceServer: a snapshot is for admins when auth is on.
    checkAdmin(server, call);
    source = await server.snapshot();
    let remaining = source.dataBytes;
    for await (const blob of source) {
      if (client.cancelled) break;
      remaining = Math.max(0, remaining - blob.length);
      if (!call.write({ header: server.header(), remainingBytes: remaining, blob })) {
        await drainedOrCancelled();
      }
    }
    if (client.cancelled) {
      server.metrics.grpcHandled.inc(1, { ...labels, grpc_code: grpcCodeName(status.CANCELLED) });
      return;
    }
    call.end();
    server.metrics.grpcHandled.inc(1, { ...labels, grpc_code: 'OK' });
  } catch (err) {
    // A client that left, or a member stopping under the stream (its backend closes the view's
    // iterator), is no internal error.
    const e = client.cancelled
      ? { code: status.CANCELLED, details: 'context canceled' }
      : toServiceError(server.isStopped ? Errors.stopped() : err, logger);
    server.metrics.grpcHandled.inc(1, {
      ...labels,
      grpc_code: grpcCodeName(e.code),
    });
    if (!client.cancelled) call.fail(e);
  } finally {
    await source?.close();
  }
}

/**
 * HashKV on the peer port, for the corruption checks of other members (etcd serves it as
 * /members/hashkv there): no client auth, the peer port has its own TLS.
 */
export function peerHashKvHandler(
  server: EtcdServer,
): UnaryHandler<etcdserverpb.HashKVRequest, etcdserverpb.IHashKVResponse> {
  return (call) => {
    hashKv(server, toNumber(call.request.revision)).then(
      (r) => {
        call.respond({
          header: server.header(),
          hash: r.hash,
          compactRevision: r.compactRevision,
        });
      },
      (err: unknown) => {
        call.fail(
          err instanceof EtcdError
            ? { code: err.code, details: err.message }
            : { code: status.INTERNAL, details: String(err) },
        );
      },
    );
  };
}
