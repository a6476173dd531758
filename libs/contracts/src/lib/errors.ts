import type { ZodError } from 'zod';

/** One reason a value was refused: where (a JSON path such as `items[3].title`), why, and a code. */
export interface FieldIssue {
  path: string;
  message: string;
  code: string;
}

/**
 * Base of our errors: a string code (`POSTING.INVALID`, `SOURCE.FORBIDDEN`) that the HTTP layer maps
 * once to a status, a message for people, and field issues where the input was at fault.
 */
export class JobstreamError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const ErrorCodes = {
  postingInvalid: 'POSTING.INVALID',
  payloadUnreadable: 'PAYLOAD.UNREADABLE',
  payloadTooLarge: 'PAYLOAD.TOO_LARGE',
  mediaTypeUnsupported: 'PAYLOAD.MEDIA_TYPE_UNSUPPORTED',
  queryInvalid: 'QUERY.INVALID',
  authMissing: 'AUTH.MISSING',
  authInvalid: 'AUTH.INVALID',
  signatureInvalid: 'AUTH.SIGNATURE_INVALID',
  sourceForbidden: 'SOURCE.FORBIDDEN',
  postingNotFound: 'POSTING.NOT_FOUND',
  brokerUnavailable: 'BROKER.UNAVAILABLE',
  storeUnavailable: 'STORE.UNAVAILABLE',
  eventInvalid: 'EVENT.INVALID',
  configInvalid: 'CONFIG.INVALID',
} as const;

/** `a.b[2].c` from a zod issue path. */
export const formatPath = (path: ReadonlyArray<PropertyKey>, prefix = ''): string =>
  path.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)),
    prefix,
  ) || '(root)';

export const issuesFromZod = (error: ZodError, prefix = ''): FieldIssue[] =>
  error.issues.map((i) => ({ path: formatPath(i.path, prefix), message: i.message, code: i.code }));
