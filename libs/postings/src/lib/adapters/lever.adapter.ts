import he from 'he';
import { plainTextToHtml } from '../html';
import type { NormalizedItem } from '../normalize.types';
import { isObject, type Json } from '../payload-reader';
import { DraftBuilder, joinPath } from '../posting-draft';
import {
  amountOf,
  currencyOf,
  employmentTypeOf,
  guessPeriod,
  salaryPeriodOf,
  workplaceFromLabel,
  type Salary,
} from '../posting-fields';
import type { AdapterContext, JsonAdapter } from './adapter';
import { asArray, obj, str } from './adapter-helpers';

/**
 * Lever postings API objects (`GET /v0/postings/{site}?mode=json`): one posting, an array, or
 * `{data: [...]}`. The description is the opening/body HTML, each of `lists` as a heading and its
 * items, then `additional`; the `*Plain` fields serve when the HTML ones are absent.
 */
export const normalizeLever: JsonAdapter = (value, ctx) => {
  if (isObject(value) && Array.isArray(value.data)) {
    return value.data.map((p, i) => fromPosting(p, joinPath('data', i), i, ctx));
  }
  if (Array.isArray(value)) return value.map((p, i) => fromPosting(p, `[${i}]`, i, ctx));
  return [fromPosting(value, '', 0, ctx)];
};

const fromPosting = (posting: Json, path: string, index: number, ctx: AdapterContext): NormalizedItem => {
  const b = new DraftBuilder(path, ctx.receivedAt, {
    externalId: 'id',
    title: 'text',
    descriptionHtml: 'description',
    locations: 'categories.location',
    employmentType: 'categories.commitment',
    url: 'hostedUrl',
    postedAt: 'createdAt',
    updatedAt: 'updatedAt',
    salary: 'salaryRange',
    department: 'categories.department',
  });
  if (!isObject(posting)) {
    return { ok: false, index, issues: [{ path: b.path(''), message: 'expected a Lever posting object', code: 'invalid_type' }] };
  }
  const externalId = b.text(posting.id, 'id') ?? undefined;
  const categories = obj(posting.categories);
  if (posting.categories !== undefined && posting.categories !== null && !categories) {
    b.issue('categories', 'expected an object', 'invalid_type');
  }
  const primary = str(categories?.location);
  const all = asArray(categories?.allLocations).map(str);
  const locations = [primary, ...all];
  if (!primary && all.every((l) => !l) && str(posting.country)) locations.push(str(posting.country));

  const lists = asArray(posting.lists).map(obj);
  // HTML fields first; their *Plain twins (escaped into paragraphs) when a payload carries only those
  const plainHtml = (v: Json | undefined): string | undefined => (str(v) ? plainTextToHtml(str(v) as string) : undefined);
  const opening =
    str(posting.description) ||
    joinHtml(str(posting.opening), str(posting.descriptionBody)) ||
    plainHtml(posting.descriptionPlain) ||
    joinHtml(plainHtml(posting.openingPlain), plainHtml(posting.descriptionBodyPlain));
  const listsHtml = lists
    .map((l) => (l && str(l.content) ? `<h3>${he.escape(str(l.text) ?? '')}</h3><ul>${str(l.content)}</ul>` : ''))
    .join('');
  const closing = str(posting.additional) || plainHtml(posting.additionalPlain);
  const descriptionHtml = joinHtml(opening, listsHtml, closing) || null;

  const outcome = b.build({
    source: ctx.source,
    externalId,
    title: b.text(posting.text, 'text'),
    descriptionHtml,
    company: null,
    locations,
    workplaceType: workplaceFromLabel(posting.workplaceType),
    employmentType: employmentTypeOf(categories?.commitment),
    salary: salaryRangeOf(posting.salaryRange, str(posting.salaryDescriptionPlain)),
    url: str(posting.applyUrl) ?? str(posting.hostedUrl) ?? null,
    postedAt: b.date(posting.createdAt, 'createdAt'),
    updatedAt: b.date(posting.updatedAt, 'updatedAt'),
    department: str(categories?.department) ?? str(categories?.team) ?? null,
  });
  return outcome.ok
    ? { ok: true, index, action: 'upsert', posting: outcome.posting }
    : { ok: false, index, ...(externalId ? { externalId } : {}), issues: outcome.issues };
};

const joinHtml = (...parts: Array<string | undefined>): string => parts.filter(Boolean).join('\n');

/** `salaryRange: {min, max, currency, interval: "per-year-salary" | "per-hour-wage" | …}`. */
const salaryRangeOf = (range: Json | undefined, description: string | undefined): Salary | null => {
  const r = obj(range);
  if (!r) return null;
  const min = amountOf(r.min) ?? null;
  const max = amountOf(r.max) ?? min;
  if (min === null && max === null) return null;
  const interval = str(r.interval);
  const code = str(r.currency);
  return {
    min,
    max,
    currency: currencyOf(code),
    period: salaryPeriodOf(interval) ?? guessPeriod(max),
    raw: description ?? [code, `${min ?? ''}-${max ?? ''}`, interval].filter(Boolean).join(' '),
  };
};
