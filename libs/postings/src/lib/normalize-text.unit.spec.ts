import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasTitleShape, splitTextPostings } from './adapters/text.adapter';
import { normalizePayload } from './normalize-payload';
import { fixture, issuePaths, RECEIVED_AT, upserts } from './test-fixtures';

const SEED = join(__dirname, '../../../../../shared/seeds/job-postings.txt');
const seedText = (): string => readFileSync(SEED, 'utf8');

describe('Given the seed file of plain-text postings', () => {
  it('when it is normalized, then it splits into its three postings at their titles', () => {
    const result = normalizePayload({ body: seedText(), contentType: 'text/plain', source: 'seed', receivedAt: RECEIVED_AT });
    expect(result.format).toBe('text');
    const postings = upserts(result);
    expect(postings.map((p) => p.title)).toEqual([
      'Software Engineer II, Backend',
      'Senior Software Engineer - Pulse',
      'Senior Software Engineer - Capture',
    ]);
    // the section headings and bullets stay inside the first posting
    expect(postings[0].description).toContain('What you’ll do\n- Build out the backend');
    expect(postings[0].description).toContain('What we’re looking for\n- 2+ years');
    expect(postings[1].description).toMatch(/^Design, develop, and maintain scalable cloud services/);
    expect(postings[2].description).toContain('VoIP/WebRTC');
    expect(postings.every((p) => p.source === 'seed' && p.language === 'en')).toBe(true);
  });

  it('when it is normalized twice, then the derived external ids are stable and distinct', () => {
    const ids = () => upserts(normalizePayload({ body: seedText(), format: 'text', source: 'seed', receivedAt: RECEIVED_AT })).map((p) => p.externalId);
    const first = ids();
    expect(ids()).toEqual(first);
    expect(new Set(first).size).toBe(3);
    for (const id of first) expect(id).toMatch(/^txt-[0-9a-f]{24}$/);
  });
});

describe('Given a text file with Key: value lines, headings, blank lines and a separator', () => {
  const result = () => normalizePayload({ body: fixture('text-postings.txt'), format: 'text', source: 'jobs-board', receivedAt: RECEIVED_AT });

  it('when it is split, then "About the role" followed by a paragraph does not start a posting', () => {
    expect(upserts(result()).map((p) => p.title)).toEqual(['Electrician (Commercial)', 'High School Math Teacher', 'HR Generalist']);
  });

  it('when the metadata lines are read, then they fill company, location, type, salary and workplace', () => {
    const [electrician, teacher, hr] = upserts(result());
    expect(electrician).toMatchObject({
      company: 'Brightline Electric',
      location: 'Austin, TX',
      employmentType: 'full-time',
      salary: { min: 32, max: 41, currency: null, period: 'hour', raw: '$32 - $41 per hour' },
    });
    expect(electrician.description).not.toContain('Company:');
    expect(electrician.description).toContain('About the role\nYou will join a crew');
    expect(teacher).toMatchObject({ location: 'Chicago, IL', workplaceType: null });
    expect(hr).toMatchObject({ location: 'Leeds, UK', workplaceType: 'hybrid' });
  });

  it('when a title has no description, then that posting is refused with the line it starts at', () => {
    const body = 'Payroll Specialist\nRun the monthly payroll for 400 employees across three countries, using ADP.\n---\nForklift Driver\n';
    const res = normalizePayload({ body, format: 'text', source: 'jobs-board', receivedAt: RECEIVED_AT });
    expect(upserts(res).map((p) => p.title)).toEqual(['Payroll Specialist']);
    expect(issuePaths(res)).toEqual(['[1].description']);
    expect(res.items[1]).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining('at line 4') }] });
  });

  it('when the payload is empty, then the whole payload is unreadable', () => {
    expect(() => normalizePayload({ body: '  \n', format: 'text', source: 'x', receivedAt: RECEIVED_AT })).toThrow(
      expect.objectContaining({ code: 'PAYLOAD.UNREADABLE' }),
    );
  });
});

describe('Given candidate title lines', () => {
  it.each([
    ['Senior Software Engineer - Pulse', true],
    ['Software Engineer II, Backend', true],
    ['What you’ll do', false],
    ['Nice to have', false],
    ['- Build out the backend', false],
    ['Location: Berlin', false],
    ['This sentence ends with a full stop.', false],
  ])('when the line is %j, then its title shape is %s', (line, expected) => {
    expect(hasTitleShape(line)).toBe(expected);
  });

  it('when "About <Company>" is followed by a paragraph after an empty line, then it stays in its posting', () => {
    const body =
      'Barista\nMake espresso drinks and keep the bar spotless during busy morning shifts.\n\nAbout Copperpot Coffee\nWe roast our own beans and run four cafes across Portland, Oregon.\n\nPastry Chef\nBake croissants and seasonal tarts for all four of our cafes every morning.\n';
    expect(splitTextPostings(body).map((p) => p.title)).toEqual(['Barista', 'Pastry Chef']);
  });

  it('when a heading is followed by bullets, then it stays in its posting', () => {
    const postings = splitTextPostings('Data Analyst\nTurn our sales data into decisions for the leadership team every week.\nKey responsibilities\n- Build dashboards\n');
    expect(postings).toHaveLength(1);
    expect(postings[0].body).toContain('Key responsibilities\n- Build dashboards');
  });
});
