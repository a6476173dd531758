/**
 * @jobstream/enrichment: skills, seniority and years of experience from a posting's text.
 * Pure TypeScript, deterministic: same input and versions give the same output.
 */
import type { SkillDef } from './taxonomy/skill-def';
import { buildEnricher, type Enricher } from './engine/enricher';
// the built-in taxonomy as generated from taxonomy/data (loads without evaluating the data modules)
import { builtinForms, builtinMatcherTables, builtinSkillDef, GENERIC_TERMS, TAXONOMY_VERSION } from './taxonomy/compiled';

export type { SkillDef, SkillCategory } from './taxonomy/skill-def';
export type { Enricher, PostingInput, MentionTrace, EnrichmentTrace } from './engine/enricher';
export { ENGINE_VERSION } from './engine/enricher';
export { GENERIC_TERMS, TAXONOMY_VERSION };

/**
 * The built-in skills with their whole definitions (cues and ambiguity marks included), e.g. to merge
 * an organisation's O*NET or ESCO file into them. Evaluates the taxonomy data modules on first call; the
 * default enricher does not need them (it loads the precompiled taxonomy).
 */
export function builtinSkills(): readonly SkillDef[] {
  // a lazy require: importing the library must not evaluate the data modules
  return (require('./taxonomy/data') as typeof import('./taxonomy/data')).BUILTIN_SKILLS;
}
/**
 * Loaders for the official O*NET Technology Skills and ESCO files (written by the taxonomy work), their modules (and
 * CSV parser) loaded on first call: importing the library for the default enricher need not load them (a tenth of its
 * load time).
 */
export { TaxonomyLoadError } from './taxonomy/loaders/taxonomy-load.error';
export type { EscoLoadOptions, EscoLoadResult, MergeOptions, MergeReport, OnetLoadResult, OnetTechnology } from './taxonomy/loaders';
type Loaders = typeof import('./taxonomy/loaders');
const loaders = (): Loaders => require('./taxonomy/loaders') as Loaders;
export const parseOnetTechnologySkills: Loaders['parseOnetTechnologySkills'] = (...args) => loaders().parseOnetTechnologySkills(...args);
export const categoryForCommodityTitle: Loaders['categoryForCommodityTitle'] = (...args) => loaders().categoryForCommodityTitle(...args);
export const parseEscoSkills: Loaders['parseEscoSkills'] = (...args) => loaders().parseEscoSkills(...args);
export const mergeTaxonomies: Loaders['mergeTaxonomies'] = (...args) => loaders().mergeTaxonomies(...args);
export const mergeTaxonomiesWithReport: Loaders['mergeTaxonomiesWithReport'] = (...args) => loaders().mergeTaxonomiesWithReport(...args);
export const loadOnetTechnologySkillsFile: Loaders['loadOnetTechnologySkillsFile'] = (...args) => loaders().loadOnetTechnologySkillsFile(...args);
export const loadEscoSkillsFile: Loaders['loadEscoSkillsFile'] = (...args) => loaders().loadEscoSkillsFile(...args);

export interface CreateEnricherOptions {
  /** Skills to match; default: the built-in taxonomy. */
  skills?: readonly SkillDef[];
  /** Version stamp of `skills`; default: the built-in taxonomy version, or `custom` for other skills. */
  taxonomyVersion?: string;
}

/** Compiles the taxonomy once; the returned enricher is reusable and synchronous. */
export function createEnricher(options: CreateEnricherOptions = {}): Enricher {
  const taxonomyVersion = options.taxonomyVersion ?? (options.skills ? 'custom' : TAXONOMY_VERSION);
  // the built-in taxonomy ships precompiled (kept up to date by a unit test): only linked here
  if (!options.skills) return buildEnricher({ skills: builtinSkillDef, taxonomyVersion, genericTerms: GENERIC_TERMS, forms: builtinForms(), matcherTables: builtinMatcherTables() });
  return buildEnricher({ skills: options.skills, taxonomyVersion, genericTerms: GENERIC_TERMS });
}
