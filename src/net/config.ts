// The network configuration at <prefix>/config, in flannel's JSON and with flannel's defaults and
// checks (pkg/subnet/config.go ParseConfig and CheckNetworkConfig): field names match in any
// case, as Go's encoding/json does, and the errors are flannel's own words. IPv4 only.
import {
  containsIp,
  formatIp4,
  formatIp4Net,
  type Ip4Net,
  maskOf,
  parseIp4,
  parseIp4Net,
  sizeOf,
} from './ip4.js';

/** How packets reach the other machines' subnets. */
export type BackendConfig =
  | {
      type: 'vxlan';
      /** The VXLAN network identifier: the device is flannel.<vni>. */
      vni: number;
      /** UDP port of the encapsulation (Linux's own default, as flannel leaves it). */
      port: number;
      /** Set: a host-gw route instead of the tunnel to machines on the same L2 network. */
      directRouting: boolean;
    }
  | { type: 'host-gw' }
  | { type: 'none' };

export interface NetworkConfig {
  network: Ip4Net;
  subnetLen: number;
  /** The first and last subnet that may be leased (their network addresses). */
  subnetMin: number;
  subnetMax: number;
  backend: BackendConfig;
}

export class NetworkConfigError extends Error {}

const defaultVni = 1;
const defaultVxlanPort = 8472;

/** Parses and checks the JSON at <prefix>/config; throws NetworkConfigError saying why not. */
export function parseNetworkConfig(text: string): NetworkConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new NetworkConfigError(`invalid network config: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new NetworkConfigError('invalid network config: not a JSON object');
  const fields = caseless(parsed as Record<string, unknown>);

  if (fields.get('enableipv6') === true)
    throw new NetworkConfigError('EnableIPv6: IPv6 networks are not supported by clusterd');
  if (fields.get('enableipv4') === false)
    throw new NetworkConfigError('EnableIPv4: clusterd needs an IPv4 Network');
  const networkText = fields.get('network');
  if (networkText === undefined || networkText === '')
    throw new NetworkConfigError('please define a correct Network parameter in the flannel config');
  const network = typeof networkText === 'string' ? parseIp4Net(networkText) : undefined;
  if (!network) {
    // Go's own words for a bad CIDR; a value that is no string at all is shown as JSON.
    const shown = typeof networkText === 'string' ? networkText : JSON.stringify(networkText);
    throw new NetworkConfigError(`invalid CIDR address: ${shown}`);
  }

  let subnetLen = integerField(fields, 'SubnetLen', 0, 32);
  if (subnetLen > 0) {
    // A subnet needs room for the tunnel and bridge addresses, and the network more than two of
    // them: the first subnet is never leased.
    if (subnetLen > 30) throw new NetworkConfigError('SubnetLen must be less than /31');
    if (subnetLen < network.prefixLen + 2)
      throw new NetworkConfigError('network must be able to accommodate at least four subnets');
  } else if (network.prefixLen > 28) {
    throw new NetworkConfigError('network is too small. Minimum useful network prefix is /28');
  } else {
    subnetLen = network.prefixLen <= 22 ? 24 : network.prefixLen + 2;
  }

  const subnetSize = sizeOf(subnetLen);
  // The first subnet is skipped: its .0 would be the network's own address.
  const subnetMin = addressField(fields, 'SubnetMin') ?? network.ip + subnetSize;
  const subnetMax =
    addressField(fields, 'SubnetMax') ?? network.ip + sizeOf(network.prefixLen) - subnetSize;
  if (!containsIp(network, subnetMin))
    throw new NetworkConfigError('SubnetMin is not in the range of the Network');
  if (!containsIp(network, subnetMax))
    throw new NetworkConfigError('SubnetMax is not in the range of the Network');
  const mask = maskOf(subnetLen);
  if ((subnetMin & mask) >>> 0 !== subnetMin)
    throw new NetworkConfigError(
      `SubnetMin is not on a SubnetLen boundary: ${formatIp4(subnetMin)}`,
    );
  if ((subnetMax & mask) >>> 0 !== subnetMax)
    throw new NetworkConfigError(
      `SubnetMax is not on a SubnetLen boundary: ${formatIp4(subnetMax)}`,
    );

  return { network, subnetLen, subnetMin, subnetMax, backend: backendOf(fields.get('backend')) };
}

/** The configuration as flannel's JSON, every default spelled out (for `net config get`). */
export function formatNetworkConfig(config: NetworkConfig): string {
  const { backend } = config;
  const backendJson: Record<string, unknown> = { Type: backend.type };
  if (backend.type === 'vxlan') {
    backendJson.VNI = backend.vni;
    backendJson.Port = backend.port;
    if (backend.directRouting) backendJson.DirectRouting = true;
  }
  return JSON.stringify({
    Network: formatIp4Net(config.network),
    SubnetLen: config.subnetLen,
    SubnetMin: formatIp4(config.subnetMin),
    SubnetMax: formatIp4(config.subnetMax),
    Backend: backendJson,
  });
}

function backendOf(value: unknown): BackendConfig {
  // flannel's documented default (its code's own is udp, which clusterd does not carry).
  if (value === undefined || value === null) return vxlan(new Map());
  if (typeof value !== 'object' || Array.isArray(value))
    throw new NetworkConfigError('invalid network config: Backend must be an object');
  const fields = caseless(value as Record<string, unknown>);
  const type = fields.get('type') ?? 'vxlan';
  switch (type) {
    case 'vxlan':
      return vxlan(fields);
    case 'host-gw':
      return { type: 'host-gw' };
    // flannel calls allocation without a data path `alloc`.
    case 'none':
    case 'alloc':
      return { type: 'none' };
    default:
      throw new NetworkConfigError(
        `backend type ${JSON.stringify(type)} is not supported (clusterd has vxlan, host-gw and none)`,
      );
  }
}

function vxlan(fields: Map<string, unknown>): BackendConfig {
  const vni = integerField(fields, 'VNI', 0, 0xffffff) || defaultVni;
  const port = integerField(fields, 'Port', 0, 0xffff) || defaultVxlanPort;
  const directRouting = fields.get('directrouting');
  if (directRouting !== undefined && typeof directRouting !== 'boolean')
    throw new NetworkConfigError('invalid network config: Backend.DirectRouting must be a boolean');
  return { type: 'vxlan', vni, port, directRouting: directRouting === true };
}

/** The object's fields by lower-cased name. */
function caseless(object: Record<string, unknown>): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [name, value] of Object.entries(object)) fields.set(name.toLowerCase(), value);
  return fields;
}

/** An integer field in [min, max]; 0 when absent. */
function integerField(
  fields: Map<string, unknown>,
  name: string,
  min: number,
  max: number,
): number {
  const value = fields.get(name.toLowerCase());
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new NetworkConfigError(`invalid network config: ${name} must be an integer`);
  return value;
}

/** A dotted-quad field; undefined when absent. */
function addressField(fields: Map<string, unknown>, name: string): number | undefined {
  const value = fields.get(name.toLowerCase());
  if (value === undefined || value === null || value === '') return undefined;
  const ip = typeof value === 'string' ? parseIp4(value) : undefined;
  if (ip === undefined)
    throw new NetworkConfigError(`invalid network config: ${name} is not an IPv4 address`);
  return ip;
}
