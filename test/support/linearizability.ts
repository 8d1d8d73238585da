// A linearizability checker for histories recorded by tests, after Wing & Gong's search as improved
// by Lowe ("Testing for linearizability", 2017) and as used by Porcupine: a depth-first search over
// the order in which operations took effect, where an operation may be linearized only while no
// operation that returned before it was called is still outstanding, with memoization of each
// (set of linearized operations, model state) configuration already explored, and P-compositional
// partitioning (a history is linearizable iff each of its independent parts is, e.g. one per key).
//
// Operations that never returned (timed out, connection lost) are "pending": they may have taken
// effect at any time after their call, or never. They are modelled as returning at +infinity with
// an unknown output, and the search stops as soon as every completed operation is linearized, so a
// pending operation that never took effect is simply never placed.

/** One operation of a history, as a client observed it. */
export interface Operation<I, O> {
  clientId: number | string;
  input: I;
  /** When the client issued it (any monotonic clock, same for every operation of a history). */
  call: number;
  /** When the client saw its result; absent for a pending operation. */
  return?: number;
  /** Its result; absent (and ignored) for a pending operation. */
  output?: O;
  /** It never returned: it may have taken effect at any time after `call`, or never. */
  pending?: boolean;
}

/** Whether an operation never returned (explicitly pending, or without a return time). */
export function isPending(op: Operation<unknown, unknown>): boolean {
  return op.pending === true || op.return === undefined;
}

/**
 * The result of applying one operation to a model state. `ok` says whether `output` is what the
 * operation can return in `state`; `next` is the state after it. A model that cannot tell the
 * effect of an operation (typically a pending one, whose output is unknown) lists the other
 * possible states in `alternatives`: the search tries each.
 */
export interface StepResult<S> {
  ok: boolean;
  next: S;
  alternatives?: readonly S[];
}

/** A sequential specification. States must be treated as immutable: `step` returns new ones. */
export interface Model<S, I, O> {
  name?: string;
  init: () => S;
  /** Applies `input` to `state`; `output` is undefined when the operation is pending. */
  step: (state: S, input: I, output: O | undefined) => StepResult<S>;
  /** Splits a history into independent sub-histories (e.g. per key), checked separately. */
  partition?: (history: readonly Operation<I, O>[]) => Operation<I, O>[][];
  /** A string that equal states share (the default is JSON.stringify: give one for Maps etc.). */
  hash?: (state: S) => string;
  /** State equality, for states whose hashes collide (the default compares hashes). */
  equal?: (a: S, b: S) => boolean;
  /** Operations that never change the state: dropped when pending, removable when minimizing. */
  readOnly?: (input: I) => boolean;
  /**
   * Whether shrinking a counterexample may drop operations that are not read-only (default
   * true). Say false when the state counts every write (a global revision, say): a sub-history
   * missing writes then fails for that reason alone.
   */
  shrinkWrites?: boolean;
  describeOperation?: (input: I, output: O | undefined) => string;
  describeState?: (state: S) => string;
}

export interface CheckOptions {
  /** Total budget for the search; past it the answer is 'unknown' (default 10 s). */
  timeoutMs?: number;
  /** Whether to shrink a failing part into a small counterexample (default true). */
  minimize?: boolean;
  /** Budget for that shrinking, on top of timeoutMs (default 3 s). */
  minimizeTimeoutMs?: number;
}

export type CheckResult<I, O> =
  | { ok: true }
  | {
      ok: false;
      reason: string;
      /** Index of the failing part (from model.partition) and its operations. */
      partition: number;
      partitionHistory: Operation<I, O>[];
      /** The longest order found in which a prefix of the failing part could be linearized. */
      longestLinearization: Operation<I, O>[];
      /**
       * A small sub-history of the failing part that is itself not linearizable, and in which
       * every completed operation is needed: making any one of them pending (free to take effect
       * at any time after its call, or never) makes it linearizable. Operations still in flight
       * at the failure appear as pending. It is found greedily (see minimize) and is meant for
       * reading; it is not guaranteed to be the smallest one.
       */
      minimalCounterexample?: Operation<I, O>[];
    }
  | { ok: 'unknown'; reason: string };

type SearchOutcome<S> =
  { kind: 'ok' } | { kind: 'timeout' } | { kind: 'fail'; longest: number[]; stateAfter: S };

function defaultHash(state: unknown): string {
  return JSON.stringify(state);
}

