import { ErrorCodes, Topics, dlqOf, topicName } from '@jobstream/contracts';
import { consumeAll, testMessaging, uniquePrefix } from '@jobstream/testing';
import { DlqHeaders, deadLetterOf } from './dead-letter';
import { ReplayHeaders, listDeadLetters, replayDeadLetters } from './dlq-replay';
import type { EventPublisher, InboundMessage, KafkaAdmin, TopicReader } from './kafka.port';

jest.setTimeout(120_000);

const messaging = testMessaging('dlq-int');
const prefix = uniquePrefix();
const original = topicName(prefix, Topics.ingested);
const dlq = dlqOf(original);
let admin: KafkaAdmin;
let publisher: EventPublisher;
let reader: TopicReader;

/** A message as the enrichment consumer received it from the original topic. */
const received = (partition: number, offset: string, key: string, n: number): InboundMessage => ({
  topic: original,
  partition,
  offset,
  key,
  value: Buffer.from(JSON.stringify({ n })),
  headers: { ce_type: 'posting.upserted.v1', ce_id: `id-${n}`, traceparent: `00-trace-${n}-01` },
  timestamp: '0',
});
const first = received(1, '41', 'p-1', 1);
const second = received(0, '7', 'p-2', 2);
const FAILED_AT = new Date('2026-11-27T03:00:00.000Z');

const noDlqHeaders = (m: InboundMessage): string[] => Object.keys(m.headers).filter((h) => h.startsWith('dlq-') && h !== ReplayHeaders.replayedFrom);

beforeAll(async () => {
  admin = messaging.createAdmin();
  publisher = messaging.createPublisher();
  reader = messaging.createTopicReader();
  await admin.ensureTopics([
    { topic: original, partitions: 2 },
    { topic: dlq, partitions: 3 },
  ]);
  // Given two dead letters, written as the batch consumer writes them, on two partitions of the DLQ
  await publisher.publish(dlq, [
    { ...deadLetterOf({ message: first, reason: 'data.title: Required', code: 'EVENT.INVALID' }, 'enrichment', FAILED_AT), partition: 0 },
    { ...deadLetterOf({ message: second, reason: 'unknown ce_type', code: 'EVENT.UNKNOWN_TYPE' }, 'enrichment', FAILED_AT), partition: 2 },
  ]);
});

afterAll(async () => {
  await admin.deleteTopics([original, dlq]).catch(() => undefined);
  await publisher.disconnect();
  await admin.close();
});

describe('dead-letter list and replay on a real broker', () => {
  it('Given two dead letters, When listed, Then both come with their position, key, code, reason and origin; --code and --limit narrow them', async () => {
    const all = await listDeadLetters(reader, dlq, {});
    expect(all.total).toBe(2);
    expect(all.deadLetters).toEqual([
      expect.objectContaining({ partition: 0, offset: '0', key: 'p-1', code: 'EVENT.INVALID', reason: 'data.title: Required', originalTopic: original, originalPartition: 1, originalOffset: '41', failedAt: FAILED_AT.toISOString() }),
      expect.objectContaining({ partition: 2, offset: '0', key: 'p-2', code: 'EVENT.UNKNOWN_TYPE', reason: 'unknown ce_type', originalTopic: original, originalPartition: 0, originalOffset: '7' }),
    ]);
    expect((await listDeadLetters(reader, dlq, { code: 'EVENT.UNKNOWN_TYPE' })).deadLetters.map((d) => d.key)).toEqual(['p-2']);
    expect((await listDeadLetters(reader, dlq, { limit: 1 })).deadLetters.map((d) => d.key)).toEqual(['p-1']);
  });

  it('Given a dry run, or an offset not in the DLQ, When replaying, Then nothing is published', async () => {
    const dry = await replayDeadLetters({ reader, publisher, admin }, dlq, { code: 'EVENT.INVALID', dryRun: true });
    expect(dry).toEqual({ total: 2, replayed: 0, lines: [`0:0 -> ${original} (key p-1)`], dryRun: true });

    await expect(replayDeadLetters({ reader, publisher, admin }, dlq, { offsets: [{ partition: 0, offset: '0' }, { partition: 1, offset: '0' }] })).rejects.toMatchObject({
      code: ErrorCodes.configInvalid,
      message: expect.stringContaining('not in'),
    });
    expect(await reader.readToEnd(original)).toEqual([]);
  });

  it('Given a replay by code, When the original topic is read back, Then the dead letter is there with its key, value and original headers, no dlq-* header but dlq-replayed-from', async () => {
    const result = await replayDeadLetters({ reader, publisher, admin }, dlq, { code: 'EVENT.INVALID' });
    expect(result).toMatchObject({ total: 2, replayed: 1, dryRun: false });

    const back = await consumeAll(original);
    expect(back).toHaveLength(1);
    expect(back[0].key).toBe('p-1');
    expect(String(back[0].value)).toBe(JSON.stringify({ n: 1 }));
    expect(back[0].headers).toEqual({ ...first.headers, [ReplayHeaders.replayedFrom]: `${dlq}/0/0` });
    expect(noDlqHeaders(back[0])).toEqual([]);
    expect(back[0].headers[DlqHeaders.code]).toBeUndefined();
  });

  it('Given a replay by offset of the other one, When read back, Then both originals are on the original topic, the first one once', async () => {
    const result = await replayDeadLetters({ reader, publisher, admin }, dlq, { offsets: [{ partition: 2, offset: '0' }] });
    expect(result).toMatchObject({ replayed: 1, lines: [`2:0 -> ${original} (key p-2)`] });

    const back = await reader.readToEnd(original);
    expect(back.map((m) => m.key).sort()).toEqual(['p-1', 'p-2']);
    const p2 = back.find((m) => m.key === 'p-2');
    expect(p2?.headers).toEqual({ ...second.headers, [ReplayHeaders.replayedFrom]: `${dlq}/2/0` });
    // the DLQ itself is left as it was
    expect((await listDeadLetters(reader, dlq, {})).total).toBe(2);
  });
});
