// `clusterd kv get|put|del|watch|txn`: etcdctl's key-value commands, flags and output.
import type { Argv, CommandModule } from 'yargs';
import {
  type DeleteResult,
  type GetOptions,
  type GetResult,
  type PutResult,
  type SortTarget,
  type TxnOpResult,
  type TxnResult,
  type WatchEvent,
  parseHexId,
} from '../client/index.js';
import { type GlobalArgs, UsageError, untilInterrupted, withClient } from './global.js';
import { jsonHeader, jsonKv, line, printKv, toJson } from './output.js';
import { parseTxn } from './txn-parse.js';

interface KeyArgs extends GlobalArgs {
  key: string;
  range_end?: string;
  prefix: boolean;
  'from-key': boolean;
}

interface GetArgs extends KeyArgs {
  rev: number;
  limit: number;
  'keys-only': boolean;
  'count-only': boolean;
  'print-value-only': boolean;
  'sort-by': string | undefined;
  order: string | undefined;
  consistency: string;
  'min-mod-rev': number;
  'max-mod-rev': number;
  'min-create-rev': number;
  'max-create-rev': number;
}

function keyOptions<T>(y: Argv<T>): Argv<T & KeyArgs> {
  return y
    .positional('key', { type: 'string', demandOption: true, describe: 'the key' })
    .positional('range_end', { type: 'string', describe: 'the end of the range [key, range_end)' })
    .option('prefix', { type: 'boolean', default: false, describe: 'keys with the key as prefix' })
    .option('from-key', {
      type: 'boolean',
      default: false,
      describe: 'keys greater than or equal to the key (byte compare)',
    }) as Argv<T & KeyArgs>;
}

function selector(a: KeyArgs): { prefix?: boolean; fromKey?: boolean; end?: string } {
  const set = [a.prefix, a['from-key'], a.range_end !== undefined].filter(Boolean).length;
  if (set > 1) throw new UsageError('--prefix, --from-key and range_end are mutually exclusive');
  if (a.prefix) return { prefix: true };
  if (a['from-key']) return { fromKey: true };
  if (a.range_end !== undefined) return { end: a.range_end };
  return {};
}

const sortTargets: Record<string, SortTarget> = {
  KEY: 'key',
  VERSION: 'version',
  CREATE: 'create',
  MODIFY: 'mod',
  MOD: 'mod',
  VALUE: 'value',
};

function getOptions(a: GetArgs): GetOptions {
  const o: GetOptions = { ...selector(a) };
  if (a.rev) o.revision = a.rev;
  if (a.limit) o.limit = a.limit;
  if (a['keys-only']) o.keysOnly = true;
  if (a['count-only']) o.countOnly = true;
  if (a.consistency === 's') o.serializable = true;
  else if (a.consistency !== 'l')
    throw new UsageError(`unknown consistency flag "${a.consistency}"`);
  if (a['min-mod-rev']) o.minModRevision = a['min-mod-rev'];
  if (a['max-mod-rev']) o.maxModRevision = a['max-mod-rev'];
  if (a['min-create-rev']) o.minCreateRevision = a['min-create-rev'];
  if (a['max-create-rev']) o.maxCreateRevision = a['max-create-rev'];
  if (a['sort-by'] !== undefined || a.order !== undefined) {
    const target = sortTargets[(a['sort-by'] ?? 'KEY').toUpperCase()];
    if (!target) throw new UsageError(`bad sort target "${a['sort-by'] ?? ''}"`);
    const orderText = (a.order ?? 'ASCEND').toUpperCase();
    if (orderText !== 'ASCEND' && orderText !== 'DESCEND') {
      throw new UsageError(`bad sort order "${a.order ?? ''}"`);
    }
    o.sort = { target, order: orderText === 'ASCEND' ? 'ascend' : 'descend' };
  }
  return o;
}

export function printGet(res: GetResult, format: GlobalArgs['write-out'], valueOnly = false): void {
  if (format === 'json') {
    const out: Record<string, unknown> = { header: jsonHeader(res.header) };
    if (res.kvs.length > 0) out.kvs = res.kvs.map(jsonKv);
    if (res.more) out.more = true;
    out.count = res.count;
    line(toJson(out));
    return;
  }
  for (const kv of res.kvs) printKv(kv, { valueOnly });
}

