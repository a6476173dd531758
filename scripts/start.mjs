#!/usr/bin/env node
// `npm start`: runs ingest, enrichment and search against KAFKA_BROKERS/MONGO_URL, by default the
// local stack (started when it is not running). With no API keys configured it sets INGEST_AUTH=off,
// which ingest states loudly in its log. Ctrl-C (or SIGTERM) stops them gracefully.
import { SERVICES, serviceEnv, startService, stopAll, waitReady } from './lib.mjs';

const env = await serviceEnv();
if (!env.INGEST_API_KEYS && !env.INGEST_API_KEYS_FILE && !env.INGEST_AUTH) env.INGEST_AUTH = 'off';
console.log(`[jobstream] KAFKA_BROKERS=${env.KAFKA_BROKERS} MONGO_URL=${env.MONGO_URL}`);

const children = SERVICES.map((s) => startService(s.name, env));
let stopping = false;
const stop = async (code) => {
  if (stopping) return;
  stopping = true;
  await stopAll(children);
  process.exit(code);
};
for (const c of children) c.once('exit', (code) => !stopping && (console.error(`[jobstream] a service exited (${code}); stopping the others`), stop(1)));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

await Promise.all(SERVICES.map((s) => waitReady(s.port)));
console.log(
  `[jobstream] ready: ingest http://localhost:${SERVICES[0].port}  search http://localhost:${SERVICES[2].port}  (Ctrl-C stops)`,
);
