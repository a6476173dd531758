/**
 * `npm run bench:enrich`: single-thread throughput of the enrichment engine on ~3 KB postings with the
 * full built-in taxonomy loaded.
 *
 * Postings: each dev posting (../shared/eval/dev/postings.jsonl) keeps its title; its description is
 * padded to ~3 KB by appending the descriptions of the following dev postings (cyclically, separated by
 * a blank line), then cut at the last line or word break before 3,072 characters. So every bench posting
 * is real posting text, with headings, bullets and optional sections.
 *
 * On a shared machine wall-clock figures include time the process waited for a core; the CPU-time
 * figures (process.cpuUsage) count only the time it ran, i.e. what one dedicated core would do.
 *
 * Prints: taxonomy load time, split into the module import of the taxonomy data and engine and the
 * linking (createEnricher: reads the linked tables of the built-in taxonomy), in this process and, with `--built`, in
 * three fresh plain Node processes (what a service pays at start-up, without tsx's require hooks), postings per second, per-posting p50/p99 latency, peak RSS and peak heap
 * (and, with `--built`, the peak RSS of a fresh plain Node process that loads the build and enriches 20,000 postings),
 * the machine's load average, and a calibration loop (a bare charCodeAt scan of the same texts), so
 * figures from a busy machine can be told apart.
 *
 * Module import: by default the TypeScript sources, which tsx transpiles on load (cached on disk after
 * the first run); `--built[=FILE]` imports the precompiled build instead (`npm run build`, default FILE
 * <repo>/dist/libs/enrichment/src/index.js), which is what a deployed service loads. The output says which.
 *
 * Last, two figures to read the throughput against, on the same texts: a plain dictionary scan written the obvious way
 * (cut into lower-cased words, each looked up in a Set of the taxonomy's words; no matching or rules at all), and, as a
 * floor, the engine's own scanner alone (tokens, offsets and hashes, no vocabulary lookup), the first step of every
 * enrichment.
 *
 * Options: `--n=N` enrichments (default 50000); `--against=FILE` (with `--built`): another build of the library (for
 * example of an earlier commit, built in a worktree), measured against this one in fresh plain Node processes taken in
 * turns, six of each, the order swapped each round, so that both meet the same machine (this machine's speed drifts by
 * half between runs). Two builds loaded in one process were tried first, but the difference measured there depended on
 * which build was loaded first (5% one way round, 14-16% the other), so each build gets its own processes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const TARGET = 3072;
const shared = process.env.JOBSTREAM_SHARED_DIR ?? resolve(__dirname, '../../../../shared');
const againstArg = process.argv.find((a) => a.startsWith('--against='));
const againstPath = againstArg === undefined ? undefined : resolve(againstArg.slice('--against='.length));
const argN = Number(process.argv.find((a) => /^--n=\d+$/.test(a))?.slice(4) ?? 50000);
const builtArg = process.argv.find((a) => a === '--built' || a.startsWith('--built='));
const builtPath = builtArg === undefined ? undefined : builtArg.includes('=') ? resolve(builtArg.slice('--built='.length)) : resolve(__dirname, '../../../dist/libs/enrichment/src/index.js');

type Lib = typeof import('../src/index');

function buildPostings(): { title: string; description: string }[] {
  const dev = readFileSync(join(shared, 'eval/dev/postings.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { title: string; description: string });
  return dev.map((p, i) => {
    let d = p.description;
    for (let k = 1; d.length < TARGET; k++) d += `\n\n${dev[(i + k) % dev.length].description}`;
    if (d.length > TARGET) {
      const cut = d.slice(0, TARGET);
      const at = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
      d = cut.slice(0, at > TARGET * 0.9 ? at : TARGET);
    }
    return { title: p.title, description: d };
  });
}

/**
 * Import and createEnricher of the build in a child `node` (no tsx loader, no NODE_OPTIONS): what a service pays at
 * start-up, without the require hooks the bench itself runs under. With `postings`, the child then enriches them
 * `rounds` times over and reports its peak RSS, after load and at the end: the memory a service running the engine needs.
 */
