import { decodeEntities, looksLikeHtml } from '../html';
import type { NormalizedItem } from '../normalize.types';
import { isObject, type Json, type JsonObject } from '../payload-reader';
import { DraftBuilder, joinPath } from '../posting-draft';
import {
  amountOf,
  currencyOf,
  employmentTypeOf,
  guessPeriod,
  salaryPeriodOf,
  workplaceFromText,
  type Salary,
} from '../posting-fields';
import type { AdapterContext, JsonAdapter } from './adapter';
import { asArray, derivedExternalId, first, joinPlace, obj, str } from './adapter-helpers';

const isJobPosting = (node: JsonObject): boolean =>
  asArray(node['@type']).some((t) => typeof t === 'string' && /(^|[/#:])JobPosting$/.test(t));

interface Located {
  node: JsonObject;
  path: string;
}

/**
 * schema.org JobPosting in JSON-LD: one object, an array, or `@graph` (nodes referenced by `@id`
 * are resolved within the payload). Non-JobPosting nodes of a graph are context, not postings.
 */
export const normalizeJsonLd: JsonAdapter = (value, ctx) => {
  const byId = new Map<string, JsonObject>();
  const postings: Located[] = [];
  const strays: Located[] = [];
  const visit = (v: Json, path: string, inGraph: boolean): void => {
    if (Array.isArray(v)) {
      v.forEach((el, i) => visit(el, joinPath(path, i), inGraph));
      return;
    }
    if (!isObject(v)) {
      strays.push({ node: {}, path });
      return;
    }
    if (typeof v['@id'] === 'string') byId.set(v['@id'], v);
    if (Array.isArray(v['@graph'])) {
      visit(v['@graph'], joinPath(path, '@graph'), true);
      return;
    }
    if (isJobPosting(v)) postings.push({ node: v, path });
    else if (!inGraph) strays.push({ node: v, path });
  };
  visit(value, '', false);

  const items: NormalizedItem[] = [];
  const all = [...postings, ...strays].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  all.forEach((loc, index) => {
    if (!postings.includes(loc)) {
      items.push({
        ok: false,
        index,
        issues: [{ path: joinPath(loc.path, '@type'), message: 'expected a schema.org JobPosting', code: 'invalid_type' }],
      });
      return;
    }
    items.push(mapJobPosting(loc, index, ctx, (ref) => byId.get(ref)));
  });
  if (all.length === 0) {
    items.push({ ok: false, index: 0, issues: [{ path: '(root)', message: 'no schema.org JobPosting found', code: 'invalid_type' }] });
  }
  return items;
};

const mapJobPosting = (
  { node, path }: Located,
  index: number,
  ctx: AdapterContext,
  resolve: (id: string) => JsonObject | undefined,
): NormalizedItem => {
  const deref = (v: Json | undefined): Json | undefined => {
    const o = obj(v);
    return o && typeof o['@id'] === 'string' && Object.keys(o).length === 1 ? (resolve(o['@id']) ?? v) : v;
  };
  const b = new DraftBuilder(path, ctx.receivedAt, {
    externalId: 'identifier',
    descriptionHtml: 'description',
    company: 'hiringOrganization',
    locations: 'jobLocation',
    postedAt: 'datePosted',
    updatedAt: 'dateModified',
    salary: 'baseSalary',
  });

  const title = b.text(node.title, 'title');
  let description = b.text(node.description, 'description');
  if (description && !looksLikeHtml(description) && /&lt;\/?[a-z]/i.test(description)) description = decodeEntities(description);

  const identifier = deref(first(node.identifier));
  const externalId =
    str(identifier) ??
    str(obj(identifier)?.value) ??
    str(obj(identifier)?.['@id']) ??
    str(node.url) ??
    str(node['@id']) ??
    (title ? derivedExternalId('jsonld', title, description) : undefined);

  const org = deref(node.hiringOrganization);
  const company = str(org) ?? str(obj(org)?.name) ?? str(obj(org)?.legalName) ?? null;

  const places = asArray(node.jobLocation).map(deref);
  const locations = places.map(placeName).filter((l): l is string => !!l);
  const telecommute = asArray(node.jobLocationType).some((t) => typeof t === 'string' && /telecommute/i.test(t));
  const hinted = workplaceFromText(title, ...locations);
  const workplaceType = telecommute ? (hinted === 'hybrid' ? 'hybrid' : 'remote') : (hinted ?? (locations.length ? 'onsite' : null));
  if (telecommute) {
    for (const req of asArray(node.applicantLocationRequirements).map(deref)) {
      const name = str(req) ?? str(obj(req)?.name);
      if (name) locations.push(`Remote (${name})`);
    }
    if (locations.length === 0 && workplaceType === 'remote') locations.push('Remote');
  }

  const experience = deref(first(node.experienceRequirements));
  const months = amountOf(obj(experience)?.monthsOfExperience);
  const skills = asArray(node.skills)
    .flatMap((s) => (typeof s === 'string' ? s.split(/\s*[,;]\s*/) : [str(obj(s)?.name) ?? '']))
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 200);

  const outcome = b.build({
    source: ctx.source,
    externalId,
    title,
    descriptionHtml: description,
    company,
    locations,
    workplaceType,
    employmentType: employmentTypeOf(node.employmentType),
    salary: salaryOf(deref(node.baseSalary) ?? deref(node.estimatedSalary)),
    url: str(node.url) ?? null,
    postedAt: b.date(node.datePosted, 'datePosted'),
    updatedAt: b.date(node.dateModified, 'dateModified'),
    validThrough: b.date(node.validThrough, 'validThrough'),
    experienceMonths: months ?? null,
    declaredSkills: skills,
  });
  return outcome.ok
    ? { ok: true, index, action: 'upsert', posting: outcome.posting }
    : { ok: false, index, ...(externalId ? { externalId } : {}), issues: outcome.issues };
};

/** Place → "Locality, Region, Country" from its PostalAddress (or address text, or name). */
const placeName = (place: Json | undefined): string | undefined => {
  if (typeof place === 'string') return place.trim() || undefined;
  const p = obj(place);
  if (!p) return undefined;
  const address = first(p.address);
  if (typeof address === 'string') return address.trim() || undefined;
  const a = obj(address);
  const country = str(a?.addressCountry) ?? str(obj(a?.addressCountry)?.name);
  return joinPlace(str(a?.addressLocality), str(a?.addressRegion), country) ?? str(p.name);
};

/** MonetaryAmount with a QuantitativeValue (value, or minValue/maxValue, and unitText) or a number. */
const salaryOf = (amount: Json | undefined): Salary | null => {
  const m = obj(first(amount));
  if (!m) return null;
  const q = obj(m.value);
  const single = amountOf(q ? q.value : m.value);
  const min = amountOf(q?.minValue) ?? single ?? null;
  const max = amountOf(q?.maxValue) ?? single ?? min;
  if (min === null && max === null) return null;
  const unit = str(q?.unitText) ?? str(m.unitText);
  const code = str(m.currency);
  const range = min === max ? `${min}` : `${min ?? ''}-${max ?? ''}`;
  return {
    min,
    max,
    currency: currencyOf(code),
    period: salaryPeriodOf(unit) ?? guessPeriod(max),
    raw: [code, range, unit ? `per ${unit}` : undefined].filter(Boolean).join(' '),
  };
};
