// The Auth service as the roles need it: whether the store has auth enabled. (Users and roles
// are managed with etcdctl, which speaks to clusterd and etcd alike.)
import { authService } from '../api/services.js';
import { PermissionDeniedError, UnimplementedError } from './errors.js';
import type { KV } from './kv.js';
import type { Transport } from './transport.js';

export class AuthClient {
  constructor(
    private readonly transport: Transport,
    private readonly kv: KV,
  ) {}

  /**
   * Whether the store has auth enabled now: AuthStatus where the server has it (clusterd, etcd
   * 3.5+). etcd 3.4 has none: there a read is made first (a store that enabled auth since this
   * client last authenticated refuses its empty token, and the client authenticates again), then
   * the answer is whether Authenticate gave a token.
   */
  async enabled(): Promise<boolean> {
    try {
      const res = await this.transport.unary(authService.AuthStatus, {});
      return res.enabled;
    } catch (err) {
      if (!(err instanceof UnimplementedError)) throw err;
    }
    // A permission denied still proves the token was taken.
    await this.kv.get('\0', { serializable: true, countOnly: true }).catch((err: unknown) => {
      if (!(err instanceof PermissionDeniedError)) throw err;
    });
    return this.transport.tokens?.authEnabled ?? false;
  }
}
