// --ip-masq's rules against a real kernel: two network namespaces are two machines on one LAN
// (test/helpers/netns.ts), and IpMasquerade writes machine 1's nat table through
// `ip netns exec <ns> iptables`. What it wrote is read back with plain `iptables -t nat -S` in the
// namespace; whether it masquerades is asked of the kernel: a TCP server on machine 2 answers
// each connection with the address it came from.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { parseIp4Net } from '../../src/net/ip4.js';
import {
  IpMasquerade,
  Iptables,
  IptablesCommandError,
  masqueradeChain,
} from '../../src/net/ip-masq.js';
import { silentLogger } from '../../src/util/log.js';
import {
  createNetnsLab,
  type Machine,
  type NetnsLab,
  netnsUnavailableReason,
} from '../helpers/netns.js';

const network = parseIp4Net('10.50.0.0/16')!;
const subnet1 = parseIp4Net('10.50.1.0/24')!;
const subnet2 = parseIp4Net('10.50.2.0/24')!;

const comment = '-m comment --comment "clusterd masquerade"';

/** The chain's rules for `net` and `own`, as `iptables -S` prints them after `-A <chain>`. */
function flannelRules(
  net: string,
  own: string,
  masquerade = 'MASQUERADE --random-fully',
): string[] {
  return [
    `-s ${own} -d ${net} ${comment} -j RETURN`,
    `-s ${net} -d ${own} ${comment} -j RETURN`,
    `! -s ${net} -d ${own} ${comment} -j RETURN`,
    `-s ${net} ! -d 224.0.0.0/4 ${comment} -j ${masquerade}`,
    `! -s ${net} -d ${net} ${comment} -j ${masquerade}`,
  ];
}

const jump = `${comment} -j ${masqueradeChain}`;

/** Someone else's rules, there before clusterd's: they must stay as they are, in order. */
const othersPostrouting = ['-s 192.168.7.0/24 -o eth0 -j MASQUERADE', '-j OTHER-CHAIN'];
const othersChain = ['-d 192.168.8.0/24 -j RETURN'];

function iptablesUnavailableReason(): string | undefined {
  try {
    execFileSync('iptables', ['-V'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'iptables is not installed (`make debs` installs it)';
  }
}

async function iptablesIn(lab: NetnsLab, netns: string, args: string[]): Promise<string> {
  const result = await lab.exec(netns, 'iptables', ['-w', '5', ...args]);
  assert.equal(result.code, 0, `iptables ${args.join(' ')} in ${netns}: ${result.stderr}`);
  return result.stdout;
}

/** The nat table by chain: every chain (built-in or not), each with its rules after `-A <chain> `. */
async function natTable(lab: NetnsLab, netns: string): Promise<Record<string, string[]>> {
  const table: Record<string, string[]> = {};
  for (const line of (await iptablesIn(lab, netns, ['-t', 'nat', '-S'])).split('\n')) {
    const [kind, chain, ...rest] = line.split(' ');
    if (chain === undefined) continue;
    table[chain] ??= [];
    if (kind === '-A') table[chain].push(rest.join(' '));
  }
  return table;
}

async function addOthersRules(lab: NetnsLab, netns: string): Promise<void> {
  await iptablesIn(lab, netns, ['-t', 'nat', '-N', 'OTHER-CHAIN']);
  await iptablesIn(lab, netns, ['-t', 'nat', '-A', 'OTHER-CHAIN', ...othersChain[0]!.split(' ')]);
  for (const rule of othersPostrouting)
    await iptablesIn(lab, netns, ['-t', 'nat', '-A', 'POSTROUTING', ...rule.split(' ')]);
}

/** The whole nat table when clusterd's rules are those of `own` and the others' are there. */
function expectedTable(own: string, rules = flannelRules('10.50.0.0/16', own)) {
  return {
    PREROUTING: [],
    INPUT: [],
    OUTPUT: [],
    POSTROUTING: [...othersPostrouting, jump],
    'OTHER-CHAIN': othersChain,
    [masqueradeChain]: rules,
  };
}

/** An iptables refusing --random-fully, as one before 1.6.2 does. */
class IptablesWithoutRandomFully extends Iptables {
  refused = 0;

  override run(args: readonly string[]): Promise<string> {
    if (!args.includes('--random-fully')) return super.run(args);
    this.refused++;
    return Promise.reject(
      new IptablesCommandError(['iptables', ...args], 'unknown option "--random-fully"', 2),
    );
  }
}

const tcpPort = 7008;

// Node one-liners: the server answers each connection with the address it came from; the client
// connects from a given address and prints the answer.
const serverScript = `
const server = require('node:net').createServer((socket) => socket.end(socket.remoteAddress));
server.listen(Number(process.argv[1]), '0.0.0.0', () => console.log('listening'));
`;

const clientScript = `
const [host, port, localAddress] = process.argv.slice(1);
const socket = require('node:net').connect({ host, port: Number(port), localAddress });
let answer = '';
socket.setTimeout(3000, () => { console.error('timed out'); process.exit(2); });
socket.on('data', (data) => { answer += data; });
socket.on('end', () => { process.stdout.write(answer); process.exit(0); });
socket.on('error', (err) => { console.error(err.message); process.exit(1); });
`;

async function startServer(lab: NetnsLab, on: Machine): Promise<void> {
  const server = lab.spawnIn(on.netns, process.execPath, ['-e', serverScript, String(tcpPort)]);
  let stderr = '';
  server.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (data: Buffer) => {
      if (data.toString().includes('listening')) resolve();
    });
    server.once('exit', (code) => {
      reject(new Error(`the TCP server exited (${String(code)}): ${stderr}`));
    });
  });
}

