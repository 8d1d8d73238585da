// Time to elect a new leader after the leader dies: find the leader through Maintenance.Status,
// SIGKILL its process, then poll the survivors until one of them names a different leader. The
// figure is dominated by the randomized election timeout (etcd's default: 1–2 s from the last
// heartbeat) and includes up to one poll interval of detection delay.
import type { MemberStatus } from './member-status.js';
import type { ClusterMember, LocalCluster } from './targets.js';

const POLL_INTERVAL_MS = 10;

export interface FailoverTrial {
  killedLeader: string;
  newLeader: string;
  /** From the SIGKILL to the first survivor's answer naming a new leader. */
  electionMs: number;
}

function memberById(cluster: LocalCluster, statuses: MemberStatus[], id: string): ClusterMember {
  const index = statuses.findIndex((s) => s.memberId === id);
  const member = cluster.members[index];
  if (!member) throw new Error(`no member has id ${id}`);
  return member;
}

/**
 * Runs `trials` kills, restarting the killed member and waiting for the whole cluster to agree on
 * a leader again before the next one.
 */
export async function measureLeaderFailover(
  cluster: LocalCluster,
  trials: number,
  timeoutMs: number,
): Promise<FailoverTrial[]> {
  if (cluster.members.length < 3) throw new Error('leader failover needs at least 3 members');
  const results: FailoverTrial[] = [];
  for (let trial = 0; trial < trials; trial++) {
    const statuses = await cluster.waitUntilReady(timeoutMs);
    const oldLeaderId = statuses[0]!.leaderId;
    const leader = memberById(cluster, statuses, oldLeaderId);
    const survivors = cluster.members.filter((m) => m !== leader);

    leader.process.killNow();
    const killedAt = performance.now();
    let newLeaderId: string | undefined;
    while (newLeaderId === undefined) {
      if (performance.now() - killedAt > timeoutMs) {
        throw new Error(
          `${cluster.system}: no new leader ${timeoutMs} ms after killing ${leader.name}`,
        );
      }
      const answers = await Promise.allSettled(survivors.map((m) => m.status()));
      newLeaderId = answers
        .flatMap((a) => (a.status === 'fulfilled' ? [a.value.leaderId] : []))
        .find((id) => id !== '0' && id !== oldLeaderId);
      if (newLeaderId === undefined) await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
    }
    const electionMs = performance.now() - killedAt;
    results.push({
      killedLeader: leader.name,
      newLeader: memberById(cluster, statuses, newLeaderId).name,
      electionMs,
    });

    await leader.process.exited;
    leader.start();
  }
  await cluster.waitUntilReady(timeoutMs);
  return results;
}
