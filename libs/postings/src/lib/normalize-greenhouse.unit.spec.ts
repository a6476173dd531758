import { normalizePayload } from './normalize-payload';
import { fixture, issuePaths, RECEIVED_AT, refused, upserts } from './test-fixtures';

const greenhouse = (name: string) =>
  normalizePayload({ body: fixture(name), contentType: 'application/json', source: 'vault', receivedAt: RECEIVED_AT });

describe('Given Greenhouse Job Board API job objects (content=true)', () => {
  it('when a {jobs: [...]} list arrives, then escaped HTML content is decoded once and turned into text', () => {
    const result = greenhouse('greenhouse-board-jobs.json');
    expect(result.format).toBe('greenhouse');
    const [payments, sre] = upserts(result);
    expect(payments).toMatchObject({
      source: 'vault',
      externalId: '4012345006',
      title: 'Senior Backend Engineer, Payments',
      company: 'Vault Corp',
      department: 'Engineering',
      locations: ['New York, NY', 'San Francisco, CA'],
      location: 'New York, NY',
      employmentType: 'full-time',
      url: 'https://boards.greenhouse.io/vaultcorp/jobs/4012345006',
      postedAt: '2024-04-29T14:00:00.000Z',
      updatedAt: '2024-05-03T18:12:45.000Z',
    });
    expect(payments.description).toContain("At Vault, R&D is everyone's job.");
    expect(payments.description).toContain('Nice to have\n\n- Experience with PCI DSS');
    expect(payments.descriptionHtml).toContain('<h2>What you’ll do</h2>');
    expect(payments.descriptionHtml).toContain('R&amp;D');
    expect(payments.descriptionHtml).not.toContain('&lt;');
    expect(sre).toMatchObject({ workplaceType: 'remote', department: null, salary: null, company: null });
  });

  it('when pay_input_ranges are in cents, then the salary is in currency units with its period', () => {
    const [payments] = upserts(greenhouse('greenhouse-board-jobs.json'));
    expect(payments.salary).toEqual({
      min: 180000,
      max: 215000,
      currency: 'USD',
      period: 'year',
      raw: 'Annual base salary: USD 180000-215000',
    });
  });

  it('when a single job says "Hybrid - Toronto", then it is hybrid, never remote', () => {
    const [p] = upserts(greenhouse('greenhouse-job.json'));
    expect(p).toMatchObject({ workplaceType: 'hybrid', department: 'Finance', salary: { min: 65000, max: 78000, currency: 'CAD' } });
    expect(p.description).toBe(
      'Bright Ledger needs a Staff Accountant for month-end close, reconciliations and GAAP reporting.\n\nCPA preferred; QuickBooks & Excel required.',
    );
  });

  it('when jobs are malformed, then each is refused with the Greenhouse field path', () => {
    const result = greenhouse('greenhouse-malformed.json');
    expect(upserts(result)).toHaveLength(0);
    expect(issuePaths(result)).toEqual(['[0].updated_at', '[0].content', '[1].id', '[1].title', '[2]']);
    expect(refused(result)[0]).toMatchObject({ externalId: '1' });
  });
});

describe('Given Greenhouse webhooks', () => {
  it('when a live job post is updated, then it is upserted with the webhook timestamp', () => {
    const result = greenhouse('greenhouse-webhook-job-post-updated.json');
    const [p] = upserts(result);
    expect(p).toMatchObject({ externalId: '4012345006', location: 'New York, NY', updatedAt: '2024-05-10T16:20:00.000Z' });
    expect(p.description).toBe('Build payment services in Java on Kubernetes.');
  });

  it('when a job post goes not-live, then the posting is closed at the upstream time', () => {
    expect(greenhouse('greenhouse-webhook-job-post-not-live.json').items).toEqual([
      {
        ok: true,
        index: 0,
        action: 'close',
        source: 'vault',
        externalId: '4012345006',
        reason: 'job post is no longer live',
        closedAt: '2024-06-01T08:00:00.000Z',
      },
    ]);
  });

  it('when a job post is deleted, then the posting is closed at the time of receipt', () => {
    expect(greenhouse('greenhouse-webhook-job-post-deleted.json').items).toEqual([
      expect.objectContaining({ action: 'close', externalId: '4012399006', closedAt: RECEIVED_AT.toISOString() }),
    ]);
  });

  it('when a job is closed or deleted, then each of its posts is closed', () => {
    const closed = greenhouse('greenhouse-webhook-job-closed.json').items;
    expect(closed.map((i) => i.ok && i.action === 'close' && [i.externalId, i.reason])).toEqual([
      ['4012345006', 'job is closed'],
      ['4012345007', 'job is closed'],
    ]);
    const deleted = greenhouse('greenhouse-webhook-job-deleted.json').items;
    expect(deleted).toEqual([expect.objectContaining({ action: 'close', externalId: '4012399006', reason: 'job deleted in Greenhouse' })]);
  });

  it('when the ping arrives, then there is nothing to do', () => {
    const body = JSON.stringify({ action: 'ping', payload: { web_hook_id: 1 } });
    expect(normalizePayload({ body, format: 'greenhouse', source: 'vault', receivedAt: RECEIVED_AT }).items).toEqual([]);
  });

  it('when an unsupported action or a post without id arrives, then it is refused with its path', () => {
    const other = JSON.stringify({ action: 'candidate_hired', payload: { application: { id: 1 } } });
    expect(issuePaths(normalizePayload({ body: other, format: 'greenhouse', source: 'vault', receivedAt: RECEIVED_AT }))).toEqual([
      'action',
    ]);
    const noId = JSON.stringify({ action: 'job_post_deleted', payload: { job_post: {} } });
    expect(issuePaths(normalizePayload({ body: noId, format: 'greenhouse', source: 'vault', receivedAt: RECEIVED_AT }))).toEqual([
      'payload.job_post.id',
    ]);
    const noPosts = JSON.stringify({ action: 'job_deleted', payload: { job: { id: 9 } } });
    expect(issuePaths(normalizePayload({ body: noPosts, format: 'greenhouse', source: 'vault', receivedAt: RECEIVED_AT }))).toEqual([
      'payload.job.jobs_posts',
    ]);
  });
});