function validate<I, O>(history: readonly Operation<I, O>[]): void {
  for (const op of history) {
    if (!Number.isFinite(op.call)) throw new Error(`operation with a bad call time: ${op.call}`);
    if (!isPending(op)) {
      const ret = op.return ?? NaN;
      if (!Number.isFinite(ret) || ret < op.call) {
        throw new Error(`operation returns (${ret}) before it is called (${op.call})`);
      }
    }
  }
}

/**
 * Searches for a linearization of one (sub-)history. Exported for the checker's own tests and for
 * callers that partition themselves; most callers want checkLinearizable.
 */
export function searchLinearization<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  deadline: number,
): SearchOutcome<S> {
  const n = ops.length;
  let completedLeft = 0;
  const pending: boolean[] = ops.map((op) => {
    const p = isPending(op);
    if (!p) completedLeft++;
    return p;
  });
  if (completedLeft === 0) return { kind: 'ok' };

  // Events sorted by time, calls before returns at equal times (touching intervals overlap). Node
  // 0 is the list head; node i >= 1 is event i - 1.
  const events: { time: number; call: boolean; op: number }[] = [];
  for (let k = 0; k < n; k++) {
    const op = ops[k]!;
    events.push({ time: op.call, call: true, op: k });
    events.push({ time: pending[k] ? Infinity : op.return!, call: false, op: k });
  }
  events.sort((a, b) => {
    if (a.time !== b.time) return a.time < b.time ? -1 : 1;
    return a.call === b.call ? 0 : a.call ? -1 : 1;
  });
  const size = 2 * n + 1;
  const next = new Int32Array(size);
  const prev = new Int32Array(size);
  const opOf = new Int32Array(size);
  const isCall = new Uint8Array(size);
  const match = new Int32Array(size);
  const callNode = new Int32Array(n);
  for (let i = 0; i < size; i++) {
    next[i] = i + 1 < size ? i + 1 : -1;
    prev[i] = i - 1;
  }
  for (let i = 1; i < size; i++) {
    const ev = events[i - 1]!;
    opOf[i] = ev.op;
    isCall[i] = ev.call ? 1 : 0;
    if (ev.call) callNode[ev.op] = i;
    else {
      const c = callNode[ev.op]!;
      match[c] = i;
      match[i] = c;
    }
  }
  const unlink = (x: number): void => {
    const p = prev[x]!;
    const q = next[x]!;
    next[p] = q;
    if (q !== -1) prev[q] = p;
  };
  const relink = (x: number): void => {
    const p = prev[x]!;
    const q = next[x]!;
    next[p] = x;
    if (q !== -1) prev[q] = x;
  };
  const lift = (c: number): void => {
    unlink(c);
    unlink(match[c]!);
  };
  const unlift = (c: number): void => {
    relink(match[c]!);
    relink(c);
  };

  const hash = model.hash ?? defaultHash;
  const equal = model.equal;
  const bits = new Uint32Array((n + 31) >>> 5);
  const cache = new Map<string, S[]>();
  // Records (bits, state) as explored; false if it already was.
  const remember = (state: S): boolean => {
    let key = '';
    for (const w of bits) key += w.toString(36) + ',';
    key += hash(state);
    const seen = cache.get(key);
    if (seen === undefined) {
      cache.set(key, [state]);
      return true;
    }
    if (equal === undefined) return false;
    for (const s of seen) if (equal(s, state)) return false;
    seen.push(state);
    return true;
  };

  interface Frame {
    node: number;
    before: S;
    options: readonly S[];
    index: number;
  }
  const stack: Frame[] = [];
  let state = model.init();
  let longest: number[] = [];
  let longestState = state;
  let node = next[0]!;
  let iterations = 0;
  const linearized = (): void => {
    if (stack.length > longest.length) {
      longest = stack.map((f) => opOf[f.node]!);
      longestState = state;
    }
  };

  for (;;) {
    if ((++iterations & 1023) === 0 && performance.now() > deadline) return { kind: 'timeout' };
    if (node !== -1 && isCall[node] === 1) {
      const k = opOf[node]!;
      const op = ops[k]!;
      const res = model.step(state, op.input, pending[k] ? undefined : op.output);
      let placed = false;
      if (res.ok) {
        bits[k >>> 5]! |= 1 << (k & 31);
        const options =
          res.alternatives && res.alternatives.length > 0
            ? [res.next, ...res.alternatives]
            : [res.next];
        for (let i = 0; i < options.length; i++) {
          if (remember(options[i]!)) {
            stack.push({ node, before: state, options, index: i });
            state = options[i]!;
            lift(node);
            placed = true;
            break;
          }
        }
        if (!placed) bits[k >>> 5]! &= ~(1 << (k & 31));
      }
      if (placed) {
        if (!pending[k] && --completedLeft === 0) return { kind: 'ok' };
        linearized();
        node = next[0]!;
      } else {
        node = next[node]!;
      }
      continue;
    }
    // A return event (or the end of the list): the operation it ends was not linearized in time.
    const frame = stack.pop();
    if (frame === undefined) return { kind: 'fail', longest, stateAfter: longestState };
    const k = opOf[frame.node]!;
    let resumed = false;
    for (let i = frame.index + 1; i < frame.options.length; i++) {
      if (remember(frame.options[i]!)) {
        frame.index = i;
        stack.push(frame);
        state = frame.options[i]!;
        node = next[0]!;
        resumed = true;
        break;
      }
    }
    if (resumed) continue;
    bits[k >>> 5]! &= ~(1 << (k & 31));
    if (!pending[k]) completedLeft++;
    unlift(frame.node);
    state = frame.before;
    node = next[frame.node]!;
  }
}

