// systemd's value syntaxes as the unit runner reads them: command lines (systemd.service(5)
// "Command lines"), Environment= and EnvironmentFile= (systemd.exec(5)), time spans
// (systemd.time(7)), booleans, signals and exit status lists. Pure functions: the runner's
// service spec is built from these, and commands are expanded with them just before each exec.
import { constants } from 'node:os';

const whitespace = ' \t\n\r';
const envName = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isValidEnvName(name: string): boolean {
  return envName.test(name);
}

interface SplitOptions {
  /** C escapes (`\n`, `\x41`, `\101`, ...) as in unit files; otherwise `\c` is just `c`. */
  cEscapes: boolean;
  /** An unterminated quote ends the word instead of being an error (variable values). */
  relaxed: boolean;
}

/**
 * A value as systemd reads it from a unit file: a line ending in `\` continues on the next, the
 * backslash and the line break read as one space. (The unit file keeps both, as go-systemd does,
 * so that its text and hash survive a round trip.)
 */
export function joinContinuationLines(value: string): string {
  return value.replace(/\\\r?\n/g, ' ');
}

/**
 * Splits text into words as systemd's extract_first_word() does with EXTRACT_UNQUOTE: words are
 * separated by whitespace, `"` and `'` quote anywhere in a word, a quoted empty string is a word
 * of its own, and an unknown escape such as `\q` stays as written.
 */
export function splitWords(
  text: string,
  options: SplitOptions = { cEscapes: true, relaxed: false },
): string[] {
  const words: string[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && whitespace.includes(text[i]!)) i++;
    if (i >= text.length) return words;
    let word = '';
    let quote: string | undefined;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (quote === undefined && whitespace.includes(c)) break;
      if (c === '\\') {
        const [value, length] = unescapeAt(text, i + 1, options.cEscapes);
        word += value;
        i += length;
      } else if (quote === undefined && (c === '"' || c === "'")) {
        quote = c;
      } else if (c === quote) {
        quote = undefined;
      } else {
        word += c;
      }
    }
    if (quote !== undefined && !options.relaxed) {
      throw new Error(`unterminated quote in ${JSON.stringify(text)}`);
    }
    words.push(word);
  }
}

/** The character(s) a backslash at `at - 1` stands for, and how many characters it consumed. */
function unescapeAt(text: string, at: number, cEscapes: boolean): [string, number] {
  const c = text[at];
  if (c === undefined) throw new Error(`trailing backslash in ${JSON.stringify(text)}`);
  if (!cEscapes) return [c, 1];
  const simple: Record<string, string> = {
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    s: ' ',
    '\\': '\\',
    '"': '"',
    "'": "'",
    // `\;` was how a literal `;` was written while `;` still separated commands.
    ';': ';',
  };
  const mapped = simple[c];
  if (mapped !== undefined) return [mapped, 1];
  const hexDigits: Record<string, number> = { x: 2, u: 4, U: 8 };
  const digits = hexDigits[c];
  if (digits !== undefined) {
    const hex = text.slice(at + 1, at + 1 + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) {
      throw new Error(`bad \\${c} escape in ${JSON.stringify(text)}`);
    }
    return [String.fromCodePoint(parseInt(hex, 16)), 1 + digits];
  }
  const octal = text.slice(at, at + 3);
  if (/^[0-3][0-7]{2}$/.test(octal)) return [String.fromCharCode(parseInt(octal, 8)), 3];
  // systemd warns about an unknown escape and keeps it as written.
  return [`\\${c}`, 1];
}

/** One Exec*= command line. */
export interface CommandLine {
  /** The program: an absolute path, or a bare name looked up in systemd's fixed search path. */
  readonly path: string;
  /** argv, argv[0] included, with `$VAR` and `${VAR}` still to be expanded (expandArguments). */
  readonly args: readonly string[];
  /** `-`: an exit code other than 0, or a signal, counts as success. */
  readonly ignoreFailure: boolean;
  /** `+`, `!` or `!!`: runs with full privileges, so User= and Group= do not apply. */
  readonly privileged: boolean;
  /** `:`: environment variables are not substituted. */
  readonly noSubstitution: boolean;
}

/**
 * Parses an Exec*= value into a command, or undefined for an empty value (which resets the list).
 * `expand` is applied to every word after unquoting, as systemd expands `%` specifiers there.
 */
