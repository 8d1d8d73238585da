// `clusterd net config set|get` and `clusterd net leases`: flannel's network configuration and
// subnet leases in the store (src/net), through the etcd client only, so they work the same on
// any etcd v3 that flanneld or clusterd machines share.
import { readFile } from 'node:fs/promises';
import type { CommandModule } from 'yargs';
import { formatNetworkConfig, NetworkConfigError, parseNetworkConfig } from '../net/config.js';
import { formatIp4, formatIp4Net } from '../net/ip4.js';
import { dockerHalf } from '../net/machine-subnet.js';
import { readSubnetFile } from '../net/subnet-file.js';
import { decodeLeaseAttrs, defaultNetPrefix, NetKeys } from '../net/subnet-lease.js';
import { tabulate } from './fleet.js';
import { type GlobalArgs, ReportedError, UsageError, withClient } from './global.js';
import { hexId, jsonHeader, line, toJson } from './output.js';

interface NetArgs extends GlobalArgs {
  'etcd-prefix': string;
}

interface ConfigSetArgs extends NetArgs {
  json: string | undefined;
  file: string | undefined;
}

const configSetCommand: CommandModule<NetArgs, ConfigSetArgs> = {
  command: 'set [json]',
  describe:
    "Writes the network configuration (flannel's JSON) after checking it as flannel does; a bad one is refused (exit 2) and nothing is written",
  builder: (y) =>
    y
      .positional('json', { type: 'string', describe: 'the configuration, as JSON' })
      .option('file', { type: 'string', describe: 'read the configuration from this file' })
      .example(
        `$0 net config set '{"Network":"10.5.0.0/16","Backend":{"Type":"vxlan"}}'`,
        'a /24 per machine, over VXLAN',
      ),
  handler: async (a) => {
    if ((a.json === undefined) === (a.file === undefined))
      throw new UsageError('give the configuration either as an argument or with --file');
    const text = a.json ?? (await readFile(a.file!, 'utf8'));
    let effective: string;
    try {
      effective = formatNetworkConfig(parseNetworkConfig(text));
    } catch (err) {
      if (err instanceof NetworkConfigError) throw new UsageError(err.message);
      throw err;
    }
    const keys = new NetKeys(a['etcd-prefix']);
    await withClient(a, async (client) => {
      // Stored as given (flanneld reads it too); what it means is printed.
      const put = await client.kv.put(keys.config, text.trim());
      if (a['write-out'] === 'json') line(toJson({ header: jsonHeader(put.header), effective }));
      else line(`OK ${keys.config} ${effective}`);
    });
  },
};

const configGetCommand: CommandModule<NetArgs, NetArgs & { effective: boolean }> = {
  command: 'get',
  describe: 'Prints the network configuration as stored (--effective: with every default)',
  builder: (y) =>
    y.option('effective', {
      type: 'boolean',
      default: false,
      describe: "print it with flannel's defaults filled in",
    }),
  handler: async (a) => {
    const keys = new NetKeys(a['etcd-prefix']);
    await withClient(a, async (client) => {
      const stored = await client.kv.getString(keys.config);
      if (stored === undefined) {
        process.stderr.write(`Error: no network configuration at ${keys.config}\n`);
        throw new ReportedError();
      }
      if (!a.effective) {
        line(stored);
        return;
      }
      try {
        line(formatNetworkConfig(parseNetworkConfig(stored)));
      } catch (err) {
        if (!(err instanceof NetworkConfigError)) throw err;
        process.stderr.write(`Error: ${keys.config}: ${err.message}\n`);
        throw new ReportedError();
      }
    });
  },
};

const configCommand: CommandModule<NetArgs, NetArgs> = {
  command: 'config <command>',
  describe: 'write and show the network configuration (<prefix>/config)',
  builder: (y) =>
    y
      .command(configSetCommand)
      .command(configGetCommand)
      .demandCommand(1, 'config needs a subcommand'),
  handler: () => undefined,
};