function describeOp<I, O>(model: Model<unknown, I, O>, op: Operation<I, O>): string {
  const body = model.describeOperation
    ? model.describeOperation(op.input, isPending(op) ? undefined : op.output)
    : `${JSON.stringify(op.input)} -> ${isPending(op) ? '?' : JSON.stringify(op.output)}`;
  const end = isPending(op) ? 'pending' : op.return!.toFixed(3);
  return `client ${op.clientId} [${op.call.toFixed(3)}, ${end}] ${body}`;
}

/** An operation with its outcome forgotten: it may have taken effect any time after its call. */
function weaken<I, O>(op: Operation<I, O>): Operation<I, O> {
  return { clientId: op.clientId, input: op.input, call: op.call, pending: true };
}

/** Checks `history` against `model`; see CheckResult for what a failure reports. */
export function checkLinearizable<S, I, O>(
  model: Model<S, I, O>,
  history: readonly Operation<I, O>[],
  opts: CheckOptions = {},
): CheckResult<I, O> {
  validate(history);
  const deadline = performance.now() + (opts.timeoutMs ?? 10_000);
  const readOnly = model.readOnly;
  const relevant = readOnly
    ? history.filter((op) => !(isPending(op) && readOnly(op.input)))
    : history.slice();
  const parts = model.partition ? model.partition(relevant) : [relevant];
  let timedOut = -1;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const res = searchLinearization(model, part, deadline);
    if (res.kind === 'ok') continue;
    if (res.kind === 'timeout') {
      timedOut = p;
      break;
    }
    const done = new Set(res.longest);
    const rest = part.filter((_, k) => !done.has(k));
    const firstReturn = Math.min(...rest.map((op) => (isPending(op) ? Infinity : op.return!)));
    const stuck = rest.filter((op) => op.call <= firstReturn && !isPending(op));
    const completed = part.filter((op) => !isPending(op)).length;
    const model2 = model as Model<unknown, I, O>;
    const stateText = model.describeState
      ? model.describeState(res.stateAfter)
      : defaultHash(res.stateAfter);
    const reason =
      `not linearizable${model.name ? ` under ${model.name}` : ''}: part ${p + 1} of ` +
      `${parts.length} (${part.length} operations, ${completed} completed). At most ` +
      `${res.longest.length} of them can be linearized; after those the state is ${stateText} and ` +
      `none of these can take effect next:\n  ${stuck.map((op) => describeOp(model2, op)).join('\n  ')}`;
    const failure: CheckResult<I, O> = {
      ok: false,
      reason,
      partition: p,
      partitionHistory: part,
      longestLinearization: res.longest.map((k) => part[k]!),
    };
    if (opts.minimize !== false) {
      const cex = minimize(model, part, performance.now() + (opts.minimizeTimeoutMs ?? 3000));
      if (cex) {
        failure.minimalCounterexample = cex;
        failure.reason +=
          `\nminimal counterexample (${cex.length} operations):\n  ` +
          cex.map((op) => describeOp(model2, op)).join('\n  ');
      }
    }
    return failure;
  }
  if (timedOut >= 0) {
    return {
      ok: 'unknown',
      reason: `timed out after ${opts.timeoutMs ?? 10_000} ms in part ${timedOut + 1} of ${parts.length}`,
    };
  }
  return { ok: true };
}

