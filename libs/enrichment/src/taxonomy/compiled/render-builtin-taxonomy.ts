import { compileForms, type LinkedForms, linkedTablesOf, packForms } from '../../engine/compile';
import { engineWords, MATCHER_TABLE_KINDS, type MatcherTableName, type MatcherTables, matcherTablesOf } from '../../engine/match';
import { packTables, type Table } from '../../engine/packed-tables';
import type { SkillCategory, SkillDef } from '../skill-def';

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

/**
 * The tables of the skills as the engine needs them when matching (`runtimeSkillDef`: no context or negative cues, no
 * ambiguity marks: those live in the compiled forms), one entry per definition:
 * - `skillText`: the UTF-8 of every skill's id then name, back to back, and `skillTextEnds`, per skill the byte where
 *   its id and its name end: each decoded on its own when the skill is first made (one-byte strings where they can be;
 *   decoding the whole text at once made every id and name a two-byte string);
 * - `skillCategory`: the index of its category in `BuiltinTaxonomyFile.categories`; `skillBroadField`: 1 for a broad field;
 * - `restText`: the JSON of each skill's other fields (aliases, O*NET and ESCO labels, parent, synonyms) as UTF-8,
 *   empty for none, from `restStarts[i]` to `restStarts[i + 1]` (bytes): parsed only when the skill is output (a stream
 *   of postings outputs a few thousand of the taxonomy's skills).
 */
function skillTables(defs: readonly SkillDef[]): { categories: SkillCategory[]; arrays: Record<string, Table> } {
  const categories: SkillCategory[] = [];
  const categoryIndex = new Map<SkillCategory, number>();
  const encoder = new TextEncoder();
  const heads: Uint8Array[] = [];
  const ends = new Int32Array(2 * defs.length);
  const skillCategory = new Uint8Array(defs.length);
  const skillBroadField = new Uint8Array(defs.length);
  const rests: string[] = [];
  let bytes = 0;
  defs.forEach((def, i) => {
    const { id, name, category, broadField, ...rest } = runtimeSkillDef(def);
    const idBytes = encoder.encode(id);
    const nameBytes = encoder.encode(name);
    heads.push(idBytes, nameBytes);
    ends[2 * i] = bytes += idBytes.length;
    ends[2 * i + 1] = bytes += nameBytes.length;
    let c = categoryIndex.get(category);
    if (c === undefined) {
      categoryIndex.set(category, (c = categories.length));
      categories.push(category);
    }
    if (c > 0xff) throw new RangeError('more than 256 skill categories');
    skillCategory[i] = c;
    skillBroadField[i] = broadField === true ? 1 : 0;
    rests.push(Object.keys(rest).length > 0 ? JSON.stringify(rest) : '');
  });
  const restBytes = rests.map((r) => encoder.encode(r));
  const restStarts = new Int32Array(defs.length + 1);
  restBytes.forEach((b, i) => (restStarts[i + 1] = restStarts[i] + b.length));
  const restText = new Uint8Array(restStarts[defs.length]);
  restBytes.forEach((b, i) => restText.set(b, restStarts[i]));
  const skillText = new Uint8Array(bytes);
  heads.forEach((b, k) => skillText.set(b, k === 0 ? 0 : ends[k - 1]));
  return {
    categories,
    arrays: { skillText, skillTextEnds: ends, skillCategory, skillBroadField, restText, restStarts },
  };
}

/** The content of builtin-taxonomy.generated.json. */
export interface BuiltinTaxonomyFile {
  generatedBy: string;
  version: string;
  genericTerms: string[];
  /** The skills' categories, by their index in the `skillCategory` table. */
  categories: SkillCategory[];
  /**
   * The compiled and linked forms of the skills and generic terms, and where every table of
   * builtin-taxonomy.generated.bin is (`layout`: the linked forms' tables, the matcher's and the skills').
   */
  forms: LinkedForms;
  /** `MatcherTables` but for its tables (in the binary file). */
  matcher: Omit<MatcherTables, MatcherTableName>;
}

/**
 * JSON text with every non-ASCII character written as a `\\uXXXX` escape: an ASCII file is read without UTF-8
 * decoding and parsed as a one-byte string.
 */
const asciiJson = (json: string): string => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The name of the file of the tables, next to builtin-taxonomy.generated.json. */
export const BUILTIN_TABLES_FILE = 'builtin-taxonomy.generated.bin';

/**
 * Text of builtin-taxonomy.generated.json, and the bytes of builtin-taxonomy.generated.bin: the built-in taxonomy as
 * the engine loads it, i.e. the skills and their compiled and linked forms (`LinkedForms`), and the tables the matcher
 * derives from them (`MatcherTables`), so `createEnricher()` neither evaluates the data modules nor compiles, links or
 * derives anything. Every table is in the binary file, read once and used in place (views of its buffer); the JSON
 * holds the small rest.
 */
export function renderBuiltinTaxonomy(source: BuiltinTaxonomySource): { json: string; tables: Uint8Array } {
  // the forms are compiled from the whole definitions (cues and ambiguity marks included)
  const { compiled, header, arrays } = linkedTablesOf(source.skills, packForms(compileForms(source.skills, source.genericTerms, { vocabWords: engineWords() })));
  const vocabSize = compiled.vocabSize;
  const matcher = matcherTablesOf(compiled);
  if (compiled.vocabSize !== vocabSize) throw new Error('renderBuiltinTaxonomy: the engine words were not all in the compiled vocabulary');
  const skills = skillTables(source.skills);
  const matcherArrays = {} as Record<MatcherTableName, Table>;
  for (const name of Object.keys(MATCHER_TABLE_KINDS) as MatcherTableName[]) matcherArrays[name] = matcher[name];
  const { layout, bytes } = packTables({ ...arrays, ...matcherArrays, ...skills.arrays });
  const { verbNouns, words, digest } = matcher;
  const file: BuiltinTaxonomyFile = {
    generatedBy: 'npx tsx libs/enrichment/src/cli/compile-taxonomy.cli.ts (from taxonomy/data; do not edit)',
    version: source.version,
    genericTerms: [...source.genericTerms],
    categories: skills.categories,
    forms: { ...header, layout, tableBytes: bytes.length },
    matcher: { verbNouns, words, digest },
  };
  const lines = (o: object, indent: string): string => Object.entries(o).map(([k, v]) => `${indent}${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
  const json = asciiJson(
    '{\n' +
      `${lines({ generatedBy: file.generatedBy, version: file.version, genericTerms: file.genericTerms, categories: file.categories }, '  ')},\n` +
      `  "forms": {\n${lines({ ...header, tableBytes: bytes.length }, '    ')},\n    "layout": {\n${lines(layout, '      ')}\n    }\n  },\n` +
      `  "matcher": {\n${lines(file.matcher, '    ')}\n  }\n` +
      '}\n',
  );
  return { json, tables: bytes };
}
