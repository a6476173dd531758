import { z } from 'zod';
import { EnrichmentSchema } from './enrichment.schema';
import { IsoDateTimeSchema, PostingSchema, SourceSchema, ExternalIdSchema } from './posting.schema';

/** CloudEvents `type` of each event; the version is part of the type. */
export const EventTypes = {
  postingUpserted: 'posting.upserted.v1',
  postingClosed: 'posting.closed.v1',
  postingEnriched: 'posting.enriched.v1',
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

/** Data of `posting.upserted.v1` on `postings.ingested.v1`: the whole normalized posting. */
export const PostingUpsertedV1Schema = z.object({
  type: z.literal(EventTypes.postingUpserted),
  postingId: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: IsoDateTimeSchema,
  posting: PostingSchema,
});
export type PostingUpsertedV1 = z.infer<typeof PostingUpsertedV1Schema>;

/** Data of `posting.closed.v1` on `postings.ingested.v1` and, passed through, `postings.enriched.v1`. */
export const PostingClosedV1Schema = z.object({
  type: z.literal(EventTypes.postingClosed),
  postingId: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: IsoDateTimeSchema,
  source: SourceSchema,
  externalId: ExternalIdSchema,
  reason: z.string().max(500).nullable().default(null),
});
export type PostingClosedV1 = z.infer<typeof PostingClosedV1Schema>;

/** Data of `posting.enriched.v1` on `postings.enriched.v1`: the posting and what the engine found. */
export const PostingEnrichedV1Schema = z.object({
  type: z.literal(EventTypes.postingEnriched),
  postingId: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: IsoDateTimeSchema,
  posting: PostingSchema,
  enrichment: EnrichmentSchema,
});
export type PostingEnrichedV1 = z.infer<typeof PostingEnrichedV1Schema>;

/** What `postings.ingested.v1` carries. */
export const IngestedEventSchema = z.discriminatedUnion('type', [PostingUpsertedV1Schema, PostingClosedV1Schema]);
export type IngestedEvent = z.infer<typeof IngestedEventSchema>;

/** What `postings.enriched.v1` carries. */
export const EnrichedEventSchema = z.discriminatedUnion('type', [PostingEnrichedV1Schema, PostingClosedV1Schema]);
export type EnrichedEvent = z.infer<typeof EnrichedEventSchema>;

/**
 * A raw payload on `postings.inbound.v1`: the body of `POST /v1/postings` (our JSON), or another
 * format named by the `content-type` header. Validated by ingest, not here.
 */
export const InboundPostingV1Schema = z.object({
  source: SourceSchema,
  externalId: ExternalIdSchema,
  title: z.string().trim().min(1).max(500),
  description: z.string().min(1).max(200_000),
  company: z.string().max(300).optional(),
  location: z.string().max(500).optional(),
  url: z.url().max(2000).optional(),
  updatedAt: IsoDateTimeSchema.optional(),
});
export type InboundPostingV1 = z.infer<typeof InboundPostingV1Schema>;