function freshProcess(path: string, postings?: readonly { title: string; description: string }[], rounds = 0): { import: number; link: number; load: number; rssAfterLoad: number; peakRss: number } {
  const script =
    'const t0=process.hrtime.bigint();const lib=require(process.argv[1]);const t1=process.hrtime.bigint();const e=lib.createEnricher();' +
    'const t2=process.hrtime.bigint();const rss=process.memoryUsage().rss;' +
    'const ps=process.argv[2]==="1"?JSON.parse(require("fs").readFileSync(0,"utf8")):[];const rounds=Number(process.argv[3]);' +
    'for(let r=0;r<rounds;r++)for(const p of ps)e.enrich(p);' +
    'process.stdout.write(JSON.stringify([Number(t1-t0)/1e6,Number(t2-t1)/1e6,rss,process.resourceUsage().maxRSS*1024]))';
  const withPostings = postings !== undefined && rounds > 0;
  const out = plainNode(script, [path, withPostings ? '1' : '0', String(rounds)], withPostings ? JSON.stringify(postings) : '');
  const [imp, link, rssAfterLoad, peakRss] = JSON.parse(out) as [number, number, number, number];
  return { import: imp, link, load: imp + link, rssAfterLoad, peakRss };
}

/** Runs `script` in a child `node` without the tsx loader (no NODE_OPTIONS), `input` on its stdin; returns its stdout. */
function plainNode(script: string, args: readonly string[], input: string): string {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return execFileSync(process.execPath, ['-e', script, ...args], { env, encoding: 'utf8', input, maxBuffer: 1 << 20 });
}

let peakHeap = 0;
const sampleHeap = (): void => {
  const h = process.memoryUsage().heapUsed;
  if (h > peakHeap) peakHeap = h;
};

