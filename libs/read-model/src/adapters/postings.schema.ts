import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import { Schema } from 'mongoose';
import type { PostingDocument } from '../domain/posting-document';
import { enrichmentFields } from '../domain/postings.projection';

export const POSTINGS_COLLECTION = 'postings';
export const POSTINGS_MODEL = 'PostingReadModel';

/** What stays nested in a document; stored as one JSON string (see StoredPosting). */
export type PostingDetail = Pick<PostingDocument, 'locations' | 'seniority' | 'experience' | 'skills' | 'posting' | 'enrichment'>;

/** What `detail` holds: skills, seniority and experience are the enrichment's (enrichmentFields), so not stored twice. */
type StoredDetail = Pick<PostingDocument, 'locations' | 'posting' | 'enrichment'>;

/**
 * A stored posting: the domain document keyed by postingId (`_id`, the unique key version guards rely on),
 * flat. The fields queries use are top-level scalars and arrays of strings; what is only displayed (the
 * posting and its enrichment, with evidence) is `detail`: its JSON, compressed (Brotli, binary). FerretDB v1 decodes
 * nested documents slowly (tens of ms for a posting with its evidence) on every read and scan, and its CPU
 * per insert and per scanned document grows with the bytes (about 45 ns a byte): so `detail` keeps each
 * thing once and compressed (about a third of its JSON). Documents written with `detail` as a JSON
 * string (before it was compressed) are read as well.
 * `skillFacet` holds `id<TAB>name` per skill for the facet aggregation.
 */
export type StoredPosting = Omit<PostingDocument, keyof PostingDetail> & {
  _id: string;
  detail: StoredDetailBytes;
  skillFacet: string[];
  projectedAt: Date | null;
};

/** `detail` as written (a Buffer), as read back (a BSON Binary, raw bytes) or as stored by older versions (JSON). */
export type StoredDetailBytes = Buffer | Uint8Array | { buffer: Uint8Array; position: number } | string;

export const SKILL_FACET_SEPARATOR = '\t';

/** The stored form of a document, stamped with the time it became searchable. */
export const toStored = (doc: PostingDocument, projectedAt: Date): StoredPosting => {
  const { locations, seniority: _s, experience: _e, skills, posting, enrichment, ...flat } = doc;
  const detail: StoredDetail = { locations, posting, enrichment };
  return {
    _id: doc.postingId,
    ...flat,
    skillFacet: skills.map((s) => `${s.id}${SKILL_FACET_SEPARATOR}${s.name}`),
    detail: compressDetail(JSON.stringify(detail)),
    projectedAt,
  };
};

/**
 * Brotli at quality 1: a posting's ~17 KB of detail JSON becomes ~4 KB in ~0.15 ms (measured: deflate
 * level 1 gave the same size in ~0.28 ms; the projection is the pipeline's busiest consumer).
 */
const compressDetail = (json: string): Buffer =>
  brotliCompressSync(json, { params: { [zlib.BROTLI_PARAM_QUALITY]: 1, [zlib.BROTLI_PARAM_SIZE_HINT]: json.length } });

const detailJson = (bytes: StoredDetailBytes): string => {
  if (typeof bytes === 'string') return bytes;
  const raw = bytes instanceof Uint8Array ? bytes : bytes.buffer.subarray(0, bytes.position);
  return brotliDecompressSync(raw).toString('utf8');
};

export const detailOf = (stored: Pick<StoredPosting, 'detail'>): PostingDetail => {
  const { locations, posting, enrichment } = JSON.parse(detailJson(stored.detail)) as StoredDetail;
  return { locations, posting, enrichment, ...enrichmentFields(enrichment) };
};

export const fromStored = (stored: StoredPosting): PostingDocument => {
  const { _id: _key, detail: _detail, skillFacet: _facet, projectedAt: _stamp, ...flat } = stored;
  return { ...flat, ...detailOf(stored) };
};

/**
 * The `postings` read model: flat (see StoredPosting); what is only displayed is the JSON string `detail`. No key contains a `.` (FerretDB v1
 * rejects those). Indexes are created by `ensureIndexes()` only (autoIndex/autoCreate off), never as a
 * side effect of connecting.
 */
export const PostingReadModelSchema = new Schema<StoredPosting>(
  {
    _id: { type: String, required: true },
    postingId: { type: String, required: true },
    version: { type: Number, required: true },
    status: { type: String, enum: ['open', 'closed'], required: true },
    source: { type: String, required: true },
    externalId: { type: String, required: true },
    title: { type: String, default: '' },
    company: { type: String, default: null },
    companyNormalized: { type: String, default: null },
    location: { type: String, default: null },
    postedAt: { type: Date, default: null },
    updatedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    seniorityLevel: { type: String, default: null },
    expLow: { type: Number, default: null },
    expHigh: { type: Number, default: null },
    skillFacet: { type: [String], default: [] },
    skillTerms: { type: [String], default: [] },
    words: { type: [String], default: [] },
    detail: { type: Schema.Types.Mixed, required: true },
    /** When this version was written (became searchable): the pipeline benchmark's end point. */
    projectedAt: { type: Date, default: null },
  },
  {
    collection: POSTINGS_COLLECTION,
    versionKey: false,
    autoIndex: false,
    autoCreate: false,
    minimize: false,
    strict: true,
    timestamps: false,
  },
);

/**
 * Every search filter starts with `status: 'open'` and sorts by (updatedAt, _id) descending, so each
 * index is status + one criterion + the sort keys; the years range has its own. Multikey fields
 * (skillTerms, words) are never two in one index (MongoDB forbids that).
 */
export const POSTINGS_INDEXES: ReadonlyArray<readonly [Record<string, 1 | -1>, { name: string }]> = [
  [{ status: 1, updatedAt: -1, _id: -1 }, { name: 'status_recency' }],
  [{ status: 1, skillTerms: 1, updatedAt: -1, _id: -1 }, { name: 'status_skillTerms_recency' }],
  [{ status: 1, words: 1, updatedAt: -1, _id: -1 }, { name: 'status_words_recency' }],
  [{ status: 1, seniorityLevel: 1, updatedAt: -1, _id: -1 }, { name: 'status_seniority_recency' }],
  [{ status: 1, companyNormalized: 1, updatedAt: -1, _id: -1 }, { name: 'status_company_recency' }],
  [{ status: 1, expLow: 1, expHigh: 1 }, { name: 'status_experience' }],
];

for (const [fields, options] of POSTINGS_INDEXES) PostingReadModelSchema.index(fields, options);
