import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { DlqHeaders, deadLetterOf } from './dead-letter';
import {
  ReplayHeaders,
  describeDeadLetter,
  listDeadLetters,
  replayDeadLetters,
  formatDeadLetter,
  parsePartitionOffset,
  parsePositiveInt,
  planReplay,
  replayMessageOf,
  selectDeadLetters,
  withoutDlqHeaders,
} from './dlq-replay';
import type { EventPublisher, InboundMessage, OutboundMessage, ScanOptions, TopicReader } from './kafka.port';

const DLQ = 'postings.ingested.v1.dlq';
const FAILED_AT = new Date('2026-11-27T03:00:00.000Z');

/** A message of the original topic, as a consumer received it. */
const original = (offset: number, key: string | null, headers: Record<string, string> = {}): InboundMessage => ({
  topic: 'postings.ingested.v1',
  partition: 4,
  offset: String(offset),
  key,
  value: Buffer.from(JSON.stringify({ n: offset })),
  headers: { ce_type: 'posting.upserted.v1', traceparent: `00-${offset}`, ...headers },
  timestamp: '0',
});

/** That message as it reads back from the dead-letter topic at `partition:offset`. */
const deadLetter = (partition: number, offset: number, from: InboundMessage, code = 'EVENT.INVALID', reason = 'data.title: Required'): InboundMessage => {
  const out = deadLetterOf({ message: from, reason, code }, 'enrichment', FAILED_AT);
  return { topic: DLQ, partition, offset: String(offset), key: out.key, value: out.value as Buffer | null, headers: out.headers ?? {}, timestamp: '1' };
};

const dlq = [
  deadLetter(0, 0, original(10, 'p-1')),
  deadLetter(0, 1, original(11, 'p-2'), 'EVENT.UNKNOWN_TYPE', 'unknown ce_type'),
  deadLetter(1, 0, original(12, 'p-3')),
  deadLetter(2, 5, original(13, null)),
];

describe('parsePartitionOffset and parsePositiveInt', () => {
  it('Given "2:17" and " 0 : 0 ", When parsed, Then partition and offset come out (offset as a decimal string)', () => {
    expect(parsePartitionOffset('2:17')).toEqual({ partition: 2, offset: '17' });
    expect(parsePartitionOffset(' 0 : 007 ')).toEqual({ partition: 0, offset: '7' });
    expect(parsePartitionOffset('1:9223372036854775806')).toEqual({ partition: 1, offset: '9223372036854775806' });
  });

  it.each(['', '3', '1:', ':4', '-1:2', '1:-2', 'a:1', '1:2:3', '1.5:2'])('Given %p, When parsed, Then CONFIG.INVALID naming the value', (text) => {
    const failure = (() => {
      try {
        return parsePartitionOffset(text);
      } catch (e) {
        return e;
      }
    })();
    expect(failure).toBeInstanceOf(JobstreamError);
    expect((failure as JobstreamError).code).toBe(ErrorCodes.configInvalid);
    expect((failure as JobstreamError).message).toContain(`"${text}"`);
  });

  it('Given limits, When parsed, Then only positive integers pass', () => {
    expect(parsePositiveInt('20', '--limit')).toBe(20);
    for (const bad of ['0', '-3', '2.5', 'ten', '']) expect(() => parsePositiveInt(bad, '--limit')).toThrow(/--limit must be a positive integer/);
  });
});

describe('selectDeadLetters', () => {
  it('Given no criteria, When selecting, Then every dead letter in the given order', () => {
    expect(selectDeadLetters(dlq, {})).toEqual({ messages: dlq, missing: [] });
  });

  it('Given a code, When selecting, Then only dead letters with that dlq-code', () => {
    expect(selectDeadLetters(dlq, { code: 'EVENT.UNKNOWN_TYPE' }).messages.map((m) => `${m.partition}:${m.offset}`)).toEqual(['0:1']);
  });

  it('Given a code and a limit, When selecting, Then the first N matches', () => {
    expect(selectDeadLetters(dlq, { code: 'EVENT.INVALID', limit: 2 }).messages.map((m) => `${m.partition}:${m.offset}`)).toEqual(['0:0', '1:0']);
  });

  it('Given offsets, one of them absent, When selecting, Then the present ones are selected and the absent one is reported missing', () => {
    const r = selectDeadLetters(dlq, { offsets: [{ partition: 2, offset: '5' }, { partition: 0, offset: '1' }, { partition: 1, offset: '9' }] });
    expect(r.messages.map((m) => `${m.partition}:${m.offset}`)).toEqual(['0:1', '2:5']);
    expect(r.missing).toEqual([{ partition: 1, offset: '9' }]);
  });

  it('Given offsets and a code they do not all have, When selecting, Then both criteria apply and nothing is reported missing', () => {
    const r = selectDeadLetters(dlq, { code: 'EVENT.INVALID', offsets: [{ partition: 0, offset: '0' }, { partition: 0, offset: '1' }] });
    expect(r.messages.map((m) => `${m.partition}:${m.offset}`)).toEqual(['0:0']);
    expect(r.missing).toEqual([]);
  });
});

