// Globs as Go's path.Match reads them, which fleet uses for Conflicts and Replaces: `*` stays
// within one path element, `?`, classes with ranges and negation, escapes, and malformed patterns
// that match nothing. Most cases are the ones Go's own path.Match tests check.
import assert from 'node:assert/strict';
import { globMatch } from '../../src/fleet/glob.js';

/** [pattern, name, matches] */
const cases: [string, string, boolean][] = [
  ['abc', 'abc', true],
  ['*', 'abc', true],
  ['*c', 'abc', true],
  ['a*', 'a', true],
  ['a*', 'abc', true],
  ['a*', 'ab/c', false],
  ['a*/b', 'abc/b', true],
  ['a*/b', 'a/c/b', false],
  ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
  ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
  ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false],
  ['a*b?c*x', 'abxbbxdbxebxczzx', true],
  ['a*b?c*x', 'abxbbxdbxebxczzy', false],
  ['ab[c]', 'abc', true],
  ['ab[b-d]', 'abc', true],
  ['ab[e-g]', 'abc', false],
  ['ab[^c]', 'abc', false],
  ['ab[^b-d]', 'abc', false],
  ['ab[^e-g]', 'abc', true],
  ['a\\*b', 'a*b', true],
  ['a\\*b', 'ab', false],
  ['a?b', 'a☺b', true],
  ['a[^a]b', 'a☺b', true],
  ['a???b', 'a☺b', false],
  ['a[^a][^a][^a]b', 'a☺b', false],
  ['[a-ζ]*', 'α', true],
  ['*[a-ζ]', 'A', false],
  ['a?b', 'a/b', false],
  ['a*b', 'a/b', false],
  ['[\\]a]', ']', true],
  ['[\\-]', '-', true],
  ['[x\\-]', 'x', true],
  ['[x\\-]', '-', true],
  ['[x\\-]', 'z', false],
  ['[\\-x]', 'x', true],
  ['[\\-x]', '-', true],
  ['[\\-x]', 'a', false],
  ['*x', 'xxx', true],
  ['', '', true],
  ['', 'a', false],
  ['*', '', true],
  ['a*', 'a/', false],
  ['a**', 'ab', true],
  ['?', '', false],
  ['?', 'ab', false],
];

/** Patterns path.Match calls malformed (ErrBadPattern): they match nothing. */
const malformed: [string, string][] = [
  ['[]a]', ']'],
  ['[-]', '-'],
  ['[x-]', 'x'],
  ['[x-]', '-'],
  ['[x-]', 'z'],
  ['[-x]', 'x'],
  ['[-x]', '-'],
  ['[-x]', 'a'],
  ['\\', 'a'],
  ['a\\', 'a'],
  ['[a-b-c]', 'a'],
  ['[', 'a'],
  ['[^', 'a'],
  ['[^bc', 'a'],
  ['a[', 'a'],
  ['a[', 'ab'],
  ['a[', 'x'],
  ['a/b[', 'x'],
  ['*x[', 'ax'],
  ['[^]', 'a'],
  ['[\\', 'a'],
  ['[a\\', 'a'],
  ['[a-', 'a'],
  ['[a-\\', 'a'],
];

describe('fleet: globMatch (Go path.Match)', () => {
  for (const [pattern, name, matches] of cases) {
    it(`${JSON.stringify(pattern)} ${matches ? 'matches' : 'does not match'} ${JSON.stringify(name)}`, () => {
      assert.equal(globMatch(pattern, name), matches);
    });
  }

  it('a malformed pattern matches nothing, even where its start would match', () => {
    for (const [pattern, name] of malformed) {
      assert.equal(globMatch(pattern, name), false, `${pattern} vs ${name}`);
    }
  });

  it('matches the seed unit: nginx@*.service covers every instance and nothing else', () => {
    assert.equal(globMatch('nginx@*.service', 'nginx@80.service'), true);
    assert.equal(globMatch('nginx@*.service', 'nginx@.service'), true);
    assert.equal(globMatch('nginx@*.service', 'nginx@8080.service'), true);
    assert.equal(globMatch('nginx@*.service', 'nginx-discovery@80.service'), false);
    assert.equal(globMatch('nginx@*.service', 'nginx@80.socket'), false);
    assert.equal(globMatch('nginx@*.service', 'nginx.service'), false);
  });

  it('a star takes the earliest place where the rest fits, without crossing a slash', () => {
    assert.equal(globMatch('*.service', 'a.b.service'), true);
    assert.equal(globMatch('*a*a', 'aaa'), true);
    assert.equal(globMatch('*ab', 'aab'), true);
    assert.equal(globMatch('a*/*c', 'ab/bc'), true);
    assert.equal(globMatch('a*c', 'ab/c'), false);
  });

  it('a class may match a slash, but ? may not', () => {
    assert.equal(globMatch('a[/]b', 'a/b'), true);
    assert.equal(globMatch('a[^x]b', 'a/b'), true);
    assert.equal(globMatch('a?b', 'a/b'), false);
  });

  it('classes: several items, escaped members, inverted ranges, and literal specials', () => {
    assert.equal(globMatch('[abc0-9]', '5'), true);
    assert.equal(globMatch('[abc0-9]', 'd'), false);
    assert.equal(globMatch('[*]', '*'), true);
    assert.equal(globMatch('[*]', 'a'), false);
    assert.equal(globMatch('[z-a]', 'm'), false, 'a range from high to low holds nothing');
    assert.equal(globMatch('[\\^]', '^'), true);
    assert.equal(globMatch('[a^]', '^'), true);
    assert.equal(globMatch('^', '^'), true);
    assert.equal(globMatch(']', ']'), true);
    assert.equal(globMatch('-', '-'), true);
  });
});