async function main(): Promise<void> {
  const postings = buildPostings();
  const avg = postings.reduce((s, p) => s + p.title.length + 1 + p.description.length, 0) / postings.length;

  if (builtPath !== undefined && !existsSync(builtPath)) {
    console.error(`bench: no precompiled build at ${builtPath} (run \`npm run build\` first, or give --built=FILE)`);
    process.exit(2);
  }
  const load0 = loadavg()[0];
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const lib: Lib = builtPath !== undefined ? (createRequire(__filename)(builtPath) as Lib) : await import('../src/index');
  const t1 = process.hrtime.bigint();
  const cImport = process.cpuUsage(c0);
  const enricher = lib.createEnricher();
  const t2 = process.hrtime.bigint();
  const cLoad = process.cpuUsage(c0);
  sampleHeap();
  const heapAfterLoad = process.memoryUsage().heapUsed;

  // warm-up
  for (let i = 0; i < 5000; i++) enricher.enrich(postings[i % postings.length]);

  const n = argN;
  const lat = new Float64Array(n);
  let skills = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const a = process.hrtime.bigint();
    const r = enricher.enrich(postings[i % postings.length]);
    lat[i] = Number(process.hrtime.bigint() - a) / 1e3;
    skills += r.skills.length;
    if ((i & 4095) === 0) sampleHeap();
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  sampleHeap();
  lat.sort();
  const q = (p: number): number => lat[Math.min(n - 1, Math.floor(p * n))];
  const mb = (b: number): string => (b / 1024 / 1024).toFixed(1);
  const ms = (a: bigint, b: bigint): string => (Number(b - a) / 1e6).toFixed(1);
  const cpuMs = (c: NodeJS.CpuUsage): string => ((c.user + c.system) / 1e3).toFixed(1);
  console.log(`postings: ${postings.length} distinct, avg ${avg.toFixed(0)} chars (~3 KB), ${n} enrichments, single thread`);
  console.log(
    `taxonomy: ${enricher.skillCount} skills (${enricher.taxonomyVersion}), modules ${builtPath !== undefined ? `precompiled (${builtPath})` : 'TypeScript transpiled by tsx on load'}; ` +
      `wall: import ${ms(t0, t1)} ms + createEnricher ${ms(t1, t2)} ms = load ${ms(t0, t2)} ms; ` +
      `CPU time: import ${cpuMs(cImport)} ms, load ${cpuMs(cLoad)} ms (includes GC threads); heap after load ${mb(heapAfterLoad)} MB`,
  );
  if (builtPath !== undefined) {
    const runs = [0, 1, 2].map(() => freshProcess(builtPath)).sort((a, b) => a.load - b.load);
    const mid = runs[1];
    console.log(
      `taxonomy load in a fresh plain Node process, as a service loads the build (no tsx hooks), median of 3: ${mid.load.toFixed(1)} ms ` +
        `(import ${mid.import.toFixed(1)} ms + createEnricher ${mid.link.toFixed(1)} ms); the three runs ${runs.map((r) => r.load.toFixed(1)).join(', ')} ms`,
    );
  }
  console.log(
    `throughput: ${(n / secs).toFixed(0)} postings/s wall-clock, ${(n / cpuSecs).toFixed(0)} postings per CPU-second ` +
      `(${((n * avg) / cpuSecs / 1e6).toFixed(1)} MB of text per CPU-second), ${(skills / n).toFixed(1)} skills/posting`,
  );
  console.log(`latency per posting: p50 ${q(0.5).toFixed(1)} µs, p99 ${q(0.99).toFixed(1)} µs, max ${lat[n - 1].toFixed(1)} µs`);
  // machine calibration: a bare charCodeAt loop over the same texts (shared or throttled CPUs show here)
  const texts = postings.map((p) => `${p.title}\n${p.description}`);
  let h = 0;
  let chars = 0;
  const k0 = process.hrtime.bigint();
  for (let r = 0; r < 2000; r++)
    for (const s of texts) {
      for (let k = 0; k < s.length; k++) h = (h + s.charCodeAt(k)) | 0;
      chars += s.length;
    }
  const nsPerChar = Number(process.hrtime.bigint() - k0) / chars;
  console.log(
    `calibration: bare charCodeAt loop ${nsPerChar.toFixed(2)} ns/char (${h & 1 ? 'odd' : 'even'} checksum); ` +
      `load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end, on ${cpus().length} cores`,
  );
  console.log(`memory: peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB in this process (tsx's loader and the bench's own arrays included), peak heap used ${mb(peakHeap)} MB`);
  if (builtPath !== undefined) {
    const rounds = Math.max(1, Math.ceil(20000 / postings.length));
    const run = freshProcess(builtPath, postings, rounds);
    console.log(
      `memory in a fresh plain Node process, as a service runs the build (import, createEnricher, then ${rounds * postings.length} enrichments of the same postings): ` +
        `RSS ${mb(run.rssAfterLoad)} MB after load, peak RSS ${mb(run.peakRss)} MB`,
    );
  }
  const floor = wordLookupFloor(lib, texts);
  console.log(
    `reference: splitting the same texts into lower-cased words and looking each up in a Set of the taxonomy's words ` +
      `(${floor.words} words, no matching at all) runs at ${floor.perCpuSecond.toFixed(0)} postings per CPU-second (${floor.microseconds.toFixed(1)} µs a posting)`,
  );
  const tokenizer: Tokenizer =
    builtPath !== undefined ? (createRequire(__filename)(join(dirname(builtPath), 'engine/tokenize.js')) as Tokenizer) : await import('../src/engine/tokenize');
  const scan = perPostingMicroseconds(texts, (buf, s) => tokenizer.tokenize(s, buf), new tokenizer.TokenBuffer());
  console.log(`floor: the engine's own scanner alone (tokens, offsets and hashes; no vocabulary lookup) takes ${scan.toFixed(1)} µs a posting (${(1e6 / scan).toFixed(0)} per CPU-second)`);
  if (againstPath !== undefined) {
    if (builtPath === undefined) {
      console.log('against: give --built too (the two builds are compared in fresh plain Node processes)');
      return;
    }
    const { mine, theirs } = inTurns(builtPath, againstPath, postings);
    const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ratio = Math.exp(mine.reduce((s, x, i) => s + Math.log(x / theirs[i]), 0) / mine.length);
    console.log(
      `against ${againstPath}, in fresh processes taken in turns (6 of each, ${IN_TURNS_N} enrichments each after a warm-up): ` +
        `median ${med(mine).toFixed(1)} µs a posting against ${med(theirs).toFixed(1)}; this build ${(Math.abs(ratio - 1) * 100).toFixed(1)}% ${ratio <= 1 ? 'less' : 'more'} CPU a posting ` +
        `(geometric mean of the six pairs' ratios); the pairs ${mine.map((x, i) => `${x.toFixed(0)}/${theirs[i].toFixed(0)}`).join(', ')} µs`,
    );
  }
}

