import mongoose from 'mongoose';
import { createTestTopics, deleteTestTopics, spawnService, testMongoUrl, uniquePrefix, waitFor, waitPipelineDrained, type ServiceProcess } from '@jobstream/testing';

/** The three services on the real broker and store, isolated by one topic prefix and database. */
export interface Pipeline {
  prefix: string;
  ingest: ServiceProcess;
  enrichment: ServiceProcess;
  search: ServiceProcess;
  mongoUrl: string;
  stop(): Promise<void>;
}

/** The MongoDB URL of the test's own database (`<prefix>`), keeping the resolved host and options. */
export const databaseUrl = (prefix: string): string => {
  const url = new URL(testMongoUrl());
  url.pathname = `/${prefix}`;
  return url.toString();
};

/** Drops the test's database (the local store keeps every database on disk otherwise). */
const dropDatabase = async (url: string): Promise<void> => {
  const conn = await mongoose.createConnection(url, { serverSelectionTimeoutMS: 5000 }).asPromise();
  try {
    await conn.dropDatabase();
  } finally {
    await conn.close();
  }
};

export const startPipeline = async (name: string, extraEnv: Record<string, string> = {}): Promise<Pipeline> => {
  const prefix = uniquePrefix(name);
  await createTestTopics(prefix);
  const mongoUrl = databaseUrl(prefix);
  const env = { KAFKA_TOPIC_PREFIX: prefix, MONGO_URL: mongoUrl, INGEST_AUTH: 'off', LOG_LEVEL: process.env['PIPELINE_LOG_LEVEL'] ?? 'warn', ...extraEnv };
  const [ingest, enrichment, search] = await Promise.all([
    spawnService('ingest', env),
    spawnService('enrichment', env),
    spawnService('search', env),
  ]);
  return {
    prefix,
    ingest,
    enrichment,
    search,
    mongoUrl,
    async stop() {
      await Promise.all([ingest.kill('SIGTERM'), enrichment.kill('SIGTERM'), search.kill('SIGTERM')]);
      await deleteTestTopics(prefix);
      await dropDatabase(mongoUrl);
    },
  };
};

export interface SearchItem {
  postingId: string;
  title: string;
  company: string | null;
  seniority: { level: string } | string | null;
  experience: { minYears: number | null; maxYears: number | null };
  skills: Array<{ id: string; name: string }>;
}
export interface SearchResponse {
  items: SearchItem[];
  facets: { skills: Array<{ id: string; name: string; count: number }>; seniority: Array<{ level: string; count: number }> };
  nextCursor: string | null;
}

export const levelOf = (item: SearchItem): string | null =>
  typeof item.seniority === 'string' ? item.seniority : (item.seniority?.level ?? null);

export const searchFor = async (p: Pipeline, query: string): Promise<SearchResponse> => {
  const res = await fetch(`${p.search.url}/v1/search?${query}`);
  if (res.status !== 200) throw new Error(`search ${query} → ${res.status} ${await res.text()}`);
  return (await res.json()) as SearchResponse;
};

export const getPosting = async (p: Pipeline, postingId: string): Promise<{ status: number; body: Record<string, unknown> }> => {
  const res = await fetch(`${p.search.url}/v1/postings/${postingId}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

export const postJson = async (url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: res.headers };
};

/** Waits until the posting's detail answers 200 and `accept` holds for it. */
export const waitForPosting = (p: Pipeline, postingId: string, accept: (body: Record<string, unknown>) => boolean = () => true, timeout = 30_000) =>
  waitFor(
    async () => {
      const r = await getPosting(p, postingId);
      return r.status === 200 && accept(r.body) ? r.body : undefined;
    },
    { timeout, message: `posting ${postingId} not searchable within ${timeout} ms` },
  );

/** Waits until every event sent so far has been enriched and projected (see waitPipelineDrained). */
export const waitDrained = (p: Pipeline, timeout = 60_000): Promise<void> => waitPipelineDrained(p.prefix, timeout);
