// etcd's flags as `clusterd agent` parses them (pure functions): Go's value syntax, etcd's
// environment variables and its checks of them, and which given flags say they have no effect.
import assert from 'node:assert/strict';
import {
  checkEtcdEnvironment,
  flagFromEnvironment,
  givenFlags,
  noEffectLines,
  normalizeGoFlags,
  parseGoBool,
  parseGoDuration,
  parseGoUint,
} from '../../src/cli/etcd-flags.js';

describe('agent: etcd flag syntax', () => {
  it("takes Go's booleans, and a bare flag as true", () => {
    for (const t of ['', '1', 't', 'T', 'true', 'TRUE', 'True'])
      assert.equal(parseGoBool('x', t), true);
    for (const f of ['0', 'f', 'F', 'false', 'FALSE', 'False'])
      assert.equal(parseGoBool('x', f), false);
    assert.throws(
      () => parseGoBool('pre-vote', 'yes'),
      /invalid boolean value "yes" for --pre-vote/,
    );
  });

  it("takes Go's durations, in milliseconds", () => {
    assert.equal(parseGoDuration('x', '0'), 0);
    assert.equal(parseGoDuration('x', '5s'), 5000);
    assert.equal(parseGoDuration('x', '2h'), 7_200_000);
    assert.equal(parseGoDuration('x', '1m30.5s'), 90_500);
    assert.equal(parseGoDuration('x', '100ms'), 100);
    assert.equal(parseGoDuration('x', '1500us'), 1.5);
    // Go wants a unit on everything but 0.
    assert.throws(() => parseGoDuration('grpc-keepalive-timeout', '20'), /invalid duration "20"/);
    assert.throws(() => parseGoDuration('x', ''), /invalid duration/);
  });

  it("takes Go's unsigned integers (base prefixes too) and refuses the rest", () => {
    assert.equal(parseGoUint('x', '5'), 5);
    assert.equal(parseGoUint('x', '0x10'), 16);
    assert.equal(parseGoUint('x', '010'), 8);
    assert.equal(parseGoUint('x', '4294967295', 2 ** 32 - 1), 2 ** 32 - 1);
    assert.throws(() => parseGoUint('max-wals', '-1'), /invalid value "-1" for --max-wals/);
    assert.throws(() => parseGoUint('x', '4294967296', 2 ** 32 - 1), /from 0 to 4294967295/);
    assert.throws(() => parseGoUint('x', 'many'));
  });
});

describe("agent: etcd's command lines", () => {
  it("rewrites Go's flag syntax into yargs': one dash, and booleans' other spellings", () => {
    assert.deepEqual(
      normalizeGoFlags([
        'agent',
        '-name',
        'n1',
        '-data-dir=/d',
        '--pre-vote=1',
        '--strict-reconfig-check=F',
        '--force-new-cluster',
        '--debug=TRUE',
        '-fleet=1',
        '--no-net',
        '--',
        '-name',
      ]),
      [
        'agent',
        '--name',
        'n1',
        '--data-dir=/d',
        '--pre-vote=true',
        '--strict-reconfig-check=false',
        '--force-new-cluster',
        '--debug=true',
        // Not an etcd flag: left to yargs.
        '-fleet=1',
        '--no-net',
        '--',
        '-name',
      ],
    );
    assert.throws(() => normalizeGoFlags(['--pre-vote=yes']), /invalid boolean value "yes"/);
    assert.throws(() => normalizeGoFlags(['--debug=']), /invalid boolean value ""/);
  });
});

describe('agent: etcd environment variables', () => {
  it('reads CLUSTERD_<FLAG>, then ETCD_<FLAG> for etcd flags only; an empty ETCD_ one is unset', () => {
    const environ = {
      ETCD_NAME: 'from-etcd',
      ETCD_DATA_DIR: '',
      CLUSTERD_DATA_DIR: '/d',
      ETCD_DNS_ADDR: 'not-an-etcd-flag',
      CLUSTERD_DNS_ADDR: '',
    };
    assert.equal(flagFromEnvironment('name', environ), 'from-etcd');
    assert.equal(flagFromEnvironment('data-dir', environ), '/d');
    assert.equal(flagFromEnvironment('dns-addr', environ), '');
    assert.equal(flagFromEnvironment('fleet', environ), undefined);
    assert.equal(flagFromEnvironment('pre-vote', { ETCD_PRE_VOTE: '' }), undefined);
  });

  it("follows etcd's verifyEnv: a shadowed variable is an error, an unknown one a warning", () => {
    const environ = { ETCD_NAME: 'a', ETCD_NOT_A_FLAG: '1', ETCD_DEBUG: 'true', PATH: '/bin' };
    const ok = checkEtcdEnvironment(['agent', '--data-dir', '/x'], environ);
    assert.equal(ok.conflict, undefined);
    assert.deepEqual(ok.warnings, ['unrecognized environment variable ETCD_NOT_A_FLAG=1']);
    assert.deepEqual(ok.used.sort(), [
      'recognized and used environment variable ETCD_DEBUG=true',
      'recognized and used environment variable ETCD_NAME=a',
    ]);
    const shadowed = checkEtcdEnvironment(['agent', '--name=b'], environ);
    assert.match(
      shadowed.conflict ?? '',
      /conflicting environment variable "ETCD_NAME" is shadowed/,
    );
  });
});

describe('agent: flags without effect', () => {
  it('says so for each given one, and for the values that have none', () => {
    const given = givenFlags(
      ['agent', '--max-wals=3', '--logger', 'capnslog', '--name', 'x', '--no-enable-grpc-gateway'],
      ['proxy'],
      { ETCD_ENABLE_V2: 'true', CLUSTERD_WAL_DIR: '/w' },
    );
    const lines = noEffectLines(
      { 'max-wals': 3, logger: 'capnslog', name: 'x', proxy: 'off' },
      given,
    );
    const flags = lines.map(
      (l) => /^(--[a-z0-9-]+(=\S+)?) has no effect in clusterd: \S/.exec(l)?.[1],
    );
    assert.deepEqual(flags.sort(), [
      '--enable-grpc-gateway',
      '--enable-v2',
      '--logger=capnslog',
      '--max-wals',
      '--proxy',
    ]);
    // zap is what clusterd does.
    assert.deepEqual(noEffectLines({ logger: 'zap' }, new Set(['logger'])), []);
  });
});
