/**
 * `npx tsx libs/enrichment/src/cli/compile-taxonomy.cli.ts`: regenerates the precompiled forms of the
 * built-in taxonomy (src/taxonomy/compiled/builtin-forms.generated.ts), which `createEnricher()` links
 * instead of compiling the taxonomy on every start. Run it after any change to the taxonomy data or to
 * the compiler: builtin-forms.unit.spec.ts fails while the file is out of date. `--check` only tells
 * whether it is up to date (exit code 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_SKILLS, GENERIC_TERMS } from '../taxonomy/data';
import { renderBuiltinForms } from '../taxonomy/compiled/render-forms';

const target = join(__dirname, '../taxonomy/compiled/builtin-forms.generated.ts');
const text = renderBuiltinForms(BUILTIN_SKILLS, GENERIC_TERMS);
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
