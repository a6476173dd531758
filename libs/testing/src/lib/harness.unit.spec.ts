import { parseBrokers, servicesFromEnv } from './services';
import { uniquePrefix, waitFor } from './isolation';

describe('servicesFromEnv', () => {
  it('Given KAFKA_BROKERS and MONGO_URL, When resolved, Then both are used as given', () => {
    expect(servicesFromEnv({ KAFKA_BROKERS: 'a:9092, b:9092', MONGO_URL: 'mongodb://x:27017' })).toEqual({
      kafkaBrokers: ['a:9092', 'b:9092'],
      mongoUrl: 'mongodb://x:27017',
      origin: 'env',
    });
  });
  it('Given only one of the two, When resolved, Then the env is not enough', () => {
    expect(servicesFromEnv({ KAFKA_BROKERS: 'a:9092' })).toBeNull();
    expect(servicesFromEnv({ MONGO_URL: 'mongodb://x' })).toBeNull();
    expect(parseBrokers(' , ')).toEqual([]);
  });
});

describe('uniquePrefix', () => {
  it('Given two calls, When prefixes are made, Then they differ and are valid topic prefixes and database names', () => {
    const a = uniquePrefix('x');
    const b = uniquePrefix('x');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^t[0-9a-f]{10}$/);
  });
});

describe('waitFor', () => {
  it('Given a condition that becomes true, When waited for, Then its value is returned', async () => {
    let n = 0;
    await expect(waitFor(() => (++n >= 3 ? n : false), { interval: 1 })).resolves.toBe(3);
  });
  it('Given a condition that never holds, When the time is up, Then it fails with the message and last error', async () => {
    await expect(
      waitFor(
        () => {
          throw new Error('still 0');
        },
        { timeout: 20, interval: 5, message: 'never' },
      ),
    ).rejects.toThrow(/never within 20 ms: still 0/);
  });
});
