// The Maintenance service: status, alarms, defragment, hashes, leader transfer and snapshots.
// Calls that describe one member take an `endpoint` to ask that member only.
import { etcdserverpb } from '../gen/etcd.js';
import { maintenanceService } from '../api/services.js';
import { type ResponseHeader, toBigInt, toHeader, fromBigInt, toNumber } from './convert.js';
import { toEtcdError } from './errors.js';
import type { CallOptions, Transport } from './transport.js';

export interface StatusResult {
  header: ResponseHeader;
  version: string;
  dbSize: number;
  leader: bigint;
  raftIndex: number;
  raftTerm: number;
  raftAppliedIndex: number;
  errors: string[];
  dbSizeInUse: number;
  isLearner: boolean;
}

export type AlarmType = 'none' | 'nospace' | 'corrupt';

export interface AlarmMember {
  memberId: bigint;
  alarm: AlarmType;
}

export interface HashKVResult {
  header: ResponseHeader;
  hash: number;
  compactRevision: number;
}

const alarmNames: Record<number, AlarmType> = {
  [etcdserverpb.AlarmType.NONE]: 'none',
  [etcdserverpb.AlarmType.NOSPACE]: 'nospace',
  [etcdserverpb.AlarmType.CORRUPT]: 'corrupt',
};

const alarmTypes: Record<AlarmType, etcdserverpb.AlarmType> = {
  none: etcdserverpb.AlarmType.NONE,
  nospace: etcdserverpb.AlarmType.NOSPACE,
  corrupt: etcdserverpb.AlarmType.CORRUPT,
};

export class Maintenance {
  constructor(private readonly transport: Transport) {}

  /** The status of one member: the endpoint given, or the active one. */
  async status(call?: CallOptions): Promise<StatusResult> {
    const res = await this.transport.unary(maintenanceService.Status, {}, call);
    return {
      header: toHeader(res.header),
      version: res.version,
      dbSize: toNumber(res.dbSize),
      leader: toBigInt(res.leader),
      raftIndex: toNumber(res.raftIndex),
      raftTerm: toNumber(res.raftTerm),
      raftAppliedIndex: toNumber(res.raftAppliedIndex),
      errors: [...res.errors],
      dbSizeInUse: toNumber(res.dbSizeInUse),
      isLearner: res.isLearner,
    };
  }

  /** The active alarms of the cluster. */
  async alarmList(call?: CallOptions): Promise<AlarmMember[]> {
    const res = await this.transport.unary(
      maintenanceService.Alarm,
      { action: etcdserverpb.AlarmRequest.AlarmAction.GET, memberID: 0, alarm: 0 },
      call,
    );
    return toAlarms(res.alarms);
  }

  /** Clears an alarm (memberId 0n and alarm 'none': all of them); returns the alarms cleared. */
  async alarmDisarm(
    memberId: bigint,
    alarm: AlarmType,
    call?: CallOptions,
  ): Promise<AlarmMember[]> {
    const res = await this.transport.unary(
      maintenanceService.Alarm,
      {
        action: etcdserverpb.AlarmRequest.AlarmAction.DEACTIVATE,
        memberID: fromBigInt(memberId, true),
        alarm: alarmTypes[alarm],
      },
      call,
    );
    return toAlarms(res.alarms);
  }

  async defragment(call?: CallOptions): Promise<{ header: ResponseHeader }> {
    const res = await this.transport.unary(maintenanceService.Defragment, {}, call);
    return { header: toHeader(res.header) };
  }

  /** The hash of the key space up to `revision` (0: current). */
  async hashKV(revision = 0, call?: CallOptions): Promise<HashKVResult> {
    const res = await this.transport.unary(maintenanceService.HashKV, { revision }, call);
    return {
      header: toHeader(res.header),
      hash: res.hash >>> 0,
      compactRevision: toNumber(res.compactRevision),
    };
  }

  /**
   * Maintenance.Snapshot of one member (the endpoint given, or the active one): the bytes of its
   * snapshot as they arrive, in order; the last 32 are the SHA-256 of all before them (etcd's
   * stream). Only connecting is bounded by the dial timeout; `timeoutMs` bounds the whole
   * transfer. Leaving the loop early cancels the call.
   */
  async *snapshot(call: CallOptions = {}): AsyncGenerator<Buffer> {
    const endpoint = call.endpoint ?? this.transport.pool.active;
    const deadline = call.timeoutMs === undefined ? undefined : Date.now() + call.timeoutMs;
    await this.transport.connectWithToken(
      endpoint,
      deadline ?? Date.now() + this.transport.dialTimeoutMs,
    );
    const stream = this.transport.openServerStream(
      endpoint,
      maintenanceService.Snapshot,
      {},
      deadline,
    );
    try {
      for await (const res of stream as AsyncIterable<etcdserverpb.SnapshotResponse>) {
        yield Buffer.from(res.blob.buffer, res.blob.byteOffset, res.blob.byteLength);
      }
    } catch (err) {
      throw toEtcdError(err);
    } finally {
      stream.cancel();
    }
  }

  /** Asks the leader to hand leadership to `targetId`; must be sent to the leader. */
  async moveLeader(targetId: bigint, call?: CallOptions): Promise<{ header: ResponseHeader }> {
    const res = await this.transport.unary(
      maintenanceService.MoveLeader,
      { targetID: fromBigInt(targetId, true) },
      call,
    );
    return { header: toHeader(res.header) };
  }
}

function toAlarms(alarms: etcdserverpb.IAlarmMember[]): AlarmMember[] {
  return alarms.map((a) => ({
    memberId: toBigInt(a.memberID),
    alarm: alarmNames[a.alarm ?? 0] ?? 'none',
  }));
}
