/**
 * `npm run -s enrich`: postings as JSON lines on stdin (or --input) → enriched postings as JSON lines on
 * stdout (or --output), one per input line, in order. Unreadable lines give {"id", "error"} and the run
 * goes on; the exit code is 1 when any line failed. `--explain` prints a readable account of one posting.
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { Command } from 'commander';
import { builtinSkills, createEnricher, loadEscoSkillsFile, loadOnetTechnologySkillsFile, mergeTaxonomies, TAXONOMY_VERSION } from '../index';
import { enrichStream, parsePostingLine } from './enrich-stream';
import { explainPosting } from './explain';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const program = new Command()
    .name('enrich')
    .description('Enrich job postings (JSONL in, JSONL out): skills, seniority, years of experience')
    .option('-i, --input <file>', 'read postings from FILE instead of stdin')
    .option('-o, --output <file>', 'write enriched postings to FILE instead of stdout')
    .option('--explain [id]', 'print a readable account of one posting (the one with this id, else the first)')
    .option('--onet <file>', 'also match the technologies of an O*NET "Technology Skills.txt" file')
    .option('--esco <file>', 'also match the skills of an ESCO skills file (CSV with preferredLabel/altLabels, or one label per line)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    return typeof code === 'number' ? code : 2;
  }
  const opts = program.opts<{ input?: string; output?: string; explain?: string | boolean; onet?: string; esco?: string }>();
  let enricher;
  try {
    enricher = buildEnricher(opts.onet, opts.esco);
  } catch (e) {
    io.stderr.write(`enrich: ${(e as Error).message}\n`);
    return 2;
  }

  if (opts.explain !== undefined) {
    const raw = opts.input ? readFileSync(opts.input, 'utf8') : await readAll(io.stdin);
    const lines = raw.split('\n').filter((l) => l.trim() !== '');
    const wanted = typeof opts.explain === 'string' ? opts.explain : undefined;
    for (const line of lines) {
      const parsed = parsePostingLine(line);
      if (wanted !== undefined && parsed.id !== wanted) continue;
      if (!parsed.posting) {
        io.stderr.write(`enrich: cannot read posting ${parsed.id ?? ''}: ${parsed.error}\n`);
        return 1;
      }
      io.stdout.write(`${explainPosting(enricher, parsed.posting)}\n`);
      return 0;
    }
    io.stderr.write(wanted ? `enrich: no posting with id ${wanted}\n` : 'enrich: no posting to explain\n');
    return 1;
  }

  const input: Readable = opts.input ? createReadStream(opts.input) : io.stdin;
  const output: Writable = opts.output ? createWriteStream(opts.output) : io.stdout;
  const result = await enrichStream(enricher, input, output);
  if (opts.output) await new Promise<void>((resolve, reject) => output.end((err?: Error | null) => (err ? reject(err) : resolve())));
  if (result.failed > 0) {
    io.stderr.write(`enrich: ${result.failed} of ${result.lines} lines could not be enriched (see their "error" field)\n`);
    return 1;
  }
  return 0;
}

/** The built-in taxonomy, plus the official files a user plugs in (their skills merged after ours). */
function buildEnricher(onet: string | undefined, esco: string | undefined): ReturnType<typeof createEnricher> {
  if (!onet && !esco) return createEnricher();
  let skills = [...builtinSkills()];
  const parts = [TAXONOMY_VERSION];
  if (onet) {
    skills = mergeTaxonomies(skills, loadOnetTechnologySkillsFile(onet).skills);
    parts.push('onet');
  }
  if (esco) {
    skills = mergeTaxonomies(skills, loadEscoSkillsFile(esco).skills);
    parts.push('esco');
  }
  return createEnricher({ skills, taxonomyVersion: parts.join('+') });
}

async function readAll(stream: Readable): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(parts).toString('utf8');
}

if (require.main === module) {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`enrich: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
