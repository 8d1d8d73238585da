// flannel's network configuration: defaults, checks and their messages (pkg/subnet/config.go and
// config_test.go), field names in any case; and flannel's lease keys and values.
import assert from 'node:assert/strict';
import {
  formatNetworkConfig,
  NetworkConfigError,
  parseNetworkConfig,
} from '../../src/net/config.js';
import { formatIp4, formatIp4Net, parseIp4, parseIp4Net } from '../../src/net/ip4.js';
import {
  decodeLeaseAttrs,
  encodeLeaseAttrs,
  NetKeys,
  parseSubnetKeyName,
} from '../../src/net/subnet-lease.js';
import { formatSubnetFile, parseSubnetFile } from '../../src/net/subnet-file.js';
import { dockerHalf, unitRangeEnd } from '../../src/net/machine-subnet.js';

const parsed = (json: object) => parseNetworkConfig(JSON.stringify(json));
const refused = (json: object | string, message: string) => {
  assert.throws(
    () => parseNetworkConfig(typeof json === 'string' ? json : JSON.stringify(json)),
    (err: unknown) => err instanceof NetworkConfigError && err.message === message,
  );
};

describe('net: addresses', () => {
  it('parses and formats dotted quads and networks, masking host bits as Go does', () => {
    assert.equal(parseIp4('10.3.255.0'), 0x0a03ff00);
    assert.equal(formatIp4(0xffffffff), '255.255.255.255');
    for (const bad of ['10.3.0', '10.3.0.256', '1.2.3.4.5', 'a.b.c.d', '01234.1.1.1'])
      assert.equal(parseIp4(bad), undefined, bad);
    assert.equal(formatIp4Net(parseIp4Net('10.3.7.9/16')!), '10.3.0.0/16');
    assert.equal(parseIp4Net('10.3.7.9/16', true), undefined);
    assert.equal(parseIp4Net('10.3.0.0/33'), undefined);
  });
});

describe('net: network configuration', () => {
  it('fills in flannel’s defaults: /24 subnets, the first skipped, vxlan VNI 1 port 8472', () => {
    const c = parsed({ Network: '10.3.0.0/16' });
    assert.equal(c.subnetLen, 24);
    assert.equal(formatIp4(c.subnetMin), '10.3.1.0');
    assert.equal(formatIp4(c.subnetMax), '10.3.255.0');
    assert.deepEqual(c.backend, { type: 'vxlan', vni: 1, port: 8472, directRouting: false });
    assert.equal(
      formatNetworkConfig(c),
      '{"Network":"10.3.0.0/16","SubnetLen":24,"SubnetMin":"10.3.1.0","SubnetMax":"10.3.255.0","Backend":{"Type":"vxlan","VNI":1,"Port":8472}}',
    );
  });

  it('splits networks smaller than /22 in four, and takes overrides', () => {
    assert.equal(parsed({ Network: '10.3.0.0/24' }).subnetLen, 26);
    assert.equal(parsed({ Network: '10.3.0.0/22' }).subnetLen, 24);
    const c = parsed({
      network: '10.3.0.0/16',
      subnetlen: 20,
      SUBNETMIN: '10.3.32.0',
      SubnetMax: '10.3.64.0',
      backend: { type: 'host-gw' },
    });
    assert.equal(c.subnetLen, 20);
    assert.equal(formatIp4(c.subnetMin), '10.3.32.0');
    assert.equal(formatIp4(c.subnetMax), '10.3.64.0');
    assert.deepEqual(c.backend, { type: 'host-gw' });
    assert.deepEqual(parsed({ Network: '10.3.0.0/16', Backend: { Type: 'alloc' } }).backend, {
      type: 'none',
    });
    assert.deepEqual(
      parsed({ Network: '10.3.0.0/16', Backend: { Type: 'vxlan', VNI: 42, Port: 4789 } }).backend,
      { type: 'vxlan', vni: 42, port: 4789, directRouting: false },
    );
  });

  it('refuses what flannel refuses, in flannel’s words', () => {
    refused({}, 'please define a correct Network parameter in the flannel config');
    refused({ Network: '10.3.0.0/16', SubnetLen: 31 }, 'SubnetLen must be less than /31');
    refused(
      { Network: '10.3.0.0/16', SubnetLen: 17 },
      'network must be able to accommodate at least four subnets',
    );
    refused(
      { Network: '10.3.0.0/29' },
      'network is too small. Minimum useful network prefix is /28',
    );
    refused(
      { Network: '10.3.0.0/16', SubnetMin: '10.4.0.0' },
      'SubnetMin is not in the range of the Network',
    );
    refused(
      { Network: '10.3.0.0/16', SubnetMax: '10.2.0.0' },
      'SubnetMax is not in the range of the Network',
    );
    refused(
      { Network: '10.3.0.0/16', SubnetMin: '10.3.1.5' },
      'SubnetMin is not on a SubnetLen boundary: 10.3.1.5',
    );
    refused(
      { Network: '10.3.0.0/16', SubnetMax: '10.3.200.128' },
      'SubnetMax is not on a SubnetLen boundary: 10.3.200.128',
    );
    refused({ Network: '10.3.0.0/40' }, 'invalid CIDR address: 10.3.0.0/40');
    refused(
      { Network: '10.3.0.0/16', Backend: { Type: 'udp' } },
      'backend type "udp" is not supported (clusterd has vxlan, host-gw and none)',
    );
    refused(
      { Network: '10.3.0.0/16', EnableIPv6: true },
      'EnableIPv6: IPv6 networks are not supported by clusterd',
    );
    refused(
      { Network: '10.3.0.0/16', SubnetLen: '24' },
      'invalid network config: SubnetLen must be an integer',
    );
    assert.throws(() => parseNetworkConfig('{"Network":'), NetworkConfigError);
    refused('[1]', 'invalid network config: not a JSON object');
  });
});

