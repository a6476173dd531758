import type { NormalizedItem } from '../normalize.types';
import { isObject, type Json, type JsonObject } from '../payload-reader';
import { DraftBuilder, joinPath } from '../posting-draft';
import { currencyOf, employmentTypeOf, guessPeriod, salaryPeriodOf, type Salary } from '../posting-fields';
import type { AdapterContext, JsonAdapter } from './adapter';
import { asArray, first, obj, str, unescapeHtml } from './adapter-helpers';

/** Webhook actions that concern job posts; others (candidates, offers…) are refused with a reason. */
const JOB_POST_ACTIONS = ['job_post_created', 'job_post_updated', 'job_post_deleted'];
const JOB_ACTIONS = ['job_created', 'job_updated', 'job_deleted'];

/**
 * Greenhouse: Job Board API job objects (`GET /v1/boards/{board}/jobs?content=true`: one job, an
 * array, or `{jobs: [...]}`) and webhooks (`{action, payload}`). A job post that is not live, a
 * job that is closed, and a deletion each close the posting. Job post ids are the external ids.
 */
export const normalizeGreenhouse: JsonAdapter = (value, ctx) => {
  if (isObject(value) && typeof value.action === 'string') return fromWebhook(value, ctx);
  const list = isObject(value) && Array.isArray(value.jobs) ? { items: value.jobs, path: 'jobs' } : undefined;
  if (list) return list.items.map((job, i) => fromBoardJob(job, joinPath(list.path, i), i, ctx));
  if (Array.isArray(value)) return value.map((job, i) => fromBoardJob(job, `[${i}]`, i, ctx));
  return [fromBoardJob(value, '', 0, ctx)];
};

const fromBoardJob = (job: Json, path: string, index: number, ctx: AdapterContext): NormalizedItem => {
  const b = new DraftBuilder(path, ctx.receivedAt, {
    externalId: 'id',
    descriptionHtml: 'content',
    locations: 'location.name',
    url: 'absolute_url',
    updatedAt: 'updated_at',
    postedAt: 'first_published',
    company: 'company_name',
    salary: 'pay_input_ranges',
  });
  if (!isObject(job)) {
    return { ok: false, index, issues: [{ path: b.path(''), message: 'expected a Greenhouse job object', code: 'invalid_type' }] };
  }
  const externalId = b.text(job.id, 'id') ?? undefined;
  const location = str(job.location) ?? str(obj(job.location)?.name);
  const offices = asArray(job.offices).map((o) => str(obj(o)?.location) ?? str(obj(o)?.name));
  const locations = location ? location.split(/\s*[;|]\s*/) : offices;
  const metadata = asArray(job.metadata).map(obj);
  const employment = metadata.find((m) => /employment|commitment|job type|time type/i.test(str(m?.name) ?? ''));
  const outcome = b.build({
    source: ctx.source,
    externalId,
    title: b.text(job.title, 'title'),
    descriptionHtml: unescapeHtml(b.text(job.content, 'content') ?? undefined),
    company: str(job.company_name) ?? null,
    locations,
    employmentType: employmentTypeOf(employment?.value),
    salary: payRangeOf(job.pay_input_ranges),
    url: str(job.absolute_url) ?? null,
    postedAt: b.date(job.first_published ?? job.created_at, job.first_published ? 'first_published' : 'created_at'),
    updatedAt: b.date(job.updated_at, 'updated_at'),
    department: str(obj(first(job.departments))?.name) ?? null,
  });
  return outcome.ok
    ? { ok: true, index, action: 'upsert', posting: outcome.posting }
    : { ok: false, index, ...(externalId ? { externalId } : {}), issues: outcome.issues };
};

