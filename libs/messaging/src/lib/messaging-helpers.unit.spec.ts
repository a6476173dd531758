import { chunkBySize, messageBytes } from './message-size';
import { backoffDelay } from './backoff';
import { DlqHeaders, deadLetterOf } from './dead-letter';
import { decodeHeaders } from './headers';
import type { InboundMessage } from './kafka.port';

describe('backoffDelay', () => {
  const opts = { initialMs: 100, maxMs: 1000, jitter: 0.5 };
  it('Given growing attempts, When the delay is drawn with no randomness, Then it doubles from half the base', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, opts, () => 0))).toEqual([50, 100, 200, 400]);
  });
  it('Given many attempts, When the delay is drawn at the top of the jitter, Then it stays at the cap', () => {
    expect(backoffDelay(50, opts, () => 1)).toBe(1000);
    expect(backoffDelay(50, opts, () => 0)).toBe(500);
  });
});

describe('deadLetterOf', () => {
  it('Given a poison message, When dead-lettered, Then key, value and headers are kept and the reason headers added', () => {
    const message: InboundMessage = {
      topic: 't.postings.ingested.v1',
      partition: 2,
      offset: '41',
      key: 'k',
      value: Buffer.from('oops'),
      headers: { ce_id: 'x', traceparent: 'tp' },
      timestamp: '0',
    };
    const out = deadLetterOf({ message, reason: 'value: not JSON', code: 'EVENT.UNREADABLE' }, 'enrichment', new Date('2026-01-01T00:00:00Z'));
    expect(out.key).toBe('k');
    expect(String(out.value)).toBe('oops');
    expect(out.headers).toEqual({
      ce_id: 'x',
      traceparent: 'tp',
      [DlqHeaders.reason]: 'value: not JSON',
      [DlqHeaders.code]: 'EVENT.UNREADABLE',
      [DlqHeaders.originalTopic]: 't.postings.ingested.v1',
      [DlqHeaders.originalPartition]: '2',
      [DlqHeaders.originalOffset]: '41',
      [DlqHeaders.consumerGroup]: 'enrichment',
      [DlqHeaders.failedAt]: '2026-01-01T00:00:00.000Z',
    });
  });
});

describe('decodeHeaders', () => {
  it('Given Buffer, string and repeated header values, When decoded, Then each name has one string (the last repeat)', () => {
    expect(decodeHeaders({ a: Buffer.from('1'), b: 'two', c: [Buffer.from('x'), 'y'], d: undefined })).toEqual({ a: '1', b: 'two', c: 'y' });
  });
});

describe('messageBytes', () => {
  it('Given a message with multi-byte text and headers, When weighed, Then key, value and headers count in UTF-8 bytes plus overhead', () => {
    const small = messageBytes({ key: 'k', value: 'v' });
    const big = messageBytes({ key: 'k', value: 'é'.repeat(100), headers: { ce_type: 'posting.upserted.v1' } });
    expect(big - small).toBe(199 + 8 + 'ce_type'.length + 'posting.upserted.v1'.length);
    expect(messageBytes({ key: null, value: Buffer.alloc(1000) })).toBeGreaterThanOrEqual(1000);
  });
});

describe('chunkBySize', () => {
  it('Given sizes over the budget together, When chunked, Then chunks keep the order and each stays in the budget', () => {
    const chunks = chunkBySize([3, 4, 2, 5, 1, 1], (n) => n, 6);
    expect(chunks).toEqual([[3], [4, 2], [5, 1], [1]]);
  });

  it('Given one item larger than the budget, When chunked, Then it goes alone', () => {
    expect(chunkBySize([1, 10, 1], (n) => n, 5)).toEqual([[1], [10], [1]]);
  });

  it('Given nothing, When chunked, Then no chunks', () => {
    expect(chunkBySize([], (n: number) => n, 5)).toEqual([]);
  });
});
