/**
 * `npm run eval`: runs the engine on the dev set of ../shared/eval/dev and on our own labelled sets of
 * eval/holdout (tech and non-tech postings written after the engine), scores each with the shared scorer
 * (node ../shared/eval/score.mjs) and prints its figures; `--errors` also prints per-posting errors.
 * Then reports span-level figures on SkillSpan's Knowledge spans (../shared/data/skillspan/*_dev.conll).
 *
 * SkillSpan rule (loose, overlap-based): each blank-line separated sentence is enriched on its own as
 * the description of a posting with an empty title (tokens joined by single spaces). A gold Knowledge
 * span is recalled when some predicted evidence span overlaps it by at least one character; a predicted
 * evidence span is correct when it overlaps some gold Knowledge span. Precision is also given against
 * Knowledge ∪ Skill spans (SkillSpan labels many tools as Skill spans inside longer phrases).
 *
 * The shared folder is <repo root>/../shared, or $JOBSTREAM_SHARED_DIR.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { createEnricher, type Enricher } from '../index';
import { parsePostingLine, toOutputRecord } from './enrich-stream';

const repoRoot = resolve(__dirname, '../../../..');
export const sharedDir = (): string => process.env.JOBSTREAM_SHARED_DIR ?? resolve(repoRoot, '../shared');

/** Runs the engine on a labelled set (postings.jsonl + gold.jsonl in `dir`) and prints the shared scorer's figures. */
function runLabelled(enricher: Enricher, shared: string, label: string, dir: string, showErrors: boolean): void {
  const postingsPath = join(dir, 'postings.jsonl');
  const goldPath = join(dir, 'gold.jsonl');
  const lines = readFileSync(postingsPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const out: string[] = [];
  for (const line of lines) {
    const p = parsePostingLine(line);
    out.push(JSON.stringify(p.posting ? toOutputRecord(p.id, enricher.enrich(p.posting)) : { id: p.id ?? null, error: p.error }));
  }
  const tmp = mkdtempSync(join(tmpdir(), 'jobstream-eval-'));
  const predPath = join(tmp, 'pred.jsonl');
  writeFileSync(predPath, `${out.join('\n')}\n`);
  try {
    const args = [join(shared, 'eval/score.mjs'), '--gold', goldPath, '--pred', predPath];
    if (showErrors) args.push('--errors');
    const result = execFileSync(process.execPath, args, { encoding: 'utf8' });
    console.log(`== ${label} (${postingsPath})`);
    process.stdout.write(result);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Our own labelled sets, written after the engine (see eval/holdout/README.md). */
const holdoutDir = resolve(__dirname, '../../eval/holdout');

interface Sentence {
  text: string;
  knowledge: [number, number][];
  skill: [number, number][];
}

export function readConll(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let toks: string[] = [];
  let kTags: string[] = [];
  let sTags: string[] = [];
  const flush = (): void => {
    if (toks.length === 0) return;
    let text = '';
    const offs: [number, number][] = [];
    for (const t of toks) {
      if (text.length > 0) text += ' ';
      offs.push([text.length, text.length + t.length]);
      text += t;
    }
    const spans = (tags: string[]): [number, number][] => {
      const res: [number, number][] = [];
      let cur: [number, number] | null = null;
      tags.forEach((tag, i) => {
        if (tag.startsWith('B') || (tag.startsWith('I') && !cur)) {
          if (cur) res.push(cur);
          cur = [offs[i][0], offs[i][1]];
        } else if (tag.startsWith('I') && cur) cur[1] = offs[i][1];
        else if (cur) {
          res.push(cur);
          cur = null;
        }
      });
      if (cur) res.push(cur);
      return res;
    };
    sentences.push({ text, knowledge: spans(kTags), skill: spans(sTags) });
    toks = [];
    kTags = [];
    sTags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split('\t');
    toks.push(cols[0]);
    sTags.push(cols[1] ?? 'O');
    kTags.push(cols[2] ?? 'O');
  }
  flush();
  return sentences;
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

function runSkillSpan(enricher: Enricher, shared: string): void {
  const dir = join(shared, 'data/skillspan');
  if (!existsSync(dir)) {
    console.log(`== SkillSpan: ${dir} not found, skipped`);
    return;
  }
  console.log('== SkillSpan Knowledge spans (dev; loose overlap match, see eval.cli.ts header)');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('_dev.conll')).sort()) {
    let gold = 0;
    let recalled = 0;
    let pred = 0;
    let predOk = 0;
    let predOkAny = 0;
    for (const s of readConll(join(dir, file))) {
      const e = enricher.enrich({ title: '', description: s.text });
      const spans: [number, number][] = e.skills.flatMap((k) => k.evidence.map((v): [number, number] => [v.start - 1, v.end - 1]));
      gold += s.knowledge.length;
      recalled += s.knowledge.filter((g) => spans.some((p) => overlaps(g, p))).length;
      pred += spans.length;
      predOk += spans.filter((p) => s.knowledge.some((g) => overlaps(g, p))).length;
      predOkAny += spans.filter((p) => s.knowledge.some((g) => overlaps(g, p)) || s.skill.some((g) => overlaps(g, p))).length;
    }
    const r = recalled / Math.max(1, gold);
    const p = predOk / Math.max(1, pred);
    const f = (2 * p * r) / Math.max(1e-9, p + r);
    const pAny = predOkAny / Math.max(1, pred);
    console.log(
      `${file}: Knowledge spans ${gold}, recalled ${recalled} → recall ${r.toFixed(3)}; predicted spans ${pred}, ` +
        `precision ${p.toFixed(3)} (F1 ${f.toFixed(3)}); precision vs Knowledge∪Skill ${pAny.toFixed(3)}`,
    );
  }
}

function main(): void {
  const program = new Command()
    .name('eval')
    .option('--errors', 'print per-posting errors of each labelled set')
    .option('--no-holdout', 'skip our own labelled sets (eval/holdout)')
    .option('--no-skillspan', 'skip the SkillSpan figures')
    .parse(process.argv);
  const opts = program.opts<{ errors?: boolean; holdout: boolean; skillspan: boolean }>();
  const shared = sharedDir();
  const enricher = createEnricher();
  console.log(`engine ${enricher.engineVersion}, taxonomy ${enricher.taxonomyVersion} (${enricher.skillCount} skills), shared dir ${shared}`);
  runLabelled(enricher, shared, 'dev set', join(shared, 'eval/dev'), opts.errors === true);
  if (opts.holdout)
    for (const set of readdirSync(holdoutDir).filter((d) => existsSync(join(holdoutDir, d, 'gold.jsonl'))).sort())
      runLabelled(enricher, shared, `holdout set ${set}`, join(holdoutDir, set), opts.errors === true);
  if (opts.skillspan) runSkillSpan(enricher, shared);
}

if (require.main === module) main();