const IN_TURNS_N = 6000;

/** CPU microseconds a posting of each build, each measured in its own fresh process, six rounds, the order swapped each round. */
function inTurns(mine: string, theirs: string, postings: readonly { title: string; description: string }[]): { mine: number[]; theirs: number[] } {
  const script =
    'const lib=require(process.argv[1]);const e=lib.createEnricher();const ps=JSON.parse(require("fs").readFileSync(0,"utf8"));' +
    'for(let i=0;i<3000;i++)e.enrich(ps[i%ps.length]);const n=Number(process.argv[2]);const c0=process.cpuUsage();' +
    'for(let i=0;i<n;i++)e.enrich(ps[i%ps.length]);const c=process.cpuUsage(c0);process.stdout.write(String((c.user+c.system)/n))';
  const input = JSON.stringify(postings);
  const run = (path: string): number => Number(plainNode(script, [path, String(IN_TURNS_N)], input));
  const out = { mine: [] as number[], theirs: [] as number[] };
  for (let r = 0; r < 6; r++) {
    if (r % 2 === 0) {
      out.mine.push(run(mine));
      out.theirs.push(run(theirs));
    } else {
      out.theirs.push(run(theirs));
      out.mine.push(run(mine));
    }
  }
  return out;
}

type Tokenizer = typeof import('../src/engine/tokenize');

/** CPU microseconds per text of `work`, after a warm-up. */
function perPostingMicroseconds<B>(texts: readonly string[], work: (state: B, s: string) => void, state: B): number {
  for (let r = 0; r < 50; r++) for (const s of texts) work(state, s);
  const rounds = 400;
  const c0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const s of texts) work(state, s);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / (rounds * texts.length);
}

/**
 * A reference point: a dictionary scan of a posting written the obvious way (words by a regular expression, each
 * lower-cased and looked up in a Set), with none of the engine's phrase matching, context or rules.
 */
function wordLookupFloor(lib: Lib, texts: readonly string[]): { words: number; perCpuSecond: number; microseconds: number } {
  const vocabulary = new Set<string>();
  for (const skill of lib.builtinSkills()) for (const form of [skill.name, ...(skill.aliases ?? [])]) for (const w of form.toLowerCase().split(/[^\p{L}\p{N}+#]+/u)) if (w) vocabulary.add(w);
  const word = /[\p{L}\p{N}]+/gu;
  const counter = { found: 0 };
  const perPosting = perPostingMicroseconds(
    texts,
    (c, s) => {
      for (const m of s.matchAll(word)) if (vocabulary.has(m[0].toLowerCase())) c.found++;
    },
    counter,
  );
  return { words: vocabulary.size, perCpuSecond: 1e6 / perPosting, microseconds: perPosting };
}

void main();
