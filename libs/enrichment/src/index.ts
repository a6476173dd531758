/**
 * @jobstream/enrichment: skills, seniority and years of experience from a posting's text.
 * Pure TypeScript, deterministic: same input and versions give the same output.
 */
import type { SkillDef } from './taxonomy/skill-def';
import { buildEnricher, type Enricher } from './engine/enricher';
// the built-in taxonomy as generated from taxonomy/data (same values; loads without evaluating the data modules)
import { BUILTIN_FORMS, BUILTIN_SKILLS, GENERIC_TERMS, TAXONOMY_VERSION } from './taxonomy/compiled';

export type { SkillDef, SkillCategory } from './taxonomy/skill-def';
export type { Enricher, PostingInput, MentionTrace, EnrichmentTrace } from './engine/enricher';
export { ENGINE_VERSION } from './engine/enricher';
export { BUILTIN_SKILLS, GENERIC_TERMS, TAXONOMY_VERSION };
/** Loaders for the official O*NET Technology Skills and ESCO files (written by the taxonomy work). */
export * from './taxonomy/loaders';

export interface CreateEnricherOptions {
  /** Skills to match; default: the built-in taxonomy. */
  skills?: readonly SkillDef[];
  /** Version stamp of `skills`; default: the built-in taxonomy version, or `custom` for other skills. */
  taxonomyVersion?: string;
}

/** Compiles the taxonomy once; the returned enricher is reusable and synchronous. */
export function createEnricher(options: CreateEnricherOptions = {}): Enricher {
  const skills = options.skills ?? BUILTIN_SKILLS;
  const taxonomyVersion = options.taxonomyVersion ?? (options.skills ? 'custom' : TAXONOMY_VERSION);
  // the built-in taxonomy ships precompiled (kept up to date by a unit test): only linked here
  const forms = skills === BUILTIN_SKILLS ? BUILTIN_FORMS : undefined;
  return buildEnricher({ skills, taxonomyVersion, genericTerms: GENERIC_TERMS, forms });
}
