import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  ErrorCodes,
  JobstreamError,
  SENIORITY_LEVELS,
  type FieldIssue,
  type SeniorityLevel,
  formatPath,
} from '@jobstream/contracts';
import { normalizeTerm, normalizeText, wordsOf } from './text';

/**
 * `GET /v1/search`: validation of the query string, the MongoDB filter (plain objects, no driver types
 * beyond `Date`) and the ranking with its cursor. Pure: the repository runs what this builds.
 *
 * Semantics
 * - `q`: words (tokenized like the postings' `words`); a posting matches when it has at least one of them,
 *   and ranks higher the more of them it has. Stopwords are dropped; a `q` of stopwords only filters nothing.
 * - `skills`: comma-separated ids, names or aliases (case and diacritics ignored); `match=all` (default)
 *   requires every one, `match=any` at least one.
 * - `seniority`: one or more levels, comma-separated or repeated; a posting matches any of them.
 * - `minYears`/`maxYears`: the posting's required experience range [min, max] must overlap
 *   [minYears, maxYears] ("2+ years" is [2, ∞), "up to 2 years" is [0, 2]). A posting that states no
 *   experience at all is left out when either bound is given (nothing to compare).
 * - `company`: exact company name, case and diacritics ignored.
 *
 * Ranking: (requested skills the posting has ↓, query words it has ↓, updatedAt ↓, postingId ↓), a total
 * order. The cursor carries the last item's key and a hash of the query, so the next page starts strictly
 * after that key: every matching posting comes exactly once while the data holds still.
 *
 * When scores can differ, the ranking is computed in the app over a window: the RANKED_CANDIDATES most
 * recent matches at the first page, fixed by a boundary (the oldest of them, in recency order) that the
 * cursor carries. After the window's ranked items, the older matches follow in recency order (the "tail"),
 * so every match is still reached exactly once.
 */

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
export const MAX_QUERY_WORDS = 10;
export const MAX_SKILL_TERMS = 20;
export const MAX_YEARS = 100;
/**
 * A ranked query (the score can differ between postings: `match=any` with several skills, or several
 * query words) ranks the RANKED_CANDIDATES most recent matches; older ones follow in recency order.
 * Unranked queries page through every match with an index-backed keyset.
 */
export const RANKED_CANDIDATES = 2000;

/** A place in recency order (updatedAt ↓, postingId ↓). */
export interface RecencyPosition {
  /** updatedAt in epoch milliseconds. */
  updatedAt: number;
  postingId: string;
}

export interface RankKey {
  /** How many of the requested skill terms the posting has. */
  skills: number;
  /** How many of the query words the posting has. */
  text: number;
  /** updatedAt in epoch milliseconds. */
  updatedAt: number;
  postingId: string;
}

export interface SearchQuery {
  q: string | null;
  words: string[];
  /** The requested skills, normalized (ids, names or aliases). */
  skills: string[];
  /**
   * Per requested skill, the stored `skillTerms` that satisfy it: the term itself, plus the ids of the
   * skills it is an alias of (see withSkillAliases; postings store ids and names, not every alias).
   */
  skillGroups: string[][];
  match: 'all' | 'any';
  seniority: SeniorityLevel[];
  minYears: number | null;
  maxYears: number | null;
  company: string | null;
  limit: number;
  /** Where the previous page ended; null for the first page. */
  after: RankKey | null;
  /** Ranked queries: whether `after` is in the ranked window or in the recency-ordered tail after it. */
  afterPhase: CursorPhase;
  /** Ranked queries: the oldest position of the ranked window, fixed at the first page. */
  boundary: RecencyPosition | null;
  /** Identifies the query (without limit and cursor); a cursor only fits the query that made it. */
  hash: string;
}

export type MongoFilter = Record<string, unknown>;

const DOLLAR = 'must not start with "$" (operators are not accepted)';
const NOT_A_STRING = 'must be a plain string (operators and nested objects are not accepted)';

const plainString = (max: number) =>
  z
    .string({ error: NOT_A_STRING })
    .trim()
    .max(max)
    .refine((v) => !v.startsWith('$'), DOLLAR);

/** A comma-separated list, or the parameter repeated: split, trimmed, empty items dropped. */
const listParam = (maxItems: number, maxItemLength: number) =>
  z
    .union([z.string(), z.array(z.string())], { error: NOT_A_STRING })
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .max(maxItemLength)
            .refine((v) => !v.startsWith('$'), DOLLAR),
        )
        .max(maxItems),
    );

const numberParam = (min: number, max: number, integer: boolean) =>
  z
    .string({ error: NOT_A_STRING })
    .trim()
    .regex(integer ? /^\d+$/ : /^\d+(\.\d+)?$/, integer ? 'must be a whole number' : 'must be a number')
    .transform(Number)
    .pipe(z.number().min(min).max(max));

