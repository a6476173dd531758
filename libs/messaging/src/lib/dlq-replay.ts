/**
 * Dead-letter operations (`npm run dlq`): list what a `<topic>.dlq` holds and put selected dead letters
 * back on the topic they came from. The selection and mapping are pure functions; `listDeadLetters`
 * and `replayDeadLetters` only use our port (a TopicReader's scan, an EventPublisher, the admin's topic list),
 * and hold one batch of the topic at a time, not the whole topic.
 */
import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { DlqHeaders } from './dead-letter';
import type { EventPublisher, InboundMessage, KafkaAdmin, MessageHeaders, OutboundMessage, TopicReader } from './kafka.port';
import { byPosition, type Position } from './position';

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

/** The line `dlq replay` prints for a dead letter: `<partition>:<offset> -> <topic> (key <key>)`. */
const replayLine = (m: InboundMessage, topic: string): string => `${positionOf(m)} -> ${topic} (key ${m.key ?? 'none'})`;

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
    lines.push(replayLine(m, r.topic));
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

/**
 * Reads `dlqTopic` to its current end and describes the selected dead letters, in partition then offset order. Holds
 * only those (at most `limit` of them), not the whole topic.
 */
export const listDeadLetters = async (reader: TopicReader, dlqTopic: string, selection: DeadLetterSelection, options: { timeoutMs?: number } = {}): Promise<ListResult> => {
  let total = 0;
  let kept: InboundMessage[] = [];
  await reader.scan(
    dlqTopic,
    (batch) => {
      total += batch.length;
      kept.push(...selectDeadLetters(batch, { code: selection.code }).messages);
      // the first `limit` by partition then offset: keep at most that many of what was read so far
      if (selection.limit !== undefined && kept.length > selection.limit) kept = sortByPosition(kept).slice(0, selection.limit);
    },
    options,
  );
  return { total, deadLetters: sortByPosition(kept).map(describeDeadLetter) };
};

const sortByPosition = <T extends Position>(xs: T[]): T[] => xs.sort(byPosition);

export interface ReplayDeps {
  reader: TopicReader;
  publisher: Pick<EventPublisher, 'publishMany'>;
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
 * selected dead letter names its original topic, and those topics exist. Reads the topic twice, batch by batch,
 * and holds no more than one batch of it: once to check and plan (the lines), once, up to the same end offsets, to
 * publish, each batch acknowledged before the next is read (so each key keeps its order).
 */
export const replayDeadLetters = async (deps: ReplayDeps, dlqTopic: string, options: ReplayOptions): Promise<ReplayResult> => {
  const wanted = { code: options.code, offsets: options.offsets };
  const requested = new Set((options.offsets ?? []).map(positionOf));
  const found = new Set<string>();
  const planned: Array<{ partition: number; offset: string; line: string }> = [];
  const unreplayable: ReplayPlan['unreplayable'] = [];
  const targets = new Set<string>();
  let total = 0;
  const readTo = await deps.reader.scan(
    dlqTopic,
    (batch) => {
      total += batch.length;
      for (const m of batch) if (requested.has(positionOf(m))) found.add(positionOf(m));
      for (const m of selectDeadLetters(batch, wanted).messages) {
        const r = replayMessageOf(m, dlqTopic);
        if (!r.ok) {
          unreplayable.push({ partition: r.partition, offset: r.offset, why: r.why });
          continue;
        }
        targets.add(r.topic);
        planned.push({ partition: m.partition, offset: m.offset, line: replayLine(m, r.topic) });
      }
    },
    { timeoutMs: options.timeoutMs },
  );
  const missing = (options.offsets ?? []).filter((p) => !found.has(positionOf(p)));
  if (missing.length > 0) throw usage(`not in ${dlqTopic}: ${missing.map(positionOf).join(', ')} (nothing replayed)`);
  if (unreplayable.length > 0) {
    throw usage(
      `cannot replay ${sortByPosition(unreplayable).map((u) => `${positionOf(u)} (${u.why})`).join(', ')}; leave them out with --offset or --code (nothing replayed)`,
    );
  }
  const existing = new Set(await deps.admin.listTopics());
  const absent = [...targets].filter((t) => !existing.has(t));
  if (absent.length > 0) throw usage(`original topic${absent.length > 1 ? 's' : ''} ${absent.join(', ')} do${absent.length > 1 ? '' : 'es'} not exist (nothing replayed)`);
  const lines = sortByPosition(planned).map((p) => p.line);
  let replayed = 0;
  if (!options.dryRun && planned.length > 0) {
    await deps.reader.scan(
      dlqTopic,
      async (batch) => {
        const plan = planReplay(selectDeadLetters(batch, wanted).messages, dlqTopic);
        if (plan.batches.length === 0) return;
        await deps.publisher.publishMany(plan.batches);
        replayed += plan.lines.length;
      },
      { timeoutMs: options.timeoutMs, upTo: readTo },
    );
  }
  return { total, replayed, lines, dryRun: options.dryRun ?? false };
};
