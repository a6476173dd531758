/**
 * Dead-letter operations (`npm run dlq`): list what a `<topic>.dlq` holds and put selected dead letters
 * back on the topic they came from. The selection and mapping are pure functions; `listDeadLetters`
 * and `replayDeadLetters` only use our port (a TopicReader, an EventPublisher, the admin's topic list).
 */
import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { DlqHeaders } from './dead-letter';
import type { EventPublisher, InboundMessage, KafkaAdmin, MessageHeaders, OutboundMessage, TopicReader } from './kafka.port';

/** Header of a replayed message: `<dlq topic>/<partition>/<offset>` of the dead letter it came from. */
export const ReplayHeaders = {
  replayedFrom: 'dlq-replayed-from',
} as const;

/** Every header our dead-letter handling adds starts with this. */
const DLQ_HEADER_PREFIX = 'dlq-';

export interface PartitionOffset {
  partition: number;
  offset: string;
}

/** A dead letter as an operator reads it. */
export interface DeadLetterView {
  partition: number;
  offset: string;
  key: string | null;
  code: string | null;
  reason: string | null;
  originalTopic: string | null;
  originalPartition: number | null;
  originalOffset: string | null;
  consumerGroup: string | null;
  failedAt: string | null;
  /** Set when this message had itself been replayed from a dead-letter topic and failed again. */
  replayedFrom: string | null;
  /** The message's own headers (without the `dlq-*` ones). */
  headers: MessageHeaders;
  /** The value as UTF-8 text (our values are JSON or text), null for a tombstone. */
  value: string | null;
}

export interface DeadLetterSelection {
  /** Only dead letters with this `dlq-code`. */
  code?: string;
  /** Only these partition:offset positions (every one must be in the topic). */
  offsets?: PartitionOffset[];
  /** At most this many (the first ones, by partition then offset). */
  limit?: number;
}

const usage = (message: string): JobstreamError => new JobstreamError(ErrorCodes.configInvalid, message);

const DIGITS = /^\d+$/;

/** `"2:17"` → `{ partition: 2, offset: "17" }`; anything else is a CONFIG.INVALID error naming the value. */
export const parsePartitionOffset = (text: string): PartitionOffset => {
  const m = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(text);
  if (!m) throw usage(`offset "${text}" is not PARTITION:OFFSET (e.g. 0:42)`);
  const partition = Number(m[1]);
  if (!Number.isSafeInteger(partition) || partition > 2 ** 31 - 1) throw usage(`offset "${text}": partition ${m[1]} is too large`);
  return { partition, offset: BigInt(m[2]).toString() };
};

/** A positive integer option (`--limit`). */
export const parsePositiveInt = (text: string, name: string): number => {
  const n = DIGITS.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw usage(`${name} must be a positive integer, got "${text}"`);
  return n;
};

const positionOf = (m: { partition: number; offset: string }): string => `${m.partition}:${m.offset}`;

const header = (m: InboundMessage, name: string): string | null => m.headers[name] ?? null;

/** The message's headers without the `dlq-*` ones. */
export const withoutDlqHeaders = (headers: MessageHeaders): MessageHeaders =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !name.toLowerCase().startsWith(DLQ_HEADER_PREFIX)));

export const describeDeadLetter = (m: InboundMessage): DeadLetterView => {
  const partition = header(m, DlqHeaders.originalPartition);
  return {
    partition: m.partition,
    offset: m.offset,
    key: m.key,
    code: header(m, DlqHeaders.code),
    reason: header(m, DlqHeaders.reason),
    originalTopic: header(m, DlqHeaders.originalTopic),
    originalPartition: partition !== null && DIGITS.test(partition) ? Number(partition) : null,
    originalOffset: header(m, DlqHeaders.originalOffset),
    consumerGroup: header(m, DlqHeaders.consumerGroup),
    failedAt: header(m, DlqHeaders.failedAt),
    replayedFrom: header(m, ReplayHeaders.replayedFrom),
    headers: withoutDlqHeaders(m.headers),
    value: m.value === null ? null : m.value.toString('utf8'),
  };
};

export interface Selected {
  messages: InboundMessage[];
  /** Requested `--offset` positions that are not in what was read. */
  missing: PartitionOffset[];
}

/**
 * The dead letters matching every given criterion, in partition then offset order. `missing` lists the
 * requested positions not present at all (a position present with another code is simply not selected).
 */
export const selectDeadLetters = (messages: readonly InboundMessage[], selection: DeadLetterSelection): Selected => {
  const wanted = selection.offsets && selection.offsets.length > 0 ? new Set(selection.offsets.map(positionOf)) : null;
  const present = new Set(messages.map(positionOf));
  const missing = (selection.offsets ?? []).filter((p) => !present.has(positionOf(p)));
  let chosen = messages.filter((m) => (wanted === null || wanted.has(positionOf(m))) && (selection.code === undefined || m.headers[DlqHeaders.code] === selection.code));
  if (selection.limit !== undefined) chosen = chosen.slice(0, selection.limit);
  return { messages: chosen, missing };
};

export type ReplayMapping = { ok: true; topic: string; message: OutboundMessage } | { ok: false; partition: number; offset: string; why: string };

/**
 * What to publish for one dead letter: its original key, value and headers, on its `dlq-original-topic`,
 * without the `dlq-*` headers, plus `dlq-replayed-from: <dlqTopic>/<partition>/<offset>`.
 */
