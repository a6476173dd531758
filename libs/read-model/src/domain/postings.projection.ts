import type { PostingClosedV1, PostingEnrichedV1 } from '@jobstream/contracts';
import { OPEN_ENDED_YEARS, type PostingDocument } from './posting-document';
import { normalizeTerm, normalizeText, wordsOf } from './text';

export type ReadModelEvent = PostingEnrichedV1 | PostingClosedV1;

const uniq = (values: string[]): string[] => [...new Set(values.filter((v) => v.length > 0))];

const experienceRange = (minYears: number | null, maxYears: number | null): { expLow: number | null; expHigh: number | null } =>
  minYears === null && maxYears === null
    ? { expLow: null, expHigh: null }
    : { expLow: minYears ?? 0, expHigh: maxYears ?? OPEN_ENDED_YEARS };

/** What the read model keeps of an enrichment's skills, seniority and experience (so a stored form may keep only the enrichment). */
export const enrichmentFields = (
  enrichment: PostingEnrichedV1['enrichment'] | null,
): Pick<PostingDocument, 'skills' | 'seniority' | 'experience'> => ({
  skills: (enrichment?.skills ?? []).map((s) => ({ id: s.id, name: s.name, category: s.category, requirement: s.requirement, evidence: s.evidence })),
  seniority: enrichment?.seniority ?? null,
  experience: { minYears: enrichment?.experience.minYears ?? null, maxYears: enrichment?.experience.maxYears ?? null },
});

const fromEnriched = (event: PostingEnrichedV1): PostingDocument => {
  const { posting, enrichment } = event;
  const { skills } = enrichmentFields(enrichment);
  const { minYears, maxYears } = enrichment.experience;
  return {
    postingId: event.postingId,
    version: event.version,
    status: posting.status === 'closed' ? 'closed' : 'open',
    source: posting.source,
    externalId: posting.externalId,
    title: posting.title,
    company: posting.company,
    companyNormalized: posting.company ? normalizeText(posting.company) : null,
    location: posting.location,
    locations: posting.locations.length > 0 ? posting.locations : posting.location ? [posting.location] : [],
    postedAt: posting.postedAt ? new Date(posting.postedAt) : null,
    updatedAt: new Date(posting.updatedAt),
    closedAt: posting.status === 'closed' ? new Date(event.occurredAt) : null,
    seniority: enrichment.seniority,
    seniorityLevel: enrichment.seniority.level,
    experience: { minYears, maxYears },
    ...experienceRange(minYears, maxYears),
    skills,
    skillTerms: uniq(enrichment.skills.flatMap((s) => [normalizeTerm(s.id), normalizeTerm(s.name)])),
    words: wordsOf(`${posting.title}\n${posting.description}`),
    posting: { ...posting, postingId: event.postingId, version: event.version },
    enrichment,
  };
};

/** One alias of a skill, normalized, as the alias dictionary keeps it (a search for it finds the skill). */
export interface SkillAlias {
  term: string;
  skillId: string;
}

/** A skill as the alias dictionary sees it: its id and the aliases an event names for it. */
export type SkillWithAliases = PostingEnrichedV1['enrichment']['skills'][number];

/** One string per (skill id, alias list): equal when two events name a skill with the very same aliases. */
export const aliasSignatureOf = (skill: Pick<SkillWithAliases, 'id' | 'aliases'>): string => `${skill.id}\u0001${skill.aliases.join('\u0001')}`;

/**
 * The aliases the enriched events name for their skills, normalized, without those equal to a skill's own
 * id or name (postings store these in `skillTerms`). Postings keep ids and names only; the aliases go
 * to one dictionary, which a search reads to widen `skills=golang` to the skill `go`. Skills for which
 * `isKnown` says yes (their aliases are in the dictionary already) are skipped unread.
 */
export const skillAliasesOf = (events: readonly ReadModelEvent[], isKnown: (skill: SkillWithAliases) => boolean = () => false): SkillAlias[] => {
  const seen = new Set<string>();
  const out: SkillAlias[] = [];
  for (const event of events) {
    if (event.type !== 'posting.enriched.v1') continue;
    for (const skill of event.enrichment.skills) {
      if (skill.aliases.length === 0 || isKnown(skill)) continue;
      const own = new Set([normalizeTerm(skill.id), normalizeTerm(skill.name)]);
      for (const alias of skill.aliases) {
        const term = normalizeTerm(alias);
        const key = `${term}\t${skill.id}`;
        if (term.length === 0 || own.has(term) || seen.has(key)) continue;
        seen.add(key);
        out.push({ term, skillId: skill.id });
      }
    }
  }
  return out;
};

const tombstone = (current: PostingDocument | null, event: PostingClosedV1): PostingDocument => {
  const closedAt = new Date(event.occurredAt);
  if (current) {
    return {
      ...current,
      version: event.version,
      status: 'closed',
      closedAt,
      posting: current.posting ? { ...current.posting, status: 'closed', version: event.version } : null,
    };
  }
  return {
    postingId: event.postingId,
    version: event.version,
    status: 'closed',
    source: event.source,
    externalId: event.externalId,
    title: '',
    company: null,
    companyNormalized: null,
    location: null,
    locations: [],
    postedAt: null,
    updatedAt: closedAt,
    closedAt,
    seniority: null,
    seniorityLevel: null,
    experience: { minYears: null, maxYears: null },
    expLow: null,
    expHigh: null,
    skills: [],
    skillTerms: [],
    words: [],
    posting: null,
    enrichment: null,
  };
};

/**
 * evolve(document, event) → document: the read model of one posting.
 *
 * - Guarded by version: an event whose version is not above the document's changes nothing (the very
 *   same document object is returned, so callers can tell "no change" by identity). Duplicates,
 *   replays and out-of-order deliveries therefore converge on the newest version.
 * - `posting.enriched.v1` replaces the document with the posting and its enrichment.
 * - `posting.closed.v1` turns it into a tombstone (`status: 'closed'`, version kept, content kept for
 *   the detail endpoint) rather than deleting it: a stale upsert arriving after the close carries a lower
 *   version and is ignored, so it cannot resurrect the posting. A close for a posting never seen makes a
 *   content-less tombstone for the same reason.
 *
 * It never returns null (the read model never forgets a posting id); the `| null` keeps the Emmett shape.
 */
export const evolve = (document: PostingDocument | null, event: ReadModelEvent): PostingDocument | null => {
  if (document && event.version <= document.version) return document;
  switch (event.type) {
    case 'posting.enriched.v1':
      return fromEnriched(event);
    case 'posting.closed.v1':
      return tombstone(document, event);
  }
};

/** Folds events in order over a starting document. */
export const evolveAll = (document: PostingDocument | null, events: readonly ReadModelEvent[]): PostingDocument | null =>
  events.reduce<PostingDocument | null>((doc, event) => evolve(doc, event), document);
