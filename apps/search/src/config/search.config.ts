import { kafkaConfigShape, logConfigShape, mongoConfigShape, portVar, shutdownConfigShape } from '@jobstream/platform';
import { z } from 'zod';

/** Everything the search service reads from the environment, validated at start (fails fast). */
export const searchConfigSchema = z.object({
  ...kafkaConfigShape,
  ...mongoConfigShape,
  ...logConfigShape,
  ...shutdownConfigShape,
  /** HTTP port of `GET /v1/search`, `GET /v1/postings/{id}`, health and metrics. */
  SEARCH_PORT: portVar(3003),
  /** Consumer group of the projection (prefixed with KAFKA_TOPIC_PREFIX when set). */
  SEARCH_GROUP: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').default('search-projection'),
});

export type SearchConfig = z.output<typeof searchConfigSchema>;
