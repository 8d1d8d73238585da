// [X-Fleet]: reading the requirements (aliases, multi-line and quoted multi-values, specifiers,
// Conflicts fields, MachineID precedence, Global truthiness, metadata pairs, unknown keys), the
// submit-time checks with fleet's messages, metadata matching and symmetric conflicts.
import assert from 'node:assert/strict';
import { UnitFile } from '../../src/fleet/unit-file.js';
import {
  conflictsWith,
  matchesMetadata,
  requirementsOf,
  validateRequirements,
  type Requirements,
} from '../../src/fleet/x-fleet.js';
import { seedUnit } from './seed-unit.js';

/** The requirements of a unit whose [X-Fleet] section has these lines. */
function xfleet(lines: string, unitName = 'foo@bar.service'): Requirements {
  return requirementsOf(unitName, UnitFile.parse(`[Unit]\nDescription=x\n\n[X-Fleet]\n${lines}`));
}

function none(): Requirements {
  return xfleet('');
}

function metadataOf(req: Requirements): Record<string, string[]> {
  return Object.fromEntries([...req.metadata].map(([k, v]) => [k, [...v].sort()]));
}

describe('fleet: [X-Fleet]', () => {
  describe('requirementsOf', () => {
    it('reads the seed unit: one conflict glob from the deprecated X-Conflicts', () => {
      const req = requirementsOf('nginx@80.service', UnitFile.parse(seedUnit));
      assert.deepEqual(req, {
        machineId: undefined,
        machineOf: [],
        metadata: new Map(),
        conflicts: ['nginx@*.service'],
        global: false,
        replaces: [],
        unknown: [],
      });
      assert.deepEqual(validateRequirements('nginx@80.service', req), { errors: [], warnings: [] });
    });

    it('has no requirements without an [X-Fleet] section', () => {
      const req = requirementsOf('a.service', UnitFile.parse('[Service]\nExecStart=/bin/true\n'));
      assert.deepEqual(req, none());
    });

    it('ignores options of the same names in other sections', () => {
      const req = requirementsOf(
        'a.service',
        UnitFile.parse('[Unit]\nConflicts=b.service\n[Service]\nMachineID=x\n'),
      );
      assert.deepEqual(req, none());
    });

    it('accepts every deprecated alias', () => {
      const req = xfleet(
        [
          'X-ConditionMachineOf=peer.service',
          'X-ConditionMachineMetadata=region=east',
          'X-Conflicts=other@*.service',
        ].join('\n'),
      );
      assert.deepEqual(req.machineOf, ['peer.service']);
      assert.deepEqual(metadataOf(req), { region: ['east'] });
      assert.deepEqual(req.conflicts, ['other@*.service']);
      assert.deepEqual(req.unknown, []);
      assert.equal(xfleet('X-ConditionMachineID=abc').machineId, 'abc');
      assert.equal(xfleet('X-ConditionMachineBootID=boot').machineId, 'boot');
    });

    it('lists values of the deprecated spelling before the current one, as fleet does', () => {
      const req = xfleet(
        [
          'MachineOf=b.service',
          'X-ConditionMachineOf=a.service',
          'Conflicts=d',
          'X-Conflicts=c',
        ].join('\n'),
      );
      assert.deepEqual(req.machineOf, ['a.service', 'b.service']);
      assert.deepEqual(req.conflicts, ['c', 'd']);
    });

    it('takes the first MachineID value, preferring MachineID, then the X-Condition forms', () => {
      assert.equal(xfleet('MachineID=one\nMachineID=two').machineId, 'one');
      assert.equal(xfleet('MachineID="one" "two"').machineId, 'one');
      assert.equal(
        xfleet('X-ConditionMachineBootID=boot\nX-ConditionMachineID=old\nMachineID=new').machineId,
        'new',
      );
      assert.equal(
        xfleet('X-ConditionMachineBootID=boot\nX-ConditionMachineID=old').machineId,
        'old',
      );
      // An empty MachineID is still a requirement, and no machine has the empty ID.
      assert.equal(xfleet('MachineID=').machineId, '');
    });

    it('reads an option given on several lines and quoted values on one line', () => {
      const req = xfleet(
        [
          'MachineMetadata="region=east" "job=foo"',
          'MachineMetadata="region=west" "job=bar"',
          'MachineMetadata=disk=ssd',
          'MachineOf="a.service" "b.service"',
          'MachineOf=c.service',
        ].join('\n'),
      );
      assert.deepEqual(metadataOf(req), {
        disk: ['ssd'],
        job: ['bar', 'foo'],
        region: ['east', 'west'],
      });
      assert.deepEqual(req.machineOf, ['a.service', 'b.service', 'c.service']);
    });

    it('splits quoted values as fleet’s parseMultivalueLine does, oddities included', () => {
      const replaces = (value: string) => xfleet(`Replaces=${value}`).replaces;
      assert.deepEqual(replaces('"bar" "ping" "pong"'), ['bar', 'ping', 'pong']);
      assert.deepEqual(replaces('"bar"'), ['bar']);
      assert.deepEqual(replaces(''), ['']);
      assert.deepEqual(replaces('""'), ['']);
      assert.deepEqual(replaces('"bar'), ['"bar'], 'not quoted at both ends: one value');
      assert.deepEqual(replaces('bar"'), ['bar"']);
      assert.deepEqual(replaces('foo\\"bar'), ['foo\\"bar']);
      assert.deepEqual(replaces('"bar" "'), ['bar', '']);
      assert.deepEqual(replaces('"foo\\"bar"'), ['foo\\bar'], 'no escapes: the quote toggles');
      assert.deepEqual(replaces('"a b" "c"'), ['a b', 'c'], 'spaces inside quotes stay');
      assert.deepEqual(replaces('"a"  "b"'), ['a', '', 'b'], 'each unquoted space ends a value');
      assert.deepEqual(replaces('"a"\t"b"'), ['a\tb'], 'only the space separates');
      assert.deepEqual(replaces('a b'), ['a b'], 'unquoted: one value');
    });

    it('expands %n %N %p %i for the unit’s name, and no other specifier', () => {
      const req = xfleet(
        [
          'MachineOf=%p.socket',
          'MachineOf=%n',
          'MachineOf=%N.target',
          'MachineID=%i',
          'Conflicts=%p@*.service other-%i.service',
          'MachineMetadata=role=%p',
          'Replaces=%H-%m-%b-%P-%I-%t',
        ].join('\n'),
        'pin@m1.service',
      );
      assert.deepEqual(req.machineOf, ['pin.socket', 'pin@m1.service', 'pin@m1.target']);
      assert.equal(req.machineId, 'm1');
      assert.deepEqual(req.conflicts, ['pin@*.service', 'other-m1.service']);
      assert.deepEqual(metadataOf(req), { role: ['pin'] });
      assert.deepEqual(req.replaces, ['%H-%m-%b-%P-%I-%t']);
    });

    it('expands the parts of a plain name and of a template', () => {
      const plain = xfleet('MachineOf=%p|%N|%i|%n', 'web.service');
      assert.deepEqual(plain.machineOf, ['web|web||web.service']);
      const template = xfleet('MachineOf=%p|%N|%i|%n', 'web@.service');
      assert.deepEqual(template.machineOf, ['web|web@||web@.service']);
    });

    it('expands nothing for a name fleet cannot split (no dot)', () => {
      assert.deepEqual(xfleet('MachineOf=%p|%n|%i', 'nodot').machineOf, ['%p|%n|%i']);
      assert.deepEqual(xfleet('MachineOf=%p|%n|%i', '').machineOf, ['%p|%n|%i']);
    });

    it('splits Conflicts on whitespace, over quoted values and lines', () => {
      const req = xfleet(
        [
          'Conflicts=a.service  b@*.service\tc.service',
          'Conflicts="d.service e.service" "f"',
          'Conflicts=',
        ].join('\n'),
      );
      assert.deepEqual(req.conflicts, [
        'a.service',
        'b@*.service',
        'c.service',
        'd.service',
        'e.service',
        'f',
      ]);
      assert.deepEqual(xfleet('Conflicts=').conflicts, [], 'an empty line gives no glob');
    });

    it('does not split MachineOf or Replaces on whitespace', () => {
      const req = xfleet('MachineOf=a.service b.service\nReplaces=c.service d.service');
      assert.deepEqual(req.machineOf, ['a.service b.service']);
      assert.deepEqual(req.replaces, ['c.service d.service']);
    });

    it('reads Global as truthy (true yes 1 on t, any case), the last value winning', () => {
      for (const value of ['true', 'yes', '1', 'on', 't', 'TRUE', 'Yes', 'oN', 'T']) {
        assert.equal(xfleet(`Global=${value}`).global, true, value);
      }
      for (const value of ['false', 'no', '0', 'off', 'f', '', 'y', 'truee', '2', ' ']) {
        assert.equal(xfleet(`Global=${value}`).global, false, JSON.stringify(value));
      }
      assert.equal(xfleet('Global=true\nGlobal=false').global, false);
      assert.equal(xfleet('Global=false\nGlobal=true').global, true);
      assert.equal(xfleet('Global="true" "no"').global, false);
      assert.equal(xfleet('Global="no" "on"').global, true);
    });

    it('ignores malformed metadata pairs', () => {
      const req = xfleet(
        [
          'MachineMetadata=noequals',
          'MachineMetadata==value',
          'MachineMetadata=key=',
          'MachineMetadata=a=b=c',
          'MachineMetadata=',
          'MachineMetadata=ok=yes',
          'MachineMetadata=ok=yes',
        ].join('\n'),
      );
      assert.deepEqual(metadataOf(req), { ok: ['yes'] });
    });

    it('lists unknown keys once each, in order; keys are case-sensitive', () => {
      const req = xfleet(
        [
          'Weight=5',
          'machineid=abc',
          'Weight=6',
          'X-MachineID=x',
          'MachineID=m',
          'X-Global=true',
        ].join('\n'),
      );
      assert.deepEqual(req.unknown, ['Weight', 'machineid', 'X-MachineID', 'X-Global']);
      assert.equal(req.machineId, 'm');
      assert.equal(req.global, false);
    });
  });

  describe('validateRequirements', () => {
    const check = (lines: string, name = 'u.service') =>
      validateRequirements(name, xfleet(lines, name));

    it('accepts each option alone, and the combinations fleet allows', () => {
      for (const lines of [
        'MachineID=abc',
        'MachineOf=a.service',
        'MachineMetadata=a=b',
        'Conflicts=a*',
        'Global=true',
        'Replaces=a.service',
        'Global=true\nMachineMetadata=a=b\nConflicts=x*',
        'MachineID=abc\nMachineMetadata=a=b',
        'MachineOf=a.service\nConflicts=b*',
        'MachineOf=a.service\nReplaces=b.service',
        'Global=false\nMachineID=abc',
      ]) {
        assert.deepEqual(check(lines), { errors: [], warnings: [] }, lines);
      }
    });

    it('refuses each combination in fleet’s matrix with fleet’s message', () => {
      const cases: [string, string][] = [
        ['MachineID=abc\nMachineOf=a.service', 'MachineID cannot be used with Peers'],
        ['MachineID=abc\nConflicts=a*', 'MachineID cannot be used with Conflicts'],
        ['MachineID=abc\nGlobal=true', 'MachineID cannot be used with Global'],
        ['MachineID=abc\nReplaces=a.service', 'MachineID cannot be used with Replaces'],
        ['Global=true\nMachineOf=a.service', 'Global cannot be used with Peers'],
        ['Global=true\nReplaces=a.service', 'Global cannot be used with Replaces'],
        ['Conflicts=a*\nReplaces=b.service', 'Conflicts cannot be used with Replaces'],
        [
          'X-ConditionMachineBootID=abc\nX-ConditionMachineOf=a.service',
          'MachineID cannot be used with Peers',
        ],
        ['MachineID=\nX-Conflicts=a*', 'MachineID cannot be used with Conflicts'],
        ['Global=true\nMachineOf=', 'Global cannot be used with Peers'],
      ];
      for (const [lines, message] of cases) {
        assert.deepEqual(check(lines).errors, [message], lines);
      }
    });

    it('refuses a peer that one of its own Conflicts or Replaces globs matches', () => {
      assert.deepEqual(check('MachineOf=db.service\nConflicts=web* db*').errors, [
        'unresolvable requirements: peer "db.service" matches conflict "db*"',
      ]);
      assert.deepEqual(check('MachineOf=db.service\nReplaces=db.service').errors, [
        'unresolvable requirements: peer "db.service" matches replace "db.service"',
      ]);
      // After specifier expansion: %p.socket and %p* name the same unit.
      assert.deepEqual(check('MachineOf=%p.socket\nConflicts=%p*', 'app.service').errors, [
        'unresolvable requirements: peer "app.socket" matches conflict "app*"',
      ]);
    });

    it('reports every refusal in fleet’s order; fleet reports the first', () => {
      const { errors } = check(
        'MachineID=abc\nMachineOf=db.service\nMachineOf=db.service\nConflicts=db*\nReplaces=*.service',
      );
      assert.deepEqual(errors, [
        'unresolvable requirements: peer "db.service" matches conflict "db*"',
        'unresolvable requirements: peer "db.service" matches replace "*.service"',
        'MachineID cannot be used with Peers',
        'MachineID cannot be used with Conflicts',
        'MachineID cannot be used with Replaces',
        'Conflicts cannot be used with Replaces',
      ]);
    });

    it('warns about each unknown key, with fleet’s message, and does not refuse the unit', () => {
      assert.deepEqual(check('Weight=5\nFoo=bar\nConflicts=x*', 'app.service'), {
        errors: [],
        warnings: [
          'unrecognized requirement in [X-Fleet] section: "Weight"',
          'unrecognized requirement in [X-Fleet] section: "Foo"',
        ],
      });
    });

    it('checks the name first, as fleet does before the options', () => {
      assert.deepEqual(check('MachineID=abc\nGlobal=true', 'bad name.service').errors, [
        "invalid character ' ' in unit name",
        'MachineID cannot be used with Global',
      ]);
      assert.deepEqual(check('', 'foo@.mount').errors, ['invalid unit type for template: "mount"']);
    });
  });

  describe('matchesMetadata', () => {
    const req = xfleet(
      'MachineMetadata="region=east" "job=foo"\nMachineMetadata="region=west" "job=bar"',
    );

    it('needs every key (AND) with one of its values (OR)', () => {
      assert.equal(matchesMetadata(req, { region: 'east', job: 'foo' }), true);
      assert.equal(matchesMetadata(req, { region: 'west', job: 'foo' }), true);
      assert.equal(matchesMetadata(req, { region: 'east', job: 'bar', extra: 'x' }), true);
      assert.equal(matchesMetadata(req, { region: 'north', job: 'foo' }), false);
      assert.equal(matchesMetadata(req, { region: 'east', job: 'baz' }), false);
    });

    it('fails a machine that lacks a key, and compares values exactly', () => {
      assert.equal(matchesMetadata(req, { region: 'east' }), false);
      assert.equal(matchesMetadata(req, {}), false);
      assert.equal(matchesMetadata(req, { region: 'East', job: 'foo' }), false);
      assert.equal(matchesMetadata(xfleet('MachineMetadata=toString=x'), {}), false);
    });

    it('lets any machine run a unit without metadata requirements', () => {
      assert.equal(matchesMetadata(none(), {}), true);
      assert.equal(matchesMetadata(none(), { region: 'east' }), true);
    });
  });

  describe('conflictsWith', () => {
    const nginx = requirementsOf('nginx@80.service', UnitFile.parse(seedUnit));
    const nginx2 = requirementsOf('nginx@81.service', UnitFile.parse(seedUnit));

    it('keeps two instances of the seed unit apart, but not an instance from itself', () => {
      assert.equal(conflictsWith('nginx@80.service', nginx, 'nginx@81.service', nginx2), true);
      assert.equal(conflictsWith('nginx@80.service', nginx, 'nginx@80.service', nginx), false);
    });

    it('is symmetric: either side’s globs are enough', () => {
      const plain = none();
      assert.equal(conflictsWith('nginx@80.service', nginx, 'nginx@9.service', plain), true);
      assert.equal(conflictsWith('nginx@9.service', plain, 'nginx@80.service', nginx), true);
      assert.equal(conflictsWith('nginx@80.service', nginx, 'redis.service', plain), false);
      assert.equal(conflictsWith('redis.service', plain, 'nginx@80.service', nginx), false);
    });

    it('matches with path.Match globs, any of several', () => {
      const a = xfleet('Conflicts=db-?.service cache-[0-9].service');
      assert.equal(conflictsWith('a.service', a, 'db-1.service', none()), true);
      assert.equal(conflictsWith('a.service', a, 'db-10.service', none()), false);
      assert.equal(conflictsWith('a.service', a, 'cache-7.service', none()), true);
      assert.equal(conflictsWith('a.service', a, 'cache-x.service', none()), false);
      const malformed = xfleet('Conflicts=[');
      assert.equal(conflictsWith('a.service', malformed, '[', none()), false);
    });
  });
});
