// etcd's auth store (server/auth/store.go in 3.4): users with bcrypt-hashed passwords, roles with
// key permissions, the enabled flag and the auth revision, which every change raises. It changes
// only when the server applies a log entry, so every member holds the same; each change also
// becomes backend records (written in the entry's apply batch), so it survives restarts and
// travels in state snapshots. Simple tokens live in memory only, as etcd's do: every member
// registers the token an applied Authenticate chose, and forgets it after the TTL without use.
import { randomInt } from 'node:crypto';
import { authpb, type etcdserverpb } from '../gen/etcd.js';
import type { Backend, BatchOp } from '../storage/backend.js';
import { authRolePrefix, authUserPrefix, MetaKey, metaKey } from '../storage/keys.js';
import { latin1 } from './apply.js';
import { Errors } from './errors.js';

/** Who a request is from, and the auth revision it was checked against (etcd's AuthInfo). */
export interface AuthInfo {
  username: string;
  revision: number;
}

export const rootUser = 'root';
export const rootRole = 'root';

type PermType = authpb.Permission.Type;
const { READ, WRITE, READWRITE } = authpb.Permission.Type;

interface User {
  name: string;
  /** The bcrypt hash (empty for a user added with no_password). */
  password: Buffer;
  /** Sorted, as etcd keeps them. */
  roles: string[];
  noPassword: boolean;
}

interface Perm {
  permType: PermType;
  /** latin1 strings: byte order is string order. */
  key: string;
  rangeEnd: string;
}

interface Role {
  name: string;
  /** Sorted by key, as etcd keeps them. */
  perms: Perm[];
}

const enabledKey = MetaKey.authEnabled;
const revisionKey = MetaKey.authRevision;
const userPrefix = authUserPrefix;
const rolePrefix = authRolePrefix;

function prefixScan(prefix: string): { gte: Buffer; lt: Buffer } {
  const gte = metaKey(prefix);
  const lt = Buffer.from(gte);
  lt[lt.length - 1]! += 1;
  return { gte, lt };
}

const utf8 = (b: Uint8Array): string => Buffer.from(b).toString('utf8');

/** [start, end) with end null for "every key from start on". */
export interface Interval {
  start: string;
  end: string | null;
}

/** A permission's or a request's keys as an interval, with etcd's conventions. */
export function interval(key: string, rangeEnd: string): Interval {
  if (rangeEnd === '') return { start: key, end: key + '\0' };
  if (rangeEnd === '\0') return { start: key, end: null };
  return { start: key, end: rangeEnd };
}

/**
 * A union of key intervals as etcd's rangePermCache holds a user's permissions (an interval tree
 * per permission type): merged into disjoint intervals sorted by start, so a request's interval is
 * covered exactly when the one merged interval starting at or before it reaches its end (etcd's
 * IntervalTree.Contains), found by one binary search.
 */
export class KeyIntervalSet {
  private readonly starts: string[] = [];
  /** null: every key from the start on. */
  private readonly ends: (string | null)[] = [];

  constructor(intervals: readonly Interval[]) {
    // Empty intervals (end at or before start) hold no key.
    const sorted = intervals
      .filter((iv) => iv.end === null || iv.end > iv.start)
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    for (const iv of sorted) {
      const last = this.ends.length - 1;
      const lastEnd = last < 0 ? undefined : this.ends[last];
      // Overlapping or adjacent: one interval (the same keys either way).
      if (lastEnd !== undefined && (lastEnd === null || iv.start <= lastEnd)) {
        if (lastEnd !== null && (iv.end === null || iv.end > lastEnd)) this.ends[last] = iv.end;
        continue;
      }
      this.starts.push(iv.start);
      this.ends.push(iv.end);
    }
  }

  /** True if the union covers all of `want`; a `want` ending at or before its start is its key. */
  covers(want: Interval): boolean {
    const start = want.start;
    const end = want.end !== null && want.end <= start ? start + '\0' : want.end;
    // The last merged interval starting at or before `start`.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return false;
    const have = this.ends[lo - 1] as string | null;
    if (have === null) return true;
    return end !== null && end <= have;
  }
}

/** A user's roles merged once (etcd's unifiedRangePermissions), until the next auth change. */
interface UserPerms {
  root: boolean;
  read: KeyIntervalSet;
  write: KeyIntervalSet;
}

interface Token {
  username: string;
  expiresAt: number;
}

