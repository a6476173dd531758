import { compileForms, packForms, type PackedForms } from '../../engine/compile';
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
  return out;
}

/** The content of builtin-taxonomy.generated.json. */
export interface BuiltinTaxonomyFile {
  generatedBy: string;
  version: string;
  genericTerms: string[];
  /**
   * The skills as the engine needs them when matching (`runtimeSkillDef`: no context or negative cues, no
   * ambiguity marks: those live in the compiled forms), as one JSON text (parsed at load; a string keeps the
   * file cheap to type-check).
   */
  skills: string;
  /** The compiled forms of the skills and generic terms (engine/compile.ts). */
  forms: PackedForms;
}

/**
 * JSON text with every non-ASCII character written as a `\\uXXXX` escape: an ASCII file is read without UTF-8
 * decoding and parsed as a one-byte string (faster than a two-byte one), and so is the skills' JSON inside it.
 */
const asciiJson = (json: string): string => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Text of builtin-taxonomy.generated.json: the built-in taxonomy as the engine loads it, i.e. the skills
 * and their compiled forms (`PackedForms`), so `createEnricher()` neither evaluates nor compiles the data
 * modules. A JSON file: read and parsed natively, not compiled as a module (nor transformed by tsx).
 */
export function renderBuiltinTaxonomy(source: BuiltinTaxonomySource): string {
  // the forms are compiled from the whole definitions (cues and ambiguity marks included)
  const file: BuiltinTaxonomyFile = {
    generatedBy: 'npx tsx libs/enrichment/src/cli/compile-taxonomy.cli.ts (from taxonomy/data; do not edit)',
    version: source.version,
    genericTerms: [...source.genericTerms],
    skills: asciiJson(JSON.stringify(source.skills.map(runtimeSkillDef))),
    forms: packForms(compileForms(source.skills, source.genericTerms, { vocabWords: engineWords() })),
  };
  const forms = Object.entries(file.forms).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return asciiJson(
    '{\n' +
    `  "generatedBy": ${JSON.stringify(file.generatedBy)},\n` +
    `  "version": ${JSON.stringify(file.version)},\n` +
    `  "genericTerms": ${JSON.stringify(file.genericTerms)},\n` +
    `  "skills": ${JSON.stringify(file.skills)},\n` +
    `  "forms": {\n${forms.join(',\n')}\n  }\n` +
    '}\n'
  );
}
