// etcdctl's txn input: compare lines, a blank line, success operations, a blank line, failure
// operations. Compares: `<target>("<key>") <op> "<value>"` with target val|value, ver|version,
// c|create, m|mod, lease and op = == != < >. Operations: `get|put|del <args> [--flags]`.
import type { Compare, CompareOp, TxnOp, TxnRequest } from '../client/index.js';
import { parseHexId } from '../client/index.js';
import { UsageError } from './global.js';

/** Splits a line into words, honouring double and single quotes and backslash escapes. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) current += text[++i]!;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) throw new UsageError(`unterminated quote in "${text}"`);
  if (inWord) words.push(current);
  return words;
}

const compareTargets: Record<string, Compare['target']> = {
  val: 'value',
  value: 'value',
  ver: 'version',
  version: 'version',
  c: 'create',
  create: 'create',
  m: 'mod',
  mod: 'mod',
  lease: 'lease',
};

const compareOps: Record<string, CompareOp> = {
  '=': '==',
  '==': '==',
  '!=': '!=',
  '<': '<',
  '>': '>',
};

export function parseCompare(text: string): Compare {
  const m = /^\s*(\w+)\(\s*("(?:[^"\\]|\\.)*"|[^)\s]+)\s*\)\s*(==|=|!=|<|>)\s*(.*?)\s*$/.exec(text);
  if (!m) throw new UsageError(`malformed comparison: ${text}`);
  const target = compareTargets[m[1]!.toLowerCase()];
  if (!target) throw new UsageError(`malformed comparison: ${text} (unknown target ${m[1]!})`);
  const [key] = splitWords(m[2]!);
  const op = compareOps[m[3]!]!;
  const rawValue = splitWords(m[4]!);
  if (key === undefined || rawValue.length !== 1)
    throw new UsageError(`malformed comparison: ${text}`);
  const value = rawValue[0]!;
  switch (target) {
    case 'value':
      return { target, key, op, value };
    case 'lease':
      return { target, key, op, value: parseHexId(value) };
    case 'version':
    case 'create':
    case 'mod': {
      if (!/^-?\d+$/.test(value))
        throw new UsageError(`malformed comparison: ${text} (not a number)`);
      return { target, key, op, value: Number(value) };
    }
  }
}

function takeFlags(words: string[]): { args: string[]; flags: Map<string, string | true> } {
  const args: string[] = [];
  const flags = new Map<string, string | true>();
  for (const w of words) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(w);
    if (m) flags.set(m[1]!, m[2] ?? true);
    else args.push(w);
  }
  return { args, flags };
}

function flagNumber(flags: Map<string, string | true>, name: string): number | undefined {
  const v = flags.get(name);
  if (v === undefined) return undefined;
  if (v === true || !/^\d+$/.test(v)) throw new UsageError(`--${name} needs a number`);
  return Number(v);
}

export function parseOp(text: string): TxnOp {
  const [verb, ...rest] = splitWords(text);
  const { args, flags } = takeFlags(rest);
  const key = args[0];
  if (key === undefined) throw new UsageError(`operation needs a key: ${text}`);
  const end = args[1];
  const selector = {
    ...(flags.has('prefix') ? { prefix: true } : {}),
    ...(flags.has('from-key') ? { fromKey: true } : {}),
    ...(end !== undefined && verb !== 'put' ? { end } : {}),
  };
  switch (verb) {
    case 'get': {
      const limit = flagNumber(flags, 'limit');
      const revision = flagNumber(flags, 'rev');
      return {
        type: 'get',
        key,
        options: {
          ...selector,
          ...(limit !== undefined ? { limit } : {}),
          ...(revision !== undefined ? { revision } : {}),
          ...(flags.has('keys-only') ? { keysOnly: true } : {}),
          ...(flags.has('count-only') ? { countOnly: true } : {}),
        },
      };
    }
    case 'put': {
      if (args.length !== 2 && !flags.has('ignore-value')) {
        throw new UsageError(`put needs a key and a value: ${text}`);
      }
      const lease = flags.get('lease');
      return {
        type: 'put',
        key,
        value: args[1] ?? '',
        options: {
          ...(typeof lease === 'string' ? { lease: parseHexId(lease) } : {}),
          ...(flags.has('prev-kv') ? { prevKv: true } : {}),
          ...(flags.has('ignore-value') ? { ignoreValue: true } : {}),
          ...(flags.has('ignore-lease') ? { ignoreLease: true } : {}),
        },
      };
    }
    case 'del':
    case 'delete':
      return {
        type: 'delete',
        key,
        options: { ...selector, ...(flags.has('prev-kv') ? { prevKv: true } : {}) },
      };
    case undefined:
    default:
      throw new UsageError(`unknown operation "${verb ?? ''}" (want get, put or del)`);
  }
}

/** Parses the whole txn input; a missing trailing section counts as empty. */
export function parseTxn(input: string): TxnRequest {
  const sections: string[][] = [[]];
  for (const raw of input.split(/\r?\n/)) {
    if (raw.trim() === '') {
      if (sections.length < 3) sections.push([]);
      else if (sections[2]!.length > 0) break;
      continue;
    }
    sections[sections.length - 1]!.push(raw);
  }
  const [compares = [], success = [], failure = []] = sections;
  return {
    compare: compares.map(parseCompare),
    success: success.map(parseOp),
    failure: failure.map(parseOp),
  };
}
