"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.postingIdOf = exports.PostingSchema = exports.PostingStatusSchema = exports.SalarySchema = exports.SalaryPeriodSchema = exports.EmploymentTypeSchema = exports.WorkplaceTypeSchema = exports.IsoDateTimeSchema = exports.ExternalIdSchema = exports.SourceSchema = void 0;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
/** Identifies the upstream system: lowercase letters, digits, `-` and `_` (it appears in URLs). */
exports.SourceSchema = zod_1.z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, "-" and "_", starting with a letter or digit');
exports.ExternalIdSchema = zod_1.z.string().trim().min(1).max(256);
exports.IsoDateTimeSchema = zod_1.z.iso.datetime({ offset: true });
exports.WorkplaceTypeSchema = zod_1.z.enum(['remote', 'hybrid', 'onsite']);
exports.EmploymentTypeSchema = zod_1.z.enum([
    'full-time',
    'part-time',
    'contract',
    'temporary',
    'internship',
    'volunteer',
    'per-diem',
    'other',
]);
exports.SalaryPeriodSchema = zod_1.z.enum(['hour', 'day', 'week', 'month', 'year']);
exports.SalarySchema = zod_1.z.object({
    min: zod_1.z.number().nonnegative().nullable(),
    max: zod_1.z.number().nonnegative().nullable(),
    /** ISO 4217 code; null when the payload did not say or said something we do not recognise. */
    currency: zod_1.z.string().regex(/^[A-Z]{3}$/).nullable(),
    period: exports.SalaryPeriodSchema.nullable(),
    raw: zod_1.z.string().nullable(),
});
exports.PostingStatusSchema = zod_1.z.enum(['open', 'closed']);
/**
 * The normalized posting: what every upstream format is mapped onto, and what travels in
 * posting events. `description` is plain text (enrichment reads it); `descriptionHtml` is
 * sanitized HTML for display.
 */
exports.PostingSchema = zod_1.z.object({
    postingId: zod_1.z.string().min(1),
    source: exports.SourceSchema,
    externalId: exports.ExternalIdSchema,
    version: zod_1.z.number().int().positive(),
    title: zod_1.z.string().trim().min(1).max(500),
    description: zod_1.z.string().max(200_000),
    descriptionHtml: zod_1.z.string().max(400_000).nullable().default(null),
    company: zod_1.z.string().max(300).nullable().default(null),
    /** Display form of the first location; `locations` has them all. */
    location: zod_1.z.string().max(500).nullable().default(null),
    locations: zod_1.z.array(zod_1.z.string().max(500)).default([]),
    workplaceType: exports.WorkplaceTypeSchema.nullable().default(null),
    employmentType: exports.EmploymentTypeSchema.nullable().default(null),
    salary: exports.SalarySchema.nullable().default(null),
    url: zod_1.z.string().max(2000).nullable().default(null),
    language: zod_1.z.string().max(16).nullable().default(null),
    postedAt: exports.IsoDateTimeSchema.nullable().default(null),
    updatedAt: exports.IsoDateTimeSchema,
    validThrough: exports.IsoDateTimeSchema.nullable().default(null),
    status: exports.PostingStatusSchema.default('open'),
    /** Hash of company, normalized title and location: the same job seen from two sources. */
    fingerprint: zod_1.z.string().nullable().default(null),
    // The three fields below are optional in the type (older producers and literals omit them) and
    // filled with their default when parsed (zod 4 applies a default inside optional).
    /** Department or team, when the upstream says (Greenhouse departments, Lever categories). */
    department: zod_1.z.string().max(300).nullable().default(null).optional(),
    /** Experience the upstream declares in months (schema.org experienceRequirements.monthsOfExperience). */
    experienceMonths: zod_1.z.number().nonnegative().max(1200).nullable().default(null).optional(),
    /** Skills the upstream lists itself (schema.org `skills`); enrichment still reads the text. */
    declaredSkills: zod_1.z.array(zod_1.z.string().max(200)).max(200).default([]).optional(),
});
/**
 * A posting's id is stable for its (source, externalId): the first 32 hex digits of
 * SHA-256("source\0externalId").
 */
const postingIdOf = (source, externalId) => (0, node_crypto_1.createHash)('sha256').update(`${source}\u0000${externalId}`).digest('hex').slice(0, 32);
exports.postingIdOf = postingIdOf;
