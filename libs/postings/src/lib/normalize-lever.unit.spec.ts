import { normalizePayload } from './normalize-payload';
import { fixture, issuePaths, RECEIVED_AT, refused, upserts } from './test-fixtures';

const lever = (body: string) => normalizePayload({ body, contentType: 'application/json', source: 'tidewave', receivedAt: RECEIVED_AT });

describe('Given Lever postings API objects', () => {
  it('when a remote posting has lists, additional text and a salary range, then all of it is kept', () => {
    const result = lever(fixture('lever-postings.json'));
    expect(result.format).toBe('lever');
    const [go] = upserts(result);
    expect(go).toMatchObject({
      externalId: '5ac21346-8e0c-4494-8e7a-3eb92ff77902',
      title: 'Backend Engineer (Go)',
      workplaceType: 'remote',
      employmentType: 'full-time',
      department: 'Engineering',
      locations: ['Remote - Europe', 'Lisbon, Portugal'],
      salary: { min: 60000, max: 80000, currency: 'EUR', period: 'year', raw: 'Depending on experience.' },
      url: 'https://jobs.lever.co/tidewave/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply',
      postedAt: new Date(1714039200000).toISOString(),
      updatedAt: new Date(1714644000000).toISOString(),
    });
    expect(go.description).toContain('You will build our routing APIs in Go with gRPC and PostgreSQL.');
    expect(go.description).toContain('Requirements\n\n- 3+ years of Go in production\n- Docker & Kubernetes');
    expect(go.description).toContain('Nice to have\n\n- Experience with Kafka');
    expect(go.description.endsWith('We offer 30 days of paid leave.')).toBe(true);
  });

  it('when a hybrid posting has only plain-text fields and several locations, then it stays hybrid with all locations', () => {
    const [, sdr] = upserts(lever(fixture('lever-postings.json')));
    expect(sdr).toMatchObject({
      workplaceType: 'hybrid',
      employmentType: 'part-time',
      department: 'Sales',
      location: 'London, UK',
      locations: ['London, UK', 'Manchester, UK'],
      salary: null,
      url: 'https://jobs.lever.co/tidewave/c0ffee00-1111-2222-3333-444455556666',
      updatedAt: RECEIVED_AT.toISOString(),
    });
    expect(sdr.description).toBe(
      'Book meetings for our account executives. Prospect using Salesforce and HubSpot.\n\nAbout you\n\n- Great communicator\n- Cold calling experience',
    );
  });

  it('when postings are malformed, then each is refused with the Lever field path', () => {
    const result = normalizePayload({ body: fixture('lever-malformed.json'), format: 'lever', source: 'tidewave', receivedAt: RECEIVED_AT });
    expect(issuePaths(result)).toEqual(['[0].categories', '[0].createdAt', '[0].text', '[1].id']);
    expect(refused(result)[0].issues.map((i) => i.message)).toEqual([
      'expected an object',
      'not a date: "not a time"',
      'title is required',
    ]);
  });
});
