import { compileForms, packForms, type PackedForms } from '../../engine/compile';
import type { SkillDef } from '../skill-def';

export interface BuiltinTaxonomySource {
  skills: readonly SkillDef[];
  genericTerms: readonly string[];
  version: string;
}

/** The content of builtin-taxonomy.generated.json. */
export interface BuiltinTaxonomyFile {
  generatedBy: string;
  version: string;
  genericTerms: string[];
  /** BUILTIN_SKILLS as one JSON text (parsed at load; a string keeps the file cheap to type-check). */
  skills: string;
  /** The compiled forms of the skills and generic terms (engine/compile.ts). */
  forms: PackedForms;
}

/**
 * Text of builtin-taxonomy.generated.json: the built-in taxonomy as the engine loads it, i.e. the skills
 * and their compiled forms (`PackedForms`), so `createEnricher()` neither evaluates nor compiles the data
 * modules. A JSON file: read and parsed natively, not compiled as a module (nor transformed by tsx).
 */
export function renderBuiltinTaxonomy(source: BuiltinTaxonomySource): string {
  const file: BuiltinTaxonomyFile = {
    generatedBy: 'npx tsx libs/enrichment/src/cli/compile-taxonomy.cli.ts (from taxonomy/data; do not edit)',
    version: source.version,
    genericTerms: [...source.genericTerms],
    skills: JSON.stringify(source.skills),
    forms: packForms(compileForms(source.skills, source.genericTerms)),
  };
  const forms = Object.entries(file.forms).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return (
    '{\n' +
    `  "generatedBy": ${JSON.stringify(file.generatedBy)},\n` +
    `  "version": ${JSON.stringify(file.version)},\n` +
    `  "genericTerms": ${JSON.stringify(file.genericTerms)},\n` +
    `  "skills": ${JSON.stringify(file.skills)},\n` +
    `  "forms": {\n${forms.join(',\n')}\n  }\n` +
    '}\n'
  );
}
