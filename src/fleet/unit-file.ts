// A unit file as fleet holds it: the ordered list of its options. Parsing follows go-systemd's
// unit.Deserialize (the parser fleet uses) rule for rule, and the canonical text and hash follow
// unit.Serialize and fleet's UnitFile.Hash, so that the same file gets the same hash as in fleet.
import { createHash } from 'node:crypto';
import { isGoSpace, trimGoSpace } from './go-text.js';
import type { UnitOption } from './unit-option.js';

/** A unit file the parser refuses; the message is go-systemd's where it has one. */
export class UnitFileError extends Error {
  override name = 'UnitFileError';
}

// systemd's LINE_MAX as go-systemd assumes it: longer lines would be truncated by systemd, so they
// are refused rather than silently changed.
const lineMaxBytes = 2048;

export class UnitFile {
  /** The options in file order; an option given twice appears twice. */
  readonly options: readonly UnitOption[];
  /** SHA1 of `serialize()`, in hex: fleet's unit hash. */
  readonly hash: string;
  private readonly text: string;

  private constructor(options: readonly UnitOption[]) {
    this.options = Object.freeze(options.map((o) => Object.freeze({ ...o })));
    this.text = serializeOptions(this.options);
    this.hash = createHash('sha1').update(this.text, 'utf8').digest('hex');
  }

  /** Parses unit-file text; throws UnitFileError where go-systemd's parser fails. */
  static parse(text: string): UnitFile {
    return new UnitFile(deserialize(text));
  }

  /** A unit from options as the API carries them (fleet checks nothing more here either). */
  static fromOptions(options: readonly UnitOption[]): UnitFile {
    return new UnitFile(options);
  }

  /** The values of every `name=` in `[section]`, in file order, each as written on its line. */
  values(section: string, name: string): string[] {
    return this.options.filter((o) => o.section === section && o.name === name).map((o) => o.value);
  }

  /**
   * The canonical text: sections in the order they first appear, each option as `Name=Value`, a
   * blank line between sections. Options of a section given in several places are gathered.
   */
  serialize(): string {
    return this.text;
  }
}

function serializeOptions(options: readonly UnitOption[]): string {
  const bySection = new Map<string, UnitOption[]>();
  for (const option of options) {
    const list = bySection.get(option.section);
    if (list === undefined) bySection.set(option.section, [option]);
    else list.push(option);
  }
  return [...bySection]
    .map(([section, list]) => `[${section}]\n${list.map((o) => `${o.name}=${o.value}\n`).join('')}`)
    .join('\n');
}

function deserialize(text: string): UnitOption[] {
  refuseLongLines(text);
  const options: UnitOption[] = [];
  let section: string | undefined;
  let pos = 0;
  while (pos < text.length) {
    const c = text[pos]!;
    if (c === '[') {
      // The name runs to the first `]`, even across lines; only blanks may follow on its line.
      const close = text.indexOf(']', pos + 1);
      if (close === -1) throw new UnitFileError('unable to find end of section');
      section = text.slice(pos + 1, close);
      const rest = readLine(text, close + 1);
      const garbage = trimGoSpace(rest.line);
      if (garbage !== '') {
        throw new UnitFileError(
          `found garbage after section name ${section}: ${JSON.stringify(garbage)}`,
        );
      }
      pos = rest.next;
    } else if (c === '#' || c === ';') {
      pos = skipComment(text, pos + 1);
    } else if (section === undefined || isGoSpace(c)) {
      // Before the first section go-systemd looks only for `[` and comments: whatever else is
      // there (a stray option, a byte-order mark) is dropped, as systemd ignores it too.
      pos += 1;
    } else {
      const parsed = readOption(text, pos, section);
      options.push(parsed.option);
      pos = parsed.next;
    }
  }
  return options;
}

/** go-systemd refuses a file with LINE_MAX bytes or more between two line breaks. */
function refuseLongLines(text: string): void {
  if (Buffer.byteLength(text, 'utf8') < lineMaxBytes) return;
  for (const line of text.split(/[\r\n]/)) {
    if (Buffer.byteLength(line, 'utf8') >= lineMaxBytes) {
      throw new UnitFileError(`line too long (max ${lineMaxBytes} bytes)`);
    }
  }
}

/** `Name=Value` at `pos`, with the value's continuation lines. */
function readOption(
  text: string,
  pos: number,
  section: string,
): { option: UnitOption; next: number } {
  let eq = pos;
  for (; eq < text.length && text[eq] !== '='; eq += 1) {
    if (text[eq] === '\n' || text[eq] === '\r') {
      throw new UnitFileError('unexpected newline encountered while parsing option name');
    }
  }
  if (eq === text.length) {
    throw new UnitFileError('unexpected EOF encountered while parsing option name');
  }
  const name = trimGoSpace(text.slice(pos, eq));
  // A line ending in `\` continues the value on the next line. The backslash and the line break
  // stay in the value, as go-systemd keeps them, so that the text and its hash survive a round
  // trip; a blank line ends the value even after a backslash.
  let value = '';
  let next = eq + 1;
  for (;;) {
    const line = readLine(text, next);
    next = line.next;
    if (trimGoSpace(line.line) === '') break;
    value += line.line;
    if (!line.line.endsWith('\\')) break;
    if (!line.eof) value += '\n';
  }
  value = value.endsWith('\n') ? `${trimGoSpace(value)}\n` : trimGoSpace(value);
  return { option: { section, name, value }, next };
}

/** Skips a comment's rest of line and the lines it continues with a trailing `\`. */
function skipComment(text: string, pos: number): number {
  for (;;) {
    const { line, next } = readLine(text, pos);
    pos = next;
    // go-systemd drops a single trailing space before looking for the backslash.
    const end = line.endsWith(' ') ? line.slice(0, -1) : line;
    if (!end.endsWith('\\')) return pos;
  }
}

/**
 * The line from `pos` without its `\n`, as go-systemd's toEOL reads it: a `\r` is removed only
 * when the file ends there, so `\r\n` leaves the `\r` on the line (values are trimmed later, but a
 * continuation backslash before `\r\n` is then not at the end of the line).
 */
function readLine(text: string, pos: number): { line: string; eof: boolean; next: number } {
  const newline = text.indexOf('\n', pos);
  if (newline === -1) {
    const line = text.slice(pos);
    return { line: line.endsWith('\r') ? line.slice(0, -1) : line, eof: true, next: text.length };
  }
  return { line: text.slice(pos, newline), eof: false, next: newline + 1 };
}
