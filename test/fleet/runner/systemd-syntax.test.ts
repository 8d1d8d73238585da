// systemd's value syntaxes: command lines, Environment=, EnvironmentFile=, time spans, booleans,
// signals and exit status lists, against the rules of systemd.service(5), systemd.exec(5) and
// systemd.time(7).
import assert from 'node:assert/strict';
import {
  expandArguments,
  parseBoolean,
  parseCommandLine,
  parseEnvironment,
  parseEnvironmentFile,
  parseExitStatusList,
  emptyExitStatusSet,
  parseSignal,
  parseTimeSpan,
  splitWords,
} from '../../../src/fleet/runner/systemd-syntax.js';

describe('fleet runner: systemd syntax', function () {
  describe('command lines', function () {
    it('splits on whitespace, with quotes anywhere in a word and empty quoted words kept', () => {
      assert.deepEqual(splitWords(`a  "b c" 'd "e"' f"g h"i "" x`), [
        'a',
        'b c',
        'd "e"',
        'fg hi',
        '',
        'x',
      ]);
    });

    it('reads C escapes, keeps unknown ones, refuses unterminated quotes', () => {
      assert.deepEqual(splitWords(String.raw`"a\tb" \x41\101\u00e9 \n \s \\ \"`), [
        'a\tb',
        'AAé',
        '\n',
        ' ',
        '\\',
        '"',
      ]);
      assert.deepEqual(splitWords(String.raw`a\qb \$x`), [String.raw`a\qb`, String.raw`\$x`]);
      assert.throws(() => splitWords(`"open`), /unterminated quote/);
      assert.throws(() => splitWords('trailing\\'), /trailing backslash/);
    });

    it('takes the prefixes - @ + ! !! : in any order before the program', () => {
      const plain = parseCommandLine('/bin/echo hello "big world"')!;
      assert.deepEqual(plain, {
        path: '/bin/echo',
        args: ['/bin/echo', 'hello', 'big world'],
        ignoreFailure: false,
        privileged: false,
        noSubstitution: false,
      });
      const prefixed = parseCommandLine('-@/bin/sh mysh -c true')!;
      assert.equal(prefixed.ignoreFailure, true);
      assert.equal(prefixed.path, '/bin/sh');
      assert.deepEqual(prefixed.args, ['mysh', '-c', 'true']);
      assert.equal(parseCommandLine('+/bin/true')!.privileged, true);
      assert.equal(parseCommandLine('!!/bin/true')!.privileged, true);
      const colon = parseCommandLine(':-/bin/echo $X')!;
      assert.deepEqual([colon.noSubstitution, colon.ignoreFailure], [true, true]);
      assert.equal(parseCommandLine('  '), undefined, 'an empty value resets the list');
    });

    it('keeps ; as an ordinary argument and accepts a bare program name', () => {
      assert.deepEqual(parseCommandLine('/bin/echo a ; b \\;')!.args, [
        '/bin/echo',
        'a',
        ';',
        'b',
        ';',
      ]);
      assert.equal(parseCommandLine('sleep 1')!.path, 'sleep');
      assert.throws(() => parseCommandLine('bin/sleep 1'), /neither absolute nor a plain name/);
      assert.throws(() => parseCommandLine('@/bin/sh'), /argv\[0\]/);
    });

    it('applies the word transform (specifiers) after unquoting', () => {
      const command = parseCommandLine('/bin/echo "%i x" %n', (w) =>
        w.replace('%i', '80').replace('%n', 'web@80.service'),
      )!;
      assert.deepEqual(command.args, ['/bin/echo', '80 x', 'web@80.service']);
    });

    it('expands $VAR as separate words, ${VAR} inline, $$ as $', () => {
      const env = { A: 'one two  "three four"', B: 'b', EMPTY: '' };
      assert.deepEqual(
        expandArguments(
          ['/bin/x', '$A', 'pre${B}post', '${MISSING}', '$MISSING', '$$B', '$EMPTY'],
          env,
        ),
        ['/bin/x', 'one', 'two', 'three four', 'prebpost', '', '$B'],
      );
      // `$` not followed by a name or `{` stays, as do words that merely start with `$NAME`.
      assert.deepEqual(expandArguments(['$!', 'a$B', '$B/x'], env), ['$!', 'a$B', '$B/x']);
    });
  });

  describe('Environment=', () => {
    it('reads several quoted assignments and reports invalid ones', () => {
      const parsed = parseEnvironment(`"A=one two" B=3 'C=x "y"' bad-name=1 noequals D=`);
      assert.deepEqual(parsed.assignments, [
        ['A', 'one two'],
        ['B', '3'],
        ['C', 'x "y"'],
        ['D', ''],
      ]);
      assert.deepEqual(parsed.invalid, ['bad-name=1', 'noequals']);
    });
  });

  describe('EnvironmentFile=', () => {
    it('reads comments, quotes, escapes, continuations and trims unquoted whitespace', () => {
      const text = [
        '# a comment',
        '; another comment',
        '  PLAIN = some value   ',
        "SINGLE='$literal \\n'",
        'DOUBLE="a \\"quoted\\" \\$x \\q"',
        'MIXED="a b"c',
        'CONT=first\\',
        'second',
        'HASH=a#b',
        'ESCAPED=x\\ ',
        'not an assignment',
        'bad-name=1',
        'EMPTY=',
        'LAST=no newline',
      ].join('\n');
      const parsed = parseEnvironmentFile(text);
      assert.deepEqual(Object.fromEntries(parsed.assignments), {
        PLAIN: 'some value',
        SINGLE: '$literal \\n',
        DOUBLE: 'a "quoted" $x \\q',
        MIXED: 'a bc',
        CONT: 'firstsecond',
        HASH: 'a#b',
        ESCAPED: 'x ',
        EMPTY: '',
        LAST: 'no newline',
      });
      assert.deepEqual(parsed.invalid, ['not an assignment', 'bad-name=1']);
    });
  });

  describe('time spans', () => {
    it('reads units, combinations, bare seconds and infinity', () => {
      assert.equal(parseTimeSpan('5min 20s'), 320_000);
      assert.equal(parseTimeSpan('5min20s'), 320_000);
      assert.equal(parseTimeSpan('100ms'), 100);
      assert.equal(parseTimeSpan('90'), 90_000);
      assert.equal(parseTimeSpan('1.5'), 1500);
      assert.equal(parseTimeSpan('2 h'), 7_200_000);
      assert.equal(parseTimeSpan('1d 1us'), 86_400_000.001);
      assert.equal(parseTimeSpan('0'), 0);
      assert.equal(parseTimeSpan(' infinity '), Infinity);
      for (const bad of ['', 'soon', '5 parsecs', '-1s', 's']) {
        assert.throws(() => parseTimeSpan(bad), /invalid time span/, bad);
      }
    });
  });

  describe('booleans, signals, exit status lists', () => {
    it('reads systemd booleans', () => {
      for (const t of ['1', 'yes', 'Y', 'true', 't', 'ON']) assert.equal(parseBoolean(t), true);
      for (const f of ['0', 'no', 'n', 'False', 'f', 'off']) assert.equal(parseBoolean(f), false);
      assert.throws(() => parseBoolean('maybe'), /invalid boolean/);
    });

    it('reads signals by name, short name or number', () => {
      assert.equal(parseSignal('SIGKILL'), 'SIGKILL');
      assert.equal(parseSignal('INT'), 'SIGINT');
      assert.equal(parseSignal('15'), 'SIGTERM');
      assert.throws(() => parseSignal('SIGNOPE'), /unknown signal/);
    });

    it('accumulates exit codes and signals; an empty value clears them', () => {
      let set = parseExitStatusList('1 2 SIGKILL', emptyExitStatusSet);
      set = parseExitStatusList('HUP 255', set);
      assert.deepEqual([...set.codes], [1, 2, 255]);
      assert.deepEqual([...set.signals], ['SIGKILL', 'SIGHUP']);
      assert.equal(parseExitStatusList('', set).codes.size, 0);
      assert.throws(() => parseExitStatusList('256', set), /out of range/);
    });
  });
});
