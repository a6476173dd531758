import { randomUUID } from 'node:crypto';
import {
  Kafka,
  Partitioners,
  logLevel as KafkaLogLevel,
  type Admin,
  type Consumer,
  type EachBatchPayload,
  type KafkaMessage,
  type LogEntry,
  type Message,
  type Producer,
} from 'kafkajs';
import { ErrorCodes, JobstreamError, dlqOf } from '@jobstream/contracts';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffOptions } from './backoff';
import { deadLetterOf } from './dead-letter';
import { DEFAULT_MAX_BATCH_BYTES, DEFAULT_MAX_MESSAGE_BYTES, chunkBySize, messageBytes } from './message-size';
import { decodeHeaders } from './headers';
import {
  silentLogger,
  type BatchConsumer,
  type BatchContext,
  type BatchHandler,
  type EventPublisher,
  type InboundMessage,
  type KafkaAdmin,
  type MessagingLogger,
  type OutboundMessage,
  type PoisonMessage,
  type ScanOptions,
  type TopicPartition,
  type TopicReader,
  type TopicSpec,
} from './kafka.port';
import { byPosition } from './position';

const DEFAULT_PARTITIONS_PER_BATCH = 64;

export type KafkaLogLevelName = 'nothing' | 'error' | 'warn' | 'info' | 'debug';

export interface KafkaConfig {
  brokers: string[];
  clientId: string;
  /** Time to open a TCP connection to a broker (default 3000 ms). */
  connectionTimeoutMs?: number;
  /** Time for a broker to answer a request (default 30000 ms). */
  requestTimeoutMs?: number;
  logger?: MessagingLogger;
  /** What kafkajs itself logs (default `warn`). */
  logLevel?: KafkaLogLevelName;
  /** Fetch settings of every consumer this client creates, unless the consumer's own options set them. */
  consumerFetch?: Pick<BatchConsumerOptions, 'minBytes' | 'maxWaitTimeMs'>;
}

export interface PublisherOptions {
  /** Client-side retries of one send before it fails (default 5; the idempotent producer keeps order). */
  retries?: number;
  initialRetryTimeMs?: number;
  maxRetryTimeMs?: number;
  /** Upper bound for one publish call, retries included (default 30000 ms); then BROKER.UNAVAILABLE. */
  publishTimeoutMs?: number;
  /** Time the broker waits for the in-sync replicas' acks (default 30000 ms). */
  ackTimeoutMs?: number;
  /** Largest message accepted (default 1,000,000 bytes, under Kafka's default `message.max.bytes`); larger: PAYLOAD.TOO_LARGE before anything is sent. */
  maxMessageBytes?: number;
  /** Size budget of one produce request (default 512 KiB); a larger publish is sent as consecutive requests, in order. */
  maxBatchBytes?: number;
}

export interface BatchConsumerOptions {
  groupId: string;
  /** Topics as named on the broker (prefixed already). */
  topics: string[];
  /** Where a new group starts (default true: from the beginning). */
  fromBeginning?: boolean;
  /** Publisher for dead letters; by default the consumer makes and owns one. */
  deadLetterPublisher?: EventPublisher;
  /** Dead-letter topic of a consumed topic (default `<topic>.dlq`). */
  deadLetterTopic?: (topic: string) => string;
  /** Backoff between retries of a batch whose handler threw. */
  backoff?: BackoffOptions;
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /**
   * Most partitions whose fetched messages are handled together in one handler call (default 64); the
   * messages of one partition always come in order, one batch of a partition at a time.
   */
  partitionsPerBatch?: number;
  maxBytesPerPartition?: number;
  /** A fetch waits until this many bytes are available (default 1: answers as soon as there is anything)… */
  minBytes?: number;
  /** …or until this many ms passed (default 500). */
  maxWaitTimeMs?: number;
  now?: () => Date;
  random?: () => number;
}

const LEVELS: Record<KafkaLogLevelName, KafkaLogLevel> = {
  nothing: KafkaLogLevel.NOTHING,
  error: KafkaLogLevel.ERROR,
  warn: KafkaLogLevel.WARN,
  info: KafkaLogLevel.INFO,
  debug: KafkaLogLevel.DEBUG,
};

const IGNORED_LOGS = [/Limiting retries for the idempotent producer/];

