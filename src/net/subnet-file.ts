// flannel's subnet file (`--subnet-file`, /run/flannel/subnet.env): what the machine's subnet is,
// for Docker's --bip and for scripts that source it. Written whole and renamed into place, so a
// reader never sees half of it; read back at start for the subnet of the previous run.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatIp4, formatIp4Net, type Ip4Net, parseIp4Net } from './ip4.js';

export interface SubnetFileContents {
  network: Ip4Net;
  subnet: Ip4Net;
  mtu: number;
  ipMasq: boolean;
}

/** FLANNEL_SUBNET is the subnet's first usable address with the subnet's length, as flannel's. */
export function formatSubnetFile(c: SubnetFileContents): string {
  return [
    `FLANNEL_NETWORK=${formatIp4Net(c.network)}`,
    `FLANNEL_SUBNET=${formatIp4(c.subnet.ip + 1)}/${c.subnet.prefixLen}`,
    `FLANNEL_MTU=${c.mtu}`,
    `FLANNEL_IPMASQ=${c.ipMasq}`,
    '',
  ].join('\n');
}

export async function writeSubnetFile(path: string, contents: SubnetFileContents): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, formatSubnetFile(contents));
  await rename(temporary, path);
}

/** The file's values; undefined for a file without FLANNEL_NETWORK and FLANNEL_SUBNET. */
export function parseSubnetFile(text: string): SubnetFileContents | undefined {
  const value = (name: string): string | undefined =>
    new RegExp(`^${name}=(\\S*)$`, 'm').exec(text)?.[1];
  const network = parseIp4Net(value('FLANNEL_NETWORK') ?? '');
  const subnet = parseIp4Net(value('FLANNEL_SUBNET') ?? '');
  if (!network || !subnet) return undefined;
  const mtu = Number(value('FLANNEL_MTU') ?? '1500');
  return {
    network,
    subnet,
    mtu: Number.isInteger(mtu) && mtu > 0 ? mtu : 1500,
    ipMasq: value('FLANNEL_IPMASQ') === 'true',
  };
}

/** The file's values, or undefined when there is no usable file. */
export async function readSubnetFile(path: string): Promise<SubnetFileContents | undefined> {
  try {
    return parseSubnetFile(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}
