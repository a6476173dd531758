import {
  EventTypes,
  IngestedEventSchema,
  PostingEnrichedV1Schema,
  formatPath,
  nextTraceparent,
  type Enrichment,
  type Posting,
  type PostingEnrichedV1,
} from '@jobstream/contracts';
import { DEFAULT_MAX_MESSAGE_BYTES, decodeEvent, encodeEvent, messageBytes, type InboundMessage, type OutboundMessage, type PoisonMessage } from '@jobstream/messaging';

/** The engine as this service sees it (`createEnricher(...)` of @jobstream/enrichment). */
export interface Enricher {
  enrich(posting: Posting): Enrichment;
}

export const ENRICHMENT_SOURCE = '/jobstream/enrichment';

export const EnrichErrorCodes = {
  /** The engine threw on this posting (deterministic: retrying would not help). */
  engineFailed: 'ENRICHMENT.FAILED',
  /** The engine's output does not match the contract. */
  outputInvalid: 'ENRICHMENT.OUTPUT_INVALID',
  /** The enriched event is larger than one Kafka message may be. */
  outputTooLarge: 'ENRICHMENT.OUTPUT_TOO_LARGE',
} as const;

export interface EnrichedBatch {
  /** What goes to `postings.enriched.v1`, in input order. */
  out: OutboundMessage[];
  poison: PoisonMessage[];
}

/**
 * One batch of `postings.ingested.v1` to what goes on `postings.enriched.v1`: upserts are enriched,
 * closings pass through unchanged (same CloudEvent, child traceparent), anything unreadable is poison
 * with its reason (also an enriched event too large for one Kafka message). Pure apart from the engine;
 * never throws for a bad message.
 */
export const enrichBatch = (messages: readonly InboundMessage[], enricher: Enricher, maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES): EnrichedBatch => {
  const out: OutboundMessage[] = [];
  const poison: PoisonMessage[] = [];
  for (const message of messages) {
    const decoded = decodeEvent(message, IngestedEventSchema, { types: [EventTypes.postingUpserted, EventTypes.postingClosed] });
    if (!decoded.ok) {
      poison.push({ message, reason: decoded.reason, code: decoded.code });
      continue;
    }
    const { event, headers } = decoded;
    if (event.type === EventTypes.postingClosed) {
      out.push({ key: event.postingId, value: message.value, headers: { ...headers, traceparent: nextTraceparent(headers.traceparent) } });
      continue;
    }
    let enrichment: Enrichment;
    try {
      enrichment = enricher.enrich(event.posting);
    } catch (e) {
      poison.push({ message, code: EnrichErrorCodes.engineFailed, reason: `enrichment failed: ${e instanceof Error ? e.message : String(e)}` });
      continue;
    }
    const enriched: PostingEnrichedV1 = {
      type: EventTypes.postingEnriched,
      postingId: event.postingId,
      version: event.version,
      occurredAt: event.occurredAt,
      posting: event.posting,
      enrichment,
    };
    const checked = PostingEnrichedV1Schema.safeParse(enriched);
    if (!checked.success) {
      const why = checked.error.issues.map((i) => `${formatPath(i.path, 'data')}: ${i.message}`).join('; ');
      poison.push({ message, code: EnrichErrorCodes.outputInvalid, reason: `enriched event invalid: ${why}` });
      continue;
    }
    const encoded = encodeEvent(checked.data, { source: ENRICHMENT_SOURCE, parentTraceparent: headers.traceparent });
    const bytes = messageBytes(encoded);
    if (bytes > maxMessageBytes) {
      poison.push({ message, code: EnrichErrorCodes.outputTooLarge, reason: `enriched event of ${bytes} bytes is over the ${maxMessageBytes}-byte limit of one Kafka message` });
      continue;
    }
    out.push(encoded);
  }
  return { out, poison };
};
