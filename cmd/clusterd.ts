// The clusterd entry: builds the command line, registers the commands, runs one. Exit codes:
// 0 success, 1 an error from the server (its message on stderr), 2 a usage error.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { EtcdError } from '../src/client/index.js';
import { agentCommand } from '../src/cli/agent.js';
import { compactCommand } from '../src/cli/compact.js';
import { endpointCommand } from '../src/cli/endpoint.js';
import { addGlobalOptions, exitCodes, UsageError } from '../src/cli/global.js';
import { kvCommand } from '../src/cli/kv.js';
import { leaseCommand } from '../src/cli/lease.js';
import { memberCommand } from '../src/cli/member.js';
import { clusterdVersion } from '../src/version.js';

/** Marks a failure yargs itself detected (unknown flag, missing argument). */
class ParseFailure extends Error {}

async function main(argv: string[]): Promise<number> {
  const parser = addGlobalOptions(yargs(argv))
    .scriptName('clusterd')
    // A flag given twice takes its last value (as Go's flag package does for etcd), not a list.
    .parserConfiguration({ 'duplicate-arguments-array': false })
    .usage('$0 <command> [options]')
    .command(agentCommand)
    .command(kvCommand)
    .command(leaseCommand)
    .command(memberCommand)
    .command(endpointCommand)
    .command(compactCommand)
    .demandCommand(1, 'a command is needed')
    .strict()
    .version(clusterdVersion)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(120, process.stdout.columns || 100))
    .fail((message: string | null, error: Error | null | undefined) => {
      if (error) throw error;
      throw new ParseFailure(message ?? 'invalid usage');
    });
  try {
    await parser.parseAsync();
    return typeof process.exitCode === 'number' ? process.exitCode : exitCodes.ok;
  } catch (err) {
    if (err instanceof ParseFailure || err instanceof UsageError) {
      process.stderr.write(`Error: ${err.message}\n`);
      process.stderr.write(`Run "clusterd --help" or "clusterd <command> --help" for usage.\n`);
      return exitCodes.usage;
    }
    const message = err instanceof EtcdError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`Error: ${message}\n`);
    return exitCodes.serverError;
  }
}

// Not a top-level await: the single executable is CommonJS. main() never rejects.
void main(hideBin(process.argv)).then((code) => {
  process.exitCode = code;
  // A failed command closes what it opened, so the process ends by itself; should anything stay
  // open all the same, the failure must still end the process rather than leave it running.
  if (code !== exitCodes.ok) setTimeout(() => process.exit(code), 3000).unref();
});
