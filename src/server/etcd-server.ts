// The server: checks client requests, proposes writes to the replicated log, applies committed
// entries in log order and answers each proposer with its entry's result. gRPC handlers call it
// and only translate; it knows the log and the store only through their interfaces.
import { clusterdpb, etcdserverpb } from '../gen/etcd.js';
import type { Backend, BatchOp } from '../storage/backend.js';
import {
  leaseKey,
  leaseRecord,
  leaseRecordTtl,
  MetaKey,
  Prefix,
  prefixRange,
  u64FromValue,
  u64Value,
} from '../storage/keys.js';
import type { MvccEvent, MvccStore } from '../storage/mvcc/kv-store.js';
import { SnapshotSource } from '../storage/snapshot/snapshot-file.js';
import { DisposableStore } from '../util/lifecycle.js';
import type { Logger } from '../util/log.js';
import { fromBigInt, type Long, toBigInt, toHex, toNumber } from '../util/long.js';
import {
  latin1,
  applyDeleteRange,
  applyPut,
  applyRange,
  applyTxn,
  isReadOnlyTxn,
  mapStoreError,
  storeView,
  type ApplyContext,
} from './apply.js';
import { EtcdError, Errors } from './errors.js';
import { AuthStore, newSimpleToken, type AuthInfo } from './auth-store.js';
import type { AuthTokenConfig } from './jwt-token.js';
import bcrypt from 'bcryptjs';
import { memberIdFor, randomPositiveId, RequestIdGenerator } from './ids.js';
import { Lessor, maxLeaseTtlSec } from './lessor.js';
import type { ServerMetrics } from './metrics.js';
import type { CommittedEntry, ReplicatedLog } from './replicated-log.js';
import { checkDeleteRange, checkPut, checkRange, checkTxn } from './validate.js';
import { WatchHub } from './watch-hub.js';
import { encodePutEntry } from './put-entry.js';
import { ProposalWaiters } from './proposal-waiters.js';
import { decodeConfChange } from '../raft/index.js';
import {
  decodeMemberContext,
  encodeMemberContext,
  Membership,
  membersKey,
  type Member,
} from './membership.js';
import { memberToProto } from './convert.js';
import { findCorruptMember, type FetchPeerHashKv } from './corruption.js';

export type { Member } from './membership.js';

export interface ServerOptions {
  memberId: bigint;
  clusterId: bigint;
  /** This member's name and client URLs, which it publishes to the cluster once it runs. */
  name: string;
  clientUrls: string[];
  /** etcd's --initial-cluster-token, mixed into the IDs of members added at run time. */
  clusterToken: string;
  /**
   * The leader promotes learners that are in sync while the cluster has fewer voters than it
   * should: 3 once it has 3 members, 5 once it has 5 (machines that --join beyond that stay
   * learners, so the quorum stays small). Off by default: etcd never promotes by itself.
   */
  autoPromoteLearners?: boolean;
  /** Called after the applied membership changed (the transport dials the new peer list). */
  onMembersChanged?: (members: Member[]) => void;
  /**
   * Called once when the applied log says the cluster removed this member (etcd's shouldStop),
   * as the removal applies or, after a restart, at start: the member must stop.
   */
  onRemovedSelf?: () => void;
  /** etcd's --election-timeout; leases are never shorter than 1.5 of it. */
  electionTimeoutMs: number;
  /** etcd's --max-request-bytes (1.5 MiB). */
  maxRequestBytes: number;
  /** etcd's --max-txn-ops (128). */
  maxTxnOps: number;
  /** etcd's --quota-backend-bytes (2 GiB); 0 means the default. */
  quotaBackendBytes: number;
  /** How long a proposal may wait to be applied before the client gets "request timed out". */
  requestTimeoutMs: number;
  /** How often watchers created with progress_notify get an empty response (etcd: 10 min). */
  progressNotifyIntervalMs: number;
  /** etcd's --auth-token: simple tokens (the default) or JWTs. */
  authToken?: AuthTokenConfig;
  /** --client-cert-auth: a request without a token is its verified certificate's common name. */
  clientCertAuth?: boolean;
  /** etcd's --auth-token-ttl: seconds a simple token lives without use (300). */
  authTokenTtlSec?: number;
  /** etcd's --bcrypt-cost (10). */
  bcryptCost?: number;
  /** etcd's --experimental-warning-apply-duration: applying a request longer than this warns. */
  warningApplyDurationMs?: number;
  /**
   * etcd's --strict-reconfig-check (on unless false): refuse a membership change that would leave
   * fewer started or connected members than a quorum.
   */
  strictReconfigCheck?: boolean;
  /**
   * etcd's --experimental-corrupt-check-time: as leader, compare HashKV with the peers this often
   * and raise a CORRUPT alarm for a member that differs (0 or absent: never).
   */
  corruptCheckIntervalMs?: number;
  /** How to ask a peer for its HashKV (on its peer port), for the corruption check. */
  fetchPeerHashKv?: FetchPeerHashKv;
}

/**
 * What applying one entry produced for its proposer; `ready` delays the answer (a compaction with
 * physical=true answers once its records are gone).
 */
type ApplyOutcome = { result: unknown; ready?: Promise<void> } | { error: unknown };

/** An alarm raised for a member (etcd's AlarmMember). */
export interface AlarmMember {
  memberId: bigint;
  alarm: etcdserverpb.AlarmType;
}

const appliedIndexKey = MetaKey.appliedIndex;
const alarmsKey = MetaKey.alarms;
const { AlarmType, AlarmRequest } = etcdserverpb;

/** What etcd's applierV3Corrupt refuses while a CORRUPT alarm is raised. */
const refusedByCorruptCluster = new Set<clusterdpb.InternalRequest['request']>([
  'put',
  'deleteRange',
  'txn',
  'compaction',
  'leaseGrant',
  'leaseRevoke',
]);

/** etcd's HealthInterval: a peer counts as connected once connected for this long. */
const healthIntervalMs = 5000;
/** etcd refuses new proposals when applying falls this far behind committing. */
const maxPendingApplyEntries = 5000;
/** How long applied changes may wait for the replicated log's next write before being written alone. */
const changesWriteDelayMs = 100;
/** etcd's leaseRevokeRate: expired leases revoked per second at most. */
const leaseRevokesPerSecond = 1000;
const leaseCheckIntervalMs = 500;
const quotaCheckIntervalMs = 1000;

export class EtcdServer {
  readonly watchHub: WatchHub;
  readonly lessor: Lessor;
  /** Users, roles, permissions and tokens (etcd's auth store). */
  readonly auth: AuthStore;
  private readonly ids: RequestIdGenerator;
  private readonly waiters: ProposalWaiters;
  private changesTimer: NodeJS.Timeout | undefined;
  /** Every response header's IDs, converted once. */
  private readonly headerClusterId: Long | number;
  private readonly headerMemberId: Long | number;
  private readonly disposables = new DisposableStore();
  private appliedIndex = 0;
  private alarms: AlarmMember[] = [];
  private membership = new Membership();
  private dbSizeBytes = 0;
  /** backend.bytesWritten when dbSizeBytes was sampled. */
  private writtenAtSample = 0;
  private closed = false;
  private wasLeader = false;
  /** The term in which this member last took over the lease clocks (0 when not leading). */
  private leaderTerm = 0;
  private lastLeaderId = 0n;

