// `clusterd member list|add|remove|update|promote`: etcdctl's membership commands and output.
import type { CommandModule } from 'yargs';
import type { Member } from '../client/index.js';
import { type GlobalArgs, UsageError, withClient } from './global.js';
import { parseId } from './kv.js';
import { hexId, jsonHeader, line, table, toJson, write } from './output.js';

function memberRow(m: Member): string[] {
  return [
    m.id.toString(16),
    m.name === '' ? 'unstarted' : 'started',
    m.name,
    m.peerUrls.join(','),
    m.clientUrls.join(','),
    String(m.isLearner),
  ];
}

const listCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'list',
  describe: 'Lists all members in the cluster',
  handler: async (a) => {
    await withClient(a, async (client) => {
      const res = await client.cluster.memberList();
      switch (a['write-out']) {
        case 'json':
          line(
            toJson({
              header: jsonHeader(res.header),
              members: res.members.map((m) => ({
                ID: m.id,
                name: m.name,
                peerURLs: m.peerUrls,
                clientURLs: m.clientUrls,
                ...(m.isLearner ? { isLearner: true } : {}),
              })),
            }),
          );
          return;
        case 'table':
          write(
            table(
              ['ID', 'STATUS', 'NAME', 'PEER ADDRS', 'CLIENT ADDRS', 'IS LEARNER'],
              res.members.map(memberRow),
            ),
          );
          return;
        case 'simple':
          for (const m of res.members) line(memberRow(m).join(', '));
          return;
      }
    });
  },
};

interface AddArgs extends GlobalArgs {
  name: string;
  'peer-urls': string;
  learner: boolean;
}

const addCommand: CommandModule<GlobalArgs, AddArgs> = {
  command: 'add <name>',
  describe: 'Adds a member into the cluster',
  builder: (y) =>
    y
      .positional('name', { type: 'string', demandOption: true })
      .option('peer-urls', {
        type: 'string',
        demandOption: true,
        describe: 'comma separated peer URLs',
      })
      .option('learner', { type: 'boolean', default: false, describe: 'add as a learner' }),
  handler: async (a) => {
    const urls = a['peer-urls'].split(',').filter((u) => u !== '');
    if (urls.length === 0) throw new UsageError('member peer urls not provided');
    await withClient(a, async (client) => {
      const res = await client.cluster.memberAdd(urls, { isLearner: a.learner });
      line(`Member ${hexId(res.member.id)} added to cluster ${hexId(res.header.clusterId)}`);
    });
  },
};

interface IdArgs extends GlobalArgs {
  memberID: string;
}

function idCommand(
  name: string,
  describe: string,
  verb: string,
  run: (
    client: Parameters<Parameters<typeof withClient>[1]>[0],
    id: bigint,
  ) => Promise<{ header: { clusterId: bigint } }>,
): CommandModule<GlobalArgs, IdArgs> {
  return {
    command: `${name} <memberID>`,
    describe,
    builder: (y) =>
      y.positional('memberID', { type: 'string', demandOption: true, describe: 'hex ID' }),
    handler: async (a) => {
      const id = parseId(a.memberID);
      await withClient(a, async (client) => {
        const res = await run(client, id);
        line(`Member ${hexId(id)} ${verb} cluster ${hexId(res.header.clusterId)}`);
      });
    },
  };
}

interface UpdateArgs extends IdArgs {
  'peer-urls': string;
}

const updateCommand: CommandModule<GlobalArgs, UpdateArgs> = {
  command: 'update <memberID>',
  describe: 'Updates the peer URLs of a member',
  builder: (y) =>
    y
      .positional('memberID', { type: 'string', demandOption: true, describe: 'hex ID' })
      .option('peer-urls', {
        type: 'string',
        demandOption: true,
        describe: 'comma separated peer URLs',
      }),
  handler: async (a) => {
    const id = parseId(a.memberID);
    const urls = a['peer-urls'].split(',').filter((u) => u !== '');
    await withClient(a, async (client) => {
      const res = await client.cluster.memberUpdate(id, urls);
      line(`Member ${hexId(id)} updated in cluster ${hexId(res.header.clusterId)}`);
    });
  },
};

export const memberCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'member <command>',
  describe: 'list, add, remove, update and promote cluster members',
  builder: (y) =>
    y
      .command(listCommand)
      .command(addCommand)
      .command(
        idCommand('remove', 'Removes a member from the cluster', 'removed from', (c, id) =>
          c.cluster.memberRemove(id),
        ),
      )
      .command(
        idCommand('promote', 'Promotes a learner to a voting member', 'promoted in', (c, id) =>
          c.cluster.memberPromote(id),
        ),
      )
      .command(updateCommand)
      .demandCommand(1, 'member needs a subcommand'),
  handler: () => undefined,
};
