import { InboundPostingV1Schema, issuesFromZod } from '@jobstream/contracts';
import { DraftBuilder, friendlyIssues } from '../posting-draft';
import type { NormalizedItem } from '../normalize.types';
import { isObject, type Json } from '../payload-reader';

/**
 * Our JSON, the body of `POST /v1/postings` (InboundPostingV1): `{source, externalId, title,
 * description, company?, location?, url?, updatedAt?}`. `description` may be plain text or HTML.
 * A missing `source` is taken from the request (the authenticated source).
 */
export const normalizeOurs = (
  value: Json,
  ctx: { index: number; prefix: string; source?: string; receivedAt: Date },
): NormalizedItem => {
  const { index, prefix } = ctx;
  const b = new DraftBuilder(prefix, ctx.receivedAt);
  if (!isObject(value)) {
    return { ok: false, index, issues: [{ path: b.path(''), message: 'expected a posting object', code: 'invalid_type' }] };
  }
  const candidate = value.source === undefined && ctx.source ? { ...value, source: ctx.source } : value;
  const parsed = InboundPostingV1Schema.safeParse(candidate);
  if (!parsed.success) {
    const externalId = typeof value.externalId === 'string' ? value.externalId : undefined;
    return { ok: false, index, ...(externalId ? { externalId } : {}), issues: friendlyIssues(issuesFromZod(parsed.error, prefix)) };
  }
  const p = parsed.data;
  const outcome = b.build({
    source: p.source,
    externalId: p.externalId,
    title: p.title,
    descriptionHtml: p.description,
    company: p.company ?? null,
    locations: p.location ? [p.location] : [],
    url: p.url ?? null,
    updatedAt: p.updatedAt ? b.date(p.updatedAt, 'updatedAt') : null,
  });
  return outcome.ok
    ? { ok: true, index, action: 'upsert', posting: outcome.posting }
    : { ok: false, index, externalId: p.externalId, issues: outcome.issues };
};
