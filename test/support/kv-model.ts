// Sequential specifications of clusterd's (etcd's) key-value operations, for checkLinearizable.
//
// Revisions follow etcd: the store's revision starts at 1 (empty store) and grows by exactly one
// per successful write (put; delete that removed the key; txn whose executed branch wrote); every
// response carries the store's revision after the operation (the header revision).
//
// Two models:
//  - perKeyKvModel: one key's history at a time (partitioned by key, so fast). It cannot know the
//    global revision, so it checks only what one key's operations imply: header revisions never
//    go backwards, a write's revision exceeds every revision seen before it, a get's modRevision is
//    that of the key's last write, modRevision compares. With { revisions: false } it ignores
//    revisions entirely (a compare on modRevision is then taken on trust).
//  - wholeStoreKvModel: the whole store, not partitionable, checks revisions exactly. Every write
//    to the store during the history must be in it. Use on smaller histories.
//
// Keys are assumed absent when the history starts (unless given in wholeStoreKvModel's initial).

import type { Model, Operation, StepResult } from './linearizability.js';

export type CasExpectation = { modRevision: number } | { value: string | null };

export type KvInput =
  | { op: 'get'; key: string }
  | { op: 'put'; key: string; value: string }
  | { op: 'delete'; key: string }
  /** A txn: if the compare holds, put `value`; either way return succeeded and the revision. */
  | { op: 'cas'; key: string; expected: CasExpectation; value: string };

export interface GetOutput {
  value: string | null;
  revision: number;
  /** The key's mod revision (0 or absent when the key does not exist); checked when given. */
  modRevision?: number;
}
export interface PutOutput {
  revision: number;
}
export interface DeleteOutput {
  deleted: number;
  revision: number;
}
export interface CasOutput {
  succeeded: boolean;
  revision: number;
}
export type KvOutput = GetOutput | PutOutput | DeleteOutput | CasOutput;
export type KvOperation = Operation<KvInput, KvOutput>;

/** Input constructors. */
export const kv = {
  get: (key: string): KvInput => ({ op: 'get', key }),
  put: (key: string, value: string): KvInput => ({ op: 'put', key, value }),
  delete: (key: string): KvInput => ({ op: 'delete', key }),
  /** Put `value` if the key's mod revision is `modRevision` (0: the key does not exist). */
  casRevision: (key: string, modRevision: number, value: string): KvInput => ({
    op: 'cas',
    key,
    expected: { modRevision },
    value,
  }),
  /** Put `value` if the key's value is `expected` (null: the key does not exist). */
  casValue: (key: string, expected: string | null, value: string): KvInput => ({
    op: 'cas',
    key,
    expected: { value: expected },
    value,
  }),
};

export function describeKv(input: KvInput, output: KvOutput | undefined): string {
  let call: string;
  switch (input.op) {
    case 'get':
      call = `get(${input.key})`;
      break;
    case 'put':
      call = `put(${input.key}, ${input.value})`;
      break;
    case 'delete':
      call = `delete(${input.key})`;
      break;
    case 'cas':
      call =
        'modRevision' in input.expected
          ? `cas(${input.key}, modRevision=${input.expected.modRevision}, ${input.value})`
          : `cas(${input.key}, value=${String(input.expected.value)}, ${input.value})`;
      break;
  }
  return `${call} -> ${output === undefined ? '?' : JSON.stringify(output)}`;
}

function byKey(history: readonly KvOperation[]): KvOperation[][] {
  const parts = new Map<string, KvOperation[]>();
  for (const op of history) {
    let part = parts.get(op.input.key);
    if (part === undefined) parts.set(op.input.key, (part = []));
    part.push(op);
  }
  return [...parts.values()];
}

/** One key's state. */
export interface KeyState {
  value: string | null;
  /** The key's mod revision (0 when absent); undefined when a pending write made it unknown. */
  mod: number | undefined;
  /** The highest revision seen so far: a lower bound on the store's revision. */
  rev: number;
}