const logCreator =
  (logger: MessagingLogger) =>
  () =>
  ({ namespace, level, log }: LogEntry): void => {
    const { message, ...fields } = log;
    if (IGNORED_LOGS.some((re) => re.test(message))) return;
    const f = { kafka: namespace, ...fields };
    if (level <= KafkaLogLevel.ERROR) logger.error(message, f);
    else if (level === KafkaLogLevel.WARN) logger.warn(message, f);
    else if (level === KafkaLogLevel.INFO) logger.info(message, f);
    else logger.debug(message, f);
  };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
};

/** `items` grouped by topic, in order of first appearance, each item mapped by `value`. */
const byTopic = <T, V>(items: readonly T[], topicOf: (item: T) => string, value: (item: T) => V): Array<[string, V[]]> => {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const topic = topicOf(item);
    const list = groups.get(topic);
    if (list) list.push(value(item));
    else groups.set(topic, [value(item)]);
  }
  return [...groups];
};

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** An error thrown by a caller's callback (a scan's `onBatch`), passed on as it is. */
class CallerError {
  constructor(readonly error: unknown) {}
}

const brokerUnavailable = (what: string, e: unknown): JobstreamError =>
  e instanceof JobstreamError ? e : new JobstreamError(ErrorCodes.brokerUnavailable, `${what}: ${errorMessage(e)}`);

const toKafkaMessage = (m: OutboundMessage): Message => ({
  key: m.key,
  value: m.value,
  headers: m.headers,
  ...(m.partition === undefined ? {} : { partition: m.partition }),
});

export const toInboundMessage = (topic: string, partition: number, m: KafkaMessage): InboundMessage => ({
  topic,
  partition,
  offset: m.offset,
  key: m.key === null || m.key === undefined ? null : m.key.toString('utf8'),
  value: m.value ?? null,
  headers: decodeHeaders(m.headers),
  timestamp: m.timestamp,
});

const isRebalancing = (e: unknown): boolean => {
  const type = (e as { type?: string } | null)?.type;
  return type === 'REBALANCE_IN_PROGRESS' || type === 'NOT_COORDINATOR_FOR_GROUP' || type === 'ILLEGAL_GENERATION' || type === 'UNKNOWN_MEMBER_ID';
};

/** Entry point of the adapter: one kafkajs client, from which publishers, consumers and admins are made. */
export class KafkaMessaging {
  private readonly kafka: Kafka;
  readonly logger: MessagingLogger;

  constructor(readonly config: KafkaConfig) {
    if (config.brokers.length === 0) throw new JobstreamError(ErrorCodes.configInvalid, 'KAFKA_BROKERS: at least one broker is required');
    this.logger = config.logger ?? silentLogger;
    this.kafka = new Kafka({
      clientId: config.clientId,
      brokers: config.brokers,
      connectionTimeout: config.connectionTimeoutMs ?? 3000,
      requestTimeout: config.requestTimeoutMs ?? 30000,
      logLevel: LEVELS[config.logLevel ?? 'warn'],
      logCreator: logCreator(this.logger),
    });
  }

  createPublisher(options: PublisherOptions = {}): EventPublisher {
    return new KafkajsPublisher(this.kafka, options, this.logger);
  }

  createBatchConsumer(options: BatchConsumerOptions): BatchConsumer {
    return new KafkajsBatchConsumer(this.kafka, { ...this.config.consumerFetch, ...options }, this.logger, () => this.createPublisher());
  }

  createAdmin(): KafkaAdmin {
    return new KafkajsAdmin(this.kafka.admin());
  }

  createTopicReader(): TopicReader {
    return new KafkajsTopicReader(this.kafka, this.config.clientId, this.logger);
  }
}

