import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PostingSchema } from '@jobstream/contracts';
import { fixture } from '../lib/test-fixtures';
import { runNormalizeCli } from './normalize.command';

const NOW = new Date('2025-01-15T12:00:00.000Z');

const run = (argv: string[], stdin: string) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = runNormalizeCli(argv, { stdin, out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW });
  return { code, out, err, lines: out.map((l) => JSON.parse(l) as Record<string, unknown>) };
};

describe('Given the normalize command', () => {
  it('when a Lever payload is piped with a source, then it prints one JSON line per posting and exits 0', () => {
    const { code, lines, err } = run(['--format', 'lever', '--source', 'tidewave'], fixture('lever-postings.json'));
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatchObject({ action: 'upsert' });
      expect(PostingSchema.safeParse(line.posting).success).toBe(true);
    }
    expect(lines[0]).toMatchObject({ index: 0, posting: { version: 1714644000000, postingId: expect.stringMatching(/^[0-9a-f]{32}$/) } });
    expect(err).toEqual(['lever: 2 item(s) normalized, 0 refused']);
  });

  it('when a Greenhouse webhook closes a posting, then the close is printed', () => {
    const { code, lines } = run(['--source', 'vault'], fixture('greenhouse-webhook-job-post-not-live.json'));
    expect(code).toBe(0);
    expect(lines).toEqual([
      { index: 0, action: 'close', source: 'vault', externalId: '4012345006', reason: 'job post is no longer live', closedAt: '2024-06-01T08:00:00.000Z' },
    ]);
  });

  it('when some items are refused, then the others are printed, the reasons go to stderr with paths, and it exits 1', () => {
    const { code, lines, err } = run(['--format', 'json'], fixture('ours-batch.ndjson'));
    expect(code).toBe(1);
    expect(lines.map((l) => l.index)).toEqual([0, 2]);
    expect(err).toContain('item 1 (externalId A-2): [1].title: title must not be empty');
  });

  it('when the payload is unreadable or the source missing, then stderr says why and it exits 1', () => {
    const broken = run([], '{"title": ');
    expect(broken.code).toBe(1);
    expect(broken.out).toEqual([]);
    expect(broken.err[0]).toMatch(/^PAYLOAD\.UNREADABLE: not valid JSON/);
    const noSource = run(['--format', 'text'], fixture('text-postings.txt'));
    expect(noSource.code).toBe(1);
    expect(noSource.err).toEqual([
      'POSTING.INVALID: the text format does not carry a source: the request must name it',
      '  source: source is required for text payloads',
    ]);
  });

  it('when the format is unknown, then it is a usage error (exit 2)', () => {
    const { code, err } = run(['--format', 'xml'], '');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain("argument 'xml' is invalid");
  });

  it('when run as `npm run normalize` does (tsx, stdin, exit code), then a text file gives three lines', () => {
    const root = join(__dirname, '../../../..');
    const res = spawnSync(join(root, 'node_modules/.bin/tsx'), ['libs/postings/src/cli/normalize.cli.ts', '--format', 'text', '--source', 'seed'], {
      cwd: root,
      input: fixture('text-postings.txt'),
      encoding: 'utf8',
    });
    expect(res.status).toBe(0);
    const titles = res.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { posting: { title: string } }).posting.title);
    expect(titles).toEqual(['Electrician (Commercial)', 'High School Math Teacher', 'HR Generalist']);
  });
});
