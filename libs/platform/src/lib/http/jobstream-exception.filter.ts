import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { errorResponseOf } from './error-mapping';

/** Global filter: every error leaves as `{error: {code, message, issues}}` with its mapped status. */
@Catch()
export class JobstreamExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    const { status, headers, body } = errorResponseOf(exception);
    if (status >= 500) {
      this.logger.error(
        { err: exception, method: req.method, path: req.originalUrl, status, code: body.error.code },
        'request failed',
      );
    }
    if (res.headersSent) return;
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.status(status).json(body);
  }
}
