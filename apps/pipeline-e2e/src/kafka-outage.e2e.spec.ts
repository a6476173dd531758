import { kafkaCtl, waitFor } from '@jobstream/testing';
import { postJson, startPipeline, waitForPosting, type Pipeline } from './pipeline';

// Stops the (shared) broker: the integration project runs test files one at a time.
describe('Kafka outage', () => {
  let p: Pipeline;
  beforeAll(async () => {
    p = await startPipeline('outage');
  }, 180_000);
  afterAll(async () => {
    await kafkaCtl('start');
    await p?.stop();
  }, 180_000);

  const posting = (n: number) => ({
    source: 'outage-ats',
    externalId: `o-${n}`,
    title: `Platform Engineer ${n}`,
    description: 'Terraform, AWS and Kubernetes; 3+ years of experience.',
  });

  it('Given Kafka stopped, Then ingest answers 503 with Retry-After; after a restart the pipeline carries on and nothing accepted is lost', async () => {
    const before = await postJson(`${p.ingest.url}/v1/postings`, posting(1));
    expect(before.status).toBe(202);

    await kafkaCtl('stop');
    const during = await postJson(`${p.ingest.url}/v1/postings`, posting(2));
    expect(during.status).toBe(503);
    expect(during.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((during.body['error'] as { code: string }).code).toBe('BROKER.UNAVAILABLE');
    const ready = await fetch(`${p.ingest.url}/health/ready`);
    expect(ready.status).toBe(503);

    await kafkaCtl('start');
    const after = await waitFor(
      async () => {
        const r = await postJson(`${p.ingest.url}/v1/postings`, posting(3));
        return r.status === 202 ? r : undefined;
      },
      { timeout: 90_000, interval: 1000, message: 'ingest did not accept again after Kafka restarted' },
    );
    // the posting accepted before the outage and the one after are both searchable; the refused one was never accepted
    await waitForPosting(p, before.body['postingId'] as string, () => true, 90_000);
    await waitForPosting(p, after.body['postingId'] as string, () => true, 90_000);
  });
});
