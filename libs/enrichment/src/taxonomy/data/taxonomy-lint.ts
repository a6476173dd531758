import { namesApartByS, type SkillDef } from '../skill-def';
import { isSkillCategory } from './categories';

/** One problem found in taxonomy data: which skill, which rule, and what is wrong. */
export interface TaxonomyIssue {
  id: string;
  rule:
    | 'id-format'
    | 'id-duplicate'
    | 'empty-name'
    | 'blank-alias'
    | 'category'
    | 'form-collision'
    | 'ambiguous-without-cues'
    | 'ambiguous-form-unknown'
    | 'short-form-unmarked'
    | 'generic-form-unmarked'
    | 'label-of-other-skill';
  detail: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Surface-form key as the matcher compares forms: lower-case, NFKC, punctuation other than `+` and `#` folded
 * to spaces, and a plural `s` dropped from every word of more than three letters (the tokenizer's stem, so
 * "sanction screening" and "sanctions screening" are one form).
 */
export function formKey(form: string): string {
  const words = form
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return words.map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)).join(' ');
}

/** Forms of a skill that are ambiguous (need context): `ambiguousForms`, else the name when ambiguous. */
export function ambiguousFormsOf(def: SkillDef): string[] {
  if (!def.ambiguous) return [];
  return def.ambiguousForms ?? [def.name];
}

/**
 * Checks the rules every taxonomy (built-in or merged) must satisfy. Two skills may share a surface form
 * only when they share their name (the engine merges same-named rows into one skill) or when the form
 * is ambiguous in both (it then matches case-sensitively and only with context, which tells them apart). `genericTerms` are words that are
 * never a skill alone: a skill may use one only as an ambiguous form.
 */
export function lintTaxonomy(skills: readonly SkillDef[], genericTerms: readonly string[] = []): TaxonomyIssue[] {
  const issues: TaxonomyIssue[] = [];
  const ids = new Set<string>();
  const owners = new Map<string, { id: string; ambiguous: boolean; surface: string }>();
  // Skills sharing a name are one skill to the engine (extra rows add surface forms): group them.
  const groupOf = new Map<string, string>();
  for (const def of skills) {
    const key = formKey(def.name);
    if (!groupOf.has(key)) groupOf.set(key, def.id);
  }
  const group = (def: SkillDef): string => groupOf.get(formKey(def.name)) ?? def.id;
  const generic = new Set(genericTerms.map(formKey));
  for (const def of skills) {
    if (!KEBAB.test(def.id)) issues.push({ id: def.id, rule: 'id-format', detail: 'id is not kebab-case' });
    if (ids.has(def.id)) issues.push({ id: def.id, rule: 'id-duplicate', detail: 'id defined twice' });
    ids.add(def.id);
    if (def.name.trim() === '' || def.name !== def.name.trim()) {
      issues.push({ id: def.id, rule: 'empty-name', detail: `name "${def.name}" is empty or padded` });
    }
    if (!isSkillCategory(def.category)) {
      issues.push({ id: def.id, rule: 'category', detail: `unknown category "${def.category}"` });
    }
    const forms = [def.name, ...(def.aliases ?? [])];
    const keys = new Set<string>();
    const ambiguous = new Set(ambiguousFormsOf(def).map(formKey));
    for (const form of forms) {
      const key = formKey(form);
      if (key === '') {
        issues.push({ id: def.id, rule: 'blank-alias', detail: `form "${form}" has no letters or digits` });
        continue;
      }
      if (keys.has(key)) continue;
      keys.add(key);
      const owner = owners.get(key);
      const mine = { id: group(def), ambiguous: ambiguous.has(key), surface: form.trim() };
      // Allowed: same skill group; or the form needs context in both skills (case and cues decide); or two names
      // told apart by an "s" of their own (the engine's PAT_SINGULAR)
      if (owner !== undefined && owner.id !== mine.id && !(owner.ambiguous && mine.ambiguous) && !namesApartByS(owner.surface, mine.surface)) {
        issues.push({ id: def.id, rule: 'form-collision', detail: `"${form}" is also a form of ${owner.id}` });
      } else if (owner === undefined) {
        owners.set(key, mine);
      }
    }
    if (def.ambiguous && (def.contextCues ?? []).length === 0) {
      issues.push({ id: def.id, rule: 'ambiguous-without-cues', detail: 'ambiguous skill has no context cues' });
    }
    for (const form of ambiguous) {
      if (!keys.has(form)) {
        issues.push({ id: def.id, rule: 'ambiguous-form-unknown', detail: `ambiguous form "${form}" is no form of it` });
      }
    }
    for (const form of forms) {
      const key = formKey(form);
      if (ambiguous.has(key)) continue;
      if (/^[a-z]{1,2}$/i.test(form.trim())) {
        issues.push({ id: def.id, rule: 'short-form-unmarked', detail: `"${form}" is one or two letters but not ambiguous` });
      }
      if (generic.has(key)) {
        issues.push({ id: def.id, rule: 'generic-form-unmarked', detail: `"${form}" is a generic word but not ambiguous` });
      }
    }
  }
  // An O*NET/ESCO label that is a form of another skill (and of none of this one's) names that skill:
  // typically a label kept after the form moved to a skill of its own.
  const formsOf = new Map<string, Set<string>>();
  for (const def of skills) {
    const set = formsOf.get(group(def)) ?? new Set<string>();
    for (const form of [def.name, ...(def.aliases ?? [])]) set.add(formKey(form));
    formsOf.set(group(def), set);
  }
  for (const def of skills) {
    for (const [kind, label] of [['onet', def.onet], ['esco', def.esco]] as const) {
      if (label === undefined) continue;
      const key = formKey(label);
      const owner = owners.get(key);
      if (owner !== undefined && owner.id !== group(def) && !formsOf.get(group(def))?.has(key)) {
        issues.push({ id: def.id, rule: 'label-of-other-skill', detail: `${kind} label "${label}" names ${owner.id}` });
      }
    }
  }
  return issues;
}
