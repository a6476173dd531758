#!/usr/bin/env node
// `npm run demo`: from a fresh clone, installs, starts the local stack and the three services, sends
// the sample postings, waits until they are searchable and prints a few searches with their facets.
// Pass --keep to leave the services running afterwards (Ctrl-C stops them).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..');
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  console.log('[demo] installing dependencies (npm ci)');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const { SERVICES, serviceEnv, sleep, startService, stopAll, waitReady } = await import('./lib.mjs');

const keep = process.argv.includes('--keep');
const env = await serviceEnv();
if (!env.INGEST_API_KEYS && !env.INGEST_API_KEYS_FILE) env.INGEST_AUTH ??= 'off';
env.LOG_LEVEL ??= 'warn';
console.log(`[demo] stack: KAFKA_BROKERS=${env.KAFKA_BROKERS} MONGO_URL=${env.MONGO_URL}`);
const children = SERVICES.map((s) => startService(s.name, env, { quiet: false }));
const finish = async (code) => {
  await stopAll(children);
  process.exit(code);
};
process.on('SIGINT', () => finish(0));
try {
  await Promise.all(SERVICES.map((s) => waitReady(s.port)));
  const ingest = `http://127.0.0.1:${SERVICES[0].port}`;
  const search = `http://127.0.0.1:${SERVICES[2].port}`;
  const samples = JSON.parse(readFileSync(join(root, 'libs/postings/src/samples/sample-postings.json'), 'utf8'));
  console.log(`\n[demo] POST ${ingest}/v1/postings/batch  (${samples.length} sample postings)`);
  const res = await fetch(`${ingest}/v1/postings/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(samples),
  });
  const body = await res.json();
  console.log(`[demo] ${res.status}: ${JSON.stringify(body).slice(0, 300)}...`);
  const accepted = (body.results ?? body.items ?? []).filter((r) => r.postingId);
  const ids = accepted.map((r) => r.postingId);

  console.log(`[demo] waiting until ${ids.length} postings are searchable`);
  const deadline = Date.now() + 60000;
  for (;;) {
    const found = await Promise.all(ids.map((id) => fetch(`${search}/v1/postings/${id}`).then((r) => r.ok)));
    if (found.every(Boolean)) break;
    if (Date.now() > deadline) throw new Error(`only ${found.filter(Boolean).length}/${ids.length} searchable after 60 s`);
    await sleep(300);
  }

  const show = async (label, qs) => {
    const r = await fetch(`${search}/v1/search?${qs}`);
    const out = await r.json();
    console.log(`\n=== ${label}: GET /v1/search?${qs}  → ${r.status}, ${out.items?.length ?? 0} items`);
    for (const it of out.items ?? []) {
      const skills = (it.skills ?? []).map((s) => s.name ?? s).slice(0, 8).join(', ');
      const e = it.experience ?? {};
      const exp =
        e.minYears == null && e.maxYears == null ? '' : e.maxYears == null ? `${e.minYears}+ yrs` : `${e.minYears ?? 0}-${e.maxYears} yrs`;
      console.log(`  - ${it.title} | ${it.company ?? ''} | ${it.seniority?.level ?? it.seniority ?? ''} ${exp} | ${skills}`);
    }
    const f = out.facets ?? {};
    console.log(`  facets.skills: ${(f.skills ?? []).slice(0, 10).map((s) => `${s.name} ${s.count}`).join(', ')}`);
    console.log(`  facets.seniority: ${(f.seniority ?? []).map((s) => `${s.level} ${s.count}`).join(', ')}`);
  };
  await show('Kubernetes', 'skills=Kubernetes');
  await show('mid-level', 'seniority=mid');
  await show('Go or Python, senior', 'skills=go,python&match=any&seniority=senior');
  await show('text "patient"', 'q=patient');
  const first = ids[0];
  const detail = await (await fetch(`${search}/v1/postings/${first}`)).json();
  console.log(`\n=== GET /v1/postings/${first}: ${detail.title ?? detail.posting?.title}`);
  for (const s of (detail.enrichment?.skills ?? detail.skills ?? []).slice(0, 5))
    console.log(`  ${s.name} (${s.requirement}): ${s.evidence.map((e) => JSON.stringify(e.text) + '@' + e.start).join(', ')}`);
  console.log('\n[demo] done. The local stack keeps running; stop it with `npm run stack:down`.');
  if (keep) {
    console.log('[demo] --keep: services still running (Ctrl-C stops them)');
  } else await finish(0);
} catch (e) {
  console.error(`[demo] failed: ${e.message}`);
  await finish(1);
}