export function parseCommandLine(
  value: string,
  expand: (word: string) => string = (word) => word,
): CommandLine | undefined {
  const words = splitWords(value);
  const first = words[0];
  if (first === undefined) return undefined;
  let ignoreFailure = false;
  let argv0Given = false;
  let privileged = false;
  let noSubstitution = false;
  let at = 0;
  for (; at < first.length; at++) {
    const c = first[at];
    if (c === '-' && !ignoreFailure) ignoreFailure = true;
    else if (c === '@' && !argv0Given) argv0Given = true;
    else if (c === ':' && !noSubstitution) noSubstitution = true;
    else if ((c === '+' || c === '!') && !privileged) {
      privileged = true;
      if (c === '!' && first[at + 1] === '!') at++;
    } else break;
  }
  const path = expand(first.slice(at));
  if (path === '') throw new Error(`no program in ${JSON.stringify(value)}`);
  if (path.includes('/') && !path.startsWith('/')) {
    throw new Error(`program path is neither absolute nor a plain name: ${path}`);
  }
  const rest = words.slice(1).map(expand);
  if (argv0Given && rest.length === 0) {
    throw new Error(`"@" given but no argv[0] follows the program in ${JSON.stringify(value)}`);
  }
  const args = argv0Given ? rest : [path, ...rest];
  return { path, args, ignoreFailure, privileged, noSubstitution };
}

/**
 * Expands variables in a command's arguments as systemd does at exec time: a word that is exactly
 * `$NAME` becomes the value split into words (quotes respected; none if unset), `${NAME}` inside a
 * word is replaced by the value as is (empty if unset), and `$$` is a literal `$`.
 */
export function expandArguments(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const whole = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(arg);
    if (whole) {
      const value = env[whole[1]!];
      if (value !== undefined) out.push(...splitWords(value, { cEscapes: false, relaxed: true }));
      continue;
    }
    out.push(
      arg.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (match, name: string | undefined) =>
        name === undefined ? '$' : (env[name] ?? ''),
      ),
    );
  }
  return out;
}

export interface Assignments {
  /** Valid `NAME=value` assignments in order; a later one for the same name wins. */
  readonly assignments: readonly (readonly [string, string])[];
  /** What was not a valid assignment (systemd ignores these with a warning). */
  readonly invalid: readonly string[];
}

/** An Environment= value: one or more quoted or unquoted `NAME=value` words. */
export function parseEnvironment(
  value: string,
  expand: (word: string) => string = (word) => word,
): Assignments {
  const assignments: [string, string][] = [];
  const invalid: string[] = [];
  for (const word of splitWords(value).map(expand)) {
    const eq = word.indexOf('=');
    const name = word.slice(0, eq);
    if (eq === -1 || !isValidEnvName(name)) invalid.push(word);
    else assignments.push([name, word.slice(eq + 1)]);
  }
  return { assignments, invalid };
}

/**
 * An EnvironmentFile= file, as systemd's load_env_file(): `NAME=value` lines; `#` or `;` at the
 * start of a line begins a comment; whitespace around names and unquoted values is dropped; values
 * may be single-quoted (literal) or double-quoted (`\"`, `\\`, `` \` `` and `\$` escapes); a
 * backslash before a newline continues the line.
 */
export function parseEnvironmentFile(text: string): Assignments {
  const assignments: [string, string][] = [];
  const invalid: string[] = [];
  type State =
    | 'pre-key'
    | 'key'
    | 'pre-value'
    | 'value'
    | 'value-escape'
    | 'single-quote'
    | 'double-quote'
    | 'double-quote-escape'
    | 'comment'
    | 'comment-escape';
  let state: State = 'pre-key';
  let key = '';
  let value = '';
  // Unquoted, unescaped whitespace at the end of the key or value, which systemd drops.
  let keyTrailing = 0;
  let valueTrailing = 0;
  const isNewline = (c: string): boolean => c === '\n' || c === '\r';
  const emit = (): void => {
    const name = key.slice(0, key.length - keyTrailing);
    const val = value.slice(0, value.length - valueTrailing);
    if (isValidEnvName(name)) assignments.push([name, val]);
    else invalid.push(`${name}=${val}`);
    key = '';
    value = '';
    keyTrailing = 0;
    valueTrailing = 0;
  };
  for (const c of text) {
    switch (state) {
      case 'pre-key':
        if (c === '#' || c === ';') state = 'comment';
        else if (!whitespace.includes(c)) {
          state = 'key';
          key = c;
        }
        break;
      case 'key':
        if (isNewline(c)) {
          invalid.push(key.trim());
          key = '';
          keyTrailing = 0;
          state = 'pre-key';
        } else if (c === '=') {
          state = 'pre-value';
        } else {
          key += c;
          keyTrailing = whitespace.includes(c) ? keyTrailing + 1 : 0;
        }
        break;
      case 'pre-value':
        if (isNewline(c)) {
          emit();
          state = 'pre-key';
        } else if (c === "'") state = 'single-quote';
        else if (c === '"') state = 'double-quote';
        else if (c === '\\') state = 'value-escape';
        else if (!whitespace.includes(c)) {
          state = 'value';
          value += c;
        }
        break;
      case 'value':
        if (isNewline(c)) {
          emit();
          state = 'pre-key';
        } else if (c === '\\') {
          state = 'value-escape';
          valueTrailing = 0;
        } else {
          value += c;
          valueTrailing = whitespace.includes(c) ? valueTrailing + 1 : 0;
        }
        break;
      case 'value-escape':
        state = 'value';
        if (!isNewline(c)) value += c;
        break;
      case 'single-quote':
        if (c === "'") state = 'pre-value';
        else value += c;
        break;
      case 'double-quote':
        if (c === '"') state = 'pre-value';
        else if (c === '\\') state = 'double-quote-escape';
        else value += c;
        break;
      case 'double-quote-escape':
        state = 'double-quote';
        if ('"\\`$'.includes(c)) value += c;
        else if (!isNewline(c)) value += `\\${c}`;
        break;
      case 'comment':
        if (c === '\\') state = 'comment-escape';
        else if (isNewline(c)) state = 'pre-key';
        break;
      case 'comment-escape':
        state = 'comment';
        break;
    }
  }
  if (state === 'key') invalid.push(key.trim());
  else if (state !== 'pre-key' && state !== 'comment' && state !== 'comment-escape') emit();
  return { assignments, invalid };
}

