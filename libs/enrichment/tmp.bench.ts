import { readFileSync } from 'node:fs';
import { tokenize, TokenBuffer } from './src/engine/tokenize';
const dev = readFileSync('/work/shared/eval/dev/postings.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
const texts = dev.map((p:any)=>p.title+'\n'+p.description+'\n\n'+dev[0].description+dev[1].description).map((t:string)=>t.slice(0,3072));
const buf = new TokenBuffer();
for (let i=0;i<20000;i++) tokenize(texts[i%texts.length], buf);
let t0=performance.now();
for (let i=0;i<20000;i++) tokenize(texts[i%texts.length], buf);
console.log('tokenize µs/posting', (performance.now()-t0)*1000/20000, buf.count);
const flat = texts.map((t:string)=>{ const s = (' '+t).slice(1); s.charCodeAt(0); return s;});
t0=performance.now();
for (let i=0;i<20000;i++) { const s = texts[i%texts.length]; s.toLowerCase(); }
console.log('toLowerCase µs', (performance.now()-t0)*1000/20000);
t0=performance.now();
for (let i=0;i<20000;i++) { const s = texts[i%texts.length]; let h=0; for (let k=0;k<s.length;k++) h=(h+s.charCodeAt(k))|0; }
console.log('charCodeAt loop µs', (performance.now()-t0)*1000/20000);