export class AuthStore {
  private enabled = false;
  private rev = 0;
  private readonly users = new Map<string, User>();
  private readonly roles = new Map<string, Role>();
  private readonly tokens = new Map<string, Token>();
  /**
   * Each checked user's merged permissions (etcd's rangePermCache): built at the user's first
   * check, emptied by every change (each raises the revision: bump) and by load.
   */
  private readonly permCache = new Map<string, UserPerms>();

  constructor(private readonly tokenTtlMs: number) {}

  get isEnabled(): boolean {
    return this.enabled;
  }

  get revision(): number {
    return this.rev;
  }

  /** Reads the state from the backend (at start, and after a state snapshot replaced it). */
  async load(backend: Backend): Promise<void> {
    this.users.clear();
    this.roles.clear();
    this.tokens.clear();
    this.permCache.clear();
    this.enabled = backend.get(enabledKey)?.[0] === 1;
    const rev = backend.get(revisionKey);
    this.rev = rev ? Number(rev.readBigUInt64BE(0)) : 0;
    for await (const [, value] of backend.scan(prefixScan(userPrefix))) {
      const u = authpb.User.decode(value);
      this.users.set(utf8(u.name), {
        name: utf8(u.name),
        password: Buffer.from(u.password),
        roles: [...u.roles],
        noPassword: u.options?.noPassword === true,
      });
    }
    for await (const [, value] of backend.scan(prefixScan(rolePrefix))) {
      const r = authpb.Role.decode(value);
      this.roles.set(utf8(r.name), {
        name: utf8(r.name),
        perms: r.keyPermission.map((p) => ({
          permType: p.permType ?? READ,
          key: latin1(p.key),
          rangeEnd: latin1(p.rangeEnd),
        })),
      });
    }
  }

  // ---- checks (etcd's IsRangePermitted, IsPutPermitted, IsAdminPermitted) ----

  /** The bcrypt hash to compare a password with, or the error etcd's CheckPassword gives. */
  passwordHash(name: string): string {
    if (!this.enabled) throw Errors.authNotEnabled();
    const user = this.users.get(name);
    if (!user) throw Errors.authFailed();
    if (user.noPassword) throw Errors.noPasswordUser();
    return user.password.toString('latin1');
  }

  /** The user a token stands for (its TTL starts again), or "invalid auth token". */
  userOfToken(token: string, now = Date.now()): string {
    const t = this.tokens.get(token);
    if (!t || t.expiresAt <= now) {
      if (t) this.tokens.delete(token);
      throw Errors.invalidAuthToken();
    }
    t.expiresAt = now + this.tokenTtlMs;
    return t.username;
  }

  checkRead(info: AuthInfo, key: string, rangeEnd: string): void {
    this.checkOp(info, key, rangeEnd, READ);
  }

  checkWrite(info: AuthInfo, key: string, rangeEnd: string): void {
    this.checkOp(info, key, rangeEnd, WRITE);
  }

  private checkOp(info: AuthInfo, key: string, rangeEnd: string, type: PermType): void {
    if (!this.enabled) return;
    if (info.revision === 0) throw Errors.userEmpty();
    if (info.revision < this.rev) throw Errors.authOldRevision();
    const perms = this.permsOf(info.username);
    if (!perms) throw Errors.permissionDenied();
    if (perms.root) return;
    const have = type === READ ? perms.read : perms.write;
    if (!have.covers(interval(key, rangeEnd))) throw Errors.permissionDenied();
  }

  /** The user's merged permissions, from the cache or built now; undefined for no such user. */
  private permsOf(username: string): UserPerms | undefined {
    const cached = this.permCache.get(username);
    if (cached) return cached;
    const user = this.users.get(username);
    if (!user) return undefined;
    const read: Interval[] = [];
    const write: Interval[] = [];
    for (const name of user.roles) {
      for (const p of this.roles.get(name)?.perms ?? []) {
        const iv = interval(p.key, p.rangeEnd);
        if (p.permType === READWRITE || p.permType === READ) read.push(iv);
        if (p.permType === READWRITE || p.permType === WRITE) write.push(iv);
      }
    }
    const perms: UserPerms = {
      root: user.roles.includes(rootRole),
      read: new KeyIntervalSet(read),
      write: new KeyIntervalSet(write),
    };
    this.permCache.set(username, perms);
    return perms;
  }

