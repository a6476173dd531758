import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InboundPostingV1Schema } from '@jobstream/contracts';
import { normalizePayload } from '../lib/normalize-payload';
import { upserts } from '../lib/test-fixtures';

/** After the samples' updatedAt (2025-11-18..20): a later receipt never refuses them as future-dated. */
const RECEIVED_AT = new Date('2026-01-01T00:00:00.000Z');

const body = readFileSync(join(__dirname, 'sample-postings.json'), 'utf8');
const seed = readFileSync(join(__dirname, '../../../../../shared/seeds/job-postings.txt'), 'utf8');

describe('Given the demo sample postings', () => {
  it('when each is validated as POST /v1/postings input, then all 15 are valid, from source "demo", with distinct ids', () => {
    const samples = JSON.parse(body) as unknown[];
    expect(samples).toHaveLength(15);
    const parsed = samples.map((s) => InboundPostingV1Schema.parse(s));
    expect(new Set(parsed.map((p) => p.source))).toEqual(new Set(['demo']));
    expect(new Set(parsed.map((p) => p.externalId)).size).toBe(15);
  });

  it('when the batch is normalized, then nothing is refused and the three seed postings are there word for word', () => {
    const result = normalizePayload({ body, contentType: 'application/json', receivedAt: RECEIVED_AT });
    const postings = upserts(result);
    expect(postings).toHaveLength(15);
    const seeds = postings.filter((p) => p.externalId.startsWith('seed-'));
    expect(seeds).toHaveLength(3);
    for (const p of seeds) {
      expect(seed).toContain(p.title);
      expect(seed.replace(/\r\n/g, '\n')).toContain(p.description);
    }
  });
});
