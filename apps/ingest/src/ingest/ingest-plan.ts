import {
  ErrorCodes,
  EventTypes,
  PostingClosedV1Schema,
  PostingUpsertedV1Schema,
  issuesFromZod,
  postingIdOf,
  type FieldIssue,
  type IngestedEvent,
} from '@jobstream/contracts';
import { closeVersionOf, postingVersionOf, type NormalizedItem } from '@jobstream/postings';
import { mayWrite, type Principal } from '../auth/api-key.auth';

export interface ItemError {
  code: string;
  message: string;
  issues: FieldIssue[];
}

export type PlannedItem =
  | { index: number; status: 'accepted'; action: 'upsert' | 'close'; postingId: string; version: number; event: IngestedEvent }
  | { index: number; status: 'rejected'; externalId?: string; error: ItemError };

const rejected = (index: number, code: string, message: string, issues: FieldIssue[], externalId?: string): PlannedItem => ({
  index,
  status: 'rejected',
  ...(externalId !== undefined ? { externalId } : {}),
  error: { code, message, issues },
});

/**
 * Turns normalized items into the events to publish, or the reason each is refused: items the
 * adapters refused, items of a source the principal may not write (SOURCE.FORBIDDEN), and, as a last
 * guard, events that would not match the contract. Pure: the clock comes in as `receivedAt`.
 */
export const planItems = (items: readonly NormalizedItem[], principal: Principal, receivedAt: Date): PlannedItem[] =>
  items.map((item): PlannedItem => {
    if (!item.ok) return rejected(item.index, ErrorCodes.postingInvalid, 'The posting is invalid', item.issues, item.externalId);
    const source = item.action === 'upsert' ? item.posting.source : item.source;
    const externalId = item.action === 'upsert' ? item.posting.externalId : item.externalId;
    if (!mayWrite(principal, source)) {
      return rejected(
        item.index,
        ErrorCodes.sourceForbidden,
        `not allowed to write postings of source "${source}"`,
        [{ path: 'source', message: `the key belongs to another source than "${source}"`, code: 'forbidden' }],
        externalId,
      );
    }
    const postingId = postingIdOf(source, externalId);
    const occurredAt = receivedAt.toISOString();
    const parsed =
      item.action === 'upsert'
        ? PostingUpsertedV1Schema.safeParse({
            type: EventTypes.postingUpserted,
            postingId,
            version: postingVersionOf(item.posting, receivedAt),
            occurredAt,
            posting: { ...item.posting, postingId, version: postingVersionOf(item.posting, receivedAt) },
          })
        : PostingClosedV1Schema.safeParse({
            type: EventTypes.postingClosed,
            postingId,
            version: closeVersionOf(item, receivedAt),
            occurredAt,
            source,
            externalId,
            reason: item.reason ? item.reason.slice(0, 500) : null,
          });
    if (!parsed.success) {
      return rejected(item.index, ErrorCodes.postingInvalid, 'The posting does not fit the event contract', issuesFromZod(parsed.error), externalId);
    }
    const event = parsed.data;
    return { index: item.index, status: 'accepted', action: item.action, postingId, version: event.version, event };
  });

/** The closing event of `DELETE /v1/postings/{source}/{externalId}`: version = receipt time. */
export const closeRequestItem = (source: string, externalId: string, receivedAt: Date, reason?: string): NormalizedItem => ({
  ok: true,
  index: 0,
  action: 'close',
  source,
  externalId,
  reason: reason ?? 'closed through the ingest API',
  closedAt: receivedAt.toISOString(),
});

export type ItemResult =
  | { index: number; status: 'accepted'; action: 'upsert' | 'close'; postingId: string; version: number }
  | { index: number; status: 'rejected'; externalId?: string; error: ItemError };

/** What the API says of each item (the event itself stays inside). */
export const resultOf = (p: PlannedItem): ItemResult =>
  p.status === 'accepted'
    ? { index: p.index, status: 'accepted', action: p.action, postingId: p.postingId, version: p.version }
    : p;

const prefixed = (index: number, path: string): string =>
  path.startsWith('[') ? path : path === '(root)' ? `[${index}]` : `[${index}].${path}`;

/** Issues of every rejected item; with `withIndex`, paths name the item (`[3].title`) unless they already do. */
export const issuesOfRejected = (planned: readonly PlannedItem[], withIndex: boolean): FieldIssue[] =>
  planned.flatMap((p) =>
    p.status === 'rejected' ? p.error.issues.map((i) => ({ ...i, path: withIndex ? prefixed(p.index, i.path) : i.path })) : [],
  );
