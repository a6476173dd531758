import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventTypes, PostingUpsertedV1Schema } from '../events.schema';
import { allTopics, Topics } from '../topics';
import { buildAsyncApiDocument } from './asyncapi.document';

const committedPath = join(__dirname, '../../../asyncapi.json');
const committed = JSON.parse(readFileSync(committedPath, 'utf8'));

describe('AsyncAPI document', () => {
  it('Given the zod contracts, When the document is built, Then the committed asyncapi.json matches it', () => {
    // regenerate with: npm run -s asyncapi > libs/contracts/asyncapi.json
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildAsyncApiDocument())));
  });

  it('describes every topic and dead-letter topic with explicit partitions', () => {
    const addresses = Object.values<{ address: string; bindings: { kafka: { partitions: number } } }>(committed.channels);
    expect(addresses.map((c) => c.address).sort()).toEqual(allTopics().sort());
    for (const c of addresses) expect(c.bindings.kafka.partitions).toBeGreaterThan(0);
  });

  it('names every versioned CloudEvents type and resolves every $ref', () => {
    const types = Object.values<{ 'x-cloudevents-type'?: string }>(committed.components.messages)
      .map((m) => m['x-cloudevents-type'])
      .filter(Boolean);
    expect(types.sort()).toEqual(Object.values(EventTypes).sort());
    for (const t of types) expect(t).toMatch(/\.v\d+$/);
    const refs = JSON.stringify(committed).match(/"\$ref":"#\/[^"]+"/g) ?? [];
    for (const ref of refs) {
      const path = ref.slice(10, -1).split('/');
      const target = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], committed);
      expect({ ref, found: target !== undefined }).toEqual({ ref, found: true });
    }
  });

  it('Given a valid upserted event, Then its fields are exactly those the document declares', () => {
    const event = PostingUpsertedV1Schema.parse({
      type: EventTypes.postingUpserted,
      postingId: 'abc',
      version: 1,
      occurredAt: '2026-11-26T10:00:00Z',
      posting: {
        postingId: 'abc',
        source: 'greenhouse',
        externalId: '42',
        version: 1,
        title: 'Senior Go Engineer',
        description: 'Go and Kafka',
        updatedAt: '2026-11-26T10:00:00Z',
      },
    });
    const schema = committed.components.schemas.PostingUpsertedV1;
    expect(Object.keys(event).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(Object.keys(event.posting).sort()).toEqual(Object.keys(schema.properties.posting.properties).sort());
    expect(schema.required).toEqual(expect.arrayContaining(['type', 'postingId', 'version', 'posting']));
    expect(committed.channels.ingested.address).toBe(Topics.ingested);
  });
});