/**
 * Shrinks a non-linearizable history (see CheckResult.minimalCounterexample). Returns undefined if
 * the budget ran out before the first step.
 */
function minimize<S, I, O>(
  model: Model<S, I, O>,
  history: readonly Operation<I, O>[],
  deadline: number,
): Operation<I, O>[] | undefined {
  const budget = { out: false };
  const expired = (): boolean => budget.out;
  // true: not linearizable; false: linearizable or unknown (never accept an unknown step).
  const fails = (h: readonly Operation<I, O>[]): boolean => {
    if (expired()) return false;
    const r = searchLinearization(model, h, deadline);
    if (r.kind === 'timeout') budget.out = true;
    return r.kind === 'fail';
  };
  const readOnly = (op: Operation<I, O>): boolean => model.readOnly?.(op.input) ?? false;
  const shrinkWrites = model.shrinkWrites ?? true;
  // With operation i made pending (read-only ones are dropped instead: the same thing).
  const weakened = (h: readonly Operation<I, O>[], i: number): Operation<I, O>[] => {
    const op = h[i]!;
    if (isPending(op) || readOnly(op)) return h.filter((_, j) => j !== i);
    return h.map((o, j) => (j === i ? weaken(o) : o));
  };

  // 1. Truncate at the earliest time T such that the operations called by T, with those still
  //    outstanding at T made pending, are not linearizable. This only weakens the history, and a
  //    failure at T implies one at any later time, so a binary search finds T.
  const times = [...new Set(history.filter((op) => !isPending(op)).map((op) => op.return!))].sort(
    (a, b) => a - b,
  );
  const truncated = (t: number): Operation<I, O>[] =>
    history
      .filter((op) => op.call <= t)
      .map((op) => (!isPending(op) && op.return! <= t ? op : weaken(op)));
  if (times.length === 0) return undefined;
  let lo = 0;
  let hi = times.length - 1;
  let cur = truncated(times[hi]!);
  while (lo < hi && !expired()) {
    const mid = (lo + hi) >>> 1;
    const h = truncated(times[mid]!);
    if (fails(h)) {
      hi = mid;
      cur = h;
    } else lo = mid + 1;
  }
  if (expired()) return cur.length < history.length ? cur : undefined;

  // 2. Drop read-only operations while it still fails (dropping a read only weakens a history).
  const dropReads = (): void => {
    for (let i = cur.length - 1; i >= 0 && !expired(); i--) {
      const op = cur[i]!;
      if (isPending(op) || !readOnly(op)) continue;
      const h = cur.filter((_, j) => j !== i);
      if (fails(h)) cur = h;
    }
  };
  dropReads();
  if (!shrinkWrites || expired()) return cur;

  // 3. Drop other completed operations, which is not a weakening: the history without, say, the
  //    write a read saw may fail for another reason. So an operation goes only if the history
  //    still fails without it, and also with it made pending (free to take effect at any time
  //    after its call, or never), and every operation that is necessary now (making it pending
  //    makes the history linearizable: the culprits) stays necessary. Reads that became
  //    unnecessary go too; repeat until nothing changes.
  const necessaryNow = cur.filter((op, i) => !isPending(op) && !fails(weakened(cur, i)));
  const culpritsStay = (h: readonly Operation<I, O>[]): boolean =>
    necessaryNow.every((c) => {
      const i = h.indexOf(c);
      return i >= 0 && !fails(weakened(h, i)) && !expired();
    });
  for (let changed = true; changed && !expired();) {
    changed = false;
    for (let i = cur.length - 1; i >= 0 && !expired(); i--) {
      const op = cur[i];
      if (op === undefined || isPending(op) || readOnly(op) || necessaryNow.includes(op)) continue;
      const h = cur.filter((_, j) => j !== i);
      if (fails(h) && fails(weakened(cur, i)) && culpritsStay(h)) {
        cur = h;
        changed = true;
      }
    }
    const before = cur.length;
    dropReads();
    if (cur.length !== before) changed = true;
  }

  // 4. Drop pending operations while it still fails and each remaining completed operation stays
  //    necessary (making it pending makes the history linearizable).
  const necessary = (h: readonly Operation<I, O>[]): boolean =>
    h.every((op, i) => isPending(op) || (!fails(weakened(h, i)) && !expired()));
  for (let i = cur.length - 1; i >= 0 && !expired(); i--) {
    if (!isPending(cur[i]!)) continue;
    const h = cur.filter((_, j) => j !== i);
    if (fails(h) && necessary(h)) cur = h;
  }
  return cur;
}
