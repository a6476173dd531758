import type { NormalizedItem } from '../normalize.types';
import type { Json } from '../payload-reader';

export interface AdapterContext {
  /** The request's source (validated), when it has one. */
  source?: string;
  receivedAt: Date;
}

/** Maps a parsed JSON payload of one upstream format onto normalized items (one per posting). */
export type JsonAdapter = (value: Json, ctx: AdapterContext) => NormalizedItem[];
