import { aliasSignatureOf, evolve, evolveAll, skillAliasesOf } from './postings.projection';
import { closedEvent, enrichedEvent } from '../testing/events.fixture';

describe('evolve: the postings read model', () => {
  const v1 = enrichedEvent({
    postingId: 'p1',
    version: 1,
    title: 'Senior Go Engineer',
    description: 'You will run Kubernetes clusters in Zürich. The Go services are ours.',
    company: 'Ácme GmbH',
    skills: [
      { id: 'go', name: 'Go', aliases: ['golang'] },
      { id: 'kubernetes', name: 'Kubernetes', aliases: ['k8s'], requirement: 'preferred' },
    ],
    level: 'senior',
    minYears: 5,
    maxYears: null,
  });
  const v2 = enrichedEvent({ postingId: 'p1', version: 2, title: 'Staff Go Engineer', level: 'staff', skills: [{ id: 'go', name: 'Go' }] });
  const v3 = enrichedEvent({ postingId: 'p1', version: 3, title: 'Principal Go Engineer', level: 'principal' });

  it('Given no document, When an enriched event arrives, Then it becomes an open document with search fields', () => {
    const doc = evolve(null, v1);
    expect(doc).toMatchObject({
      postingId: 'p1',
      version: 1,
      status: 'open',
      title: 'Senior Go Engineer',
      company: 'Ácme GmbH',
      companyNormalized: 'acme gmbh',
      seniorityLevel: 'senior',
      experience: { minYears: 5, maxYears: null },
      expLow: 5,
      expHigh: 1000,
      locations: ['Berlin'],
    });
    expect(doc?.skills.map((s) => s.id)).toEqual(['go', 'kubernetes']);
    expect([...(doc?.skillTerms ?? [])].sort()).toEqual(['go', 'kubernetes']);
    expect(doc?.skills[1]).toMatchObject({ id: 'kubernetes', requirement: 'preferred' });
    expect(doc?.skills[1].evidence[0].text).toBe('Kubernetes');
    expect(doc?.words).toEqual(expect.arrayContaining(['senior', 'go', 'engineer', 'kubernetes', 'zurich', 'services']));
    expect(doc?.words).not.toContain('the');
    expect(new Set(doc?.words).size).toBe(doc?.words.length);
    expect(doc?.enrichment?.skills).toHaveLength(2);
  });

  it('Given a document, When the same event is delivered again, Then the very same document is returned', () => {
    const doc = evolve(null, v1);
    expect(evolve(doc, v1)).toBe(doc);
  });

  it('Given version 3, When a stale version 2 arrives, Then nothing changes', () => {
    const doc = evolve(null, v3);
    expect(evolve(doc, v2)).toBe(doc);
  });

  it('Given events out of order, When folded, Then the result equals the in-order fold (newest version)', () => {
    const inOrder = evolveAll(null, [v1, v2, v3]);
    const shuffled = evolveAll(null, [v3, v1, v2, v1, v3]);
    expect(shuffled).toEqual(inOrder);
    expect(shuffled).toMatchObject({ version: 3, title: 'Principal Go Engineer', seniorityLevel: 'principal' });
  });

  it('Given an open posting, When it is closed, Then it is a tombstone with the close version and its content', () => {
    const closed = evolveAll(null, [v1, closedEvent('p1', 2)]);
    expect(closed).toMatchObject({ status: 'closed', version: 2, title: 'Senior Go Engineer' });
    expect(closed?.closedAt).toEqual(new Date('2026-02-01T00:00:00.000Z'));
    expect(closed?.posting?.status).toBe('closed');
  });

  it('Given a closed posting, When a stale upsert is replayed, Then the posting stays closed', () => {
    const closed = evolveAll(null, [v1, closedEvent('p1', 2)]);
    expect(evolve(closed, v2)).toBe(closed);
    expect(evolve(closed, v1)).toBe(closed);
  });

  it('Given no document, When the close arrives before the upsert, Then the late upsert does not resurrect it', () => {
    const doc = evolveAll(null, [closedEvent('p1', 2), v1]);
    expect(doc).toMatchObject({ status: 'closed', version: 2, posting: null, enrichment: null });
  });

  it('Given a closed posting, When a newer upsert arrives (reopened upstream), Then it is open again', () => {
    const doc = evolveAll(null, [v1, closedEvent('p1', 2), v3]);
    expect(doc).toMatchObject({ status: 'open', version: 3 });
  });

  it('Given an enriched event whose posting says closed, When applied, Then the document is closed', () => {
    const doc = evolve(null, enrichedEvent({ postingId: 'p9', status: 'closed' }));
    expect(doc?.status).toBe('closed');
  });

  it('Given experience "up to 2 years", When applied, Then the range is [0, 2]', () => {
    const doc = evolve(null, enrichedEvent({ postingId: 'p2', minYears: null, maxYears: 2 }));
    expect(doc).toMatchObject({ expLow: 0, expHigh: 2 });
  });

  it('Given no stated experience, When applied, Then the range is null', () => {
    const doc = evolve(null, enrichedEvent({ postingId: 'p3' }));
    expect(doc).toMatchObject({ expLow: null, expHigh: null });
  });

  it('Given enriched events naming aliases, When their aliases are listed, Then each normalized alias names its skill once, without the ids and names themselves', () => {
    const other = enrichedEvent({ postingId: 'p2', skills: [{ id: 'go', name: 'Go', aliases: ['Golang', 'go', 'GoLang '] }, { id: 'gin', name: 'Gin', aliases: ['golang'] }] });
    expect(skillAliasesOf([v1, other, closedEvent('p1', 9)])).toEqual([
      { term: 'golang', skillId: 'go' },
      { term: 'k8s', skillId: 'kubernetes' },
      { term: 'golang', skillId: 'gin' },
    ]);
  });

  it('Given skills whose aliases are known already, When the aliases are listed, Then only the other skills are read', () => {
    const go = { id: 'go', name: 'Go', aliases: ['golang'] };
    const known = new Set([aliasSignatureOf(go)]);
    const events = [enrichedEvent({ postingId: 'p2', skills: [go, { id: 'gin', name: 'Gin', aliases: ['gin-gonic'] }] })];
    expect(skillAliasesOf(events, (s) => known.has(aliasSignatureOf(s)))).toEqual([{ term: 'gin-gonic', skillId: 'gin' }]);
  });

  it('Given a skill named with other aliases than before, When the aliases are listed, Then its signature differs and it is read again', () => {
    const known = new Set([aliasSignatureOf({ id: 'go', aliases: ['golang'] })]);
    const events = [enrichedEvent({ postingId: 'p2', skills: [{ id: 'go', name: 'Go', aliases: ['golang', 'go lang'] }] })];
    expect(skillAliasesOf(events, (s) => known.has(aliasSignatureOf(s)))).toEqual([
      { term: 'golang', skillId: 'go' },
      { term: 'go lang', skillId: 'go' },
    ]);
  });
});
