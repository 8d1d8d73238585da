// UnitFile: parsing as go-systemd's unit.Deserialize does (sections, comments, trimming,
// continuation lines, what comes before the first section, the errors and the line limit), the
// canonical text of unit.Serialize, and fleet's SHA1 hash of that text.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { UnitFile, UnitFileError } from '../../src/fleet/unit-file.js';
import type { UnitOption } from '../../src/fleet/unit-option.js';
import { seedUnit } from './seed-unit.js';

function opt(section: string, name: string, value: string): UnitOption {
  return { section, name, value };
}

function options(text: string): UnitOption[] {
  return [...UnitFile.parse(text).options];
}

function parseError(text: string): string {
  try {
    UnitFile.parse(text);
  } catch (err) {
    assert.ok(err instanceof UnitFileError, `not a UnitFileError: ${String(err)}`);
    return err.message;
  }
  assert.fail('parsed without an error');
}

describe('fleet: UnitFile', () => {
  describe('the seed unit', () => {
    const unit = UnitFile.parse(seedUnit);

    it('has every option in order, repeated options included', () => {
      assert.deepEqual(unit.options, [
        opt('Unit', 'Description', 'nginx'),
        opt('Unit', 'After', 'etcd.service'),
        opt('Unit', 'After', 'docker.service'),
        opt('Unit', 'Requires', 'nginx-discovery@%i.service'),
        opt('Service', 'TimeoutStartSec', '0'),
        opt('Service', 'KillMode', 'none'),
        opt('Service', 'ExecStartPre', '-/usr/bin/docker kill nginx%i'),
        opt('Service', 'ExecStartPre', '-/usr/bin/docker rm nginx%i'),
        opt('Service', 'ExecStartPre', '/usr/bin/docker pull nginx'),
        opt('Service', 'ExecStart', '/usr/bin/docker run -d --name nginx%i -p %i:80 nginx'),
        opt('X-Fleet', 'X-Conflicts', 'nginx@*.service'),
      ]);
    });

    it('answers values per section and name, in file order', () => {
      assert.deepEqual(unit.values('Unit', 'After'), ['etcd.service', 'docker.service']);
      assert.deepEqual(unit.values('Service', 'ExecStartPre'), [
        '-/usr/bin/docker kill nginx%i',
        '-/usr/bin/docker rm nginx%i',
        '/usr/bin/docker pull nginx',
      ]);
      assert.deepEqual(unit.values('X-Fleet', 'X-Conflicts'), ['nginx@*.service']);
      assert.deepEqual(unit.values('Service', 'After'), [], 'names are per section');
      assert.deepEqual(unit.values('unit', 'Description'), [], 'sections are case-sensitive');
      assert.deepEqual(unit.values('Unit', 'description'), [], 'names are case-sensitive');
    });

    it('serializes to its own text, already canonical, and hashes that text', () => {
      assert.equal(unit.serialize(), seedUnit);
      assert.equal(unit.hash, '1216813e263d2fdef604463f013f8dc20d62f96f');
    });

    it('keeps the hash when only layout and comments change', () => {
      const relaid = `# nginx, one per machine
[Unit]
  Description = nginx
After=etcd.service
; ordering
After=docker.service
Requires=nginx-discovery@%i.service
[Service]
TimeoutStartSec=0
KillMode=none


ExecStartPre=-/usr/bin/docker kill nginx%i
ExecStartPre=-/usr/bin/docker rm nginx%i
ExecStartPre=/usr/bin/docker pull nginx
ExecStart=/usr/bin/docker run -d --name nginx%i -p %i:80 nginx   
[X-Fleet]
X-Conflicts=nginx@*.service`;
      assert.equal(UnitFile.parse(relaid).hash, unit.hash);
    });

    it('parses the same with CRLF line ends', () => {
      assert.deepEqual(options(seedUnit.replace(/\n/g, '\r\n')), [...unit.options]);
    });
  });

  describe('hash', () => {
    it('is fleet’s: SHA1 of the serialized text (fleet’s own unit test value)', () => {
      const unit = UnitFile.parse('[Service]\nExecStart=/bin/sleep 100\n');
      assert.equal(unit.hash, '1c6fb6f3684bafb0c173d8b8b957ceff031180c1');
    });

    it('of a unit without options is the hash of the empty text', () => {
      const empty = createHash('sha1').update('').digest('hex');
      assert.equal(UnitFile.parse('').hash, empty);
      assert.equal(UnitFile.parse('[Unit]\n[Service]\n').hash, empty, 'empty sections vanish');
      assert.equal(UnitFile.fromOptions([]).serialize(), '');
    });

    it('changes with any value, and hashes non-ASCII text as UTF-8', () => {
      const a = UnitFile.parse('[Unit]\nDescription=a\n');
      const b = UnitFile.parse('[Unit]\nDescription=b\n');
      assert.notEqual(a.hash, b.hash);
      const unicode = UnitFile.parse('[©]\nµ☃=ÇôrèÕ$');
      const expected = createHash('sha1')
        .update(Buffer.from('[©]\nµ☃=ÇôrèÕ$\n', 'utf8'))
        .digest('hex');
      assert.equal(unicode.hash, expected);
    });
  });

  describe('serialize', () => {
    it('gathers a section given twice under its first header, keeping option order', () => {
      const unit = UnitFile.parse('[A]\nx=1\n[B]\ny=2\n[A]\nz=3\n');
      assert.equal(unit.serialize(), '[A]\nx=1\nz=3\n\n[B]\ny=2\n');
    });

    it('writes options from the API as given', () => {
      const unit = UnitFile.fromOptions([
        opt('Service', 'ExecStart', '/bin/true'),
        opt('Unit', 'Description', 'd'),
        opt('Service', 'Restart', 'always'),
      ]);
      assert.equal(
        unit.serialize(),
        '[Service]\nExecStart=/bin/true\nRestart=always\n\n[Unit]\nDescription=d\n',
      );
      assert.deepEqual(unit.values('Service', 'Restart'), ['always']);
    });

    it('round-trips: parsing the serialized text gives the same options and hash', () => {
      for (const text of [
        seedUnit,
        '[Unit]\nDescription= Unnecessarily wrapped \\\n    words here\n',
        '[Unit]\nDescription= words here \\\n  ',
        '[Service]\nEnvironment= "FOO=BAR" "BAZ=QUX"\n',
        '[Unit]\nEmpty=\n',
      ]) {
        const unit = UnitFile.parse(text);
        const again = UnitFile.parse(unit.serialize());
        assert.deepEqual(again.options, unit.options, text);
        assert.equal(again.hash, unit.hash, text);
      }
    });
  });

  describe('fromOptions', () => {
    it('copies and freezes the options: the unit cannot change after it is made', () => {
      const given = [opt('Unit', 'Description', 'd')];
      const unit = UnitFile.fromOptions(given);
      const hash = unit.hash;
      (given[0] as { value: string }).value = 'changed';
      given.push(opt('Unit', 'After', 'x'));
      assert.deepEqual(unit.values('Unit', 'Description'), ['d']);
      assert.equal(unit.options.length, 1);
      assert.ok(Object.isFrozen(unit.options));
      assert.ok(Object.isFrozen(unit.options[0]));
      assert.throws(() => {
        (unit.options as UnitOption[]).push(opt('a', 'b', 'c'));
      }, TypeError);
      assert.equal(unit.hash, hash);
    });

    it('gives the same hash as parsing the equivalent text', () => {
      const parsed = UnitFile.parse(seedUnit);
      assert.equal(UnitFile.fromOptions(parsed.options).hash, parsed.hash);
    });
  });

  describe('parse', () => {
    it('reads several sections and skips blank lines between them', () => {
      assert.deepEqual(
        options(`[Unit]
Description=Foo

[Service]
ExecStart=/usr/bin/sleep infinity

[X-Third-Party]
Pants=on

`),
        [
          opt('Unit', 'Description', 'Foo'),
          opt('Service', 'ExecStart', '/usr/bin/sleep infinity'),
          opt('X-Third-Party', 'Pants', 'on'),
        ],
      );
      assert.deepEqual(options('[Unit]\n[Service]\n[X-Third-Party]\n'), []);
    });

    it('skips # and ; comments, but only at the start of a line', () => {
      assert.deepEqual(
        options(`; comment alpha
# comment bravo
[Unit]
; comment charlie
   # indented comment
#Description=Foo
Description=Bar # not a comment ; nor this
`),
        [opt('Unit', 'Description', 'Bar # not a comment ; nor this')],
      );
    });

    it('continues a comment whose line ends in a backslash', () => {
      assert.deepEqual(options('[Unit]\n# comment \\\nHidden=yes\nShown=yes\n'), [
        opt('Unit', 'Shown', 'yes'),
      ]);
      // One trailing space after the backslash is dropped before looking; two are not.
      assert.deepEqual(options('[Unit]\n# c \\ \nHidden=yes\nShown=yes\n'), [
        opt('Unit', 'Shown', 'yes'),
      ]);
      assert.deepEqual(options('[Unit]\n# c \\  \nShown=yes\n'), [opt('Unit', 'Shown', 'yes')]);
    });

    it('trims the name and the value, keeping inner spaces and quotes', () => {
      assert.deepEqual(options('[Unit]\n Description   =words here\n'), [
        opt('Unit', 'Description', 'words here'),
      ]);
      assert.deepEqual(options('[Unit]\nSome Thing = Bar\n'), [opt('Unit', 'Some Thing', 'Bar')]);
      assert.deepEqual(options('[Unit]\nDescription= words here '), [
        opt('Unit', 'Description', 'words here'),
      ]);
      assert.deepEqual(options('[Service]\nEnvironment= "FOO=BAR" "BAZ=QUX"\n'), [
        opt('Service', 'Environment', '"FOO=BAR" "BAZ=QUX"'),
      ]);
      assert.deepEqual(
        options('[Service]\nExecStart=/bin/bash -c "while true; do echo \\"ping\\"; done"\n'),
        [opt('Service', 'ExecStart', '/bin/bash -c "while true; do echo \\"ping\\"; done"')],
      );
    });

    it('takes everything after the first = as the value, and allows empty names and values', () => {
      assert.deepEqual(options('[Service]\nEnvironment=A=B\n=x\nEmpty=\n'), [
        opt('Service', 'Environment', 'A=B'),
        opt('Service', '', 'x'),
        opt('Service', 'Empty', ''),
      ]);
      assert.deepEqual(options('[Unit]\n<<<<<<<<=Bar\n'), [opt('Unit', '<<<<<<<<', 'Bar')]);
    });

    it('reads the last line without a line break', () => {
      assert.deepEqual(options('[Unit]\nDescription=Bar'), [opt('Unit', 'Description', 'Bar')]);
    });

    it('reads section and option names in any script', () => {
      assert.deepEqual(options('[©]\nµ☃=ÇôrèÕ$'), [opt('©', 'µ☃', 'ÇôrèÕ$')]);
    });

    it('keeps a continued value’s backslash and line break, as go-systemd does', () => {
      assert.deepEqual(options('[Unit]\nDescription= Unnecessarily wrapped \\\n    words here\n'), [
        opt('Unit', 'Description', 'Unnecessarily wrapped \\\n    words here'),
      ]);
      // The slide's original ExecStart, split over two lines.
      assert.deepEqual(
        options(
          '[Service]\nExecStart=/usr/bin/docker run -d --name nginx%i \\\n-p 80:80 infoslack/docker-nginx\n',
        ),
        [
          opt(
            'Service',
            'ExecStart',
            '/usr/bin/docker run -d --name nginx%i \\\n-p 80:80 infoslack/docker-nginx',
          ),
        ],
      );
    });

    it('continues a value over comment-like lines, and not past a blank one', () => {
      assert.deepEqual(
        options(`[Unit]
Description=Bar\\
# comment alpha

Description=Bar\\
# comment bravo \\
Baz
`),
        [
          opt('Unit', 'Description', 'Bar\\\n# comment alpha'),
          opt('Unit', 'Description', 'Bar\\\n# comment bravo \\\nBaz'),
        ],
      );
      // A blank line after a backslash ends the value and leaves its line break in it.
      assert.deepEqual(options('[Unit]\nDescription= words here \\\n  '), [
        opt('Unit', 'Description', 'words here \\\n'),
      ]);
      assert.deepEqual(options('[Unit]\nA=x \\\n\nB=y\n'), [
        opt('Unit', 'A', 'x \\\n'),
        opt('Unit', 'B', 'y'),
      ]);
    });

    it('keeps a backslash at the very end of the file, and one followed by spaces', () => {
      assert.deepEqual(options('[Unit]\nDescription=Bar \\'), [
        opt('Unit', 'Description', 'Bar \\'),
      ]);
      assert.deepEqual(options('[Service]\nExecStart=/bin/bash echo poof \\  '), [
        opt('Service', 'ExecStart', '/bin/bash echo poof \\'),
      ]);
    });

    it('drops whatever comes before the first section, as go-systemd and systemd do', () => {
      assert.deepEqual(options('Description=Foo\n[Unit]\nDescription=Bar\n'), [
        opt('Unit', 'Description', 'Bar'),
      ]);
      assert.deepEqual(options('<<<<<<<<\n[Unit]\nDescription=Bar\n'), [
        opt('Unit', 'Description', 'Bar'),
      ]);
      assert.deepEqual(options('\ufeff[Unit]\nDescription=Bar\n'), [
        opt('Unit', 'Description', 'Bar'),
      ]);
      assert.deepEqual(options('Description=Foo\n'), []);
    });

    it('accepts indented section headers and blanks after them', () => {
      assert.deepEqual(options('  [Unit]  \n\tDescription=x\n   [Service] \t\nType=simple\n'), [
        opt('Unit', 'Description', 'x'),
        opt('Service', 'Type', 'simple'),
      ]);
    });
  });

  describe('parse errors', () => {
    it('a section header without its ]', () => {
      assert.equal(parseError('[Unit\nDescription=Foo\n'), 'unable to find end of section');
      assert.equal(parseError('[Unit]\n[Service'), 'unable to find end of section');
    });

    it('anything but blanks after a section header', () => {
      assert.equal(
        parseError('[Unit] pants\nDescription=Foo\n'),
        'found garbage after section name Unit: "pants"',
      );
      assert.equal(
        parseError('[Unit] # comment\n'),
        'found garbage after section name Unit: "# comment"',
      );
    });

    it('a line without = in a section', () => {
      assert.equal(
        parseError('[Unit]\nDescription\n'),
        'unexpected newline encountered while parsing option name',
      );
      assert.equal(
        parseError('[Unit]\n<<<<<<\nDescription=Foo\n'),
        'unexpected newline encountered while parsing option name',
      );
      assert.equal(
        parseError('[Unit]\nDescription'),
        'unexpected EOF encountered while parsing option name',
      );
    });

    it('a backslash before CRLF does not continue the line (go-systemd keeps the \\r there)', () => {
      assert.equal(
        parseError('[Service]\r\nExecStart=/bin/a \\\r\n  -b\r\n'),
        'unexpected newline encountered while parsing option name',
      );
    });

    it('a line of LINE_MAX (2048) bytes or more, wherever it is', () => {
      const tooLong = 'line too long (max 2048 bytes)';
      const value = (bytes: number) => `ExecStart=${'.'.repeat(bytes - 'ExecStart='.length)}`;
      assert.equal(UnitFile.parse(`[Service]\n${value(2047)}\n`).options.length, 1);
      assert.equal(UnitFile.parse(`[Service]\n${value(2047)}`).options.length, 1);
      assert.equal(parseError(`[Service]\n${value(2048)}\n`), tooLong);
      assert.equal(parseError(`[Service]\n${value(2049)}\nOption=value\n`), tooLong);
      assert.equal(parseError(`[S${'e'.repeat(2100)}rvice]\n`), tooLong);
      assert.equal(parseError(`[Service]\n${'ExecStart'.repeat(233)}=/bin/true\n`), tooLong);
      assert.equal(parseError(`${'x'.repeat(3000)}\n[Unit]\n`), tooLong, 'before any section');
      assert.equal(parseError(`[Unit]\n# ${'x'.repeat(3000)}\n`), tooLong, 'in a comment');
      // Bytes, not characters: 1024 two-byte characters make 2048 bytes.
      assert.equal(parseError(`[Unit]\nD=${'é'.repeat(1023)}\n`), tooLong);
      // Every physical line counts, continuation lines too; CR breaks a line as LF does.
      assert.equal(parseError(`[Unit]\nD=a \\\n${'x'.repeat(2048)}\n`), tooLong);
      assert.equal(
        UnitFile.parse(`[Unit]\r\nD=${'x'.repeat(2040)}\r\nE=${'x'.repeat(2040)}\r\n`).options
          .length,
        2,
      );
    });
  });
});
