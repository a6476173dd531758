"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InboundPostingV1Schema = exports.EnrichedEventSchema = exports.IngestedEventSchema = exports.PostingEnrichedV1Schema = exports.PostingClosedV1Schema = exports.PostingUpsertedV1Schema = exports.EventTypes = void 0;
const zod_1 = require("zod");
const enrichment_schema_1 = require("./enrichment.schema");
const posting_schema_1 = require("./posting.schema");
/** CloudEvents `type` of each event; the version is part of the type. */
exports.EventTypes = {
    postingUpserted: 'posting.upserted.v1',
    postingClosed: 'posting.closed.v1',
    postingEnriched: 'posting.enriched.v1',
};
/** Data of `posting.upserted.v1` on `postings.ingested.v1`: the whole normalized posting. */
exports.PostingUpsertedV1Schema = zod_1.z.object({
    type: zod_1.z.literal(exports.EventTypes.postingUpserted),
    postingId: zod_1.z.string().min(1),
    version: zod_1.z.number().int().positive(),
    occurredAt: posting_schema_1.IsoDateTimeSchema,
    posting: posting_schema_1.PostingSchema,
});
/** Data of `posting.closed.v1` on `postings.ingested.v1` and, passed through, `postings.enriched.v1`. */
exports.PostingClosedV1Schema = zod_1.z.object({
    type: zod_1.z.literal(exports.EventTypes.postingClosed),
    postingId: zod_1.z.string().min(1),
    version: zod_1.z.number().int().positive(),
    occurredAt: posting_schema_1.IsoDateTimeSchema,
    source: posting_schema_1.SourceSchema,
    externalId: posting_schema_1.ExternalIdSchema,
    reason: zod_1.z.string().max(500).nullable().default(null),
});
/** Data of `posting.enriched.v1` on `postings.enriched.v1`: the posting and what the engine found. */
exports.PostingEnrichedV1Schema = zod_1.z.object({
    type: zod_1.z.literal(exports.EventTypes.postingEnriched),
    postingId: zod_1.z.string().min(1),
    version: zod_1.z.number().int().positive(),
    occurredAt: posting_schema_1.IsoDateTimeSchema,
    posting: posting_schema_1.PostingSchema,
    enrichment: enrichment_schema_1.EnrichmentSchema,
});
/** What `postings.ingested.v1` carries. */
exports.IngestedEventSchema = zod_1.z.discriminatedUnion('type', [exports.PostingUpsertedV1Schema, exports.PostingClosedV1Schema]);
/** What `postings.enriched.v1` carries. */
exports.EnrichedEventSchema = zod_1.z.discriminatedUnion('type', [exports.PostingEnrichedV1Schema, exports.PostingClosedV1Schema]);
/**
 * A raw payload on `postings.inbound.v1`: the body of `POST /v1/postings` (our JSON), or another
 * format named by the `content-type` header. Validated by ingest, not here.
 */
exports.InboundPostingV1Schema = zod_1.z.object({
    source: posting_schema_1.SourceSchema,
    externalId: posting_schema_1.ExternalIdSchema,
    title: zod_1.z.string().trim().min(1).max(500),
    description: zod_1.z.string().min(1).max(200_000),
    company: zod_1.z.string().max(300).optional(),
    location: zod_1.z.string().max(500).optional(),
    url: zod_1.z.url().max(2000).optional(),
    updatedAt: posting_schema_1.IsoDateTimeSchema.optional(),
});
