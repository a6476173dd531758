import { testMongoUrl, uniquePrefix } from '@jobstream/testing';
import { parseSearchQuery, type SearchQuery } from '../domain/search-query';
import { closedEvent, enrichedEvent } from '../testing/events.fixture';
import { PostingsRepository } from './postings.repository';
import { POSTINGS_INDEXES, detailOf, type StoredDetailBytes } from './postings.schema';

// Runs on the real MongoDB-wire store the harness resolved (FerretDB v1 locally, MongoDB in Docker/CI): each test its own database.
const mongoUrl = testMongoUrl;

// `auto` is the store's own strategy (delete-insert on FerretDB, guarded-replace on MongoDB); the other
// strategy is run too, so both write paths are exercised on whichever store runs the tests.
describe.each([['auto'], ['guarded-replace'], ['delete-insert']] as const)('PostingsRepository on a real MongoDB-wire store (writes: %s)', (writeStrategy) => {
  let repo: PostingsRepository;

  beforeEach(async () => {
    repo = await PostingsRepository.connect(mongoUrl(), { dbName: uniquePrefix('read-model'), writeStrategy });
    await repo.ensureIndexes();
  });

  afterEach(async () => {
    await repo.connection.dropDatabase().catch(() => undefined);
    await repo.close();
  });

  const search = (raw: Record<string, unknown>) => repo.search(parseSearchQuery(raw));
  const ids = async (raw: Record<string, unknown>) => (await search(raw)).items.map((i) => i.postingId);

  const go = { id: 'go', name: 'Go', aliases: ['golang'] };
  const k8s = { id: 'kubernetes', name: 'Kubernetes', aliases: ['k8s'] };
  const rust = { id: 'rust', name: 'Rust' };
  const nursing = { id: 'patient-care', name: 'Patient care' };

  const seed = () =>
    repo.applyEvents([
      enrichedEvent({ postingId: 'a', title: 'Go Platform Engineer', description: 'Kubernetes operators in Go.', skills: [go, k8s], level: 'senior', minYears: 5, maxYears: null, company: 'Acme', updatedAt: '2026-01-05T00:00:00.000Z' }),
      enrichedEvent({ postingId: 'b', title: 'Rust Engineer', description: 'Systems work in Rust and Go.', skills: [rust, go], level: 'mid', minYears: 2, maxYears: 4, company: 'Globex', updatedAt: '2026-01-04T00:00:00.000Z' }),
      enrichedEvent({ postingId: 'c', title: 'Platform Engineer', description: 'Kubernetes clusters, on call.', skills: [k8s], level: 'mid', minYears: null, maxYears: 2, company: 'Acme', updatedAt: '2026-01-03T00:00:00.000Z' }),
      enrichedEvent({ postingId: 'd', title: 'Night Nurse', description: 'Patient care on the night shift.', skills: [nursing], level: 'entry', company: 'Société Santé', updatedAt: '2026-01-02T00:00:00.000Z' }),
      enrichedEvent({ postingId: 'e', title: 'Staff Engineer', description: 'Go, Rust and Kubernetes platform.', skills: [go, rust, k8s], level: 'staff', minYears: 8, maxYears: 10, company: 'Initech', updatedAt: '2026-01-01T00:00:00.000Z' }),
    ]);

  it('Given duplicates and out-of-order events in and across batches, When applied, Then the newest version wins', async () => {
    const v = (version: number) => enrichedEvent({ postingId: 'p', version, title: `Title v${version}`, skills: [go] });
    await repo.applyEvents([v(3), v(1), v(3)]);
    await repo.applyEvents([v(2), v(1)]);
    await repo.applyEvents([v(4), v(4)]);
    await repo.applyEvents([v(2)]);
    const view = await repo.getById('p');
    expect(view).toMatchObject({ version: 4, status: 'open', posting: { title: 'Title v4', version: 4 } });
    expect(await repo.model.countDocuments({})).toBe(1);
  });

  it('Given a batch where stored and new postings alternate, When applied, Then the new ones are inserted, the stored ones take their newer versions, and the counts say so', async () => {
    const v = (id: string, version: number) => enrichedEvent({ postingId: id, version, title: `${id} v${version}` });
    const stored = Array.from({ length: 40 }, (_, i) => `s${i}`);
    await repo.applyEvents(stored.map((id) => v(id, 1)));
    const batch = stored.flatMap((id, i) => [v(id, i % 2 === 0 ? 2 : 1), v(`n${i}`, 1)]);
    const result = await repo.applyEvents(batch);
    // 40 new postings + 20 stored ones with a newer version; the 20 same-version duplicates change nothing
    expect(result).toEqual({ events: 80, written: 60, unchanged: 20 });
    expect(await repo.model.countDocuments({})).toBe(80);
    expect((await repo.getById('s0'))?.version).toBe(2);
    expect((await repo.getById('s1'))?.version).toBe(1);
    expect((await repo.getById('n39'))?.version).toBe(1);
  });

  it('Given two repositories on one connection writing the same postings concurrently, When they race, Then the newest version always wins', async () => {
    const other = new PostingsRepository(repo.connection, { writeStrategy });
    const v = (id: string, version: number) => enrichedEvent({ postingId: id, version, title: `${id} v${version}` });
    for (let round = 0; round < 6; round++) {
      const id = `race${round}`;
      // first inserts race (duplicate key path), then replaces race with stale and duplicate versions
      await Promise.all([repo.applyEvents([v(id, 2)]), other.applyEvents([v(id, 3)]), repo.applyEvents([v(id, 1)])]);
      await Promise.all([other.applyEvents([v(id, 5), v('side' + round, 1)]), repo.applyEvents([v(id, 4)]), other.applyEvents([v(id, 5)])]);
      expect(await repo.getById(id)).toMatchObject({ version: 5, posting: { title: `${id} v5` } });
      expect(await repo.getById('side' + round)).toMatchObject({ version: 1 });
    }
  });

  it('Given two connections (two instances) inserting new postings at once, When their inserts collide, Then the newest version wins and nothing of the batch is lost', async () => {
    const second = await PostingsRepository.connect(mongoUrl(), { dbName: repo.connection.name, writeStrategy });
    try {
      const v = (id: string, version: number) => enrichedEvent({ postingId: id, version, title: `${id} v${version}` });
      for (let round = 0; round < 5; round++) {
        const ids = [`n${round}a`, `n${round}b`, `n${round}c`];
        await Promise.all([
          repo.applyEvents(ids.map((id) => v(id, 2))),
          second.applyEvents([...ids.map((id) => v(id, 3)), v(`n${round}only`, 1)]),
        ]);
        for (const id of ids) expect(await repo.getById(id)).toMatchObject({ version: 3, posting: { title: `${id} v3` } });
        expect(await repo.getById(`n${round}only`)).toMatchObject({ version: 1 });
      }
    } finally {
      await second.close();
    }
  });

  it('Given an open posting, When it is closed, Then it leaves search and a stale upsert does not bring it back', async () => {
    await seed();
    expect(await ids({ skills: 'kubernetes' })).toEqual(['a', 'c', 'e']);
    await repo.applyEvents([closedEvent('a', 2)]);
    expect(await ids({ skills: 'kubernetes' })).toEqual(['c', 'e']);
    await repo.applyEvents([enrichedEvent({ postingId: 'a', version: 1, skills: [k8s] })]);
    expect(await ids({ skills: 'kubernetes' })).toEqual(['c', 'e']);
    expect(await repo.getById('a')).toMatchObject({ status: 'closed', version: 2 });
    const facets = (await search({})).facets;
    expect(facets.seniority.find((s) => s.level === 'senior')).toBeUndefined();
  });

  it('Given a close that arrives before the posting, When the posting arrives, Then it never shows up', async () => {
    await repo.applyEvents([closedEvent('z', 2)]);
    await repo.applyEvents([enrichedEvent({ postingId: 'z', version: 1, skills: [go] })]);
    expect(await ids({ skills: 'go' })).toEqual([]);
    expect(await repo.getById('z')).toBeNull();
  });

  it('Given postings, When searching skills with match all and any, Then all needs every skill and any ranks by how many', async () => {
    await seed();
    expect(await ids({ skills: 'go,kubernetes' })).toEqual(['a', 'e']);
    expect(await ids({ skills: 'Golang, K8S' })).toEqual(['a', 'e']);
    expect(await ids({ skills: 'go,rust,kubernetes', match: 'any' })).toEqual(['e', 'a', 'b', 'c']);
    const result = await search({ skills: 'go,rust,kubernetes', match: 'any' });
    expect(result.items.map((i) => i.score.skills)).toEqual([3, 2, 2, 1]);
  });

  it('Given postings, When filtering by several seniority levels, Then any of them matches', async () => {
    await seed();
    expect(await ids({ seniority: 'mid,staff' })).toEqual(['b', 'c', 'e']);
    expect(await ids({ seniority: ['entry', 'senior'] })).toEqual(['a', 'd']);
  });

  it('Given experience ranges, When filtering by minYears/maxYears, Then the ranges must overlap', async () => {
    await seed();
    // a: [5, open), b: [2, 4], c: [0, 2], d: none, e: [8, 10]
    expect(await ids({ maxYears: '3' })).toEqual(['b', 'c']);
    expect(await ids({ minYears: '6' })).toEqual(['a', 'e']);
    expect(await ids({ minYears: '3', maxYears: '5' })).toEqual(['a', 'b']);
    expect(await ids({ minYears: '0' })).toEqual(['a', 'b', 'c', 'e']);
  });

  it('Given text, When searching q, Then any word matches and more matching words rank higher', async () => {
    await seed();
    expect(await ids({ q: 'nurse' })).toEqual(['d']);
    expect(await ids({ q: 'the Platform KUBERNETES' })).toEqual(['a', 'c', 'e']);
    const result = await search({ q: 'rust kubernetes platform' });
    expect(result.items.map((i) => [i.postingId, i.score.text])).toEqual([
      ['e', 3],
      ['a', 2],
      ['c', 2],
      ['b', 1],
    ]);
    expect(await ids({ q: 'Café' })).toEqual([]);
  });

  it('Given companies, When filtering by company, Then the match ignores case and accents', async () => {
    await seed();
    expect(await ids({ company: 'acme' })).toEqual(['a', 'c']);
    expect(await ids({ company: 'SOCIETE sante' })).toEqual(['d']);
  });

  it('Given postings, When searching, Then facets count skills and levels over all open matches', async () => {
    await seed();
    const { facets } = await search({ limit: '1' });
    expect(facets.skills).toEqual([
      { id: 'go', name: 'Go', count: 3 },
      { id: 'kubernetes', name: 'Kubernetes', count: 3 },
      { id: 'rust', name: 'Rust', count: 2 },
      { id: 'patient-care', name: 'Patient care', count: 1 },
    ]);
    expect(facets.seniority).toEqual([
      { level: 'mid', count: 2 },
      { level: 'entry', count: 1 },
      { level: 'senior', count: 1 },
      { level: 'staff', count: 1 },
    ]);
    const narrowed = await search({ skills: 'rust' });
    expect(narrowed.facets.skills).toEqual([
      { id: 'go', name: 'Go', count: 2 },
      { id: 'rust', name: 'Rust', count: 2 },
      { id: 'kubernetes', name: 'Kubernetes', count: 1 },
    ]);
  });

  it('Given skills searched by their aliases, When searched, Then postings with those skills match (stored terms are ids and names only)', async () => {
    await seed();
    const stored = await repo.model.collection.findOne({ _id: 'a' } as never);
    expect([...(stored?.['skillTerms'] as string[])].sort()).toEqual(['go', 'kubernetes']);
    expect(await ids({ skills: 'golang' })).toEqual(['a', 'b', 'e']);
    expect(await ids({ skills: 'K8S,golang' })).toEqual(['a', 'e']);
    expect(await ids({ skills: 'k8s,rust', match: 'any', limit: '2' })).toEqual(['e', 'a']);
  });

  it('Given one alias that two skills share, arriving in separate batches, When searched by it, Then postings of both skills match', async () => {
    const ci = { id: 'ci-cd', name: 'CI/CD', aliases: ['pipelines'] };
    const etl = { id: 'etl', name: 'ETL', aliases: ['pipelines'] };
    await repo.applyEvents([enrichedEvent({ postingId: 'x', skills: [ci], updatedAt: '2026-01-02T00:00:00.000Z' })]);
    await repo.applyEvents([enrichedEvent({ postingId: 'y', skills: [etl], updatedAt: '2026-01-01T00:00:00.000Z' })]);
    expect(await ids({ skills: 'pipelines' })).toEqual(['x', 'y']);
  });

  it('Given items with skills and evidence, When searching and reading one, Then both carry what the UI needs', async () => {
    await seed();
    const [item] = (await search({ skills: 'rust', limit: '1' })).items;
    expect(item).toMatchObject({
      postingId: 'b',
      title: 'Rust Engineer',
      company: 'Globex',
      location: 'Berlin',
      seniority: 'mid',
      experience: { minYears: 2, maxYears: 4 },
      updatedAt: '2026-01-04T00:00:00.000Z',
    });
    expect(item.skills.map((s) => s.id)).toEqual(['rust', 'go']);
    const view = await repo.getById('b');
    expect(view).toMatchObject({ postingId: 'b', version: 1, status: 'open', title: 'Rust Engineer', seniority: 'mid', experience: { minYears: 2, maxYears: 4 } });
    expect(view?.skills.map((s) => s.id)).toEqual(['rust', 'go']);
    expect(view?.enrichment.skills[0].evidence[0]).toEqual({ start: 0, end: 4, text: 'Rust' });
    expect(await repo.getById('nope')).toBeNull();
  });

  it('Given a posting stored compressed and one stored by an older version with its detail as JSON text, When read, Then both read alike', async () => {
    await seed();
    const raw = await repo.model.collection.findOne({ _id: 'b' } as never);
    expect(raw?.['detail']).not.toEqual(expect.any(String)); // compressed bytes
    const { detail, ...rest } = raw as unknown as Record<string, unknown>;
    const json = JSON.stringify(detailOf({ detail: detail as StoredDetailBytes }));
    await repo.model.collection.insertOne({ ...rest, _id: 'b-old', postingId: 'b-old', detail: json } as never);

    const [now, old] = await Promise.all([repo.getById('b'), repo.getById('b-old')]);
    expect(old).toEqual({ ...now, postingId: 'b-old' });
    expect((await search({ skills: 'rust' })).items.map((i) => i.postingId).sort()).toEqual(['b', 'b-old', 'e']);
  });

  it('Given the store, When indexes are ensured, Then MongoDB has every search index and FerretDB v1 (which never uses them) none', async () => {
    await seed();
    const { created } = await repo.ensureIndexes();
    const names = (await repo.model.collection.indexes()).map((i) => i.name).sort();
    if ((await repo.store()) === 'ferretdb') {
      expect(created).toBe(false);
      expect(names).toEqual(['_id_']);
    } else {
      expect(created).toBe(true);
      expect(names).toEqual(['_id_', ...POSTINGS_INDEXES.map(([, o]) => o.name)].sort());
    }
  });

  it('Given the indexes, When every kind of search is explained, Then on MongoDB no query scans the collection', async () => {
    await seed();
    const buildInfo = await repo.connection.getClient().db('admin').command({ buildInfo: 1 });
    // FerretDB v1 (SQLite) reports its own plans and does not push these filters into indexes; MongoDB must use them
    const isFerretDb = 'ferretdbVersion' in buildInfo;
    const cursor = (await search({ limit: '1' })).nextCursor as string;
    for (const raw of [
      {},
      { cursor, limit: '1' },
      { skills: 'go,kubernetes' },
      { skills: 'go,rust', match: 'any' },
      { q: 'platform engineer' },
      { seniority: 'mid,senior' },
      { minYears: '2', maxYears: '5' },
      { company: 'acme' },
    ]) {
      const plans = await repo.explainSearch(parseSearchQuery(raw));
      for (const { name, plan } of plans) {
        expect(plan).toBeTruthy();
        if (!isFerretDb) expect(`${JSON.stringify(raw)} ${name}: ${JSON.stringify(plan)}`).not.toContain('COLLSCAN');
      }
    }
  });

  const pageThrough = async (raw: Record<string, string>): Promise<string[]> => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const query: SearchQuery = parseSearchQuery({ ...raw, ...(cursor ? { cursor } : {}) });
      const result = await repo.search(query);
      expect(result.items.length).toBeLessThanOrEqual(query.limit);
      seen.push(...result.items.map((i) => i.postingId));
      if (!result.nextCursor) return seen;
      cursor = result.nextCursor;
    }
    throw new Error('pagination did not end');
  };

  it('Given 23 postings, some sharing updatedAt, When paging with cursors, Then every item comes exactly once', async () => {
    const events = Array.from({ length: 23 }, (_, i) =>
      enrichedEvent({
        postingId: `p${String(i).padStart(2, '0')}`,
        title: i % 2 ? 'Go Platform Engineer' : 'Go Engineer',
        skills: i % 3 ? [go] : [go, k8s],
        updatedAt: `2026-01-${String(1 + (i % 5)).padStart(2, '0')}T00:00:00.000Z`,
      }),
    );
    await repo.applyEvents(events);
    const all = events.map((e) => e.postingId).sort();
    const queries: Array<Record<string, string>> = [
      { limit: '4' },
      { skills: 'go', limit: '5' },
      { skills: 'go,kubernetes', match: 'any', limit: '3' },
      { q: 'platform engineer', limit: '6' },
    ];
    for (const raw of queries) {
      const seen = await pageThrough(raw);
      expect([...seen].sort()).toEqual(all);
    }
    const ranked = await pageThrough({ skills: 'go,kubernetes', match: 'any', limit: '3' });
    const withK8s = events.filter((_, i) => i % 3 === 0).map((e) => e.postingId);
    expect(new Set(ranked.slice(0, withK8s.length))).toEqual(new Set(withK8s));
  });

  it('Given more matches than the ranked window, When paging a ranked query, Then the window is ranked, the older matches follow by recency, each once', async () => {
    const small = new PostingsRepository(repo.connection, { rankedCandidates: 6, writeStrategy });
    // p00 newest ... p14 oldest; every third posting also has Kubernetes
    const events = Array.from({ length: 15 }, (_, i) =>
      enrichedEvent({
        postingId: `p${String(i).padStart(2, '0')}`,
        skills: i % 3 === 0 ? [go, k8s] : [go],
        updatedAt: new Date(Date.UTC(2026, 0, 31 - i)).toISOString(),
      }),
    );
    await small.applyEvents(events);
    for (const limit of ['1', '4', '6', '7', '100']) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 40; guard++) {
        const result = await small.search(parseSearchQuery({ skills: 'go,kubernetes', match: 'any', limit, ...(cursor ? { cursor } : {}) }));
        seen.push(...result.items.map((i) => i.postingId));
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      // window = the 6 most recent (p00..p05), ranked: Kubernetes ones first; then p06..p14 by recency
      expect(seen).toEqual(['p00', 'p03', 'p01', 'p02', 'p04', 'p05', 'p06', 'p07', 'p08', 'p09', 'p10', 'p11', 'p12', 'p13', 'p14']);
    }
  });
});
