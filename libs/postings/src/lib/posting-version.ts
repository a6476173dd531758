import type { PostingDraft } from './normalize.types';

/**
 * The version of a posting event: the upstream's `updatedAt` in epoch milliseconds when it gave one
 * (so a replayed or reordered payload of the same upstream state keeps its version, and a newer state
 * always has a greater one), else the time ingest received it. Drafts always carry `updatedAt`
 * (normalization fills it with `receivedAt` when the payload has none), so this is `Date.parse(updatedAt)`
 * with `receivedAt` as the fallback for an unreadable value. Always a positive integer.
 */
export const postingVersionOf = (draft: Pick<PostingDraft, 'updatedAt'>, receivedAt: Date): number => {
  const ms = Date.parse(draft.updatedAt);
  const version = Number.isFinite(ms) && ms > 0 ? ms : receivedAt.getTime();
  return Math.max(1, Math.trunc(version));
};

/** The version of a closing event: its `closedAt` (upstream time when given, else receipt) in epoch ms. */
export const closeVersionOf = (item: { closedAt: string }, receivedAt: Date): number =>
  postingVersionOf({ updatedAt: item.closedAt }, receivedAt);
