import type { SkillDef } from '../skill-def';
import { formKey } from '../data/taxonomy-lint';

export interface MergeOptions {
  /** Words never to add as a name or alias on their own (e.g. GENERIC_TERMS). */
  genericTerms?: readonly string[];
  /**
   * Names of at most this many characters are added only as ambiguous skills (they need context);
   * default 2 ("R", "Go" from an O*NET file).
   */
  shortNameMax?: number;
  /** Context cues given to such short-named skills; default a few generic technical cues. */
  shortNameCues?: readonly string[];
}

export interface MergeReport {
  skills: SkillDef[];
  /** Extra skills added as new skills. */
  added: number;
  /** Extra skills whose name is already a form of a base skill: not added, their onet/esco copied over. */
  annotated: number;
  /** Extra skills dropped: same id as a base skill, generic name, or a name taken by an earlier extra. */
  skipped: number;
  /** Aliases dropped from added skills because another skill already has that form. */
  droppedAliases: number;
}

const DEFAULT_CUES = ['software', 'programming', 'language', 'experience with', 'proficiency', 'knowledge of', 'tools'];

/**
 * Merges `extra` (e.g. an O*NET or ESCO load) into `base` (e.g. BUILTIN_SKILLS) without ever changing a
 * base id or creating two skills with one surface form:
 * - an extra skill with a base id is skipped (built-in definitions win);
 * - an extra skill whose name is already a name/alias of some skill is not added; instead its `onet`
 *   and `esco` labels fill the existing skill's empty fields (returned as a copy, inputs untouched);
 * - otherwise it is added with the aliases nobody else has.
 * Forms are compared as the matcher does (case, punctuation and a plural `s` folded).
 */
export function mergeTaxonomiesWithReport(
  base: readonly SkillDef[],
  extra: readonly SkillDef[],
  options: MergeOptions = {},
): MergeReport {
  const generic = new Set((options.genericTerms ?? []).map(formKey));
  const shortMax = options.shortNameMax ?? 2;
  const cues = [...(options.shortNameCues ?? DEFAULT_CUES)];
  const out: SkillDef[] = base.map((d) => ({ ...d }));
  const ids = new Set(out.map((d) => d.id));
  const owner = new Map<string, number>();
  out.forEach((d, i) => {
    for (const f of [d.name, ...(d.aliases ?? [])]) {
      const k = formKey(f);
      if (k !== '' && !owner.has(k)) owner.set(k, i);
    }
  });
  let added = 0;
  let annotated = 0;
  let skipped = 0;
  let droppedAliases = 0;
  for (const d of extra) {
    const key = formKey(d.name);
    if (ids.has(d.id) || key === '' || generic.has(key)) {
      skipped++;
      continue;
    }
    const existing = owner.get(key);
    if (existing !== undefined) {
      const target = out[existing];
      if (target && ((d.onet && !target.onet) || (d.esco && !target.esco))) {
        out[existing] = { ...target, onet: target.onet ?? d.onet, esco: target.esco ?? d.esco };
        annotated++;
      } else {
        skipped++;
      }
      continue;
    }
    const aliases: string[] = [];
    for (const a of d.aliases ?? []) {
      const k = formKey(a);
      if (k === '' || owner.has(k) || generic.has(k) || k === key) {
        droppedAliases++;
        continue;
      }
      aliases.push(a);
    }
    const def: SkillDef = { ...d };
    if (aliases.length > 0) def.aliases = aliases;
    else delete def.aliases;
    if (d.name.replace(/[^\p{L}\p{N}]/gu, '').length <= shortMax && !def.ambiguous) {
      def.ambiguous = true;
      def.ambiguousForms = [d.name];
      def.contextCues = cues;
    }
    const index = out.push(def) - 1;
    ids.add(def.id);
    for (const f of [def.name, ...aliases]) owner.set(formKey(f), index);
    added++;
  }
  return { skills: out, added, annotated, skipped, droppedAliases };
}

/** `mergeTaxonomiesWithReport(...).skills`: base skills (ids kept) plus the new skills of `extra`. */
export function mergeTaxonomies(base: readonly SkillDef[], extra: readonly SkillDef[], options: MergeOptions = {}): SkillDef[] {
  return mergeTaxonomiesWithReport(base, extra, options).skills;
}
