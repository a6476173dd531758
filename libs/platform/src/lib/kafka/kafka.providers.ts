import type { Provider } from '@nestjs/common';
import { CoalescingPublisher, KafkaMessaging } from '@jobstream/messaging';
import type { Logger } from 'pino';
import { consumerFetchOf, type KafkaConfig } from '../config/parse-config';
import { fieldsLoggerOf } from '../logging/logger';

/** Injection tokens of the Kafka client, its shared producer and its admin. */
export const KAFKA_MESSAGING = Symbol('KAFKA_MESSAGING');
export const KAFKA_PUBLISHER = Symbol('KAFKA_PUBLISHER');
export const KAFKA_ADMIN = Symbol('KAFKA_ADMIN');

export interface KafkaProvidersOptions {
  /** The service's parsed Kafka settings (brokers, client id, consumers' fetch settings). */
  config: KafkaConfig;
  /** Client id when KAFKA_CLIENT_ID is not set. */
  defaultClientId: string;
  logger: Logger;
}

/**
 * The Kafka client of a consumer service, its producer (connected before the app starts: outputs and
 * dead letters go through it) and its admin (health checks). The service closes the producer and the
 * admin after its consumer has stopped.
 */
export const kafkaProviders = (options: KafkaProvidersOptions): Provider[] => [
  {
    provide: KAFKA_MESSAGING,
    useFactory: () =>
      new KafkaMessaging({
        brokers: options.config.KAFKA_BROKERS,
        clientId: options.config.KAFKA_CLIENT_ID ?? options.defaultClientId,
        logger: fieldsLoggerOf(options.logger.child({ component: 'kafka' })),
        consumerFetch: consumerFetchOf(options.config),
      }),
  },
  {
    provide: KAFKA_PUBLISHER,
    inject: [KAFKA_MESSAGING],
    useFactory: async (messaging: KafkaMessaging) => {
      // sends in flight together (outputs and dead letters) go as one acknowledged send
      const publisher = new CoalescingPublisher(messaging.createPublisher());
      await publisher.connect();
      return publisher;
    },
  },
  { provide: KAFKA_ADMIN, inject: [KAFKA_MESSAGING], useFactory: (messaging: KafkaMessaging) => messaging.createAdmin() },
];