  constructor(
    readonly options: ServerOptions,
    private readonly backend: Backend,
    readonly store: MvccStore,
    private readonly log: ReplicatedLog,
    private readonly logger: Logger,
    readonly metrics: ServerMetrics,
  ) {
    this.lessor = new Lessor(Math.ceil((1.5 * options.electionTimeoutMs) / 1000));
    this.ids = new RequestIdGenerator(options.memberId);
    this.headerClusterId = fromBigInt(options.clusterId, true);
    this.headerMemberId = fromBigInt(options.memberId, true);
    this.waiters = new ProposalWaiters(options.requestTimeoutMs, () => {
      metrics.proposalsFailed.inc();
      return Errors.timeout();
    });
    this.auth = new AuthStore((options.authTokenTtlSec ?? 300) * 1000);
    this.watchHub = new WatchHub({
      store,
      header: (revision) => this.header(revision),
      maxResponseBytes: options.maxRequestBytes,
    });
  }

  /** Restores leases and alarms, replays the log tail and starts the periodic work. */
  async start(): Promise<void> {
    this.appliedIndex = u64FromValue(this.backend.get(appliedIndexKey));
    this.alarms = decodeAlarms(this.backend.get(alarmsKey));
    this.membership = Membership.load(this.backend.get(membersKey));
    await this.auth.load(this.backend);
    await this.restoreLeases();
    await this.sampleDbSize();
    await this.log.start(this.appliedIndex, (entries) => this.applyEntries(entries));
    this.disposables.interval(() => {
      this.checkLeadership();
    }, leaseCheckIntervalMs);
    this.disposables.interval(() => {
      this.expireLeases();
      if (this.options.autoPromoteLearners) this.promoteLearnersInSync();
    }, leaseCheckIntervalMs);
    this.disposables.interval(() => void this.sampleDbSize(), quotaCheckIntervalMs);
    this.disposables.interval(() => {
      this.watchHub.sendProgressNotifications();
    }, this.options.progressNotifyIntervalMs);
    this.startCorruptionMonitor();
    this.checkLeadership();
    this.options.onMembersChanged?.(this.membership.list());
    if (this.noticeRemovedSelf()) return;
    this.publishAttributes();
  }

  /** etcd's monitorKVHash: the leader's periodic comparison of HashKV with the peers'. */
  private startCorruptionMonitor(): void {
    const intervalMs = this.options.corruptCheckIntervalMs ?? 0;
    const fetch = this.options.fetchPeerHashKv;
    if (intervalMs <= 0 || !fetch) return;
    this.logger.info('enabled corruption checking', { interval: `${intervalMs}ms` });
    let checking = false;
    this.disposables.interval(() => {
      if (checking || !this.isLeader || this.closed) return;
      checking = true;
      void findCorruptMember({
        selfId: this.options.memberId,
        localHash: () => this.store.hash(0),
        peers: this.membership.list().filter((m) => m.id !== this.options.memberId),
        fetch,
        barrier: () => this.linearizableBarrier(),
        logger: this.logger,
      })
        .then((corrupt) => {
          if (corrupt === undefined || this.closed) return;
          return this.propose({
            alarm: {
              action: AlarmRequest.AlarmAction.ACTIVATE,
              memberID: fromBigInt(corrupt, true),
              alarm: AlarmType.CORRUPT,
            },
          });
        })
        .catch((err: unknown) => {
          this.logger.warn('failed to check hash KV', {
            error: err instanceof Error ? err.message : String(err),
          });
        })
        .finally(() => {
          checking = false;
        });
    }, intervalMs);
  }

  /**
   * Publishes this member's name and client URLs through the log at every start (etcd's publish),
   * retrying until a leader takes it; other members list them once it is applied. Resolves then.
   */
  private publishAttributes(): void {
    const { name, clientUrls } = this.options;
    const attempt = (): void => {
      if (this.closed) return;
      this.propose({
        memberAttributes: { memberId: fromBigInt(this.options.memberId, true), name, clientUrls },
      }).then(
        () => {
          // The line etcd prints here, which scripts and harnesses wait for.
          this.logger.info('published local member to cluster through raft', {
            localMemberId: this.options.memberId,
            localMemberAttributes: { name, clientUrls },
            clusterId: this.options.clusterId,
          });
          this.resolvePublished();
        },
        () => {
          const retry = setTimeout(attempt, 500);
          this.disposables.defer(() => {
            clearTimeout(retry);
          });
        },
      );
    };
    attempt();
  }

  private resolvePublished: () => void = () => undefined;

  /** Settles once this member's publish entry is applied (etcd's ReadyNotify); never on close. */
  readonly published: Promise<void> = new Promise((resolve) => {
    this.resolvePublished = resolve;
  });

  // ---- membership ----

  members(): Member[] {
    return this.membership.list();
  }

  /** Whether the applied log removed member `id` (etcd's IsIDRemoved). */
  isMemberRemoved(id: bigint): boolean {
    return this.membership.isRemoved(id);
  }

  private removedSelfNoticed = false;

  /** Tells the agent, once, that this member was removed; true if it was. */
  private noticeRemovedSelf(): boolean {
    if (!this.membership.isRemoved(this.options.memberId)) return false;
    if (this.removedSelfNoticed) return true;
    this.removedSelfNoticed = true;
    this.logger.warn('removed local member from the cluster', {
      localMemberId: toHex(this.options.memberId),
      clusterId: toHex(this.options.clusterId),
    });
    this.options.onRemovedSelf?.();
    return true;
  }

  memberListResponse(): etcdserverpb.IMemberListResponse {
    return { header: this.header(0), members: this.membership.list().map(memberToProto) };
  }

  async memberAdd(
    peerUrls: string[],
    isLearner: boolean,
  ): Promise<etcdserverpb.IMemberAddResponse> {
    if (peerUrls.length === 0 || peerUrls.some((u) => !isHttpUrl(u)))
      throw Errors.invalidPeerUrls();
    const taken = new Set(this.membership.list().flatMap((m) => m.peerUrls));
    if (peerUrls.some((u) => taken.has(u))) throw Errors.peerUrlExists();
    // Like etcd, a member added at run time mixes the time into its ID.
    const id = memberIdFor(peerUrls, this.options.clusterToken, Math.floor(Date.now() / 1000));
    if (this.membership.get(id) || this.membership.isRemoved(id)) throw Errors.memberIdExists();
    const member = { id, name: '', peerUrls, clientUrls: [], isLearner };
    this.mayAddMember(member);
    const list = await this.changeMembership(isLearner ? 'add-learner' : 'add-node', member);
    return { ...list, member: memberToProto(member) };
  }

  async memberRemove(id: bigint): Promise<etcdserverpb.IMemberRemoveResponse> {
    const member = this.membership.get(id);
    if (!member) throw Errors.memberNotFound();
    this.mayRemoveMember(member);
    return this.changeMembership('remove-node', member);
  }

