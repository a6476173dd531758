import type { BatchConsumer, BatchConsumerOptions, BatchHandler, KafkaMessaging } from '@jobstream/messaging';
import type { Logger } from 'pino';

/**
 * The life of one batch consumer in a service: created and started when the app has booted, stopped
 * (finishing and committing the batch in hand) when the app shuts down. The service's consumer class
 * keeps its own handler and names; this keeps the lifecycle in one place.
 */
export class ManagedConsumer {
  private consumer: BatchConsumer | null = null;

  constructor(
    private readonly name: string,
    private readonly messaging: KafkaMessaging,
    private readonly logger: Logger,
  ) {}

  isRunning(): boolean {
    return this.consumer?.isRunning() ?? false;
  }

  async start(options: BatchConsumerOptions, handler: BatchHandler, fields: Record<string, unknown> = {}): Promise<void> {
    this.consumer = this.messaging.createBatchConsumer(options);
    await this.consumer.start(handler);
    this.logger.info({ topics: options.topics, groupId: options.groupId, ...fields }, `${this.name} started`);
  }

  async stop(): Promise<void> {
    if (!this.consumer) return;
    this.logger.info(`stopping ${this.name}: finishing the batch in hand`);
    await this.consumer.stop();
    this.consumer = null;
    this.logger.info(`${this.name} stopped`);
  }
}
