import { EnrichedEventSchema, EventTypes, type EnrichedEvent } from '@jobstream/contracts';
import { decodeEvent, type InboundMessage, type PoisonMessage } from '@jobstream/messaging';

const ENRICHED_TOPIC_TYPES = [EventTypes.postingEnriched, EventTypes.postingClosed];

/**
 * Splits a batch of `postings.enriched.v1` messages into the events to project (in offset order) and
 * the poison messages to dead-letter (bad headers, unknown type, bad JSON, schema errors).
 */
export const decodeBatch = (messages: readonly InboundMessage[]): { events: EnrichedEvent[]; poison: PoisonMessage[] } => {
  const events: EnrichedEvent[] = [];
  const poison: PoisonMessage[] = [];
  for (const message of messages) {
    const decoded = decodeEvent(message, EnrichedEventSchema, { types: ENRICHED_TOPIC_TYPES });
    if (decoded.ok) events.push(decoded.event);
    else poison.push({ message, reason: decoded.reason, code: decoded.code });
  }
  return { events, poison };
};
