// `clusterd lease grant|revoke|timetolive|list|keep-alive`: etcdctl's lease commands and output.
import type { CommandModule } from 'yargs';
import { type GlobalArgs, UsageError, untilInterrupted, withClient } from './global.js';
import { parseId } from './kv.js';
import { hexId, jsonHeader, line, toJson } from './output.js';

interface TtlArgs extends GlobalArgs {
  ttl: number;
}

const grantCommand: CommandModule<GlobalArgs, TtlArgs> = {
  command: 'grant <ttl>',
  describe: 'Creates a lease with a TTL in seconds',
  builder: (y) => y.positional('ttl', { type: 'number', demandOption: true, describe: 'seconds' }),
  handler: async (a) => {
    if (!Number.isInteger(a.ttl)) throw new UsageError('bad TTL');
    await withClient(a, async (client) => {
      const res = await client.lease.grant(a.ttl);
      if (a['write-out'] === 'json') {
        line(toJson({ header: jsonHeader(res.header), ID: res.id, TTL: res.ttl }));
      } else {
        line(`lease ${hexId(res.id)} granted with TTL(${res.ttl}s)`);
      }
    });
  },
};

interface IdArgs extends GlobalArgs {
  leaseID: string;
}

const revokeCommand: CommandModule<GlobalArgs, IdArgs> = {
  command: 'revoke <leaseID>',
  describe: 'Revokes a lease (its keys are deleted)',
  builder: (y) =>
    y.positional('leaseID', { type: 'string', demandOption: true, describe: 'hex ID' }),
  handler: async (a) => {
    const id = parseId(a.leaseID);
    await withClient(a, async (client) => {
      const res = await client.lease.revoke(id);
      if (a['write-out'] === 'json') line(toJson({ header: jsonHeader(res.header) }));
      else line(`lease ${hexId(id)} revoked`);
    });
  },
};

interface TimeToLiveArgs extends IdArgs {
  keys: boolean;
}

const timeToLiveCommand: CommandModule<GlobalArgs, TimeToLiveArgs> = {
  command: 'timetolive <leaseID>',
  describe: 'Gets a lease’s remaining and granted TTL, and optionally its keys',
  builder: (y) =>
    y
      .positional('leaseID', { type: 'string', demandOption: true, describe: 'hex ID' })
      .option('keys', {
        type: 'boolean',
        default: false,
        describe: 'get keys attached to this lease',
      }),
  handler: async (a) => {
    const id = parseId(a.leaseID);
    await withClient(a, async (client) => {
      const res = await client.lease.timeToLive(id, { keys: a.keys });
      if (a['write-out'] === 'json') {
        line(
          toJson({
            header: jsonHeader(res.header),
            ID: res.id,
            TTL: res.ttl,
            'granted-ttl': res.grantedTtl,
            keys: res.keys,
          }),
        );
        return;
      }
      if (res.grantedTtl === 0 && res.ttl === -1) {
        line(`lease ${hexId(id)} already expired`);
        return;
      }
      let text = `lease ${hexId(id)} granted with TTL(${res.grantedTtl}s), remaining(${res.ttl}s)`;
      if (a.keys) text += `, attached keys([${res.keys.map((k) => k.toString()).join(' ')}])`;
      line(text);
    });
  },
};

const listCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'list',
  describe: 'Lists all active leases',
  handler: async (a) => {
    await withClient(a, async (client) => {
      const res = await client.lease.leases();
      if (a['write-out'] === 'json') {
        line(toJson({ header: jsonHeader(res.header), leases: res.leases.map((ID) => ({ ID })) }));
        return;
      }
      line(`found ${res.leases.length} leases`);
      for (const id of res.leases) line(hexId(id));
    });
  },
};

interface KeepAliveArgs extends IdArgs {
  once: boolean;
}

const keepAliveCommand: CommandModule<GlobalArgs, KeepAliveArgs> = {
  command: 'keep-alive <leaseID>',
  describe: 'Keeps a lease alive (renews it until interrupted, or once with --once)',
  builder: (y) =>
    y
      .positional('leaseID', { type: 'string', demandOption: true, describe: 'hex ID' })
      .option('once', { type: 'boolean', default: false, describe: 'renew once and exit' }),
  handler: async (a) => {
    const id = parseId(a.leaseID);
    await withClient(a, async (client) => {
      if (a.once) {
        const res = await client.lease.keepAliveOnce(id);
        line(`lease ${hexId(id)} keepalived with TTL(${res.ttl})`);
        return;
      }
      const stop = untilInterrupted();
      try {
        const kept = client.lease.keepAlive(id);
        kept.onRenewed((r) => {
          line(`lease ${hexId(id)} keepalived with TTL(${r.ttl})`);
        });
        const lost = kept.whenLost().then((err) => {
          line(`lease ${hexId(id)} expired or revoked.`);
          return err;
        });
        const outcome = await Promise.race([stop.promise.then(() => undefined), lost]);
        kept.release();
        if (outcome !== undefined) process.exitCode = 1;
      } finally {
        stop.dispose();
      }
    });
  },
};

export const leaseCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'lease <command>',
  describe: 'grant, revoke, inspect and keep alive leases',
  builder: (y) =>
    y
      .command(grantCommand)
      .command(revokeCommand)
      .command(timeToLiveCommand)
      .command(listCommand)
      .command(keepAliveCommand)
      .demandCommand(1, 'lease needs a subcommand'),
  handler: () => undefined,
};
