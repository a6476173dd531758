import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from './enrich.cli';

async function run(args: string[], stdinText: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await main(args, { stdin: Readable.from([stdinText]), stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const good = (id: string, title: string, description: string): string => JSON.stringify({ id, title, description });

describe('enrich command contract', () => {
  it('Given valid postings, When run, Then one enriched line per input, in order, exit code 0', async () => {
    const input = [good('a', 'Senior Engineer', 'Build services in Python. 5-7 years of experience.'), good('b', 'Junior Developer', 'SQL and Java.')].join('\n');
    const r = await run([], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0]).toMatchObject({ seniority: { level: 'senior' }, experience: { minYears: 5, maxYears: 7 } });
    expect(Array.isArray(lines[0].skills)).toBe(true);
  });

  it('Given a malformed line among good ones, When run, Then it gets an error line in place, the run goes on, exit code 1', async () => {
    const input = [good('a', 'Engineer', 'Python'), '{"id": "b", "title": ', JSON.stringify({ id: 'c', description: 'no title' }), good('d', 'Engineer', 'Go')].join('\n');
    const r = await run([], input);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2].error).toMatch(/title/);
    expect(lines[3].error).toBeUndefined();
    expect(r.stderr).toMatch(/2 of 4 lines/);
  });

  it('Given --input and --output files, When run, Then the output file holds the enriched lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'enrich-cli-'));
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, `${good('x', 'Engineer', 'Kubernetes and Terraform')}\n`);
    const r = await run(['--input', input, '--output', output], '');
    expect(r.code).toBe(0);
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ id: 'x' });
  });

  it('Given --explain, When run, Then a readable account names the skills, the level and the years with reasons', async () => {
    const r = await run(['--explain'], good('e', 'Senior Engineer', 'Requirements\n- 5+ years with Python\n\nNice to have\n- Kubernetes'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Python .*required/);
    expect(r.stdout).toMatch(/Kubernetes .*preferred/);
    expect(r.stdout).toMatch(/Seniority: senior \(from the title\)/);
    expect(r.stdout).toMatch(/Experience: min 5/);
  });
});
