// `clusterd compact <revision>`: discards the key-value history before a revision.
import type { CommandModule } from 'yargs';
import { type GlobalArgs, UsageError, withClient } from './global.js';
import { line } from './output.js';

interface CompactArgs extends GlobalArgs {
  revision: number;
  physical: boolean;
}

export const compactCommand: CommandModule<GlobalArgs, CompactArgs> = {
  command: 'compact <revision>',
  aliases: ['compaction'],
  describe: 'Compacts the event history in the store up to a revision',
  builder: (y) =>
    y.positional('revision', { type: 'number', demandOption: true }).option('physical', {
      type: 'boolean',
      default: false,
      describe: 'wait for the compaction to physically remove all old revisions',
    }),
  handler: async (a) => {
    if (!Number.isInteger(a.revision) || a.revision <= 0) throw new UsageError('bad revision');
    await withClient(a, async (client) => {
      await client.kv.compact(a.revision, { physical: a.physical });
      line(`compacted revision ${a.revision}`);
    });
  },
};
