import { PostingSchema } from '@jobstream/contracts';
import { normalizePayload } from './normalize-payload';
import { fixture, issuePaths, RECEIVED_AT, refused, upserts } from './test-fixtures';

const jsonld = (name: string) =>
  normalizePayload({ body: fixture(name), contentType: 'application/ld+json', source: 'careers-site', receivedAt: RECEIVED_AT });

describe('Given a schema.org JobPosting in JSON-LD', () => {
  it('when it has HTML, entities, two places and a salary range, then every field is mapped', () => {
    const result = jsonld('jsonld-job-posting.json');
    expect(result.format).toBe('jsonld');
    const [p] = upserts(result);
    expect(p).toMatchObject({
      source: 'careers-site',
      externalId: 'NW-2024-117',
      title: 'Senior Data Engineer',
      company: 'Northwind Analytics GmbH',
      location: 'Berlin, BE, DE',
      locations: ['Berlin, BE, DE', 'München, BY, DE'],
      workplaceType: 'onsite',
      employmentType: 'full-time',
      salary: { min: 75000, max: 90000, currency: 'EUR', period: 'year' },
      url: 'https://careers.northwind.example/jobs/nw-2024-117',
      postedAt: '2024-05-02T00:00:00.000Z',
      updatedAt: '2024-05-06T07:30:00.000Z',
      validThrough: '2030-06-30T23:59:00.000Z',
      status: 'open',
      language: 'en',
      experienceMonths: 60,
      declaredSkills: ['Apache Spark', 'Kafka', 'dbt', 'Snowflake', 'Airflow'],
    });
    expect(p.description).toContain('What you’ll do\n\n- Design batch & streaming pipelines with Apache Spark and Kafka');
    expect(p.description).not.toMatch(/<|&amp;|trackView/);
    expect(p.descriptionHtml).toContain('<strong>Senior Data Engineer</strong>');
    expect(p.descriptionHtml).not.toMatch(/script|onerror|<img/);
    expect(p.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(PostingSchema.omit({ postingId: true, version: true }).safeParse(p).success).toBe(true);
  });

  it('when it is an @graph with a TELECOMMUTE posting, then the organization is resolved and it is remote', () => {
    const [p] = upserts(jsonld('jsonld-graph-remote.json'));
    expect(p).toMatchObject({
      externalId: 'LH-MOB-9',
      company: 'Lumen Health',
      workplaceType: 'remote',
      locations: ['Remote (USA)', 'Remote (Canada)'],
      employmentType: 'part-time',
      salary: { min: 68.5, max: 68.5, currency: 'USD', period: 'hour' },
      declaredSkills: ['React Native', 'TypeScript'],
    });
    // the description arrived entity-escaped: decoded once, then turned into text
    expect(p.description).toContain('- 3+ years building mobile apps');
  });

  it('when an array holds a hybrid TELECOMMUTE posting and a bare one, then hybrid stays hybrid and missing fields are null', () => {
    const [nurse, warehouse] = upserts(jsonld('jsonld-array-hybrid.json'));
    expect(nurse).toMatchObject({ workplaceType: 'hybrid', externalId: '4471', company: "St. Mary's Hospital" });
    expect(nurse.salary).toMatchObject({ min: 38, max: 52, currency: 'USD', period: 'hour' });
    expect(warehouse).toMatchObject({
      title: 'Warehouse Associate',
      company: null,
      location: null,
      locations: [],
      salary: null,
      postedAt: null,
      updatedAt: RECEIVED_AT.toISOString(),
      url: null,
    });
    expect(warehouse.externalId).toMatch(/^jsonld-[0-9a-f]{24}$/);
  });

  it('when validThrough has passed, then the posting is normalized as closed', () => {
    const body = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Seasonal Picker',
      description: 'Pick orders during the holiday peak.',
      identifier: 'S-1',
      validThrough: '2024-12-31',
    });
    const [p] = upserts(normalizePayload({ body, format: 'jsonld', source: 's', receivedAt: RECEIVED_AT }));
    expect(p.status).toBe('closed');
  });

  it('when items are malformed, then each gets its path and reason and the valid ones are unaffected', () => {
    const result = jsonld('jsonld-malformed.json');
    expect(upserts(result)).toHaveLength(0);
    expect(issuePaths(result)).toEqual([
      '[0].datePosted',
      '[0].title',
      '[1].@type',
      '[2].validThrough',
      '[2].description',
    ]);
    expect(refused(result)[0].issues[0].message).toBe('not a date: "last tuesday"');
    expect(refused(result)[1].issues[0].message).toBe('expected a schema.org JobPosting');
  });
});
