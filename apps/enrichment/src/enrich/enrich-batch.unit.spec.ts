import { EventTypes, PostingEnrichedV1Schema, PostingSchema, TRACEPARENT_RE, cloudEventHeaders, type Enrichment } from '@jobstream/contracts';
import { DecodeErrorCodes, type InboundMessage } from '@jobstream/messaging';
import { EnrichErrorCodes, enrichBatch, type Enricher } from './enrich-batch';

const posting = PostingSchema.parse({
  postingId: 'p1',
  source: 'acme',
  externalId: 'j1',
  version: 2,
  title: 'Senior Go Engineer',
  description: 'Go and Kubernetes.',
  updatedAt: '2026-01-01T00:00:00Z',
});
const enrichment: Enrichment = {
  skills: [{ id: 'go', name: 'Go', aliases: [], category: 'language', requirement: 'required', evidence: [{ start: 7, end: 9, text: 'Go' }] }],
  seniority: { level: 'senior', basis: 'title', reason: 'title says Senior', evidence: [] },
  experience: { minYears: null, maxYears: null, evidence: [] },
  engineVersion: 'e1',
  taxonomyVersion: 't1',
};
const fixedEngine: Enricher = { enrich: () => enrichment };
const parent = '00-11111111111111111111111111111111-2222222222222222-01';

let offset = 0;
const inbound = (data: unknown, type: string, extra: Record<string, string> = {}): InboundMessage => ({
  topic: 'x.postings.ingested.v1',
  partition: 0,
  offset: String(offset++),
  key: 'p1',
  value: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)),
  headers: { ...cloudEventHeaders({ type, source: '/jobstream/ingest', traceparent: parent }), ...extra },
  timestamp: '0',
});
const upserted = { type: EventTypes.postingUpserted, postingId: 'p1', version: 2, occurredAt: '2026-01-01T00:00:00Z', posting };
const closed = { type: EventTypes.postingClosed, postingId: 'p1', version: 3, occurredAt: '2026-01-02T00:00:00Z', source: 'acme', externalId: 'j1', reason: null };

describe('enrichBatch', () => {
  it('Given an upserted event, When enriched, Then a posting.enriched.v1 keyed by postingId carries the enrichment and a child traceparent', () => {
    const { out, poison } = enrichBatch([inbound(upserted, EventTypes.postingUpserted)], fixedEngine);
    expect(poison).toEqual([]);
    expect(out).toHaveLength(1);
    const data = PostingEnrichedV1Schema.parse(JSON.parse(String(out[0].value)));
    expect(data).toMatchObject({ type: EventTypes.postingEnriched, postingId: 'p1', version: 2, enrichment: { skills: [{ id: 'go' }] } });
    expect(out[0].key).toBe('p1');
    expect(out[0].headers).toMatchObject({ ce_type: EventTypes.postingEnriched, ce_source: '/jobstream/enrichment', ce_specversion: '1.0' });
    const tp = out[0].headers?.traceparent ?? '';
    expect(tp).toMatch(TRACEPARENT_RE);
    expect(tp.split('-')[1]).toBe(parent.split('-')[1]);
  });

  it('Given a closed event, When enriched, Then it passes through with the same data and CloudEvent id', () => {
    const m = inbound(closed, EventTypes.postingClosed);
    const { out } = enrichBatch([m], fixedEngine);
    expect(JSON.parse(String(out[0].value))).toEqual(closed);
    expect(out[0].headers?.ce_id).toBe(m.headers['ce_id']);
    expect(out[0].headers?.traceparent).not.toBe(parent);
  });

  it('Given bad JSON, a wrong schema and an unknown type between good events, When enriched, Then each is poison with its reason and the good ones go on in order', () => {
    const { out, poison } = enrichBatch(
      [
        inbound(upserted, EventTypes.postingUpserted),
        inbound('{oops', EventTypes.postingUpserted),
        inbound({ ...upserted, posting: { ...posting, title: '' } }, EventTypes.postingUpserted),
        inbound(closed, 'posting.renamed.v1'),
        inbound(closed, EventTypes.postingClosed),
      ],
      fixedEngine,
    );
    expect(out.map((o) => o.headers?.ce_type)).toEqual([EventTypes.postingEnriched, EventTypes.postingClosed]);
    expect(poison.map((p) => p.code)).toEqual([DecodeErrorCodes.unreadable, DecodeErrorCodes.invalid, DecodeErrorCodes.typeUnknown]);
    expect(poison[1].reason).toContain('data.posting.title');
  });

  it('Given an engine that throws on one posting, When enriched, Then that message is poison and the rest go on', () => {
    const { out, poison } = enrichBatch(
      [inbound(upserted, EventTypes.postingUpserted), inbound(closed, EventTypes.postingClosed)],
      { enrich: () => { throw new Error('boom'); } },
    );
    expect(poison).toEqual([expect.objectContaining({ code: EnrichErrorCodes.engineFailed, reason: 'enrichment failed: boom' })]);
    expect(out).toHaveLength(1);
  });

  it('Given an enriched event larger than one Kafka message may be, When enriched, Then that message is poison with its size and the rest go on', () => {
    const small = enrichBatch([inbound(upserted, EventTypes.postingUpserted)], fixedEngine).out[0];
    const limit = Buffer.byteLength(String(small.value)) + 500; // room for the headers, not for a longer posting
    const longer = { ...upserted, postingId: 'p2', posting: { ...posting, description: `${posting.description} ${'word '.repeat(400)}` } };
    const { out, poison } = enrichBatch(
      [inbound(upserted, EventTypes.postingUpserted), inbound(longer, EventTypes.postingUpserted), inbound(closed, EventTypes.postingClosed)],
      fixedEngine,
      limit,
    );
    expect(poison).toEqual([expect.objectContaining({ code: EnrichErrorCodes.outputTooLarge, reason: expect.stringMatching(/^enriched event of \d+ bytes is over the \d+-byte limit/) })]);
    expect(out.map((m) => m.key)).toEqual(['p1', 'p1']);
  });
});
