import { EventTypes, PostingEnrichedV1Schema, Topics, topicName } from '@jobstream/contracts';
import type { EventPublisher, InboundMessage } from '@jobstream/messaging';
import { consumeAll, createTestTopics, deleteTestTopics, spawnService, testMessaging, uniquePrefix, waitFor, type ServiceProcess } from '@jobstream/testing';
import { makePosting, upsertedMessage } from './fixtures';

jest.setTimeout(600_000);

const TOTAL = 2000;
const CHUNK = 50;
const prefix = uniquePrefix('enrichment-restart');
const ingested = topicName(prefix, Topics.ingested);
const enriched = topicName(prefix, Topics.enriched);
let service: ServiceProcess | undefined;
let publisher: EventPublisher;

beforeAll(async () => {
  await createTestTopics(prefix);
  publisher = testMessaging('enrichment-restart').createPublisher();
  await publisher.connect();
});

afterAll(async () => {
  await service?.kill('SIGKILL');
  await publisher?.disconnect();
  await deleteTestTopics(prefix);
});

describe('enrichment killed with SIGKILL in the middle of a stream', () => {
  it('Given 2,000 postings streaming in, When the service is SIGKILLed and started again, Then every posting ends up enriched (at least once) and a SIGTERM then commits everything', async () => {
    const postings = Array.from({ length: TOTAL }, (_, i) => makePosting(`restart-${i}`, i));
    service = await spawnService('enrichment', { KAFKA_TOPIC_PREFIX: prefix, LOG_LEVEL: 'info' });

    // Given: the first half of the stream, produced in chunks while the service works
    const HALF = TOTAL / 2;
    const produce = async (from: number, to: number): Promise<void> => {
      for (let i = from; i < to; i += CHUNK) await publisher.publish(ingested, postings.slice(i, i + CHUNK).map((p) => upsertedMessage(p)));
    };
    const firstHalf = produce(0, HALF);

    // When: SIGKILL once output is flowing, the second half arrives while it is down, then it starts again
    const firstOut = await consumeAll(enriched, { until: (ms) => ms.length >= 200, timeout: 120_000 });
    expect(await service.kill('SIGKILL')).toBeNull();
    await firstHalf;
    await produce(HALF, TOTAL);
    await service.restart();

    // Then: every posting is on the enriched topic (duplicates allowed), with the right data
    const seen = new Map<string, InboundMessage>();
    let scanned = 0;
    const all = await consumeAll(enriched, {
      timeout: 300_000,
      until: (ms) => {
        for (; scanned < ms.length; scanned++) if (ms[scanned].key) seen.set(ms[scanned].key as string, ms[scanned]);
        return seen.size >= TOTAL;
      },
    });
    const missing = postings.filter((p) => !seen.has(p.postingId)).map((p) => p.externalId);
    expect(missing).toEqual([]);
    expect(seen.size).toBe(TOTAL);
    expect(all.length).toBeGreaterThanOrEqual(TOTAL);
    for (const m of seen.values()) {
      expect(m.headers['ce_type']).toBe(EventTypes.postingEnriched);
      expect(PostingEnrichedV1Schema.safeParse(JSON.parse(String(m.value))).success).toBe(true);
    }
    expect(firstOut.length).toBeLessThan(TOTAL);

    // And: a graceful SIGTERM exits 0 with the group's offsets at the end of every partition
    expect(await service.kill('SIGTERM')).toBe(0);
    const admin = testMessaging('enrichment-restart-admin').createAdmin();
    try {
      const group = topicName(prefix, 'enrichment');
      const ends = await admin.topicOffsets(ingested);
      await waitFor(async () => {
        const committed = await admin.committedOffsets(group, ingested);
        return ends.every((e) => committed.find((c) => c.partition === e.partition)?.offset === e.high);
      }, { timeout: 10_000, message: 'committed offsets at the end of the topic' });
    } finally {
      await admin.close();
    }
  });
});
