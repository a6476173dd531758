import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { LogLevel } from '../config/parse-config';
import { createLogger, PinoNestLogger } from '../logging/logger';
import { requestLogging } from '../logging/request-logging.middleware';
import { fromBodyParserError } from '../http/error-mapping';
import { JobstreamExceptionFilter } from '../http/jobstream-exception.filter';
import { collectProcessMetrics, metricsRegistry } from '../metrics/metrics';
import { shutdownState } from '../health/health';

export interface BodyOptions {
  /**
   * `json`: `application/json` bodies parsed into objects (others left unread).
   * `raw`: every body kept as a Buffer in `req.body`, for signatures, NDJSON and text payloads.
   */
  mode: 'json' | 'raw';
  /** Larger bodies are refused with 413 PAYLOAD.TOO_LARGE; 1 MiB by default. */
  limitBytes?: number;
}

export interface HttpServiceOptions {
  name: string;
  port: number;
  /** Interface to listen on; all by default. */
  host?: string;
  logger?: Logger;
  logLevel?: LogLevel;
  body?: BodyOptions;
  /** Install SIGTERM/SIGINT handling (Nest shutdown hooks and a forced exit after the timeout). */
  handleSignals?: boolean;
  shutdownTimeoutMs?: number;
  /**
   * How long an idle keep-alive connection stays open (default 65 s). Longer than the idle timeout of clients and
   * load balancers (60 s is common), so the server never closes a connection a client is about to reuse (the
   * client would see ECONNRESET; Node's own default is 5 s).
   */
  keepAliveTimeoutMs?: number;
}

export interface HttpService {
  app: NestExpressApplication;
  logger: Logger;
  /** `http://127.0.0.1:<port>` of the listening server (useful with port 0). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Wraps a body parser so its failures become JobstreamErrors (bad JSON 400, too large 413). */
const mappedParser =
  (parser: RequestHandler): RequestHandler =>
  (req: Request, res: Response, next: NextFunction) =>
    parser(req, res, (err?: unknown) => {
      if (err === undefined || err === null) return next();
      next(fromBodyParserError(err) ?? err);
    });

const bodyParserOf = (body: BodyOptions): RequestHandler =>
  body.mode === 'raw'
    ? mappedParser(express.raw({ type: () => true, limit: body.limitBytes ?? 1024 * 1024 }))
    : mappedParser(express.json({ limit: body.limitBytes ?? 1024 * 1024 }));

/**
 * Creates and starts a Nest HTTP service with the house conventions: JSON logs (Nest's too), one
 * request log line per request, our body parsing with a size limit, the global error filter,
 * `GET /metrics`, and, unless `handleSignals` is false, graceful shutdown on SIGTERM/SIGINT.
 * Health endpoints come from `HealthModule` imported by the app module.
 */
export const createHttpService = async (appModule: Type<unknown> | DynamicModule, options: HttpServiceOptions): Promise<HttpService> => {
  const logger = options.logger ?? createLogger({ name: options.name, level: options.logLevel });
  const app = await NestFactory.create<NestExpressApplication>(appModule, {
    bodyParser: false,
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    forceCloseConnections: true,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(bodyParserOf(options.body ?? { mode: 'json' }));
  collectProcessMetrics();
  app.use('/metrics', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET') return next();
    metricsRegistry
      .metrics()
      .then((text) => res.type(metricsRegistry.contentType).send(text))
      .catch(next);
  });
  app.useGlobalFilters(new JobstreamExceptionFilter(logger));
  if (options.handleSignals ?? true) installShutdown(app, logger, options.shutdownTimeoutMs ?? 25_000);
  await app.listen(options.port, options.host ?? '0.0.0.0');
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? 65_000;
  // (a request's headers may take as long as an idle connection waits, plus a second)
  server.headersTimeout = server.keepAliveTimeout + 1000;
  const address = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}`;
  logger.info({ port: address.port }, `${options.name} listening`);
  return { app, logger, url, port: address.port, close: () => app.close() };
};

/**
 * Graceful shutdown on SIGTERM/SIGINT: readiness turns 503 at once, then `app.close()` runs every
 * provider's `onModuleDestroy` / `beforeApplicationShutdown` / `onApplicationShutdown` (consumers stop
 * fetching, finish the batch in hand and commit there; producers flush) and closes the HTTP server;
 * the process then exits 0. A failure while closing exits 1, and so does a close that takes longer
 * than `timeoutMs`. (Nest's own `enableShutdownHooks` re-raises the signal after closing, which
 * makes the exit status "killed by SIGTERM" instead of a clean 0, so we handle the signals here.)
 */
export const installShutdown = (app: INestApplication, logger: Logger, timeoutMs: number): void => {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (shutdownState.shuttingDown) return;
    shutdownState.shuttingDown = true;
    logger.info({ signal, timeoutMs }, 'shutting down: finishing in-flight work');
    setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out, exiting');
      logger.flush();
      process.exit(1);
    }, timeoutMs).unref();
    app
      .close()
      .then(() => {
        logger.info('shutdown complete');
        logger.flush();
        process.exit(0);
      })
      .catch((e: unknown) => {
        logger.error({ err: e }, 'shutdown failed');
        logger.flush();
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
};

/** Creates and starts the service (see createHttpService); the app's main.ts is one call. */
export const bootstrapHttpService = (appModule: Type<unknown> | DynamicModule, options: HttpServiceOptions): Promise<HttpService> =>
  createHttpService(appModule, { ...options, handleSignals: options.handleSignals ?? true });

/**
 * Runs a service's main function; a failure at start (above all CONFIG.INVALID) is logged as one
 * JSON line with every bad variable and the process exits 1: fail fast.
 */
export const runService = (name: string, main: () => Promise<unknown>): void => {
  main().catch((e: unknown) => {
    const logger = createLogger({ name });
    if (e instanceof JobstreamError && e.code === ErrorCodes.configInvalid) {
      logger.fatal({ code: e.code, issues: e.issues }, e.message);
    } else {
      logger.fatal({ err: e }, `${name} failed to start`);
    }
    logger.flush();
    process.exitCode = 1;
    setTimeout(() => process.exit(1), 100).unref();
  });
};
