import {
  EventTypes,
  type Enrichment,
  type PostingClosedV1,
  type PostingEnrichedV1,
  type SeniorityLevel,
} from '@jobstream/contracts';

/** Test data: enriched and closed events with sensible defaults (used by unit, integration and e2e tests). */
export interface EnrichedFixture {
  postingId: string;
  version?: number;
  title?: string;
  description?: string;
  company?: string | null;
  location?: string | null;
  updatedAt?: string;
  skills?: Array<{ id: string; name: string; aliases?: string[]; requirement?: 'required' | 'preferred' }>;
  level?: SeniorityLevel;
  minYears?: number | null;
  maxYears?: number | null;
  status?: 'open' | 'closed';
}

export const enrichedEvent = (f: EnrichedFixture): PostingEnrichedV1 => {
  const version = f.version ?? 1;
  const title = f.title ?? 'Software Engineer';
  const description = f.description ?? 'Build services.';
  const text = `${title}\n${description}`;
  const updatedAt = f.updatedAt ?? '2026-01-01T00:00:00.000Z';
  const evidenceFor = (name: string) => {
    const start = text.toLowerCase().indexOf(name.toLowerCase());
    return start >= 0 ? [{ start, end: start + name.length, text: text.slice(start, start + name.length) }] : [{ start: 0, end: 0, text: '' }];
  };
  const enrichment: Enrichment = {
    skills: (f.skills ?? []).map((s) => ({
      id: s.id,
      name: s.name,
      aliases: s.aliases ?? [],
      category: 'technology',
      requirement: s.requirement ?? 'required',
      evidence: evidenceFor(s.name),
    })),
    seniority: { level: f.level ?? 'mid', basis: 'title', reason: 'test', evidence: [] },
    experience: { minYears: f.minYears ?? null, maxYears: f.maxYears ?? null, evidence: [] },
    engineVersion: 'test-1',
    taxonomyVersion: 'test-1',
  };
  return {
    type: EventTypes.postingEnriched,
    postingId: f.postingId,
    version,
    occurredAt: updatedAt,
    posting: {
      postingId: f.postingId,
      source: 'test',
      externalId: f.postingId,
      version,
      title,
      description,
      descriptionHtml: null,
      company: f.company === undefined ? 'Acme' : f.company,
      location: f.location === undefined ? 'Berlin' : f.location,
      locations: [],
      workplaceType: null,
      employmentType: null,
      salary: null,
      url: null,
      language: 'en',
      postedAt: null,
      updatedAt,
      validThrough: null,
      status: f.status ?? 'open',
      fingerprint: null,
    },
    enrichment,
  };
};

export const closedEvent = (postingId: string, version: number, occurredAt = '2026-02-01T00:00:00.000Z'): PostingClosedV1 => ({
  type: EventTypes.postingClosed,
  postingId,
  version,
  occurredAt,
  source: 'test',
  externalId: postingId,
  reason: 'filled',
});