const timeUnits: [readonly string[], number][] = [
  [['us', 'usec', 'µs', 'μs'], 0.001],
  [['ms', 'msec'], 1],
  [['s', 'sec', 'second', 'seconds'], 1000],
  [['m', 'min', 'minute', 'minutes'], 60_000],
  [['h', 'hr', 'hour', 'hours'], 3_600_000],
  [['d', 'day', 'days'], 86_400_000],
  [['w', 'week', 'weeks'], 604_800_000],
  [['M', 'month', 'months'], 2_629_800_000],
  [['y', 'year', 'years'], 31_557_600_000],
];
const msPerUnit = new Map(timeUnits.flatMap(([names, ms]) => names.map((n) => [n, ms] as const)));

/**
 * A time span in milliseconds: `infinity`, or numbers each followed by an optional unit and
 * optionally separated by whitespace (`5min 20s`, `1.5h`, `100ms`); a bare number is seconds.
 */
export function parseTimeSpan(text: string): number {
  const trimmed = text.trim();
  if (trimmed === 'infinity') return Infinity;
  const part = /\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Zµμ]*)/y;
  let total = 0;
  let at = 0;
  while (at < trimmed.length) {
    part.lastIndex = at;
    const m = part.exec(trimmed);
    const unit = m?.[2] === '' ? 's' : m?.[2];
    const ms = unit === undefined ? undefined : msPerUnit.get(unit);
    if (!m || ms === undefined) throw new Error(`invalid time span ${JSON.stringify(text)}`);
    total += Number(m[1]) * ms;
    at = part.lastIndex;
  }
  if (at === 0) throw new Error(`invalid time span ${JSON.stringify(text)}`);
  return total;
}

export function parseBoolean(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (['1', 'yes', 'y', 'true', 't', 'on'].includes(t)) return true;
  if (['0', 'no', 'n', 'false', 'f', 'off'].includes(t)) return false;
  throw new Error(`invalid boolean ${JSON.stringify(text)}`);
}

/** A signal by name (`SIGTERM` or `TERM`) or number. */
export function parseSignal(text: string): NodeJS.Signals {
  const t = text.trim();
  const byNumber = /^\d+$/.test(t) ? signalName(Number(t)) : undefined;
  const name = byNumber ?? (t.startsWith('SIG') ? t : `SIG${t}`);
  if (!(name in constants.signals)) throw new Error(`unknown signal ${JSON.stringify(text)}`);
  return name as NodeJS.Signals;
}

/** The name of signal number `signal`, if there is one. */
export function signalName(signal: number): NodeJS.Signals | undefined {
  const entry = Object.entries(constants.signals).find(([, n]) => n === signal);
  return entry?.[0] as NodeJS.Signals | undefined;
}

/** SuccessExitStatus=, RestartPreventExitStatus=, RestartForceExitStatus=. */
export interface ExitStatusSet {
  readonly codes: ReadonlySet<number>;
  readonly signals: ReadonlySet<NodeJS.Signals>;
}

export const emptyExitStatusSet: ExitStatusSet = { codes: new Set(), signals: new Set() };

/** Adds the codes (0-255) and signal names of one assignment to `set`; empty text clears it. */
export function parseExitStatusList(text: string, set: ExitStatusSet): ExitStatusSet {
  const words = splitWords(text);
  if (words.length === 0) return emptyExitStatusSet;
  const codes = new Set(set.codes);
  const signals = new Set(set.signals);
  for (const word of words) {
    if (/^\d+$/.test(word)) {
      const code = Number(word);
      if (code > 255) throw new Error(`exit status out of range: ${word}`);
      codes.add(code);
    } else {
      signals.add(parseSignal(word));
    }
  }
  return { codes, signals };
}
