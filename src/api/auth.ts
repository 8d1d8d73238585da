// etcdserverpb.Auth: users, roles and their permissions, enabling auth and Authenticate.
import type { ServerUnaryCall } from '@grpc/grpc-js';
import type { etcdserverpb } from '../gen/etcd.js';
import type { EtcdServer } from '../server/etcd-server.js';
import type { Logger } from '../util/log.js';
import { type AuthenticatedCall, authOf, unary } from './handler.js';
import type { ServiceImpl } from './service-impl.js';
import type { authService } from './services.js';

export function authHandlers(server: EtcdServer, logger: Logger): ServiceImpl<typeof authService> {
  const h = <Req, Res>(
    method: string,
    impl: (req: Req, call: ServerUnaryCall<Req, Res>) => Promise<Res> | Res,
  ) => unary<Req, Res>('Auth', method, server, logger, impl);
  const auth = (call: AuthenticatedCall) => authOf(call, server);

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
    UserDelete: h('UserDelete', (req: etcdserverpb.AuthUserDeleteRequest, call) =>
      server.authChange({ authUserDelete: req }, auth(call)),
    ),
    UserChangePassword: h(
      'UserChangePassword',
      (req: etcdserverpb.AuthUserChangePasswordRequest, call) =>
        server.userChangePassword(req, auth(call)),
    ),
    UserGrantRole: h('UserGrantRole', (req: etcdserverpb.AuthUserGrantRoleRequest, call) =>
      server.authChange({ authUserGrantRole: req }, auth(call)),
    ),
    UserRevokeRole: h('UserRevokeRole', (req: etcdserverpb.AuthUserRevokeRoleRequest, call) =>
      server.authChange({ authUserRevokeRole: req }, auth(call)),
    ),
    RoleAdd: h('RoleAdd', (req: etcdserverpb.AuthRoleAddRequest, call) =>
      server.authChange({ authRoleAdd: req }, auth(call)),
    ),
    RoleGet: h('RoleGet', (req: etcdserverpb.AuthRoleGetRequest, call) =>
      server.roleGet(req.role, auth(call)),
    ),
    RoleList: h('RoleList', (_req: etcdserverpb.AuthRoleListRequest, call) =>
      server.roleList(auth(call)),
    ),
    RoleDelete: h('RoleDelete', (req: etcdserverpb.AuthRoleDeleteRequest, call) =>
      server.authChange({ authRoleDelete: req }, auth(call)),
    ),
    RoleGrantPermission: h(
      'RoleGrantPermission',
      (req: etcdserverpb.AuthRoleGrantPermissionRequest, call) =>
        server.authChange({ authRoleGrantPermission: req }, auth(call)),
    ),
    RoleRevokePermission: h(
      'RoleRevokePermission',
      (req: etcdserverpb.AuthRoleRevokePermissionRequest, call) =>
        server.authChange({ authRoleRevokePermission: req }, auth(call)),
    ),
  };
}
