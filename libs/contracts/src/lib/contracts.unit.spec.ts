import { z } from 'zod';
import { CloudEventHeadersSchema, cloudEventHeaders, nextTraceparent, TRACEPARENT_RE } from './cloudevents';
import { formatPath, issuesFromZod } from './errors';
import { EventTypes, IngestedEventSchema } from './events.schema';
import { postingIdOf } from './posting.schema';
import { allTopics, dlqOf, topicName, Topics } from './topics';

describe('posting identity', () => {
  it('Given the same (source, externalId), Then the posting id is the same; otherwise it differs', () => {
    expect(postingIdOf('greenhouse', '123')).toBe(postingIdOf('greenhouse', '123'));
    expect(postingIdOf('greenhouse', '123')).not.toBe(postingIdOf('lever', '123'));
    // no ambiguity from concatenation
    expect(postingIdOf('ab', 'c')).not.toBe(postingIdOf('a', 'bc'));
    expect(postingIdOf('x', 'y')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('topics', () => {
  it('names a dead-letter topic for every topic and isolates by prefix', () => {
    expect(dlqOf(Topics.ingested)).toBe('postings.ingested.v1.dlq');
    expect(topicName('t42', Topics.enriched)).toBe('t42.postings.enriched.v1');
    expect(topicName(undefined, Topics.enriched)).toBe('postings.enriched.v1');
    expect(allTopics('p')).toHaveLength(6);
  });
});

describe('CloudEvents binary mode', () => {
  it('Given an event type and source, When headers are made, Then they satisfy the CloudEvents header schema', () => {
    const headers = cloudEventHeaders({ type: EventTypes.postingUpserted, source: '/jobstream/ingest', subject: 'p1' });
    expect(CloudEventHeadersSchema.parse(headers)).toMatchObject({
      ce_specversion: '1.0',
      ce_type: 'posting.upserted.v1',
      ce_subject: 'p1',
      'content-type': 'application/json',
    });
  });

  it('Given a parent traceparent, Then the next hop keeps the trace id with a new span id', () => {
    const parent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const child = nextTraceparent(parent);
    expect(child).toMatch(TRACEPARENT_RE);
    expect(child.split('-')[1]).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(child.split('-')[2]).not.toBe('b7ad6b7169203331');
    expect(nextTraceparent('garbage')).toMatch(TRACEPARENT_RE);
  });
});

describe('events', () => {
  it('Given a closed event, Then the ingested union accepts it and fills defaults', () => {
    const e = IngestedEventSchema.parse({
      type: 'posting.closed.v1',
      postingId: 'p',
      version: 3,
      occurredAt: '2026-01-01T00:00:00.000Z',
      source: 'lever',
      externalId: 'x',
    });
    expect(e).toMatchObject({ type: 'posting.closed.v1', reason: null });
  });

  it('Given a bad event, Then issues carry field paths', () => {
    const r = IngestedEventSchema.safeParse({ type: 'posting.upserted.v1', postingId: 'p', version: 0 });
    expect(r.success).toBe(false);
    if (!r.success) {
      const paths = issuesFromZod(r.error).map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['version', 'occurredAt', 'posting']));
    }
    const nested = z.object({ items: z.array(z.object({ title: z.string() })) }).safeParse({ items: [{}, { title: 1 }] });
    if (!nested.success) expect(issuesFromZod(nested.error).map((i) => i.path)).toEqual(['items[0].title', 'items[1].title']);
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([2, 'title'], 'batch')).toBe('batch[2].title');
  });
});