  checkAdmin(info: AuthInfo): void {
    if (!this.enabled) return;
    if (info.username === '') throw Errors.userEmpty();
    const user = this.users.get(info.username);
    if (!user) throw Errors.userNotFound();
    if (!user.roles.includes(rootRole)) throw Errors.permissionDenied();
  }

  /** UserGet: an admin, or the user asking about itself (etcd's authApplierV3.UserGet). */
  checkUserGet(info: AuthInfo, name: string): void {
    try {
      this.checkAdmin(info);
    } catch (err) {
      if (name !== info.username) throw err;
    }
  }

  /** RoleGet: an admin, or a user that has the role. */
  checkRoleGet(info: AuthInfo, role: string): void {
    try {
      this.checkAdmin(info);
    } catch (err) {
      if (!this.users.get(info.username)?.roles.includes(role)) throw err;
    }
  }

  // ---- reads ----

  status(): { enabled: boolean; authRevision: number } {
    return { enabled: this.enabled, authRevision: this.rev };
  }

  userGet(name: string): string[] {
    const user = this.users.get(name);
    if (!user) throw Errors.userNotFound();
    return [...user.roles];
  }

  userList(): string[] {
    return [...this.users.keys()].sort(byBytes);
  }

  roleGet(name: string): authpb.IPermission[] {
    const role = this.roles.get(name);
    if (!role) throw Errors.roleNotFound();
    return role.perms.map((p) => ({
      permType: p.permType,
      key: Buffer.from(p.key, 'latin1'),
      rangeEnd: Buffer.from(p.rangeEnd, 'latin1'),
    }));
  }

  roleList(): string[] {
    return [...this.roles.keys()].sort(byBytes);
  }

  // ---- changes, applied in log order; each pushes its backend records onto `ops` ----

  enable(ops: BatchOp[]): void {
    if (this.enabled) return;
    const root = this.users.get(rootUser);
    if (!root) throw Errors.rootUserNotExist();
    if (!root.roles.includes(rootRole)) throw Errors.rootRoleNotExist();
    this.enabled = true;
    ops.push({ type: 'put', key: enabledKey, value: Buffer.from([1]) });
    this.bump(ops);
  }

  disable(ops: BatchOp[]): void {
    if (!this.enabled) return;
    this.enabled = false;
    this.tokens.clear();
    ops.push({ type: 'put', key: enabledKey, value: Buffer.from([0]) });
    this.bump(ops);
  }

  /**
   * Registers the simple token the proposer chose (etcd's simple token provider's assign); '' (a
   * JWT, which nobody registers) only checks.
   */
  authenticate(name: string, token: string, now = Date.now()): void {
    if (!this.enabled) throw Errors.authNotEnabled();
    const user = this.users.get(name);
    if (!user || user.noPassword) throw Errors.authFailed();
    if (token !== '') this.tokens.set(token, { username: name, expiresAt: now + this.tokenTtlMs });
  }

  userAdd(req: { name: string; hashedPassword: Uint8Array; noPassword: boolean }, ops: BatchOp[]) {
    if (req.name === '') throw Errors.userEmpty();
    if (this.users.has(req.name)) throw Errors.userAlreadyExist();
    const user: User = {
      name: req.name,
      password: req.noPassword ? Buffer.alloc(0) : Buffer.from(req.hashedPassword),
      roles: [],
      noPassword: req.noPassword,
    };
    this.putUser(user, ops);
    this.bump(ops);
  }

  userDelete(name: string, ops: BatchOp[]): void {
    if (this.enabled && name === rootUser) throw Errors.invalidAuthMgmt();
    if (!this.users.has(name)) throw Errors.userNotFound();
    this.users.delete(name);
    ops.push({ type: 'del', key: metaKey(userPrefix + name) });
    this.invalidateUser(name);
    this.bump(ops);
  }

  userChangePassword(name: string, hashedPassword: Uint8Array, ops: BatchOp[]): void {
    const user = this.users.get(name);
    if (!user) throw Errors.userNotFound();
    this.putUser({ ...user, password: Buffer.from(hashedPassword) }, ops);
    this.invalidateUser(name);
    this.bump(ops);
  }

  userGrantRole(name: string, role: string, ops: BatchOp[]): void {
    const user = this.users.get(name);
    if (!user) throw Errors.userNotFound();
    if (role !== rootRole && !this.roles.has(role)) throw Errors.roleNotFound();
    if (user.roles.includes(role)) return;
    this.putUser({ ...user, roles: [...user.roles, role].sort(byBytes) }, ops);
    this.bump(ops);
  }

