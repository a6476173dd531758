import { randomUUID } from 'node:crypto';
import { EventTypes, PostingEnrichedV1Schema, Topics, TRACEPARENT_RE, dlqOf, topicName } from '@jobstream/contracts';
import { DlqHeaders, type EventPublisher, type InboundMessage } from '@jobstream/messaging';
import { createHttpService, createLogger, parseConfig, type HttpService } from '@jobstream/platform';
import { consumeAll, createTestTopics, deleteTestTopics, testMessaging, uniquePrefix } from '@jobstream/testing';
import { enrichmentConfigSchema } from '../src/config/enrichment.config';
import { EnrichmentModule } from '../src/enrichment.module';
import { closedMessage, makePosting, upsertedMessage } from './fixtures';

jest.setTimeout(120_000);

const prefix = uniquePrefix('enrichment-int');
const ingested = topicName(prefix, Topics.ingested);
const enriched = topicName(prefix, Topics.enriched);
let service: HttpService;
let publisher: EventPublisher;

const enrichedFor = (messages: InboundMessage[], postingId: string): InboundMessage[] => messages.filter((m) => m.key === postingId);

beforeAll(async () => {
  await createTestTopics(prefix, 2);
  const config = parseConfig(enrichmentConfigSchema, { ...process.env, KAFKA_TOPIC_PREFIX: prefix, ENRICHMENT_PORT: '0', LOG_LEVEL: 'warn' });
  const logger = createLogger({ name: 'enrichment-test', level: 'warn' });
  service = await createHttpService(EnrichmentModule.forRoot(config, logger), {
    name: 'enrichment-test',
    logger,
    port: 0,
    handleSignals: false,
  });
  publisher = testMessaging('enrichment-int').createPublisher();
  await publisher.connect();
});

afterAll(async () => {
  await publisher?.disconnect();
  await service?.close();
  await deleteTestTopics(prefix);
});

describe('enrichment service on a real broker', () => {
  it('Given an upserted posting with a traceparent, When it is consumed, Then an enriched event with skills, evidence and CloudEvents headers comes out in the same trace', async () => {
    const posting = makePosting(`up-${randomUUID()}`, 0, 4);
    const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await publisher.publish(ingested, [upsertedMessage(posting, parent)]);

    const out = await consumeAll(enriched, { until: (ms) => enrichedFor(ms, posting.postingId).length > 0 });
    const [message] = enrichedFor(out, posting.postingId);
    expect(message.headers).toMatchObject({ ce_type: EventTypes.postingEnriched, ce_specversion: '1.0', ce_source: '/jobstream/enrichment', 'content-type': 'application/json' });
    expect(message.headers['ce_id']).toBeTruthy();
    expect(message.headers['traceparent']).toMatch(TRACEPARENT_RE);
    expect(message.headers['traceparent'].split('-')[1]).toBe('4bf92f3577b34da6a3ce929d0e0e4736');

    const event = PostingEnrichedV1Schema.parse(JSON.parse(String(message.value)));
    expect(event).toMatchObject({ postingId: posting.postingId, version: 4, posting: { title: posting.title } });
    const text = `${posting.title}\n${posting.description}`;
    expect(event.enrichment.skills.length).toBeGreaterThan(0);
    expect(event.enrichment.skills.map((s) => s.name.toLowerCase())).toEqual(expect.arrayContaining(['kubernetes']));
    for (const skill of event.enrichment.skills) for (const ev of skill.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(event.enrichment.seniority.level).toBe('senior');
  });

  it('Given a closed event, When it is consumed, Then it passes through unchanged to the enriched topic', async () => {
    const posting = makePosting(`cl-${randomUUID()}`);
    const message = closedMessage(posting, 2);
    await publisher.publish(ingested, [message]);

    const out = await consumeAll(enriched, { until: (ms) => enrichedFor(ms, posting.postingId).length > 0 });
    const [passed] = enrichedFor(out, posting.postingId);
    expect(passed.headers).toMatchObject({ ce_type: EventTypes.postingClosed, ce_id: message.headers?.['ce_id'] });
    expect(JSON.parse(String(passed.value))).toEqual(JSON.parse(String(message.value)));
  });

  it('Given a poison message followed by a good one on the same partition, When consumed, Then the poison lands on postings.ingested.v1.dlq with its reason and the good one is enriched', async () => {
    const good = makePosting(`good-${randomUUID()}`, 2);
    const badKey = good.postingId; // same key: same partition, right before the good one
    const bad = { ...upsertedMessage(good), value: '{"type":"posting.upserted.v1","postingId":' };
    const invalid = upsertedMessage({ ...good, title: '' });
    await publisher.publish(ingested, [{ ...bad, key: badKey }, { ...invalid, key: badKey }, upsertedMessage(good)]);

    const out = await consumeAll(enriched, { until: (ms) => enrichedFor(ms, good.postingId).length > 0 });
    expect(enrichedFor(out, good.postingId)).toHaveLength(1);

    const dead = await consumeAll(topicName(prefix, dlqOf(Topics.ingested)), { until: (ms) => enrichedFor(ms, badKey).length >= 2 });
    const [unreadable, schema] = enrichedFor(dead, badKey);
    expect(unreadable.headers).toMatchObject({ [DlqHeaders.code]: 'EVENT.UNREADABLE', [DlqHeaders.originalTopic]: ingested, [DlqHeaders.consumerGroup]: `${prefix}.enrichment` });
    expect(unreadable.headers[DlqHeaders.reason]).toMatch(/not JSON/);
    expect(String(unreadable.value)).toBe(bad.value);
    expect(schema.headers).toMatchObject({ [DlqHeaders.code]: 'EVENT.INVALID' });
    expect(schema.headers[DlqHeaders.reason]).toContain('data.posting.title');
  });
});
