import { JobstreamError } from '@jobstream/contracts';
import {
  buildSearchFilter,
  compareRankKeys,
  encodeCursor,
  isRanked,
  keysetAfter,
  keysetAtOrBefore,
  pageOf,
  parseSearchQuery,
  rankKeyOf,
  withSkillAliases,
  type RankKey,
} from './search-query';

const issuesOf = (raw: unknown) => {
  try {
    parseSearchQuery(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(JobstreamError);
    expect((e as JobstreamError).code).toBe('QUERY.INVALID');
    return (e as JobstreamError).issues.map((i) => i.path);
  }
  throw new Error('expected QUERY.INVALID');
};

describe('search query validation', () => {
  it('Given no parameters, When parsed, Then defaults apply (match all, limit 20)', () => {
    expect(parseSearchQuery({})).toMatchObject({ q: null, words: [], skills: [], match: 'all', seniority: [], limit: 20, after: null });
  });

  it('Given every parameter, When parsed, Then values are normalized', () => {
    const q = parseSearchQuery({
      q: 'The Kubernetes  Operator',
      skills: 'Go, kubernetes ,,Node.JS',
      match: 'any',
      seniority: ['mid,senior', 'staff'],
      minYears: '2',
      maxYears: '5.5',
      company: '  ÁCME  Corp ',
      limit: '50',
    });
    expect(q).toMatchObject({
      words: ['kubernetes', 'operator'],
      skills: ['go', 'kubernetes', 'node.js'],
      match: 'any',
      seniority: ['mid', 'senior', 'staff'],
      minYears: 2,
      maxYears: 5.5,
      company: 'acme corp',
      limit: 50,
    });
  });

  it('Given an operator smuggled as an object (express extended parser), When parsed, Then 400 names the field', () => {
    expect(issuesOf({ skills: { $ne: 'x' } })).toEqual(['skills']);
    expect(issuesOf({ company: { $gt: '' } })).toEqual(['company']);
  });

  it('Given an operator smuggled as a key (express simple parser), When parsed, Then 400 names that key', () => {
    expect(issuesOf({ 'skills[$ne]': 'x' })).toEqual(['skills[$ne]']);
  });

  it('Given values starting with "$", When parsed, Then 400 with the field path', () => {
    expect(issuesOf({ q: '$where' })).toEqual(['q']);
    expect(issuesOf({ skills: 'go,$ne' })).toEqual(['skills[1]']);
    expect(issuesOf({ company: '$regex' })).toEqual(['company']);
  });

  it('Given bad values, When parsed, Then each bad field is reported', () => {
    expect(issuesOf({ match: 'some' })).toEqual(['match']);
    expect(issuesOf({ seniority: 'mid,wizard' })).toEqual(['seniority[1]']);
    expect(issuesOf({ limit: '0' })).toEqual(['limit']);
    expect(issuesOf({ limit: '101' })).toEqual(['limit']);
    expect(issuesOf({ limit: '2.5' })).toEqual(['limit']);
    expect(issuesOf({ minYears: '-1' })).toEqual(['minYears']);
    expect(issuesOf({ minYears: '5', maxYears: '3' })).toEqual(['maxYears']);
    expect(issuesOf({ limit: ['1', '2'] })).toEqual(['limit']);
    expect(issuesOf({ cursor: 'not-a-cursor' })).toEqual(['cursor']);
  });

  it('Given a cursor from another query, When parsed, Then 400 on cursor', () => {
    const other = parseSearchQuery({ skills: 'go' });
    const cursor = encodeCursor({ key: { skills: 1, text: 0, updatedAt: 1, postingId: 'p' }, phase: 'ranked', boundary: null }, other.hash);
    expect(parseSearchQuery({ skills: 'go', cursor, limit: '5' }).after).toEqual({ skills: 1, text: 0, updatedAt: 1, postingId: 'p' });
    expect(issuesOf({ skills: 'rust', cursor })).toEqual(['cursor']);
  });

  it('Given a tail cursor with its window boundary, When parsed back, Then phase and boundary survive', () => {
    const base = parseSearchQuery({ skills: 'go,rust', match: 'any' });
    const cursor = encodeCursor({ key: { skills: 2, text: 0, updatedAt: 5, postingId: 'x' }, phase: 'tail', boundary: { updatedAt: 7, postingId: 'y' } }, base.hash);
    expect(parseSearchQuery({ skills: 'go,rust', match: 'any', cursor })).toMatchObject({
      after: { skills: 2, text: 0, updatedAt: 5, postingId: 'x' },
      afterPhase: 'tail',
      boundary: { updatedAt: 7, postingId: 'y' },
    });
  });
});

describe('search filter', () => {
  it('Given no criteria, When built, Then only open postings match', () => {
    expect(buildSearchFilter(parseSearchQuery({}))).toEqual({ status: 'open' });
  });

  it('Given skills with match=all and any, When built, Then $all and $in on skillTerms', () => {
    expect(buildSearchFilter(parseSearchQuery({ skills: 'go,rust' }))).toEqual({
      status: 'open',
      $and: [{ skillTerms: { $all: ['go', 'rust'] } }],
    });
    expect(buildSearchFilter(parseSearchQuery({ skills: 'go,rust', match: 'any' }))).toEqual({
      status: 'open',
      $and: [{ skillTerms: { $in: ['go', 'rust'] } }],
    });
  });

  it('Given skills that are aliases in the dictionary, When widened and built, Then each requested skill matches itself or the skills it names', () => {
    const aliases = new Map([['golang', ['go']], ['k8s', ['kubernetes']]]);
    const all = withSkillAliases(parseSearchQuery({ skills: 'golang,k8s,rust' }), aliases);
    expect(all.skillGroups).toEqual([['golang', 'go'], ['k8s', 'kubernetes'], ['rust']]);
    expect(buildSearchFilter(all)).toEqual({
      status: 'open',
      $and: [{ skillTerms: { $in: ['golang', 'go'] } }, { skillTerms: { $in: ['k8s', 'kubernetes'] } }, { skillTerms: 'rust' }],
    });
    const any = withSkillAliases(parseSearchQuery({ skills: 'golang,rust', match: 'any' }), aliases);
    expect(buildSearchFilter(any)).toEqual({ status: 'open', $and: [{ skillTerms: { $in: ['golang', 'go', 'rust'] } }] });
    // a posting with `go` has the requested `golang`
    expect(rankKeyOf(any, { postingId: 'a', updatedAt: new Date(0), skillTerms: ['go'] }, 0).skills).toBe(1);
    expect(rankKeyOf(any, { postingId: 'b', updatedAt: new Date(0), skillTerms: ['go', 'rust'] }, 0).skills).toBe(2);
  });

  it('Given q, seniority, years and company, When built, Then each becomes an indexed equality or range', () => {
    expect(
      buildSearchFilter(parseSearchQuery({ q: 'remote nurse', seniority: 'mid,senior', minYears: '2', maxYears: '4', company: 'Acme' })),
    ).toEqual({
      status: 'open',
      $and: [
        { words: { $in: ['remote', 'nurse'] } },
        { seniorityLevel: { $in: ['mid', 'senior'] } },
        { expLow: { $lte: 4 } },
        { expHigh: { $gte: 2 } },
        { companyNormalized: 'acme' },
      ],
    });
  });

  it('Given a cursor key, When the keyset condition is built, Then it starts strictly after (updatedAt, id)', () => {
    expect(keysetAfter({ updatedAt: 1000, postingId: 'b' })).toEqual({
      $or: [{ updatedAt: { $lt: new Date(1000) } }, { updatedAt: new Date(1000), _id: { $lt: 'b' } }],
    });
  });

  it('Given a window boundary, When the window condition is built, Then it keeps the boundary and everything newer', () => {
    expect(keysetAtOrBefore({ updatedAt: 1000, postingId: 'b' })).toEqual({
      $or: [{ updatedAt: { $gt: new Date(1000) } }, { updatedAt: new Date(1000), _id: { $gte: 'b' } }],
    });
  });

  it('Given queries, When asked whether scores can differ, Then only any-of-several skills or several words rank', () => {
    expect(isRanked(parseSearchQuery({ skills: 'go,rust' }))).toBe(false);
    expect(isRanked(parseSearchQuery({ skills: 'go,rust', match: 'any' }))).toBe(true);
    expect(isRanked(parseSearchQuery({ q: 'nurse' }))).toBe(false);
    expect(isRanked(parseSearchQuery({ q: 'night nurse' }))).toBe(true);
  });
});

describe('ranking and pages', () => {
  const query = parseSearchQuery({ skills: 'go,rust,k8s', match: 'any', q: 'platform engineer', limit: '2' });
  const posting = (postingId: string, skillTerms: string[], updatedAt: string) => ({ postingId, skillTerms, updatedAt: new Date(updatedAt) });

  it('Given postings, When ranked, Then skills first, then text matches, then recency, then id', () => {
    const keys: RankKey[] = [
      rankKeyOf(query, posting('a', ['go'], '2026-01-05'), 2),
      rankKeyOf(query, posting('b', ['go', 'rust'], '2026-01-01'), 0),
      rankKeyOf(query, posting('c', ['go'], '2026-01-09'), 1),
      rankKeyOf(query, posting('d', ['go'], '2026-01-09'), 1),
      rankKeyOf(query, posting('e', ['rust', 'kotlin'], '2026-01-05'), 2),
    ];
    expect([...keys].sort(compareRankKeys).map((k) => k.postingId)).toEqual(['b', 'e', 'a', 'd', 'c']);
  });

  it('Given ranked candidates, When paged with the cursor of each page, Then every item comes exactly once in order', () => {
    const ranked = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      key: rankKeyOf(query, posting(id, i % 2 ? ['go'] : ['go', 'rust'], `2026-01-0${i + 1}`), i % 3),
      item: id,
    }));
    const seen: string[] = [];
    let q = query;
    for (;;) {
      const { page, more } = pageOf(q, ranked);
      seen.push(...page.map((p) => p.item));
      if (!more) break;
      q = parseSearchQuery({ skills: 'go,rust,k8s', match: 'any', q: 'platform engineer', limit: '2', cursor: encodeCursor({ key: page[page.length - 1].key, phase: 'ranked', boundary: null }, q.hash) });
    }
    expect(seen).toEqual([...ranked].sort((x, y) => compareRankKeys(x.key, y.key)).map((r) => r.item));
    expect(new Set(seen).size).toBe(5);
  });
});
