import { randomUUID } from 'node:crypto';
import { ErrorCodes, JobstreamError, dlqOf } from '@jobstream/contracts';
import { consumeAll, testMessaging, uniquePrefix, waitFor } from '@jobstream/testing';
import { DlqHeaders } from './dead-letter';
import { KafkaMessaging } from './kafkajs.adapter';
import type { BatchConsumer, EventPublisher, InboundMessage, KafkaAdmin, OutboundMessage } from './kafka.port';

jest.setTimeout(120_000);

const messaging = testMessaging('messaging-int');
let admin: KafkaAdmin;
let publisher: EventPublisher;
const consumers: BatchConsumer[] = [];
const created: string[] = [];

/** A fresh single-partition topic and its DLQ, so order is total and tests never share data. */
const freshTopic = async (partitions = 1): Promise<string> => {
  const topic = `${uniquePrefix()}.messaging.test`;
  await admin.ensureTopics([
    { topic, partitions },
    { topic: dlqOf(topic), partitions: 1 },
  ]);
  created.push(topic, dlqOf(topic));
  return topic;
};

const msg = (i: number, extra: Record<string, string> = {}): OutboundMessage => ({
  key: `k${i % 3}`,
  value: JSON.stringify({ i }),
  headers: { 'x-seq': String(i), ...extra },
});
const seqOf = (m: InboundMessage): number => Number(m.headers['x-seq']);
const consumer = (topic: string, groupId = `g-${randomUUID()}`): BatchConsumer => {
  const c = messaging.createBatchConsumer({ groupId, topics: [topic], maxWaitTimeMs: 200, backoff: { initialMs: 50, maxMs: 200 } });
  consumers.push(c);
  return c;
};

beforeAll(async () => {
  admin = messaging.createAdmin();
  publisher = messaging.createPublisher();
  await publisher.connect();
});

afterEach(async () => {
  await Promise.all(consumers.splice(0).map((c) => c.stop().catch(() => undefined)));
});

afterAll(async () => {
  await admin.deleteTopics(created).catch(() => undefined);
  await publisher.disconnect();
  await admin.close();
});

