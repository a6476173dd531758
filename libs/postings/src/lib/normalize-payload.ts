import { ErrorCodes, JobstreamError, SourceSchema } from '@jobstream/contracts';
import type { AdapterContext, JsonAdapter } from './adapters/adapter';
import { normalizeGreenhouse } from './adapters/greenhouse.adapter';
import { normalizeJsonLd } from './adapters/jsonld.adapter';
import { normalizeLever } from './adapters/lever.adapter';
import { normalizeOurs } from './adapters/ours.adapter';
import { normalizeText } from './adapters/text.adapter';
import { formatFromContent, formatFromMediaType } from './detect-format';
import type { ConcreteFormat, NormalizeRequest, NormalizeResult } from './normalize.types';
import { PAYLOAD_FORMATS } from './normalize.types';
import { ensureBatchSize, isObject, parseJsonPayload, type Json } from './payload-reader';

const normalizeOursPayload: JsonAdapter = (value, ctx) => {
  if (Array.isArray(value)) {
    ensureBatchSize(value.length);
    return value.map((v, index) => normalizeOurs(v, { ...ctx, index, prefix: `[${index}]` }));
  }
  return [normalizeOurs(value, { ...ctx, index: 0, prefix: '' })];
};

const JSON_ADAPTERS: Record<Exclude<ConcreteFormat, 'text'>, JsonAdapter> = {
  json: normalizeOursPayload,
  jsonld: normalizeJsonLd,
  greenhouse: normalizeGreenhouse,
  lever: normalizeLever,
};

/** Formats whose payloads do not name their source: the request must. */
const NEEDS_SOURCE: ReadonlySet<ConcreteFormat> = new Set(['jsonld', 'greenhouse', 'lever', 'text']);

const looksLikeJson = (body: string): boolean => /^\uFEFF?\s*[[{]/.test(body);

/**
 * Reads a payload in any supported format and maps each posting in it onto a normalized draft,
 * an instruction to close a posting, or the issues that refuse that one item (others go on).
 *
 * Format: `req.format` when not `auto`; else the media type (`application/ld+json` → JSON-LD,
 * `text/plain` → text, JSON types → by content); with no media type, by content.
 *
 * @throws JobstreamError `PAYLOAD.UNREADABLE` (not JSON, empty), `PAYLOAD.MEDIA_TYPE_UNSUPPORTED`,
 *   `PAYLOAD.TOO_LARGE` (more than MAX_BATCH_ITEMS postings), `POSTING.INVALID` (the request's
 *   source is missing where the format needs it, or malformed).
 */
export const normalizePayload = (req: NormalizeRequest): NormalizeResult => {
  const requested = req.format ?? 'auto';
  if (!PAYLOAD_FORMATS.includes(requested)) {
    throw new JobstreamError(ErrorCodes.payloadUnreadable, `unknown format ${String(requested)}`);
  }
  if (req.source !== undefined && !SourceSchema.safeParse(req.source).success) {
    throw new JobstreamError(ErrorCodes.postingInvalid, `invalid source ${JSON.stringify(req.source)}`, [
      { path: 'source', message: 'lowercase letters, digits, "-" and "_", starting with a letter or digit', code: 'invalid_format' },
    ]);
  }
  const media = requested === 'auto' ? formatFromMediaType(req.contentType) : undefined;
  const isText = requested === 'text' || media === 'text' || (media === 'unknown' && !looksLikeJson(req.body));

  let format: ConcreteFormat;
  let value: Json | undefined;
  if (isText) {
    format = 'text';
  } else {
    const ndjson = /ndjson|jsonl/i.test(req.contentType ?? '');
    value = parseJsonPayload(req.body, ndjson).value;
    // refuse an oversized batch before mapping any of it
    const list = Array.isArray(value) ? value : isObject(value) ? (value.jobs ?? value.data) : undefined;
    if (Array.isArray(list)) ensureBatchSize(list.length);
    format = requested !== 'auto' ? requested : media === 'jsonld' ? 'jsonld' : formatFromContent(value);
  }
  if (NEEDS_SOURCE.has(format) && !req.source) {
    throw new JobstreamError(ErrorCodes.postingInvalid, `the ${format} format does not carry a source: the request must name it`, [
      { path: 'source', message: `source is required for ${format} payloads`, code: 'required' },
    ]);
  }
  const ctx: AdapterContext = { source: req.source, receivedAt: req.receivedAt };
  const items = format === 'text' ? normalizeText(req.body, ctx) : JSON_ADAPTERS[format](value as Json, ctx);
  ensureBatchSize(items.length);
  return { format, items };
};
