import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { encodeEvent, type EventPublisher } from '@jobstream/messaging';
import { normalizePayload, type NormalizeRequest, type NormalizeResult } from '@jobstream/postings';
import { counter, type Logger } from '@jobstream/platform';
import { APP_LOGGER, CLOCK, EVENT_PUBLISHER, INGEST_TOPICS, type Clock, type IngestTopics } from '../ingest.tokens';
import type { Principal } from '../auth/api-key.auth';
import { planItems, type PlannedItem } from './ingest-plan';

/** `ce_source` of every event ingest writes. */
export const INGEST_CE_SOURCE = '/jobstream/ingest';

/**
 * Normalizes payloads (libs/postings), plans their events and publishes the accepted ones to
 * `postings.ingested.v1` in one call that resolves only after Kafka acknowledged them all.
 */
@Injectable()
export class IngestService implements OnApplicationShutdown {
  private readonly items = counter('ingest_items_total', 'Posting items received over HTTP, by outcome (accepted = acknowledged by Kafka)', ['outcome']);

  constructor(
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(INGEST_TOPICS) private readonly topics: IngestTopics,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  now(): Date {
    return this.clock();
  }

  normalize(req: NormalizeRequest): NormalizeResult {
    return normalizePayload(req);
  }

  plan(result: NormalizeResult, principal: Principal, receivedAt: Date): PlannedItem[] {
    return planItems(result.items, principal, receivedAt);
  }

  /** Publishes the accepted items; BROKER.UNAVAILABLE when Kafka does not acknowledge in time. */
  async publish(planned: readonly PlannedItem[], traceparent: string | undefined): Promise<void> {
    const messages = planned.flatMap((p) =>
      p.status === 'accepted' ? [encodeEvent(p.event, { source: INGEST_CE_SOURCE, parentTraceparent: traceparent })] : [],
    );
    const rejected = planned.length - messages.length;
    if (rejected > 0) this.items.inc({ outcome: 'rejected' }, rejected);
    if (messages.length === 0) return;
    try {
      await this.publisher.publish(this.topics.ingested, messages);
    } catch (e) {
      this.items.inc({ outcome: 'unpublished' }, messages.length);
      if (e instanceof JobstreamError) throw e;
      throw new JobstreamError(ErrorCodes.brokerUnavailable, 'Kafka did not acknowledge the events');
    }
    this.items.inc({ outcome: 'accepted' }, messages.length);
    this.logger.debug({ topic: this.topics.ingested, count: messages.length }, 'events published');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.disconnect().catch((e: unknown) => this.logger.warn({ err: e }, 'publisher disconnect failed'));
  }
}
