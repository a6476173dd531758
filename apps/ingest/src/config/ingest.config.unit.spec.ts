import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { parseConfig } from '@jobstream/platform';
import { sha256Hex } from '../auth/api-key.auth';
import { loadAuthPolicy } from '../ingest.module';
import { ingestConfigSchema } from './ingest.config';

describe('ingest configuration', () => {
  it('Given an empty environment, When parsed, Then the documented defaults', () => {
    const config = parseConfig(ingestConfigSchema, {});
    expect(config).toMatchObject({
      KAFKA_BROKERS: ['localhost:9092'],
      INGEST_PORT: 3001,
      INGEST_AUTH: 'on',
      INGEST_MAX_BODY_BYTES: 1024 * 1024,
      INGEST_INBOUND_CONSUMER: true,
      INGEST_INBOUND_GROUP: 'ingest-inbound',
      INGEST_API_KEYS: {},
      INGEST_WEBHOOK_SECRETS: {},
    });
  });

  it('Given a keys file, When the policy is loaded, Then its hashed keys are enforced', () => {
    const config = parseConfig(ingestConfigSchema, { INGEST_API_KEYS_FILE: '/etc/jobstream/keys.json' });
    const policy = loadAuthPolicy(config, (path) => {
      expect(path).toBe('/etc/jobstream/keys.json');
      return JSON.stringify({ acme: sha256Hex('k1') });
    });
    expect(policy).toEqual({ mode: 'keys', keys: [{ source: 'acme', sha256: sha256Hex('k1') }] });
  });

  it('Given a keys file that cannot be read, When the policy is loaded, Then CONFIG.INVALID naming the variable', () => {
    const config = parseConfig(ingestConfigSchema, { INGEST_API_KEYS_FILE: '/nope.json' });
    let error: unknown;
    try {
      loadAuthPolicy(config, () => {
        throw new Error('ENOENT');
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JobstreamError);
    expect(error).toMatchObject({ code: ErrorCodes.configInvalid, issues: [{ path: 'INGEST_API_KEYS_FILE' }] });
  });
});
