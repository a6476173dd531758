import { kafkaConfigShape, logConfigShape, portVar, shutdownConfigShape } from '@jobstream/platform';
import { z } from 'zod';

/** Everything the enrichment service reads from the environment, validated at start. */
export const enrichmentConfigSchema = z.object({
  ...kafkaConfigShape,
  ...logConfigShape,
  ...shutdownConfigShape,
  /** Health HTTP port (`/health/live`, `/health/ready`, `/metrics`). */
  ENRICHMENT_PORT: portVar(3002),
  /** Consumer group (prefixed with KAFKA_TOPIC_PREFIX when set). */
  ENRICHMENT_GROUP: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').default('enrichment'),
});

export type EnrichmentConfig = z.output<typeof enrichmentConfigSchema>;
