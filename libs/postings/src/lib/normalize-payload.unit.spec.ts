import { MAX_BATCH_ITEMS } from './normalize.types';
import { normalizePayload } from './normalize-payload';
import { fixture, issuePaths, RECEIVED_AT, refused, upserts } from './test-fixtures';

const ours = {
  source: 'acme',
  externalId: 'A-1',
  title: 'Frontend Engineer',
  description: '<p>Build our design system in <b>React</b>.</p>',
  company: 'Acme',
  location: 'Amsterdam, NL',
  url: 'https://acme.example/jobs/A-1',
  updatedAt: '2024-05-01T10:00:00+02:00',
};

describe('Given our own JSON (the body of POST /v1/postings)', () => {
  it('when one object is sent, then it is one upsert with HTML turned into text', () => {
    const result = normalizePayload({ body: JSON.stringify(ours), contentType: 'application/json', receivedAt: RECEIVED_AT });
    expect(result.format).toBe('json');
    expect(result.items).toEqual([
      {
        ok: true,
        index: 0,
        action: 'upsert',
        posting: expect.objectContaining({
          source: 'acme',
          externalId: 'A-1',
          title: 'Frontend Engineer',
          description: 'Build our design system in React.',
          descriptionHtml: '<p>Build our design system in <b>React</b>.</p>',
          company: 'Acme',
          location: 'Amsterdam, NL',
          locations: ['Amsterdam, NL'],
          url: 'https://acme.example/jobs/A-1',
          updatedAt: '2024-05-01T08:00:00.000Z',
          status: 'open',
        }),
      },
    ]);
  });

  it('when a plain-text description is sent, then it is kept as text and escaped for display', () => {
    const body = JSON.stringify({ ...ours, description: 'Use React & TypeScript.\n\n<Nice to have>: Storybook' });
    const [p] = upserts(normalizePayload({ body, receivedAt: RECEIVED_AT }));
    expect(p.description).toBe('Use React & TypeScript.\n\n<Nice to have>: Storybook');
    expect(p.descriptionHtml).toBe('<p>Use React &amp; TypeScript.</p>\n<p>&lt;Nice to have&gt;: Storybook</p>');
  });

  it('when a batch of NDJSON has an invalid line, then the valid lines are not held back', () => {
    const result = normalizePayload({ body: fixture('ours-batch.ndjson'), contentType: 'application/x-ndjson', receivedAt: RECEIVED_AT });
    expect(result.items.map((i) => i.ok)).toEqual([true, false, true]);
    expect(refused(result)[0]).toEqual({
      ok: false,
      index: 1,
      externalId: 'A-2',
      issues: [{ path: '[1].title', message: 'title must not be empty', code: 'too_small' }],
    });
    expect(upserts(result)[1]).toMatchObject({ workplaceType: 'remote', salary: { min: 120000, max: 140000, currency: 'USD', period: 'year' } });
  });

  it('when a batch array holds malformed items, then each has its field path and reason', () => {
    const result = normalizePayload({ body: fixture('ours-malformed.json'), receivedAt: RECEIVED_AT });
    expect(refused(result).map((r) => r.issues.map((i) => `${i.path}: ${i.message}`))).toEqual([
      ['[0].source: lowercase letters, digits, "-" and "_", starting with a letter or digit'],
      ['[1].url: Invalid URL', '[1].updatedAt: Invalid ISO datetime'],
      ['[2].description: description is required'],
      ['[3]: expected a posting object'],
    ]);
  });

  it('when an item has no source, then the request source fills it', () => {
    const { source: _s, ...noSource } = ours;
    const [p] = upserts(normalizePayload({ body: JSON.stringify(noSource), source: 'acme', receivedAt: RECEIVED_AT }));
    expect(p.source).toBe('acme');
  });

  it('when updatedAt is far in the future, then the item is refused (its version would block later updates)', () => {
    const body = JSON.stringify({ ...ours, updatedAt: '2030-01-01T00:00:00Z' });
    expect(issuePaths(normalizePayload({ body, receivedAt: RECEIVED_AT }))).toEqual(['updatedAt']);
  });

  it('when a field is over its limit, then the issue names the field', () => {
    const body = JSON.stringify({ ...ours, title: 'x'.repeat(501) });
    expect(refused(normalizePayload({ body, receivedAt: RECEIVED_AT }))[0].issues[0]).toMatchObject({ path: 'title', code: 'too_big' });
  });
});

describe('Given payloads that cannot be read at all', () => {
  const attempt = (body: string, contentType?: string, source?: string) => () =>
    normalizePayload({ body, contentType, source, receivedAt: RECEIVED_AT });

  it('when the JSON is broken, then PAYLOAD.UNREADABLE says why', () => {
    expect(attempt('{"title": ', 'application/json')).toThrow(expect.objectContaining({ code: 'PAYLOAD.UNREADABLE', message: expect.stringMatching(/^not valid JSON/) }));
  });

  it('when an NDJSON line is broken, then the line number is given', () => {
    expect(attempt('{"a":1}\n{"b":\n', 'application/x-ndjson')).toThrow(expect.objectContaining({ message: expect.stringContaining('line 2') }));
  });

  it('when the media type is unknown, then PAYLOAD.MEDIA_TYPE_UNSUPPORTED', () => {
    expect(attempt('<job/>', 'application/xml')).toThrow(expect.objectContaining({ code: 'PAYLOAD.MEDIA_TYPE_UNSUPPORTED' }));
  });

  it('when a format without a source in it arrives without a request source, then POSTING.INVALID names source', () => {
    expect(attempt(fixture('lever-postings.json'), 'application/json')).toThrow(
      expect.objectContaining({ code: 'POSTING.INVALID', issues: [expect.objectContaining({ path: 'source' })] }),
    );
  });

  it('when more than the batch limit arrives, then PAYLOAD.TOO_LARGE', () => {
    const many = JSON.stringify(Array.from({ length: MAX_BATCH_ITEMS + 1 }, (_, i) => ({ ...ours, externalId: `A-${i}` })));
    expect(attempt(many, 'application/json')).toThrow(expect.objectContaining({ code: 'PAYLOAD.TOO_LARGE' }));
  });
});

describe('Given format auto-detection', () => {
  it.each([
    ['jsonld-job-posting.json', 'application/json', 'jsonld'],
    ['jsonld-graph-remote.json', 'application/ld+json', 'jsonld'],
    ['greenhouse-board-jobs.json', 'application/json', 'greenhouse'],
    ['greenhouse-job.json', undefined, 'greenhouse'],
    ['greenhouse-webhook-job-post-deleted.json', 'application/json; charset=utf-8', 'greenhouse'],
    ['lever-postings.json', 'application/json', 'lever'],
    ['ours-batch.ndjson', 'application/x-ndjson', 'json'],
    ['text-postings.txt', 'text/plain', 'text'],
    ['text-postings.txt', undefined, 'text'],
  ])('when %s arrives as %s, then it is read as %s', (name, contentType, format) => {
    expect(normalizePayload({ body: fixture(name), contentType, source: 'auto', receivedAt: RECEIVED_AT }).format).toBe(format);
  });

  it('when a format is named, then it wins over the media type', () => {
    const r = normalizePayload({ body: fixture('greenhouse-job.json'), contentType: 'text/plain', format: 'greenhouse', source: 'a', receivedAt: RECEIVED_AT });
    expect(r.format).toBe('greenhouse');
  });
});
