import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Topics, topicName } from '@jobstream/contracts';
import type { BatchHandler, EventPublisher, KafkaMessaging } from '@jobstream/messaging';
import { counter, ManagedConsumer } from '@jobstream/platform';
import type { PostingsReadModel } from '@jobstream/read-model';
import type { Logger } from 'pino';
import type { SearchConfig } from '../config/search.config';
import { KAFKA_MESSAGING, KAFKA_PUBLISHER, LOGGER, READ_MODEL, SEARCH_CONFIG } from '../tokens';
import { decodeBatch } from './project-batch';

/**
 * Projects `postings.enriched.v1` into the `postings` read model (group `search-projection`): each batch
 * is decoded (poison messages go to `postings.enriched.v1.dlq` with their reason) and written with one
 * bulk write; the batch consumer commits the offsets only after the handler resolved, i.e. after the
 * write. A failed write throws, and the same batch is retried with backoff. Replays are harmless: the
 * writes are guarded by version.
 */
@Injectable()
export class ProjectionConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly projected = counter('search_projection_events_total', 'Events handled by the search projection, by outcome', ['outcome']);

  constructor(
    @Inject(SEARCH_CONFIG) private readonly config: SearchConfig,
    @Inject(KAFKA_MESSAGING) private readonly messaging: KafkaMessaging,
    @Inject(KAFKA_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(READ_MODEL) private readonly readModel: PostingsReadModel,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.consumer = new ManagedConsumer('search projection consumer', messaging, logger);
  }

  private readonly consumer: ManagedConsumer;

  get inputTopic(): string {
    return topicName(this.config.KAFKA_TOPIC_PREFIX, Topics.enriched);
  }

  get groupId(): string {
    return topicName(this.config.KAFKA_TOPIC_PREFIX, this.config.SEARCH_GROUP);
  }

  isRunning(): boolean {
    return this.consumer.isRunning();
  }

  readonly handle: BatchHandler = async (messages, ctx) => {
    const { events, poison } = decodeBatch(messages);
    const result = await this.readModel.applyEvents(events);
    this.projected.inc({ outcome: 'written' }, result.written);
    this.projected.inc({ outcome: 'unchanged' }, events.length - result.written);
    // the batch consumer logs each dead letter with its reason when it writes it
    if (poison.length) this.projected.inc({ outcome: 'dead-lettered' }, poison.length);
    this.logger.debug({ partitions: ctx.partitions.length, in: messages.length, written: result.written, poison: poison.length, attempt: ctx.attempt }, 'batch projected');
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
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.consumer.stop();
  }
}
