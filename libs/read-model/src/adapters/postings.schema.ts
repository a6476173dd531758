import { Schema } from 'mongoose';
import type { PostingDocument } from '../domain/posting-document';

export const POSTINGS_COLLECTION = 'postings';
export const POSTINGS_MODEL = 'PostingReadModel';

/** A stored posting: the domain document with its postingId as `_id` (the unique key version guards rely on). */
export type StoredPosting = PostingDocument & { _id: string };

/**
 * The `postings` read model. Nested objects that are only displayed (the posting, the enrichment, the
 * skills with evidence) are Mixed: stored as the domain built them. No key contains a `.` (FerretDB v1
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
    locations: { type: [String], default: [] },
    postedAt: { type: Date, default: null },
    updatedAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
    seniority: { type: Schema.Types.Mixed, default: null },
    seniorityLevel: { type: String, default: null },
    experience: { type: Schema.Types.Mixed, required: true },
    expLow: { type: Number, default: null },
    expHigh: { type: Number, default: null },
    skills: { type: Schema.Types.Mixed, default: [] },
    skillIds: { type: [String], default: [] },
    skillNamesNormalized: { type: [String], default: [] },
    skillTerms: { type: [String], default: [] },
    words: { type: [String], default: [] },
    posting: { type: Schema.Types.Mixed, default: null },
    enrichment: { type: Schema.Types.Mixed, default: null },
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
