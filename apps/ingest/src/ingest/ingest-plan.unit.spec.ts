import { ErrorCodes, EventTypes, PostingUpsertedV1Schema, postingIdOf } from '@jobstream/contracts';
import { normalizePayload } from '@jobstream/postings';
import { closeRequestItem, planItems } from './ingest-plan';
import { acceptedBody, batchAnswer, ensureAllAccepted } from '../http/ingest-responses';

const receivedAt = new Date('2026-11-20T10:00:00.000Z');
const posting = (externalId: string, extra: Record<string, unknown> = {}) => ({
  source: 'acme',
  externalId,
  title: 'Backend Engineer',
  description: '<p>Build <b>APIs</b> in Go.</p>',
  company: 'Acme',
  location: 'Berlin',
  ...extra,
});
const normalize = (body: unknown, contentType = 'application/json') =>
  normalizePayload({ body: JSON.stringify(body), contentType, receivedAt });

describe('planItems', () => {
  it('Given a valid posting, When planned, Then an upserted event keyed by the stable id with the contract shape', () => {
    const [planned] = planItems(normalize(posting('42', { updatedAt: '2026-11-19T08:00:00Z' })).items, { kind: 'any' }, receivedAt);
    expect(planned.status).toBe('accepted');
    if (planned.status !== 'accepted') return;
    expect(planned.postingId).toBe(postingIdOf('acme', '42'));
    expect(planned.version).toBe(Date.parse('2026-11-19T08:00:00Z'));
    expect(planned.event.type).toBe(EventTypes.postingUpserted);
    expect(PostingUpsertedV1Schema.parse(planned.event).posting).toMatchObject({
      postingId: postingIdOf('acme', '42'),
      version: planned.version,
      title: 'Backend Engineer',
      company: 'Acme',
    });
  });

  it('Given a posting without updatedAt, When planned, Then its version is the receipt time', () => {
    const [planned] = planItems(normalize(posting('1')).items, { kind: 'any' }, receivedAt);
    expect(planned).toMatchObject({ status: 'accepted', version: receivedAt.getTime() });
  });

  it("Given a key of another source, When a posting of acme is planned, Then it is refused as SOURCE.FORBIDDEN", () => {
    const [planned] = planItems(normalize(posting('1')).items, { kind: 'source', source: 'globex' }, receivedAt);
    expect(planned).toMatchObject({ status: 'rejected', externalId: '1', error: { code: ErrorCodes.sourceForbidden } });
  });

  it('Given a batch with valid and invalid items, When planned, Then each keeps its index and the invalid one its field paths', () => {
    const planned = planItems(normalize([posting('1'), { ...posting('2'), title: '' }, posting('3')]).items, { kind: 'any' }, receivedAt);
    expect(planned.map((p) => p.status)).toEqual(['accepted', 'rejected', 'accepted']);
    const bad = planned[1];
    expect(bad.status === 'rejected' && bad.error.issues.map((i) => i.path)).toEqual(['[1].title']);
  });

  it('Given a close request, When planned, Then a closed event with the receipt time as version', () => {
    const [planned] = planItems([closeRequestItem('acme', 'x-9', receivedAt)], { kind: 'source', source: 'acme' }, receivedAt);
    expect(planned).toMatchObject({
      status: 'accepted',
      action: 'close',
      postingId: postingIdOf('acme', 'x-9'),
      version: receivedAt.getTime(),
      event: { type: EventTypes.postingClosed, source: 'acme', externalId: 'x-9' },
    });
  });
});

describe('answers', () => {
  it('Given one accepted posting, Then the body is {postingId, version}', () => {
    const planned = planItems(normalize(posting('1')).items, { kind: 'any' }, receivedAt);
    expect(acceptedBody(planned)).toEqual({ postingId: postingIdOf('acme', '1'), version: receivedAt.getTime() });
  });

  it('Given a single request with an invalid field, Then POSTING.INVALID with the field path', () => {
    const planned = planItems(normalize({ ...posting('1'), title: '' }).items, { kind: 'any' }, receivedAt);
    expect(() => ensureAllAccepted(planned)).toThrow(expect.objectContaining({ code: ErrorCodes.postingInvalid, issues: [expect.objectContaining({ path: 'title' })] }));
  });

  it('Given a single request for another source, Then SOURCE.FORBIDDEN', () => {
    const planned = planItems(normalize(posting('1')).items, { kind: 'source', source: 'globex' }, receivedAt);
    expect(() => ensureAllAccepted(planned)).toThrow(expect.objectContaining({ code: ErrorCodes.sourceForbidden }));
  });

  it('Given a mixed batch, Then 202 with a result per item', () => {
    const planned = planItems(normalize([posting('1'), { ...posting('2'), description: '' }]).items, { kind: 'any' }, receivedAt);
    const { status, body } = batchAnswer(planned);
    expect(status).toBe(202);
    expect(body).toMatchObject({
      accepted: 1,
      rejected: 1,
      results: [
        { index: 0, status: 'accepted', postingId: postingIdOf('acme', '1') },
        { index: 1, status: 'rejected', externalId: '2', error: { code: ErrorCodes.postingInvalid } },
      ],
    });
  });

  it('Given a batch where nothing is valid, Then 400 with every issue', () => {
    const planned = planItems(normalize([{ ...posting('1'), title: '' }]).items, { kind: 'any' }, receivedAt);
    expect(batchAnswer(planned)).toMatchObject({ status: 400, body: { error: { code: ErrorCodes.postingInvalid, issues: [{ path: '[0].title' }] } } });
  });

  it('Given a batch refused only for its source, Then 403', () => {
    const planned = planItems(normalize([posting('1')]).items, { kind: 'source', source: 'globex' }, receivedAt);
    expect(batchAnswer(planned).status).toBe(403);
  });
});