/** The source address the server on `to` saw for a connection from `source` on `from`. */
async function seenSource(lab: NetnsLab, from: Machine, source: string, to: string) {
  const result = await lab.exec(from.netns, process.execPath, [
    ...['-e', clientScript, to, String(tcpPort), source],
  ]);
  assert.equal(result.code, 0, `connecting from ${source} to ${to}: ${result.stderr}`);
  return result.stdout;
}

describe('net: ip-masq, in network namespaces', function () {
  this.timeout(60_000);
  let current: NetnsLab | undefined;
  const lab = (): NetnsLab => {
    if (!current) throw new Error('no lab outside a test');
    return current;
  };

  before(function () {
    const reason = netnsUnavailableReason() ?? iptablesUnavailableReason();
    if (reason !== undefined) {
      console.log(`      skipped: ${reason}`);
      this.skip();
    }
  });
  beforeEach(async () => {
    current = await createNetnsLab(2);
  });
  afterEach(async () => {
    await current?.destroy();
    current = undefined;
  });

  const machine1 = () => lab().machines[0]!;
  const masqueradeOn = (machine: Machine) =>
    new IpMasquerade(new Iptables(machine.netns), silentLogger);

  it("writes flannel's rules in its own chain, jumped to once, beside others' rules", async () => {
    const netns = machine1().netns;
    await addOthersRules(lab(), netns);
    assert.equal(await masqueradeOn(machine1()).ensure(network, subnet1), true);
    assert.deepEqual(await natTable(lab(), netns), expectedTable('10.50.1.0/24'));
  });

  it('changes nothing when ensured again, nor after a restart', async () => {
    const netns = machine1().netns;
    await addOthersRules(lab(), netns);
    const masquerade = masqueradeOn(machine1());
    await masquerade.ensure(network, subnet1);
    const before = await iptablesIn(lab(), netns, ['-t', 'nat', '-S']);
    assert.equal(await masquerade.ensure(network, subnet1), false);
    assert.equal(await masqueradeOn(machine1()).ensure(network, subnet1), false, 'restarted');
    assert.equal(await iptablesIn(lab(), netns, ['-t', 'nat', '-S']), before);
  });

  it('replaces the rules for another subnet or network, and only them', async () => {
    const netns = machine1().netns;
    await addOthersRules(lab(), netns);
    const masquerade = masqueradeOn(machine1());
    await masquerade.ensure(network, subnet1);
    assert.equal(await masquerade.ensure(network, subnet2), true);
    assert.deepEqual(await natTable(lab(), netns), expectedTable('10.50.2.0/24'));

    const otherNetwork = parseIp4Net('10.60.0.0/16')!;
    assert.equal(await masquerade.ensure(otherNetwork, parseIp4Net('10.60.9.0/24')!), true);
    assert.deepEqual(
      await natTable(lab(), netns),
      expectedTable('10.60.9.0/24', flannelRules('10.60.0.0/16', '10.60.9.0/24')),
    );
  });

  it('writes them again after a firewall reload erased them', async () => {
    const netns = machine1().netns;
    const masquerade = masqueradeOn(machine1());
    await masquerade.ensure(network, subnet1);
    await iptablesIn(lab(), netns, ['-t', 'nat', '-F']);
    assert.equal(await masquerade.ensure(network, subnet1), true);
    const table = await natTable(lab(), netns);
    assert.deepEqual(table.POSTROUTING, [jump]);
    assert.deepEqual(table[masqueradeChain], flannelRules('10.50.0.0/16', '10.50.1.0/24'));
  });

  it('masquerades without --random-fully where it is refused, once tried', async () => {
    const netns = machine1().netns;
    await addOthersRules(lab(), netns);
    const iptables = new IptablesWithoutRandomFully(netns);
    const masquerade = new IpMasquerade(iptables, silentLogger);
    assert.equal(await masquerade.ensure(network, subnet1), true);
    assert.equal(await masquerade.ensure(network, subnet1), false);
    assert.equal(await masquerade.ensure(network, subnet2), true);
    assert.equal(iptables.refused, 1);
    assert.deepEqual(
      await natTable(lab(), netns),
      expectedTable('10.50.2.0/24', flannelRules('10.50.0.0/16', '10.50.2.0/24', 'MASQUERADE')),
    );
  });

  it("rejects with an IptablesCommandError carrying iptables' own words", async () => {
    const iptables = new Iptables(machine1().netns);
    const args = ['-t', 'nat', '-D', 'POSTROUTING', '-s', '10.9.9.0/24', '-j', 'RETURN'];
    await assert.rejects(iptables.run(args), (err: unknown) => {
      assert.ok(err instanceof IptablesCommandError);
      assert.match(err.stderr, /Bad rule \(does a matching rule exist in that chain\?\)/);
      assert.equal(err.exitCode, 1);
      assert.deepEqual(err.argv.slice(0, 5), ['ip', 'netns', 'exec', machine1().netns, 'iptables']);
      return true;
    });
  });

  it('gives traffic leaving the network the machine’s address, and keeps it inside', async () => {
    // Each machine's subnet on a bridge, and a route to the other's over the LAN.
    const [one, two] = lab().machines as [Machine, Machine];
    for (const [machine, own, other, gateway] of [
      [one, '10.50.1.1/24', '10.50.2.0/24', two.address],
      [two, '10.50.2.1/24', '10.50.1.0/24', one.address],
    ] as const) {
      for (const args of [
        ['link', 'add', 'cbr0', 'type', 'bridge'],
        ['addr', 'add', own, 'dev', 'cbr0'],
        ['link', 'set', 'cbr0', 'up'],
        ['route', 'add', other, 'via', gateway],
      ]) {
        const result = await lab().exec(machine.netns, 'ip', args);
        assert.equal(result.code, 0, `ip ${args.join(' ')}: ${result.stderr}`);
      }
    }
    await startServer(lab(), two);
    assert.equal(await seenSource(lab(), one, '10.50.1.1', two.address), '10.50.1.1');

    await masqueradeOn(one).ensure(network, subnet1);
    assert.equal(await seenSource(lab(), one, '10.50.1.1', two.address), one.address);
    assert.equal(await seenSource(lab(), one, '10.50.1.1', '10.50.2.1'), '10.50.1.1');
  });
});
