import { Topics, dlqOf, topicName, type PostingEnrichedV1 } from '@jobstream/contracts';
import { DlqHeaders, encodeEvent, type EventPublisher, type KafkaAdmin, type OutboundMessage } from '@jobstream/messaging';
import {
  consumeAll,
  createTestTopics,
  deleteTestTopics,
  spawnService,
  testMessaging,
  testMongoUrl,
  uniquePrefix,
  waitFor,
  type ServiceProcess,
} from '@jobstream/testing';
import { closedEvent, enrichedEvent } from '../../../../libs/read-model/src/testing/events.fixture';
import { PostingsRepository, type SearchResult } from '@jobstream/read-model';

/**
 * The search service as a real process on the real broker and store: CloudEvents on a prefixed
 * `postings.enriched.v1` in, searchable postings out. Own topic prefix and own database.
 */
describe('search service on a real Kafka broker and MongoDB-wire store', () => {
  const prefix = uniquePrefix('search-e2e');
  const enriched = topicName(prefix, Topics.enriched);
  const enrichedDlq = topicName(prefix, dlqOf(Topics.enriched));
  const group = topicName(prefix, 'search-projection');
  let service: ServiceProcess;
  let publisher: EventPublisher;
  let admin: KafkaAdmin;
  let mongoUrl: string;

  const publish = (...events: Array<{ type: string; postingId: string }>): Promise<void> =>
    publisher.publish(enriched, events.map((e) => encodeEvent(e, { source: '/jobstream/enrichment' })));
  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${service.url}${path}`);
    return { status: res.status, body: (await res.json()) as T };
  };
  const search = async (qs: string): Promise<SearchResult> => {
    const res = await get<SearchResult>(`/v1/search?${qs}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  /** Everything published so far has been projected and committed by the search group. */
  const caughtUp = () =>
    waitFor(async () => {
      const [ends, committed] = await Promise.all([admin.topicOffsets(enriched), admin.committedOffsets(group, enriched)]);
      return ends.every((e) => BigInt(e.high) === 0n || committed.find((c) => c.partition === e.partition)?.offset === e.high);
    }, { timeout: 30_000, message: 'search projection to commit every published message' });

  beforeAll(async () => {
    await createTestTopics(prefix);
    const messaging = testMessaging('search-e2e');
    publisher = messaging.createPublisher();
    await publisher.connect();
    admin = messaging.createAdmin();
    const url = new URL(testMongoUrl());
    url.pathname = `/${prefix}`;
    mongoUrl = url.toString();
    service = await spawnService('search', { KAFKA_TOPIC_PREFIX: prefix, MONGO_URL: mongoUrl });
  });

  afterAll(async () => {
    await service?.kill('SIGTERM');
    await publisher?.disconnect().catch(() => undefined);
    await admin?.close().catch(() => undefined);
    const repo = await PostingsRepository.connect(mongoUrl).catch(() => null);
    await repo?.connection.dropDatabase().catch(() => undefined);
    await repo?.close();
    await deleteTestTopics(prefix);
  });

  const platform = (id: string, version = 1): PostingEnrichedV1 =>
    enrichedEvent({
      postingId: id,
      version,
      title: 'Senior Platform Engineer',
      description: 'Run Kubernetes and write Go. 5+ years of experience.',
      skills: [
        { id: 'kubernetes', name: 'Kubernetes', aliases: ['k8s'] },
        { id: 'go', name: 'Go', requirement: 'preferred' },
      ],
      level: 'senior',
      minYears: 5,
      updatedAt: `2026-03-0${version}T00:00:00.000Z`,
    });

  it('Given enriched events on the topic, When projected, Then postings are searchable by skills and level, with evidence', async () => {
    await publish(
      platform('e2e-a'),
      enrichedEvent({ postingId: 'e2e-b', title: 'Nurse', description: 'Patient care.', skills: [{ id: 'patient-care', name: 'Patient care' }], level: 'mid' }),
    );
    const result = await waitFor(async () => {
      const r = await search('skills=kubernetes&seniority=senior,staff');
      return r.items.length === 1 ? r : undefined;
    }, { message: 'posting e2e-a searchable' });
    expect(result.items[0]).toMatchObject({
      postingId: 'e2e-a',
      title: 'Senior Platform Engineer',
      company: 'Acme',
      location: 'Berlin',
      seniority: 'senior',
      experience: { minYears: 5, maxYears: null },
    });
    expect(result.items[0].skills.map((s) => s.id)).toEqual(['kubernetes', 'go']);
    expect(result.facets.seniority).toEqual([{ level: 'senior', count: 1 }]);

    const detail = await get<{ posting: { title: string }; enrichment: { skills: Array<{ id: string; evidence: Array<{ start: number; end: number; text: string }> }> } }>('/v1/postings/e2e-a');
    expect(detail.status).toBe(200);
    const text = `${detail.body.posting.title}\n${platform('e2e-a').posting.description}`;
    for (const skill of detail.body.enrichment.skills) {
      for (const ev of skill.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
    expect(detail.body.enrichment.skills.find((s) => s.id === 'kubernetes')?.evidence[0].text).toBe('Kubernetes');
    expect((await search('skills=patient%20care')).items.map((i) => i.postingId)).toEqual(['e2e-b']);
  });

  it('Given duplicate and out-of-order events, When projected, Then the posting converges on the newest version', async () => {
    await publish(platform('e2e-c', 3), platform('e2e-c', 1), platform('e2e-c', 3), platform('e2e-c', 2));
    await caughtUp();
    const detail = await get<{ version: number; posting: { updatedAt: string } }>('/v1/postings/e2e-c');
    expect(detail.body).toMatchObject({ version: 3, posting: { updatedAt: '2026-03-03T00:00:00.000Z' } });
  });

  it('Given a posting, When it is closed (and a stale upsert replayed), Then it disappears from search', async () => {
    await publish(platform('e2e-d'));
    await waitFor(async () => (await search('skills=k8s')).items.some((i) => i.postingId === 'e2e-d'));
    await publish(closedEvent('e2e-d', 2), platform('e2e-d', 1));
    await caughtUp();
    expect((await search('skills=k8s')).items.map((i) => i.postingId)).not.toContain('e2e-d');
    expect((await get<{ status: string }>('/v1/postings/e2e-d')).body.status).toBe('closed');
  });

  it('Given a poison message, When consumed, Then it lands in the DLQ with its reason and the next message is processed', async () => {
    const good = encodeEvent(platform('e2e-after-poison'), { source: '/test' });
    const poison: OutboundMessage = { key: 'e2e-after-poison', value: '{"not": "an event"', headers: good.headers };
    // same key: same partition, so the good message comes after the poison in the stream
    await publisher.publish(enriched, [poison, good]);
    await waitFor(async () => (await search('skills=kubernetes')).items.some((i) => i.postingId === 'e2e-after-poison'), {
      message: 'message after the poison projected',
    });
    const dead = await consumeAll(enrichedDlq, { until: (m) => m.length >= 1 });
    expect(dead).toHaveLength(1);
    expect(dead[0].value?.toString()).toBe('{"not": "an event"');
    expect(dead[0].headers[DlqHeaders.code]).toBe('EVENT.UNREADABLE');
    expect(dead[0].headers[DlqHeaders.reason]).toMatch(/not JSON/);
    expect(dead[0].headers[DlqHeaders.originalTopic]).toBe(enriched);
  });

  it('Given an operator smuggled into a parameter, When searching, Then 400 QUERY.INVALID names the field', async () => {
    const smuggled = await get<{ error: { code: string; issues: Array<{ path: string }> } }>('/v1/search?skills[$ne]=x');
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.error.code).toBe('QUERY.INVALID');
    expect(smuggled.body.error.issues.map((i) => i.path)).toEqual(['skills[$ne]']);
    const dollar = await get<{ error: { issues: Array<{ path: string }> } }>('/v1/search?company=%24gt');
    expect(dollar.status).toBe(400);
    expect(dollar.body.error.issues.map((i) => i.path)).toEqual(['company']);
    const limit = await get<{ error: { issues: Array<{ path: string }> } }>('/v1/search?limit=1000&seniority=wizard');
    expect(limit.status).toBe(400);
    expect(limit.body.error.issues.map((i) => i.path).sort()).toEqual(['limit', 'seniority[0]']);
  });

  it('Given an unknown posting id, When read, Then 404 POSTING.NOT_FOUND', async () => {
    const res = await get<{ error: { code: string } }>('/v1/postings/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('POSTING.NOT_FOUND');
  });

  it('Given the service, When probed, Then ready reports Kafka and MongoDB, and SIGTERM exits cleanly', async () => {
    const ready = await get<{ status: string; checks: Record<string, { status: string }> }>('/health/ready');
    expect(ready.status).toBe(200);
    expect(Object.keys(ready.body.checks).sort()).toEqual(['consumer', 'kafka', 'mongodb']);
    expect(await service.kill('SIGTERM')).toBe(0);
  });
});
