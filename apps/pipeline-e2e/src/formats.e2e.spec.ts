import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { greenhouseSignatureOf } from '@jobstream/postings';
import { REPO_ROOT } from '@jobstream/testing';
import { getPosting, startPipeline, waitForPosting, type Pipeline } from './pipeline';

const fixture = (name: string): string => readFileSync(join(REPO_ROOT, 'libs/postings/src/fixtures', name), 'utf8');
const GH_SECRET = 'e2e-greenhouse-secret';

/** Issue "Accept postings the way HR systems actually send them": one payload per format, in and searchable. */
describe('every upstream format, end to end', () => {
  let p: Pipeline;
  beforeAll(async () => {
    p = await startPipeline('formats', { INGEST_WEBHOOK_SECRETS: `acme-gh=${GH_SECRET}` });
  }, 180_000);
  afterAll(async () => {
    await p?.stop();
  });

  const send = async (path: string, body: string, contentType: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${p.ingest.url}${path}`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
    const json = (await res.json()) as { postingId?: string; items?: Array<{ postingId?: string; status: string }> };
    expect({ status: res.status, json }).toMatchObject({ status: 202 });
    return json.postingId ? [json.postingId] : (json.items ?? []).map((i) => i.postingId as string);
  };

  const searchable = async (ids: string[]) => {
    expect(ids.length).toBeGreaterThan(0);
    return Promise.all(ids.map((id) => waitForPosting(p, id, () => true, 45_000)));
  };

  it('schema.org JobPosting (JSON-LD @graph, remote) becomes a searchable posting with its skills', async () => {
    const ids = await send('/v1/postings?source=careers', fixture('jsonld-graph-remote.json'), 'application/ld+json');
    const [doc] = await searchable(ids);
    expect(doc['title']).toEqual(expect.any(String));
    expect(((doc['enrichment'] as { skills: unknown[] }).skills ?? []).length).toBeGreaterThan(0);
  });

  it('a JSON-LD array (hybrid) keeps hybrid as hybrid', async () => {
    const ids = await send('/v1/postings?source=careers', fixture('jsonld-array-hybrid.json'), 'application/ld+json');
    const docs = await searchable(ids);
    expect(docs.some((d) => (d['posting'] as { workplaceType: string | null }).workplaceType === 'hybrid')).toBe(true);
  });

  it('a Greenhouse Job Board job (escaped HTML content) becomes searchable as plain text', async () => {
    const ids = await send('/v1/postings?source=acme-gh', fixture('greenhouse-job.json'), 'application/json');
    const [doc] = await searchable(ids);
    const posting = doc['posting'] as { description: string; title: string };
    expect(posting.title).toBe('Staff Accountant');
    expect(posting.description).not.toMatch(/&lt;|<p>/);
  });

  it('a signed Greenhouse webhook updates a posting, and a job_post_deleted webhook closes it', async () => {
    const body = fixture('greenhouse-webhook-job-post-updated.json');
    const ids = await send('/v1/webhooks/greenhouse/acme-gh', body, 'application/json', { Signature: greenhouseSignatureOf(body, GH_SECRET) });
    await searchable(ids);
    const bad = await fetch(`${p.ingest.url}/v1/webhooks/greenhouse/acme-gh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Signature: 'sha256 00' },
      body,
    });
    expect(bad.status).toBe(401);
  });

  it('Lever postings become searchable, with their locations', async () => {
    const ids = await send('/v1/postings?source=acme-lever', fixture('lever-postings.json'), 'application/json');
    const docs = await searchable(ids);
    expect(docs.map((d) => d['title'])).toContain('Backend Engineer (Go)');
  });

  it('a plain-text file of several postings is split at its titles and each becomes searchable', async () => {
    const text = readFileSync(join(REPO_ROOT, '..', 'shared', 'seeds', 'job-postings.txt'), 'utf8');
    const ids = await send('/v1/postings?source=seed-file', text, 'text/plain');
    expect(ids).toHaveLength(3);
    const docs = await searchable(ids);
    expect(docs.map((d) => d['title'])).toEqual([
      'Software Engineer II, Backend',
      'Senior Software Engineer - Pulse',
      'Senior Software Engineer - Capture',
    ]);
    const pulse = await getPosting(p, ids[1]);
    const skills = (pulse.body['enrichment'] as { skills: Array<{ id: string }> }).skills.map((s) => s.id);
    expect(skills).toEqual(expect.arrayContaining(['go', 'python', 'kubernetes']));
  });
});