export class KafkajsPublisher implements EventPublisher {
  private producer: Producer;
  private connecting: Promise<void> | null = null;
  private connected = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: PublisherOptions,
    private readonly logger: MessagingLogger,
  ) {
    this.producer = this.makeProducer();
  }

  private makeProducer(): Producer {
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: {
        retries: this.options.retries ?? 5,
        initialRetryTime: this.options.initialRetryTimeMs ?? 300,
        maxRetryTime: this.options.maxRetryTimeMs ?? 5000,
      },
    });
    producer.on(producer.events.DISCONNECT, () => {
      if (this.producer === producer) this.connected = false;
    });
    return producer;
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    if (!this.connecting) {
      this.connecting = this.producer
        .connect()
        .then(() => {
          this.connected = true;
        })
        .finally(() => {
          this.connecting = null;
        });
    }
    return this.connecting;
  }

  async disconnect(): Promise<void> {
    this.connected = false;
    await this.producer.disconnect();
  }

  publish(topic: string, messages: OutboundMessage[]): Promise<void> {
    return this.publishMany([{ topic, messages }]);
  }

  async publishMany(batches: ReadonlyArray<{ topic: string; messages: OutboundMessage[] }>): Promise<void> {
    const maxMessageBytes = this.options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    const sized = batches.flatMap((b) => b.messages.map((m) => ({ topic: b.topic, message: m, bytes: messageBytes(m) })));
    if (sized.length === 0) return;
    const tooLarge = sized.find((s) => s.bytes > maxMessageBytes);
    if (tooLarge) {
      throw new JobstreamError(
        ErrorCodes.payloadTooLarge,
        `a message for ${tooLarge.topic} (key ${tooLarge.message.key ?? 'none'}) weighs ${tooLarge.bytes} bytes, over the ${maxMessageBytes}-byte limit of one Kafka message`,
      );
    }
    // Kafka refuses a record batch over `message.max.bytes`: a large publish goes as consecutive requests,
    // one after the other, so each partition keeps its order.
    const chunks = chunkBySize(sized, (s) => s.bytes, this.options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES);
    const send = async (): Promise<void> => {
      await this.connect();
      for (const chunk of chunks) {
        const topicMessages = byTopic(chunk, (c) => c.topic, (c): Message => toKafkaMessage(c.message)).map(([topic, messages]) => ({ topic, messages }));
        await this.producer.sendBatch({ topicMessages, acks: -1, timeout: this.options.ackTimeoutMs ?? 30000 });
      }
    };
    try {
      await withTimeout(send(), this.options.publishTimeoutMs ?? 30000, 'publish');
    } catch (e) {
      const topics = [...new Set(sized.map((s) => s.topic))];
      this.logger.warn('kafka publish failed', { topics, error: errorMessage(e) });
      this.resetProducer();
      throw brokerUnavailable('Kafka did not acknowledge the messages', e);
    }
  }

  /**
   * After a failed send the broker may still have written it; kafkajs then rolls its sequence numbers
   * back, and the next batch of the same size would be taken by the broker for a duplicate of the
   * written one and dropped with a success. A new producer (new producer id) rules that out.
   */
  private resetProducer(): void {
    const old = this.producer;
    this.connected = false;
    this.connecting = null;
    this.producer = this.makeProducer();
    old.disconnect().catch(() => undefined);
  }
}

export class KafkajsBatchConsumer implements BatchConsumer {
  private consumer: Consumer | null = null;
  private running = false;
  private ownsPublisher = false;
  private dlq: EventPublisher | null = null;
  /** Batches of the fetch in hand, handed over by kafkajs' workers, not yet handled. */
  private gathering: Array<{ payload: EachBatchPayload; resolve(): void; reject(e: unknown): void }> = [];

  constructor(
    private readonly kafka: Kafka,
    private readonly options: BatchConsumerOptions,
    private readonly logger: MessagingLogger,
    private readonly makePublisher: () => EventPublisher,
  ) {}

  isRunning(): boolean {
    return this.running;
  }

