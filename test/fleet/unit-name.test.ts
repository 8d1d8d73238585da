// Unit names: how fleet splits them into prefix, instance and suffix, tells templates from
// instances, and which names it refuses at submit time with which message (api/units.go).
import assert from 'node:assert/strict';
import { parseUnitName, templateOf, validateUnitName } from '../../src/fleet/unit-name.js';

describe('fleet: unit names', () => {
  describe('parseUnitName', () => {
    it('splits an instance, a template and a plain name', () => {
      assert.deepEqual(parseUnitName('foo@bar.service'), {
        prefix: 'foo',
        instance: 'bar',
        suffix: 'service',
      });
      assert.deepEqual(parseUnitName('foo@.service'), {
        prefix: 'foo',
        instance: '',
        suffix: 'service',
      });
      assert.deepEqual(parseUnitName('foo.service'), {
        prefix: 'foo',
        instance: undefined,
        suffix: 'service',
      });
    });

    it('takes the instance from the first @ to the last dot', () => {
      assert.deepEqual(parseUnitName('a.b@c@d.e.socket'), {
        prefix: 'a.b',
        instance: 'c@d.e',
        suffix: 'socket',
      });
      assert.deepEqual(parseUnitName('nginx@80.service'), {
        prefix: 'nginx',
        instance: '80',
        suffix: 'service',
      });
    });

    it('has no parts for a name without a dot, and does not check the parts', () => {
      assert.equal(parseUnitName('foo'), undefined);
      assert.equal(parseUnitName(''), undefined);
      assert.deepEqual(parseUnitName('foo.'), { prefix: 'foo', instance: undefined, suffix: '' });
      assert.deepEqual(parseUnitName('@x.bogus'), { prefix: '', instance: 'x', suffix: 'bogus' });
    });
  });

  describe('templateOf', () => {
    it('an instance names its template; other names have none', () => {
      assert.equal(templateOf('foo@80.service'), 'foo@.service');
      assert.equal(templateOf('nginx@80.service'), 'nginx@.service');
      assert.equal(templateOf('a@b@c.socket'), 'a@.socket');
      assert.equal(templateOf('foo@.service'), undefined);
      assert.equal(templateOf('foo.service'), undefined);
      assert.equal(templateOf('foo'), undefined);
    });
  });

  describe('validateUnitName', () => {
    it('accepts every unit type, and templates and instances of the template types', () => {
      for (const type of [
        'automount',
        'busname',
        'device',
        'mount',
        'path',
        'scope',
        'service',
        'slice',
        'snapshot',
        'socket',
        'swap',
        'target',
        'timer',
      ]) {
        assert.equal(validateUnitName(`foo.${type}`), undefined, type);
      }
      for (const type of ['path', 'service', 'socket', 'target', 'timer']) {
        assert.equal(validateUnitName(`foo@.${type}`), undefined, type);
        assert.equal(validateUnitName(`foo@1.${type}`), undefined, type);
      }
    });

    it('accepts the characters systemd allows, the backslash included', () => {
      assert.equal(validateUnitName('aZ09:-_.x.service'), undefined);
      assert.equal(validateUnitName('nginx@80.service'), undefined);
      assert.equal(validateUnitName('nginx-discovery@80.service'), undefined);
      assert.equal(validateUnitName('foo@bar@baz.service'), undefined);
      assert.equal(validateUnitName('dev-disk-by\\x2duuid.device'), undefined);
    });

    it('refuses an empty or over-long name', () => {
      assert.equal(validateUnitName(''), 'unit name cannot be empty');
      const longest = `${'a'.repeat(256 - '.service'.length)}.service`;
      assert.equal(validateUnitName(longest), undefined);
      assert.equal(validateUnitName(`a${longest}`), 'unit name exceeds maximum length (256)');
      // Length is counted in bytes, as Go's len() does, before the characters are checked.
      assert.equal(
        validateUnitName(`${'é'.repeat(125)}.service`),
        'unit name exceeds maximum length (256)',
      );
    });

    it('requires a dot that does not end the name', () => {
      assert.equal(validateUnitName('foo'), 'unit name must contain "."');
      assert.equal(validateUnitName('foo.'), 'unit name cannot end in "."');
      assert.equal(validateUnitName('foo.service.'), 'unit name cannot end in "."');
    });

    it('refuses unknown unit types, and templates and instances of the other types', () => {
      assert.equal(validateUnitName('foo.bar'), 'invalid unit type: "bar"');
      assert.equal(validateUnitName('foo.Service'), 'invalid unit type: "Service"');
      assert.equal(validateUnitName('foo.ser"vice'), 'invalid unit type: "ser\\"vice"');
      assert.equal(validateUnitName('foo.ser\tvice'), 'invalid unit type: "ser\\tvice"');
      assert.equal(validateUnitName('foo@.mount'), 'invalid unit type for template: "mount"');
      assert.equal(validateUnitName('foo@1.device'), 'invalid unit type for template: "device"');
    });

    it('names the first invalid character as Go quotes a rune', () => {
      assert.equal(validateUnitName('foo bar.service'), "invalid character ' ' in unit name");
      assert.equal(validateUnitName('foo/bar.service'), "invalid character '/' in unit name");
      assert.equal(validateUnitName('a%i.service'), "invalid character '%' in unit name");
      assert.equal(validateUnitName("it's.service"), "invalid character '\\'' in unit name");
      assert.equal(validateUnitName('tab\t.service'), "invalid character '\\t' in unit name");
      assert.equal(validateUnitName('nul\0.service'), "invalid character '\\x00' in unit name");
      assert.equal(validateUnitName('é.service'), "invalid character 'é' in unit name");
      assert.equal(
        validateUnitName('nbsp\u00a0.service'),
        "invalid character '\\u00a0' in unit name",
      );
      assert.equal(validateUnitName('a😀.service'), "invalid character '😀' in unit name");
    });

    it('refuses a leading @, but only after the type and character checks', () => {
      assert.equal(validateUnitName('@foo.service'), 'unit name cannot start in "@"');
      assert.equal(validateUnitName('@.service'), 'unit name cannot start in "@"');
      assert.equal(validateUnitName('@foo.mount'), 'invalid unit type for template: "mount"');
      assert.equal(validateUnitName('@f o.service'), "invalid character ' ' in unit name");
    });
  });
});
