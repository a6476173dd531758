/**
 * `npx tsx libs/enrichment/src/cli/compile-taxonomy.cli.ts`: regenerates the built-in taxonomy as the
 * engine loads it (src/taxonomy/compiled/builtin-taxonomy.generated.json: the skills and their
 * compiled forms), so that importing the library and `createEnricher()` neither evaluate nor compile the
 * data modules. Run it after any change to the taxonomy data or to the compiler:
 * builtin-taxonomy.unit.spec.ts fails while the file is out of date. `--check` only tells whether it is
 * up to date (exit code 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBuiltinTaxonomy } from '../taxonomy/compiled/render-builtin-taxonomy';
import { BUILTIN_SKILLS, GENERIC_TERMS, TAXONOMY_VERSION } from '../taxonomy/data';

const target = join(__dirname, '../taxonomy/compiled/builtin-taxonomy.generated.json');
const text = renderBuiltinTaxonomy({ skills: BUILTIN_SKILLS, genericTerms: GENERIC_TERMS, version: TAXONOMY_VERSION });
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // no file yet
}
if (process.argv.includes('--check')) {
  process.stdout.write(current === text ? 'compile-taxonomy: up to date\n' : 'compile-taxonomy: out of date\n');
  process.exitCode = current === text ? 0 : 1;
} else if (current === text) {
  process.stdout.write('compile-taxonomy: up to date\n');
} else {
  writeFileSync(target, text);
  process.stdout.write(`compile-taxonomy: wrote ${target} (${text.length} chars)\n`);
}
