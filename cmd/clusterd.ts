// The clusterd entry: builds the command line, registers the commands, runs one. Exit codes:
// 0 success, 1 an error from the server (its message on stderr), 2 a usage error. Invoked as
// `fleetctl` (a link to the binary), it is fleetctl: the fleet commands at the top level.
import { basename } from 'node:path';
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { EtcdError } from '../src/client/index.js';
import { agentCommand } from '../src/cli/agent.js';
import { normalizeGoFlags } from '../src/cli/etcd-flags.js';
import { compactCommand } from '../src/cli/compact.js';
import { dnsCommand } from '../src/cli/dns.js';
import { netCommand } from '../src/cli/net.js';
import { endpointCommand } from '../src/cli/endpoint.js';
import { addFleetCommands, fleetCommand } from '../src/cli/fleet.js';
import {
  addGlobalOptions,
  addCredentialOptions,
  exitCodes,
  ReportedError,
  UsageError,
} from '../src/cli/global.js';
import { kvCommand } from '../src/cli/kv.js';
import { leaseCommand } from '../src/cli/lease.js';
import { memberCommand } from '../src/cli/member.js';
import { snapshotCommand } from '../src/cli/snapshot.js';
import { openHandles } from '../src/util/open-handles.js';
import { clusterdVersion } from '../src/version.js';

/** Marks a failure yargs itself detected (unknown flag, missing argument). */
class ParseFailure extends Error {}

function clusterdProgram(argv: string[]): Argv {
  return addGlobalOptions(yargs(argv))
    .scriptName('clusterd')
    .usage('$0 <command> [options]')
    .command(agentCommand)
    .command(kvCommand)
    .command(leaseCommand)
    .command(memberCommand)
    .command(endpointCommand)
    .command(compactCommand)
    .command(snapshotCommand)
    .command(fleetCommand)
    .command(dnsCommand)
    .command(netCommand)
    .demandCommand(1, 'a command is needed');
}

function fleetctlProgram(argv: string[]): Argv {
  return addCredentialOptions(addFleetCommands(yargs(argv)))
    .scriptName('fleetctl')
    .usage('$0 <command> [options]');
}

/** `clusterd agent` takes etcd's flags as etcd's command lines spell them (Go's flag syntax). */
function agentArgs(argv: string[]): string[] {
  const command = argv.find((arg) => !arg.startsWith('-'));
  return command === 'agent' ? normalizeGoFlags(argv) : argv;
}

function asksForHelp(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--help' || arg === '-h' || arg === 'help');
}

async function main(program: 'clusterd' | 'fleetctl', argv: string[]): Promise<number> {
  try {
    if (program === 'clusterd') argv = agentArgs(argv);
  } catch (err) {
    process.stderr.write(`Error: ${(err as Error).message}\n`);
    return exitCodes.usage;
  }
  const parser = (program === 'fleetctl' ? fleetctlProgram(argv) : clusterdProgram(argv))
    // A flag given twice takes its last value (as Go's flag package does for etcd), not a list.
    .parserConfiguration({ 'duplicate-arguments-array': false })
    .strict()
    .version(clusterdVersion)
    .help()
    .alias('h', 'help')
    // yargs renders the help text after every command it runs, shown or not (its help cache);
    // wrapped to the terminal, `agent`'s 80 flags cost 90 ms of a member's start. Only a call that
    // asks for help gets it wrapped.
    .wrap(asksForHelp(argv) ? Math.min(120, process.stdout.columns || 100) : null)
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
      process.stderr.write(`Run "${program} --help" or "${program} <command> --help" for usage.\n`);
      return exitCodes.usage;
    }
    if (err instanceof ReportedError) return exitCodes.serverError;
    const message = err instanceof EtcdError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`Error: ${message}\n`);
    return exitCodes.serverError;
  }
}

// Not a top-level await: the single executable is CommonJS. main() never rejects.
// The name it was run by: argv0 for the single executable, the script's path for `node`.
const invokedAs = [process.argv0, process.argv[1] ?? ''].map((p) => basename(p));
const program = invokedAs.includes('fleetctl') ? 'fleetctl' : 'clusterd';
void main(program, hideBin(process.argv)).then((code) => {
  process.exitCode = code;
  // Every command closes what it opened (`agent` once stopped), so the process ends by itself.
  // Should something still hold it, that is a bug: say what, and end anyway, since a stopped
  // member or a finished command that keeps running is worse.
  setTimeout(() => {
    process.stderr.write(
      `${program}: still open after the command ended: ${JSON.stringify(openHandles())}\n`,
    );
    process.exit(code);
  }, 2000).unref();
});
