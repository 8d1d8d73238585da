// `clusterd endpoint status|health`: one answer per endpoint, like etcdctl. Exit code 1 when any
// endpoint fails.
import type { CommandModule } from 'yargs';
import { PermissionDeniedError, type StatusResult } from '../client/index.js';
import { type GlobalArgs, withClient } from './global.js';
import { humanBytes, jsonHeader, line, table, toJson, write } from './output.js';

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

type EndpointArgs = GlobalArgs & { cluster?: boolean };

/**
 * With --cluster (as etcdctl's): every member's client URLs from the member list, asked through
 * --endpoints; otherwise --endpoints itself.
 */
async function withEndpoints<T>(
  a: EndpointArgs,
  fn: (client: Parameters<Parameters<typeof withClient>[1]>[0]) => Promise<T>,
): Promise<T> {
  if (!a.cluster) return withClient(a, fn);
  const urls = await withClient(a, async (client) =>
    (await client.cluster.memberList()).members.flatMap((m) => m.clientUrls),
  );
  return withClient({ ...a, endpoints: urls.join(',') }, fn);
}

const statusCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'status',
  describe: 'Prints the status of each endpoint in --endpoints',
  handler: async (a: EndpointArgs) => {
    await withEndpoints(a, async (client) => {
      const results: { endpoint: string; status: StatusResult }[] = [];
      for (const endpoint of client.endpoints) {
        try {
          results.push({ endpoint, status: await client.maintenance.status({ endpoint }) });
        } catch (err) {
          process.stderr.write(
            `Failed to get the status of endpoint ${endpoint} (${errorText(err)})\n`,
          );
          process.exitCode = 1;
        }
      }
      const rows = results.map(({ endpoint, status: s }) => [
        endpoint,
        s.header.memberId.toString(16),
        s.version,
        humanBytes(s.dbSize),
        String(s.leader === s.header.memberId),
        String(s.isLearner),
        String(s.raftTerm),
        String(s.raftIndex),
        String(s.raftAppliedIndex),
        s.errors.join(', '),
      ]);
      switch (a['write-out']) {
        case 'json':
          line(
            toJson(
              results.map(({ endpoint, status: s }) => ({
                Endpoint: endpoint,
                Status: {
                  header: jsonHeader(s.header),
                  version: s.version,
                  dbSize: s.dbSize,
                  leader: s.leader,
                  raftIndex: s.raftIndex,
                  raftTerm: s.raftTerm,
                  raftAppliedIndex: s.raftAppliedIndex,
                  dbSizeInUse: s.dbSizeInUse,
                  ...(s.errors.length > 0 ? { errors: s.errors } : {}),
                  ...(s.isLearner ? { isLearner: true } : {}),
                },
              })),
            ),
          );
          return;
        case 'table':
          write(
            table(
              [
                'ENDPOINT',
                'ID',
                'VERSION',
                'DB SIZE',
                'IS LEADER',
                'IS LEARNER',
                'RAFT TERM',
                'RAFT INDEX',
                'RAFT APPLIED INDEX',
                'ERRORS',
              ],
              rows,
            ),
          );
          return;
        case 'simple':
          for (const r of rows) line(r.join(', '));
          return;
      }
    });
  },
};

interface Health {
  endpoint: string;
  health: boolean;
  took: string;
  error: string;
}

const healthCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'health',
  describe: 'Checks the health of each endpoint in --endpoints (a linearizable read, then alarms)',
  handler: async (a: EndpointArgs) => {
    await withEndpoints(a, async (client) => {
      const results: Health[] = [];
      for (const endpoint of client.endpoints) {
        const started = process.hrtime.bigint();
        let error = '';
        try {
          await client.kv.get('health', {}, { endpoint });
        } catch (err) {
          // Like etcdctl: a permission error still proves the cluster answers.
          if (!(err instanceof PermissionDeniedError)) error = errorText(err);
        }
        if (error === '') {
          try {
            const alarms = await client.maintenance.alarmList({ endpoint });
            if (alarms.length > 0) {
              error = `Active Alarm(s): ${alarms.map((x) => x.alarm.toUpperCase()).join(' ')}`;
            }
          } catch (err) {
            error = errorText(err);
          }
        }
        const tookMs = Number(process.hrtime.bigint() - started) / 1e6;
        results.push({ endpoint, health: error === '', took: `${tookMs.toFixed(3)}ms`, error });
      }
      if (results.some((r) => !r.health)) process.exitCode = 1;
      switch (a['write-out']) {
        case 'json':
          line(toJson(results));
          return;
        case 'table':
          write(
            table(
              ['ENDPOINT', 'HEALTH', 'TOOK', 'ERROR'],
              results.map((r) => [r.endpoint, String(r.health), r.took, r.error]),
            ),
          );
          return;
        case 'simple':
          for (const r of results) {
            if (r.health)
              line(`${r.endpoint} is healthy: successfully committed proposal: took = ${r.took}`);
            else line(`${r.endpoint} is unhealthy: failed to commit proposal: ${r.error}`);
          }
          return;
      }
    });
  },
};

export const endpointCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'endpoint <command>',
  describe: 'status and health of each endpoint',
  builder: (y) =>
    y
      .option('cluster', {
        type: 'boolean',
        default: false,
        describe: 'use every member client URL from the member list instead of --endpoints',
      })
      .command(statusCommand)
      .command(healthCommand)
      .demandCommand(1, 'endpoint needs a subcommand'),
  handler: () => undefined,
};
