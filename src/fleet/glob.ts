// Go's path.Match, which fleet uses for Conflicts and Replaces globs (agent/state.go globMatches):
// `*` is any run of characters without `/`, `?` one character other than `/`, `[...]` one
// character from a class (`^` negates it, `a-z` is a range, and it may match `/`), and `\` makes
// the next character literal. fleet ignores path.Match's error, so a malformed pattern matches
// nothing.

type Token =
  | { kind: 'literal'; codePoint: number }
  | { kind: 'any' }
  | { kind: 'class'; negated: boolean; ranges: [number, number][] };

/** The tokens between two stars; `afterStar` says whether a run of `*` came before them. */
interface Chunk {
  afterStar: boolean;
  tokens: Token[];
}

const slash = 0x2f;

/** Whether `name` matches `pattern` as Go's path.Match says. */
export function globMatch(pattern: string, name: string): boolean {
  const chunks = compiled(pattern);
  if (chunks === undefined) return false;
  const chars = Array.from(name, (c) => c.codePointAt(0)!);
  let pos = 0;
  for (const [i, chunk] of chunks.entries()) {
    const last = i === chunks.length - 1;
    if (chunk.tokens.length === 0) return !chars.slice(pos).includes(slash);
    // Like path.Match, each chunk takes the earliest place it fits (the last one must also reach
    // the end of the name); a star before it may only skip characters other than `/`.
    let start = pos;
    let end = matchChunkAt(chunk.tokens, chars, start);
    while (end === undefined || (last && end !== chars.length)) {
      if (!chunk.afterStar || start >= chars.length || chars[start] === slash) return false;
      start += 1;
      end = matchChunkAt(chunk.tokens, chars, start);
    }
    pos = end;
  }
  return pos === chars.length;
}

/** Where the chunk's match starting at `start` ends, or undefined if it does not match there. */
function matchChunkAt(tokens: Token[], chars: number[], start: number): number | undefined {
  if (start + tokens.length > chars.length) return undefined;
  for (const [i, token] of tokens.entries()) {
    const c = chars[start + i]!;
    switch (token.kind) {
      case 'literal':
        if (c !== token.codePoint) return undefined;
        break;
      case 'any':
        if (c === slash) return undefined;
        break;
      case 'class': {
        const inClass = token.ranges.some(([lo, hi]) => lo <= c && c <= hi);
        if (inClass === token.negated) return undefined;
        break;
      }
    }
  }
  return start + tokens.length;
}

/**
 * Patterns come from units' Conflicts= and Replaces=, few and matched again and again (every unit
 * against every machine's units, every engine pass): each is compiled once. Bounded, in case
 * units churn through many names.
 */
const compiledPatterns = new Map<string, Chunk[] | undefined>();
const maxCompiledPatterns = 10_000;

function compiled(pattern: string): Chunk[] | undefined {
  if (compiledPatterns.has(pattern)) return compiledPatterns.get(pattern);
  if (compiledPatterns.size >= maxCompiledPatterns) compiledPatterns.clear();
  const chunks = compile(pattern);
  compiledPatterns.set(pattern, chunks);
  return chunks;
}

/** The pattern as chunks, or undefined when path.Match would call it malformed. */
function compile(pattern: string): Chunk[] | undefined {
  const chars = Array.from(pattern);
  const chunks: Chunk[] = [];
  let current: Chunk = { afterStar: false, tokens: [] };
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (c === '*') {
      while (chars[i] === '*') i += 1;
      if (current.tokens.length > 0 || current.afterStar) chunks.push(current);
      current = { afterStar: true, tokens: [] };
      continue;
    }
    if (c === '?') {
      current.tokens.push({ kind: 'any' });
      i += 1;
    } else if (c === '\\') {
      const escaped = chars[i + 1];
      if (escaped === undefined) return undefined;
      current.tokens.push({ kind: 'literal', codePoint: escaped.codePointAt(0)! });
      i += 2;
    } else if (c === '[') {
      const parsed = parseClass(chars, i + 1);
      if (parsed === undefined) return undefined;
      current.tokens.push(parsed.token);
      i = parsed.next;
    } else {
      current.tokens.push({ kind: 'literal', codePoint: c.codePointAt(0)! });
      i += 1;
    }
  }
  if (current.tokens.length > 0 || current.afterStar) chunks.push(current);
  return chunks;
}

/**
 * A class whose body starts at `i` (after the `[`), and the index after its `]`. It needs at
 * least one item; `-` and `]` may only appear escaped, except as the range dash and the end.
 */
function parseClass(chars: string[], i: number): { token: Token; next: number } | undefined {
  const negated = chars[i] === '^';
  if (negated) i += 1;
  const ranges: [number, number][] = [];
  while (!(chars[i] === ']' && ranges.length > 0)) {
    const lo = classChar(chars, i);
    if (lo === undefined) return undefined;
    i = lo.next;
    let hi = lo;
    if (chars[i] === '-') {
      const end = classChar(chars, i + 1);
      if (end === undefined) return undefined;
      hi = end;
      i = hi.next;
    }
    ranges.push([lo.codePoint, hi.codePoint]);
  }
  return { token: { kind: 'class', negated, ranges }, next: i + 1 };
}

/** One (possibly escaped) class character at `i`; the class must go on after it. */
function classChar(chars: string[], i: number): { codePoint: number; next: number } | undefined {
  let c = chars[i];
  if (c === undefined || c === '-' || c === ']') return undefined;
  if (c === '\\') {
    i += 1;
    c = chars[i];
    if (c === undefined) return undefined;
  }
  if (i + 1 >= chars.length) return undefined;
  return { codePoint: c.codePointAt(0)!, next: i + 1 };
}
