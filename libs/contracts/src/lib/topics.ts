/** Kafka topic names. Every consumed topic has a dead-letter topic `<topic>.dlq`. */
export const Topics = {
  inbound: 'postings.inbound.v1',
  ingested: 'postings.ingested.v1',
  enriched: 'postings.enriched.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const dlqOf = (topic: string): string => `${topic}.dlq`;

/** Partition counts used when the topics are created (stack scripts, tests, deploy manifests). */
export const TopicPartitions: Record<TopicName, number> = {
  [Topics.inbound]: 6,
  [Topics.ingested]: 6,
  [Topics.enriched]: 6,
};

/**
 * Tests and parallel environments isolate themselves with a prefix: `t123.postings.ingested.v1`.
 * An empty prefix gives the production names.
 */
export const topicName = (prefix: string | undefined, topic: string): string =>
  prefix ? `${prefix}.${topic}` : topic;

export const allTopics = (prefix?: string): string[] =>
  Object.values(Topics).flatMap((t) => [topicName(prefix, t), topicName(prefix, dlqOf(t))]);
