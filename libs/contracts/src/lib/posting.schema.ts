import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Identifies the upstream system: lowercase letters, digits, `-` and `_` (it appears in URLs). */
export const SourceSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, "-" and "_", starting with a letter or digit');

export const ExternalIdSchema = z.string().trim().min(1).max(256);

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

export const WorkplaceTypeSchema = z.enum(['remote', 'hybrid', 'onsite']);
export const EmploymentTypeSchema = z.enum([
  'full-time',
  'part-time',
  'contract',
  'temporary',
  'internship',
  'volunteer',
  'per-diem',
  'other',
]);
export const SalaryPeriodSchema = z.enum(['hour', 'day', 'week', 'month', 'year']);

export const SalarySchema = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** ISO 4217 code; null when the payload did not say or said something we do not recognise. */
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  period: SalaryPeriodSchema.nullable(),
  raw: z.string().nullable(),
});

export const PostingStatusSchema = z.enum(['open', 'closed']);

/**
 * The normalized posting: what every upstream format is mapped onto, and what travels in
 * posting events. `description` is plain text (enrichment reads it); `descriptionHtml` is
 * sanitized HTML for display.
 */
export const PostingSchema = z.object({
  postingId: z.string().min(1),
  source: SourceSchema,
  externalId: ExternalIdSchema,
  version: z.number().int().positive(),
  title: z.string().trim().min(1).max(500),
  description: z.string().max(200_000),
  descriptionHtml: z.string().max(400_000).nullable().default(null),
  company: z.string().max(300).nullable().default(null),
  /** Display form of the first location; `locations` has them all. */
  location: z.string().max(500).nullable().default(null),
  locations: z.array(z.string().max(500)).default([]),
  workplaceType: WorkplaceTypeSchema.nullable().default(null),
  employmentType: EmploymentTypeSchema.nullable().default(null),
  salary: SalarySchema.nullable().default(null),
  url: z.string().max(2000).nullable().default(null),
  language: z.string().max(16).nullable().default(null),
  postedAt: IsoDateTimeSchema.nullable().default(null),
  updatedAt: IsoDateTimeSchema,
  validThrough: IsoDateTimeSchema.nullable().default(null),
  status: PostingStatusSchema.default('open'),
  /** Hash of company, normalized title and location: the same job seen from two sources. */
  fingerprint: z.string().nullable().default(null),
  // The three fields below are optional in the type (older producers and literals omit them) and
  // filled with their default when parsed (zod 4 applies a default inside optional).
  /** Department or team, when the upstream says (Greenhouse departments, Lever categories). */
  department: z.string().max(300).nullable().default(null).optional(),
  /** Experience the upstream declares in months (schema.org experienceRequirements.monthsOfExperience). */
  experienceMonths: z.number().nonnegative().max(1200).nullable().default(null).optional(),
  /** Skills the upstream lists itself (schema.org `skills`); enrichment still reads the text. */
  declaredSkills: z.array(z.string().max(200)).max(200).default([]).optional(),
});
export type Posting = z.infer<typeof PostingSchema>;
export type PostingInput = z.input<typeof PostingSchema>;

/**
 * A posting's id is stable for its (source, externalId): the first 32 hex digits of
 * SHA-256("source\0externalId").
 */
export const postingIdOf = (source: string, externalId: string): string =>
  createHash('sha256').update(`${source}\u0000${externalId}`).digest('hex').slice(0, 32);
