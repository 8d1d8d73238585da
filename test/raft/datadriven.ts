// A small runner for golden-file scripts in the style of cockroachdb/datadriven (which
// etcd-io/raft's interaction tests use). A file is a sequence of cases:
//
//   # comments and blank lines between cases are kept as they are
//   command arg key=value key=(1,2,3)
//   optional input lines
//   ----
//   expected output (no blank lines)
//
// With RAFT_TESTDATA_REWRITE=1 the expected output is replaced by the actual one.
import { readFileSync, writeFileSync } from 'node:fs';

export interface CommandArg {
  readonly key: string;
  /** A bare word has no values; key=v has one; key=(a,b) has several. */
  readonly values: readonly string[];
}

export interface TestCase {
  /** file:line of the command, for failure messages. */
  readonly pos: string;
  readonly command: string;
  readonly args: readonly CommandArg[];
  readonly input: readonly string[];
  readonly expected: string;
}

interface ParsedFile {
  /** Alternating text chunks: the verbatim text before each case's output, then its output. */
  readonly cases: { readonly header: string; readonly testCase: TestCase }[];
  readonly trailer: string;
}

export function parseArgs(words: readonly string[]): CommandArg[] {
  return words.map((word) => {
    const eq = word.indexOf('=');
    if (eq < 0) return { key: word, values: [] };
    const key = word.slice(0, eq);
    const raw = word.slice(eq + 1);
    if (raw.startsWith('(') && raw.endsWith(')')) {
      const inner = raw.slice(1, -1);
      return { key, values: inner === '' ? [] : inner.split(',') };
    }
    return { key, values: [raw] };
  });
}

function parseFile(path: string, text: string): ParsedFile {
  const lines = text.split('\n');
  const cases: { header: string; testCase: TestCase }[] = [];
  let chunk: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) {
      chunk.push(line);
      i++;
      continue;
    }
    const commandLine = i;
    const words = line.trim().split(/\s+/);
    chunk.push(line);
    i++;
    const input: string[] = [];
    while (i < lines.length && lines[i] !== '----') {
      input.push(lines[i]!);
      chunk.push(lines[i]!);
      i++;
    }
    if (i >= lines.length) throw new Error(`${path}:${commandLine + 1}: missing ----`);
    chunk.push('----');
    i++;
    const expected: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') {
      expected.push(lines[i]!);
      i++;
    }
    cases.push({
      header: chunk.join('\n') + '\n',
      testCase: {
        pos: `${path}:${commandLine + 1}`,
        command: words[0]!,
        args: parseArgs(words.slice(1)),
        input,
        expected: expected.join('\n'),
      },
    });
    chunk = [];
  }
  return { cases, trailer: chunk.join('\n') };
}

/**
 * Runs every case of the file through `run` and compares the output with the expected text,
 * or rewrites the file when RAFT_TESTDATA_REWRITE is set. Throws on the first mismatch.
 */
export function runTestFile(path: string, run: (tc: TestCase) => string): void {
  const parsed = parseFile(path, readFileSync(path, 'utf8'));
  const rewrite = process.env['RAFT_TESTDATA_REWRITE'] !== undefined;
  let out = '';
  for (const { header, testCase } of parsed.cases) {
    let actual = run(testCase).trimEnd();
    if (actual === '') actual = 'ok';
    if (actual.split('\n').some((l) => l.trim() === '')) {
      throw new Error(`${testCase.pos}: output may not contain blank lines:\n${actual}`);
    }
    if (!rewrite && actual !== testCase.expected) {
      throw new Error(
        `${testCase.pos}: output of "${testCase.command}" differs\n--- expected\n${testCase.expected}\n--- actual\n${actual}\n`,
      );
    }
    out += header + actual + '\n';
  }
  if (rewrite) writeFileSync(path, out + parsed.trailer);
}
