/**
 * `npx tsx libs/enrichment/src/cli/compile-taxonomy.cli.ts`: regenerates the built-in taxonomy as the
 * engine loads it (src/taxonomy/compiled/builtin-taxonomy.generated.json: the skills and their
 * compiled forms; builtin-taxonomy.generated.bin: the tables linking makes of them), so that importing the library
 * and `createEnricher()` neither evaluate the data modules nor compile or link anything. Run it after any change to the taxonomy data or to the compiler:
 * builtin-taxonomy.unit.spec.ts fails while the files are out of date. `--check` only tells whether it is
 * up to date (exit code 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_TABLES_FILE, renderBuiltinTaxonomy } from '../taxonomy/compiled/render-builtin-taxonomy';
import { BUILTIN_SKILLS, GENERIC_TERMS, TAXONOMY_VERSION } from '../taxonomy/data';

const dir = join(__dirname, '../taxonomy/compiled');
const jsonFile = join(dir, 'builtin-taxonomy.generated.json');
const tablesFile = join(dir, BUILTIN_TABLES_FILE);
const { json, tables } = renderBuiltinTaxonomy({ skills: BUILTIN_SKILLS, genericTerms: GENERIC_TERMS, version: TAXONOMY_VERSION });
const read = (file: string): Buffer | undefined => {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // no file yet
  }
};
const currentJson = read(jsonFile)?.toString('utf8');
const currentTables = read(tablesFile);
const upToDate = currentJson === json && currentTables !== undefined && Buffer.compare(currentTables, tables) === 0;
if (process.argv.includes('--check')) {
  process.stdout.write(upToDate ? 'compile-taxonomy: up to date\n' : 'compile-taxonomy: out of date\n');
  process.exitCode = upToDate ? 0 : 1;
} else if (upToDate) {
  process.stdout.write('compile-taxonomy: up to date\n');
} else {
  writeFileSync(jsonFile, json);
  writeFileSync(tablesFile, tables);
  process.stdout.write(`compile-taxonomy: wrote ${jsonFile} (${json.length} chars) and ${tablesFile} (${tables.length} bytes)\n`);
}
