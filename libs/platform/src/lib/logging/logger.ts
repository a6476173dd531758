import type { LoggerService } from '@nestjs/common';
import pino, { type Logger, type DestinationStream } from 'pino';
import type { LogLevel } from '../config/parse-config';

export type { Logger } from 'pino';

export interface CreateLoggerOptions {
  /** Service name, on every line as `service`. */
  name: string;
  level?: LogLevel;
  /** Where lines go; stdout by default (tests pass a stream to read them). */
  destination?: DestinationStream;
}

/** One JSON object per line: `level` as a label, ISO `time`, `service`, `msg`. */
export const createLogger = (options: CreateLoggerOptions): Logger =>
  pino(
    {
      level: options.level ?? 'info',
      base: { service: options.name },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    options.destination,
  );

const splitContext = (params: unknown[]): { context?: string; rest: unknown[] } => {
  const last = params[params.length - 1];
  if (typeof last === 'string') return { context: last, rest: params.slice(0, -1) };
  return { rest: params };
};

/** Nest's own logs (bootstrap, route mapping, lifecycle) as JSON lines through pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  private write(level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]): void {
    const { context, rest } = splitContext(params);
    const fields: Record<string, unknown> = {};
    if (context) fields['context'] = context;
    if (rest.length) fields['details'] = rest;
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ ...fields, ...message });
    else this.logger[level](fields, String(message));
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }
  /** Nest calls `error(message, stack?, context?)`. */
  error(message: unknown, ...params: unknown[]): void {
    const { context, rest } = splitContext(params);
    const fields: Record<string, unknown> = {};
    if (context) fields['context'] = context;
    const [stack, ...more] = rest;
    if (typeof stack === 'string') fields['stack'] = stack;
    else if (stack !== undefined) more.unshift(stack);
    if (more.length) fields['details'] = more;
    if (message instanceof Error) this.logger.error({ ...fields, err: message }, message.message);
    else this.logger.error(fields, typeof message === 'string' ? message : JSON.stringify(message));
  }
}

/** `(msg, fields)`-style logger (what libs/messaging takes) over pino's `(fields, msg)`. */
export interface FieldsLogger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export const fieldsLoggerOf = (logger: Logger): FieldsLogger => ({
  debug: (msg, fields) => logger.debug(fields ?? {}, msg),
  info: (msg, fields) => logger.info(fields ?? {}, msg),
  warn: (msg, fields) => logger.warn(fields ?? {}, msg),
  error: (msg, fields) => logger.error(fields ?? {}, msg),
});
