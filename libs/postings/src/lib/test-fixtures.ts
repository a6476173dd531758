import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizedItem, NormalizeResult, PostingDraft } from './normalize.types';

/** Test helpers (used by the specs only). */
export const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');

export const RECEIVED_AT = new Date('2025-01-15T12:00:00.000Z');

export const upserts = (result: NormalizeResult): PostingDraft[] =>
  result.items.flatMap((i) => (i.ok && i.action === 'upsert' ? [i.posting] : []));

export const refused = (result: NormalizeResult): Array<Extract<NormalizedItem, { ok: false }>> =>
  result.items.flatMap((i) => (i.ok ? [] : [i]));

export const issuePaths = (result: NormalizeResult): string[] =>
  refused(result).flatMap((i) => i.issues.map((x) => x.path));
