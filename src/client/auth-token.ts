// The token a client with a user name and password sends with every call (gRPC metadata `token`),
// as clientv3 keeps it: fetched by Authenticate before the first call, fetched again when a
// server says it is no longer good (expired, issued before an auth change, or auth enabled since:
// a call without a token refused), and none at all while the store has auth disabled.
import {
  AuthNotEnabledError,
  AuthOldRevisionError,
  type EtcdError,
  InvalidAuthTokenError,
  PermissionDeniedError,
  UserEmptyError,
} from './errors.js';

export interface ClientCredentials {
  username: string;
  password: string;
}

/** Asks one endpoint's Authenticate for a token (no token sent with it). */
export type Authenticate = (
  endpoint: string,
  credentials: ClientCredentials,
  deadline: number,
) => Promise<string>;

/** '' stands for "auth is disabled on the store: send no token". */
const noToken = '';

export class AuthTokens {
  private token: string | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly credentials: ClientCredentials,
    private readonly authenticate: Authenticate,
  ) {}

  get username(): string {
    return this.credentials.username;
  }

  /** The token of the last Authenticate; undefined before one succeeded or after invalidate(). */
  get current(): string | undefined {
    return this.token;
  }

  /** Whether the store had auth enabled when this client last authenticated. */
  get authEnabled(): boolean {
    return this.token !== undefined && this.token !== noToken;
  }

  /** The token to send ('' for none), authenticating first when there is none yet. */
  get(endpoint: string, deadline: number): Promise<string> {
    if (this.token !== undefined) return Promise.resolve(this.token);
    this.pending ??= this.authenticate(endpoint, this.credentials, deadline)
      .catch((err: unknown) => {
        // clientv3 too goes on without a token when the store has auth off.
        if (err instanceof AuthNotEnabledError) return noToken;
        throw err;
      })
      .then((token) => {
        this.token = token;
        return token;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /**
   * Whether `err`, for a call sent with `sent`, asks for a new token; if so the token is dropped
   * (unless a newer one replaced it meanwhile), so the next get() authenticates.
   */
  rejected(err: EtcdError, sent: string): boolean {
    // Sent without a token while the store has auth on: refused as nobody ("user name is empty"),
    // or as the user its client certificate names ("permission denied").
    const authEnabledSince =
      sent === noToken && (err instanceof UserEmptyError || err instanceof PermissionDeniedError);
    const stale =
      err instanceof InvalidAuthTokenError ||
      err instanceof AuthOldRevisionError ||
      authEnabledSince;
    if (stale && this.token === sent) this.token = undefined;
    return stale;
  }
}
