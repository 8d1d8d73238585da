// A load connection's login when the store has auth on: one Authenticate call (POST
// /etcdserverpb.Auth/Authenticate, AuthenticateRequest{name, password}) on the connection itself,
// whose AuthenticateResponse's token then travels in the pre-encoded header block of every request
// (workload.ts's RequestTarget.token), as clientv3 sends it. etcd's simple tokens (and clusterd's)
// stay valid while they are used, so one login serves the connection's whole life.
import { status as GrpcStatus } from '@grpc/grpc-js';
import { authService } from '../../src/api/services.js';
import { etcdserverpb } from '../../src/gen/etcd.js';
import { grpcRequestHeaderBlock, UnaryCallTemplate } from './h2-wire.js';
import { CallFailed, type RawGrpcConnection } from './raw-grpc-connection.js';
import type { RequestTarget } from './workload.js';

export interface Credentials {
  user: string;
  password: string;
}

/** The Authenticate call for `credentials`, addressed as `target` (without a token). */
export function authenticateCall(
  target: RequestTarget,
  credentials: Credentials,
): UnaryCallTemplate {
  const headerBlock = grpcRequestHeaderBlock({
    path: authService.Authenticate.path,
    authority: target.authority,
    scheme: target.scheme,
  });
  const request = etcdserverpb.AuthenticateRequest.encode({
    name: credentials.user,
    password: credentials.password,
  }).finish();
  return new UnaryCallTemplate(headerBlock, request, -1, 0);
}

/**
 * Authenticates on `connection` and returns the token. A member that has not applied `auth
 * enable` yet (a follower just behind the member etcdctl asked) answers FAILED_PRECONDITION
 * ("authentication is not enabled"): that is asked again every 100 ms until `deadline`
 * (performance.now()); any other failure, such as a wrong password, is the error at once.
 */
export async function authenticate(
  connection: RawGrpcConnection,
  target: RequestTarget,
  credentials: Credentials,
  deadline: number,
): Promise<string> {
  const template = authenticateCall(target, credentials);
  for (;;) {
    try {
      const response = etcdserverpb.AuthenticateResponse.decode(
        await connection.callForMessage(template),
      );
      if (response.token === '') throw new Error('Authenticate answered without a token');
      return response.token;
    } catch (err) {
      const notYet =
        err instanceof CallFailed && err.code === (GrpcStatus.FAILED_PRECONDITION as number);
      if (!notYet || performance.now() + 100 > deadline) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new Error(`Authenticate as ${credentials.user}: ${reason}`, { cause: err });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
