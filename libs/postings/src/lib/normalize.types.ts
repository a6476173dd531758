import type { FieldIssue, Posting } from '@jobstream/contracts';

/** The upstream formats we read; `auto` tells them apart by media type, then by content. */
export type PayloadFormat = 'auto' | 'json' | 'jsonld' | 'greenhouse' | 'lever' | 'text';
export type ConcreteFormat = Exclude<PayloadFormat, 'auto'>;
export const PAYLOAD_FORMATS: readonly PayloadFormat[] = ['auto', 'json', 'jsonld', 'greenhouse', 'lever', 'text'];

export interface NormalizeRequest {
  /** The raw body as received (UTF-8 text). */
  body: string;
  /** The `Content-Type` header, parameters allowed (`application/json; charset=utf-8`). */
  contentType?: string;
  /** Defaults to `auto`. */
  format?: PayloadFormat;
  /**
   * The upstream source from the URL or the credentials. Required by the formats that do not carry
   * it (JSON-LD, Greenhouse, Lever, text); for our JSON it fills a missing `source` of an item.
   */
  source?: string;
  /** When ingest received the payload: the fallback for `updatedAt` and the version (clock passed in). */
  receivedAt: Date;
}

/** A normalized posting before ingest stamps its id and version (see `postingVersionOf`). */
export type PostingDraft = Omit<Posting, 'postingId' | 'version'>;

export type NormalizedItem =
  | { ok: true; index: number; action: 'upsert'; posting: PostingDraft }
  | {
      ok: true;
      index: number;
      action: 'close';
      source: string;
      externalId: string;
      reason: string;
      /** ISO time the upstream closed it (its `updated_at` when given, else `receivedAt`): the close version. */
      closedAt: string;
    }
  | { ok: false; index: number; externalId?: string; issues: FieldIssue[] };

export interface NormalizeResult {
  format: ConcreteFormat;
  items: NormalizedItem[];
}

/** At most this many postings in one payload (batch endpoint, inbound topic). */
export const MAX_BATCH_ITEMS = 1000;
