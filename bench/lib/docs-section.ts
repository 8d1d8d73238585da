// Generated sections of docs/benchmarks.md live between a pair of HTML comments,
// `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`, so a rerun replaces its own figures
// and leaves the hand-written text around them alone.
import { readFileSync, writeFileSync } from 'node:fs';

export function replaceMarkedSection(file: string, name: string, content: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // a missing file is created with just this section
  }
  const block = `${start}\n${content.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) {
    text = text.slice(0, from) + block + text.slice(to + end.length);
  } else {
    text = `${text.trimEnd()}${text ? '\n\n' : ''}${block}\n`;
  }
  writeFileSync(file, text);
}
