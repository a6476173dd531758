import { HttpException } from '@nestjs/common';
import { ErrorCodes, JobstreamError, type FieldIssue } from '@jobstream/contracts';

export interface ErrorBody {
  error: { code: string; message: string; issues: FieldIssue[] };
}

export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: ErrorBody;
}

/** Seconds a client should wait before retrying a 503. */
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCodes.postingInvalid]: 400,
  [ErrorCodes.queryInvalid]: 400,
  [ErrorCodes.payloadUnreadable]: 400,
  [ErrorCodes.eventInvalid]: 400,
  [ErrorCodes.payloadTooLarge]: 413,
  [ErrorCodes.mediaTypeUnsupported]: 415,
  [ErrorCodes.sourceForbidden]: 403,
  [ErrorCodes.postingNotFound]: 404,
  [ErrorCodes.brokerUnavailable]: 503,
  [ErrorCodes.storeUnavailable]: 503,
};

/** The one place error codes become HTTP statuses; `undefined` for codes with no client meaning. */
export const httpStatusOfCode = (code: string): number | undefined => {
  const status = STATUS_BY_CODE[code];
  if (status !== undefined) return status;
  if (code.startsWith('AUTH.')) return 401;
  return undefined;
};

/** Errors thrown by express body parsers (body-parser / raw-body) carry a `type` and a status. */
interface BodyParserError {
  type: string;
  status?: number;
  statusCode?: number;
  limit?: number;
  message: string;
}
const isBodyParserError = (e: unknown): e is BodyParserError =>
  e instanceof Error && typeof (e as Partial<BodyParserError>).type === 'string' &&
  (typeof (e as Partial<BodyParserError>).status === 'number' || typeof (e as Partial<BodyParserError>).statusCode === 'number');

/** Maps a body-parser failure to our error, or undefined when `e` is not one. */
export const fromBodyParserError = (e: unknown): JobstreamError | undefined => {
  if (!isBodyParserError(e)) return undefined;
  switch (e.type) {
    case 'entity.too.large':
      return new JobstreamError(
        ErrorCodes.payloadTooLarge,
        e.limit !== undefined ? `Request body exceeds the limit of ${e.limit} bytes` : 'Request body too large',
      );
    case 'entity.parse.failed':
      return new JobstreamError(ErrorCodes.payloadUnreadable, `Request body is not valid JSON: ${e.message}`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new JobstreamError(ErrorCodes.mediaTypeUnsupported, e.message);
    default:
      return new JobstreamError(ErrorCodes.payloadUnreadable, `Request body could not be read (${e.type})`);
  }
};

const retryAfterOf = (e: unknown): number => {
  const v = (e as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof v === 'number' && v > 0 ? Math.ceil(v) : DEFAULT_RETRY_AFTER_SECONDS;
};

const HTTP_CODE_BY_STATUS: Record<number, string> = {
  400: 'REQUEST.INVALID',
  401: ErrorCodes.authMissing,
  403: 'REQUEST.FORBIDDEN',
  404: 'ROUTE.NOT_FOUND',
  405: 'METHOD.NOT_ALLOWED',
  413: ErrorCodes.payloadTooLarge,
  415: ErrorCodes.mediaTypeUnsupported,
};

const messageOfHttpException = (e: HttpException): string => {
  const r = e.getResponse();
  if (typeof r === 'string') return r;
  const m = (r as { message?: unknown }).message;
  if (Array.isArray(m)) return m.map(String).join('; ');
  if (typeof m === 'string') return m;
  return e.message;
};

const internal = (): ErrorResponse => ({
  status: 500,
  headers: {},
  body: { error: { code: 'INTERNAL', message: 'Internal error', issues: [] } },
});

/**
 * What the HTTP layer answers for any thrown value: `JobstreamError` codes by the table above,
 * body-parser failures (bad JSON 400, too large 413), Nest's own HTTP exceptions (unknown route
 * 404), and anything else a 500 that says nothing of the internals. 503s carry `Retry-After`.
 */
export const errorResponseOf = (e: unknown): ErrorResponse => {
  const mapped = e instanceof JobstreamError ? e : fromBodyParserError(e);
  if (mapped) {
    const status = httpStatusOfCode(mapped.code);
    if (status === undefined) return internal();
    const headers: Record<string, string> = status === 503 ? { 'Retry-After': String(retryAfterOf(mapped)) } : {};
    return { status, headers, body: { error: { code: mapped.code, message: mapped.message, issues: mapped.issues } } };
  }
  if (e instanceof HttpException) {
    const status = e.getStatus();
    if (status >= 500) return { ...internal(), status };
    const code = HTTP_CODE_BY_STATUS[status] ?? `HTTP.${status}`;
    return { status, headers: {}, body: { error: { code, message: messageOfHttpException(e), issues: [] } } };
  }
  return internal();
};
