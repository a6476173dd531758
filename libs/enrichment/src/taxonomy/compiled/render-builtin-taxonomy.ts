import { compileForms, type LinkedForms, linkedFormsOf, packForms } from '../../engine/compile';
import { engineWords } from '../../engine/match';
import type { SkillDef } from '../skill-def';

export interface BuiltinTaxonomySource {
  skills: readonly SkillDef[];
  genericTerms: readonly string[];
  version: string;
}

/** What the engine reads of a skill once its forms are compiled: identity, output fields and broadField. */
export function runtimeSkillDef(def: SkillDef): SkillDef {
  const out: SkillDef = { id: def.id, name: def.name, category: def.category };
  if (def.aliases !== undefined) out.aliases = def.aliases;
  if (def.onet !== undefined) out.onet = def.onet;
  if (def.esco !== undefined) out.esco = def.esco;
  if (def.parent !== undefined) out.parent = def.parent;
  if (def.broadField !== undefined) out.broadField = def.broadField;
  if (def.synonyms !== undefined) out.synonyms = def.synonyms;
  return out;
}

/** Values per skill in `BuiltinTaxonomyFile.skillHeads`. */
export const SKILL_HEAD_FIELDS = 4;

/** `skillHeads` and `skillRests` of the skills (see BuiltinTaxonomyFile). */
function splitSkills(defs: readonly SkillDef[]): Pick<BuiltinTaxonomyFile, 'skillHeads' | 'skillRests'> {
  const heads: (string | number)[] = [];
  const rests: string[] = [];
  for (const def of defs) {
    const { id, name, category, broadField, ...rest } = runtimeSkillDef(def);
    heads.push(id, name, category, broadField === true ? 1 : 0);
    rests.push(Object.keys(rest).length > 0 ? JSON.stringify(rest) : '');
  }
  return { skillHeads: JSON.stringify(heads), skillRests: rests.join('\n') };
}

/** The content of builtin-taxonomy.generated.json. */
export interface BuiltinTaxonomyFile {
  generatedBy: string;
  version: string;
  genericTerms: string[];
  /**
   * The skills as the engine needs them when matching (`runtimeSkillDef`: no context or negative cues, no
   * ambiguity marks: those live in the compiled forms), in two texts (strings keep the file cheap to type-check):
   * `skillHeads`, the JSON of one flat array of what linking reads of every skill (`SKILL_HEAD_FIELDS` per skill:
   * id, name, category, broad field as 1 or 0), parsed at load; and `skillRests`, one line per skill, the JSON of its
   * other fields (aliases, O*NET and ESCO labels, parent, synonyms) or an empty line, parsed only when the skill is
   * output (a stream of postings outputs a few thousand of the taxonomy's skills).
   */
  skillHeads: string;
  skillRests: string;
  /** The compiled forms of the skills and generic terms, with the tables linking makes of them (engine/compile.ts). */
  forms: LinkedForms;
}

/**
 * JSON text with every non-ASCII character written as a `\\uXXXX` escape: an ASCII file is read without UTF-8
 * decoding and parsed as a one-byte string (faster than a two-byte one), and so is the skills' JSON inside it.
 */
const asciiJson = (json: string): string => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The name of the file of the linked tables, next to builtin-taxonomy.generated.json. */
export const BUILTIN_TABLES_FILE = 'builtin-taxonomy.generated.bin';

/**
 * Text of builtin-taxonomy.generated.json, and the bytes of builtin-taxonomy.generated.bin: the built-in taxonomy as
 * the engine loads it, i.e. the skills and their compiled and linked forms (`LinkedForms`; their tables in the binary
 * file), so `createEnricher()` neither evaluates the data modules nor compiles or links anything. JSON, and bytes:
 * read and parsed natively, not compiled as a module (nor transformed by tsx).
 */
export function renderBuiltinTaxonomy(source: BuiltinTaxonomySource): { json: string; tables: Uint8Array } {
  // the forms are compiled from the whole definitions (cues and ambiguity marks included)
  const linked = linkedFormsOf(source.skills, packForms(compileForms(source.skills, source.genericTerms, { vocabWords: engineWords() })));
  const file: BuiltinTaxonomyFile = {
    generatedBy: 'npx tsx libs/enrichment/src/cli/compile-taxonomy.cli.ts (from taxonomy/data; do not edit)',
    version: source.version,
    genericTerms: [...source.genericTerms],
    ...splitSkills(source.skills),
    forms: linked.forms,
  };
  const forms = Object.entries(file.forms).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const json = asciiJson(
    '{\n' +
    `  "generatedBy": ${JSON.stringify(file.generatedBy)},\n` +
    `  "version": ${JSON.stringify(file.version)},\n` +
    `  "genericTerms": ${JSON.stringify(file.genericTerms)},\n` +
    `  "skillHeads": ${JSON.stringify(file.skillHeads)},\n` +
    `  "skillRests": ${JSON.stringify(file.skillRests)},\n` +
    `  "forms": {\n${forms.join(',\n')}\n  }\n` +
    '}\n'
  );
  return { json, tables: linked.tables };
}
