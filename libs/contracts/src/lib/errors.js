"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.issuesFromZod = exports.formatPath = exports.ErrorCodes = exports.JobstreamError = void 0;
/**
 * Base of our errors: a string code (`POSTING.INVALID`, `SOURCE.FORBIDDEN`) that the HTTP layer maps
 * once to a status, a message for people, and field issues where the input was at fault.
 */
class JobstreamError extends Error {
    code;
    issues;
    constructor(code, message, issues = []) {
        super(message);
        this.code = code;
        this.issues = issues;
        this.name = new.target.name;
    }
}
exports.JobstreamError = JobstreamError;
exports.ErrorCodes = {
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
};
/** `a.b[2].c` from a zod issue path. */
const formatPath = (path, prefix = '') => path.reduce((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)), prefix) || '(root)';
exports.formatPath = formatPath;
const issuesFromZod = (error, prefix = '') => error.issues.map((i) => ({ path: (0, exports.formatPath)(i.path, prefix), message: i.message, code: i.code }));
exports.issuesFromZod = issuesFromZod;
