/**
 * `npm run bench:pipeline`: the whole pipeline on this machine (local stack, three services as child
 * processes), fed over HTTP. Reports end-to-end throughput and latency from ingest's 202 to the
 * posting being written in the search read model (its `projectedAt`, stamped by the projection with the
 * same machine clock).
 *
 *   phase "steady": single-posting POSTs at a fixed rate (default 200/s for 15 s)
 *   phase "full speed": batches of 500 as fast as ingest takes them (default 5,000 postings)
 *
 * Options: --rate N --seconds N --total N --batch N --concurrency N --skip-steady --skip-full --keep-data --built
 * (its topics and database are deleted at the end unless --keep-data)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { Command } from 'commander';
import mongoose from 'mongoose';
import { createTestTopics, deleteTestTopics, spawnService, uniquePrefix, waitPipelineDrained, type ServiceProcess } from '@jobstream/testing';

const root = join(__dirname, '..');
const opts = new Command()
  .option('--rate <n>', 'steady phase: postings per second', '200')
  .option('--seconds <n>', 'steady phase: duration', '15')
  .option('--total <n>', 'full-speed phase: postings', '5000')
  .option('--batch <n>', 'full-speed phase: postings per batch request', '500')
  .option('--concurrency <n>', 'full-speed phase: batch requests in flight', '4')
  .option('--skip-steady')
  .option('--skip-full')
  .option('--keep-data', 'keep the run\'s topics and database')
  .option('--built', 'run the compiled services of `npm run build` (dist/), as the Docker image does, not tsx')
  .parse()
  .opts<{ rate: string; seconds: string; total: string; batch: string; concurrency: string; skipSteady?: boolean; skipFull?: boolean; keepData?: boolean; built?: boolean }>();

interface ProcStat {
  pid: number;
  ppid: number;
  cpuSeconds: number;
}

/** Every process's parent and CPU seconds (user + system) so far, from /proc (Linux; empty elsewhere). */
const procSnapshot = (): ProcStat[] => {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        // after the command name: ppid is the 2nd field, utime and stime the 12th and 13th
        const f = readFileSync(`/proc/${d}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        return [{ pid: Number(d), ppid: Number(f[1]), cpuSeconds: (Number(f[11]) + Number(f[12])) / 100 }];
      } catch {
        return [];
      }
    });
};

/** CPU seconds a process (and, by default, its descendants) has used in `snapshot`; null when it is not there. */
const cpuSecondsOf = (snapshot: readonly ProcStat[], pid: number | undefined, withChildren = true): number | null => {
  if (pid === undefined || !snapshot.some((p) => p.pid === pid)) return null;
  const tree = new Set([pid]);
  for (let grew = withChildren; grew; ) {
    grew = false;
    for (const p of snapshot) if (!tree.has(p.pid) && tree.has(p.ppid)) grew = tree.add(p.pid) !== null;
  }
  return snapshot.filter((p) => tree.has(p.pid)).reduce((t, p) => t + p.cpuSeconds, 0);
};
const pidFile = (path: string): number | undefined => {
  const file = join(root, path);
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) || undefined : undefined;
};

/**
 * POSTs JSON over keep-alive connections with node:http (fetch cost the load client ~1–2 ms of CPU per
 * request on this machine, taken from the cores the pipeline runs on).
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const postJson = (url: string, body: unknown): Promise<{ status: number; json: unknown }> =>
  new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body));
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch (e) {
          reject(e);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const sharedDir = process.env['JOBSTREAM_SHARED_DIR'] ?? join(root, '..', 'shared');
const texts: Array<{ title: string; description: string; company?: string }> = readFileSync(join(sharedDir, 'eval/dev/postings.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const postingOf = (run: string, i: number) => {
  const t = texts[i % texts.length];
  let description = t.description;
  while (description.length < 3000) description += `\n${t.description}`;
  return { source: 'bench', externalId: `${run}-${i}`, title: t.title, company: t.company ?? 'Bench Co', description: description.slice(0, 3000) };
};

async function main() {
  const { serviceEnv } = (await import(join(root, 'scripts/lib.mjs'))) as { serviceEnv: () => Promise<Record<string, string>> };
  const env = await serviceEnv();
  process.env['KAFKA_BROKERS'] = env['KAFKA_BROKERS'];
  process.env['MONGO_URL'] = env['MONGO_URL'];
  const prefix = uniquePrefix('bench');
  await createTestTopics(prefix);
  const mongoUrl = new URL(env['MONGO_URL']);
  mongoUrl.pathname = `/${prefix}`;
  const svcEnv = { KAFKA_TOPIC_PREFIX: prefix, MONGO_URL: mongoUrl.toString(), INGEST_AUTH: 'off', LOG_LEVEL: 'warn' };
  console.log(`bench: prefix ${prefix}; brokers ${env['KAFKA_BROKERS']}; starting services`);
  const services: ServiceProcess[] = await Promise.all([
    spawnService('ingest', svcEnv, { built: opts.built }),
    spawnService('enrichment', svcEnv, { built: opts.built }),
    spawnService('search', svcEnv, { built: opts.built }),
  ]);
  const [ingest] = services;
  // who burns the machine's cores: CPU seconds per process over a phase (the local stack's pid files)
  const processes: Array<[string, number | undefined, boolean?]> = [
    ['ingest', services[0].pid],
    ['enrichment', services[1].pid],
    ['search', services[2].pid],
    ['kafka', pidFile('.local/kafka/kafka.pid')],
    ['ferretdb', pidFile('.local/ferretdb/ferretdb.pid')],
    ['bench client', process.pid, false],
  ];
  const cpuNow = () => {
    const snapshot = procSnapshot();
    return processes.map(([, pid, withChildren]) => cpuSecondsOf(snapshot, pid, withChildren));
  };
  const cpuReport = (label: string, before: Array<number | null>, after: Array<number | null>, n: number, seconds: number) => {
    const parts = processes.map(([name], i) => {
      const a = after[i];
      const b = before[i];
      return a === null || b === null ? `${name} ?` : `${name} ${(((a - b) * 1000) / n).toFixed(2)}`;
    });
    const total = after.reduce<number>((t, a, i) => t + (a ?? 0) - (before[i] ?? 0), 0);
    console.log(`${label} CPU per posting (ms): ${parts.join(', ')}; all ${((total * 1000) / n).toFixed(2)} ms = ${(total / seconds).toFixed(2)} cores busy on average`);
  };
  const conn = await mongoose.createConnection(mongoUrl.toString()).asPromise();
  const postings = conn.collection('postings');

  const accepted = new Map<string, number>();
  // Done when both consumer groups have committed everything on their topics; then one read of every projectedAt.
  const waitProjected = (timeoutMs: number) => waitPipelineDrained(prefix, timeoutMs);
  const latencies = async (ids: string[]) => {
    const wanted = new Set(ids);
    const docs = (await postings.find({}, { projection: { postingId: 1, projectedAt: 1 } }).toArray()).filter((d) => wanted.has(d['postingId'] as string));
    const lat = docs.map((d) => new Date(d['projectedAt'] as Date).getTime() - (accepted.get(d['postingId'] as string) ?? NaN));
    const sorted = lat.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    const lastProjected = Math.max(...docs.map((d) => new Date(d['projectedAt'] as Date).getTime()));
    return { sorted, lastProjected };
  };
  const report = (label: string, n: number, seconds: number, sorted: number[]) =>
    console.log(
      `${label}: ${n} postings, ${(n / seconds).toFixed(0)} postings/s end to end; 202→searchable p50 ${pct(sorted, 50)} ms, p95 ${pct(sorted, 95)} ms, p99 ${pct(sorted, 99)} ms, max ${sorted[sorted.length - 1]} ms`,
    );

  try {
    // warm-up: JIT, connections, consumer groups
    await postJson(`${ingest.url}/v1/postings/batch`, Array.from({ length: 200 }, (_, i) => postingOf('warm', i)));
    await waitProjected(300_000);

    if (!opts.skipSteady) {
      const rate = Number(opts.rate);
      const total = rate * Number(opts.seconds);
      const ids: string[] = [];
      const cpu0 = cpuNow();
      const start = Date.now();
      const inflight: Promise<void>[] = [];
      const errors = new Map<string, number>();
      const fail = (why: string) => errors.set(why, (errors.get(why) ?? 0) + 1);
      for (let i = 0; i < total; i++) {
        const due = start + (i * 1000) / rate;
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        inflight.push(
          postJson(`${ingest.url}/v1/postings`, postingOf('steady', i))
            .then((r) => {
              const at = Date.now();
              const b = r.json as { postingId?: string };
              if (r.status !== 202 || !b.postingId) return void fail(`HTTP ${r.status}`);
              accepted.set(b.postingId, at);
              ids.push(b.postingId);
            })
            .catch((e: Error) => void fail(e.message)),
        );
      }
      await Promise.all(inflight);
      const sendSeconds = (Date.now() - start) / 1000;
      await waitProjected(900_000);
      const cpu1 = cpuNow();
      const busySeconds = (Date.now() - start) / 1000;
      const { sorted, lastProjected } = await latencies(ids);
      console.log(
        `steady: offered ${rate}/s for ${opts.seconds} s (sent in ${sendSeconds.toFixed(1)} s; refused: ${JSON.stringify(Object.fromEntries(errors))})`,
      );
      report('steady', ids.length, (lastProjected - start) / 1000, sorted);
      cpuReport('steady', cpu0, cpu1, ids.length, busySeconds);
    }

    if (!opts.skipFull) {
      const total = Number(opts.total);
      const batch = Number(opts.batch);
      const ids: string[] = [];
      let next = 0;
      const cpu0 = cpuNow();
      const start = Date.now();
      const worker = async () => {
        while (next < total) {
          const from = next;
          next += batch;
          const slice = Array.from({ length: Math.min(batch, total - from) }, (_, k) => postingOf('full', from + k));
          const r = await postJson(`${ingest.url}/v1/postings/batch`, slice);
          const at = Date.now();
          const b = r.json as { results: Array<{ postingId?: string }> };
          for (const x of b.results ?? []) {
            if (!x.postingId) continue;
            accepted.set(x.postingId, at);
            ids.push(x.postingId);
          }
        }
      };
      await Promise.all(Array.from({ length: Number(opts.concurrency) }, worker));
      const sendSeconds = (Date.now() - start) / 1000;
      await waitProjected(1_800_000);
      const cpu1 = cpuNow();
      const busySeconds = (Date.now() - start) / 1000;
      const { sorted, lastProjected } = await latencies(ids);
      console.log(`full speed: ingest accepted ${ids.length} in ${sendSeconds.toFixed(1)} s (${(ids.length / sendSeconds).toFixed(0)}/s at the HTTP edge)`);
      report('full speed', ids.length, (lastProjected - start) / 1000, sorted);
      cpuReport('full speed', cpu0, cpu1, ids.length, busySeconds);
    }
  } finally {
    await Promise.all(services.map((s) => s.kill('SIGTERM')));
    if (opts.keepData) console.log(`bench: kept topics ${prefix}.* and database ${prefix}`);
    else {
      await conn.dropDatabase();
      await deleteTestTopics(prefix);
    }
    await conn.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
