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

/** The subnet FLANNEL_SUBNET names (masked to its network), or undefined without a usable file. */
export async function readPreviousSubnet(path: string): Promise<Ip4Net | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const line = /^FLANNEL_SUBNET=(\S+)$/m.exec(text);
  return line ? parseIp4Net(line[1]!) : undefined;
}
