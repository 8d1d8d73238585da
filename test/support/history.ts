// Records the operations test clients run, with monotonic call and return times, for
// checkLinearizable:
//
//   const rec = new HistoryRecorder<KvInput, KvOutput>();
//   const done = rec.begin(clientId, kv.put('k', 'v1'));   // just before sending the request
//   try { const r = await client.put(...); done({ revision: r.header.revision }); }
//   catch { done.unknown(); }        // timeout, lost connection: it may or may not have applied
//   ...
//   checkLinearizable(perKeyKvModel(), rec.history());
//
// or, for the common shape of that, `await rec.run(clientId, input, async () => output)`.

import type { Operation } from './linearizability.js';

/** Ends an operation begun with HistoryRecorder.begin; exactly one of its forms, once. */
export interface Completion<O> {
  /** The operation returned `output`. */
  (output: O): void;
  /** No answer (timeout, connection lost, unavailable): it may have taken effect, or not. */
  unknown(): void;
  /** It certainly did not take effect (e.g. rejected before being sent): leave it out. */
  abort(): void;
}

interface Entry<I, O> {
  clientId: number | string;
  input: I;
  call: number;
  end: 'open' | 'returned' | 'unknown' | 'aborted';
  ret?: number;
  output?: O;
}

export class HistoryRecorder<I, O> {
  private readonly entries: Entry<I, O>[] = [];

  /** `clock` must be monotonic; performance.now() by default. */
  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** Records the call of an operation now; call the returned function when it ends. */
  begin(clientId: number | string, input: I): Completion<O> {
    const entry: Entry<I, O> = { clientId, input, call: this.clock(), end: 'open' };
    this.entries.push(entry);
    const finish = (end: Entry<I, O>['end']): void => {
      if (entry.end !== 'open') {
        throw new Error(`operation of client ${clientId} ended twice (${entry.end}, ${end})`);
      }
      entry.end = end;
    };
    const done = (output: O): void => {
      const ret = this.clock();
      finish('returned');
      entry.ret = ret;
      entry.output = output;
    };
    done.unknown = (): void => {
      finish('unknown');
    };
    done.abort = (): void => {
      finish('aborted');
    };
    return done;
  }

  /**
   * Runs `fn` as one operation: its result is the output; if it throws, the operation is recorded
   * as unknown (or left out when `definitelyFailed(err)` says it cannot have applied) and the error
   * is rethrown.
   */
  async run<T extends O>(
    clientId: number | string,
    input: I,
    fn: () => Promise<T>,
    definitelyFailed: (err: unknown) => boolean = () => false,
  ): Promise<T> {
    const done = this.begin(clientId, input);
    let output: T;
    try {
      output = await fn();
    } catch (err) {
      if (definitelyFailed(err)) done.abort();
      else done.unknown();
      throw err;
    }
    done(output);
    return output;
  }

  /** Operations recorded so far. Unfinished ones are reported pending (as if unknown). */
  history(): Operation<I, O>[] {
    const ops: Operation<I, O>[] = [];
    for (const e of this.entries) {
      if (e.end === 'aborted') continue;
      if (e.end === 'returned') {
        ops.push({
          clientId: e.clientId,
          input: e.input,
          call: e.call,
          return: e.ret!,
          output: e.output as O,
        });
      } else {
        ops.push({ clientId: e.clientId, input: e.input, call: e.call, pending: true });
      }
    }
    return ops;
  }

  /** Number of operations begun (including aborted ones). */
  get size(): number {
    return this.entries.length;
  }
}
