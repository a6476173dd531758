import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Topics, topicName } from '@jobstream/contracts';
import type { BatchHandler, EventPublisher, KafkaMessaging } from '@jobstream/messaging';
import { counter, ManagedConsumer } from '@jobstream/platform';
import type { Logger } from 'pino';
import type { EnrichmentConfig } from '../config/enrichment.config';
import { enrichBatch, type Enricher } from './enrich-batch';
import { ENRICHER, ENRICHMENT_CONFIG, KAFKA_MESSAGING, KAFKA_PUBLISHER, LOGGER } from '../tokens';

/**
 * Consumes `postings.ingested.v1` in group `enrichment`, publishes `postings.enriched.v1`, and lets
 * the batch consumer commit only after the output (and any dead letters) are acknowledged.
 * On shutdown the batch in hand finishes and is committed.
 */
@Injectable()
export class EnrichConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly processed = counter('enrichment_events_total', 'Events handled by enrichment, by outcome', ['outcome']);

  constructor(
    @Inject(ENRICHMENT_CONFIG) private readonly config: EnrichmentConfig,
    @Inject(KAFKA_MESSAGING) private readonly messaging: KafkaMessaging,
    @Inject(KAFKA_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(ENRICHER) private readonly enricher: Enricher,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.consumer = new ManagedConsumer('enrichment consumer', messaging, logger);
  }

  private readonly consumer: ManagedConsumer;

  get inputTopic(): string {
    return topicName(this.config.KAFKA_TOPIC_PREFIX, Topics.ingested);
  }

  get outputTopic(): string {
    return topicName(this.config.KAFKA_TOPIC_PREFIX, Topics.enriched);
  }

  get groupId(): string {
    return topicName(this.config.KAFKA_TOPIC_PREFIX, this.config.ENRICHMENT_GROUP);
  }

  isRunning(): boolean {
    return this.consumer.isRunning();
  }

  readonly handle: BatchHandler = async (messages, ctx) => {
    const { out, poison } = enrichBatch(messages, this.enricher);
    await this.publisher.publish(this.outputTopic, out);
    this.processed.inc({ outcome: 'published' }, out.length);
    if (poison.length) this.processed.inc({ outcome: 'dead-lettered' }, poison.length);
    this.logger.debug({ partitions: ctx.partitions.length, in: messages.length, out: out.length, poison: poison.length, attempt: ctx.attempt }, 'batch enriched');
    return { poison };
  };

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start(
      {
        groupId: this.groupId,
        topics: [this.inputTopic],
        deadLetterPublisher: this.publisher,
      },
      this.handle,
      { output: this.outputTopic },
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.stop();
  }
}
