import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { SkillCategory } from '../skill-def';
import { parseEscoSkills, type EscoLoadResult } from './esco-skills.loader';
import { parseOnetTechnologySkills, type OnetLoadResult } from './onet-technology-skills.loader';
import { TaxonomyLoadError } from './taxonomy-load.error';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new TaxonomyLoadError(path, `cannot read file: ${(err as Error).message}`);
  }
}

/** Reads and parses an O*NET "Technology Skills.txt" file from disk (thin wrapper over the parser). */
export function loadOnetTechnologySkillsFile(path: string): OnetLoadResult {
  return parseOnetTechnologySkills(readText(path), basename(path));
}

/** Reads and parses an ESCO skills file (CSV or one label per line) from disk. */
export function loadEscoSkillsFile(path: string, defaultCategory?: SkillCategory): EscoLoadResult {
  return parseEscoSkills(readText(path), { source: basename(path), ...(defaultCategory ? { defaultCategory } : {}) });
}
