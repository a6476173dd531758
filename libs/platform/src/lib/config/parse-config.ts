import { ErrorCodes, JobstreamError, type FieldIssue } from '@jobstream/contracts';
import { z } from 'zod';

export type Env = Record<string, string | undefined>;

/**
 * Validates the environment against `schema` and returns the typed config. Every bad variable is
 * listed with its reason in one `CONFIG.INVALID` error, so a service fails fast at start with the
 * whole list. Empty values (`FOO=`) count as unset, so defaults apply.
 */
export const parseConfig = <S extends z.ZodType>(schema: S, env: Env = process.env): z.output<S> => {
  const present: Env = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value.trim() !== '') present[key] = value;
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.length ? String(issue.path[0]) : '(env)',
    message: issue.message,
    code: issue.code,
  }));
  const lines = issues.map((i) => `${i.path}: ${i.message}`);
  throw new JobstreamError(ErrorCodes.configInvalid, `Invalid configuration: ${lines.join('; ')}`, issues);
};

/** A TCP port (0 lets the OS choose, which tests use). */
export const portVar = (defaultPort: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be an integer')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(defaultPort);

/** A positive integer (sizes, counts, milliseconds). */
export const positiveIntVar = (defaultValue: number) =>
  z.coerce.number({ error: 'must be a number' }).int('must be an integer').positive('must be positive').default(defaultValue);

/** Milliseconds a Kafka send waits for more messages (Kafka's linger.ms): 0 to 1000. */
export const lingerMsVar = (defaultValue: number) =>
  z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(0).max(1000).default(defaultValue);

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];
/** `true/false`, `1/0`, `yes/no`, `on/off`. */
export const booleanVar = (defaultValue: boolean) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => TRUE.includes(v) || FALSE.includes(v), 'must be one of true/false, 1/0, yes/no, on/off')
    .transform((v) => TRUE.includes(v))
    .optional()
    .transform((v) => v ?? defaultValue);

/** A comma-separated list of non-empty items. */
export const commaListVar = (defaultValue: string) =>
  z
    .string()
    .default(defaultValue)
    .transform((v) => v.split(',').map((s) => s.trim()).filter((s) => s.length > 0))
    .refine((list) => list.length > 0, 'must list at least one item');

/** `key=value` pairs, comma-separated (`INGEST_API_KEYS=acme=k1,globex=k2`); a value may contain `=`. */
export const keyValuePairsVar = () =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const out: Record<string, string> = {};
      if (!v) return out;
      for (const part of v.split(',').map((s) => s.trim()).filter(Boolean)) {
        const eq = part.indexOf('=');
        if (eq <= 0 || eq === part.length - 1) {
          ctx.addIssue({ code: 'custom', message: `"${part.slice(0, 40)}" is not a key=value pair` });
          continue;
        }
        out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
      }
      return out;
    });

const HOST_PORT_RE = /^[A-Za-z0-9._-]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const logConfigShape = {
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
};

export const kafkaConfigShape = {
  /** Comma-separated `host:port` list. */
  KAFKA_BROKERS: commaListVar('localhost:9092').refine(
    (list) => list.every((b) => HOST_PORT_RE.test(b)),
    'must be a comma-separated list of host:port',
  ),
  /** Prefix of every topic name (`t1.postings.ingested.v1`): test and environment isolation. */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only')
    .optional(),
  KAFKA_CLIENT_ID: z.string().regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only').optional(),
  /**
   * A consumer's fetch waits until this many bytes are there, or KAFKA_FETCH_MAX_WAIT_MS passed: at a low
   * rate, batches of a few dozen events instead of one or two (each batch, all partitions of a fetch together,
   * costs a produce, a commit and a store round trip whatever its size), for at most that wait per hop.
   */
  KAFKA_FETCH_MIN_BYTES: positiveIntVar(64 * 1024),
  KAFKA_FETCH_MAX_WAIT_MS: positiveIntVar(100),
};
export const kafkaConfigSchema = z.object(kafkaConfigShape);
export type KafkaConfig = z.output<typeof kafkaConfigSchema>;

/** The consumers' fetch settings of a service's Kafka client (KAFKA_FETCH_MIN_BYTES, KAFKA_FETCH_MAX_WAIT_MS). */
export const consumerFetchOf = (config: Pick<KafkaConfig, 'KAFKA_FETCH_MIN_BYTES' | 'KAFKA_FETCH_MAX_WAIT_MS'>) => ({
  minBytes: config.KAFKA_FETCH_MIN_BYTES,
  maxWaitTimeMs: config.KAFKA_FETCH_MAX_WAIT_MS,
});

export const mongoConfigShape = {
  MONGO_URL: z
    .string()
    .default('mongodb://127.0.0.1:27017/jobstream')
    .refine((v) => /^mongodb(\+srv)?:\/\/.+/.test(v), 'must be a mongodb:// or mongodb+srv:// URL'),
};
export const mongoConfigSchema = z.object(mongoConfigShape);
export type MongoConfig = z.output<typeof mongoConfigSchema>;

/** Milliseconds a service gives itself to finish in-flight work on SIGTERM before it exits anyway. */
export const shutdownConfigShape = {
  SHUTDOWN_TIMEOUT_MS: positiveIntVar(25_000),
};
