import type { SkillDef } from '../skill-def';
import { AI_DATA } from './ai-data';
import { CLOUD } from './cloud';
import { DATA_STORES } from './data-stores';
import { DEVOPS } from './devops';
import { ENGINE_ADDITIONS } from './engine-additions';
import { FRAMEWORKS } from './frameworks';
import { LANGUAGES } from './languages';
import { LIBRARIES } from './libraries';
import { MEDIA_PROTOCOLS } from './media-protocols';
import { BUSINESS } from './non-tech-business';
import { FINANCE } from './non-tech-finance';
import { HEALTHCARE } from './non-tech-healthcare';
import { LOGISTICS_TRADES } from './non-tech-logistics-trades';
import { OBSERVABILITY_SECURITY } from './observability-security';
import { PRACTICES_CONCEPTS } from './practices-concepts';
import { REFERENCE_LABELS } from './reference-labels';
import { SOFT_SKILLS } from './soft-skills';
import { SPOKEN_LANGUAGES } from './spoken-languages';
import { TOOLS_PRODUCTS } from './tools-products';
import { WELL_KNOWN_NON_TECH } from './well-known-non-tech';
import { EXTRA_FORMS_2, WELL_KNOWN_NON_TECH_2 } from './well-known-non-tech-2';
import { WELL_KNOWN_TECH } from './well-known-tech';
import { WELL_KNOWN_TECH_2 } from './well-known-tech-2';
import { EXTRA_FORMS_3, WELL_KNOWN_3 } from './well-known-3';
import { WELL_KNOWN_4 } from './well-known-4';
import { WELL_KNOWN_5 } from './well-known-5';
import { WELL_KNOWN_6 } from './well-known-6';
import { EXTRA_FORMS_7, WELL_KNOWN_7 } from './well-known-7';
import { WELL_KNOWN_8 } from './well-known-8';
import { WELL_KNOWN_9 } from './well-known-9';

/**
 * Version of the built-in taxonomy: `jobstream-<year>.<month>.<revision>`. Bump the revision whenever
 * a skill is added, removed or changes its names, so enrichments can be traced to the data that made them.
 */
export const TAXONOMY_VERSION = 'jobstream-2026.11.78';

/** The hand-written groups, in precedence order (earlier groups win nothing: ids must be unique). */
export const BUILTIN_SKILL_GROUPS: Readonly<Record<string, readonly SkillDef[]>> = {
  languages: LANGUAGES,
  frameworks: FRAMEWORKS,
  libraries: LIBRARIES,
  'data-stores': DATA_STORES,
  cloud: CLOUD,
  devops: DEVOPS,
  'observability-security': OBSERVABILITY_SECURITY,
  'media-protocols': MEDIA_PROTOCOLS,
  'practices-concepts': PRACTICES_CONCEPTS,
  'ai-data': AI_DATA,
  'tools-products': TOOLS_PRODUCTS,
  'non-tech-healthcare': HEALTHCARE,
  'non-tech-finance': FINANCE,
  'non-tech-logistics-trades': LOGISTICS_TRADES,
  'non-tech-business': BUSINESS,
  'soft-skills': SOFT_SKILLS,
  'spoken-languages': SPOKEN_LANGUAGES,
  'engine-additions': ENGINE_ADDITIONS,
  'well-known-tech': WELL_KNOWN_TECH,
  'well-known-tech-2': WELL_KNOWN_TECH_2,
  'well-known-3': WELL_KNOWN_3,
  'well-known-4': WELL_KNOWN_4,
  'well-known-5': WELL_KNOWN_5,
  'well-known-6': WELL_KNOWN_6,
  'well-known-7': WELL_KNOWN_7,
  'well-known-8': WELL_KNOWN_8,
  'well-known-9': WELL_KNOWN_9,
  'well-known-non-tech': WELL_KNOWN_NON_TECH,
  'well-known-non-tech-2': WELL_KNOWN_NON_TECH_2,
};

/** Thrown at load time when two groups define the same id: a data bug, never silently resolved. */
export class SkillIdClashError extends Error {
  constructor(
    readonly id: string,
    readonly groups: readonly string[],
  ) {
    super(`taxonomy id clash: "${id}" is defined in ${groups.join(' and ')}; ids must be unique`);
    this.name = 'SkillIdClashError';
  }
}

/**
 * Concatenates groups into one list, keeping the first occurrence of an id only when it is the very same
 * object (a group re-exporting another's skill); two different definitions of one id are an error.
 */
export function concatSkillGroups(groups: Readonly<Record<string, readonly SkillDef[]>>): SkillDef[] {
  const seen = new Map<string, { def: SkillDef; group: string }>();
  const out: SkillDef[] = [];
  for (const [group, defs] of Object.entries(groups)) {
    for (const def of defs) {
      const prior = seen.get(def.id);
      if (prior) {
        if (prior.def === def) continue;
        throw new SkillIdClashError(def.id, [prior.group, group]);
      }
      seen.set(def.id, { def, group });
      out.push(def);
    }
  }
  return out;
}

/** Fills `onet`/`esco` from the reference lookup where a skill does not set them itself (copies). */
function withReferenceLabels(skills: readonly SkillDef[]): SkillDef[] {
  return skills.map((def) => {
    const ref = REFERENCE_LABELS[def.id];
    if (!ref || ((def.onet || !ref.onet) && (def.esco || !ref.esco))) return def;
    return { ...def, onet: def.onet ?? ref.onet, esco: def.esco ?? ref.esco };
  });
}

