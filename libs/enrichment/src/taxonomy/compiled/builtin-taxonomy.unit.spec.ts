import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileForms, linkTaxonomy, packForms } from '../../engine/compile';
import { engineWords } from '../../engine/match';
import * as data from '../data';
import { builtinSkills, createEnricher, TAXONOMY_VERSION } from '../../index';
import * as compiled from './index';
import { renderBuiltinTaxonomy, runtimeSkillDef } from './render-builtin-taxonomy';

describe('built-in taxonomy as loaded by the engine (generated)', () => {
  it('Given the taxonomy data and the compiler, When generated again, Then the checked-in file is identical (else run `npx tsx libs/enrichment/src/cli/compile-taxonomy.cli.ts`)', () => {
    const checkedIn = readFileSync(join(__dirname, 'builtin-taxonomy.generated.json'), 'utf8');
    const fresh = renderBuiltinTaxonomy({ skills: data.BUILTIN_SKILLS, genericTerms: data.GENERIC_TERMS, version: data.TAXONOMY_VERSION });
    expect(checkedIn === fresh).toBe(true);
  });

  it('Given the generated module, When loaded, Then it holds the very values of the data modules (skills as matching needs them)', () => {
    expect(compiled.BUILTIN_RUNTIME_SKILLS).toEqual(data.BUILTIN_SKILLS.map(runtimeSkillDef));
    expect(compiled.GENERIC_TERMS).toEqual(data.GENERIC_TERMS);
    expect(compiled.TAXONOMY_VERSION).toBe(data.TAXONOMY_VERSION);
    expect(compiled.BUILTIN_FORMS).toEqual(packForms(compileForms(data.BUILTIN_SKILLS, data.GENERIC_TERMS, { vocabWords: engineWords() })));
  });

  it('Given the shipped forms, When linked, Then the tables equal those of a fresh compilation', () => {
    const { word: _a, ...linked } = linkTaxonomy(compiled.BUILTIN_RUNTIME_SKILLS, compiled.BUILTIN_FORMS);
    const { word: _b, ...fresh } = linkTaxonomy(data.BUILTIN_SKILLS, packForms(compileForms(data.BUILTIN_SKILLS, data.GENERIC_TERMS, { vocabWords: engineWords() })));
    // the linked skills hold the runtime definitions; all else is equal
    expect({ ...linked, skills: linked.skills.map((k) => ({ ...k, def: runtimeSkillDef(k.def) })) }).toEqual({ ...fresh, skills: fresh.skills.map((k) => ({ ...k, def: runtimeSkillDef(k.def) })) });
    expect(linked.skills.map((k) => k.def)).toEqual(data.BUILTIN_SKILLS.map(runtimeSkillDef));
  });

  it('Given the default enricher and one compiled afresh from the whole definitions, When both enrich postings, Then their outputs are identical', () => {
    const shipped = createEnricher();
    const fresh = createEnricher({ skills: builtinSkills(), taxonomyVersion: TAXONOMY_VERSION });
    const postings = readFileSync(join(__dirname, '../../../eval/holdout/tech/postings.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { title: string; description: string });
    expect(postings.length).toBeGreaterThan(10);
    for (const p of postings) expect(shipped.enrich(p)).toEqual(fresh.enrich(p));
  });
});