/** `pay_input_ranges`: amounts in cents with `currency_type`; the period from its title or blurb, else guessed. */
const payRangeOf = (ranges: Json | undefined): Salary | null => {
  const r = obj(first(ranges));
  if (!r) return null;
  const cents = (v: Json | undefined): number | null => (typeof v === 'number' || typeof v === 'string' ? Number(v) / 100 : null);
  const min = cents(r.min_cents);
  const max = cents(r.max_cents) ?? min;
  if ((min === null || Number.isNaN(min)) && (max === null || Number.isNaN(max))) return null;
  const label = [str(r.title), str(r.blurb)].filter(Boolean).join(' ');
  const code = str(r.currency_type);
  const span = min === max ? `${min}` : `${min ?? ''}-${max ?? ''}`;
  return {
    min: min !== null && !Number.isNaN(min) ? min : null,
    max: max !== null && !Number.isNaN(max) ? max : null,
    currency: currencyOf(code),
    period: salaryPeriodOf(label) ?? guessPeriod(max),
    raw: `${str(r.title) ? `${str(r.title)}: ` : ''}${[code, span].filter(Boolean).join(' ')}`,
  };
};

const fromWebhook = (hook: JsonObject, ctx: AdapterContext): NormalizedItem[] => {
  const action = hook.action as string;
  const source = ctx.source as string;
  const payload = obj(hook.payload);
  if (action === 'ping') return [];
  if (!payload) {
    return [{ ok: false, index: 0, issues: [{ path: 'payload', message: 'expected an object', code: 'invalid_type' }] }];
  }
  const closeItem = (index: number, id: string, reason: string, at: Json | undefined): NormalizedItem => ({
    ok: true,
    index,
    action: 'close',
    source,
    externalId: id,
    reason,
    closedAt: (typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? new Date(at) : ctx.receivedAt).toISOString(),
  });

  if (JOB_POST_ACTIONS.includes(action)) {
    const postPath = isObject(payload.job_post) ? 'payload.job_post' : 'payload';
    const post = obj(payload.job_post) ?? payload;
    const id = str(post.id);
    if (!id) return [{ ok: false, index: 0, issues: [{ path: `${postPath}.id`, message: 'job post id is required', code: 'required' }] }];
    if (action === 'job_post_deleted') return [closeItem(0, id, 'job post deleted in Greenhouse', post.updated_at)];
    if (post.live === false || post.active === false) return [closeItem(0, id, 'job post is no longer live', post.updated_at)];
    return [fromBoardJob(post, postPath, 0, ctx)];
  }

  if (JOB_ACTIONS.includes(action)) {
    const jobPath = isObject(payload.job) ? 'payload.job' : 'payload';
    const job = obj(payload.job) ?? payload;
    const postsKey = Array.isArray(job.job_posts) ? 'job_posts' : 'jobs_posts';
    const posts = asArray(job[postsKey]);
    const status = str(job.status);
    const closing = action === 'job_deleted' || (status !== undefined && status !== 'open');
    if (posts.length === 0) {
      if (!closing) return [];
      return [{ ok: false, index: 0, issues: [{ path: `${jobPath}.${postsKey}`, message: 'the job names no job posts to close', code: 'required' }] }];
    }
    let index = 0;
    return posts.flatMap((p, i): NormalizedItem[] => {
      const postPath = joinPath(`${jobPath}.${postsKey}`, i);
      const post = obj(p);
      const id = str(post?.id);
      if (!post || !id) return [{ ok: false, index: index++, issues: [{ path: `${postPath}.id`, message: 'job post id is required', code: 'required' }] }];
      if (action === 'job_deleted') return [closeItem(index++, id, 'job deleted in Greenhouse', job.updated_at)];
      if (closing) return [closeItem(index++, id, `job is ${status}`, job.updated_at)];
      if (post.live === false || post.active === false) return [closeItem(index++, id, 'job post is no longer live', post.updated_at)];
      // a job event lists its posts, often without their content: only posts with content can be upserted
      if (post.content === undefined || post.content === null) return [];
      const merged: JsonObject = {
        ...post,
        departments: post.departments ?? job.departments ?? null,
        offices: post.offices ?? job.offices ?? null,
        updated_at: post.updated_at ?? job.updated_at ?? null,
      };
      return [fromBoardJob(merged, postPath, index++, ctx)];
    });
  }
  return [
    {
      ok: false,
      index: 0,
      issues: [{ path: 'action', message: `unsupported Greenhouse webhook action ${action}`, code: 'invalid_value' }],
    },
  ];
};