describe('describeDeadLetter and formatDeadLetter', () => {
  it('Given a dead letter, When described, Then its position, key, dlq-* facts, own headers and value come out', () => {
    const d = describeDeadLetter(dlq[1]);
    expect(d).toEqual({
      partition: 0,
      offset: '1',
      key: 'p-2',
      code: 'EVENT.UNKNOWN_TYPE',
      reason: 'unknown ce_type',
      originalTopic: 'postings.ingested.v1',
      originalPartition: 4,
      originalOffset: '11',
      consumerGroup: 'enrichment',
      failedAt: FAILED_AT.toISOString(),
      replayedFrom: null,
      headers: { ce_type: 'posting.upserted.v1', traceparent: '00-11' },
      value: JSON.stringify({ n: 11 }),
    });
  });

  it('Given a message without dlq-* headers and without value, When described and formatted, Then unknown facts are null and shown as "-"', () => {
    const bare: InboundMessage = { topic: DLQ, partition: 0, offset: '3', key: null, value: null, headers: {}, timestamp: '0' };
    const d = describeDeadLetter(bare);
    expect(d).toMatchObject({ code: null, reason: null, originalTopic: null, originalPartition: null, value: null });
    expect(formatDeadLetter(d)).toBe('0:3  key=-  code=-  original=-/-/-  failed-at=-  reason=-');
  });

  it('Given a reason over several lines, When formatted, Then one line with the reason quoted', () => {
    const d = describeDeadLetter(deadLetter(0, 0, original(10, 'p-1'), 'EVENT.INVALID', 'data.title: Required\n  data.company: Required'));
    expect(formatDeadLetter(d)).toBe(
      `0:0  key=p-1  code=EVENT.INVALID  original=postings.ingested.v1/4/10  failed-at=${FAILED_AT.toISOString()}  reason="data.title: Required data.company: Required"`,
    );
  });
});

describe('replayMessageOf and planReplay', () => {
  it('Given a dead letter, When mapped for replay, Then its original topic, key, value and headers, no dlq-* header but dlq-replayed-from', () => {
    const r = replayMessageOf(dlq[0], DLQ);
    expect(r).toEqual({
      ok: true,
      topic: 'postings.ingested.v1',
      message: {
        key: 'p-1',
        value: Buffer.from(JSON.stringify({ n: 10 })),
        headers: { ce_type: 'posting.upserted.v1', traceparent: '00-10', [ReplayHeaders.replayedFrom]: `${DLQ}/0/0` },
      },
    });
  });

  it('Given a replayed message that failed again, When mapped again, Then the old dlq-replayed-from gives way to the new position', () => {
    const again = deadLetter(1, 7, original(20, 'p-9', { [ReplayHeaders.replayedFrom]: `${DLQ}/0/0` }));
    expect(describeDeadLetter(again).replayedFrom).toBe(`${DLQ}/0/0`);
    const r = replayMessageOf(again, DLQ);
    expect(r.ok && r.message.headers).toEqual({ ce_type: 'posting.upserted.v1', traceparent: '00-20', [ReplayHeaders.replayedFrom]: `${DLQ}/1/7` });
  });

  it('Given a message without dlq-original-topic, When mapped, Then it is refused with the reason', () => {
    const bare: InboundMessage = { topic: DLQ, partition: 2, offset: '8', key: 'k', value: null, headers: { [DlqHeaders.code]: 'X' }, timestamp: '0' };
    expect(replayMessageOf(bare, DLQ)).toEqual({ ok: false, partition: 2, offset: '8', why: 'no dlq-original-topic header' });
    expect(planReplay([bare, dlq[0]], DLQ)).toMatchObject({ unreplayable: [{ partition: 2, offset: '8' }], lines: [`0:0 -> postings.ingested.v1 (key p-1)`] });
  });

  it('Given dead letters of two original topics, When planned, Then one batch per topic, each in dead-letter order', () => {
    const other = deadLetter(0, 3, { ...original(30, 'q-1'), topic: 'postings.enriched.v1' });
    const plan = planReplay([dlq[0], other, dlq[2], dlq[3]], DLQ);
    expect(plan.batches.map((b) => [b.topic, b.messages.map((m) => m.key)])).toEqual([
      ['postings.ingested.v1', ['p-1', 'p-3', null]],
      ['postings.enriched.v1', ['q-1']],
    ]);
    expect(plan.lines).toEqual([
      '0:0 -> postings.ingested.v1 (key p-1)',
      '0:3 -> postings.enriched.v1 (key q-1)',
      '1:0 -> postings.ingested.v1 (key p-3)',
      '2:5 -> postings.ingested.v1 (key none)',
    ]);
    expect(plan.unreplayable).toEqual([]);
  });

  it('Given headers of any case, When dlq-* are removed, Then only the others stay', () => {
    expect(withoutDlqHeaders({ 'DLQ-Reason': 'x', 'dlq-code': 'y', dlqish: 'z', traceparent: 't' })).toEqual({ dlqish: 'z', traceparent: 't' });
  });
});

