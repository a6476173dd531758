import { parseConfig } from '@jobstream/platform';
import { JobstreamError } from '@jobstream/contracts';
import { searchConfigSchema } from './search.config';

describe('search service configuration', () => {
  it('Given an empty environment, When parsed, Then the local defaults apply', () => {
    expect(parseConfig(searchConfigSchema, {})).toMatchObject({
      KAFKA_BROKERS: ['localhost:9092'],
      SEARCH_PORT: 3003,
      SEARCH_GROUP: 'search-projection',
    });
  });

  it('Given bad variables, When parsed, Then one CONFIG.INVALID error lists each of them', () => {
    let error: unknown;
    try {
      parseConfig(searchConfigSchema, { KAFKA_BROKERS: 'nohostport', MONGO_URL: 'http://x', SEARCH_PORT: '70000', KAFKA_TOPIC_PREFIX: 'a b' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JobstreamError);
    expect((error as JobstreamError).code).toBe('CONFIG.INVALID');
    expect((error as JobstreamError).issues.map((i) => i.path).sort()).toEqual(['KAFKA_BROKERS', 'KAFKA_TOPIC_PREFIX', 'MONGO_URL', 'SEARCH_PORT']);
  });
});
