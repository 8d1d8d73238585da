// Go's text rules that fleet's messages and parsing follow, where JavaScript's differ.

// Go's unicode.IsSpace; JavaScript's \s differs (U+0085, U+FEFF).
const goSpaceClass =
  '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const goSpace = new RegExp(`^[${goSpaceClass}]$`);
const goSpaceEnds = new RegExp(`^[${goSpaceClass}]+|[${goSpaceClass}]+$`, 'g');
const goSpaces = new RegExp(`[${goSpaceClass}]+`);

export function isGoSpace(char: string): boolean {
  return goSpace.test(char);
}

/** strings.TrimSpace, which go-systemd trims with. */
export function trimGoSpace(s: string): string {
  return s.replace(goSpaceEnds, '');
}

/** strings.Fields: the words between runs of spaces. */
export function goFields(s: string): string[] {
  return s.split(goSpaces).filter(Boolean);
}

const goEscapes: Record<string, string> = {
  '\\': '\\\\',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/**
 * Text quoted as Go's `%q` prints it, so that messages read as fleet's: a string between `"`
 * (`mark` `"`) or a rune between `'`, with the mark, backslash and unprintable characters escaped.
 */
export function goQuote(text: string, mark: '"' | "'"): string {
  let body = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === mark) body += `\\${mark}`;
    else if (goEscapes[char] !== undefined) body += goEscapes[char];
    else if (printable.test(char)) body += char;
    else if (code < 0x80) body += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code < 0x10000) body += `\\u${code.toString(16).padStart(4, '0')}`;
    else body += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return mark + body + mark;
}
