import { createEnricher } from '@jobstream/enrichment';
import type { Enricher } from './enrich-batch';

/** The enrichment engine of @jobstream/enrichment, compiled once at start, fed the normalized posting. */
export const createEngine = (): Enricher => {
  const engine = createEnricher();
  return {
    enrich: (p) =>
      engine.enrich({ id: p.postingId, title: p.title, description: p.description, company: p.company ?? undefined, location: p.location ?? undefined }),
  };
};
