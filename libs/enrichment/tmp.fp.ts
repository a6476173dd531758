import { readFileSync } from 'node:fs';
import { createEnricher } from './src/index';
const e = createEnricher();
const ev = readFileSync('/tmp/ev.txt','utf8').split('\n').filter(l=>l.startsWith('{')).map(l=>JSON.parse(l));
const posts = new Map(readFileSync('/work/shared/eval/dev/postings.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).map((p)=>[p.id,p]));
for (const x of ev) { if (!x.falsePositives.length) continue; const p = posts.get(x.id); const r = e.enrich(p); const text = p.title+'\n'+p.description;
  for (const fp of x.falsePositives) { const s = r.skills.find((k)=>k.name===fp); if (!s) continue;
    console.log(x.id, fp, `[${s.id}]`, s.requirement, '|', s.evidence.map((v)=>'…'+text.slice(Math.max(0,v.start-30), v.start).replace(/\n/g,' ')+'['+v.text+']'+text.slice(v.end, v.end+20).replace(/\n/g,' ')).join(' || ')); } }
