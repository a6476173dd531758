import type { SkillCategory, SkillDef } from '../skill-def';

/**
 * Compact row format for the hand-written taxonomy files:
 * `[id, name, aliases?, extra?]` where aliases is a `|`-separated string (or an array)
 * and extra holds any other SkillDef field (onet, esco, parent, ambiguity, a different category).
 */
export type SkillRow =
  | readonly [id: string, name: string]
  | readonly [id: string, name: string, aliases: string | readonly string[]]
  | readonly [id: string, name: string, aliases: string | readonly string[], extra: SkillExtra];

export type SkillExtra = Partial<Omit<SkillDef, 'id' | 'name' | 'aliases'>>;

function splitAliases(aliases: string | readonly string[] | undefined): string[] {
  if (aliases === undefined) return [];
  const list = typeof aliases === 'string' ? aliases.split('|') : [...aliases];
  return list.map((a) => a.trim()).filter((a) => a.length > 0);
}

const formKey = (s: string): string => s.toLowerCase().trim();

/**
 * `ambiguousForms` may only name forms the skill has: entries that name none (an alias moved to another
 * skill while resolving a clash) are dropped; if none is left the skill is not ambiguous at all.
 */
function pruneAmbiguousForms(def: SkillDef): SkillDef {
  if (!def.ambiguous || def.ambiguousForms === undefined) return def;
  const forms = new Set([def.name, ...(def.aliases ?? [])].map(formKey));
  const kept = def.ambiguousForms.filter((f) => forms.has(formKey(f)));
  if (kept.length > 0) return { ...def, ambiguousForms: kept };
  const { ambiguous: _a, ambiguousForms: _f, contextCues: _c, ...rest } = def;
  return rest;
}

/** Builds the SkillDefs of one group; every row gets `category` unless its extra says otherwise. */
export function defineSkills(category: SkillCategory, rows: readonly SkillRow[]): SkillDef[] {
  return rows.map((row) => {
    const [id, name, aliases, extra] = row as readonly [string, string, (string | readonly string[])?, SkillExtra?];
    const def: SkillDef = { id, name, category };
    const list = splitAliases(aliases);
    if (list.length > 0) def.aliases = list;
    if (extra) Object.assign(def, extra);
    return pruneAmbiguousForms(def);
  });
}

/**
 * Marks a skill as ambiguous: its forms count only near one of `cues` (or other technical context).
 * `forms` narrows which surface forms are ambiguous (default: the name only).
 */
export function amb(cues: string, forms?: string, extra: SkillExtra = {}): SkillExtra {
  const out: SkillExtra = { ...extra, ambiguous: true, contextCues: splitAliases(cues) };
  if (forms !== undefined) out.ambiguousForms = splitAliases(forms);
  return out;
}

/** Kebab-case id from a display name: `Day.js` → `day-js`, `C++` → `cpp`, `C#` → `csharp`. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(/\+/g, '-plus')
    .replace(/#/g, 'sharp')
    .replace(/&/g, '-and-')
    .replace(/'/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Plain named products/skills with no aliases: `'Emotion|Jotai|Yup'` → one SkillDef each, id from the
 * name. Each entry may carry aliases after `=`: `'Day.js=dayjs'`, several separated by `/` is not
 * supported (use a full row instead).
 */
export function simpleSkills(category: SkillCategory, names: string, extra: SkillExtra = {}): SkillDef[] {
  return splitAliases(names).map((entry) => {
    const [name, alias] = entry.split('=').map((s) => s.trim());
    const def: SkillDef = { id: slugify(name), name, category, ...extra };
    if (alias) def.aliases = [alias];
    return def;
  });
}
