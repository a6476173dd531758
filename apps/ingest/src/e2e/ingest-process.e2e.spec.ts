import { postingIdOf } from '@jobstream/contracts';
import { createTestTopics, deleteTestTopics, spawnService, uniquePrefix, waitFor, type ServiceProcess } from '@jobstream/testing';

/** The real process (`apps/ingest/src/main.ts`): start, serve, log, and stop cleanly on SIGTERM. */
describe('the ingest process', () => {
  const prefix = uniquePrefix('ingest-process');
  let service: ServiceProcess;

  beforeAll(async () => {
    await createTestTopics(prefix);
    service = await spawnService('ingest', { KAFKA_TOPIC_PREFIX: prefix, INGEST_AUTH: 'off', INGEST_API_KEYS: '', INGEST_API_KEYS_FILE: '' });
  });
  afterAll(async () => {
    if (service?.isRunning()) await service.kill('SIGKILL');
    await deleteTestTopics(prefix);
  });

  it('Given INGEST_AUTH=off and no keys, When started, Then it says so loudly and accepts writes', async () => {
    expect(service.output()).toContain('AUTHENTICATION IS OFF');
    const res = await fetch(`${service.url}/v1/postings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ source: 'demo', externalId: 'proc-1', title: 'Electrician', description: 'Install wiring.' }),
    });
    expect(res.status).toBe(202);
    expect(((await res.json()) as { postingId: string }).postingId).toBe(postingIdOf('demo', 'proc-1'));
  });

  it('Given requests were served, Then the logs are JSON lines with the request line', async () => {
    const line = await waitFor(() =>
      service
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l['msg'] === 'http request' && l['path'] === '/v1/postings'),
    );
    expect(line).toMatchObject({ service: 'ingest', method: 'POST', status: 202 });
  });

  it('Given SIGTERM, When the service stops, Then it finishes and exits 0', async () => {
    expect(await service.kill('SIGTERM')).toBe(0);
    expect(service.output()).toContain('shutdown complete');
  });
});
