import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import type { ConcreteFormat } from './normalize.types';
import { isObject, type Json } from './payload-reader';

/** What a media type says: a format, "some JSON" (look at the content), or null when unsupported. */
export const formatFromMediaType = (contentType: string | undefined): ConcreteFormat | 'json-family' | 'unknown' => {
  if (!contentType || !contentType.trim()) return 'unknown';
  const media = contentType.split(';')[0].trim().toLowerCase();
  if (media === 'application/ld+json') return 'jsonld';
  if (media === 'text/plain') return 'text';
  if (
    media === 'application/json' ||
    media === 'application/x-ndjson' ||
    media === 'application/ndjson' ||
    media === 'application/jsonl' ||
    media === 'application/json-seq' ||
    media === 'text/json' ||
    /^application\/[a-z0-9.+-]+\+json$/.test(media)
  ) {
    return 'json-family';
  }
  throw new JobstreamError(
    ErrorCodes.mediaTypeUnsupported,
    `media type ${media} is not supported; use application/json, application/x-ndjson, application/ld+json or text/plain`,
  );
};

const hasJobPostingType = (v: Json | undefined): boolean =>
  typeof v === 'string' ? /(^|[/#:])JobPosting$/.test(v) : Array.isArray(v) && v.some(hasJobPostingType);

/** The format of a parsed JSON value, from its shape (the first element of an array decides). */
export const formatFromContent = (value: Json): ConcreteFormat => {
  const first = Array.isArray(value) ? value.find(isObject) : value;
  if (!isObject(first)) return 'json';
  if ('@context' in first || '@graph' in first || hasJobPostingType(first['@type'])) return 'jsonld';
  if (typeof first.action === 'string' && isObject(first.payload)) return 'greenhouse';
  if ('absolute_url' in first || 'internal_job_id' in first) return 'greenhouse';
  if (isObject(first) && Array.isArray(first.data) && first.data.some((p) => isObject(p) && ('hostedUrl' in p || 'categories' in p))) {
    return 'lever';
  }
  if (Array.isArray(first.jobs) && first.jobs.some((j) => isObject(j) && ('absolute_url' in j || 'internal_job_id' in j))) {
    return 'greenhouse';
  }
  if (
    'hostedUrl' in first ||
    'applyUrl' in first ||
    'descriptionPlain' in first ||
    'additionalPlain' in first ||
    (isObject(first.categories) && typeof first.text === 'string')
  ) {
    return 'lever';
  }
  return 'json';
};
