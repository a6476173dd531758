import type { Enrichment, Evidence, Posting, Requirement, Seniority, SeniorityLevel } from '@jobstream/contracts';

export type PostingStatus = 'open' | 'closed';

/** One skill of a posting as the read model keeps it (evidence included, for the detail endpoint). */
export interface PostingSkill {
  id: string;
  name: string;
  category: string;
  requirement: Requirement;
  evidence: Evidence[];
}

/**
 * A document of the `postings` read model (its `_id` is the postingId).
 *
 * Search fields are derived once, here, so queries stay plain equality/range filters that both MongoDB
 * and FerretDB run with indexes:
 * - `skillTerms` (ids and names, normalized) for `skills=`; aliases are in one dictionary that widens a
 *   search (see skillAliasesOf, withSkillAliases), not in every posting;
 * - `words` (normalized tokens of title + description) for `q=`;
 * - `companyNormalized` for `company=`;
 * - `expLow`/`expHigh`, the required experience as a closed range (missing minimum = 0, missing maximum =
 *   open-ended = `OPEN_ENDED_YEARS`), both null when the posting states no experience.
 *
 * A closed posting stays as a tombstone (`status: 'closed'`, its version kept) so that a stale upsert
 * replayed later cannot bring it back; searches only ever match `status: 'open'`.
 * `posting` and `enrichment` are null only for a tombstone of a posting whose content was never seen.
 */
export interface PostingDocument {
  postingId: string;
  version: number;
  status: PostingStatus;
  source: string;
  externalId: string;
  title: string;
  company: string | null;
  companyNormalized: string | null;
  location: string | null;
  locations: string[];
  postedAt: Date | null;
  updatedAt: Date;
  closedAt: Date | null;
  seniority: Seniority | null;
  seniorityLevel: SeniorityLevel | null;
  experience: { minYears: number | null; maxYears: number | null };
  expLow: number | null;
  expHigh: number | null;
  skills: PostingSkill[];
  skillTerms: string[];
  words: string[];
  posting: Posting | null;
  enrichment: Enrichment | null;
}

/** Upper end of an open-ended requirement ("5+ years"). */
export const OPEN_ENDED_YEARS = 1000;
