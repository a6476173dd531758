import { EventTypes } from '@jobstream/contracts';
import { encodeEvent, type InboundMessage } from '@jobstream/messaging';
import { closedEvent, enrichedEvent } from '../../../../libs/read-model/src/testing/events.fixture';
import { decodeBatch } from './project-batch';

const inbound = (value: string | null, headers: Record<string, string>, offset: number): InboundMessage => ({
  topic: 'postings.enriched.v1',
  partition: 0,
  offset: String(offset),
  key: 'k',
  value: value === null ? null : Buffer.from(value),
  headers,
  timestamp: '0',
});

const encoded = (event: { type: string; postingId: string }, offset: number): InboundMessage => {
  const out = encodeEvent(event, { source: '/test' });
  return inbound(String(out.value), out.headers ?? {}, offset);
};

describe('decodeBatch: enriched topic messages to events', () => {
  it('Given enriched, closed and poison messages, When decoded, Then events keep their order and poison has reasons', () => {
    const good = encoded(enrichedEvent({ postingId: 'p1' }), 0);
    const closed = encoded(closedEvent('p1', 2), 1);
    const notJson = inbound('{nope', good.headers, 2);
    const badSchema = encoded({ ...enrichedEvent({ postingId: 'p2' }), version: -1 } as { type: string; postingId: string }, 3);
    const noHeaders = inbound(String(good.value), {}, 4);
    const ingestedType = encoded({ type: EventTypes.postingUpserted, postingId: 'p3' }, 5);

    const { events, poison } = decodeBatch([good, notJson, closed, badSchema, noHeaders, ingestedType]);

    expect(events.map((e) => [e.type, e.postingId])).toEqual([
      ['posting.enriched.v1', 'p1'],
      ['posting.closed.v1', 'p1'],
    ]);
    expect(poison.map((p) => [p.message.offset, p.code])).toEqual([
      ['2', 'EVENT.UNREADABLE'],
      ['3', 'EVENT.INVALID'],
      ['4', 'EVENT.HEADERS_INVALID'],
      ['5', 'EVENT.TYPE_UNKNOWN'],
    ]);
    expect(poison[1].reason).toContain('data.version');
  });
});
