import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { httpRequestDuration } from '../metrics/metrics';

const SKIP = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * One JSON line per HTTP request once the answer is sent: method, path, status, duration and the
 * caller's `traceparent`. Probes and scrapes are logged at debug only. Also feeds the
 * `http_request_duration_seconds` histogram.
 */
export const requestLogging = (logger: Logger) => {
  const duration = httpRequestDuration();
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const path = req.originalUrl.split('?')[0] ?? req.originalUrl;
      const routePath = (req.route as { path?: unknown } | undefined)?.path;
      const route = typeof routePath === 'string' ? `${req.baseUrl}${routePath}` : res.statusCode === 404 ? '(unmatched)' : path;
      duration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
      const line = {
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(seconds * 1e6) / 1e3,
        traceparent: req.header('traceparent') ?? undefined,
        bytesIn: Number(req.header('content-length') ?? 0) || undefined,
      };
      if (SKIP.has(path)) logger.debug(line, 'http request');
      else if (res.statusCode >= 500) logger.error(line, 'http request');
      else logger.info(line, 'http request');
    });
    next();
  };
};