/**
 * Context cues must not be ambiguous words themselves: "Rust" near "C", or "Word" near "Access", would let
 * two everyday words vouch for each other ("Grade C … Rust-proof", "Access to benefits. Word of mouth").
 * Removes from every cue list the capitalised one-word forms (product and language names) that some skill
 * marks as ambiguous (a skill without any cue left keeps its own list, to stay valid).
 */
export function withoutAmbiguousCues(skills: readonly SkillDef[]): SkillDef[] {
  const risky = new Set<string>();
  for (const def of skills) {
    if (!def.ambiguous) continue;
    for (const form of def.ambiguousForms ?? [def.name]) {
      // proper names only (Rust, Word, Access, Go): lower-case concept words (embedded, analytics) stay cues, and so do
      // abbreviations in capitals (ML, AI, NLP), which are no everyday words
      const f = form.trim();
      if (!/\s/.test(f) && /\p{Lu}/u.test(f) && !/^\p{Lu}{2,}$/u.test(f)) risky.add(f.toLowerCase());
    }
  }
  return skills.map((def) => {
    if (!def.contextCues) return def;
    const kept = def.contextCues.filter((cue) => !risky.has(cue.trim().toLowerCase()));
    return kept.length === def.contextCues.length || kept.length === 0 ? def : { ...def, contextCues: kept };
  });
}

/**
 * Names a specific skill also goes by that the text may not be matched on, because there they name the broader
 * thing ("Juniper SRX" is a firewall, "ControlLogix" a PLC): given in the output's aliases (SkillDef.synonyms).
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'it-change-management': ['change management'],
  'claims-fraud-investigation': ['fraud detection', 'fraud investigation'],
  'active-directory-attacks': ['Active Directory'],
  'juniper-srx': ['firewalls', 'next-generation firewalls'],
  controllogix: ['programmable logic controllers', 'PLC'],
  'electrical-trim-out': ['trim-out', 'trim out'],
  'resident-retention': ['retention'],
  'engine-diagnostics': ['diagnostics'],
  'clabsi-prevention': ['infection prevention'],
};

function withSynonyms(skills: readonly SkillDef[]): SkillDef[] {
  const ids = new Set(skills.map((d) => d.id));
  for (const id of Object.keys(SYNONYMS)) if (!ids.has(id)) throw new Error(`taxonomy synonyms: no skill "${id}"`);
  return skills.map((def) => {
    const more = SYNONYMS[def.id];
    return more ? { ...def, synonyms: [...(def.synonyms ?? []), ...more] } : def;
  });
}

/**
 * More ways postings phrase skills of the other groups ("receiving deliveries" for inbound receiving), kept apart from
 * the rows they extend: each `[id, form]` adds `form` to that skill's aliases (an unknown id throws).
 */
function withExtraForms(skills: readonly SkillDef[], pairs: ReadonlyArray<readonly [string, string]>): SkillDef[] {
  const more = new Map<string, string[]>();
  for (const [id, form] of pairs) more.set(id, [...(more.get(id) ?? []), form]);
  const ids = new Set(skills.map((d) => d.id));
  for (const id of more.keys()) if (!ids.has(id)) throw new Error(`taxonomy extra forms: no skill "${id}"`);
  return skills.map((def) => {
    const forms = more.get(def.id);
    if (!forms) return def;
    const known = new Set([def.name, ...(def.aliases ?? [])].map((f) => f.toLowerCase()));
    const added = forms.filter((f) => !known.has(f.toLowerCase()));
    return added.length === 0 ? def : { ...def, aliases: [...(def.aliases ?? []), ...added] };
  });
}

/** Every built-in skill, de-duplicated by id (an id defined twice throws `SkillIdClashError`). */
export const BUILTIN_SKILLS: readonly SkillDef[] = withoutAmbiguousCues(
  withSynonyms(withReferenceLabels(withExtraForms(concatSkillGroups(BUILTIN_SKILL_GROUPS), [...EXTRA_FORMS_2, ...EXTRA_FORMS_3, ...EXTRA_FORMS_7]))),
);

/**
 * Generic words that are never a skill on their own (guideline: "backend", "features", "products",
 * "users"…). No skill uses one of them as a name or alias; the matcher may also use the list to refuse
 * user-supplied (O*NET/ESCO) aliases that are just one of these words.
 */
export const GENERIC_TERMS: readonly string[] = [
  'backend', 'back-end', 'frontend', 'front-end', 'fullstack', 'full-stack', 'features', 'feature', 'products',
  'product', 'users', 'user', 'customers', 'clients', 'platform', 'platforms', 'systems', 'system', 'services',
  'service', 'software', 'applications', 'application', 'apps', 'app', 'tools', 'tool', 'technology',
  'technologies', 'solutions', 'data', 'code', 'engineering', 'development', 'infrastructure', 'cloud', 'web',
  'mobile', 'team', 'teams', 'work', 'experience', 'projects', 'project', 'business', 'operations', 'support',
  'management', 'quality', 'design', 'process', 'processes', 'skills', 'ability', 'knowledge', 'tasks',
  'environment', 'office', 'computer', 'internet', 'email', 'phone', 'stack', 'scale', 'growth', 'impact',
];
