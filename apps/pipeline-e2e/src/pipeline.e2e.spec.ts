import { encodeEvent } from '@jobstream/messaging';
import { consumeAll, testMessaging, waitFor } from '@jobstream/testing';
import { cloudEventHeaders, dlqOf, EventTypes, Topics, topicName } from '@jobstream/contracts';
import { getPosting, levelOf, postJson, searchFor, startPipeline, waitDrained, waitForPosting, type Pipeline } from './pipeline';

// The whole pipeline on the real broker and store: ingest → enrichment → search, each a real process.
describe('pipeline end to end', () => {
  let p: Pipeline;
  beforeAll(async () => {
    p = await startPipeline('pipeline');
  }, 180_000);
  afterAll(async () => {
    await p?.stop();
  });

  const capture = {
    source: 'acme-ats',
    externalId: 'capture-1',
    title: 'Senior Software Engineer - Capture',
    company: 'Acme',
    location: 'Remote (US)',
    description:
      'Senior Software Engineer building real-time audio/video ingestion and media processing pipelines for telephony ' +
      'and meeting platforms (Zoom, Teams, Webex, Meet). Requires strong experience with VoIP/WebRTC, distributed ' +
      'systems, and Kubernetes. 5+ years of experience.',
    updatedAt: '2026-11-20T10:00:00.000Z',
  };

  it('Given a posting sent over HTTP, Then it becomes searchable by its skills and level, with evidence', async () => {
    const res = await postJson(`${p.ingest.url}/v1/postings`, capture);
    expect(res.status).toBe(202);
    const postingId = res.body['postingId'] as string;
    expect(res.body['version']).toBe(Date.parse(capture.updatedAt));

    const found = await waitFor(
      async () => (await searchFor(p, 'skills=Kubernetes,webrtc&match=all&seniority=senior')).items.find((i) => i.postingId === postingId),
      { timeout: 30_000, message: 'posting not found by skills=Kubernetes,webrtc&seniority=senior' },
    );
    expect(found.title).toBe(capture.title);
    expect(levelOf(found)).toBe('senior');
    expect(found.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['kubernetes', 'webrtc', 'voip']));

    const detail = await getPosting(p, postingId);
    expect(detail.status).toBe(200);
    const text = `${capture.title}\n${capture.description}`;
    const skills = (detail.body['enrichment'] as { skills: Array<{ id: string; evidence: Array<{ start: number; end: number; text: string }> }> }).skills;
    const k8s = skills.find((s) => s.id === 'kubernetes');
    expect(k8s?.evidence.length).toBeGreaterThan(0);
    for (const s of skills) for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);

    const facets = (await searchFor(p, 'skills=kubernetes')).facets;
    expect(facets.seniority).toEqual(expect.arrayContaining([{ level: 'senior', count: 1 }]));
    expect(facets.skills.find((f) => f.id === 'kubernetes')?.count).toBe(1);
  });

  it('Given duplicate and out-of-order versions of a posting, Then the read model converges on the newest', async () => {
    const base = { source: 'acme-ats', externalId: 'ooo-1', company: 'Acme', description: 'We use Python and PostgreSQL every day.' };
    const newer = { ...base, title: 'Data Engineer (newest)', updatedAt: '2026-11-21T12:00:00.000Z' };
    const older = { ...base, title: 'Data Engineer (stale)', updatedAt: '2026-11-19T12:00:00.000Z' };
    const r1 = await postJson(`${p.ingest.url}/v1/postings`, newer);
    const r2 = await postJson(`${p.ingest.url}/v1/postings`, older);
    const r3 = await postJson(`${p.ingest.url}/v1/postings`, newer);
    expect([r1.status, r2.status, r3.status]).toEqual([202, 202, 202]);
    expect(r1.body['postingId']).toBe(r2.body['postingId']);

    await waitDrained(p);
    const detail = await getPosting(p, r1.body['postingId'] as string);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ title: 'Data Engineer (newest)', version: Date.parse(newer.updatedAt) });
    const hits = (await searchFor(p, 'q=data+engineer')).items.filter((i) => i.postingId === r1.body['postingId']);
    expect(hits).toHaveLength(1);
  });

  it('Given a poison message on the ingested topic, Then it lands in the dead-letter topic with its reason and the next posting goes through', async () => {
    const messaging = testMessaging('pipeline-e2e-poison');
    const publisher = messaging.createPublisher();
    const ingested = topicName(p.prefix, Topics.ingested);
    try {
      await publisher.publish(ingested, [
        { key: 'poison-1', value: '{"this is": not json', headers: cloudEventHeaders({ type: EventTypes.postingUpserted, source: '/upstream/test' }) },
      ]);
    } finally {
      await publisher.disconnect();
    }
    const next = await postJson(`${p.ingest.url}/v1/postings`, { ...capture, externalId: 'after-poison', title: 'Backend Engineer (Go)' });
    expect(next.status).toBe(202);
    await waitForPosting(p, next.body['postingId'] as string);

    const dead = await consumeAll(dlqOf(ingested), { until: (ms) => ms.some((m) => m.key === 'poison-1'), timeout: 30_000 });
    const poison = dead.find((m) => m.key === 'poison-1');
    expect(poison?.headers['dlq-reason']).toMatch(/json/i);
    expect(poison?.headers['dlq-original-topic']).toBe(ingested);
    expect(poison?.value?.toString()).toBe('{"this is": not json');
  });

  it('Given a posting that is closed, Then it disappears from search and a stale update cannot bring it back', async () => {
    const open = { ...capture, externalId: 'to-close', title: 'Site Reliability Engineer', updatedAt: '2026-11-22T08:00:00.000Z' };
    const res = await postJson(`${p.ingest.url}/v1/postings`, open);
    const postingId = res.body['postingId'] as string;
    await waitForPosting(p, postingId);
    expect((await searchFor(p, 'q=reliability')).items.map((i) => i.postingId)).toContain(postingId);

    const del = await fetch(`${p.ingest.url}/v1/postings/${open.source}/${open.externalId}`, { method: 'DELETE' });
    expect(del.status).toBe(202);
    await waitFor(async () => !(await searchFor(p, 'q=reliability')).items.some((i) => i.postingId === postingId), {
      timeout: 30_000,
      message: 'closed posting still in search',
    });

    // the same (older) upsert replayed after the close changes nothing
    await postJson(`${p.ingest.url}/v1/postings`, open);
    await waitDrained(p);
    expect((await searchFor(p, 'q=reliability')).items.some((i) => i.postingId === postingId)).toBe(false);
  });

  it('Given an enriched event published by hand with an unknown type, Then search dead-letters it', async () => {
    const enriched = topicName(p.prefix, Topics.enriched);
    const messaging = testMessaging('pipeline-e2e-enriched-poison');
    const publisher = messaging.createPublisher();
    try {
      await publisher.publish(enriched, [encodeEvent({ type: 'posting.exploded.v9', postingId: 'x' }, { source: '/test' })]);
    } finally {
      await publisher.disconnect();
    }
    const dead = await consumeAll(dlqOf(enriched), { until: (ms) => ms.some((m) => m.key === 'x'), timeout: 30_000 });
    expect(dead.find((m) => m.key === 'x')?.headers['dlq-code']).toBeTruthy();
  });
});
