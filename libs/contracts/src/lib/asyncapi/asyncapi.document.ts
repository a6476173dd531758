import { z } from 'zod';
import { CloudEventHeadersSchema } from '../cloudevents';
import {
  EventTypes,
  InboundPostingV1Schema,
  PostingClosedV1Schema,
  PostingEnrichedV1Schema,
  PostingUpsertedV1Schema,
} from '../events.schema';
import { dlqOf, TopicPartitions, Topics } from '../topics';

/**
 * The AsyncAPI 3.0 description of our topics and messages, built from the zod schemas so that the
 * committed `libs/contracts/asyncapi.json` can be checked against them (asyncapi.unit.spec.ts) and
 * regenerated with `npm run -s asyncapi > libs/contracts/asyncapi.json`.
 */
const jsonSchema = (schema: z.ZodType): Record<string, unknown> => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
};

const DlqHeadersSchema = z.object({
  'dlq-reason': z.string(),
  'dlq-code': z.string(),
  'dlq-original-topic': z.string(),
  'dlq-original-partition': z.string(),
  'dlq-original-offset': z.string(),
  'dlq-consumer-group': z.string(),
  'dlq-failed-at': z.string(),
});

const message = (name: string, ceType: string | null, summary: string, payloadRef: string, headersRef: string) => ({
  name,
  title: name,
  summary,
  contentType: 'application/json',
  headers: { $ref: `#/components/schemas/${headersRef}` },
  payload: { $ref: `#/components/schemas/${payloadRef}` },
  ...(ceType ? { 'x-cloudevents-type': ceType } : {}),
  bindings: { kafka: { key: { type: 'string', description: 'postingId (source and externalId for inbound)' } } },
});

export const buildAsyncApiDocument = () => {
  const channel = (address: string, description: string, messages: string[]) => ({
    address,
    description,
    messages: Object.fromEntries(messages.map((m) => [m, { $ref: `#/components/messages/${m}` }])),
    bindings: { kafka: { partitions: (TopicPartitions as Record<string, number>)[address] ?? 3, replicas: 1 } },
  });
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Jobstream events',
      version: '1.0.0',
      description:
        'Job postings flow from upstream HR systems through ingest and enrichment to search. Events are ' +
        'CloudEvents 1.0 in Kafka binary mode (ce_* headers, JSON value), keyed by postingId so every ' +
        'event of a posting stays in order on one partition. Every consumed topic has a `<topic>.dlq`.',
    },
    defaultContentType: 'application/json',
    channels: {
      inbound: channel(Topics.inbound, 'Raw postings produced by upstream systems straight onto Kafka.', ['inboundPosting']),
      ingested: channel(Topics.ingested, 'Normalized posting events published by ingest.', ['postingUpserted', 'postingClosed']),
      enriched: channel(Topics.enriched, 'Enriched postings that downstream services subscribe to.', ['postingEnriched', 'postingClosed']),
      inboundDlq: channel(dlqOf(Topics.inbound), 'Inbound payloads ingest could not read, with the reason.', ['deadLetter']),
      ingestedDlq: channel(dlqOf(Topics.ingested), 'Ingested events enrichment could not process.', ['deadLetter']),
      enrichedDlq: channel(dlqOf(Topics.enriched), 'Enriched events the search projection could not apply.', ['deadLetter']),
    },
    operations: {
      produceInbound: { action: 'receive', channel: { $ref: '#/channels/inbound' }, summary: 'ingest consumes raw postings' },
      publishIngested: { action: 'send', channel: { $ref: '#/channels/ingested' }, summary: 'ingest publishes posting events' },
      consumeIngested: { action: 'receive', channel: { $ref: '#/channels/ingested' }, summary: 'enrichment consumes posting events' },
      publishEnriched: { action: 'send', channel: { $ref: '#/channels/enriched' }, summary: 'enrichment publishes enriched postings' },
      consumeEnriched: { action: 'receive', channel: { $ref: '#/channels/enriched' }, summary: 'search projects enriched postings' },
    },
    components: {
      messages: {
        inboundPosting: {
          ...message('inboundPosting', null, 'A raw payload; its format is named by content-type.', 'InboundPostingV1', 'InboundHeaders'),
        },
        postingUpserted: message('postingUpserted', EventTypes.postingUpserted, 'A posting was created or updated.', 'PostingUpsertedV1', 'CloudEventHeaders'),
        postingClosed: message('postingClosed', EventTypes.postingClosed, 'A posting was closed.', 'PostingClosedV1', 'CloudEventHeaders'),
        postingEnriched: message('postingEnriched', EventTypes.postingEnriched, 'A posting with its skills, seniority and experience.', 'PostingEnrichedV1', 'CloudEventHeaders'),
        deadLetter: {
          name: 'deadLetter',
          title: 'deadLetter',
          summary: 'The original message (key, value, headers) plus the reason it could not be processed.',
          headers: { $ref: '#/components/schemas/DeadLetterHeaders' },
        },
      },
      schemas: {
        CloudEventHeaders: jsonSchema(CloudEventHeadersSchema),
        InboundHeaders: {
          type: 'object',
          properties: {
            'content-type': { type: 'string', description: 'media type of the payload (application/json when absent)' },
            source: { type: 'string', description: 'upstream source, when the payload does not carry it' },
          },
        },
        DeadLetterHeaders: jsonSchema(DlqHeadersSchema),
        InboundPostingV1: jsonSchema(InboundPostingV1Schema),
        PostingUpsertedV1: jsonSchema(PostingUpsertedV1Schema),
        PostingClosedV1: jsonSchema(PostingClosedV1Schema),
        PostingEnrichedV1: jsonSchema(PostingEnrichedV1Schema),
      },
    },
  };
};
