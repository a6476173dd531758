import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { z } from 'zod';
import {
  booleanVar,
  kafkaConfigShape,
  keyValuePairsVar,
  logConfigShape,
  mongoConfigShape,
  parseConfig,
  portVar,
} from './parse-config';

const schema = z.object({
  ...kafkaConfigShape,
  ...mongoConfigShape,
  ...logConfigShape,
  INGEST_PORT: portVar(3001),
  INGEST_AUTH_OFF: booleanVar(false),
  INGEST_API_KEYS: keyValuePairsVar(),
});

const failureOf = (env: Record<string, string>): JobstreamError => {
  try {
    parseConfig(schema, env);
  } catch (e) {
    if (e instanceof JobstreamError) return e;
    throw e;
  }
  throw new Error('expected parseConfig to throw');
};

describe('parseConfig', () => {
  it('Given an empty environment, When parsed, Then every default applies', () => {
    const config = parseConfig(schema, {});
    expect(config).toEqual({
      KAFKA_BROKERS: ['localhost:9092'],
      KAFKA_FETCH_MIN_BYTES: 65536,
      KAFKA_FETCH_MAX_WAIT_MS: 100,
      MONGO_URL: 'mongodb://127.0.0.1:27017/jobstream',
      LOG_LEVEL: 'info',
      INGEST_PORT: 3001,
      INGEST_AUTH_OFF: false,
      INGEST_API_KEYS: {},
    });
  });

  it('Given valid values, When parsed, Then they are typed (lists split, ports numbers, pairs mapped)', () => {
    const config = parseConfig(schema, {
      KAFKA_BROKERS: 'k1:9092, k2:9093',
      KAFKA_TOPIC_PREFIX: 't42',
      INGEST_PORT: '0',
      INGEST_AUTH_OFF: 'on',
      INGEST_API_KEYS: 'acme=secret=1,globex=k2',
      LOG_LEVEL: 'debug',
    });
    expect(config.KAFKA_BROKERS).toEqual(['k1:9092', 'k2:9093']);
    expect(config.KAFKA_TOPIC_PREFIX).toBe('t42');
    expect(config.INGEST_PORT).toBe(0);
    expect(config.INGEST_AUTH_OFF).toBe(true);
    expect(config.INGEST_API_KEYS).toEqual({ acme: 'secret=1', globex: 'k2' });
    expect(config.LOG_LEVEL).toBe('debug');
  });

  it('Given empty strings, When parsed, Then they count as unset', () => {
    expect(parseConfig(schema, { KAFKA_BROKERS: '', INGEST_PORT: ' ' }).INGEST_PORT).toBe(3001);
  });

  it('Given several bad variables, When parsed, Then one CONFIG.INVALID error lists each with its reason', () => {
    const error = failureOf({
      KAFKA_BROKERS: 'no-port-here',
      INGEST_PORT: '70000',
      MONGO_URL: 'http://x',
      LOG_LEVEL: 'loud',
      INGEST_AUTH_OFF: 'maybe',
      INGEST_API_KEYS: 'acme',
    });
    expect(error.code).toBe(ErrorCodes.configInvalid);
    expect(error.issues.map((i) => i.path).sort()).toEqual(
      ['INGEST_API_KEYS', 'INGEST_AUTH_OFF', 'INGEST_PORT', 'KAFKA_BROKERS', 'LOG_LEVEL', 'MONGO_URL'].sort(),
    );
    expect(error.message).toContain('KAFKA_BROKERS: must be a comma-separated list of host:port');
    expect(error.message).toContain('INGEST_PORT: must be between 0 and 65535');
    expect(error.message).toContain('INGEST_API_KEYS: "acme" is not a key=value pair');
  });

  it('Given a port that is not a number, When parsed, Then the reason says so', () => {
    expect(failureOf({ INGEST_PORT: 'abc' }).issues).toEqual([
      expect.objectContaining({ path: 'INGEST_PORT', message: 'must be a port number' }),
    ]);
  });
});
