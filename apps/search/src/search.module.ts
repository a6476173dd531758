import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { EventPublisher, KafkaAdmin } from '@jobstream/messaging';
import { HealthModule, kafkaProviders, type HealthCheck } from '@jobstream/platform';
import { PostingsRepository } from '@jobstream/read-model';
import type { Logger } from 'pino';
import type { SearchConfig } from './config/search.config';
import { SearchController } from './http/search.controller';
import { ProjectionConsumer } from './projection/projection.consumer';
import { KAFKA_ADMIN, KAFKA_PUBLISHER, LOGGER, READ_MODEL, SEARCH_CONFIG } from './tokens';

/** Closes the dead-letter producer, the admin and MongoDB after the consumer has stopped (Nest calls this last). */
@Injectable()
class ConnectionsLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(KAFKA_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(KAFKA_ADMIN) private readonly admin: KafkaAdmin,
    @Inject(READ_MODEL) private readonly readModel: PostingsRepository,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.disconnect().catch(() => undefined);
    await this.admin.close().catch(() => undefined);
    await this.readModel.close().catch(() => undefined);
  }
}

/** The search service: the projection consumer and the HTTP API over the `postings` read model. */
@Module({})
export class SearchModule {
  static forRoot(config: SearchConfig, logger: Logger): DynamicModule {
    const providers = [
      { provide: SEARCH_CONFIG, useValue: config },
      { provide: LOGGER, useValue: logger },
      ...kafkaProviders({ config, defaultClientId: 'jobstream-search', logger }),
      {
        provide: READ_MODEL,
        useFactory: async () => {
          const repository = await PostingsRepository.connect(config.MONGO_URL);
          const { created } = await repository.ensureIndexes();
          if (!created) logger.info('no secondary indexes: this store (FerretDB v1) scans the collection for every query and would only pay for them on each write');
          return repository;
        },
      },
      ProjectionConsumer,
      ConnectionsLifecycle,
    ];
    const core = SearchCoreModule.forRoot(providers);
    return {
      module: SearchModule,
      imports: [
        HealthModule.registerAsync({
          imports: [core],
          inject: [KAFKA_ADMIN, READ_MODEL, ProjectionConsumer],
          useFactory: (admin: KafkaAdmin, readModel: PostingsRepository, consumer: ProjectionConsumer): HealthCheck[] => [
            { name: 'kafka', check: () => admin.ping(2500) },
            { name: 'mongodb', check: () => readModel.ping() },
            {
              name: 'consumer',
              check: async () => {
                if (!consumer.isRunning()) throw new Error('search projection consumer is not running');
              },
            },
          ],
        }),
        core,
      ],
      controllers: [SearchController],
    };
  }
}

/** The providers, in one module so the health module and the controller can inject them. */
@Module({})
class SearchCoreModule {
  static forRoot(providers: NonNullable<DynamicModule['providers']>): DynamicModule {
    return { module: SearchCoreModule, providers, exports: [KAFKA_ADMIN, READ_MODEL, ProjectionConsumer] };
  }
}
