// etcdserverpb.Auth: users, roles and their permissions, enabling auth and Authenticate.
import type { etcdserverpb } from '../gen/etcd.js';
import type { EtcdServer } from '../server/etcd-server.js';
import type { CallContext, UnaryCall } from '../util/grpc-server/calls.js';
import type { Logger } from '../util/log.js';
import { authOf, unary } from './handler.js';
import type { ServiceImpl } from './service-impl.js';
import type { authService } from './services.js';

export function authHandlers(server: EtcdServer, logger: Logger): ServiceImpl<typeof authService> {
  const h = <Req, Res>(
    method: string,
    impl: (req: Req, call: UnaryCall<Req, Res>) => Promise<Res> | Res,
  ) => unary<Req, Res>('Auth', method, server, logger, impl);
  const auth = (call: CallContext) => authOf(call, server);
  // A change without a password: the request goes into the log as it came, in the
  // InternalRequest field named after the method (UserDelete: authUserDelete).
  const change = <Req, Res>(method: AuthChangeMethod) =>
    h<Req, Res>(method, (req, call) =>
      server.authChange<Res>({ [`auth${method}`]: req }, auth(call)),
    );

  return {
    AuthEnable: h('AuthEnable', (_req: etcdserverpb.AuthEnableRequest, call) =>
      server.authEnable(auth(call)),
    ),
    AuthDisable: h('AuthDisable', (_req: etcdserverpb.AuthDisableRequest, call) =>
      server.authDisable(auth(call)),
    ),
    AuthStatus: h('AuthStatus', () => server.authStatus()),
    Authenticate: h('Authenticate', (req: etcdserverpb.AuthenticateRequest) =>
      server.authenticate(req),
    ),
    UserAdd: h('UserAdd', (req: etcdserverpb.AuthUserAddRequest, call) =>
      server.userAdd(req, auth(call)),
    ),
    UserGet: h('UserGet', (req: etcdserverpb.AuthUserGetRequest, call) =>
      server.userGet(req.name, auth(call)),
    ),
    UserList: h('UserList', (_req: etcdserverpb.AuthUserListRequest, call) =>
      server.userList(auth(call)),
    ),
    UserDelete: change('UserDelete'),
    UserChangePassword: h(
      'UserChangePassword',
      (req: etcdserverpb.AuthUserChangePasswordRequest, call) =>
        server.userChangePassword(req, auth(call)),
    ),
    UserGrantRole: change('UserGrantRole'),
    UserRevokeRole: change('UserRevokeRole'),
    RoleAdd: change('RoleAdd'),
    RoleGet: h('RoleGet', (req: etcdserverpb.AuthRoleGetRequest, call) =>
      server.roleGet(req.role, auth(call)),
    ),
    RoleList: h('RoleList', (_req: etcdserverpb.AuthRoleListRequest, call) =>
      server.roleList(auth(call)),
    ),
    RoleDelete: change('RoleDelete'),
    RoleGrantPermission: change('RoleGrantPermission'),
    RoleRevokePermission: change('RoleRevokePermission'),
  };
}

/** The Auth methods whose request is logged as it came (authHandlers' `change`). */
type AuthChangeMethod =
  | 'UserDelete'
  | 'UserGrantRole'
  | 'UserRevokeRole'
  | 'RoleAdd'
  | 'RoleDelete'
  | 'RoleGrantPermission'
  | 'RoleRevokePermission';