  async start(handler: BatchHandler): Promise<void> {
    if (this.consumer) throw new Error('consumer already started');
    const o = this.options;
    this.dlq = o.deadLetterPublisher ?? this.makePublisher();
    this.ownsPublisher = !o.deadLetterPublisher;
    const consumer = this.kafka.consumer({
      groupId: o.groupId,
      sessionTimeout: o.sessionTimeoutMs ?? 10000,
      rebalanceTimeout: o.rebalanceTimeoutMs ?? 60000,
      heartbeatInterval: o.heartbeatIntervalMs ?? 3000,
      maxBytesPerPartition: o.maxBytesPerPartition ?? 1048576,
      minBytes: o.minBytes ?? 1,
      maxWaitTimeInMs: o.maxWaitTimeMs ?? 500,
      allowAutoTopicCreation: false,
      retry: { retries: 8, initialRetryTime: 300, maxRetryTime: 10000, restartOnFailure: async () => true },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, (event) => {
      const { error, restart } = event.payload;
      this.logger.error('kafka consumer crashed', { groupId: o.groupId, error: errorMessage(error), restart });
      if (!restart) this.running = false;
    });
    await this.dlq.connect();
    await consumer.connect();
    await consumer.subscribe({ topics: o.topics, fromBeginning: o.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      // one worker per partition of a fetch, so that all its batches are gathered into one call
      partitionsConsumedConcurrently: o.partitionsPerBatch ?? DEFAULT_PARTITIONS_PER_BATCH,
      eachBatch: (payload) => this.enqueue(payload, handler),
    });
    this.running = true;
  }

  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.running = false;
    if (!consumer) return;
    try {
      // kafkajs' stop waits for the batch in hand: its handler finishes and commits, retries give up.
      await consumer.stop();
      await consumer.disconnect();
    } finally {
      this.consumer = null;
      if (this.ownsPublisher && this.dlq) await this.dlq.disconnect().catch(() => undefined);
      this.dlq = null;
    }
  }

  /**
   * kafkajs hands over the batches of one fetch, one per partition, to its workers in one synchronous
   * pass: they are gathered here and handled in one call (one produce, one bulk write, one commit
   * for all of them instead of one per partition).
   */
  private enqueue(payload: EachBatchPayload, handler: BatchHandler): Promise<void> {
    if (payload.batch.messages.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.gathering.push({ payload, resolve, reject });
      if (this.gathering.length === 1)
        setImmediate(() => {
          const group = this.gathering;
          this.gathering = [];
          this.processBatches(group.map((g) => g.payload), handler).then(
            () => group.forEach((g) => g.resolve()),
            (e: unknown) => group.forEach((g) => g.reject(e)),
          );
        });
    });
  }

  private async processBatches(payloads: EachBatchPayload[], handler: BatchHandler): Promise<void> {
    const messages: InboundMessage[] = [];
    const partitions: TopicPartition[] = [];
    for (const { batch } of payloads) {
      partitions.push({ topic: batch.topic, partition: batch.partition });
      for (const m of batch.messages) messages.push(toInboundMessage(batch.topic, batch.partition, m));
    }
    const lastOffsets = payloads.map((p) => p.batch.messages[p.batch.messages.length - 1].offset);
    const isActive = (): boolean => payloads.every((p) => p.isRunning() && !p.isStale());
    const heartbeat = payloads[0].heartbeat;
    const backoff = this.options.backoff ?? DEFAULT_BACKOFF;

    for (let attempt = 1; ; attempt++) {
      // Stopping or revoked/seeked: leave the batch unresolved and uncommitted; it is delivered again.
      if (!isActive()) return;
      const ctx: BatchContext = { partitions, attempt, heartbeat, isActive };
      const keepAlive = this.keepAlive(heartbeat);
      try {
        const outcome = await handler(messages, ctx);
        await this.deadLetter(outcome?.poison ?? []);
      } catch (e) {
        const delay = backoffDelay(attempt, backoff, this.options.random);
        this.logger.warn('batch failed, will retry the same batch', {
          partitions: partitions.map((tp, i) => `${tp.topic}[${tp.partition}]@${payloads[i].batch.messages[0].offset}-${lastOffsets[i]}`).join(' '),
          attempt,
          retryInMs: delay,
          error: errorMessage(e),
        });
        await this.pauseWithHeartbeats(delay, heartbeat, isActive);
        continue;
      } finally {
        keepAlive.stop();
      }
      await this.commit(payloads[0].commitOffsetsIfNecessary, partitions, lastOffsets);
      payloads.forEach((p, i) => p.resolveOffset(lastOffsets[i]));
      return;
    }
  }

  /** Commits, in one request, the offsets after each partition's last offset; a rebalance error is rethrown so kafkajs rejoins (the batch comes again). */
  private async commit(commit: EachBatchPayload['commitOffsetsIfNecessary'], partitions: TopicPartition[], lastOffsets: string[]): Promise<void> {
    const next = partitions.map(({ topic, partition }, i) => ({ topic, partition, offset: (BigInt(lastOffsets[i]) + 1n).toString() }));
    const topics = byTopic(next, (n) => n.topic, ({ partition, offset }) => ({ partition, offset })).map(([topic, ps]) => ({ topic, partitions: ps }));
    for (let attempt = 1; ; attempt++) {
      try {
        await commit({ topics });
        return;
      } catch (e) {
        if (isRebalancing(e) || attempt >= 3) {
          this.logger.warn('offset commit failed; the batch will be delivered again', { offsets: JSON.stringify(topics), error: errorMessage(e) });
          throw e;
        }
        await sleep(backoffDelay(attempt, { initialMs: 200, maxMs: 2000 }));
      }
    }
  }

  private async deadLetter(poison: PoisonMessage[]): Promise<void> {
    if (poison.length === 0 || !this.dlq) return;
    const now = (this.options.now ?? (() => new Date()))();
    const toDlq = this.options.deadLetterTopic ?? dlqOf;
    await this.dlq.publishMany(
      byTopic(poison, (p) => p.message.topic, (p) => deadLetterOf(p, this.options.groupId, now)).map(([topic, messages]) => ({ topic: toDlq(topic), messages })),
    );
    for (const p of poison) {
      this.logger.warn('message dead-lettered', { topic: p.message.topic, partition: p.message.partition, offset: p.message.offset, code: p.code, reason: p.reason });
    }
  }

  /** Heartbeats on a timer while the handler works, so a long batch does not cost the partition. */
  private keepAlive(heartbeat: () => Promise<void>): { stop(): void } {
    const every = Math.max(500, Math.floor((this.options.heartbeatIntervalMs ?? 3000) / 2));
    const timer = setInterval(() => {
      heartbeat().catch((e) => this.logger.debug('heartbeat during batch failed', { error: errorMessage(e) }));
    }, every);
    return { stop: () => clearInterval(timer) };
  }

  /** Sleeps between retries, heartbeating; a rebalance ends the wait by rethrowing (kafkajs rejoins). */
  private async pauseWithHeartbeats(ms: number, heartbeat: () => Promise<void>, isActive: () => boolean): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until && isActive()) {
      await sleep(Math.min(500, until - Date.now()));
      try {
        await heartbeat();
      } catch (e) {
        if (isRebalancing(e)) throw e;
      }
    }
  }
}

