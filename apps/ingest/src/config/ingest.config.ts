import {
  booleanVar,
  kafkaConfigShape,
  keyValuePairsVar,
  lingerMsVar,
  logConfigShape,
  portVar,
  positiveIntVar,
  shutdownConfigShape,
} from '@jobstream/platform';
import { z } from 'zod';

/** Everything ingest reads from the environment, validated at start (see README for each variable). */
export const ingestConfigSchema = z.object({
  ...kafkaConfigShape,
  ...logConfigShape,
  ...shutdownConfigShape,
  INGEST_PORT: portVar(3001),
  /** `source=key` pairs, comma-separated. */
  INGEST_API_KEYS: keyValuePairsVar(),
  /** A JSON file mapping each source to the SHA-256 hex of its key. */
  INGEST_API_KEYS_FILE: z.string().optional(),
  /** `source=secret` pairs: Greenhouse/Lever webhook signing secrets. */
  INGEST_WEBHOOK_SECRETS: keyValuePairsVar(),
  /** `off` accepts unauthenticated writes, only when no key is configured (local stack, demo). */
  INGEST_AUTH: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).default('on'),
  /** Request bodies above this size are refused with 413. */
  INGEST_MAX_BODY_BYTES: positiveIntVar(1024 * 1024),
  /** Upper bound of one Kafka publish (acks from all in-sync replicas); past it the request gets 503. */
  INGEST_PUBLISH_TIMEOUT_MS: positiveIntVar(5000),
  /** How long a Kafka send waits for more requests' events before it starts (Kafka's linger.ms); 0 sends at once. */
  INGEST_PUBLISH_LINGER_MS: lingerMsVar(5),
  /** Consume `postings.inbound.v1` in this process (group `ingest-inbound`). */
  INGEST_INBOUND_CONSUMER: booleanVar(true),
  /** Consumer group of the inbound consumer (prefixed with KAFKA_TOPIC_PREFIX when set). */
  INGEST_INBOUND_GROUP: z.string().regex(/^[A-Za-z0-9._-]+$/).default('ingest-inbound'),
});

export type IngestConfig = z.output<typeof ingestConfigSchema>;
