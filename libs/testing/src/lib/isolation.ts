import { randomBytes } from 'node:crypto';
import { Topics, TopicPartitions, dlqOf, topicName } from '@jobstream/contracts';
import { KafkaMessaging, type InboundMessage, type KafkaAdmin } from '@jobstream/messaging';
import { ServiceEnv, parseBrokers } from './services';

/**
 * A prefix for one test file: `t<random>`. It is both the Kafka topic prefix (`t1a2b….postings.ingested.v1`)
 * and the MongoDB database name, so test files never see each other's data. `name` is only for logs.
 */
export const uniquePrefix = (_name?: string): string => `t${randomBytes(5).toString('hex')}`;

export const testBrokers = (): string[] => {
  const brokers = parseBrokers(process.env[ServiceEnv.kafkaBrokers] ?? '');
  if (brokers.length === 0) throw new Error(`${ServiceEnv.kafkaBrokers} is not set: run integration tests through jest's integration project (its global setup resolves the services)`);
  return brokers;
};

export const testMongoUrl = (): string => {
  const url = process.env[ServiceEnv.mongoUrl];
  if (!url) throw new Error(`${ServiceEnv.mongoUrl} is not set: run integration tests through jest's integration project`);
  return url;
};

/** A messaging client for tests on the resolved broker (quiet unless JOBSTREAM_TEST_KAFKA_LOG is set). */
export const testMessaging = (clientId = 'jobstream-test'): KafkaMessaging =>
  new KafkaMessaging({
    brokers: testBrokers(),
    clientId,
    logLevel: process.env['JOBSTREAM_TEST_KAFKA_LOG'] ? 'info' : 'nothing',
  });

/** Prefixed names of every topic and its dead-letter topic. */
export const testTopicNames = (prefix: string): string[] =>
  Object.values(Topics).flatMap((t) => [topicName(prefix, t), topicName(prefix, dlqOf(t))]);

/**
 * Creates every topic of the contracts and its DLQ under `prefix`, with `partitions` partitions each
 * (default: the production counts for the main topics, 1 for DLQs). Returns the names.
 */
export const createTestTopics = async (prefix: string, partitions?: number): Promise<string[]> => {
  const admin = testMessaging('jobstream-test-admin').createAdmin();
  try {
    const specs = Object.values(Topics).flatMap((t) => [
      { topic: topicName(prefix, t), partitions: partitions ?? TopicPartitions[t] },
      { topic: topicName(prefix, dlqOf(t)), partitions: partitions ?? 1 },
    ]);
    await admin.ensureTopics(specs);
    return specs.map((s) => s.topic);
  } finally {
    await admin.close();
  }
};

/** Deletes the topics of a prefix (best effort; cleanup only). */
export const deleteTestTopics = async (prefix: string): Promise<void> => {
  const admin = testMessaging('jobstream-test-admin').createAdmin();
  try {
    const existing = new Set(await admin.listTopics());
    await admin.deleteTopics(testTopicNames(prefix).filter((t) => existing.has(t)));
  } catch {
    // cleanup is best effort
  } finally {
    await admin.close();
  }
};

export interface WaitForOptions {
  timeout?: number;
  interval?: number;
  /** Shown in the error when the time is up. */
  message?: string;
}

/**
 * Polls `fn` until it returns a value other than `undefined`/`false`/`null` (or stops throwing),
 * and returns that value. Fails with the last error or `message` after `timeout` ms (default 30 s).
 */
export const waitFor = async <T>(fn: () => T | Promise<T>, options: WaitForOptions = {}): Promise<Exclude<T, false | null | undefined>> => {
  const timeout = options.timeout ?? 30_000;
  const interval = options.interval ?? 200;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== null && v !== false) return v as Exclude<T, false | null | undefined>;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`${options.message ?? 'waitFor: condition not met'} within ${timeout} ms${why}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
};

export interface ConsumeAllOptions {
  /** Keep reading until this holds for what has been read (e.g. `msgs => msgs.length >= 3`). */
  until?: (messages: InboundMessage[]) => boolean;
  /** Give up after this long (default 30 s); with `until`, the error says how many were read. */
  timeout?: number;
}

/**
 * Reads a topic from the beginning and returns its messages (in offset order per partition). Without
 * `until` it reads up to the end offsets seen at the call (the port's TopicReader); with `until` it keeps
 * reading, with a throw-away consumer group, until the predicate holds for what it has read.
 */
export const consumeAll = async (topic: string, options: ConsumeAllOptions = {}): Promise<InboundMessage[]> => {
  const messaging = testMessaging('jobstream-test-reader');
  const { until } = options;
  if (!until) return messaging.createTopicReader().readToEnd(topic, { timeoutMs: options.timeout ?? 30_000 });
  const consumer = messaging.createBatchConsumer({ groupId: `test-reader-${randomBytes(6).toString('hex')}`, topics: [topic], fromBeginning: true, maxWaitTimeMs: 200 });
  const messages: InboundMessage[] = [];
  const lastRead = new Map<number, bigint>();
  try {
    if (until(messages)) return messages;
    await consumer.start(async (batch) => {
      for (const m of batch) {
        const seen = lastRead.get(m.partition);
        if (seen !== undefined && BigInt(m.offset) <= seen) continue; // redelivery after a rejoin
        messages.push(m);
        lastRead.set(m.partition, BigInt(m.offset));
      }
    });
    await waitFor(() => until(messages), { timeout: options.timeout ?? 30_000, interval: 100, message: `consumeAll(${topic}): read ${messages.length} messages` }).catch((e: Error) => {
      throw new Error(`${e.message.replace(/read \d+ messages/, `read ${messages.length} messages`)}`);
    });
    return [...messages];
  } finally {
    await consumer.stop().catch(() => undefined);
  }
};

export type { KafkaAdmin };

/** Whether consumer group `group` has committed everything on `topic` (every partition at its end). */
export const groupCaughtUp = async (admin: KafkaAdmin, group: string, topic: string): Promise<boolean> => {
  const [committed, ends] = await Promise.all([admin.committedOffsets(group, topic), admin.topicOffsets(topic)]);
  const at = new Map(committed.map((c) => [c.partition, BigInt(c.offset)]));
  return ends.every((e) => BigInt(e.high) === 0n || (at.get(e.partition) ?? -1n) >= BigInt(e.high));
};

/**
 * Waits until the pipeline of `prefix` (its `enrichment` and `search-projection` consumer groups, the
 * services' default group names) has committed everything on its input topics: every event sent so far
 * has been enriched and projected. Polls the broker, not the store (FerretDB would scan for every poll).
 */
export const waitPipelineDrained = async (prefix: string, timeout = 60_000): Promise<void> => {
  const admin = testMessaging('pipeline-drained').createAdmin();
  try {
    await waitFor(
      async () =>
        (await groupCaughtUp(admin, `${prefix}.enrichment`, topicName(prefix, Topics.ingested))) &&
        (await groupCaughtUp(admin, `${prefix}.search-projection`, topicName(prefix, Topics.enriched))),
      { timeout, interval: 200, message: "the pipeline's consumer groups did not catch up" },
    );
  } finally {
    await admin.close();
  }
};
