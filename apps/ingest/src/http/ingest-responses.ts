import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { issuesOfRejected, resultOf, type ItemResult, type PlannedItem } from '../ingest/ingest-plan';

/**
 * A request that must be taken whole (`POST /v1/postings`, webhooks): refuse it when any item is
 * refused — 403 when every refusal is about the source, else 400 with every field issue.
 */
export const ensureAllAccepted = (planned: readonly PlannedItem[]): void => {
  const refused = planned.filter((p) => p.status === 'rejected');
  if (refused.length === 0) return;
  const issues = issuesOfRejected(planned, planned.length > 1);
  if (refused.every((p) => p.status === 'rejected' && p.error.code === ErrorCodes.sourceForbidden)) {
    const first = refused[0];
    throw new JobstreamError(ErrorCodes.sourceForbidden, first.status === 'rejected' ? first.error.message : 'forbidden', issues);
  }
  const message =
    planned.length === 1
      ? 'The posting is invalid'
      : `${refused.length} of the ${planned.length} postings in the payload are invalid; nothing was published`;
  throw new JobstreamError(ErrorCodes.postingInvalid, message, issues);
};

/** `{postingId, version}` for one posting, `{items: [...]}` when the payload held several. */
export const acceptedBody = (
  planned: readonly PlannedItem[],
): { postingId: string; version: number } | { items: ItemResult[] } => {
  const first = planned[0];
  if (planned.length === 1 && first.status === 'accepted') return { postingId: first.postingId, version: first.version };
  return { items: planned.map(resultOf) };
};

export interface BatchBody {
  accepted: number;
  rejected: number;
  results: ItemResult[];
}

/** The batch answer: a result per item; 202 when anything was accepted, else 400 (403 if only the source was wrong). */
export const batchAnswer = (planned: readonly PlannedItem[]): { status: number; body: BatchBody | (BatchBody & { error: object }) } => {
  const results = planned.map(resultOf);
  const accepted = results.filter((r) => r.status === 'accepted').length;
  const body: BatchBody = { accepted, rejected: results.length - accepted, results };
  if (accepted > 0) return { status: 202, body };
  const forbidden = planned.every((p) => p.status === 'rejected' && p.error.code === ErrorCodes.sourceForbidden);
  const code = forbidden ? ErrorCodes.sourceForbidden : ErrorCodes.postingInvalid;
  return {
    status: forbidden ? 403 : 400,
    body: { ...body, error: { code, message: 'no item of the batch was accepted', issues: issuesOfRejected(planned, true) } },
  };
};