  userRevokeRole(name: string, role: string, ops: BatchOp[]): void {
    if (this.enabled && name === rootUser && role === rootRole) throw Errors.invalidAuthMgmt();
    const user = this.users.get(name);
    if (!user) throw Errors.userNotFound();
    if (!user.roles.includes(role)) throw Errors.roleNotGranted();
    this.putUser({ ...user, roles: user.roles.filter((r) => r !== role) }, ops);
    this.bump(ops);
  }

  roleAdd(name: string, ops: BatchOp[]): void {
    if (name === '') throw Errors.roleEmpty();
    if (this.roles.has(name)) throw Errors.roleAlreadyExist();
    this.putRole({ name, perms: [] }, ops);
    this.bump(ops);
  }

  roleDelete(name: string, ops: BatchOp[]): void {
    if (this.enabled && name === rootRole) throw Errors.invalidAuthMgmt();
    if (!this.roles.has(name)) throw Errors.roleNotFound();
    this.roles.delete(name);
    ops.push({ type: 'del', key: metaKey(rolePrefix + name) });
    for (const user of [...this.users.values()]) {
      if (user.roles.includes(name)) {
        this.putUser({ ...user, roles: user.roles.filter((r) => r !== name) }, ops);
      }
    }
    this.bump(ops);
  }

  roleGrantPermission(req: etcdserverpb.IAuthRoleGrantPermissionRequest, ops: BatchOp[]): void {
    const role = this.roles.get(req.name ?? '');
    if (!role) throw Errors.roleNotFound();
    const perm: Perm = {
      permType: req.perm?.permType ?? READ,
      key: latin1(req.perm?.key),
      rangeEnd: latin1(req.perm?.rangeEnd),
    };
    const perms = role.perms.filter((p) => !(p.key === perm.key && p.rangeEnd === perm.rangeEnd));
    const at = perms.findIndex((p) => p.key >= perm.key);
    perms.splice(at < 0 ? perms.length : at, 0, perm);
    this.putRole({ ...role, perms }, ops);
    this.bump(ops);
  }

  roleRevokePermission(req: etcdserverpb.IAuthRoleRevokePermissionRequest, ops: BatchOp[]): void {
    const role = this.roles.get(req.role ?? '');
    if (!role) throw Errors.roleNotFound();
    const key = latin1(req.key);
    const end = latin1(req.rangeEnd);
    const perms = role.perms.filter((p) => !(p.key === key && p.rangeEnd === end));
    if (perms.length === role.perms.length) throw Errors.permissionNotGranted();
    this.putRole({ ...role, perms }, ops);
    this.bump(ops);
  }

  private putUser(user: User, ops: BatchOp[]): void {
    this.users.set(user.name, user);
    const value = authpb.User.encode({
      name: Buffer.from(user.name),
      password: user.password,
      roles: user.roles,
      options: { noPassword: user.noPassword },
    }).finish();
    ops.push({ type: 'put', key: metaKey(userPrefix + user.name), value: Buffer.from(value) });
  }

  private putRole(role: Role, ops: BatchOp[]): void {
    this.roles.set(role.name, role);
    const value = authpb.Role.encode({
      name: Buffer.from(role.name),
      keyPermission: role.perms.map((p) => ({
        permType: p.permType,
        key: Buffer.from(p.key, 'latin1'),
        rangeEnd: Buffer.from(p.rangeEnd, 'latin1'),
      })),
    }).finish();
    ops.push({ type: 'put', key: metaKey(rolePrefix + role.name), value: Buffer.from(value) });
  }

  private invalidateUser(name: string): void {
    for (const [token, t] of this.tokens) if (t.username === name) this.tokens.delete(token);
  }

  /** Every change ends here: the revision rises and the merged permissions are stale. */
  private bump(ops: BatchOp[]): void {
    this.rev += 1;
    this.permCache.clear();
    const value = Buffer.alloc(8);
    value.writeBigUInt64BE(BigInt(this.rev));
    ops.push({ type: 'put', key: revisionKey, value });
  }
}

function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

const tokenLetters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** etcd's simple token: 16 random letters, a dot and a number unique to the request. */
export function newSimpleToken(index: bigint): string {
  let s = '';
  for (let i = 0; i < 16; i++) s += tokenLetters.charAt(randomInt(tokenLetters.length));
  return `${s}.${index}`;
}