function printPut(res: PutResult, format: GlobalArgs['write-out']): void {
  if (format === 'json') {
    const out: Record<string, unknown> = { header: jsonHeader(res.header) };
    if (res.prevKv) out.prev_kv = jsonKv(res.prevKv);
    line(toJson(out));
    return;
  }
  line('OK');
  if (res.prevKv) printKv(res.prevKv);
}

function printDelete(res: DeleteResult, format: GlobalArgs['write-out']): void {
  if (format === 'json') {
    const out: Record<string, unknown> = { header: jsonHeader(res.header), deleted: res.deleted };
    if (res.prevKvs.length > 0) out.prev_kvs = res.prevKvs.map(jsonKv);
    line(toJson(out));
    return;
  }
  line(String(res.deleted));
  for (const kv of res.prevKvs) printKv(kv);
}

function printTxnOp(r: TxnOpResult, format: GlobalArgs['write-out']): void {
  switch (r.type) {
    case 'get':
      printGet(r.result, format);
      return;
    case 'put':
      printPut(r.result, format);
      return;
    case 'delete':
      printDelete(r.result, format);
      return;
    case 'txn':
      printTxn(r.result, format);
      return;
  }
}

function printTxn(res: TxnResult, format: GlobalArgs['write-out']): void {
  if (format === 'json') {
    line(
      toJson({
        header: jsonHeader(res.header),
        succeeded: res.succeeded,
        responses: res.responses,
      }),
    );
    return;
  }
  line(res.succeeded ? 'SUCCESS' : 'FAILURE');
  for (const r of res.responses) {
    line();
    printTxnOp(r, format);
  }
}

