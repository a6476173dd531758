import type { Enrichment, Posting, SeniorityLevel } from '@jobstream/contracts';
import type { PostingSkill, PostingStatus } from './posting-document';
import type { ReadModelEvent } from './postings.projection';
import type { SearchQuery } from './search-query';

/** One hit of `GET /v1/search`. */
export interface SearchItem {
  postingId: string;
  title: string;
  company: string | null;
  location: string | null;
  locations: string[];
  seniority: SeniorityLevel | null;
  experience: { minYears: number | null; maxYears: number | null };
  skills: PostingSkill[];
  postedAt: string | null;
  updatedAt: string;
  /** Why it ranks where it does: requested skills it has, query words it has. */
  score: { skills: number; text: number };
}

export interface SearchFacets {
  skills: Array<{ id: string; name: string; count: number }>;
  seniority: Array<{ level: SeniorityLevel; count: number }>;
}

export interface SearchResult {
  items: SearchItem[];
  facets: SearchFacets;
  nextCursor: string | null;
}

/**
 * `GET /v1/postings/{postingId}`: the enriched posting with its evidence. The summary fields at the top
 * (as in a search item) are followed by the whole normalized posting and the whole enrichment.
 */
export interface PostingView extends Omit<SearchItem, 'score'> {
  version: number;
  status: PostingStatus;
  closedAt: string | null;
  posting: Posting;
  enrichment: Enrichment;
}

export interface ApplyResult {
  /** Events in the batch. */
  events: number;
  /** Documents written (inserted or replaced). */
  written: number;
  /** Documents whose events changed nothing, or lost a race to a newer version. */
  unchanged: number;
}

/** The port the search service uses; the mongoose repository implements it. */
export interface PostingsReadModel {
  applyEvents(events: readonly ReadModelEvent[]): Promise<ApplyResult>;
  search(query: SearchQuery): Promise<SearchResult>;
  getById(postingId: string): Promise<PostingView | null>;
  /** Creates the indexes where the store uses them; `created: false` where it would only pay for them (FerretDB v1). */
  ensureIndexes(): Promise<{ created: boolean }>;
  ping(): Promise<void>;
}