export const replayMessageOf = (m: InboundMessage, dlqTopic: string): ReplayMapping => {
  const topic = m.headers[DlqHeaders.originalTopic];
  if (topic === undefined || topic.trim() === '') return { ok: false, partition: m.partition, offset: m.offset, why: `no ${DlqHeaders.originalTopic} header` };
  return {
    ok: true,
    topic,
    message: {
      key: m.key,
      value: m.value,
      headers: { ...withoutDlqHeaders(m.headers), [ReplayHeaders.replayedFrom]: `${dlqTopic}/${m.partition}/${m.offset}` },
    },
  };
};

export interface ReplayPlan {
  /** One entry per target topic, messages in the dead-letter topic's order (so each key keeps its order). */
  batches: Array<{ topic: string; messages: OutboundMessage[] }>;
  /** One line per message: `<partition>:<offset> -> <topic> (key <key>)`. */
  lines: string[];
  /** Dead letters that cannot be replayed (no original topic). */
  unreplayable: Array<{ partition: number; offset: string; why: string }>;
}

export const planReplay = (messages: readonly InboundMessage[], dlqTopic: string): ReplayPlan => {
  const byTopic = new Map<string, OutboundMessage[]>();
  const lines: string[] = [];
  const unreplayable: ReplayPlan['unreplayable'] = [];
  for (const m of messages) {
    const r = replayMessageOf(m, dlqTopic);
    if (!r.ok) {
      unreplayable.push({ partition: r.partition, offset: r.offset, why: r.why });
      continue;
    }
    const list = byTopic.get(r.topic);
    if (list) list.push(r.message);
    else byTopic.set(r.topic, [r.message]);
    lines.push(`${positionOf(m)} -> ${r.topic} (key ${m.key ?? 'none'})`);
  }
  return { batches: [...byTopic].map(([topic, msgs]) => ({ topic, messages: msgs })), lines, unreplayable };
};

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** One readable line per dead letter (the text output of `dlq list`). */
export const formatDeadLetter = (d: DeadLetterView): string =>
  [
    `${d.partition}:${d.offset}`,
    `key=${d.key ?? '-'}`,
    `code=${d.code ?? '-'}`,
    `original=${d.originalTopic ?? '-'}/${d.originalPartition ?? '-'}/${d.originalOffset ?? '-'}`,
    `failed-at=${d.failedAt ?? '-'}`,
    ...(d.replayedFrom ? [`replayed-from=${d.replayedFrom}`] : []),
    `reason=${d.reason === null ? '-' : JSON.stringify(oneLine(d.reason))}`,
  ].join('  ');

export interface ListResult {
  /** How many messages the topic held up to its end offsets at the call. */
  total: number;
  deadLetters: DeadLetterView[];
}

/** Reads `dlqTopic` to its current end and describes the selected dead letters. */
export const listDeadLetters = async (reader: TopicReader, dlqTopic: string, selection: DeadLetterSelection, options: { timeoutMs?: number } = {}): Promise<ListResult> => {
  const all = await reader.readToEnd(dlqTopic, options);
  const { messages } = selectDeadLetters(all, { code: selection.code, limit: selection.limit });
  return { total: all.length, deadLetters: messages.map(describeDeadLetter) };
};

export interface ReplayDeps {
  reader: TopicReader;
  publisher: EventPublisher;
  admin: Pick<KafkaAdmin, 'listTopics'>;
}

export interface ReplayOptions {
  code?: string;
  offsets?: PartitionOffset[];
  dryRun?: boolean;
  timeoutMs?: number;
}

export interface ReplayResult {
  /** How many messages the dead-letter topic held up to its end offsets at the call. */
  total: number;
  /** How many were published (0 on a dry run). */
  replayed: number;
  /** One line per selected dead letter: where it goes (or would go). */
  lines: string[];
  dryRun: boolean;
}

/**
 * Re-publishes the selected dead letters of `dlqTopic` to their original topics (see `replayMessageOf`)
 * with the idempotent, acks=all publisher, and resolves once every one is acknowledged. Checks first,
 * and publishes nothing when one check fails (CONFIG.INVALID): every `offsets` position exists, every
 * selected dead letter names its original topic, and those topics exist.
 */
export const replayDeadLetters = async (deps: ReplayDeps, dlqTopic: string, options: ReplayOptions): Promise<ReplayResult> => {
  const all = await deps.reader.readToEnd(dlqTopic, { timeoutMs: options.timeoutMs });
  const { messages, missing } = selectDeadLetters(all, { code: options.code, offsets: options.offsets });
  if (missing.length > 0) throw usage(`not in ${dlqTopic}: ${missing.map(positionOf).join(', ')} (nothing replayed)`);
  const plan = planReplay(messages, dlqTopic);
  if (plan.unreplayable.length > 0) {
    throw usage(
      `cannot replay ${plan.unreplayable.map((u) => `${positionOf(u)} (${u.why})`).join(', ')}; leave them out with --offset or --code (nothing replayed)`,
    );
  }
  const existing = new Set(await deps.admin.listTopics());
  const absent = plan.batches.map((b) => b.topic).filter((t) => !existing.has(t));
  if (absent.length > 0) throw usage(`original topic${absent.length > 1 ? 's' : ''} ${absent.join(', ')} do${absent.length > 1 ? '' : 'es'} not exist (nothing replayed)`);
  const count = plan.batches.reduce((n, b) => n + b.messages.length, 0);
  if (!options.dryRun && count > 0) await deps.publisher.publishMany(plan.batches);
  return { total: all.length, replayed: options.dryRun ? 0 : count, lines: plan.lines, dryRun: options.dryRun ?? false };
};