const leasesCommand: CommandModule<NetArgs, NetArgs> = {
  command: 'leases',
  describe: "Lists the machines' subnet leases: subnet, public IP, backend, time left",
  handler: async (a) => {
    const keys = new NetKeys(a['etcd-prefix']);
    await withClient(a, async (client) => {
      const listed = await client.kv.get(keys.subnets, { prefix: true });
      const leases = await Promise.all(
        listed.kvs.flatMap((kv) => {
          const subnet = keys.subnetOf(kv.key.toString());
          if (!subnet) return [];
          const attrs = decodeLeaseAttrs(kv.value.toString());
          return [
            (async () => {
              // A lease without an etcd lease is a reservation: it never ends.
              const ttl =
                kv.lease === 0n
                  ? undefined
                  : (await client.lease.timeToLive(kv.lease).catch(() => undefined))?.ttl;
              return { subnet, attrs, etcdLease: kv.lease, ttl };
            })(),
          ];
        }),
      );
      leases.sort((x, y) => x.subnet.ip - y.subnet.ip);
      if (a['write-out'] === 'json') {
        const rows = leases.map((l) => ({
          subnet: formatIp4Net(l.subnet),
          publicIp: l.attrs?.publicIp,
          backendType: l.attrs?.backendType,
          backendData: l.attrs?.backendData,
          lease: hexId(l.etcdLease),
          ttl: l.ttl,
        }));
        line(toJson({ header: jsonHeader(listed.header), leases: rows }));
        return;
      }
      if (leases.length === 0) {
        process.stderr.write(`no subnet leases under ${keys.subnets}\n`);
        return;
      }
      const rows = leases.map((l) => [
        formatIp4Net(l.subnet),
        l.attrs?.publicIp ?? '?',
        l.attrs?.backendType || '-',
        typeof l.attrs?.backendData?.VtepMAC === 'string' ? l.attrs.backendData.VtepMAC : '-',
        l.etcdLease === 0n ? 'reserved' : l.ttl === undefined ? '-' : formatTtl(l.ttl),
      ]);
      line(tabulate([['SUBNET', 'PUBLIC IP', 'BACKEND', 'VTEP MAC', 'EXPIRES IN'], ...rows]));
    });
  },
};

interface DockerOptsArgs extends NetArgs {
  'subnet-file': string;
  key: string | undefined;
}

const dockerOptsCommand: CommandModule<NetArgs, DockerOptsArgs> = {
  command: 'docker-opts',
  describe:
    "Prints the Docker engine's options for this machine's subnet, as flannel's mk-docker-opts.sh: its bridge on the upper half (the lower half is the units'), the overlay's MTU, masquerading unless the network does it",
  builder: (y) =>
    y
      .option('subnet-file', {
        type: 'string',
        default: process.env.CLUSTERD_SUBNET_FILE ?? '/run/flannel/subnet.env',
        describe: 'the subnet file the agent writes',
      })
      .option('key', {
        type: 'string',
        describe: 'print `KEY="options"`, a line for an environment file (flannel: -k DOCKER_OPTS)',
      })
      .example('dockerd $($0 net docker-opts)', "start Docker on this machine's subnet"),
  handler: async (a) => {
    const contents = await readSubnetFile(a['subnet-file']);
    if (!contents) {
      process.stderr.write(
        `Error: ${a['subnet-file']}: no subnet yet (the agent writes it once it holds a lease)\n`,
      );
      throw new ReportedError();
    }
    const half = dockerHalf(contents.subnet);
    if (!half) {
      process.stderr.write(
        `Error: the subnet ${formatIp4Net(contents.subnet)} is too small to share with Docker\n`,
      );
      throw new ReportedError();
    }
    const options = [
      `--bip=${formatIp4(half.ip + 1)}/${half.prefixLen}`,
      `--mtu=${contents.mtu}`,
      `--ip-masq=${!contents.ipMasq}`,
    ].join(' ');
    line(a.key === undefined ? options : `${a.key}="${options}"`);
  },
};

/** Seconds as `23h59m`, `4m10s`, `42s`. */
function formatTtl(seconds: number): string {
  if (seconds < 0) return 'expired';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h}h${m}m`;
  return m > 0 ? `${m}m${s}s` : `${s}s`;
}

export const netCommand: CommandModule<GlobalArgs, NetArgs> = {
  command: 'net <command>',
  describe: "the overlay network: flannel's configuration and subnet leases",
  builder: (y) =>
    y
      .option('etcd-prefix', {
        type: 'string',
        default: process.env.CLUSTERD_ETCD_PREFIX ?? defaultNetPrefix,
        describe: "keyspace of the network's data (flannel's --etcd-prefix)",
      })
      .command(configCommand)
      .command(leasesCommand)
      .command(dockerOptsCommand)
      .demandCommand(1, 'net needs a subcommand'),
  handler: () => undefined,
};
