// flannel's --ip-masq: traffic from the network to elsewhere leaves with this machine's address,
// since nothing outside the network routes back to it. The rules are flannel's (its iptables
// traffic manager, MasqRules, at cdf76059) in a nat chain of clusterd's own, jumped to once from
// POSTROUTING: changing them (another subnet, another network) is flushing that chain and writing
// it again, and no one else's rule is ever touched. flannel also returns early on kube-proxy's
// mark (0x4000); clusterd runs no kube-proxy, so that rule is left out.
//
// iptables runs here as `ip` runs in iproute.ts: the commands an operator would type, failures
// carrying iptables' own words, optionally in a named network namespace for tests.
import { runSystemCommand, SystemCommandError } from './system-command.js';
import type { Logger } from '../util/log.js';
import { formatIp4Net, type Ip4Net } from './ip4.js';

/** The nat chain holding clusterd's masquerade rules (flannel's is FLANNEL-POSTRTG). */
export const masqueradeChain = 'CLUSTERD-POSTRTG';

/** On every rule clusterd writes, so that `iptables -t nat -S` tells whose they are. */
export const masqueradeComment = 'clusterd masquerade';

/** How long iptables waits for the xtables lock another program holds (`-w`). */
const lockWaitSeconds = 5;

/** How long one iptables command may take: the lock wait, and then milliseconds. */
const commandTimeoutMs = 10_000;

const randomFully = '--random-fully';

/** Multicast keeps its source (flannel's exception): it goes to a group, not to a peer. */
const multicast = '224.0.0.0/4';

/** An iptables command failed; `stderr` is its own explanation. */
export class IptablesCommandError extends SystemCommandError {}

/** The one place clusterd runs iptables. */
export class Iptables {
  /** `netns`: a name from `ip netns list` to act in; the process's own namespace otherwise. */
  constructor(readonly netns?: string) {}

  /** `iptables -w <seconds> <args>`; resolves with what it printed. */
  run(args: readonly string[]): Promise<string> {
    const argv = [
      ...(this.netns !== undefined ? ['ip', 'netns', 'exec', this.netns] : []),
      ...['iptables', '-w', String(lockWaitSeconds), ...args],
    ];
    return runSystemCommand(argv, {
      timeoutMs: commandTimeoutMs,
      missing: 'iptables',
      errorClass: IptablesCommandError,
    });
  }
}

/** A rule's matches and target, as typed after `-A <chain>`. */
type RuleSpec = readonly string[];

/** Marks a rule as clusterd's; it matches every packet. */
const commentMatch: RuleSpec = ['-m', 'comment', '--comment', masqueradeComment];

/** POSTROUTING's one rule of clusterd's: into the chain. */
const jumpToChain: RuleSpec = [...commentMatch, '-j', masqueradeChain];

/** Keeps the nat table's CLUSTERD-POSTRTG equal to flannel's masquerade rules for one subnet. */
export class IpMasquerade {
  /** Cleared once iptables or the kernel refuses --random-fully: plain MASQUERADE from then on. */
  private randomFully = true;

  constructor(
    private readonly iptables: Iptables,
    private readonly logger: Logger,
  ) {}

  /**
   * Makes the chain hold exactly the rules for `network` and this machine's `subnet`, and
   * POSTROUTING jump to it once. One `iptables -t nat -S` when all is in place already (after a
   * restart, too); otherwise the chain is written whole. Resolves with whether anything was
   * written.
   */
  async ensure(network: Ip4Net, subnet: Ip4Net): Promise<boolean> {
    const listed = (await this.iptables.run(['-t', 'nat', '-S'])).split('\n');
    const chainExists = listed.includes(`-N ${masqueradeChain}`);
    const jumpExists = listed.includes(listedRule('POSTROUTING', jumpToChain));
    const rules = masqueradeRules(network, subnet);
    const current = listed.filter((line) => line.startsWith(`-A ${masqueradeChain} `));
    const wanted = rules.map((rule) => listedRule(masqueradeChain, this.asWritten(rule)));
    if (
      chainExists &&
      jumpExists &&
      current.length === wanted.length &&
      current.every((line, index) => line === wanted[index])
    )
      return false;

    await this.iptables.run(['-t', 'nat', chainExists ? '-F' : '-N', masqueradeChain]);
    for (const rule of rules) await this.append(rule);
    if (!jumpExists) await this.iptables.run(['-t', 'nat', '-A', 'POSTROUTING', ...jumpToChain]);
    return true;
  }

  /** The rule as this machine takes it: without --random-fully once that was refused. */
  private asWritten(rule: RuleSpec): RuleSpec {
    return this.randomFully ? rule : withoutRandomFully(rule);
  }

  /** Appends `rule` to the chain, with --random-fully as long as it is taken. */
  private async append(rule: RuleSpec): Promise<void> {
    const append = (spec: RuleSpec) =>
      this.iptables.run(['-t', 'nat', '-A', masqueradeChain, ...spec]);
    const spec = this.asWritten(rule);
    if (!spec.includes(randomFully)) {
      await append(spec);
      return;
    }
    try {
      await append(spec);
    } catch (err) {
      // --random-fully needs iptables 1.6.2 and Linux 3.13. When the same rule without it is
      // accepted, that was the refusal: plain MASQUERADE, as flannel writes with such an
      // iptables. When it is not, the rule itself is the problem and that error is thrown.
      await append(withoutRandomFully(spec));
      this.randomFully = false;
      this.logger.warn('net: MASQUERADE --random-fully refused, masquerading without it', {
        err,
      });
    }
  }
}

/**
 * flannel's rules for `network` and this machine's `subnet`, in order. --random-fully gives
 * masqueraded connections random source ports, so that two units' connections to one
 * destination do not race for the same port (conntrack's insertion race).
 */
function masqueradeRules(network: Ip4Net, subnet: Ip4Net): RuleSpec[] {
  const net = formatIp4Net(network);
  const own = formatIp4Net(subnet);
  const tagged = (match: string[], target: string[]): RuleSpec => [
    ...match,
    ...commentMatch,
    ...target,
  ];
  const masquerade = ['-j', 'MASQUERADE', randomFully];
  return [
    // Between this machine's subnet and the rest of the network: every address is routed.
    tagged(['-s', own, '-d', net], ['-j', 'RETURN']),
    tagged(['-s', net, '-d', own], ['-j', 'RETURN']),
    // From elsewhere to a unit on this machine (this host, or a port forwarded to the unit):
    // kept, so the unit sees who it talks to; its answer goes back through this machine anyway.
    tagged(['!', '-s', net, '-d', own], ['-j', 'RETURN']),
    // From the network to elsewhere: nothing there routes back to the network.
    tagged(['-s', net, '!', '-d', multicast], masquerade),
    // From elsewhere (this host's own traffic, or traffic it forwards) to another machine's
    // subnet: that machine answers to this one's address, so the answer comes back this way.
    tagged(['!', '-s', net, '-d', net], masquerade),
  ];
}

function withoutRandomFully(rule: RuleSpec): RuleSpec {
  return rule.filter((word) => word !== randomFully);
}

/** The line `iptables -S` prints for the rule (legacy and nf_tables alike). */
function listedRule(chain: string, rule: RuleSpec): string {
  const words = rule.map((word) => (word.includes(' ') ? `"${word}"` : word));
  return `-A ${chain} ${words.join(' ')}`;
}
