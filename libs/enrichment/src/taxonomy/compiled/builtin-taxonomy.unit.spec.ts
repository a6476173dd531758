import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileForms, compileTaxonomy, linkTaxonomy, packForms } from '../../engine/compile';
import * as data from '../data';
import * as compiled from './index';
import { renderBuiltinTaxonomy } from './render-builtin-taxonomy';

describe('built-in taxonomy as loaded by the engine (generated)', () => {
  it('Given the taxonomy data and the compiler, When generated again, Then the checked-in file is identical (else run `npx tsx libs/enrichment/src/cli/compile-taxonomy.cli.ts`)', () => {
    const checkedIn = readFileSync(join(__dirname, 'builtin-taxonomy.generated.json'), 'utf8');
    const fresh = renderBuiltinTaxonomy({ skills: data.BUILTIN_SKILLS, genericTerms: data.GENERIC_TERMS, version: data.TAXONOMY_VERSION });
    expect(checkedIn === fresh).toBe(true);
  });

  it('Given the generated module, When loaded, Then it holds the very values of the data modules', () => {
    expect(JSON.stringify(compiled.BUILTIN_SKILLS)).toBe(JSON.stringify(data.BUILTIN_SKILLS));
    expect(compiled.BUILTIN_SKILLS).toEqual(data.BUILTIN_SKILLS);
    expect(compiled.GENERIC_TERMS).toEqual(data.GENERIC_TERMS);
    expect(compiled.TAXONOMY_VERSION).toBe(data.TAXONOMY_VERSION);
    expect(compiled.BUILTIN_FORMS).toEqual(packForms(compileForms(data.BUILTIN_SKILLS, data.GENERIC_TERMS)));
  });

  it('Given the shipped forms, When linked, Then the tables equal those of a fresh compilation', () => {
    const { word: _a, ...linked } = linkTaxonomy(compiled.BUILTIN_SKILLS, compiled.BUILTIN_FORMS);
    const { word: _b, ...fresh } = compileTaxonomy(data.BUILTIN_SKILLS, data.GENERIC_TERMS);
    expect(linked).toEqual(fresh);
  });
});
