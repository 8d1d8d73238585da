// Structured logging: one JSON line per event (on stderr unless --log-outputs says otherwise),
// filtered by level.
import { setLogger as setGrpcLogger } from '@grpc/grpc-js';
import { createWriteStream, openSync, type WriteStream } from 'node:fs';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export function createLogger(
  level: LogLevel = 'info',
  base: Record<string, unknown> = {},
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const min = levelRank[level];
  const emit = (lvl: LogLevel, msg: string, fields?: Record<string, unknown>): void => {
    if (levelRank[lvl] < min) return;
    const record = { ts: new Date().toISOString(), level: lvl, msg, ...base, ...fields };
    write(JSON.stringify(record, jsonSafe) + '\n');
  };
  return {
    debug: (m, f) => {
      emit('debug', m, f);
    },
    info: (m, f) => {
      emit('info', m, f);
    },
    warn: (m, f) => {
      emit('warn', m, f);
    },
    error: (m, f) => {
      emit('error', m, f);
    },
    child: (fields) => createLogger(level, { ...base, ...fields }, write),
  };
}

/** Where log lines go (etcd's --log-outputs), and how to close the files among them. */
export interface LogOutputs {
  readonly write: (line: string) => void;
  readonly close: () => Promise<void>;
}

/**
 * etcd's --log-outputs: `default` and `stderr` (standard error; clusterd does not write to
 * journald itself, systemd collects standard error anyway), `stdout`, or file paths, appended to.
 * Several may be given, but `default` only alone (as etcd's zap logger requires).
 */
export function openLogOutputs(outputs: readonly string[]): LogOutputs {
  if (outputs.length === 0) outputs = ['default'];
  if (outputs.length > 1 && outputs.includes('default')) {
    throw new Error('multi logoutput for "default" is not supported yet');
  }
  const files: WriteStream[] = [];
  const writers = [...new Set(outputs)].map((output): ((line: string) => void) => {
    if (output === 'default' || output === 'stderr') return (line) => process.stderr.write(line);
    if (output === 'stdout') return (line) => process.stdout.write(line);
    // Opened now, so that a path that cannot be written fails the start, as in etcd.
    const file = createWriteStream('', { fd: openSync(output, 'a') });
    // A write that fails later is said once on stderr; the other outputs go on.
    file.once('error', (err) => {
      process.stderr.write(`clusterd: cannot write the log to ${output}: ${err.message}\n`);
    });
    files.push(file);
    return (line) => {
      if (!file.destroyed) file.write(line);
    };
  });
  return {
    write:
      writers.length === 1
        ? writers[0]!
        : (line) => {
            for (const write of writers) write(line);
          },
    close: async () => {
      await Promise.all(
        files.map(
          (file) =>
            new Promise<void>((resolve) => {
              if (file.destroyed) {
                resolve();
                return;
              }
              file.once('error', () => {
                resolve();
              });
              file.end(() => {
                resolve();
              });
            }),
        ),
      );
    },
  };
}

/** A logger that drops everything, for library use and tests that do not read logs. */
export const silentLogger: Logger = createLogger('error', {}, () => undefined);

function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString(16);
  if (value instanceof Error) return { message: value.message, stack: value.stack };
  return value;
}

/**
 * grpc-js writes its own lines ("E No address added out of total 1 resolved") straight to
 * stderr; a member's errors are reported by clusterd itself, so grpc-js's go to `logger` as debug.
 */
export function routeGrpcLogs(logger: Logger): void {
  const write = (...args: unknown[]): void => {
    logger.debug(args.map(String).join(' '), { component: 'grpc-js' });
  };
  setGrpcLogger({ error: write, info: write, debug: write });
}
