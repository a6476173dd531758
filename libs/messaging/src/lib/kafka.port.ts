/**
 * Our Kafka port. Nothing outside libs/messaging imports kafkajs: services talk to these interfaces,
 * and `kafkajs.adapter.ts` is the only implementation. Topic names are taken as given (already
 * prefixed with `topicName(prefix, topic)` from @jobstream/contracts where a prefix is in use).
 */

/** Kafka headers as we use them: one UTF-8 string per name. */
export type MessageHeaders = Record<string, string>;

export interface OutboundMessage {
  /** Partitioning key; every event of one posting uses its postingId so they stay in order. */
  key: string | null;
  value: string | Buffer | null;
  headers?: MessageHeaders;
  /** Rarely needed: force a partition (tests). */
  partition?: number;
}

export interface InboundMessage {
  topic: string;
  partition: number;
  /** Kafka offsets are 64-bit: kept as decimal strings. */
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: MessageHeaders;
  /** Broker or producer timestamp, epoch milliseconds as a string (as Kafka reports it). */
  timestamp: string;
}

export interface EventPublisher {
  /**
   * Writes the messages and resolves only after every one is acknowledged by all in-sync replicas
   * (idempotent producer, acks = all). Rejects with a `JobstreamError` coded `BROKER.UNAVAILABLE`
   * when the broker cannot be reached in the configured time.
   */
  publish(topic: string, messages: OutboundMessage[]): Promise<void>;
  /** Several topics in one request, same guarantees. */
  publishMany(batches: ReadonlyArray<{ topic: string; messages: OutboundMessage[] }>): Promise<void>;
  connect(): Promise<void>;
  disconnect(): Promise<void>;
}

/** A message the handler refuses for good (bad JSON, schema error, unknown type): it goes to `<topic>.dlq`. */
export interface PoisonMessage {
  message: InboundMessage;
  reason: string;
  code: string;
}

export interface BatchOutcome {
  poison?: PoisonMessage[];
}

export interface TopicPartition {
  topic: string;
  partition: number;
}

export interface BatchContext {
  /** The partitions whose messages this call holds, each at most once. */
  partitions: readonly TopicPartition[];
  /** 1 on the first try of this batch, then 2, 3, ... after transient failures. */
  attempt: number;
  /** Tells the group coordinator we are alive; call it during long work (it is throttled). */
  heartbeat(): Promise<void>;
  /** False once the consumer is stopping or one of the partitions was revoked / seeked: the work will be redelivered. */
  isActive(): boolean;
}

/**
 * Processes one batch: the messages one fetch brought from one or more partitions, each partition's
 * messages consecutive and in offset order. Resolves with the poison messages to dead-letter; throws
 * on a transient failure (the same batch is retried, with backoff, nothing is committed meanwhile).
 * Must be idempotent: after a crash or a rebalance a batch may come again.
 */
export type BatchHandler = (messages: InboundMessage[], ctx: BatchContext) => Promise<BatchOutcome | void>;

export interface BatchConsumer {
  start(handler: BatchHandler): Promise<void>;
  /** Finishes the batch in hand (and commits it), then leaves the group. */
  stop(): Promise<void>;
  /** True between a successful start and stop (or a crash). */
  isRunning(): boolean;
}

export interface TopicSpec {
  topic: string;
  partitions: number;
  replicationFactor?: number;
  configs?: Record<string, string>;
}

export interface KafkaAdmin {
  /** Creates the missing topics (existing ones are left as they are). */
  ensureTopics(specs: TopicSpec[]): Promise<void>;
  /** Resolves when the cluster answers a metadata request; rejects with `BROKER.UNAVAILABLE` otherwise. */
  ping(timeoutMs?: number): Promise<void>;
  listTopics(): Promise<string[]>;
  deleteTopics(topics: string[]): Promise<void>;
  /** Committed offset per partition of a group on a topic (`-1` when none). */
  committedOffsets(groupId: string, topic: string): Promise<Array<{ partition: number; offset: string }>>;
  /** Latest (high-watermark) offset per partition. */
  topicOffsets(topic: string): Promise<Array<{ partition: number; high: string; low: string }>>;
  close(): Promise<void>;
}

/**
 * Reads a topic as it stands, outside any consumer group's work (operator tools such as `npm run dlq`):
 * nothing is committed and no service's group is touched.
 */
export interface TopicReader {
  /**
   * Every message of `topic` from the earliest retained offset up to the end offsets at the time of the
   * call (messages written meanwhile are left out), sorted by partition, then offset. Rejects with
   * `CONFIG.INVALID` when the topic does not exist, `BROKER.UNAVAILABLE` when the read does not finish
   * within `timeoutMs` (default 60000).
   */
  readToEnd(topic: string, options?: { timeoutMs?: number }): Promise<InboundMessage[]>;
  /**
   * Reads `topic` like `readToEnd`, without holding it: hands each fetched batch (messages of one partition, in
   * offset order; partitions interleave) to `onBatch`, and reads on once it has resolved. Reads up to `upTo`
   * (partition to the first offset not to read) when given, else to the end offsets at the call; resolves with
   * the end offsets it read to, so a second scan can read exactly the same messages. Rejects like `readToEnd`,
   * and with `onBatch`'s own error.
   */
  scan(topic: string, onBatch: (messages: InboundMessage[]) => Promise<void> | void, options?: ScanOptions): Promise<ReadonlyMap<number, string>>;
}

export interface ScanOptions {
  timeoutMs?: number;
  /** Partition to the offset to stop before (a partition left out is not read). */
  upTo?: ReadonlyMap<number, string>;
}

/** The smallest logger the adapter needs; pino fits (`logger.info(fields, msg)` is adapted by the caller). */
export interface MessagingLogger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: MessagingLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
