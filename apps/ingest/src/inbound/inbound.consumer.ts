import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { BatchConsumer, EventPublisher, KafkaMessaging } from '@jobstream/messaging';
import type { Logger } from '@jobstream/platform';
import { APP_LOGGER, EVENT_PUBLISHER, INGEST_CONFIG, INGEST_TOPICS, KAFKA_MESSAGING, type IngestTopics } from '../ingest.tokens';
import type { IngestConfig } from '../config/ingest.config';
import { INGEST_CE_SOURCE } from '../ingest/ingest.service';
import { planInboundBatch } from './inbound.handler';

const RETRY_START_MS = 5000;

/**
 * Consumes `postings.inbound.v1` in group `ingest-inbound`: each batch's valid items are published to
 * `postings.ingested.v1` (one publish, acknowledged) before the offsets are committed; refused
 * messages go to `postings.inbound.v1.dlq` with the reason (BatchConsumer's poison outcome). Starts in
 * the background (the HTTP side serves even while Kafka is away) and retries until it joins.
 * On shutdown it finishes the batch in hand and commits.
 */
@Injectable()
export class InboundConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer: BatchConsumer | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private starting: Promise<void> | null = null;

  constructor(
    @Inject(KAFKA_MESSAGING) private readonly messaging: KafkaMessaging,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(INGEST_TOPICS) private readonly topics: IngestTopics,
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.INGEST_INBOUND_CONSUMER) return;
    this.starting = this.start();
  }

  /** Resolves once the consumer runs (tests wait on it); never rejects. */
  ready(): Promise<void> {
    return this.starting ?? Promise.resolve();
  }

  private groupId(): string {
    const prefix = this.config.KAFKA_TOPIC_PREFIX;
    return prefix ? `${prefix}.${this.config.INGEST_INBOUND_GROUP}` : this.config.INGEST_INBOUND_GROUP;
  }

  private async start(): Promise<void> {
    while (!this.stopping) {
      const consumer = this.messaging.createBatchConsumer({
        groupId: this.groupId(),
        topics: [this.topics.inbound],
        deadLetterPublisher: this.publisher,
      });
      try {
        this.consumer = consumer;
        await consumer.start(async (messages) => {
          const plan = planInboundBatch(messages, INGEST_CE_SOURCE);
          await this.publisher.publish(this.topics.ingested, plan.events);
          return { poison: plan.poison };
        });
        this.logger.info({ topic: this.topics.inbound, groupId: this.groupId() }, 'inbound consumer started');
        return;
      } catch (e) {
        this.consumer = null;
        await consumer.stop().catch(() => undefined);
        this.logger.warn({ err: e, retryInMs: RETRY_START_MS }, 'inbound consumer could not start; retrying');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, RETRY_START_MS);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = null;
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    const consumer = this.consumer;
    this.consumer = null;
    if (consumer) {
      await consumer.stop();
      this.logger.info({ topic: this.topics.inbound }, 'inbound consumer stopped');
    }
  }
}
