import type { HttpService } from '@jobstream/platform';
import { KEYS, bearer, startIngest } from './ingest-app.fixture';

/**
 * Kafka unreachable: ingest must never answer 202 for an event it did not write. The app points at
 * a closed port (stopping the shared broker would disturb other suites; the stop/start of the real
 * broker is the pipeline test's job).
 */
describe('ingest with Kafka unreachable', () => {
  let service: HttpService;

  beforeAll(async () => {
    service = await startIngest({
      KAFKA_BROKERS: '127.0.0.1:1',
      KAFKA_TOPIC_PREFIX: 'unreachable',
      INGEST_PUBLISH_TIMEOUT_MS: '1500',
      INGEST_INBOUND_CONSUMER: 'false',
    });
  });
  afterAll(() => service?.close());

  it('Given a valid posting, When posted, Then 503 BROKER.UNAVAILABLE with Retry-After', async () => {
    const res = await fetch(`${service.url}/v1/postings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(KEYS.acme) },
      body: JSON.stringify({ source: 'acme', externalId: 'x', title: 'Welder', description: 'Weld steel.' }),
    });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BROKER.UNAVAILABLE');
  });

  it('Given a batch, When posted, Then 503 as well (no per-item 202)', async () => {
    const res = await fetch(`${service.url}/v1/postings/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(KEYS.acme) },
      body: JSON.stringify([{ source: 'acme', externalId: 'y', title: 'Welder', description: 'Weld steel.' }]),
    });
    expect(res.status).toBe(503);
  });

  it('Given Kafka is unreachable, When /health/ready is asked, Then 503 naming kafka; /health/live stays 200', async () => {
    const ready = await fetch(`${service.url}/health/ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { checks: { kafka: { status: string } } };
    expect(body.checks.kafka.status).toBe('error');
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
  });
});
