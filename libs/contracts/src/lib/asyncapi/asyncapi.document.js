"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildAsyncApiDocument = void 0;
const zod_1 = require("zod");
const cloudevents_1 = require("../cloudevents");
const events_schema_1 = require("../events.schema");
const topics_1 = require("../topics");
/**
 * The AsyncAPI 3.0 description of our topics and messages, built from the zod schemas so that the
 * committed `libs/contracts/asyncapi.json` can be checked against them (asyncapi.unit.spec.ts) and
 * regenerated with `npm run -s asyncapi > libs/contracts/asyncapi.json`.
 */
const jsonSchema = (schema) => {
    const { $schema: _ignored, ...rest } = zod_1.z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
    return rest;
};
const DlqHeadersSchema = zod_1.z.object({
    'dlq-reason': zod_1.z.string(),
    'dlq-code': zod_1.z.string(),
    'dlq-original-topic': zod_1.z.string(),
    'dlq-original-partition': zod_1.z.string(),
    'dlq-original-offset': zod_1.z.string(),
    'dlq-consumer-group': zod_1.z.string(),
    'dlq-failed-at': zod_1.z.string(),
});
const message = (name, ceType, summary, payloadRef, headersRef) => ({
    name,
    title: name,
    summary,
    contentType: 'application/json',
    headers: { $ref: `#/components/schemas/${headersRef}` },
    payload: { $ref: `#/components/schemas/${payloadRef}` },
    ...(ceType ? { 'x-cloudevents-type': ceType } : {}),
    bindings: { kafka: { key: { type: 'string', description: 'postingId (source and externalId for inbound)' } } },
});
const buildAsyncApiDocument = () => {
    const channel = (address, description, messages) => ({
        address,
        description,
        messages: Object.fromEntries(messages.map((m) => [m, { $ref: `#/components/messages/${m}` }])),
        bindings: { kafka: { partitions: topics_1.TopicPartitions[address] ?? 3, replicas: 1 } },
    });
    return {
        asyncapi: '3.0.0',
        info: {
            title: 'Jobstream events',
            version: '1.0.0',
            description: 'Job postings flow from upstream HR systems through ingest and enrichment to search. Events are ' +
                'CloudEvents 1.0 in Kafka binary mode (ce_* headers, JSON value), keyed by postingId so every ' +
                'event of a posting stays in order on one partition. Every consumed topic has a `<topic>.dlq`.',
        },
        defaultContentType: 'application/json',
        channels: {
            inbound: channel(topics_1.Topics.inbound, 'Raw postings produced by upstream systems straight onto Kafka.', ['inboundPosting']),
            ingested: channel(topics_1.Topics.ingested, 'Normalized posting events published by ingest.', ['postingUpserted', 'postingClosed']),
            enriched: channel(topics_1.Topics.enriched, 'Enriched postings that downstream services subscribe to.', ['postingEnriched', 'postingClosed']),
            inboundDlq: channel((0, topics_1.dlqOf)(topics_1.Topics.inbound), 'Inbound payloads ingest could not read, with the reason.', ['deadLetter']),
            ingestedDlq: channel((0, topics_1.dlqOf)(topics_1.Topics.ingested), 'Ingested events enrichment could not process.', ['deadLetter']),
            enrichedDlq: channel((0, topics_1.dlqOf)(topics_1.Topics.enriched), 'Enriched events the search projection could not apply.', ['deadLetter']),
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
                postingUpserted: message('postingUpserted', events_schema_1.EventTypes.postingUpserted, 'A posting was created or updated.', 'PostingUpsertedV1', 'CloudEventHeaders'),
                postingClosed: message('postingClosed', events_schema_1.EventTypes.postingClosed, 'A posting was closed.', 'PostingClosedV1', 'CloudEventHeaders'),
                postingEnriched: message('postingEnriched', events_schema_1.EventTypes.postingEnriched, 'A posting with its skills, seniority and experience.', 'PostingEnrichedV1', 'CloudEventHeaders'),
                deadLetter: {
                    name: 'deadLetter',
                    title: 'deadLetter',
                    summary: 'The original message (key, value, headers) plus the reason it could not be processed.',
                    headers: { $ref: '#/components/schemas/DeadLetterHeaders' },
                },
            },
            schemas: {
                CloudEventHeaders: jsonSchema(cloudevents_1.CloudEventHeadersSchema),
                InboundHeaders: {
                    type: 'object',
                    properties: {
                        'content-type': { type: 'string', description: 'media type of the payload (application/json when absent)' },
                        source: { type: 'string', description: 'upstream source, when the payload does not carry it' },
                    },
                },
                DeadLetterHeaders: jsonSchema(DlqHeadersSchema),
                InboundPostingV1: jsonSchema(events_schema_1.InboundPostingV1Schema),
                PostingUpsertedV1: jsonSchema(events_schema_1.PostingUpsertedV1Schema),
                PostingClosedV1: jsonSchema(events_schema_1.PostingClosedV1Schema),
                PostingEnrichedV1: jsonSchema(events_schema_1.PostingEnrichedV1Schema),
            },
        },
    };
};
exports.buildAsyncApiDocument = buildAsyncApiDocument;
