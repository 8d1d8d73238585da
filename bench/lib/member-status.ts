// Maintenance.Status of one member: who it is, which member it follows as leader (0 while there
// is none), and the server's version. This is how a benchmark waits for a cluster to be ready and
// finds the leader to kill, on etcd and clusterd alike.
import type * as grpc from '@grpc/grpc-js';
import { maintenanceService } from '../../src/api/services.js';
import { callUnary, openChannel } from './etcd-rpc.js';

/** Far outside the range load channels use, so a probe never shares their connections. */
const PROBE_CHANNEL_INDEX = 1_000_000;

export interface MemberStatus {
  /** Member ids are uint64: kept as decimal strings. */
  memberId: string;
  /** '0' when the member knows no leader. */
  leaderId: string;
  version: string;
  /** The member's store revision (applied there): grows by one per put. */
  revision: number;
}

/** A uint64 field as protobufjs decodes it (a number, or a Long's two 32-bit halves). */
function uint64(value: number | { low: number; high: number } | null | undefined): string {
  if (value === null || value === undefined) return '0';
  if (typeof value === 'number') return String(value);
  return ((BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0)).toString();
}

/** A channel of its own to one member, for status polls. */
export class StatusProbe {
  private readonly channel: grpc.Client;

  /** `caFile`: for an https:// endpoint, the CA its certificate must chain to. */
  constructor(endpoint: string, caFile?: string) {
    this.channel = openChannel(
      endpoint,
      PROBE_CHANNEL_INDEX,
      {
        // grpc-js backs off up to 2 minutes between reconnects; a member that is still starting
        // (or restarting after a kill) must be seen within a fraction of a second.
        'grpc.initial_reconnect_backoff_ms': 50,
        'grpc.max_reconnect_backoff_ms': 250,
      },
      caFile,
    );
  }

  async status(timeoutMs: number): Promise<MemberStatus> {
    const response = await callUnary(this.channel, maintenanceService.Status, {}, timeoutMs);
    return {
      memberId: uint64(response.header?.memberId),
      leaderId: uint64(response.leader),
      version: response.version,
      revision: Number(uint64(response.header?.revision)),
    };
  }

  close(): void {
    this.channel.close();
  }
}
