"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nextTraceparent = exports.TRACEPARENT_RE = exports.cloudEventHeaders = exports.CloudEventHeadersSchema = exports.JSON_CONTENT_TYPE = exports.CE_SPECVERSION = void 0;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
/**
 * CloudEvents 1.0, Kafka protocol binding, binary content mode: the event data is the message
 * value (JSON) and the attributes travel as `ce_*` headers.
 */
exports.CE_SPECVERSION = '1.0';
exports.JSON_CONTENT_TYPE = 'application/json';
exports.CloudEventHeadersSchema = zod_1.z.object({
    ce_id: zod_1.z.string().min(1),
    ce_source: zod_1.z.string().min(1),
    ce_type: zod_1.z.string().min(1),
    ce_specversion: zod_1.z.literal(exports.CE_SPECVERSION),
    ce_time: zod_1.z.iso.datetime({ offset: true }),
    'content-type': zod_1.z.string().min(1),
    ce_subject: zod_1.z.string().optional(),
    traceparent: zod_1.z.string().optional(),
});
const cloudEventHeaders = (init) => {
    const headers = {
        ce_id: init.id ?? (0, node_crypto_1.randomUUID)(),
        ce_source: init.source,
        ce_type: init.type,
        ce_specversion: exports.CE_SPECVERSION,
        ce_time: init.time ?? new Date().toISOString(),
        'content-type': exports.JSON_CONTENT_TYPE,
    };
    if (init.subject)
        headers['ce_subject'] = init.subject;
    if (init.traceparent)
        headers['traceparent'] = init.traceparent;
    return headers;
};
exports.cloudEventHeaders = cloudEventHeaders;
/** W3C trace context: `00-<32 hex trace id>-<16 hex span id>-<2 hex flags>`. */
exports.TRACEPARENT_RE = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;
const hex = (bytes) => (0, node_crypto_1.randomUUID)().replace(/-/g, '').slice(0, bytes * 2).padEnd(bytes * 2, '0');
/** A new trace (no parent) or a child span of `parent` in the same trace. */
const nextTraceparent = (parent) => {
    if (parent && exports.TRACEPARENT_RE.test(parent)) {
        const [, traceId, , flags] = parent.split('-');
        return `00-${traceId}-${hex(8)}-${flags}`;
    }
    return `00-${hex(16)}-${hex(8)}-01`;
};
exports.nextTraceparent = nextTraceparent;
