import { EventTypes, IngestedEventSchema, TRACEPARENT_RE, cloudEventHeaders } from '@jobstream/contracts';
import { DecodeErrorCodes, decodeEvent, encodeEvent } from './event.codec';

const closed = {
  type: EventTypes.postingClosed,
  postingId: 'p1',
  version: 3,
  occurredAt: '2026-01-02T03:04:05.000Z',
  source: 'acme',
  externalId: 'job-1',
  reason: null,
};
const headersFor = (type: string) => cloudEventHeaders({ type, source: '/test' });
const msg = (value: string | null, headers: Record<string, string>) => ({ value: value === null ? null : Buffer.from(value), headers });

describe('decodeEvent', () => {
  it('Given a valid closed event with CloudEvents headers, When decoded, Then it returns the typed event and headers', () => {
    const r = decodeEvent(msg(JSON.stringify(closed), headersFor(EventTypes.postingClosed)), IngestedEventSchema);
    expect(r).toMatchObject({ ok: true, event: closed, headers: { ce_type: EventTypes.postingClosed, ce_specversion: '1.0' } });
  });

  it('Given a value that is not JSON, When decoded, Then it is unreadable with the parser reason', () => {
    const r = decodeEvent(msg('{not json', headersFor(EventTypes.postingClosed)), IngestedEventSchema);
    expect(r).toMatchObject({ ok: false, code: DecodeErrorCodes.unreadable });
    if (!r.ok) expect(r.reason).toMatch(/^value: not JSON/);
  });

  it('Given an empty value, When decoded, Then it is unreadable', () => {
    expect(decodeEvent(msg(null, headersFor(EventTypes.postingClosed)), IngestedEventSchema)).toMatchObject({ ok: false, code: DecodeErrorCodes.unreadable });
  });

  it('Given data missing fields, When decoded, Then the reason names each field path', () => {
    const { postingId: _p, ...rest } = closed;
    const r = decodeEvent(msg(JSON.stringify({ ...rest, version: 0 }), headersFor(EventTypes.postingClosed)), IngestedEventSchema);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(DecodeErrorCodes.invalid);
      expect(r.reason).toContain('data.postingId');
      expect(r.reason).toContain('data.version');
    }
  });

  it('Given no ce_type or ce_id header, When decoded, Then the headers are invalid and named', () => {
    const { ce_type: _t, ce_id: _i, ...headers } = headersFor(EventTypes.postingClosed);
    const r = decodeEvent(msg(JSON.stringify(closed), headers), IngestedEventSchema);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(DecodeErrorCodes.headersInvalid);
      expect(r.reason).toContain('headers.ce_type');
      expect(r.reason).toContain('headers.ce_id');
    }
  });

  it('Given a wrong specversion, When decoded, Then the headers are invalid', () => {
    const r = decodeEvent(msg(JSON.stringify(closed), { ...headersFor(EventTypes.postingClosed), ce_specversion: '0.3' }), IngestedEventSchema);
    expect(r).toMatchObject({ ok: false, code: DecodeErrorCodes.headersInvalid });
  });

  it('Given an unknown ce_type, When decoded, Then the type is unknown and named', () => {
    const r = decodeEvent(msg(JSON.stringify(closed), headersFor('posting.exploded.v9')), IngestedEventSchema);
    expect(r).toMatchObject({ ok: false, code: DecodeErrorCodes.typeUnknown });
    if (!r.ok) expect(r.reason).toContain('posting.exploded.v9');
  });

  it('Given a ce_type that differs from the data type, When decoded, Then it is invalid', () => {
    const r = decodeEvent(msg(JSON.stringify(closed), headersFor(EventTypes.postingUpserted)), IngestedEventSchema);
    expect(r).toMatchObject({ ok: false, code: DecodeErrorCodes.invalid });
  });

  it('Given a non-JSON content-type, When decoded, Then the headers are invalid', () => {
    const r = decodeEvent(msg(JSON.stringify(closed), { ...headersFor(EventTypes.postingClosed), 'content-type': 'text/plain' }), IngestedEventSchema);
    expect(r).toMatchObject({ ok: false, code: DecodeErrorCodes.headersInvalid });
  });
});

describe('encodeEvent', () => {
  it('Given an event and a parent traceparent, When encoded, Then it is keyed by postingId with CloudEvents headers and a child span of the same trace', () => {
    const parent = '00-0123456789abcdef0123456789abcdef-0123456789abcdef-01';
    const m = encodeEvent(closed, { source: '/jobstream/test', parentTraceparent: parent });
    expect(m.key).toBe('p1');
    expect(JSON.parse(String(m.value))).toEqual(closed);
    expect(m.headers).toMatchObject({ ce_type: EventTypes.postingClosed, ce_source: '/jobstream/test', ce_specversion: '1.0', 'content-type': 'application/json', ce_subject: 'p1' });
    const tp = m.headers?.traceparent ?? '';
    expect(tp).toMatch(TRACEPARENT_RE);
    expect(tp.split('-')[1]).toBe(parent.split('-')[1]);
    expect(tp.split('-')[2]).not.toBe(parent.split('-')[2]);
  });

  it('Given an encoded event, When decoded, Then the roundtrip gives the same event', () => {
    const m = encodeEvent(closed, { source: '/t' });
    const r = decodeEvent({ value: Buffer.from(String(m.value)), headers: m.headers ?? {} }, IngestedEventSchema);
    expect(r).toMatchObject({ ok: true, event: closed });
  });
});