describe('net: lease keys and values', () => {
  it('parses flannel’s keys and refuses its invalid ones', () => {
    assert.equal(formatIp4Net(parseSubnetKeyName('10.12.13.0-24')!), '10.12.13.0/24');
    assert.equal(
      formatIp4Net(parseSubnetKeyName('10.12.13.0-24&fd00:12:13::-56')!),
      '10.12.13.0/24',
    );
    for (const bad of [
      '10.12.13-24',
      '10.12.13.300-24',
      '10.12.13.0-24hi',
      '10.12.13.0-24&2001::',
      '10.12.13.0-24&2001::-56hi',
      '10.12.13.5-24',
    ])
      assert.equal(parseSubnetKeyName(bad), undefined, bad);
    const keys = new NetKeys('/coreos.com/network/');
    assert.equal(
      keys.subnet(parseIp4Net('10.5.52.0/24')!),
      '/coreos.com/network/subnets/10.5.52.0-24',
    );
    assert.equal(keys.config, '/coreos.com/network/config');
  });

  it('writes LeaseAttrs byte for byte as flannel does, and reads any case', () => {
    assert.equal(
      encodeLeaseAttrs({ publicIp: '1.2.3.4', backendType: '', backendData: undefined }),
      '{"PublicIP":"1.2.3.4","PublicIPv6":null}',
    );
    const vxlan = {
      publicIp: '192.168.64.3',
      backendType: 'vxlan',
      backendData: { VNI: 1, VtepMAC: 'c6:d2:32:6f:8f:44' },
    };
    assert.equal(
      encodeLeaseAttrs(vxlan),
      '{"PublicIP":"192.168.64.3","PublicIPv6":null,"BackendType":"vxlan","BackendData":{"VNI":1,"VtepMAC":"c6:d2:32:6f:8f:44"}}',
    );
    assert.deepEqual(decodeLeaseAttrs(encodeLeaseAttrs(vxlan)), vxlan);
    assert.deepEqual(decodeLeaseAttrs('{"publicip":"1.2.3.4"}'), {
      publicIp: '1.2.3.4',
      backendType: '',
      backendData: undefined,
    });
    assert.equal(decodeLeaseAttrs('{"PublicIP":4}'), undefined);
    assert.equal(decodeLeaseAttrs('nope'), undefined);
  });

  it('writes the subnet file as flannel’s sample, and reads it back', () => {
    const contents = {
      network: parseIp4Net('10.5.0.0/16')!,
      subnet: parseIp4Net('10.5.52.0/24')!,
      mtu: 1450,
      ipMasq: false,
    };
    const text = formatSubnetFile(contents);
    assert.equal(
      text,
      'FLANNEL_NETWORK=10.5.0.0/16\nFLANNEL_SUBNET=10.5.52.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=false\n',
    );
    assert.deepEqual(parseSubnetFile(text), contents);
    assert.equal(parseSubnetFile('FLANNEL_MTU=1450\n'), undefined);
  });

  it('gives units the lower half of a subnet and Docker the upper half', () => {
    const subnet = parseIp4Net('10.5.52.0/24')!;
    assert.equal(unitRangeEnd(subnet), '10.5.52.127');
    assert.equal(formatIp4Net(dockerHalf(subnet)!), '10.5.52.128/25');
    const small = parseIp4Net('10.5.52.8/29')!;
    assert.equal(unitRangeEnd(small), '10.5.52.11');
    assert.equal(formatIp4Net(dockerHalf(small)!), '10.5.52.12/30');
    const tiny = parseIp4Net('10.5.52.4/30')!;
    assert.equal(unitRangeEnd(tiny), '10.5.52.6');
    assert.equal(dockerHalf(tiny), undefined);
  });
});
