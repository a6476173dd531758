import { readFileSync } from 'node:fs';
import { BUILTIN_SKILLS } from './src/taxonomy/data';
const norm = (name: string) => { let s = String(name ?? '').toLowerCase().normalize('NFKC'); s = s.replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim(); const w = s.split(/\s+/).filter(Boolean); if (w.length) { const l = w[w.length-1]; if (l.length > 3 && l.endsWith('s') && !l.endsWith('ss')) w[w.length-1] = l.slice(0,-1);} return w.join(''); };
const tax = new Map<string,string>();
for (const s of BUILTIN_SKILLS) for (const f of [s.name, s.id, ...(s.aliases ?? [])]) tax.set(norm(f), s.id);
const lines = readFileSync('/tmp/ev.txt','utf8').split('\n').filter(l=>l.startsWith('{'));
const gold = new Map(readFileSync('/work/shared/eval/dev/gold.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).map((g:any)=>[g.id,g]));
const engine: string[] = []; const gap: string[] = [];
for (const l of lines) { const e = JSON.parse(l); const g:any = gold.get(e.id);
  for (const fn of e.falseNegatives) { const gs = g.skills.find((s:any)=>s.accept[0]===fn); const hit = gs.accept.map(norm).find((n:string)=>tax.has(n));
    if (hit) engine.push(`${e.id} ${fn} -> ${tax.get(hit)}`); else gap.push(`${e.id} ${JSON.stringify(gs.accept)} ${gs.requirement}`); } }
console.log('ENGINE MISSES', engine.length); console.log(engine.join('\n')); console.log('TAXONOMY GAPS', gap.length);
if (process.argv.includes('--gaps')) console.log(gap.join('\n'));
