import { DlqExit, dlqEnvOf, resolveDlqTopic, runDlqCli } from './dlq.command';

/** Runs the command with captured output; every case here fails before any broker is contacted. */
const run = async (argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDlqCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('dlq command: options', () => {
  it.each([
    [['list'], /required option '--topic/],
    [['replay', '--topic'], /argument missing/],
    [['list', '--topic', 'postings.ingested.v1'], /--topic must name a dead-letter topic/],
    [['list', '--topic', 'a.dlq', '--limit', 'ten'], /--limit must be a positive integer/],
    [['list', '--topic', 'a.dlq', '--code', ' '], /must not be empty/],
    [['replay', '--topic', 'a.dlq', '--offset', '3'], /offset "3" is not PARTITION:OFFSET/],
    [['replay', '--topic', 'a.dlq', '--offset', '0:1,x:2'], /offset "x:2" is not PARTITION:OFFSET/],
    [['replay', '--topic', 'a.dlq', '--bogus'], /unknown option '--bogus'/],
    [['purge', '--topic', 'a.dlq'], /unknown command 'purge'/],
    [[], /Usage: dlq/],
  ])('Given %p, When run, Then a clear error on stderr and the usage exit code', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(DlqExit.usage);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('Given a bad KAFKA_BROKERS or KAFKA_TOPIC_PREFIX, When run, Then the variable is named and the usage exit code', async () => {
    const brokers = await run(['list', '--topic', 'a.dlq'], { KAFKA_BROKERS: 'nohostport' });
    expect(brokers).toMatchObject({ code: DlqExit.usage, err: expect.stringMatching(/KAFKA_BROKERS: must be a comma-separated list of host:port/) });
    const prefix = await run(['list', '--topic', 'a.dlq'], { KAFKA_TOPIC_PREFIX: 'a b' });
    expect(prefix).toMatchObject({ code: DlqExit.usage, err: expect.stringMatching(/KAFKA_TOPIC_PREFIX/) });
  });

  it('Given --help on replay, When run, Then exit 0 and the help says replaying twice is harmless', async () => {
    const r = await run(['replay', '--help']);
    expect(r.code).toBe(DlqExit.ok);
    expect(r.out).toMatch(/Replaying twice is harmless: our consumers are idempotent/);
    expect(r.out).toMatch(/--offset <P:O...>/);
  });
});

describe('dlq command: environment and topic names', () => {
  it('Given no variables, When the env is read, Then the local broker and no prefix', () => {
    expect(dlqEnvOf({})).toEqual({ brokers: ['localhost:9092'], prefix: undefined });
    expect(dlqEnvOf({ KAFKA_BROKERS: 'k1:9092, k2:9093', KAFKA_TOPIC_PREFIX: 'staging' })).toEqual({ brokers: ['k1:9092', 'k2:9093'], prefix: 'staging' });
  });

  it('Given a prefix, When a DLQ topic is resolved, Then it is prefixed like the services do, and a name already prefixed is kept', () => {
    expect(resolveDlqTopic('postings.ingested.v1.dlq', undefined)).toBe('postings.ingested.v1.dlq');
    expect(resolveDlqTopic('postings.ingested.v1.dlq', 't42')).toBe('t42.postings.ingested.v1.dlq');
    expect(resolveDlqTopic('t42.postings.ingested.v1.dlq', 't42')).toBe('t42.postings.ingested.v1.dlq');
  });
});
