// The `postings` read model of the search service.
// Pure half (no mongoose): the document, evolve, text tokens, the search query and its ranking.
export * from './domain/posting-document';
export * from './domain/postings.projection';
export * from './domain/postings-read-model.port';
export * from './domain/search-query';
export { normalizeText, normalizeTerm, wordsOf } from './domain/text';
// Adapter (mongoose): works on MongoDB and on FerretDB v1.
export { PostingsRepository, SKILL_FACET_SIZE } from './adapters/postings.repository';
export { POSTINGS_COLLECTION, POSTINGS_INDEXES, PostingReadModelSchema } from './adapters/postings.schema';
