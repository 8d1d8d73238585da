// etcdserverpb.Watch: one bidi stream per client connection, multiplexing its watchers.
import { status } from '@grpc/grpc-js';
import { etcdserverpb } from '../gen/etcd.js';
import { latin1, rangeEnd } from '../server/apply.js';
import type { EtcdServer } from '../server/etcd-server.js';
import { toNumber } from '../util/long.js';
import type { Logger } from '../util/log.js';
import { admit, authOf, toServiceError } from './handler.js';
import type { ServiceImpl } from './service-impl.js';
import type { watchService } from './services.js';

const { FilterType } = etcdserverpb.WatchCreateRequest;
/** etcd sends the gRPC error's text: rpctypes.ErrGRPCPermissionDenied.Error(). */
const permissionDeniedReason =
  'rpc error: code = PermissionDenied desc = etcdserver: permission denied';

export function watchHandlers(
  server: EtcdServer,
  logger: Logger,
): ServiceImpl<typeof watchService> {
  const labels = {
    grpc_service: 'etcdserverpb.Watch',
    grpc_method: 'Watch',
    grpc_type: 'bidi_stream',
  };
  return {
    Watch: (call) => {
      server.metrics.grpcStarted.inc(1, labels);
      try {
        admit(call, server);
      } catch (err) {
        call.fail(toServiceError(err, logger));
        return;
      }
      const stream = server.watchHub.openStream({
        send: (response) => call.write(response),
        onDrain: (fn) => {
          call.onDrain(fn);
        },
        abort: (reason) => {
          call.fail({ code: status.UNAVAILABLE, details: reason });
          finish();
        },
      });
      call.onMessage((req) => {
        if (req.createRequest) {
          const c = req.createRequest;
          // etcd's isWatchPermitted: the whole range must be readable by the stream's user.
          try {
            const auth = authOf(call, server);
            server.auth.checkRead(auth, latin1(c.key), latin1(c.rangeEnd));
          } catch {
            stream.refuse(permissionDeniedReason);
            return;
          }
          const key = !c.key || c.key.length === 0 ? '\0' : latin1(c.key);
          const filters = new Set(c.filters ?? []);
          stream.create({
            key,
            end: rangeEnd(c.rangeEnd),
            startRevision: toNumber(c.startRevision),
            filter: {
              noPut: filters.has(FilterType.NOPUT),
              noDelete: filters.has(FilterType.NODELETE),
            },
            prevKv: c.prevKv === true,
            progressNotify: c.progressNotify === true,
            fragment: c.fragment === true,
            // proto3 cannot tell an explicit 0 from none: etcd treats 0 as "pick one".
            watchId: toNumber(c.watchId) > 0 ? toNumber(c.watchId) : undefined,
          });
        } else if (req.cancelRequest) {
          stream.cancel(toNumber(req.cancelRequest.watchId));
        } else if (req.progressRequest) {
          stream.requestProgress();
        }
      });
      let finished = false;
      const finish = (): void => {
        if (finished) return;
        finished = true;
        stream.close();
        server.metrics.grpcHandled.inc(1, { ...labels, grpc_code: 'OK' });
      };
      call.onEnd(() => {
        finish();
        call.end();
      });
      call.onCancel(finish);
    },
  };
}
