"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.allTopics = exports.topicName = exports.TopicPartitions = exports.dlqOf = exports.Topics = void 0;
/** Kafka topic names. Every consumed topic has a dead-letter topic `<topic>.dlq`. */
exports.Topics = {
    inbound: 'postings.inbound.v1',
    ingested: 'postings.ingested.v1',
    enriched: 'postings.enriched.v1',
};
const dlqOf = (topic) => `${topic}.dlq`;
exports.dlqOf = dlqOf;
/** Partition counts used when the topics are created (stack scripts, tests, deploy manifests). */
exports.TopicPartitions = {
    [exports.Topics.inbound]: 6,
    [exports.Topics.ingested]: 6,
    [exports.Topics.enriched]: 6,
};
/**
 * Tests and parallel environments isolate themselves with a prefix: `t123.postings.ingested.v1`.
 * An empty prefix gives the production names.
 */
const topicName = (prefix, topic) => prefix ? `${prefix}.${topic}` : topic;
exports.topicName = topicName;
const allTopics = (prefix) => Object.values(exports.Topics).flatMap((t) => [(0, exports.topicName)(prefix, t), (0, exports.topicName)(prefix, (0, exports.dlqOf)(t))]);
exports.allTopics = allTopics;
