import {
  CloudEventHeadersSchema,
  EventTypes,
  IngestedEventSchema,
  Topics,
  dlqOf,
  postingIdOf,
  topicName,
} from '@jobstream/contracts';
import { DlqHeaders, type BatchConsumer, type EventPublisher, type InboundMessage, type KafkaAdmin } from '@jobstream/messaging';
import { greenhouseSignatureOf } from '@jobstream/postings';
import type { HttpService } from '@jobstream/platform';
import { createTestTopics, deleteTestTopics, testBrokers, testMessaging, uniquePrefix, waitFor } from '@jobstream/testing';
import { KEYS, WEBHOOK_SECRETS, bearer, startIngest } from './ingest-app.fixture';

/**
 * The ingest service on the real broker: HTTP in, CloudEvents on `postings.ingested.v1` out, and the
 * inbound topic consumed. Every test file has its own topic prefix.
 */
describe('ingest on a real Kafka broker', () => {
  const prefix = uniquePrefix('ingest-e2e');
  const ingested = topicName(prefix, Topics.ingested);
  const inbound = topicName(prefix, Topics.inbound);
  const inboundDlq = topicName(prefix, dlqOf(Topics.inbound));
  let service: HttpService;
  let admin: KafkaAdmin;
  let reader: BatchConsumer;
  let producer: EventPublisher;
  const seen: InboundMessage[] = [];

  const endOf = async (topic: string): Promise<bigint> =>
    (await admin.topicOffsets(topic)).reduce((sum, p) => sum + BigInt(p.high), 0n);
  const eventsFor = (postingId: string, count = 1): Promise<InboundMessage[]> =>
    waitFor(() => {
      const found = seen.filter((m) => m.topic === ingested && m.key === postingId);
      return found.length >= count ? found : undefined;
    }, { timeout: 20_000, message: `events of ${postingId} on ${ingested}` });
  const post = (path: string, body: string, headers: Record<string, string>): Promise<Response> =>
    fetch(`${service.url}${path}`, { method: 'POST', headers, body });
  const json = { 'content-type': 'application/json' };
  const posting = (externalId: string, extra: Record<string, unknown> = {}) => ({
    source: 'acme',
    externalId,
    title: 'Senior Backend Engineer',
    description: '<p>Build APIs in <b>Go</b> and run them on Kubernetes. 5+ years of experience.</p>',
    company: 'Acme',
    location: 'Berlin, Germany',
    url: 'https://jobs.acme.example/42',
    ...extra,
  });

  beforeAll(async () => {
    await createTestTopics(prefix);
    const messaging = testMessaging('ingest-e2e');
    admin = messaging.createAdmin();
    producer = messaging.createPublisher();
    reader = messaging.createBatchConsumer({ groupId: `${prefix}.reader`, topics: [ingested, inboundDlq], fromBeginning: true, maxWaitTimeMs: 100 });
    await reader.start(async (batch) => {
      seen.push(...batch);
    });
    service = await startIngest({ KAFKA_BROKERS: testBrokers().join(','), KAFKA_TOPIC_PREFIX: prefix });
  });

  afterAll(async () => {
    await service?.close();
    await reader?.stop();
    await producer?.disconnect().catch(() => undefined);
    await admin?.close();
    await deleteTestTopics(prefix);
  });

  describe('POST /v1/postings', () => {
    it('Given a valid posting, When posted, Then 202 {postingId, version} only once the CloudEvent is on the topic', async () => {
      const before = await endOf(ingested);
      const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
      const res = await post('/v1/postings', JSON.stringify(posting('p-1', { updatedAt: '2026-11-01T09:00:00Z' })), {
        ...json,
        ...bearer(KEYS.acme),
        traceparent,
      });
      expect(res.status).toBe(202);
      const body = (await res.json()) as { postingId: string; version: number };
      expect(body).toEqual({ postingId: postingIdOf('acme', 'p-1'), version: Date.parse('2026-11-01T09:00:00Z') });
      // acknowledged before the answer: the end offset already counts it, no waiting
      expect(await endOf(ingested)).toBe(before + 1n);

      const [message] = await eventsFor(body.postingId);
      const headers = CloudEventHeadersSchema.parse(message.headers);
      expect(headers).toMatchObject({ ce_type: EventTypes.postingUpserted, ce_specversion: '1.0', 'content-type': 'application/json' });
      expect(headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
      const event = IngestedEventSchema.parse(JSON.parse(String(message.value)));
      expect(event).toMatchObject({ type: EventTypes.postingUpserted, postingId: body.postingId, version: body.version });
      expect(event.type === EventTypes.postingUpserted && event.posting).toMatchObject({
        source: 'acme',
        externalId: 'p-1',
        title: 'Senior Backend Engineer',
        company: 'Acme',
      });
    });

    it('Given a posting without a traceparent, When posted, Then the event starts a new trace', async () => {
      const res = await post('/v1/postings', JSON.stringify(posting('p-trace')), { ...json, ...bearer(KEYS.acme) });
      expect(res.status).toBe(202);
      const [message] = await eventsFor(postingIdOf('acme', 'p-trace'));
      expect(message.headers['traceparent']).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    });

    it('Given invalid fields, When posted, Then 400 naming each field path and nothing is published', async () => {
      const before = await endOf(ingested);
      const res = await post('/v1/postings', JSON.stringify({ source: 'acme', externalId: 'bad-1', title: '', url: 'not a url' }), {
        ...json,
        ...bearer(KEYS.acme),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; issues: Array<{ path: string; message: string }> } };
      expect(body.error.code).toBe('POSTING.INVALID');
      expect(body.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['title', 'description', 'url']));
      expect(body.error.issues.every((i) => i.message.length > 0)).toBe(true);
      expect(await endOf(ingested)).toBe(before);
    });

    it('Given malformed JSON, When posted, Then 400 PAYLOAD.UNREADABLE', async () => {
      const res = await post('/v1/postings', '{"source": "acme", ', { ...json, ...bearer(KEYS.acme) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD.UNREADABLE');
    });

    it('Given a body over the size limit, When posted, Then 413', async () => {
      const res = await post('/v1/postings', JSON.stringify(posting('big', { description: 'x'.repeat(70 * 1024) })), {
        ...json,
        ...bearer(KEYS.acme),
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD.TOO_LARGE');
    });

    it('Given an unknown media type, When posted, Then 415', async () => {
      const res = await post('/v1/postings', '<job/>', { 'content-type': 'application/xml', ...bearer(KEYS.acme) });
      expect(res.status).toBe(415);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD.MEDIA_TYPE_UNSUPPORTED');
    });

    it('Given a schema.org JobPosting as JSON-LD, When posted with its media type, Then it is ingested for the key\'s source', async () => {
      const jsonld = {
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Registered Nurse',
        description: '<p>Provide patient care on a busy ward.</p>',
        identifier: { '@type': 'PropertyValue', name: 'acme', value: 'rn-7' },
        datePosted: '2026-11-01',
        hiringOrganization: { '@type': 'Organization', name: 'Acme Health' },
        jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Leeds', addressCountry: 'GB' } },
      };
      const res = await post('/v1/postings', JSON.stringify(jsonld), { 'content-type': 'application/ld+json', ...bearer(KEYS.acme) });
      expect(res.status).toBe(202);
      const { postingId } = (await res.json()) as { postingId: string };
      const [message] = await eventsFor(postingId);
      const event = IngestedEventSchema.parse(JSON.parse(String(message.value)));
      expect(event.type === EventTypes.postingUpserted && event.posting).toMatchObject({ source: 'acme', title: 'Registered Nurse' });
    });

    it('Given a plain-text file of several postings, When posted, Then 202 with an item per posting', async () => {
      const text = [
        'Senior Software Engineer - Pulse',
        'Design, develop, and maintain scalable cloud services and APIs in Go and Python. Requires 5-7 years of experience.',
        '',
        'Staff Data Engineer',
        'Own our data platform: Spark, Kafka and Airflow pipelines. 8+ years of experience.',
      ].join('\n');
      const res = await post('/v1/postings', text, { 'content-type': 'text/plain; charset=utf-8', ...bearer(KEYS.acme) });
      expect(res.status).toBe(202);
      const body = (await res.json()) as { items?: Array<{ postingId: string; status: string }> };
      expect(body.items?.length).toBeGreaterThanOrEqual(2);
      for (const item of body.items ?? []) await eventsFor(item.postingId);
    });
  });

  describe('authentication and sources', () => {
    it('Given no key, When posting, Then 401 AUTH.MISSING', async () => {
      const res = await post('/v1/postings', JSON.stringify(posting('a-1')), json);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('AUTH.MISSING');
    });

    it('Given an unknown key, When posting, Then 401 AUTH.INVALID', async () => {
      const res = await post('/v1/postings', JSON.stringify(posting('a-2')), { ...json, ...bearer('nope') });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('AUTH.INVALID');
    });

    it("Given globex's key, When writing an acme posting, Then 403 SOURCE.FORBIDDEN and nothing is published", async () => {
      const before = await endOf(ingested);
      const res = await post('/v1/postings', JSON.stringify(posting('a-3')), { ...json, ...bearer(KEYS.globex) });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('SOURCE.FORBIDDEN');
      expect(await endOf(ingested)).toBe(before);
    });
  });

  describe('POST /v1/postings/batch', () => {
    it('Given a JSON array of valid, invalid and foreign items, When posted, Then a result per item and the valid ones published', async () => {
      const items = [posting('b-1'), { ...posting('b-2'), title: '' }, { ...posting('b-3'), source: 'globex' }, posting('b-4')];
      const before = await endOf(ingested);
      const res = await post('/v1/postings/batch', JSON.stringify(items), { ...json, ...bearer(KEYS.acme) });
      expect(res.status).toBe(202);
      const body = (await res.json()) as { accepted: number; rejected: number; results: Array<Record<string, unknown>> };
      expect(body).toMatchObject({ accepted: 2, rejected: 2 });
      expect(body.results).toEqual([
        expect.objectContaining({ index: 0, status: 'accepted', postingId: postingIdOf('acme', 'b-1') }),
        expect.objectContaining({ index: 1, status: 'rejected', error: expect.objectContaining({ code: 'POSTING.INVALID', issues: [expect.objectContaining({ path: '[1].title' })] }) }),
        expect.objectContaining({ index: 2, status: 'rejected', error: expect.objectContaining({ code: 'SOURCE.FORBIDDEN' }) }),
        expect.objectContaining({ index: 3, status: 'accepted', postingId: postingIdOf('acme', 'b-4') }),
      ]);
      expect(await endOf(ingested)).toBe(before + 2n);
      await eventsFor(postingIdOf('acme', 'b-4'));
    });

    it('Given NDJSON, When posted, Then each line is an item', async () => {
      const ndjson = [posting('n-1'), posting('n-2'), posting('n-3')].map((p) => JSON.stringify(p)).join('\n');
      const res = await post('/v1/postings/batch', ndjson, { 'content-type': 'application/x-ndjson', ...bearer(KEYS.acme) });
      expect(res.status).toBe(202);
      const body = (await res.json()) as { accepted: number; results: Array<{ postingId: string }> };
      expect(body.accepted).toBe(3);
      await eventsFor(postingIdOf('acme', 'n-3'));
    });

    it('Given more than 1,000 items, When posted, Then 413 and nothing published', async () => {
      const many = Array.from({ length: 1001 }, (_, i) => ({ externalId: `m${i}`, title: 't', description: 'd' }));
      const res = await post('/v1/postings/batch', JSON.stringify(many), { ...json, ...bearer(KEYS.acme) });
      expect(res.status).toBe(413);
    });
  });

  describe('DELETE /v1/postings/{source}/{externalId}', () => {
    it('Given a posting, When deleted, Then 202 and a posting.closed.v1 event', async () => {
      const res = await fetch(`${service.url}/v1/postings/acme/p-1`, { method: 'DELETE', headers: bearer(KEYS.acme) });
      expect(res.status).toBe(202);
      const body = (await res.json()) as { postingId: string; version: number };
      expect(body.postingId).toBe(postingIdOf('acme', 'p-1'));
      const messages = await eventsFor(body.postingId, 2);
      const closed = messages.map((m) => IngestedEventSchema.parse(JSON.parse(String(m.value)))).find((e) => e.type === EventTypes.postingClosed);
      expect(closed).toMatchObject({ type: EventTypes.postingClosed, source: 'acme', externalId: 'p-1', version: body.version });
      expect(messages.find((m) => m.headers['ce_type'] === EventTypes.postingClosed)).toBeDefined();
    });

    it("Given globex's key, When deleting an acme posting, Then 403", async () => {
      const res = await fetch(`${service.url}/v1/postings/acme/p-1`, { method: 'DELETE', headers: bearer(KEYS.globex) });
      expect(res.status).toBe(403);
    });
  });

  describe('POST /v1/webhooks/greenhouse/{source}', () => {
    const hook = (id: number, title: string) =>
      JSON.stringify({
        action: 'job_post_created',
        payload: {
          job_post: {
            id,
            title,
            live: true,
            content: '&lt;p&gt;Own our &lt;strong&gt;payments&lt;/strong&gt; platform in Java.&lt;/p&gt;',
            location: { name: 'Remote - US' },
            updated_at: '2026-11-02T12:00:00Z',
            absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
          },
        },
      });

    it('Given a body signed with the source secret, When received, Then 202 and the event published', async () => {
      const body = hook(4001, 'Payments Engineer');
      const res = await post('/v1/webhooks/greenhouse/acme', body, { ...json, signature: greenhouseSignatureOf(body, WEBHOOK_SECRETS.acme) });
      expect(res.status).toBe(202);
      const { postingId } = (await res.json()) as { postingId: string };
      expect(postingId).toBe(postingIdOf('acme', '4001'));
      await eventsFor(postingId);
    });

    it('Given a bad, a missing or a replayed signature over another body, When received, Then 401 and nothing published', async () => {
      const before = await endOf(ingested);
      const original = hook(4002, 'Original');
      const tampered = hook(4002, 'Tampered');
      const signature = greenhouseSignatureOf(original, WEBHOOK_SECRETS.acme);
      const bad = await post('/v1/webhooks/greenhouse/acme', original, { ...json, signature: greenhouseSignatureOf(original, 'wrong-secret') });
      const missing = await post('/v1/webhooks/greenhouse/acme', original, json);
      const replayed = await post('/v1/webhooks/greenhouse/acme', tampered, { ...json, signature });
      const otherSource = await post('/v1/webhooks/greenhouse/globex', original, { ...json, signature });
      expect([bad.status, missing.status, replayed.status, otherSource.status]).toEqual([401, 401, 401, 401]);
      expect(((await replayed.json()) as { error: { code: string } }).error.code).toBe('AUTH.SIGNATURE_INVALID');
      expect(await endOf(ingested)).toBe(before);
    });

    it('Given a job_post_deleted webhook, When received, Then the posting is closed', async () => {
      const body = JSON.stringify({ action: 'job_post_deleted', payload: { job_post: { id: 4001, updated_at: '2026-11-03T12:00:00Z' } } });
      const res = await post('/v1/webhooks/greenhouse/acme', body, { ...json, signature: greenhouseSignatureOf(body, WEBHOOK_SECRETS.acme) });
      expect(res.status).toBe(202);
      const messages = await eventsFor(postingIdOf('acme', '4001'), 2);
      expect(messages.map((m) => m.headers['ce_type'])).toEqual([EventTypes.postingUpserted, EventTypes.postingClosed]);
    });
  });

  describe('POST /v1/webhooks/lever/{source}', () => {
    const leverPosting = JSON.stringify({
      id: 'c5b8f5a2-1f0e-4d55-9d3c-2b1d6f0a7e11',
      text: 'Warehouse Associate',
      categories: { location: 'Leeds', commitment: 'Full-time', team: 'Operations' },
      descriptionPlain: 'Pick and pack orders. Forklift certification is a plus.',
      hostedUrl: 'https://jobs.lever.co/acme/c5b8f5a2',
      createdAt: 1762000000000,
      updatedAt: 1762100000000,
    });

    it('Given a signed Lever posting, When received, Then 202 and the event published', async () => {
      const res = await post('/v1/webhooks/lever/acme', leverPosting, { ...json, signature: greenhouseSignatureOf(leverPosting, WEBHOOK_SECRETS.acme) });
      expect(res.status).toBe(202);
      const { postingId } = (await res.json()) as { postingId: string };
      expect(postingId).toBe(postingIdOf('acme', 'c5b8f5a2-1f0e-4d55-9d3c-2b1d6f0a7e11'));
      await eventsFor(postingId);
    });

    it('Given no signature, When received, Then 401', async () => {
      const res = await post('/v1/webhooks/lever/acme', leverPosting, json);
      expect(res.status).toBe(401);
    });
  });

  describe('the inbound topic', () => {
    it('Given a valid payload on postings.inbound.v1, When consumed, Then the same upserted event is published', async () => {
      await producer.publish(inbound, [
        {
          key: 'in-1',
          value: JSON.stringify({ externalId: 'in-1', title: 'Forklift Operator', description: 'Operate forklifts in our warehouse.' }),
          headers: { 'content-type': 'application/json', source: 'globex' },
        },
      ]);
      const [message] = await eventsFor(postingIdOf('globex', 'in-1'));
      expect(message.headers['ce_type']).toBe(EventTypes.postingUpserted);
      const event = IngestedEventSchema.parse(JSON.parse(String(message.value)));
      expect(event.type === EventTypes.postingUpserted && event.posting.source).toBe('globex');
    });

    it('Given an invalid payload, When consumed, Then it lands on the DLQ with the reason and the next one is processed', async () => {
      await producer.publish(inbound, [
        { key: 'bad', value: JSON.stringify({ source: 'globex', externalId: 'in-bad', title: '' }), headers: { 'content-type': 'application/json' } },
        { key: 'in-2', value: JSON.stringify({ source: 'globex', externalId: 'in-2', title: 'Driver', description: 'Deliver parcels.' }), headers: { 'content-type': 'application/json' } },
      ]);
      const dead = await waitFor(() => seen.find((m) => m.topic === inboundDlq && m.key === 'bad'), { timeout: 20_000 });
      expect(dead.headers[DlqHeaders.code]).toBe('POSTING.INVALID');
      expect(dead.headers[DlqHeaders.reason]).toContain('title');
      expect(dead.headers[DlqHeaders.originalTopic]).toBe(inbound);
      await eventsFor(postingIdOf('globex', 'in-2'));
    });
  });

  describe('health', () => {
    it('Given Kafka is up, When /health/ready is asked, Then 200 with the kafka check', async () => {
      const res = await fetch(`${service.url}/health/ready`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', checks: { kafka: { status: 'ok' } } });
    });
  });
});
