import { createHash } from 'node:crypto';
import { decodeEntities, looksLikeHtml } from '../html';
import { isObject, type Json, type JsonObject } from '../payload-reader';

/** First element of an array, or the value itself. */
export const first = (v: Json | undefined): Json | undefined => (Array.isArray(v) ? v[0] : v);

export const asArray = (v: Json | undefined): Json[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

export const str = (v: Json | undefined): string | undefined =>
  typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' ? String(v) : undefined;

export const obj = (v: Json | undefined): JsonObject | undefined => (isObject(v) ? v : undefined);

/** Content whose HTML arrives entity-escaped (`&lt;p&gt;`, Greenhouse `content`) decoded once; real HTML left alone. */
export const unescapeHtml = (s: string | undefined): string | undefined =>
  s && !looksLikeHtml(s) && /&lt;\/?[a-z]/i.test(s) ? decodeEntities(s) : s;

/** A stable external id for postings that have none: a hash of what identifies them. */
export const derivedExternalId = (prefix: string, ...parts: Array<string | undefined | null>): string =>
  `${prefix}-${createHash('sha256').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 24)}`;

/** "Berlin", "BE", "Germany" → "Berlin, BE, Germany" without empty or repeated parts. */
export const joinPlace = (...parts: Array<string | undefined>): string | undefined => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of parts) {
    const t = p?.trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out.length ? out.join(', ') : undefined;
};
