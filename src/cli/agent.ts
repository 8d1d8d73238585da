// `clusterd agent`: runs one member. Owned by the server work; the CLI entry registers it.
import type { CommandModule } from 'yargs';

export const agentCommand: CommandModule = {
  command: 'agent',
  describe: 'run a clusterd member (etcd v3 API, scheduler, DNS and network on one machine)',
  handler: () => {
    throw new Error('agent: not built yet');
  },
};