const RawSearchQuerySchema = z
  .strictObject({
    q: plainString(500).optional(),
    skills: listParam(MAX_SKILL_TERMS, 200).optional(),
    match: z.enum(['all', 'any'], { error: 'must be "all" or "any"' }).optional(),
    seniority: listParam(SENIORITY_LEVELS.length, 40)
      .pipe(z.array(z.enum(SENIORITY_LEVELS, { error: `must be one of ${SENIORITY_LEVELS.join(', ')}` })))
      .optional(),
    minYears: numberParam(0, MAX_YEARS, false).optional(),
    maxYears: numberParam(0, MAX_YEARS, false).optional(),
    company: plainString(300).optional(),
    limit: numberParam(1, MAX_LIMIT, true).optional(),
    cursor: plainString(2000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.minYears !== undefined && v.maxYears !== undefined && v.minYears > v.maxYears) {
      ctx.addIssue({ code: 'custom', path: ['maxYears'], message: 'must not be below minYears' });
    }
  });

const invalid = (issues: FieldIssue[]): JobstreamError =>
  new JobstreamError(
    ErrorCodes.queryInvalid,
    `invalid search query: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  );

const issuesOf = (error: z.ZodError): FieldIssue[] =>
  error.issues.flatMap((issue): FieldIssue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: key, message: 'unknown query parameter', code: issue.code }))
      : [{ path: formatPath(issue.path), message: issue.message, code: issue.code }],
  );

export type CursorPhase = 'ranked' | 'tail';

export interface SearchCursor {
  key: RankKey;
  phase: CursorPhase;
  boundary: RecencyPosition | null;
}

const CursorSchema = z.object({
  h: z.string(),
  s: z.number().int().nonnegative(),
  t: z.number().int().nonnegative(),
  u: z.number().int(),
  id: z.string().min(1).max(200),
  p: z.enum(['r', 't']).default('r'),
  b: z.tuple([z.number().int(), z.string().min(1).max(200)]).nullable().default(null),
});

export const encodeCursor = (cursor: SearchCursor, hash: string): string => {
  const { key, phase, boundary } = cursor;
  return Buffer.from(
    JSON.stringify({
      h: hash,
      s: key.skills,
      t: key.text,
      u: key.updatedAt,
      id: key.postingId,
      p: phase === 'tail' ? 't' : 'r',
      b: boundary ? [boundary.updatedAt, boundary.postingId] : null,
    }),
  ).toString('base64url');
};

const decodeCursor = (cursor: string, hash: string): SearchCursor => {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid([{ path: 'cursor', message: 'is not a cursor returned by this API', code: 'invalid_cursor' }]);
  }
  const parsed = CursorSchema.safeParse(json);
  if (!parsed.success) {
    throw invalid([{ path: 'cursor', message: 'is not a cursor returned by this API', code: 'invalid_cursor' }]);
  }
  if (parsed.data.h !== hash) {
    throw invalid([{ path: 'cursor', message: 'belongs to a different query', code: 'invalid_cursor' }]);
  }
  const { s, t, u, id, p, b } = parsed.data;
  return {
    key: { skills: s, text: t, updatedAt: u, postingId: id },
    phase: p === 't' ? 'tail' : 'ranked',
    boundary: b ? { updatedAt: b[0], postingId: b[1] } : null,
  };
};

/**
 * Validates a parsed query string (what express hands over: strings, arrays, or objects when its
 * extended parser met `a[b]=c`). Throws JobstreamError QUERY.INVALID with one issue per field path.
 */
export const parseSearchQuery = (raw: unknown): SearchQuery => {
  const parsed = RawSearchQuerySchema.safeParse(raw ?? {});
  if (!parsed.success) throw invalid(issuesOf(parsed.error));
  const v = parsed.data;
  const q = v.q && v.q.length > 0 ? v.q : null;
  const words = q ? wordsOf(q, MAX_QUERY_WORDS) : [];
  const skills = [...new Set((v.skills ?? []).map(normalizeTerm).filter((s) => s.length > 0))];
  const seniority = [...new Set(v.seniority ?? [])];
  const company = v.company && v.company.length > 0 ? normalizeText(v.company) : null;
  const base = {
    q,
    words,
    skills,
    match: v.match ?? 'all',
    seniority,
    minYears: v.minYears ?? null,
    maxYears: v.maxYears ?? null,
    company,
  } as const;
  const hash = createHash('sha256')
    .update(JSON.stringify([base.words, base.skills, base.match, base.seniority, base.minYears, base.maxYears, base.company]))
    .digest('base64url')
    .slice(0, 16);
  const cursor = v.cursor ? decodeCursor(v.cursor, hash) : null;
  return {
    ...base,
    skillGroups: skills.map((s) => [s]),
    limit: v.limit ?? DEFAULT_LIMIT,
    after: cursor?.key ?? null,
    afterPhase: cursor?.phase ?? 'ranked',
    boundary: cursor?.boundary ?? null,
    hash,
  };
};

/** The filter of every posting the query matches (open ones only), without the cursor. */
export const buildSearchFilter = (query: SearchQuery): MongoFilter => {
  const and: MongoFilter[] = [];
  const groups = query.skillGroups;
  if (groups.length > 0) {
    const termOf = (g: string[]): unknown => (g.length === 1 ? g[0] : { $in: g });
    if (query.match === 'any' && groups.length > 1) and.push({ skillTerms: { $in: [...new Set(groups.flat())] } });
    else if (groups.length === 1) and.push({ skillTerms: termOf(groups[0]) });
    else if (groups.every((g) => g.length === 1)) and.push({ skillTerms: { $all: groups.map((g) => g[0]) } });
    else for (const g of groups) and.push({ skillTerms: termOf(g) });
  }
  if (query.words.length > 0) {
    and.push({ words: query.words.length === 1 ? query.words[0] : { $in: query.words } });
  }
  if (query.seniority.length > 0) {
    and.push({ seniorityLevel: query.seniority.length === 1 ? query.seniority[0] : { $in: query.seniority } });
  }
  // overlap of [expLow, expHigh] with [minYears, maxYears]; postings with no stated experience have null bounds
  if (query.maxYears !== null) and.push({ expLow: { $lte: query.maxYears } });
  if (query.minYears !== null) and.push({ expHigh: { $gte: query.minYears } });
  if (query.company !== null) and.push({ companyNormalized: query.company });
  return and.length === 0 ? { status: 'open' } : { status: 'open', $and: and };
};

/**
 * The query with each requested skill also satisfied by the skills it is an alias of (`aliases`: a
 * normalized alias → the ids of the skills that have it), e.g. `golang` → `[golang, go]`.
 */
export const withSkillAliases = (query: SearchQuery, aliases: ReadonlyMap<string, readonly string[]>): SearchQuery => ({
  ...query,
  skillGroups: query.skills.map((s) => [...new Set([s, ...(aliases.get(s) ?? [])])]),
});

/** Whether postings matching the query can differ in score (else recency alone orders them: a keyset). */
export const isRanked = (query: SearchQuery): boolean =>
  (query.match === 'any' && query.skills.length > 1) || query.words.length > 1;

/** The order of the recency keyset: updatedAt then id, both descending. `_id` is the postingId. */
export const RECENCY_SORT = { updatedAt: -1, _id: -1 } as const;

/** The filter part of what comes strictly after `after` in recency order (updatedAt ↓, _id ↓). */
export const keysetAfter = (after: RecencyPosition): MongoFilter => ({
  $or: [
    { updatedAt: { $lt: new Date(after.updatedAt) } },
    { updatedAt: new Date(after.updatedAt), _id: { $lt: after.postingId } },
  ],
});

/** The filter part of `position` and what comes before it in recency order (the ranked window). */
export const keysetAtOrBefore = (position: RecencyPosition): MongoFilter => ({
  $or: [
    { updatedAt: { $gt: new Date(position.updatedAt) } },
    { updatedAt: new Date(position.updatedAt), _id: { $gte: position.postingId } },
  ],
});

/** `filter` with one more condition. */
export const and = (filter: MongoFilter, condition: MongoFilter): MongoFilter => {
  const all = Array.isArray(filter['$and']) ? (filter['$and'] as MongoFilter[]) : [];
  return { ...filter, $and: [...all, condition] };
};

/** `filter` narrowed to what comes strictly after `after` in recency order. */
export const withKeyset = (filter: MongoFilter, after: RecencyPosition | null): MongoFilter =>
  after === null ? filter : and(filter, keysetAfter(after));

/** `filter` narrowed to postings that have the word `word`. */
export const withWord = (filter: MongoFilter, word: string): MongoFilter => and(filter, { words: word });

/** The score a posting gets for the query, given its skill terms and how many query words it has. */
export const rankKeyOf = (
  query: SearchQuery,
  posting: { postingId: string; updatedAt: Date; skillTerms: readonly string[] },
  wordHits: number,
): RankKey => {
  const terms = new Set(posting.skillTerms);
  return {
    skills: query.skillGroups.filter((g) => g.some((t) => terms.has(t))).length,
    text: wordHits,
    updatedAt: posting.updatedAt.getTime(),
    postingId: posting.postingId,
  };
};

/** The key of a posting in an unranked query, where every match has the same score. */
export const unrankedKeyOf = (query: SearchQuery, posting: { postingId: string; updatedAt: Date }): RankKey => ({
  skills: query.skills.length,
  text: query.words.length,
  updatedAt: posting.updatedAt.getTime(),
  postingId: posting.postingId,
});

/** Negative when `a` comes first in the results. A total order (postingId breaks every tie). */
export const compareRankKeys = (a: RankKey, b: RankKey): number =>
  b.skills - a.skills ||
  b.text - a.text ||
  b.updatedAt - a.updatedAt ||
  (a.postingId < b.postingId ? 1 : a.postingId > b.postingId ? -1 : 0);

/** Ranks candidates and cuts the page that follows `query.after`; `more` says whether items remain. */
export const pageOf = <T>(
  query: SearchQuery,
  ranked: ReadonlyArray<{ key: RankKey; item: T }>,
): { page: Array<{ key: RankKey; item: T }>; more: boolean } => {
  const after = query.after;
  const rest = [...ranked]
    .sort((a, b) => compareRankKeys(a.key, b.key))
    .filter((r) => after === null || compareRankKeys(after, r.key) < 0);
  return { page: rest.slice(0, query.limit), more: rest.length > query.limit };
};