export class KafkajsAdmin implements KafkaAdmin {
  private connected: Promise<void> | null = null;

  constructor(private readonly admin: Admin) {}

  private async connect(): Promise<void> {
    if (!this.connected) {
      this.connected = this.admin.connect().catch((e: unknown) => {
        this.connected = null;
        throw e;
      });
    }
    return this.connected;
  }

  async ping(timeoutMs = 5000): Promise<void> {
    try {
      await withTimeout(
        (async () => {
          await this.connect();
          await this.admin.describeCluster();
        })(),
        timeoutMs,
        'Kafka ping',
      );
    } catch (e) {
      throw brokerUnavailable('Kafka is unreachable', e);
    }
  }

  async listTopics(): Promise<string[]> {
    await this.connect();
    return this.admin.listTopics();
  }

  async ensureTopics(specs: TopicSpec[]): Promise<void> {
    await this.connect();
    const existing = new Set(await this.admin.listTopics());
    const missing = specs.filter((s) => !existing.has(s.topic));
    if (missing.length === 0) return;
    try {
      await this.admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((s) => ({
          topic: s.topic,
          numPartitions: s.partitions,
          replicationFactor: s.replicationFactor ?? -1,
          configEntries: Object.entries(s.configs ?? {}).map(([name, value]) => ({ name, value })),
        })),
      });
    } catch (e) {
      // Another process may have created some of them meanwhile: fine if they all exist now.
      const now = new Set(await this.admin.listTopics());
      if (!missing.every((s) => now.has(s.topic))) throw e;
    }
  }

  async deleteTopics(topics: string[]): Promise<void> {
    if (topics.length === 0) return;
    await this.connect();
    await this.admin.deleteTopics({ topics });
  }

  async committedOffsets(groupId: string, topic: string): Promise<Array<{ partition: number; offset: string }>> {
    await this.connect();
    const res = await this.admin.fetchOffsets({ groupId, topics: [topic] });
    return (res.find((t) => t.topic === topic)?.partitions ?? []).map((p) => ({ partition: p.partition, offset: p.offset }));
  }

  async topicOffsets(topic: string): Promise<Array<{ partition: number; high: string; low: string }>> {
    await this.connect();
    const res = await this.admin.fetchTopicOffsets(topic);
    return res.map((p) => ({ partition: p.partition, high: p.high, low: p.low }));
  }

  async close(): Promise<void> {
    if (this.connected) await this.admin.disconnect();
    this.connected = null;
  }
}

