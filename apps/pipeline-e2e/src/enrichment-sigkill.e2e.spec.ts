import mongoose, { type Connection } from 'mongoose';
import { waitFor } from '@jobstream/testing';
import { postJson, startPipeline, waitDrained, type Pipeline } from './pipeline';

const N = 2000;

describe('enrichment killed in the middle of a stream', () => {
  let p: Pipeline;
  let mongo: Connection;
  beforeAll(async () => {
    p = await startPipeline('sigkill');
    mongo = await mongoose.createConnection(p.mongoUrl).asPromise();
  }, 180_000);
  afterAll(async () => {
    await mongo?.close();
    await p?.stop();
  });

  it(`Given ${N} postings streaming through, When enrichment is SIGKILLed and started again, Then every posting is in the read model exactly once`, async () => {
    const postings = Array.from({ length: N }, (_, i) => ({
      source: 'bulk-ats',
      externalId: `k-${i}`,
      title: `Backend Engineer ${i}`,
      description: `Build services in Go and Python with Kafka and PostgreSQL. ${i % 7}+ years of experience.`,
      updatedAt: '2026-11-20T10:00:00.000Z',
    }));
    const ids: string[] = [];
    const send = async (slice: typeof postings) => {
      const r = await postJson(`${p.ingest.url}/v1/postings/batch`, slice);
      expect(r.status).toBe(202);
      const results = r.body['results'] as Array<{ postingId?: string }>;
      ids.push(...results.map((x) => x.postingId as string));
    };
    await send(postings.slice(0, 1000));
    // kill it as soon as it has started on the stream
    const db = mongo;
    await waitFor(async () => (await db.collection('postings').countDocuments()) > 0, { timeout: 60_000, interval: 50 });
    expect(await p.enrichment.kill('SIGKILL')).toBeNull();
    await send(postings.slice(1000));
    await p.enrichment.restart();

    await waitDrained(p, 180_000);
    expect(new Set(ids).size).toBe(N);
    const docs = await db.collection('postings').find({}, { projection: { _id: 1, postingId: 1, version: 1 } }).toArray();
    const byId = new Map<string, number>();
    for (const d of docs) {
      const id = String(d['postingId'] ?? d['_id']);
      byId.set(id, (byId.get(id) ?? 0) + 1);
    }
    expect(docs).toHaveLength(N);
    expect(ids.filter((id) => byId.get(id) !== 1)).toEqual([]);
  }, 300_000);
});

