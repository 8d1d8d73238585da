// Structured logging: one JSON line per event on stderr, filtered by level.
import { setLogger as setGrpcLogger } from '@grpc/grpc-js';
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
