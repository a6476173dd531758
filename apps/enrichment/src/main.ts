import 'reflect-metadata';
import { bootstrapHttpService, createLogger, parseConfig, runService } from '@jobstream/platform';
import { enrichmentConfigSchema } from './config/enrichment.config';
import { EnrichmentModule } from './enrichment.module';

/** The enrichment service: a Kafka consumer/producer with a small HTTP server for health and metrics. */
runService('enrichment', async () => {
  const config = parseConfig(enrichmentConfigSchema);
  const logger = createLogger({ name: 'enrichment', level: config.LOG_LEVEL });
  await bootstrapHttpService(EnrichmentModule.forRoot(config, logger), {
    name: 'enrichment',
    port: config.ENRICHMENT_PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
});