export function perKeyKvModel(
  opts: { revisions?: boolean } = {},
): Model<KeyState, KvInput, KvOutput> {
  const revs = opts.revisions ?? true;
  const fail = (s: KeyState): StepResult<KeyState> => ({ ok: false, next: s });
  const good = (next: KeyState): StepResult<KeyState> => ({ ok: true, next });
  return {
    name: revs ? 'per-key KV model' : 'per-key KV model (revisions ignored)',
    init: () => ({ value: null, mod: 0, rev: 0 }),
    partition: byKey,
    readOnly: (input) => input.op === 'get',
    hash: (s) => `${s.mod ?? '?'}/${s.rev}/${s.value === null ? '-' : `=${s.value}`}`,
    equal: (a, b) => a.value === b.value && a.mod === b.mod && a.rev === b.rev,
    describeOperation: describeKv,
    describeState: (s) =>
      `{value: ${JSON.stringify(s.value)}, modRevision: ${s.mod ?? 'unknown'}, revision >= ${s.rev}}`,
    step(s, input, output): StepResult<KeyState> {
      switch (input.op) {
        case 'get': {
          if (output === undefined) return good(s);
          const out = output as GetOutput;
          if (out.value !== s.value) return fail(s);
          if (!revs) return good(s);
          if (out.revision < s.rev) return fail(s);
          let mod = s.mod;
          if (out.modRevision !== undefined) {
            if (s.value === null ? out.modRevision !== 0 : out.modRevision > out.revision) {
              return fail(s);
            }
            if (mod === undefined) mod = out.modRevision;
            else if (out.modRevision !== mod) return fail(s);
          }
          if (mod === s.mod && out.revision === s.rev) return good(s);
          return good({ value: s.value, mod, rev: out.revision });
        }
        case 'put': {
          if (output === undefined) return good({ value: input.value, mod: undefined, rev: s.rev });
          if (!revs) return good({ value: input.value, mod: undefined, rev: 0 });
          const r = output.revision;
          if (r <= s.rev) return fail(s);
          return good({ value: input.value, mod: r, rev: r });
        }
        case 'delete': {
          const exists = s.value !== null;
          const after: KeyState = { value: null, mod: 0, rev: s.rev };
          if (output === undefined) return good(exists ? after : s);
          const out = output as DeleteOutput;
          if (out.deleted !== (exists ? 1 : 0)) return fail(s);
          if (!revs) return good(exists ? after : s);
          if (exists ? out.revision <= s.rev : out.revision < s.rev) return fail(s);
          return good({ value: null, mod: 0, rev: out.revision });
        }
        case 'cas': {
          const exp = input.expected;
          // undefined: cannot tell (a modRevision compare while the key's modRevision is unknown).
          let holds: boolean | undefined;
          if ('value' in exp) holds = s.value === exp.value;
          else if (s.value === null) holds = exp.modRevision === 0;
          else if (revs && s.mod !== undefined) holds = s.mod === exp.modRevision;
          const written: KeyState = { value: input.value, mod: undefined, rev: s.rev };
          if (output === undefined) {
            if (holds === undefined) return { ok: true, next: written, alternatives: [s] };
            return good(holds ? written : s);
          }
          const out = output as CasOutput;
          if (holds !== undefined && out.succeeded !== holds) return fail(s);
          if (!revs) return good(out.succeeded ? { ...written, rev: 0 } : s);
          if (out.succeeded) {
            if (out.revision <= s.rev) return fail(s);
            return good({ value: input.value, mod: out.revision, rev: out.revision });
          }
          if (out.revision < s.rev) return fail(s);
          return good({ value: s.value, mod: s.mod, rev: out.revision });
        }
      }
    },
  };
}

/** The whole store's state. */
export interface StoreState {
  rev: number;
  keys: ReadonlyMap<string, { value: string; mod: number }>;
}

export function wholeStoreKvModel(
  opts: {
    initialRevision?: number;
    initial?: Readonly<Record<string, { value: string; modRevision: number }>>;
  } = {},
): Model<StoreState, KvInput, KvOutput> {
  const hashes = new WeakMap<StoreState, string>();
  const hash = (s: StoreState): string => {
    let h = hashes.get(s);
    if (h === undefined) {
      const entries = [...s.keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      h = JSON.stringify([s.rev, entries]);
      hashes.set(s, h);
    }
    return h;
  };
  const withKey = (s: StoreState, key: string, value: string | null): StoreState => {
    const keys = new Map(s.keys);
    if (value === null) keys.delete(key);
    else keys.set(key, { value, mod: s.rev + 1 });
    return { rev: s.rev + 1, keys };
  };
  const initial = new Map(
    Object.entries(opts.initial ?? {}).map(([k, v]) => [k, { value: v.value, mod: v.modRevision }]),
  );
  return {
    name: 'whole-store KV model',
    shrinkWrites: false,
    init: () => ({ rev: opts.initialRevision ?? 1, keys: initial }),
    readOnly: (input) => input.op === 'get',
    hash,
    describeOperation: describeKv,
    describeState: (s) =>
      `{revision: ${s.rev}, ${[...s.keys].map(([k, e]) => `${k}: ${e.value}@${e.mod}`).join(', ')}}`,
    step(s, input, output): StepResult<StoreState> {
      const entry = s.keys.get(input.key);
      const ok = (cond: boolean, next: StoreState): StepResult<StoreState> => ({
        ok: cond,
        next: cond ? next : s,
      });
      switch (input.op) {
        case 'get': {
          if (output === undefined) return ok(true, s);
          const out = output as GetOutput;
          return ok(
            out.value === (entry?.value ?? null) &&
              out.revision === s.rev &&
              (out.modRevision === undefined || out.modRevision === (entry?.mod ?? 0)),
            s,
          );
        }
        case 'put':
          return ok(
            output === undefined || output.revision === s.rev + 1,
            withKey(s, input.key, input.value),
          );
        case 'delete': {
          const out = output as DeleteOutput | undefined;
          if (entry === undefined) {
            return ok(out === undefined || (out.deleted === 0 && out.revision === s.rev), s);
          }
          return ok(
            out === undefined || (out.deleted === 1 && out.revision === s.rev + 1),
            withKey(s, input.key, null),
          );
        }
        case 'cas': {
          const exp = input.expected;
          const holds =
            'value' in exp
              ? (entry?.value ?? null) === exp.value
              : (entry?.mod ?? 0) === exp.modRevision;
          const out = output as CasOutput | undefined;
          if (!holds) {
            return ok(out === undefined || (!out.succeeded && out.revision === s.rev), s);
          }
          return ok(
            out === undefined || (out.succeeded && out.revision === s.rev + 1),
            withKey(s, input.key, input.value),
          );
        }
      }
    },
  };
}
