import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import { MAX_BATCH_ITEMS } from './normalize.types';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON document: the parsed value, and whether it was NDJSON (one value a line). */
export interface ParsedJson {
  value: Json;
  ndjson: boolean;
}

const unreadable = (message: string): JobstreamError =>
  new JobstreamError(ErrorCodes.payloadUnreadable, message, [{ path: '(root)', message, code: 'unreadable' }]);

/** Parses JSON, or NDJSON (one JSON value a line) into an array. Throws PAYLOAD.UNREADABLE. */
export const parseJsonPayload = (body: string, preferNdjson = false): ParsedJson => {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (!text) throw unreadable('the payload is empty');
  if (!preferNdjson) {
    try {
      return { value: JSON.parse(text) as Json, ndjson: false };
    } catch (e) {
      if (!text.includes('\n')) throw unreadable(`not valid JSON: ${(e as Error).message}`);
    }
  }
  const lines = text.split(/\r?\n/);
  const values: Json[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    try {
      values.push(JSON.parse(line) as Json);
    } catch (e) {
      throw unreadable(`not valid JSON or NDJSON: line ${i + 1}: ${(e as Error).message}`);
    }
  }
  return { value: values, ndjson: true };
};

export const ensureBatchSize = (count: number): void => {
  if (count > MAX_BATCH_ITEMS) {
    throw new JobstreamError(
      ErrorCodes.payloadTooLarge,
      `the payload holds ${count} postings; at most ${MAX_BATCH_ITEMS} are accepted at once`,
      [{ path: '(root)', message: `more than ${MAX_BATCH_ITEMS} items`, code: 'too_big' }],
    );
  }
};
