import { CloudEventHeadersSchema, EventTypes, IngestedEventSchema, postingIdOf } from '@jobstream/contracts';
import type { InboundMessage } from '@jobstream/messaging';
import { planInboundBatch } from './inbound.handler';

const message = (offset: number, value: string | null, headers: Record<string, string> = {}): InboundMessage => ({
  topic: 't.postings.inbound.v1',
  partition: 0,
  offset: String(offset),
  key: null,
  value: value === null ? null : Buffer.from(value),
  headers: { 'content-type': 'application/json', ...headers },
  timestamp: String(Date.parse('2026-11-20T10:00:00Z')),
});
const posting = (externalId: string, source = 'acme') =>
  JSON.stringify({ source, externalId, title: 'Nurse', description: 'Patient care on a ward.' });

describe('planInboundBatch', () => {
  it('Given valid payloads, When planned, Then one CloudEvent each, keyed by posting id, with the message time as version', () => {
    const plan = planInboundBatch([message(0, posting('a')), message(1, posting('b'))], '/jobstream/ingest');
    expect(plan.poison).toEqual([]);
    expect(plan.events.map((e) => e.key)).toEqual([postingIdOf('acme', 'a'), postingIdOf('acme', 'b')]);
    const headers = CloudEventHeadersSchema.parse(plan.events[0].headers);
    expect(headers.ce_type).toBe(EventTypes.postingUpserted);
    const event = IngestedEventSchema.parse(JSON.parse(String(plan.events[0].value)));
    expect(event.version).toBe(Date.parse('2026-11-20T10:00:00Z'));
  });

  it('Given the same message twice, When planned, Then the same event ids (replays are recognizable)', () => {
    const a = planInboundBatch([message(7, posting('a'))], '/x').events[0].headers?.['ce_id'];
    const b = planInboundBatch([message(7, posting('a'))], '/x').events[0].headers?.['ce_id'];
    expect(a).toBe(b);
  });

  it('Given an unreadable payload among valid ones, When planned, Then it is poison with the reason and the others go on', () => {
    const plan = planInboundBatch([message(0, '{"source":'), message(1, posting('b')), message(2, null)], '/x');
    expect(plan.events).toHaveLength(1);
    expect(plan.poison.map((p) => [p.message.offset, p.code])).toEqual([
      ['0', 'PAYLOAD.UNREADABLE'],
      ['2', 'PAYLOAD.UNREADABLE'],
    ]);
    expect(plan.poison[0].reason.length).toBeGreaterThan(0);
  });

  it('Given an invalid posting, When planned, Then poison naming the field', () => {
    const plan = planInboundBatch([message(0, JSON.stringify({ source: 'acme', externalId: 'x', title: '' }))], '/x');
    expect(plan.events).toEqual([]);
    expect(plan.poison[0].code).toBe('POSTING.INVALID');
    expect(plan.poison[0].reason).toContain('title');
  });

  it('Given a source header, When a payload names another source, Then that item is refused as SOURCE.FORBIDDEN', () => {
    const plan = planInboundBatch([message(0, posting('a', 'globex'), { source: 'acme' })], '/x');
    expect(plan.events).toEqual([]);
    expect(plan.poison[0].code).toBe('SOURCE.FORBIDDEN');
  });

  it('Given a traceparent header, When planned, Then the event continues that trace', () => {
    const tp = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const plan = planInboundBatch([message(0, posting('a'), { traceparent: tp })], '/x');
    expect(plan.events[0].headers?.['traceparent']).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
  });
});
