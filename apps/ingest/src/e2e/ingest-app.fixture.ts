import { Writable } from 'node:stream';
import { createHttpService, createLogger, parseConfig, type HttpService } from '@jobstream/platform';
import { ingestConfigSchema } from '../config/ingest.config';
import { IngestModule } from '../ingest.module';
import { InboundConsumer } from '../inbound/inbound.consumer';

/** Test keys and secrets of the e2e apps. */
export const KEYS = { acme: 'key-acme-1', globex: 'key-globex-1' };
export const WEBHOOK_SECRETS = { acme: 'whsec-acme' };

/**
 * Starts the ingest app in this process on a free port with `env` over test defaults (API keys for
 * acme and globex, a webhook secret for acme, 64 KiB body limit), and waits for its inbound consumer.
 * Logs go nowhere unless JOBSTREAM_TEST_LOG is set.
 */
export const startIngest = async (env: Record<string, string>): Promise<HttpService> => {
  const config = parseConfig(ingestConfigSchema, {
    INGEST_API_KEYS: Object.entries(KEYS).map(([s, k]) => `${s}=${k}`).join(','),
    INGEST_WEBHOOK_SECRETS: Object.entries(WEBHOOK_SECRETS).map(([s, k]) => `${s}=${k}`).join(','),
    INGEST_MAX_BODY_BYTES: String(64 * 1024),
    INGEST_PORT: '0',
    ...env,
  });
  const quiet = new Writable({ write: (_c, _e, cb) => cb() });
  const logger = createLogger({
    name: 'ingest',
    level: process.env['JOBSTREAM_TEST_LOG'] ? 'debug' : 'info',
    destination: process.env['JOBSTREAM_TEST_LOG'] ? undefined : quiet,
  });
  const service = await createHttpService(IngestModule.register({ config, logger }), {
    name: 'ingest',
    port: 0,
    host: '127.0.0.1',
    logger,
    body: { mode: 'raw', limitBytes: config.INGEST_MAX_BODY_BYTES },
    handleSignals: false,
  });
  await service.app.get(InboundConsumer).ready();
  return service;
};

export const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });
