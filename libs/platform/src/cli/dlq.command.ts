/**
 * `npm run -s dlq -- list|replay --topic <dlq topic> ...`: the operator command for dead letters.
 * Parsing and output live here (testable with an argv and an env); the work is in @jobstream/messaging (dlq-replay.ts).
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { z } from 'zod';
import { ErrorCodes, JobstreamError, topicName } from '@jobstream/contracts';
import {
  KafkaMessaging,
  formatDeadLetter,
  listDeadLetters,
  parsePartitionOffset,
  parsePositiveInt,
  replayDeadLetters,
  type PartitionOffset,
} from '@jobstream/messaging';
import { kafkaConfigShape, parseConfig } from '../lib/config/parse-config';

export interface DlqCliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

export interface DlqEnv {
  brokers: string[];
  prefix: string | undefined;
}

/** Exit codes: 0 done, 1 the broker failed us, 2 bad options or a refused selection. */
export const DlqExit = { ok: 0, failed: 1, usage: 2 } as const;

const dlqConfigSchema = z.object({ KAFKA_BROKERS: kafkaConfigShape.KAFKA_BROKERS, KAFKA_TOPIC_PREFIX: kafkaConfigShape.KAFKA_TOPIC_PREFIX });

/** KAFKA_BROKERS (default localhost:9092) and KAFKA_TOPIC_PREFIX, checked by the services' own config schema. */
export const dlqEnvOf = (env: NodeJS.ProcessEnv): DlqEnv => {
  const config = parseConfig(dlqConfigSchema, env);
  return { brokers: config.KAFKA_BROKERS, prefix: config.KAFKA_TOPIC_PREFIX };
};

/**
 * The broker's name of a dead-letter topic given as the services name it (`postings.ingested.v1.dlq`):
 * prefixed with KAFKA_TOPIC_PREFIX like the services do; a name already carrying the prefix is kept.
 */
export const resolveDlqTopic = (topic: string, prefix: string | undefined): string => {
  const t = topic.trim();
  if (!t.endsWith('.dlq') || t === '.dlq') throw new JobstreamError(ErrorCodes.configInvalid, `--topic must name a dead-letter topic (<topic>.dlq), got "${topic}"`);
  return prefix && t.startsWith(`${prefix}.`) ? t : topicName(prefix, t);
};

/** commander's argument parsers: a bad value becomes commander's "option ... argument ... is invalid". */
const asArg =
  <T>(parse: (v: string) => T) =>
  (v: string): T => {
    try {
      return parse(v);
    } catch (e) {
      throw new InvalidArgumentError(e instanceof Error ? e.message : String(e));
    }
  };

const collectOffsets = (v: string, previous: PartitionOffset[] | undefined): PartitionOffset[] => [
  ...(previous ?? []),
  ...v
    .split(',')
    .filter((s) => s.trim() !== '')
    .map(asArg(parsePartitionOffset)),
];

const nonEmpty = asArg((v: string): string => {
  if (v.trim() === '') throw new Error('must not be empty');
  return v.trim();
});

const REPLAY_HELP = `
Each selected dead letter is published to its dlq-original-topic with its original key, value and
headers, minus the dlq-* headers, plus dlq-replayed-from: <dlq topic>/<partition>/<offset>. The
producer is idempotent and the command returns once the broker acknowledged every message (acks=all).
Nothing is published when a requested --offset is not in the topic, a selected dead letter has no
dlq-original-topic, or that topic does not exist. The topic is read twice, batch by batch, never whole:
once to check and plan, once (up to the same end offsets) to publish, each batch acknowledged before the
next is read, so each key keeps its order; --timeout bounds each read.

Replaying twice is harmless: our consumers are idempotent (every write is guarded by the posting's
version), so a message handled once more changes nothing. The dead-letter topic is left as it is
(Kafka topics are append-only); a replayed message that fails again is dead-lettered again, with its
dlq-replayed-from header.

Examples:
  npm run -s dlq -- replay --topic postings.ingested.v1.dlq --code EVENT.INVALID --dry-run
  npm run -s dlq -- replay --topic postings.ingested.v1.dlq --offset 0:12 --offset 2:7`;

const LIST_HELP = `
Reads the topic from its first retained offset to its end offsets at the time of the call (without
any consumer group commit), prints one line per dead letter, then exits. With --json: one JSON object
per line, also with the message's own headers and its value. A count goes to stderr.

Example:
  KAFKA_TOPIC_PREFIX=staging npm run -s dlq -- list --topic postings.enriched.v1.dlq --code EVENT.INVALID --limit 20`;

interface CommonOpts {
  topic: string;
  code?: string;
  timeout?: number;
}

export async function runDlqCli(argv: string[], io: DlqCliIo): Promise<number> {
  let exit: number = DlqExit.ok;
  const withKafka = async <T>(work: (k: KafkaMessaging, topic: string) => Promise<T>, rawTopic: string): Promise<T> => {
    const env = dlqEnvOf(io.env);
    const topic = resolveDlqTopic(rawTopic, env.prefix);
    const kafka = new KafkaMessaging({ brokers: env.brokers, clientId: 'jobstream-dlq', logLevel: io.env['LOG_LEVEL'] === 'debug' ? 'info' : 'nothing' });
    return work(kafka, topic);
  };

  const program = new Command()
    .name('dlq')
    .description('Inspect dead-letter topics and replay their messages. Topics are named as the services name them; KAFKA_TOPIC_PREFIX and KAFKA_BROKERS apply.')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) });

  program
    .command('list')
    .description('print the dead letters of a dead-letter topic')
    .requiredOption('--topic <dlq topic>', 'dead-letter topic, e.g. postings.ingested.v1.dlq')
    .option('--code <code>', 'only dead letters with this dlq-code (e.g. EVENT.INVALID)', nonEmpty)
    .option('--limit <n>', 'print at most N', asArg((v) => parsePositiveInt(v, '--limit')))
    .option('--json', 'one JSON object per line')
    .option('--timeout <ms>', 'give up reading after this long (default 60000)', asArg((v) => parsePositiveInt(v, '--timeout')))
    .addHelpText('after', LIST_HELP)
    .action(async (o: CommonOpts & { limit?: number; json?: boolean }) => {
      await withKafka(async (kafka, topic) => {
        const result = await listDeadLetters(kafka.createTopicReader(), topic, { code: o.code, limit: o.limit }, { timeoutMs: o.timeout });
        for (const d of result.deadLetters) io.out(o.json ? JSON.stringify({ topic, ...d }) : formatDeadLetter(d));
        io.err(`${result.deadLetters.length} dead letter(s) shown, ${result.total} in ${topic}`);
      }, o.topic);
    });

  program
    .command('replay')
    .description('re-publish dead letters to the topic they came from (safe to repeat: consumers are idempotent)')
    .requiredOption('--topic <dlq topic>', 'dead-letter topic, e.g. postings.ingested.v1.dlq')
    .option('--code <code>', 'only dead letters with this dlq-code', nonEmpty)
    .option('--offset <P:O...>', 'only these dead letters (partition:offset, as `dlq list` prints them); repeatable or comma-separated', collectOffsets)
    .option('--dry-run', 'print what would be replayed, publish nothing')
    .option('--timeout <ms>', 'give up reading after this long (default 60000)', asArg((v) => parsePositiveInt(v, '--timeout')))
    .addHelpText('after', REPLAY_HELP)
    .action(async (o: CommonOpts & { offset?: PartitionOffset[]; dryRun?: boolean }) => {
      await withKafka(async (kafka, topic) => {
        const publisher = kafka.createPublisher();
        const admin = kafka.createAdmin();
        try {
          const result = await replayDeadLetters({ reader: kafka.createTopicReader(), publisher, admin }, topic, {
            code: o.code,
            offsets: o.offset,
            dryRun: o.dryRun,
            timeoutMs: o.timeout,
          });
          for (const line of result.lines) io.out(`${result.dryRun ? 'would replay' : 'replayed'} ${line}`);
          io.out(
            result.dryRun
              ? `dry run: ${result.lines.length} of ${result.total} dead letter(s) in ${topic} would be replayed`
              : `replayed ${result.replayed} of ${result.total} dead letter(s) in ${topic}`,
          );
        } finally {
          await publisher.disconnect().catch(() => undefined);
          await admin.close().catch(() => undefined);
        }
      }, o.topic);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    // --help exits 0; a bad or missing option, an unknown command, a bare `dlq`: usage
    if (e instanceof CommanderError) return e.exitCode === 0 ? DlqExit.ok : DlqExit.usage;
    const message = e instanceof Error ? e.message : String(e);
    io.err(`dlq: ${message}`);
    exit = e instanceof JobstreamError && e.code === ErrorCodes.configInvalid ? DlqExit.usage : DlqExit.failed;
  }
  return exit;
}
