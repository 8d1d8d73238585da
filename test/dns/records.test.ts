// Names as people write them for records: what cannot go on the wire, and why.
import assert from 'node:assert/strict';
import { isEncodableName, nameProblem } from '../../src/dns/records.js';

describe('dns: records', function () {
  it('says why a name cannot go on the wire, and agrees with isEncodableName', () => {
    const label63 = 'a'.repeat(63);
    const name253 = [label63, label63, label63, 'b'.repeat(61)].join('.');
    const cases: [string, string | undefined][] = [
      ['rails.east.skydns.local.', undefined],
      ['rails.east.skydns.local', undefined],
      [`${label63}.skydns.local.`, undefined],
      [name253 + '.', undefined],
      ['', 'the name is empty'],
      ['.', 'the name is empty'],
      ['a..b.', 'the name has an empty label'],
      [`${label63}a.skydns.local.`, `the label "${label63}a" is 64 octets long, more than 63`],
      [name253 + 'b.', 'the name is 254 octets long, more than 253'],
      ['bücher.example.', 'a name holds printable ASCII only (punycode for other characters)'],
      ['a b.example.', 'a name holds printable ASCII only (punycode for other characters)'],
    ];
    for (const [name, problem] of cases) {
      assert.equal(nameProblem(name), problem, name);
      assert.equal(isEncodableName(name), problem === undefined, name);
    }
  });
});
