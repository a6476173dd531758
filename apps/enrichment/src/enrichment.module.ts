import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { KafkaMessaging, type EventPublisher, type KafkaAdmin, type MessagingLogger } from '@jobstream/messaging';
import { HealthModule, type HealthCheck } from '@jobstream/platform';
import type { Logger } from 'pino';
import type { EnrichmentConfig } from './config/enrichment.config';
import { EnrichConsumer } from './enrich/enrich.consumer';
import { createEngine } from './enrich/engine.provider';
import { ENRICHER, ENRICHMENT_CONFIG, KAFKA_ADMIN, KAFKA_MESSAGING, KAFKA_PUBLISHER, LOGGER } from './tokens';

const messagingLogger = (logger: Logger): MessagingLogger => ({
  debug: (msg, fields) => logger.debug(fields ?? {}, msg),
  info: (msg, fields) => logger.info(fields ?? {}, msg),
  warn: (msg, fields) => logger.warn(fields ?? {}, msg),
  error: (msg, fields) => logger.error(fields ?? {}, msg),
});

/** Closes the shared producer and admin after the consumer has stopped (Nest calls this last). */
@Injectable()
class KafkaLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(KAFKA_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(KAFKA_ADMIN) private readonly admin: KafkaAdmin,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.disconnect().catch(() => undefined);
    await this.admin.close().catch(() => undefined);
  }
}

@Module({})
export class EnrichmentModule {
  static forRoot(config: EnrichmentConfig, logger: Logger): DynamicModule {
    const kafkaProviders = [
      { provide: ENRICHMENT_CONFIG, useValue: config },
      { provide: LOGGER, useValue: logger },
      {
        provide: KAFKA_MESSAGING,
        useFactory: () =>
          new KafkaMessaging({
            brokers: config.KAFKA_BROKERS,
            clientId: config.KAFKA_CLIENT_ID ?? 'jobstream-enrichment',
            logger: messagingLogger(logger.child({ component: 'kafka' })),
          }),
      },
      {
        provide: KAFKA_PUBLISHER,
        inject: [KAFKA_MESSAGING],
        useFactory: async (messaging: KafkaMessaging) => {
          const publisher = messaging.createPublisher();
          await publisher.connect();
          return publisher;
        },
      },
      { provide: KAFKA_ADMIN, inject: [KAFKA_MESSAGING], useFactory: (messaging: KafkaMessaging) => messaging.createAdmin() },
    ];
    return {
      module: EnrichmentModule,
      global: false,
      imports: [
        HealthModule.registerAsync({
          imports: [EnrichmentCoreModule.forRoot(kafkaProviders)],
          inject: [KAFKA_ADMIN, EnrichConsumer],
          useFactory: (admin: KafkaAdmin, consumer: EnrichConsumer): HealthCheck[] => [
            { name: 'kafka', check: () => admin.ping(2500) },
            {
              name: 'consumer',
              check: async () => {
                if (!consumer.isRunning()) throw new Error('enrichment consumer is not running');
              },
            },
          ],
        }),
      ],
    };
  }
}

/** The providers, in one module so the health module can inject them. */
@Module({})
class EnrichmentCoreModule {
  static forRoot(kafkaProviders: DynamicModule['providers']): DynamicModule {
    const providers = [...(kafkaProviders ?? []), { provide: ENRICHER, useFactory: createEngine }, EnrichConsumer, KafkaLifecycle];
    return { module: EnrichmentCoreModule, providers, exports: [KAFKA_ADMIN, EnrichConsumer] };
  }
}
