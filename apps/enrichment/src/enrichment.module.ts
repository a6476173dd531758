import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { EventPublisher, KafkaAdmin } from '@jobstream/messaging';
import { HealthModule, kafkaProviders as sharedKafkaProviders, type HealthCheck } from '@jobstream/platform';
import type { Logger } from 'pino';
import type { EnrichmentConfig } from './config/enrichment.config';
import { EnrichConsumer } from './enrich/enrich.consumer';
import { createEngine } from './enrich/engine.provider';
import { ENRICHER, ENRICHMENT_CONFIG, KAFKA_ADMIN, KAFKA_PUBLISHER, LOGGER } from './tokens';

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
      ...sharedKafkaProviders({ config, defaultClientId: 'jobstream-enrichment', logger }),
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
