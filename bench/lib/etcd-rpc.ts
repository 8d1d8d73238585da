// gRPC access to any etcd v3 endpoint on src/api/services.ts's method table, for the benchmarks'
// occasional calls (status probes, leader lookups, checks after a run): a bare grpc.Client per
// connection and makeUnaryRequest. The load itself goes through raw-grpc-connection.ts, which
// costs a fraction of grpc-js's CPU per call.
import * as grpc from '@grpc/grpc-js';
import type { ClientMethodDefinition } from '@grpc/grpc-js/build/src/make-client.js';
import { ClientTls } from '../../src/util/tls.js';

/** `http://127.0.0.1:2379` or `127.0.0.1:2379` → the `host:port` target grpc-js wants. */
export function grpcTarget(endpoint: string): string {
  return endpoint.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

/**
 * A channel with its own HTTP/2 connection. grpc-js pools subchannels process-wide by target and
 * options, so channels to one endpoint would share one connection; a local subchannel pool and a
 * distinct option value keep `--conns N` really N connections, like etcd's benchmark tool. An
 * https:// endpoint is dialled with TLS, its certificate checked against the CA in `caFile`.
 */
export function openChannel(
  endpoint: string,
  channelIndex: number,
  extraOptions: grpc.ChannelOptions = {},
  caFile?: string,
): grpc.Client {
  // src/util/tls.ts's dialing side, as clusterd's own client: no SNI for an IP address (grpc-js's
  // createSsl sends one, and Node warns about it), the certificate checked against the URL's host.
  const credentials = endpoint.startsWith('https://')
    ? new ClientTls({ ...(caFile !== undefined && { caFile }) }).credentials(
        new URL(endpoint).hostname,
      )
    : grpc.credentials.createInsecure();
  return new grpc.Client(grpcTarget(endpoint), credentials, {
    ...extraOptions,
    'grpc.use_local_subchannel_pool': 1,
    'grpc.channel_id': channelIndex,
    // channelz bookkeeping costs time on every call and nothing here reads it.
    'grpc.enable_channelz': 0,
    // etcd accepts 1.5 MiB requests; responses can be larger than grpc-js's 4 MiB default.
    'grpc.max_receive_message_length': -1,
  });
}

/** One unary call; for the load loop's hot path see load-generator.ts, which avoids the promise. */
export function callUnary<Req, Res>(
  client: grpc.Client,
  method: ClientMethodDefinition<Req, Res>,
  request: Req,
  timeoutMs: number,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      method.path,
      method.requestSerialize,
      method.responseDeserialize,
      request,
      { deadline: Date.now() + timeoutMs },
      (err, response) => {
        if (err) reject(err);
        else resolve(response!);
      },
    );
  });
}
