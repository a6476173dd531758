import 'reflect-metadata';
import { bootstrapHttpService, createLogger, parseConfig, runService } from '@jobstream/platform';
import { searchConfigSchema } from './config/search.config';
import { SearchModule } from './search.module';

/** The search service: projects `postings.enriched.v1` into MongoDB and serves the search API. */
runService('search', async () => {
  const config = parseConfig(searchConfigSchema);
  const logger = createLogger({ name: 'search', level: config.LOG_LEVEL });
  await bootstrapHttpService(SearchModule.forRoot(config, logger), {
    name: 'search',
    port: config.SEARCH_PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
});