  async memberPromote(id: bigint): Promise<etcdserverpb.IMemberPromoteResponse> {
    const member = this.membership.get(id);
    if (!member) throw Errors.memberNotFound();
    if (!member.isLearner) throw Errors.memberNotLearner();
    // etcd promotes a learner only once its log is within 90% of the leader's.
    const matches = this.log.followerMatches();
    const leaderIndex = this.log.status().commitIndex;
    const match = matches?.get(id) ?? 0;
    if (!matches || match < leaderIndex * 0.9) throw Errors.learnerNotReady();
    this.mayPromoteMember(member);
    return this.changeMembership('add-node', { ...member, isLearner: false });
  }

  // etcd's strict reconfiguration checks (mayAddMember, mayRemoveMember, mayPromoteMember). A
  // member is started once it published its name; connected once this member's stream to it
  // has been up for etcd's health interval.

  private get strictReconfig(): boolean {
    return this.options.strictReconfigCheck !== false;
  }

  private votingMembers(): Member[] {
    return this.membership.list().filter((m) => !m.isLearner);
  }

  private connectedVoters(): number {
    const since = Date.now() - healthIntervalMs;
    return this.votingMembers().filter((m) => {
      if (m.id === this.options.memberId) return true;
      const activeSince = this.log.peerActiveSince(m.id);
      return activeSince !== undefined && activeSince < since;
    }).length;
  }

  private refuseReconfig(what: string, member: Member, error: EtcdError): never {
    this.logger.warn(`rejecting member ${what} request`, {
      member: member.id,
      peerUrls: member.peerUrls,
      error: error.message,
    });
    throw error;
  }

  private mayAddMember(member: Member): void {
    if (!this.strictReconfig) return;
    const voters = this.votingMembers();
    if (!member.isLearner) {
      // A quorum of the voters after the change must be started; a one-member cluster may grow.
      const started = voters.filter((m) => m.name !== '').length;
      const after = voters.length + 1;
      if (!(started === 1 && after === 2) && started < Math.floor(after / 2) + 1)
        this.refuseReconfig('add', member, Errors.notEnoughStartedMembers());
    }
    if (this.connectedVoters() !== voters.length)
      this.refuseReconfig('add', member, Errors.unhealthyCluster());
  }

  private mayRemoveMember(member: Member): void {
    if (!this.strictReconfig || member.isLearner) return;
    const voters = this.votingMembers();
    const others = voters.filter((m) => m.id !== member.id);
    const started = others.filter((m) => m.name !== '').length;
    if (started < Math.floor(others.length / 2) + 1)
      this.refuseReconfig('remove', member, Errors.notEnoughStartedMembers());
    // A member that is down is not part of the active quorum: removing it is safe.
    if (member.id !== this.options.memberId && this.log.peerActiveSince(member.id) === undefined)
      return;
    if (this.connectedVoters() - 1 < 1 + Math.floor((voters.length - 1) / 2))
      this.refuseReconfig('remove', member, Errors.unhealthyCluster());
  }

  private mayPromoteMember(member: Member): void {
    if (!this.strictReconfig) return;
    // The learner counts as a started voter of the future configuration.
    const voters = this.votingMembers();
    const started = voters.filter((m) => m.name !== '').length + 1;
    if (started < Math.floor((voters.length + 1) / 2) + 1)
      this.refuseReconfig('promote', member, Errors.notEnoughStartedMembers());
  }

  async memberUpdate(id: bigint, peerUrls: string[]): Promise<etcdserverpb.IMemberUpdateResponse> {
    if (!this.membership.get(id)) throw Errors.memberNotFound();
    if (peerUrls.length === 0 || peerUrls.some((u) => !isHttpUrl(u)))
      throw Errors.invalidPeerUrls();
    const taken = new Set(
      this.membership
        .list()
        .filter((m) => m.id !== id)
        .flatMap((m) => m.peerUrls),
    );
    if (peerUrls.some((u) => taken.has(u))) throw Errors.peerUrlExists();
    return this.propose({ memberAttributes: { memberId: fromBigInt(id, true), peerUrls } });
  }

  private changeMembership(
    type: 'add-node' | 'add-learner' | 'remove-node',
    member: Member,
  ): Promise<etcdserverpb.IMemberListResponse> {
    const requestId = this.ids.nextId();
    const cc = {
      transition: 'auto' as const,
      changes: [{ type, nodeId: member.id }],
      context: encodeMemberContext(member, requestId),
    };
    return this.submit(requestId, () => {
      this.log.proposeConfChange(cc);
    });
  }

  private promoting = false;

  private promoteLearnersInSync(): void {
    if (!this.isLeader || this.promoting || this.closed) return;
    const members = this.membership.list();
    const voters = members.filter((m) => !m.isLearner).length;
    const wanted = members.length >= 5 ? 5 : members.length >= 3 ? 3 : members.length;
    if (voters >= wanted) return;
    const matches = this.log.followerMatches();
    const commit = this.log.status().commitIndex;
    const ready = members.find((m) => m.isLearner && (matches?.get(m.id) ?? 0) >= commit * 0.9);
    if (!ready) return;
    this.promoting = true;
    this.memberPromote(ready.id)
      .then(() => {
        this.logger.info('promoted learner', { member: ready.id, voters: voters + 1 });
      })
      .catch((err: unknown) => {
        this.logger.warn('could not promote learner', { member: ready.id, error: String(err) });
      })
      .finally(() => {
        this.promoting = false;
      });
  }

  /**
   * etcd's graceful stop: a leader first hands leadership to another voter, so that the cluster
   * does not wait out an election timeout (and, with a member just restarted, several) before it
   * can write again. Best effort, for at most two election timeouts.
   */
  async handOverLeadership(): Promise<void> {
    if (!this.isLeader || this.closed) return;
    const voters = this.membership
      .list()
      .filter((m) => !m.isLearner && m.id !== this.options.memberId)
      .map((m) => m.id);
    // The one in touch the longest, as etcd picks: not one that has just (re)started.
    const to = this.log.longestConnected(voters);
    if (to === undefined) return;
    await this.moveLeader(to, 2 * this.options.electionTimeoutMs).catch((err: unknown) => {
      this.logger.warn('could not hand over leadership before stopping', { err });
    });
  }

  /** Maintenance.MoveLeader: the leader hands over to `to`, which must be a voting member. */
  async moveLeader(to: bigint, timeoutMs = this.options.requestTimeoutMs): Promise<void> {
    if (!this.isLeader) throw Errors.notLeader();
    const target = this.membership.get(to);
    if (!target || target.isLearner) throw Errors.badLeaderTransferee();
    if (to === this.options.memberId) return;
    this.log.transferLeadership(to);
    const deadline = Date.now() + timeoutMs;
    while (this.log.status().leaderId !== to) {
      if (Date.now() > deadline) throw Errors.timeout();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Takes up the state a snapshot from the leader wrote into the backend: the store, leases,
   * alarms and members are read again, and every watcher catches up from the new store's history
   * from the revision it had reached.
   */
  async reloadFromBackend(appliedIndex: number): Promise<void> {
    await this.store.flush().catch(() => undefined);
    await this.store.reload();
    this.lessor.clear();
    await this.restoreLeases();
    this.alarms = decodeAlarms(this.backend.get(alarmsKey));
    this.membership = Membership.load(this.backend.get(membersKey));
    await this.auth.load(this.backend);
    this.appliedIndex = appliedIndex;
    this.watchHub.resync();
    this.options.onMembersChanged?.(this.membership.list());
    this.noticeRemovedSelf();
    if (this.log.isLeader) this.lessor.promote();
    for (const resolve of this.applyWaiters.splice(0)) resolve();
  }

  /**
   * Maintenance.Snapshot: the member's state as clusterd's snapshot file. Everything applied so
   * far is flushed to the backend first, so the snapshot holds at least every write acknowledged
   * before the call; it is then one moment of the backend, however long it streams while writes
   * go on. The caller owns the source: it streams it to the end or closes it.
   */
  async snapshot(): Promise<SnapshotSource> {
    if (this.closed) throw Errors.stopped();
    await this.store.flush();
    return SnapshotSource.open(this.backend.view(), {
      clusterId: this.options.clusterId,
      memberId: this.options.memberId,
    });
  }

  private async restoreLeases(): Promise<void> {
    for await (const [key, value] of this.backend.scan(prefixRange(Prefix.lease))) {
      this.lessor.grant(key.readBigUInt64BE(1), leaseRecordTtl(value));
    }
    // Attach every live key to its lease: the lease's keys are derived state.
    this.store.forEachKeyAt('', null, this.store.currentRevision, (ki, at) => {
      const kv = this.store.readKv(at.modified);
      if (kv && kv.lease !== 0n) this.lessor.attach(ki.key, kv.lease);
    });
  }

  header(revision = this.store.currentRevision): etcdserverpb.IResponseHeader {
    return {
      clusterId: this.headerClusterId,
      memberId: this.headerMemberId,
      revision,
      raftTerm: this.log.status().term,
    };
  }

  /** A learner replicates but serves clients only Status and serializable reads (as etcd). */
  get isLearner(): boolean {
    return this.membership.get(this.options.memberId)?.isLearner ?? false;
  }

  /** True once close() began: what is still in flight ends with "server stopped". */
  get isStopped(): boolean {
    return this.closed;
  }

  get isLeader(): boolean {
    return this.log.isLeader;
  }

  get leaderId(): bigint {
    return this.log.status().leaderId;
  }

  /** The Raft commit index: what etcd's Status reports as raftIndex. */
  get commitIndex(): number {
    return this.log.status().commitIndex;
  }

  get applied(): number {
    return this.appliedIndex;
  }

  get activeAlarms(): readonly AlarmMember[] {
    return this.alarms;
  }

  /** The backend's size: the last disk sample plus what was written since, or is about to be. */
  get dbSize(): number {
    return (
      this.dbSizeBytes +
      (this.backend.bytesWritten - this.writtenAtSample) +
      this.store.bytesToWrite
    );
  }

  // ---- reads ----

  /** Waits until local state is at least as new as every write acknowledged before the call. */
  async linearizableBarrier(): Promise<void> {
    const index = await this.log.readIndex();
    while (this.appliedIndex < index) {
      if (this.closed) throw Errors.stopped();
      await this.nextApply();
    }
  }

  private applyWaiters: (() => void)[] = [];

  private nextApply(): Promise<void> {
    return new Promise((resolve) => this.applyWaiters.push(resolve));
  }

  async range(
    req: etcdserverpb.IRangeRequest,
    auth?: AuthInfo,
  ): Promise<etcdserverpb.IRangeResponse> {
    checkRange(req);
    if (!req.serializable) await this.linearizableBarrier();
    if (auth) this.auth.checkRead(auth, latin1(req.key), latin1(req.rangeEnd));
    const response = applyRange(storeView(this.store), req);
    response.header = this.header();
    return response;
  }

  // ---- writes ----

  async put(req: etcdserverpb.IPutRequest, auth?: AuthInfo): Promise<etcdserverpb.IPutResponse> {
    checkPut(req);
    this.checkQuota(putCost(req));
    return this.proposeEntry((id) => encodePutEntry(id, req, auth));
  }

  async deleteRange(
    req: etcdserverpb.IDeleteRangeRequest,
    auth?: AuthInfo,
  ): Promise<etcdserverpb.IDeleteRangeResponse> {
    checkDeleteRange(req);
    return this.propose({ deleteRange: req }, auth);
  }

  async txn(req: etcdserverpb.ITxnRequest, auth?: AuthInfo): Promise<etcdserverpb.ITxnResponse> {
    checkTxn(req, this.options.maxTxnOps);
    if (isReadOnlyTxn(req)) {
      await this.linearizableBarrier();
      if (auth) this.checkTxnAuth(auth, req);
      const ctx: ApplyContext = { store: this.store, lessor: this.lessor };
      const response = applyTxn(ctx, undefined, req);
      response.header = this.header();
      return response;
    }
    this.checkQuota(txnCost(req));
    return this.propose({ txn: req }, auth);
  }

  async compact(req: etcdserverpb.ICompactionRequest): Promise<etcdserverpb.ICompactionResponse> {
    return this.propose({ compaction: req });
  }

  async leaseGrant(
    req: etcdserverpb.ILeaseGrantRequest,
  ): Promise<etcdserverpb.ILeaseGrantResponse> {
    const ttl = toNumber(req.TTL);
    if (ttl > maxLeaseTtlSec) throw Errors.leaseTtlTooLarge();
    this.checkQuota(leaseCost);
    // The ID is chosen before proposing, so every member applies the same one.
    const id = toBigInt(req.ID, true) || randomPositiveId();
    return this.propose({ leaseGrant: { ID: fromBigInt(id), TTL: ttl } });
  }

  async leaseRevoke(
    req: etcdserverpb.ILeaseRevokeRequest,
    auth?: AuthInfo,
  ): Promise<etcdserverpb.ILeaseRevokeResponse> {
    const id = toBigInt(req.ID, true);
    if (!this.lessor.has(id)) throw Errors.leaseNotFound();
    return this.propose({ leaseRevoke: { ID: fromBigInt(id) } }, auth);
  }

  // ---- auth ----

  /**
   * The AuthInfo of a client request (etcd's AuthInfoFromCtx): the user its `token` metadata
   * stands for, or without one the common name of its client certificate (with
   * --client-cert-auth), or nobody (revision 0). `certificateName` is asked only then: reading a
   * TLS connection's certificate costs on every request.
   */
  authInfo(token: string | undefined, certificateName?: () => string | undefined): AuthInfo {
    if (token === undefined) {
      // etcd's AuthInfoFromTLS: the first verified chain's common name, at the current revision.
      const name = this.options.clientCertAuth ? certificateName?.() : undefined;
      return name
        ? { username: name, revision: this.auth.revision }
        : { username: '', revision: 0 };
    }
    const jwt = this.options.authToken?.type === 'jwt' ? this.options.authToken.tokens : undefined;
    // A JWT carries the auth revision it was issued at: older than the store's is "old revision".
    if (jwt) return jwt.claims(token);
    return { username: this.auth.userOfToken(token), revision: this.auth.revision };
  }

  /** Every key a txn reads (compares, ranges, prev_kv) or writes, at any depth (etcd 3.4's rules). */
  private checkTxnAuth(auth: AuthInfo, req: etcdserverpb.ITxnRequest): void {
    for (const c of req.compare ?? []) this.auth.checkRead(auth, latin1(c.key), latin1(c.rangeEnd));
    for (const op of [...(req.success ?? []), ...(req.failure ?? [])]) {
      if (op.requestRange) {
        this.auth.checkRead(auth, latin1(op.requestRange.key), latin1(op.requestRange.rangeEnd));
      } else if (op.requestPut) {
        this.checkPutAuth(auth, op.requestPut);
      } else if (op.requestDeleteRange) {
        this.checkDeleteAuth(auth, op.requestDeleteRange);
      } else if (op.requestTxn) {
        this.checkTxnAuth(auth, op.requestTxn);
      }
    }
  }

  private checkPutAuth(auth: AuthInfo, req: etcdserverpb.IPutRequest): void {
    const key = latin1(req.key);
    this.auth.checkWrite(auth, key, '');
    // A lease with keys this user may not write is one it may not attach to (etcd's checkLeasePuts).
    this.checkLeaseAuth(auth, toBigInt(req.lease, true));
    if (req.prevKv) this.auth.checkRead(auth, key, '');
  }

  private checkDeleteAuth(auth: AuthInfo, req: etcdserverpb.IDeleteRangeRequest): void {
    this.auth.checkWrite(auth, latin1(req.key), latin1(req.rangeEnd));
    if (req.prevKv) this.auth.checkRead(auth, latin1(req.key), latin1(req.rangeEnd));
  }

  private checkLeaseAuth(auth: AuthInfo, id: bigint): void {
    if (id === 0n) return;
    for (const key of this.lessor.get(id)?.keys ?? []) this.auth.checkWrite(auth, key, '');
  }

  /** The checks a logged request passes at apply time, against the auth state of that moment. */
  private checkAppliedAuth(req: clusterdpb.InternalRequest, kind: RequestKind): void {
    const a = req.auth;
    if (!a) return; // the server's own request
    const auth: AuthInfo = { username: a.username ?? '', revision: toNumber(a.authRevision) };
    switch (kind) {
      case 'put':
        this.checkPutAuth(auth, req.put!);
        break;
      case 'deleteRange':
        this.checkDeleteAuth(auth, req.deleteRange!);
        break;
      case 'txn':
        this.checkTxnAuth(auth, req.txn!);
        break;
      case 'leaseRevoke':
        this.checkLeaseAuth(auth, toBigInt(req.leaseRevoke!.ID, true));
        break;
      case 'authEnable':
      case 'authDisable':
      case 'authUserAdd':
      case 'authUserDelete':
      case 'authUserChangePassword':
      case 'authUserGrantRole':
      case 'authUserRevokeRole':
      case 'authRoleAdd':
      case 'authRoleDelete':
      case 'authRoleGrantPermission':
      case 'authRoleRevokePermission':
        this.auth.checkAdmin(auth);
        break;
      // Authenticate checked the password; the rest are the server's own or carry no keys.
      case 'authenticate':
      case 'alarm':
      case 'compaction':
      case 'leaseGrant':
      case 'memberAttributes':
      case 'range':
      case undefined:
        break;
    }
  }

  async authEnable(auth: AuthInfo): Promise<etcdserverpb.IAuthEnableResponse> {
    return this.propose({ authEnable: {} }, auth);
  }

  async authDisable(auth: AuthInfo): Promise<etcdserverpb.IAuthDisableResponse> {
    return this.propose({ authDisable: {} }, auth);
  }

  authStatus(): etcdserverpb.IAuthStatusResponse {
    return { header: this.header(), ...this.auth.status() };
  }

  /**
   * Checks the password here (bcrypt is slow: not in the apply loop), then logs the token this
   * member chose so that every member knows it (etcd's simple token provider).
   */
  async authenticate(
    req: etcdserverpb.IAuthenticateRequest,
  ): Promise<etcdserverpb.IAuthenticateResponse> {
    const name = req.name ?? '';
    const hash = this.auth.passwordHash(name);
    if (!(await bcrypt.compare(req.password ?? '', hash))) throw Errors.authFailed();
    const tokens = this.options.authToken;
    // A JWT needs no member to remember it: the entry only checks, in log order, that auth is on
    // and the user still there, and the token says the auth revision of that moment.
    const simpleToken = tokens?.type === 'jwt' ? '' : newSimpleToken(this.ids.nextId());
    const res = await this.propose<etcdserverpb.IAuthenticateResponse>({
      authenticate: { name, simpleToken },
    });
    const token =
      tokens?.type === 'jwt'
        ? tokens.tokens.sign({ username: name, revision: this.auth.revision })
        : simpleToken;
    return { ...res, token };
  }

  private hashPassword(password: string): Promise<Buffer> {
    return bcrypt
      .hash(password, this.options.bcryptCost ?? 10)
      .then((h) => Buffer.from(h, 'latin1'));
  }

  async userAdd(
    req: etcdserverpb.IAuthUserAddRequest,
    auth: AuthInfo,
  ): Promise<etcdserverpb.IAuthUserAddResponse> {
    const noPassword = req.options?.noPassword === true;
    if (!req.name) throw Errors.userEmpty();
    const hashedPassword = noPassword
      ? Buffer.alloc(0)
      : await this.hashPassword(req.password ?? '');
    return this.propose(
      { authUserAdd: { name: req.name, hashedPassword, options: { noPassword } } },
      auth,
    );
  }

  async userChangePassword(
    req: etcdserverpb.IAuthUserChangePasswordRequest,
    auth: AuthInfo,
  ): Promise<etcdserverpb.IAuthUserChangePasswordResponse> {
    const hashedPassword = await this.hashPassword(req.password ?? '');
    return this.propose({ authUserChangePassword: { name: req.name ?? '', hashedPassword } }, auth);
  }

  /** The auth changes without a password: each one log entry. */
  async authChange<T>(
    request: Omit<clusterdpb.IInternalRequest, 'id' | 'auth'>,
    auth: AuthInfo,
  ): Promise<T> {
    return this.propose(request, auth);
  }

  async userGet(name: string, auth: AuthInfo): Promise<etcdserverpb.IAuthUserGetResponse> {
    await this.linearizableBarrier();
    this.auth.checkUserGet(auth, name);
    return { header: this.header(), roles: this.auth.userGet(name) };
  }

  async userList(auth: AuthInfo): Promise<etcdserverpb.IAuthUserListResponse> {
    await this.linearizableBarrier();
    this.auth.checkAdmin(auth);
    return { header: this.header(), users: this.auth.userList() };
  }

  async roleGet(role: string, auth: AuthInfo): Promise<etcdserverpb.IAuthRoleGetResponse> {
    await this.linearizableBarrier();
    this.auth.checkRoleGet(auth, role);
    return { header: this.header(), perm: this.auth.roleGet(role) };
  }

  async roleList(auth: AuthInfo): Promise<etcdserverpb.IAuthRoleListResponse> {
    await this.linearizableBarrier();
    this.auth.checkAdmin(auth);
    return { header: this.header(), roles: this.auth.roleList() };
  }

  /** KeepAlive: the leader renews; the remaining TTL, or 0 for an unknown lease. */
  leaseRenew(id: bigint): number {
    this.checkLeadership();
    if (!this.wasLeader) throw Errors.notLeader();
    return this.lessor.renew(id);
  }

  leaseTimeToLive(id: bigint, withKeys: boolean): etcdserverpb.ILeaseTimeToLiveResponse {
    this.checkLeadership();
    const lease = this.lessor.get(id);
    if (!lease) return { header: this.header(), ID: fromBigInt(id), TTL: -1 };
    return {
      header: this.header(),
      ID: fromBigInt(id),
      TTL: this.lessor.remainingSec(id),
      grantedTTL: lease.ttlSec,
      keys: withKeys ? [...lease.keys].sort().map((k) => Buffer.from(k, 'latin1')) : [],
    };
  }

  async alarm(req: etcdserverpb.IAlarmRequest): Promise<etcdserverpb.IAlarmResponse> {
    if ((req.action ?? AlarmRequest.AlarmAction.GET) === AlarmRequest.AlarmAction.GET) {
      // etcd 3.4 answers every Alarm request without a header (etcdctl -w json prints `{}`).
      return { alarms: this.alarmList() };
    }
    return this.propose({ alarm: req });
  }

  alarmList(): etcdserverpb.IAlarmMember[] {
    return this.alarms.map((a) => ({ memberID: fromBigInt(a.memberId, true), alarm: a.alarm }));
  }

  /**
   * etcd's quota: a request that adds `cost` bytes is refused over the quota, and while the NOSPACE
   * alarm is raised unless it adds nothing (a txn that only deletes runs then, as in etcd's capped
   * applier, once the store is back under the quota).
   */
  private checkQuota(cost: number): void {
    if (cost > 0 && this.alarms.some((a) => a.alarm === AlarmType.NOSPACE)) throw Errors.noSpace();
    // The disk is sampled once a second; count what was written since, so writes stop near the quota.
    if (this.dbSize + cost > this.options.quotaBackendBytes) {
      // Like etcd: the first request over the quota raises the NOSPACE alarm for this member.
      this.raiseNoSpace();
      throw Errors.noSpace();
    }
  }

  private raiseNoSpace(): void {
    const req = {
      action: AlarmRequest.AlarmAction.ACTIVATE,
      memberID: fromBigInt(this.options.memberId),
      alarm: AlarmType.NOSPACE,
    };
    this.propose({ alarm: req }).catch((err: unknown) => {
      this.logger.warn('could not raise the NOSPACE alarm', { error: String(err) });
    });
  }

  private async sampleDbSize(): Promise<void> {
    try {
      const written = this.backend.bytesWritten;
      this.dbSizeBytes = await this.backend.sizeOnDisk();
      this.writtenAtSample = written;
      this.metrics.dbSizeBytes.set(this.dbSizeBytes);
    } catch (err) {
      this.logger.warn('could not measure the database size', { error: String(err) });
    }
  }

  /** Proposes a request and resolves with its applied result. */
  private propose<T>(
    request: Omit<clusterdpb.IInternalRequest, 'id' | 'auth'>,
    auth?: AuthInfo,
  ): Promise<T> {
    return this.proposeEntry((id) =>
      clusterdpb.InternalRequest.encode({
        ...request,
        id: fromBigInt(id, true),
        ...(auth && { auth: { username: auth.username, authRevision: auth.revision } }),
      }).finish(),
    );
  }

  /** Proposes the entry `encode` writes for a fresh request id. */
  private proposeEntry<T>(encode: (id: bigint) => Uint8Array): Promise<T> {
    const id = this.ids.nextId();
    const data = encode(id);
    if (data.length > this.options.maxRequestBytes) return Promise.reject(Errors.requestTooLarge());
    return this.submit(id, () => {
      this.log.propose(data);
    });
  }

  /** Registers a waiter under `id`, submits, and resolves with what applying the entry gives. */
  private submit<T>(id: bigint, send: () => void): Promise<T> {
    if (this.closed) return Promise.reject(Errors.stopped());
    if (this.waiters.size >= maxPendingApplyEntries)
      return Promise.reject(Errors.tooManyRequests());
    return new Promise<T>((resolve, reject) => {
      this.waiters.add(id, { resolve, reject });
      try {
        send();
        this.metrics.proposalsPending.set(this.waiters.size);
      } catch (err) {
        this.waiters.take(id);
        this.metrics.proposalsFailed.inc();
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  // ---- apply ----

  /**
   * Applies committed entries in order. All their changes go to the backend in one batch with the
   * new applied index; proposers are answered once their entry is applied in memory (the entry
   * itself is already durable in the log).
   */
  private async applyEntries(entries: CommittedEntry[]): Promise<void> {
    const extraOps: BatchOp[] = [];
    const outcomes: [bigint, ApplyOutcome][] = [];
    const afterFlush: (() => Promise<void>)[] = [];
    const events: MvccEvent[] = [];
    let membersChanged = false;
    for (const entry of entries) {
      if (entry.confChange) {
        const cc = decodeConfChange(entry.data);
        this.membership.applyConfChange(cc, extraOps);
        membersChanged = true;
        const requestId = decodeMemberContext(cc.context)?.requestId;
        if (requestId)
          outcomes.push([BigInt('0x' + requestId), { result: this.memberListResponse() }]);
        continue;
      }
      if (entry.data.length === 0) continue; // an empty entry: a new leader's first
      const req = clusterdpb.InternalRequest.decode(entry.data);
      if (req.memberAttributes) membersChanged = true;
      const startedMs = performance.now();
      const outcome = this.applyRequest(req, extraOps, afterFlush, events);
      const tookMs = performance.now() - startedMs;
      if (tookMs > (this.options.warningApplyDurationMs ?? 100)) this.warnSlowApply(req, tookMs);
      outcomes.push([toBigInt(req.id), outcome]);
    }
    const last = entries[entries.length - 1];
    if (last) this.appliedIndex = last.index;
    this.metrics.proposalsApplied.inc(entries.length);
    this.watchHub.notify(events);
    if (membersChanged) {
      this.options.onMembersChanged?.(this.membership.list());
      this.noticeRemovedSelf();
    }
    for (const [id, outcome] of outcomes) this.settle(id, outcome);
    for (const resolve of this.applyWaiters.splice(0)) resolve();
    extraOps.push({ type: 'put', key: appliedIndexKey, value: u64Value(this.appliedIndex) });
    this.store.stage(extraOps);
    if (afterFlush.length > 0) {
      // A compaction deletes records only once its mark is written.
      await this.store.flush();
      for (const job of afterFlush) await job();
    } else this.flushChangesLater();
  }

  /**
   * The replicated log's next write carries the changes applied now (one LevelDB write per Raft
   * round); if none comes soon, they are written on their own, as etcd's backend commits its batch
   * every 100 ms (--backend-batch-interval). Not writing them at once keeps a synced write off
   * every round; until written, a restart applies their entries again.
   */
  private flushChangesLater(): void {
    this.changesTimer ??= setTimeout(() => {
      this.changesTimer = undefined;
      this.store.flush().catch((err: unknown) => {
        this.logger.error('could not write applied changes', { error: String(err) });
      });
    }, changesWriteDelayMs);
  }

  /** etcd's warning for a request whose apply took longer than expected. */
  private warnSlowApply(req: clusterdpb.InternalRequest, tookMs: number): void {
    this.logger.warn('apply request took too long', {
      took: `${tookMs.toFixed(3)}ms`,
      expectedDuration: `${this.options.warningApplyDurationMs ?? 100}ms`,
      request: req.request,
    });
  }

  private settle(id: bigint, outcome: ApplyOutcome): void {
    const waiter = this.waiters.take(id);
    if (!waiter) return; // proposed by another member, or timed out
    if ('error' in outcome) waiter.reject(outcome.error);
    else if (outcome.ready) {
      outcome.ready.then(
        () => {
          waiter.resolve(outcome.result);
        },
        (err: unknown) => {
          waiter.reject(err);
        },
      );
    } else waiter.resolve(outcome.result);
  }

  private applyRequest(
    req: clusterdpb.InternalRequest,
    extraOps: BatchOp[],
    afterFlush: (() => Promise<void>)[],
    events: MvccEvent[],
  ): ApplyOutcome {
    const ctx: ApplyContext = { store: this.store, lessor: this.lessor };
    const txn = this.store.beginWrite();
    try {
      let result: { header?: etcdserverpb.IResponseHeader | null } = {};
      let ready: Promise<void> | undefined;
      const kind = requestKind(req);
      this.checkAppliedAuth(req, kind);
      if (this.refusedWhileCorrupt(req)) throw Errors.corrupt();
      const auth = this.auth;
      switch (kind) {
        case 'authEnable':
          auth.enable(extraOps);
          break;
        case 'authDisable':
          auth.disable(extraOps);
          break;
        case 'authenticate':
          auth.authenticate(req.authenticate!.name ?? '', req.authenticate!.simpleToken ?? '');
          break;
        case 'authUserAdd': {
          const r = req.authUserAdd!;
          const noPassword = r.options?.noPassword === true;
          auth.userAdd(
            { name: r.name ?? '', hashedPassword: r.hashedPassword ?? Buffer.alloc(0), noPassword },
            extraOps,
          );
          break;
        }
        case 'authUserDelete':
          auth.userDelete(req.authUserDelete!.name ?? '', extraOps);
          break;
        case 'authUserChangePassword': {
          const r = req.authUserChangePassword!;
          auth.userChangePassword(r.name ?? '', r.hashedPassword ?? Buffer.alloc(0), extraOps);
          break;
        }
        case 'authUserGrantRole':
          auth.userGrantRole(
            req.authUserGrantRole!.user ?? '',
            req.authUserGrantRole!.role ?? '',
            extraOps,
          );
          break;
        case 'authUserRevokeRole':
          auth.userRevokeRole(
            req.authUserRevokeRole!.name ?? '',
            req.authUserRevokeRole!.role ?? '',
            extraOps,
          );
          break;
        case 'authRoleAdd':
          auth.roleAdd(req.authRoleAdd!.name ?? '', extraOps);
          break;
        case 'authRoleDelete':
          auth.roleDelete(req.authRoleDelete!.role ?? '', extraOps);
          break;
        case 'authRoleGrantPermission':
          auth.roleGrantPermission(req.authRoleGrantPermission!, extraOps);
          break;
        case 'authRoleRevokePermission':
          auth.roleRevokePermission(req.authRoleRevokePermission!, extraOps);
          break;
        case 'put':
          result = applyPut(ctx, txn, req.put!);
          break;
        case 'deleteRange':
          result = applyDeleteRange(ctx, txn, req.deleteRange!);
          break;
        case 'txn':
          result = applyTxn(ctx, txn, req.txn!);
          break;
        case 'compaction': {
          const physical = this.applyCompaction(req.compaction!, afterFlush);
          result = {};
          if (req.compaction!.physical) ready = physical;
          else
            physical.catch((err: unknown) => {
              this.logger.error('compaction failed', { error: String(err) });
            });
          break;
        }
        case 'leaseGrant':
          result = this.applyLeaseGrant(req.leaseGrant!, extraOps);
          break;
        case 'leaseRevoke':
          result = this.applyLeaseRevoke(txn, req.leaseRevoke!, extraOps);
          break;
        case 'alarm':
          result = this.applyAlarm(req.alarm!, extraOps);
          break;
        case 'memberAttributes': {
          const a = req.memberAttributes!;
          const known = this.membership.applyAttributes(
            toBigInt(a.memberId),
            { name: a.name ?? '', clientUrls: a.clientUrls ?? [], peerUrls: a.peerUrls ?? [] },
            extraOps,
          );
          if (!known) throw Errors.memberNotFound();
          result = this.memberListResponse();
          break;
        }
        case 'range':
        case undefined:
          throw new Error(`log entry ${String(req.id)} holds no write request`);
      }
      result.header = this.header(txn.end());
      events.push(...txn.events);
      return ready ? { result, ready } : { result };
    } catch (err) {
      txn.end();
      events.push(...txn.events);
      if (err instanceof EtcdError) return { error: err };
      const mapped = mapStoreError(err);
      if (mapped instanceof EtcdError) return { error: mapped };
      throw err;
    }
  }

  /**
   * etcd's applierV3Corrupt: while a CORRUPT alarm is raised, writes, compactions and lease
   * grants and revokes fail (reads are served). Decided at apply time from the applied alarms, so
   * every member decides alike.
   */
  private refusedWhileCorrupt(req: clusterdpb.InternalRequest): boolean {
    return (
      this.alarms.some((a) => a.alarm === AlarmType.CORRUPT) &&
      req.request !== undefined &&
      refusedByCorruptCluster.has(req.request)
    );
  }

  /** Compacts the index now; returns a promise that the records are deleted after the flush. */
  private applyCompaction(
    req: etcdserverpb.ICompactionRequest,
    afterFlush: (() => Promise<void>)[],
  ): Promise<void> {
    const revision = toNumber(req.revision);
    const deleteRecords = this.store.compact(revision);
    return new Promise((resolve, reject) => {
      afterFlush.push(async () => {
        try {
          await deleteRecords();
          this.logger.info('finished scheduled compaction', { revision });
          resolve();
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    });
  }

  private applyLeaseGrant(
    req: etcdserverpb.ILeaseGrantRequest,
    extraOps: BatchOp[],
  ): etcdserverpb.ILeaseGrantResponse {
    const id = toBigInt(req.ID, true);
    if (this.lessor.has(id)) throw Errors.leaseExists();
    const lease = this.lessor.grant(id, toNumber(req.TTL));
    extraOps.push({ type: 'put', key: leaseKey(id), value: leaseRecord(lease.ttlSec) });
    return { ID: fromBigInt(id), TTL: lease.ttlSec };
  }

  private applyLeaseRevoke(
    txn: ReturnType<MvccStore['beginWrite']>,
    req: etcdserverpb.ILeaseRevokeRequest,
    extraOps: BatchOp[],
  ): etcdserverpb.ILeaseRevokeResponse {
    const id = toBigInt(req.ID, true);
    const lease = this.lessor.revoke(id);
    if (!lease) throw Errors.leaseNotFound();
    // All keys go in one revision, in key order so every member deletes identically.
    for (const key of [...lease.keys].sort()) txn.deleteRange(key, undefined);
    extraOps.push({ type: 'del', key: leaseKey(id) });
    return {};
  }

  private applyAlarm(
    req: etcdserverpb.IAlarmRequest,
    extraOps: BatchOp[],
  ): etcdserverpb.IAlarmResponse {
    const memberId = toBigInt(req.memberID);
    const alarm = req.alarm ?? AlarmType.NONE;
    const matches = (a: AlarmMember): boolean =>
      (memberId === 0n || a.memberId === memberId) &&
      (alarm === AlarmType.NONE || a.alarm === alarm);
    let changed: AlarmMember[];
    if (req.action === AlarmRequest.AlarmAction.ACTIVATE) {
      if (alarm === AlarmType.NONE) return { alarms: [] };
      const entry = { memberId, alarm };
      if (!this.alarms.some((a) => a.memberId === memberId && a.alarm === alarm)) {
        if (!this.alarms.some((a) => a.alarm === alarm)) {
          this.logger.warn('alarm raised', {
            alarm: etcdserverpb.AlarmType[alarm],
            from: memberId,
          });
        }
        this.alarms.push(entry);
      }
      changed = [entry];
    } else {
      changed = this.alarms.filter(matches);
      this.alarms = this.alarms.filter((a) => !matches(a));
    }
    extraOps.push({ type: 'put', key: alarmsKey, value: encodeAlarms(this.alarms) });
    return {
      alarms: changed.map((a) => ({ memberID: fromBigInt(a.memberId, true), alarm: a.alarm })),
    };
  }

  // ---- leader duties ----

  /**
   * Notices a change of leadership. A member that leads a new term takes over the lease clocks
   * (etcd's lessor.Promote) before it renews, answers for or expires any lease: the expiry times
   * it holds as a follower are those of the grant, not of the old leader's renewals. Called on a
   * timer and before every lease-clock access, so there is no window between the two.
   */
  private checkLeadership(): void {
    const leader = this.log.isLeader;
    const term = this.log.status().term;
    if (leader && (!this.wasLeader || term !== this.leaderTerm)) this.lessor.promote();
    this.wasLeader = leader;
    this.leaderTerm = leader ? term : 0;
    this.metrics.isLeader.set(leader ? 1 : 0);
    const leaderId = this.log.status().leaderId;
    this.metrics.hasLeader.set(leaderId !== 0n ? 1 : 0);
    // As etcd counts them: every new leader seen, the first election included.
    if (leaderId !== 0n && leaderId !== this.lastLeaderId) this.metrics.leaderChanges.inc();
    this.lastLeaderId = leaderId;
  }

  private expireLeases(): void {
    this.checkLeadership();
    if (!this.wasLeader || this.closed) return;
    const limit = Math.ceil((leaseRevokesPerSecond * leaseCheckIntervalMs) / 1000);
    for (const id of this.lessor.takeExpired(limit)) {
      this.propose({ leaseRevoke: { ID: fromBigInt(id) } }).catch((err: unknown) => {
        if (err instanceof EtcdError && err.message === Errors.leaseNotFound().message) return;
        this.lessor.retryRevoke(id);
        // While a CORRUPT alarm stops every write, saying so for each lease is only noise.
        if (err instanceof EtcdError && err.message === Errors.corrupt().message) return;
        this.logger.warn('could not revoke expired lease', { lease: id, error: String(err) });
      });
    }
  }

  /** Prometheus text, with the gauges that are cheaper to read than to keep current. */
  renderMetrics(): string {
    const m = this.metrics;
    m.currentRevision.set(this.store.currentRevision);
    m.compactRevision.set(this.store.compactRevision);
    m.keysTotal.set(this.store.liveKeyCount);
    m.watchers.set(this.watchHub.watcherCount);
    m.leases.set(this.lessor.size);
    m.proposalsPending.set(this.waiters.size);
    m.dbSizeBytes.set(this.dbSize);
    return m.registry.render();
  }

  /** etcd's defragment: here, LevelDB compacts its files so deleted history frees disk space. */
  async defragment(): Promise<void> {
    await this.store.flush();
    await this.backend.compactFiles();
    await this.sampleDbSize();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.disposables.dispose();
    this.watchHub.closeAll(Errors.stopped().message);
    await this.log.close();
    this.waiters.rejectAll(Errors.stopped());
    for (const resolve of this.applyWaiters.splice(0)) resolve();
    clearTimeout(this.changesTimer);
    await this.store.flush().catch(() => undefined);
  }
}

type RequestKind = clusterdpb.InternalRequest['request'];

/**
 * The entry's kind. protobufjs's oneof getter lists the message's own keys on every call, so puts,
 * most entries, are told apart without it.
 */
function requestKind(req: clusterdpb.InternalRequest): RequestKind {
  return req.put ? 'put' : req.request;
}

function encodeAlarms(alarms: AlarmMember[]): Buffer {
  const b = Buffer.alloc(alarms.length * 12);
  alarms.forEach((a, i) => {
    b.writeBigUInt64BE(a.memberId, i * 12);
    b.writeUInt32BE(a.alarm, i * 12 + 8);
  });
  return b;
}

/** Alarm codes as stored, back to the enum (an unknown code is treated as corruption). */
const storedAlarmTypes: Partial<Record<number, etcdserverpb.AlarmType>> = {
  [AlarmType.NOSPACE]: AlarmType.NOSPACE,
  [AlarmType.CORRUPT]: AlarmType.CORRUPT,
};

function decodeAlarms(b: Buffer | undefined): AlarmMember[] {
  const alarms: AlarmMember[] = [];
  if (!b) return alarms;
  for (let i = 0; i + 12 <= b.length; i += 12) {
    alarms.push({
      memberId: b.readBigUInt64BE(i),
      alarm: storedAlarmTypes[b.readUInt32BE(i + 8)] ?? AlarmType.CORRUPT,
    });
  }
  return alarms;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    // etcd's types.NewURLs: http, or https for members with peer TLS.
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.port !== '';
  } catch {
    return false;
  }
}

/** What a lease grant adds (etcd's leaseOverhead in its quota). */
const leaseCost = 64;

/** A put writes its key and value twice here: in its log entry and in its history record. */
function putCost(req: etcdserverpb.IPutRequest): number {
  return 2 * ((req.key?.length ?? 0) + (req.value?.length ?? 0));
}

/** What a txn may write: the puts of its costlier branch, nested txns included (etcd's costTxnReq). */
function txnCost(req: etcdserverpb.ITxnRequest): number {
  const branch = (ops: etcdserverpb.IRequestOp[] | null | undefined): number => {
    let cost = 0;
    for (const op of ops ?? []) {
      if (op.requestPut) cost += putCost(op.requestPut);
      else if (op.requestTxn) cost += txnCost(op.requestTxn);
    }
    return cost;
  };
  return Math.max(branch(req.success), branch(req.failure));
}