function printEvent(e: WatchEvent): void {
  line(e.type === 'put' ? 'PUT' : 'DELETE');
  if (e.prevKv) printKv(e.prevKv);
  printKv(e.kv);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const getCommand: CommandModule<GlobalArgs, GetArgs> = {
  command: 'get <key> [range_end]',
  describe: 'Gets the key or a range of keys',
  builder: (y) =>
    keyOptions(y)
      .option('rev', { type: 'number', default: 0, describe: 'the revision to read at' })
      .option('limit', { type: 'number', default: 0, describe: 'maximum number of results' })
      .option('keys-only', { type: 'boolean', default: false, describe: 'get only the keys' })
      .option('count-only', { type: 'boolean', default: false, describe: 'get only the count' })
      .option('print-value-only', {
        type: 'boolean',
        default: false,
        describe: 'only write values when using the "simple" output format',
      })
      .option('sort-by', {
        type: 'string',
        describe: 'sort target: CREATE, KEY, MODIFY, VALUE or VERSION',
      })
      .option('order', { type: 'string', describe: 'order of results: ASCEND or DESCEND' })
      .option('consistency', {
        type: 'string',
        default: 'l',
        describe: 'linearizable (l) or serializable (s)',
      })
      .option('min-mod-rev', { type: 'number', default: 0, describe: 'minimum modify revision' })
      .option('max-mod-rev', { type: 'number', default: 0, describe: 'maximum modify revision' })
      .option('min-create-rev', { type: 'number', default: 0, describe: 'minimum create revision' })
      .option('max-create-rev', {
        type: 'number',
        default: 0,
        describe: 'maximum create revision',
      }),
  handler: async (a) => {
    const options = getOptions(a);
    await withClient(a, async (client) => {
      const res = await client.kv.get(a.key, options);
      if (a['count-only'] && a['write-out'] !== 'json') {
        line(String(res.count));
        return;
      }
      printGet(res, a['write-out'], a['print-value-only']);
    });
  },
};

interface PutArgs extends GlobalArgs {
  key: string;
  value: string | undefined;
  lease: string | undefined;
  'prev-kv': boolean;
  'ignore-value': boolean;
  'ignore-lease': boolean;
}

const putCommand: CommandModule<GlobalArgs, PutArgs> = {
  command: 'put <key> [value]',
  describe: 'Puts the given key into the store (the value from stdin when not given)',
  builder: (y) =>
    y
      .positional('key', { type: 'string', demandOption: true })
      .positional('value', { type: 'string' })
      .option('lease', {
        type: 'string',
        describe: 'lease ID (in hexadecimal) to attach to the key',
      })
      .option('prev-kv', {
        type: 'boolean',
        default: false,
        describe: 'return the previous key-value pair',
      })
      .option('ignore-value', {
        type: 'boolean',
        default: false,
        describe: 'update the key using its current value',
      })
      .option('ignore-lease', {
        type: 'boolean',
        default: false,
        describe: 'update the key using its current lease',
      }),
  handler: async (a) => {
    let value = a.value;
    if (value === undefined && !a['ignore-value']) {
      if (process.stdin.isTTY)
        throw new UsageError('put command needs 1 argument and input from stdin or 2 arguments');
      value = await readStdin();
    }
    if (value !== undefined && a['ignore-value']) {
      throw new UsageError('put command needs only 1 argument when --ignore-value is set');
    }
    const lease = a.lease !== undefined ? parseId(a.lease) : undefined;
    await withClient(a, async (client) => {
      const res = await client.kv.put(a.key, value ?? '', {
        prevKv: a['prev-kv'],
        ignoreValue: a['ignore-value'],
        ignoreLease: a['ignore-lease'],
        ...(lease !== undefined ? { lease } : {}),
      });
      printPut(res, a['write-out']);
    });
  },
};

interface DelArgs extends KeyArgs {
  'prev-kv': boolean;
}

const delCommand: CommandModule<GlobalArgs, DelArgs> = {
  command: 'del <key> [range_end]',
  aliases: ['delete'],
  describe: 'Removes the specified key or range of keys [key, range_end)',
  builder: (y) =>
    keyOptions(y).option('prev-kv', {
      type: 'boolean',
      default: false,
      describe: 'return deleted key-value pairs',
    }),
  handler: async (a) => {
    const options = { ...selector(a), prevKv: a['prev-kv'] };
    await withClient(a, async (client) => {
      printDelete(await client.kv.delete(a.key, options), a['write-out']);
    });
  },
};

interface WatchArgs extends KeyArgs {
  rev: number;
  'prev-kv': boolean;
  'progress-notify': boolean;
}

const watchCommand: CommandModule<GlobalArgs, WatchArgs> = {
  command: 'watch <key> [range_end]',
  describe: 'Watches events on the key or range until interrupted',
  builder: (y) =>
    keyOptions(y)
      .option('rev', { type: 'number', default: 0, describe: 'revision to start watching from' })
      .option('prev-kv', {
        type: 'boolean',
        default: false,
        describe: 'get the previous key-value pair before the event happens',
      })
      .option('progress-notify', {
        type: 'boolean',
        default: false,
        describe: 'get periodic watch progress notification from server',
      }),
  handler: async (a) => {
    const options = {
      ...selector(a),
      prevKv: a['prev-kv'],
      progressNotify: a['progress-notify'],
      ...(a.rev ? { startRevision: a.rev } : {}),
    };
    await withClient(a, async (client) => {
      const stop = untilInterrupted();
      try {
        const watcher = await client.watch.watch(a.key, options);
        void stop.promise.then(() => watcher.cancel());
        for await (const batch of watcher) {
          if (a['write-out'] === 'json') {
            line(toJson({ header: jsonHeader(batch.header), events: batch.events }));
            continue;
          }
          if (batch.progressNotify) continue;
          for (const e of batch.events) printEvent(e);
        }
      } finally {
        stop.dispose();
      }
    });
  },
};

const txnCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'txn',
  describe:
    'Txn processes all the requests in one transaction, read from stdin: compares, a blank line, ' +
    'success requests, a blank line, failure requests',
  builder: (y) =>
    y.example(
      'printf \'mod("k") > "0"\\n\\nput k v\\n\\nget k\\n\' | $0 kv txn',
      'put k if it was ever modified, else read it',
    ),
  handler: async (a) => {
    const request = parseTxn(await readStdin());
    await withClient(a, async (client) => {
      printTxn(await client.kv.txn(request), a['write-out']);
    });
  },
};

export function parseId(text: string): bigint {
  try {
    return parseHexId(text);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

export const kvCommand: CommandModule<GlobalArgs, GlobalArgs> = {
  command: 'kv <command>',
  describe: 'get, put, delete, watch keys and run transactions',
  builder: (y) =>
    y
      .command(getCommand)
      .command(putCommand)
      .command(delCommand)
      .command(watchCommand)
      .command(txnCommand)
      .demandCommand(1, 'kv needs a subcommand'),
  handler: () => undefined,
};