/**
 * kafkajs has no group-less consumer: the reader joins a throw-away group of its own (no committed
 * offsets, so it starts at the earliest), never commits, and deletes that group when done.
 */
export class KafkajsTopicReader implements TopicReader {
  constructor(
    private readonly kafka: Kafka,
    private readonly clientId: string,
    private readonly logger: MessagingLogger,
  ) {}

  async readToEnd(topic: string, options: { timeoutMs?: number } = {}): Promise<InboundMessage[]> {
    const read: InboundMessage[] = [];
    await this.scan(topic, (messages) => void read.push(...messages), options);
    return read.sort(byPosition);
  }

  async scan(topic: string, onBatch: (messages: InboundMessage[]) => Promise<void> | void, options: ScanOptions = {}): Promise<ReadonlyMap<number, string>> {
    const timeoutMs = options.timeoutMs ?? 60000;
    const admin = this.kafka.admin();
    const groupId = `${this.clientId}.reader-${randomUUID()}`;
    let consumer: Consumer | null = null;
    let count = 0;
    // the first offset not to read, per partition that has anything to read
    const ends = new Map<number, bigint>();
    try {
      await withTimeout(admin.connect(), timeoutMs, 'Kafka admin connect');
      if (!(await admin.listTopics()).includes(topic)) throw new JobstreamError(ErrorCodes.configInvalid, `topic ${topic} does not exist`);
      for (const p of await admin.fetchTopicOffsets(topic)) {
        // never past what the partition holds now (a topic recreated since `upTo` was taken)
        const wanted = options.upTo ? options.upTo.get(p.partition) : p.high;
        const upTo = wanted === undefined ? undefined : BigInt(wanted) < BigInt(p.high) ? BigInt(wanted) : BigInt(p.high);
        if (upTo !== undefined && upTo > BigInt(p.low)) ends.set(p.partition, upTo);
      }
      const readTo = new Map([...ends].map(([partition, end]) => [partition, end.toString()]));
      if (ends.size === 0) return readTo;

      const last = new Map<number, bigint>();
      let finished!: () => void;
      let failed!: (e: unknown) => void;
      const done = new Promise<void>((resolve, reject) => {
        finished = resolve;
        failed = reject;
      });
      const c = this.kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 200, retry: { retries: 5 } });
      consumer = c;
      c.on(c.events.CRASH, (event) => {
        if (!event.payload.restart) failed(event.payload.error);
      });
      await c.connect();
      await c.subscribe({ topics: [topic], fromBeginning: true });
      await c.run({
        autoCommit: false,
        eachBatch: async ({ batch }) => {
          const end = ends.get(batch.partition);
          if (end === undefined) return;
          const messages: InboundMessage[] = [];
          for (const m of batch.messages) {
            const offset = BigInt(m.offset);
            if (offset >= end) break;
            if (offset <= (last.get(batch.partition) ?? -1n)) continue; // fetched again after a rejoin
            messages.push(toInboundMessage(topic, batch.partition, m));
            last.set(batch.partition, offset);
          }
          if (messages.length > 0) {
            count += messages.length;
            try {
              await onBatch(messages);
            } catch (e) {
              failed(new CallerError(e));
              return;
            }
          }
          if ((last.get(batch.partition) ?? -1n) >= end - 1n) {
            ends.delete(batch.partition);
            c.pause([{ topic, partitions: [batch.partition] }]);
            if (ends.size === 0) finished();
          }
        },
      });
      await withTimeout(done, timeoutMs, `reading ${topic} to its end (${count} messages read)`);
      return readTo;
    } catch (e) {
      if (e instanceof CallerError) throw e.error;
      throw brokerUnavailable(`cannot read ${topic}`, e);
    } finally {
      if (consumer) await consumer.disconnect().catch(() => undefined);
      if (consumer) await admin.deleteGroups([groupId]).catch((e: unknown) => this.logger.debug('reader group not deleted', { groupId, error: errorMessage(e) }));
      await admin.disconnect().catch(() => undefined);
    }
  }
}
