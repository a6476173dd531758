import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTaxonomy, linkTaxonomy, compileForms, packForms } from '../../engine/compile';
import { BUILTIN_SKILLS, GENERIC_TERMS } from '../data';
import { BUILTIN_FORMS } from './builtin-forms.generated';
import { renderBuiltinForms } from './render-forms';

describe('precompiled built-in taxonomy', () => {
  it('Given the taxonomy data and the compiler, When the forms are generated again, Then the checked-in file is identical (else run `npx tsx libs/enrichment/src/cli/compile-taxonomy.cli.ts`)', () => {
    const checkedIn = readFileSync(join(__dirname, 'builtin-forms.generated.ts'), 'utf8');
    expect(checkedIn === renderBuiltinForms(BUILTIN_SKILLS, GENERIC_TERMS)).toBe(true);
    expect(BUILTIN_FORMS).toEqual(packForms(compileForms(BUILTIN_SKILLS, GENERIC_TERMS)));
  });

  it('Given the shipped forms, When linked, Then the tables equal those of a fresh compilation', () => {
    const linked = linkTaxonomy(BUILTIN_SKILLS, BUILTIN_FORMS);
    const compiled = compileTaxonomy(BUILTIN_SKILLS, GENERIC_TERMS);
    const { word: _a, ...a } = linked;
    const { word: _b, ...b } = compiled;
    expect(a).toEqual(b);
  });
});
