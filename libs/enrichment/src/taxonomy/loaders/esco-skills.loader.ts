import { parse } from 'csv-parse/sync';
import type { SkillCategory, SkillDef } from '../skill-def';
import { IdAllocator } from './ids';
import { TaxonomyLoadError } from './taxonomy-load.error';

export interface EscoLoadOptions {
  /** Category for every loaded skill when the file says nothing better; default `other`. */
  defaultCategory?: SkillCategory;
  /** File name for error messages. */
  source?: string;
}

export interface EscoLoadResult {
  skills: SkillDef[];
  format: 'csv' | 'labels';
  /** Data records read (header excluded). */
  records: number;
  /** Records skipped: empty preferred label, or a label already seen. */
  skipped: number;
}

/** ESCO `skillType` → category: knowledge items are concepts, the rest keep the default. */
function categoryFor(skillType: string | undefined, fallback: SkillCategory): SkillCategory {
  if (skillType !== undefined && /knowledge/i.test(skillType)) return 'concept';
  return fallback;
}

/** The ESCO concept UUID at the end of a conceptUri (`http://data.europa.eu/esco/skill/<uuid>`). */
function uuidOf(conceptUri: string | undefined): string | undefined {
  const m = conceptUri?.trim().match(/\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i);
  return m?.[1]?.toLowerCase();
}

function splitAltLabels(cell: string | undefined): string[] {
  if (cell === undefined) return [];
  return cell
    .split(/\r?\n|\|/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when the first line looks like an ESCO CSV header (has a preferredLabel column). */
function looksLikeCsv(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return /(^|[,;"\t])\s*"?preferredLabel"?\s*([,;"\t]|$)/.test(firstLine);
}

function fromCsv(text: string, options: Required<EscoLoadOptions>): EscoLoadResult {
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
      trim: false,
    }) as Record<string, string>[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new TaxonomyLoadError(options.source, `unreadable ESCO CSV: ${e.message}`, e.lines);
  }
  const ids = new IdAllocator('esco');
  const seenIds = new Set<string>();
  const seenLabels = new Set<string>();
  const skills: SkillDef[] = [];
  let skipped = 0;
  for (const rec of records) {
    const name = (rec['preferredLabel'] ?? '').trim();
    if (name === '' || seenLabels.has(name.toLowerCase())) {
      skipped++;
      continue;
    }
    const uuid = uuidOf(rec['conceptUri']);
    const id = uuid && !seenIds.has(`esco-${uuid}`) ? `esco-${uuid}` : ids.idFor(name);
    seenIds.add(id);
    seenLabels.add(name.toLowerCase());
    const aliases = [...new Set(splitAltLabels(rec['altLabels']).filter((a) => a.toLowerCase() !== name.toLowerCase()))];
    const def: SkillDef = { id, name, category: categoryFor(rec['skillType'], options.defaultCategory), esco: name };
    if (aliases.length > 0) def.aliases = aliases;
    skills.push(def);
  }
  return { skills, format: 'csv', records: records.length, skipped };
}

function fromLabels(text: string, options: Required<EscoLoadOptions>): EscoLoadResult {
  const ids = new IdAllocator('esco');
  const seen = new Set<string>();
  const skills: SkillDef[] = [];
  let records = 0;
  let skipped = 0;
  for (const raw of text.split(/\r?\n/)) {
    const name = raw.trim();
    if (name === '') continue;
    records++;
    if (seen.has(name.toLowerCase())) {
      skipped++;
      continue;
    }
    seen.add(name.toLowerCase());
    skills.push({ id: ids.idFor(name), name, category: options.defaultCategory, esco: name });
  }
  return { skills, format: 'labels', records, skipped };
}

/**
 * Parses an ESCO skills file: either the official CSV (columns `preferredLabel` and `altLabels`, where
 * altLabels holds several labels separated by newlines inside one quoted cell; `conceptUri` and
 * `skillType` are used when present) or a plain list with one preferred label per line. Each skill
 * gets `esco` = its preferred label; ids are `esco-<concept uuid>` when the URI is known, else
 * `esco-<slug>`. BOM and CRLF line ends are accepted. Pure: takes the file content, returns data.
 */
export function parseEscoSkills(content: string, options: EscoLoadOptions = {}): EscoLoadResult {
  const opts: Required<EscoLoadOptions> = {
    defaultCategory: options.defaultCategory ?? 'other',
    source: options.source ?? 'ESCO skills',
  };
  const text = stripBom(content);
  return looksLikeCsv(text) ? fromCsv(text, opts) : fromLabels(text, opts);
}
