import { EventTypes, PostingSchema, postingIdOf, type Posting } from '@jobstream/contracts';
import { encodeEvent, type OutboundMessage } from '@jobstream/messaging';

export const INGEST_SOURCE = '/jobstream/ingest';

const TITLES = ['Senior Backend Engineer', 'Junior Data Analyst', 'Staff Platform Engineer', 'Registered Nurse', 'Frontend Developer'];
const BODIES = [
  'We build APIs in Go and TypeScript. You will run services on Kubernetes and PostgreSQL. 5+ years of experience required.',
  'You analyse data with SQL and Python, and build dashboards in Tableau. 1-2 years of experience.',
  'Design our Kubernetes platform on AWS with Terraform; mentor engineers. 8+ years of experience.',
  'Provide patient care in a busy ward; BLS certification required. 2 years of experience.',
  'Build user interfaces with React and TypeScript; experience with CSS and accessibility is a plus.',
];

/** A valid normalized posting; `n` picks one of a few realistic texts. */
export const makePosting = (externalId: string, n = 0, version = 1): Posting =>
  PostingSchema.parse({
    postingId: postingIdOf('acme', externalId),
    source: 'acme',
    externalId,
    version,
    title: TITLES[n % TITLES.length],
    description: BODIES[n % BODIES.length],
    company: 'Acme',
    updatedAt: '2026-01-01T00:00:00Z',
  });

export const upsertedMessage = (posting: Posting, traceparent?: string): OutboundMessage =>
  encodeEvent(
    { type: EventTypes.postingUpserted, postingId: posting.postingId, version: posting.version, occurredAt: posting.updatedAt, posting },
    { source: INGEST_SOURCE, parentTraceparent: traceparent },
  );

export const closedMessage = (posting: Posting, version: number): OutboundMessage =>
  encodeEvent(
    {
      type: EventTypes.postingClosed,
      postingId: posting.postingId,
      version,
      occurredAt: '2026-01-02T00:00:00Z',
      source: posting.source,
      externalId: posting.externalId,
      reason: 'filled',
    },
    { source: INGEST_SOURCE },
  );