describe('kafkajs adapter on a real broker', () => {
  it('Given messages with keys and headers, When published and consumed, Then they arrive in order with key, value and headers', async () => {
    const topic = await freshTopic();
    await publisher.publish(topic, [0, 1, 2, 3, 4].map((i) => msg(i, { ce_type: 'posting.closed.v1', traceparent: `tp-${i}` })));

    const seen: InboundMessage[] = [];
    await consumer(topic).start(async (batch) => {
      seen.push(...batch);
    });
    await waitFor(() => seen.length >= 5);

    expect(seen.map(seqOf)).toEqual([0, 1, 2, 3, 4]);
    expect(seen[1]).toMatchObject({ topic, partition: 0, offset: '1', key: 'k1', headers: { 'x-seq': '1', ce_type: 'posting.closed.v1', traceparent: 'tp-1' } });
    expect(JSON.parse(String(seen[4].value))).toEqual({ i: 4 });
  });

  it('Given a poison message between good ones, When the handler rejects it, Then it lands on the DLQ with its reason and the next message is processed', async () => {
    const topic = await freshTopic();
    const groupId = `g-${randomUUID()}`;
    await publisher.publish(topic, [msg(0), msg(1, { bad: 'yes' }), msg(2)]);

    const processed: number[] = [];
    await consumer(topic, groupId).start(async (batch) => {
      processed.push(...batch.filter((m) => !m.headers['bad']).map(seqOf));
      return { poison: batch.filter((m) => m.headers['bad']).map((m) => ({ message: m, reason: 'data.title: Required', code: 'EVENT.INVALID' })) };
    });

    const dead = await consumeAll(dlqOf(topic), { until: (ms) => ms.length >= 1 });
    await waitFor(() => processed.includes(2));
    expect(processed).toEqual([0, 2]);
    expect(dead).toHaveLength(1);
    expect(dead[0].key).toBe('k1');
    expect(String(dead[0].value)).toBe(JSON.stringify({ i: 1 }));
    expect(dead[0].headers).toMatchObject({
      'x-seq': '1',
      bad: 'yes',
      [DlqHeaders.reason]: 'data.title: Required',
      [DlqHeaders.code]: 'EVENT.INVALID',
      [DlqHeaders.originalTopic]: topic,
      [DlqHeaders.originalPartition]: '0',
      [DlqHeaders.originalOffset]: '1',
      [DlqHeaders.consumerGroup]: groupId,
    });
    expect(Number.isNaN(Date.parse(dead[0].headers[DlqHeaders.failedAt]))).toBe(false);
    await waitFor(async () => (await admin.committedOffsets(groupId, topic)).find((p) => p.partition === 0)?.offset === '3');
  });

  it('Given a handler that fails twice, When the batch is retried, Then every message is processed once successfully in order with nothing lost', async () => {
    const topic = await freshTopic();
    const groupId = `g-${randomUUID()}`;
    const published = Array.from({ length: 20 }, (_, i) => i);
    await publisher.publish(topic, published.map((i) => msg(i)));

    let failures = 0;
    const attempts: number[] = [];
    const done: number[] = [];
    await consumer(topic, groupId).start(async (batch, ctx) => {
      attempts.push(ctx.attempt);
      if (failures < 2) {
        failures += 1;
        throw new Error('store is down');
      }
      done.push(...batch.map(seqOf));
    });

    await waitFor(() => done.length >= published.length);
    expect(done).toEqual(published);
    expect(attempts.slice(0, 3)).toEqual([1, 2, 3]);
    await waitFor(async () => (await admin.committedOffsets(groupId, topic))[0]?.offset === '20');
  });

  it('Given messages waiting on three partitions, When one fetch brings them, Then one handler call gets them all, each partition in order, and one commit covers every partition', async () => {
    const topic = await freshTopic(3);
    const groupId = `g-${randomUUID()}`;
    const published = Array.from({ length: 30 }, (_, i) => i);
    await publisher.publish(
      topic,
      published.map((i) => ({ ...msg(i), partition: i % 3 })),
    );

    const calls: Array<{ partitions: string[]; messages: InboundMessage[] }> = [];
    let failures = 0;
    await consumer(topic, groupId).start(async (batch, ctx) => {
      if (failures < 1) {
        failures += 1;
        throw new Error('store is down');
      }
      calls.push({ partitions: ctx.partitions.map((tp) => `${tp.topic}/${tp.partition}`), messages: batch });
    });

    await waitFor(() => calls.reduce((n, c) => n + c.messages.length, 0) >= published.length);
    const first = calls[0];
    expect([...first.partitions].sort()).toEqual([0, 1, 2].map((p) => `${topic}/${p}`));
    expect(first.messages).toHaveLength(30);
    for (const p of [0, 1, 2]) {
      const mine = first.messages.filter((m) => m.partition === p);
      expect(mine.map(seqOf)).toEqual(published.filter((i) => i % 3 === p));
      // a partition's messages are consecutive in the call
      const at = first.messages.indexOf(mine[0]);
      expect(first.messages.slice(at, at + mine.length)).toEqual(mine);
    }
    await waitFor(async () => (await admin.committedOffsets(groupId, topic)).every((p) => p.offset === '10'));
  });

  it('Given a batch that never succeeds, When the consumer is stopped and another starts, Then only the uncommitted messages are delivered again', async () => {
    const topic = await freshTopic();
    const groupId = `g-${randomUUID()}`;
    await publisher.publish(topic, [0, 1, 2].map((i) => msg(i)));

    const first: number[] = [];
    const a = consumer(topic, groupId);
    await a.start(async (batch) => {
      if (batch.some((m) => seqOf(m) >= 3)) throw new Error('poisoned dependency');
      first.push(...batch.map(seqOf));
    });
    await waitFor(() => first.length === 3);
    await waitFor(async () => (await admin.committedOffsets(groupId, topic))[0]?.offset === '3');

    await publisher.publish(topic, [3, 4].map((i) => msg(i)));
    await waitFor(async () => (await admin.topicOffsets(topic))[0]?.high === '5');
    // give the failing batch time to be fetched and retried at least once
    await new Promise((r) => setTimeout(r, 1500));
    await a.stop();
    expect((await admin.committedOffsets(groupId, topic))[0]?.offset).toBe('3');

    const second: number[] = [];
    await consumer(topic, groupId).start(async (batch) => {
      second.push(...batch.map(seqOf));
    });
    await waitFor(() => second.length >= 2);
    expect(second).toEqual([3, 4]);
    expect(first).toEqual([0, 1, 2]);
  });

  it('Given a slow batch in hand, When the consumer is stopped, Then the batch finishes and its offsets are committed before stop resolves', async () => {
    const topic = await freshTopic();
    const groupId = `g-${randomUUID()}`;
    await publisher.publish(topic, [0, 1, 2].map((i) => msg(i)));

    let entered!: () => void;
    const inHandler = new Promise<void>((r) => (entered = r));
    const done: number[] = [];
    const c = consumer(topic, groupId);
    await c.start(async (batch) => {
      entered();
      await new Promise((r) => setTimeout(r, 1500));
      done.push(...batch.map(seqOf));
    });
    await inHandler;
    await c.stop();

    expect(done).toEqual([0, 1, 2]);
    expect((await admin.committedOffsets(groupId, topic))[0]?.offset).toBe('3');
  });

  it('Given two consumers of one group joining mid-stream, When they share the partitions, Then no message is lost and each key keeps its order', async () => {
    const topic = await freshTopic(4);
    const groupId = `g-${randomUUID()}`;
    const total = 400;
    const handled: InboundMessage[] = [];
    const handler = async (batch: InboundMessage[]): Promise<void> => {
      await new Promise((r) => setTimeout(r, 20));
      handled.push(...batch);
    };
    await consumer(topic, groupId).start(handler);
    await publisher.publish(topic, Array.from({ length: total / 2 }, (_, i) => msg(i)));
    await waitFor(() => handled.length > 0);
    await consumer(topic, groupId).start(handler);
    await publisher.publish(topic, Array.from({ length: total / 2 }, (_, i) => msg(total / 2 + i)));

    await waitFor(() => new Set(handled.map(seqOf)).size === total, { timeout: 60_000 });
    const byKey = new Map<string, number[]>();
    for (const m of handled) byKey.set(m.key ?? '', [...(byKey.get(m.key ?? '') ?? []), seqOf(m)]);
    for (const seqs of byKey.values()) {
      // redeliveries after the rebalance may repeat a stretch, but never go back within the first deliveries
      const firstSeen = seqs.filter((s, i) => seqs.indexOf(s) === i);
      expect(firstSeen).toEqual([...firstSeen].sort((a, b) => a - b));
    }
  });

  it('Given messages weighing 3 MB together (each 60 KB), When published at once, Then the broker takes them all, in order', async () => {
    // one record batch of them all would be over the broker's 1 MiB message.max.bytes
    const topic = await freshTopic();
    const filler = 'x'.repeat(60_000);
    const total = 50;
    await publisher.publish(topic, Array.from({ length: total }, (_, i) => ({ key: 'one-key', value: JSON.stringify({ i, filler }), headers: { 'x-seq': String(i) } })));

    const seen: number[] = [];
    await consumer(topic).start(async (batch) => {
      seen.push(...batch.map(seqOf));
    });
    await waitFor(() => seen.length >= total);
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i));
  });

  it('Given one message over the 1 MB limit among small ones, When published, Then PAYLOAD.TOO_LARGE and nothing of the call is written', async () => {
    const topic = await freshTopic();
    const failure = await publisher
      .publish(topic, [msg(0), { key: 'big', value: 'x'.repeat(1_100_000) }, msg(2)])
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(JobstreamError);
    expect((failure as JobstreamError).code).toBe(ErrorCodes.payloadTooLarge);
    expect((failure as JobstreamError).message).toMatch(/key big.*over the 1000000-byte limit/);

    await publisher.publish(topic, [msg(3)]);
    const seen: number[] = [];
    await consumer(topic).start(async (batch) => {
      seen.push(...batch.map(seqOf));
    });
    await waitFor(() => seen.length >= 1);
    expect(seen).toEqual([3]);
  });

  it('Given a topic on two partitions, When scanned, Then every batch is one partition in offset order, a second scan up to the first one\'s ends reads the same messages, and an error of the callback comes back as it is', async () => {
    const topic = await freshTopic(2);
    await publisher.publish(topic, [0, 1, 2, 3, 4, 5].map((i) => ({ ...msg(i), partition: i % 2 })));
    const batches: InboundMessage[][] = [];
    const readTo = await messaging.createTopicReader().scan(topic, (batch) => void batches.push(batch));
    expect(new Map(readTo)).toEqual(new Map([[0, '3'], [1, '3']]));
    for (const b of batches) {
      expect(new Set(b.map((m) => m.partition)).size).toBe(1);
      expect(b.map((m) => Number(m.offset))).toEqual([...b.map((m) => Number(m.offset))].sort((x, y) => x - y));
    }
    expect(batches.flat().map(seqOf).sort()).toEqual([0, 1, 2, 3, 4, 5]);

    // written after the first scan: a scan up to its ends leaves them out
    await publisher.publish(topic, [{ ...msg(6), partition: 0 }]);
    const again: InboundMessage[] = [];
    await messaging.createTopicReader().scan(topic, (batch) => void again.push(...batch), { upTo: readTo });
    expect(again.map(seqOf).sort()).toEqual([0, 1, 2, 3, 4, 5]);

    const boom = new Error('callback failed');
    await expect(messaging.createTopicReader().scan(topic, () => Promise.reject(boom))).rejects.toBe(boom);
  });

  it('Given no broker at the address, When publishing and pinging, Then both fail in bounded time with BROKER.UNAVAILABLE', async () => {
    const nowhere = new KafkaMessaging({ brokers: ['127.0.0.1:1'], clientId: 'nowhere', connectionTimeoutMs: 500, logLevel: 'nothing' });
    const p = nowhere.createPublisher({ retries: 1, publishTimeoutMs: 3000 });
    const a = nowhere.createAdmin();
    try {
      const failure = await p.publish('anything', [msg(1)]).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(JobstreamError);
      expect((failure as JobstreamError).code).toBe(ErrorCodes.brokerUnavailable);
      await expect(a.ping(2000)).rejects.toMatchObject({ code: ErrorCodes.brokerUnavailable });
    } finally {
      await p.disconnect().catch(() => undefined);
      await a.close().catch(() => undefined);
    }
  });
});
