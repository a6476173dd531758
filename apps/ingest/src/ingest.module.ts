import { readFileSync } from 'node:fs';
import { Module, type DynamicModule } from '@nestjs/common';
import { ErrorCodes, JobstreamError, Topics, topicName } from '@jobstream/contracts';
import { CoalescingPublisher, KafkaMessaging, type EventPublisher, type KafkaAdmin } from '@jobstream/messaging';
import { HealthModule, consumerFetchOf, fieldsLoggerOf, type Logger } from '@jobstream/platform';
import {
  APP_LOGGER,
  AUTH_POLICY,
  CLOCK,
  EVENT_PUBLISHER,
  INGEST_CONFIG,
  INGEST_TOPICS,
  KAFKA_ADMIN,
  KAFKA_MESSAGING,
  type Clock,
  type IngestTopics,
} from './ingest.tokens';
import type { IngestConfig } from './config/ingest.config';
import { authPolicyOf, type AuthPolicy } from './auth/api-key.auth';
import { IngestService } from './ingest/ingest.service';
import { PostingsController } from './http/postings.controller';
import { WebhooksController } from './http/webhooks.controller';
import { InboundConsumer } from './inbound/inbound.consumer';

export interface IngestModuleOptions {
  config: IngestConfig;
  logger: Logger;
  clock?: Clock;
  readFile?: (path: string) => string;
}

/** Reads the keys file and builds the auth policy; CONFIG.INVALID when the file cannot be read. */
export const loadAuthPolicy = (config: IngestConfig, readFile: (path: string) => string): AuthPolicy => {
  let apiKeysFile: { path: string; content: string } | undefined;
  if (config.INGEST_API_KEYS_FILE) {
    const path = config.INGEST_API_KEYS_FILE;
    try {
      apiKeysFile = { path, content: readFile(path) };
    } catch (e) {
      throw new JobstreamError(ErrorCodes.configInvalid, `Invalid configuration: INGEST_API_KEYS_FILE: cannot read ${path}: ${(e as Error).message}`, [
        { path: 'INGEST_API_KEYS_FILE', message: `cannot read ${path}`, code: 'unreadable' },
      ]);
    }
  }
  return authPolicyOf({ apiKeys: config.INGEST_API_KEYS, apiKeysFile, authSetting: config.INGEST_AUTH });
};

const announcePolicy = (policy: AuthPolicy, config: IngestConfig, logger: Logger): void => {
  if (policy.mode === 'off') {
    logger.warn(
      { INGEST_AUTH: 'off' },
      '!!! AUTHENTICATION IS OFF: INGEST_AUTH=off and no API key is configured, so ANY caller may write postings of ANY source. Use only on a local stack. !!!',
    );
  } else if (policy.mode === 'closed') {
    logger.warn('no API key configured (INGEST_API_KEYS / INGEST_API_KEYS_FILE): every write will be refused with 401');
  } else {
    logger.info({ sources: policy.keys.map((k) => k.source) }, 'API keys loaded');
    if (config.INGEST_AUTH === 'off') logger.warn('INGEST_AUTH=off is ignored: API keys are configured and always enforced');
  }
};

/** The ingest service: HTTP endpoints, the inbound consumer, health. Built from a validated config. */
@Module({})
export class IngestModule {
  static register(options: IngestModuleOptions): DynamicModule {
    const { config, logger } = options;
    const policy = loadAuthPolicy(config, options.readFile ?? ((p) => readFileSync(p, 'utf8')));
    announcePolicy(policy, config, logger);
    const prefix = config.KAFKA_TOPIC_PREFIX;
    const topics: IngestTopics = { inbound: topicName(prefix, Topics.inbound), ingested: topicName(prefix, Topics.ingested) };
    const messaging = new KafkaMessaging({
      brokers: config.KAFKA_BROKERS,
      clientId: config.KAFKA_CLIENT_ID ?? 'jobstream-ingest',
      logger: fieldsLoggerOf(logger.child({ component: 'kafka' })),
      connectionTimeoutMs: Math.min(3000, config.INGEST_PUBLISH_TIMEOUT_MS),
      requestTimeoutMs: Math.max(config.INGEST_PUBLISH_TIMEOUT_MS, 5000),
      consumerFetch: consumerFetchOf(config),
    });
    // concurrent requests share one acknowledged send (see CoalescingPublisher)
    const publisher: EventPublisher = new CoalescingPublisher(
      messaging.createPublisher({
        publishTimeoutMs: config.INGEST_PUBLISH_TIMEOUT_MS,
        ackTimeoutMs: config.INGEST_PUBLISH_TIMEOUT_MS,
        retries: 3,
        maxRetryTimeMs: 1000,
      }),
      2000,
      config.INGEST_PUBLISH_LINGER_MS,
    );
    const admin: KafkaAdmin = messaging.createAdmin();
    return {
      module: IngestModule,
      imports: [
        HealthModule.register({
          checks: [{ name: 'kafka', check: () => admin.ping(2000), timeoutMs: 2500 }],
        }),
      ],
      controllers: [PostingsController, WebhooksController],
      providers: [
        { provide: INGEST_CONFIG, useValue: config },
        { provide: APP_LOGGER, useValue: logger },
        { provide: CLOCK, useValue: options.clock ?? (() => new Date()) },
        { provide: AUTH_POLICY, useValue: policy },
        { provide: INGEST_TOPICS, useValue: topics },
        { provide: KAFKA_MESSAGING, useValue: messaging },
        { provide: EVENT_PUBLISHER, useValue: publisher },
        { provide: KAFKA_ADMIN, useValue: admin },
        IngestService,
        InboundConsumer,
        {
          provide: 'KAFKA_ADMIN_CLOSER',
          inject: [KAFKA_ADMIN],
          useFactory: (a: KafkaAdmin) => ({ onApplicationShutdown: () => a.close().catch(() => undefined) }),
        },
      ],
    };
  }
}
