import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Enricher, PostingInput } from '../engine/enricher';

/** One output line of `npm run -s enrich` (the guideline's output contract). */
export function toOutputRecord(id: string | number | undefined, enrichment: ReturnType<Enricher['enrich']>): Record<string, unknown> {
  return { id: id ?? null, ...enrichment };
}

/** Reads a posting from one JSON line; a string error when it cannot be read. */
export function parsePostingLine(line: string): { id?: string; rawId?: string | number; posting?: PostingInput; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `not valid JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'a posting must be a JSON object' };
  const o = value as Record<string, unknown>;
  const rawId = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : undefined;
  const id = rawId === undefined ? undefined : String(rawId);
  const problems: string[] = [];
  if (typeof o.title !== 'string' || o.title.trim() === '') problems.push('title: a non-empty string is required');
  if (typeof o.description !== 'string') problems.push('description: a string is required');
  for (const k of ['company', 'location'] as const)
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') problems.push(`${k}: must be a string when present`);
  if (problems.length > 0) return { id, rawId, error: problems.join('; ') };
  return {
    id,
    rawId,
    posting: {
      id,
      title: o.title as string,
      description: o.description as string,
      company: typeof o.company === 'string' ? o.company : undefined,
      location: typeof o.location === 'string' ? o.location : undefined,
    },
  };
}

export interface StreamResult {
  lines: number;
  failed: number;
}

/**
 * JSONL in, JSONL out, one output line per non-blank input line, in order. A line that cannot be read
 * gives `{"id": ..., "error": ...}` and the run goes on.
 */
export async function enrichStream(enricher: Enricher, input: Readable, output: Writable): Promise<StreamResult> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let failed = 0;
  let chunk: string[] = [];
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const data = chunk.join('');
    chunk = [];
    if (!output.write(data)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  for await (const line of rl) {
    if (line.trim() === '') continue;
    lines++;
    const parsed = parsePostingLine(line);
    let record: Record<string, unknown>;
    if (parsed.posting) {
      try {
        record = toOutputRecord(parsed.rawId, enricher.enrich(parsed.posting));
      } catch (e) {
        failed++;
        record = { id: parsed.rawId ?? null, error: `enrichment failed: ${(e as Error).message}` };
      }
    } else {
      failed++;
      record = { id: parsed.rawId ?? null, error: parsed.error ?? 'unreadable line' };
    }
    chunk.push(`${JSON.stringify(record)}\n`);
    if (chunk.length >= 256) await flush();
  }
  await flush();
  return { lines, failed };
}
