import { Topics, dlqOf, topicName } from '@jobstream/contracts';
import { deadLetterOf, ReplayHeaders, type EventPublisher, type InboundMessage, type KafkaAdmin } from '@jobstream/messaging';
import { testBrokers, testMessaging, uniquePrefix } from '@jobstream/testing';
import { DlqExit, runDlqCli } from './dlq.command';

jest.setTimeout(120_000);

const messaging = testMessaging('dlq-command-int');
const prefix = uniquePrefix();
const original = topicName(prefix, Topics.ingested);
const dlq = dlqOf(original);
let admin: KafkaAdmin;
let publisher: EventPublisher;

const received = (key: string, n: number): InboundMessage => ({
  topic: original,
  partition: 0,
  offset: String(n),
  key,
  value: Buffer.from(JSON.stringify({ n })),
  headers: { ce_type: 'posting.upserted.v1', ce_id: `id-${n}` },
  timestamp: '0',
});

const run = async (argv: string[]): Promise<{ code: number; out: string[]; err: string }> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDlqCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { KAFKA_BROKERS: testBrokers().join(','), KAFKA_TOPIC_PREFIX: prefix },
  });
  return { code, out, err: err.join('\n') };
};

beforeAll(async () => {
  admin = messaging.createAdmin();
  publisher = messaging.createPublisher();
  await admin.ensureTopics([
    { topic: original, partitions: 1 },
    { topic: dlq, partitions: 1 },
  ]);
  // Given two dead letters on the prefixed DLQ, written as the batch consumers write them
  await publisher.publish(dlq, [
    deadLetterOf({ message: received('p-1', 1), reason: 'data.title: Required', code: 'EVENT.INVALID' }, 'enrichment', new Date()),
    deadLetterOf({ message: received('p-2', 2), reason: 'unknown ce_type', code: 'EVENT.UNKNOWN_TYPE' }, 'enrichment', new Date()),
  ]);
});

afterAll(async () => {
  await admin.deleteTopics([original, dlq]).catch(() => undefined);
  await publisher.disconnect();
  await admin.close();
});

describe('the dlq command on a real broker', () => {
  it('Given KAFKA_TOPIC_PREFIX, When `list --json` runs, Then it reads the prefixed DLQ and prints one JSON object per dead letter', async () => {
    const r = await run(['list', '--topic', dlqOf(Topics.ingested), '--json']);
    expect(r.code).toBe(DlqExit.ok);
    expect(r.out.map((l) => JSON.parse(l) as { topic: string; key: string; value: string })).toEqual([
      expect.objectContaining({ topic: dlq, key: 'p-1', code: 'EVENT.INVALID', value: JSON.stringify({ n: 1 }) }),
      expect.objectContaining({ topic: dlq, key: 'p-2', code: 'EVENT.UNKNOWN_TYPE', value: JSON.stringify({ n: 2 }) }),
    ]);
    expect(r.err).toContain(`2 dead letter(s) shown, 2 in ${dlq}`);
  });

  it('Given `replay --code`, When it runs, Then the one selected goes back to the original topic with dlq-replayed-from', async () => {
    const r = await run(['replay', '--topic', dlqOf(Topics.ingested), '--code', 'EVENT.INVALID']);
    expect(r.code).toBe(DlqExit.ok);
    expect(r.out).toEqual([`replayed 0:0 -> ${original} (key p-1)`, `replayed 1 of 2 dead letter(s) in ${dlq}`]);
    const back = await messaging.createTopicReader().readToEnd(original);
    expect(back.map((m) => [m.key, m.headers[ReplayHeaders.replayedFrom]])).toEqual([['p-1', `${dlq}/0/0`]]);
  });
});