describe('listDeadLetters and replayDeadLetters, batch by batch', () => {
  /** Our TopicReader port over an in-memory topic, handing it one partition at a time, the last partition first. */
  const readerOf = (messages: InboundMessage[]): TopicReader & { scans: number } => {
    const reader = {
      scans: 0,
      readToEnd: async () => [...messages],
      scan: async (_topic: string, onBatch: (b: InboundMessage[]) => Promise<void> | void, options?: ScanOptions) => {
        reader.scans++;
        const partitions = [...new Set(messages.map((m) => m.partition))].sort((a, b) => b - a);
        for (const p of partitions) {
          const upTo = options?.upTo?.get(p);
          const batch = messages.filter((m) => m.partition === p && (upTo === undefined || BigInt(m.offset) < BigInt(upTo)));
          if (batch.length > 0) await onBatch(batch);
        }
        return new Map(partitions.map((p) => [p, String(Math.max(...messages.filter((m) => m.partition === p).map((m) => Number(m.offset))) + 1)]));
      },
    };
    return reader;
  };
  type PublishedBatches = Array<Array<{ topic: string; keys: (string | null)[] }>>;
  /** Our EventPublisher port, recording what each publishMany call was given. */
  const publisherOf = (): Pick<EventPublisher, 'publishMany'> & { calls: PublishedBatches } => {
    const calls: PublishedBatches = [];
    return {
      calls,
      publishMany: async (batches: ReadonlyArray<{ topic: string; messages: OutboundMessage[] }>) =>
        void calls.push(batches.map((b) => ({ topic: b.topic, keys: b.messages.map((m) => (m.key === null || m.key === undefined ? null : String(m.key))) }))),
    };
  };
  const admin = { listTopics: async () => ['postings.ingested.v1'] };

  it('Given dead letters read partition by partition, When listed with a limit, Then the first ones by partition and offset, and the total', async () => {
    const r = await listDeadLetters(readerOf(dlq), DLQ, { code: 'EVENT.INVALID', limit: 2 });
    expect(r.total).toBe(4);
    expect(r.deadLetters.map((d) => `${d.partition}:${d.offset}`)).toEqual(['0:0', '1:0']);
  });

  it('Given dead letters read partition by partition, When replayed, Then checked on a first read, published on a second one batch at a time, the lines in position order', async () => {
    const reader = readerOf(dlq);
    const publisher = publisherOf();
    const r = await replayDeadLetters({ reader, publisher, admin }, DLQ, { code: 'EVENT.INVALID' });
    expect(r).toEqual({ total: 4, replayed: 3, dryRun: false, lines: ['0:0 -> postings.ingested.v1 (key p-1)', '1:0 -> postings.ingested.v1 (key p-3)', '2:5 -> postings.ingested.v1 (key none)'] });
    expect(reader.scans).toBe(2);
    expect(publisher.calls).toEqual([[{ topic: 'postings.ingested.v1', keys: [null] }], [{ topic: 'postings.ingested.v1', keys: ['p-3'] }], [{ topic: 'postings.ingested.v1', keys: ['p-1'] }]]);
  });

  it('Given an original topic that does not exist, When replayed, Then CONFIG.INVALID and nothing published (one read only)', async () => {
    const reader = readerOf(dlq);
    const publisher = publisherOf();
    await expect(replayDeadLetters({ reader, publisher, admin: { listTopics: async () => [] } }, DLQ, {})).rejects.toMatchObject({ code: ErrorCodes.configInvalid, message: expect.stringContaining('does not exist') });
    expect(reader.scans).toBe(1);
    expect(publisher.calls).toEqual([]);
  });
});
