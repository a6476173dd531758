import 'reflect-metadata';
import { bootstrapHttpService, createLogger, parseConfig, runService } from '@jobstream/platform';
import { ingestConfigSchema } from './config/ingest.config';
import { IngestModule } from './ingest.module';

runService('ingest', async () => {
  const config = parseConfig(ingestConfigSchema);
  const logger = createLogger({ name: 'ingest', level: config.LOG_LEVEL });
  await bootstrapHttpService(IngestModule.register({ config, logger }), {
    name: 'ingest',
    port: config.INGEST_PORT,
    logger,
    body: { mode: 'raw', limitBytes: config.INGEST_MAX_BODY_BYTES },
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
});
