import { z } from 'zod';

/** UTF-16 offsets into `title + "\n" + description`; `text` equals that slice. */
export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RequirementSchema = z.enum(['required', 'preferred']);
export type Requirement = z.infer<typeof RequirementSchema>;

export const SeniorityLevelSchema = z.enum([
  'intern',
  'entry',
  'mid',
  'senior',
  'staff',
  'principal',
  'manager',
  'director',
  'executive',
]);
export type SeniorityLevel = z.infer<typeof SeniorityLevelSchema>;
export const SENIORITY_LEVELS = SeniorityLevelSchema.options;

export const SkillMentionSchema = z.object({
  /** Stable taxonomy id, e.g. `go`, `kubernetes`, `patient-care`. */
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  category: z.string().min(1),
  requirement: RequirementSchema,
  evidence: z.array(EvidenceSchema).min(1),
  onet: z.string().nullable().optional(),
  esco: z.string().nullable().optional(),
});
export type SkillMention = z.infer<typeof SkillMentionSchema>;

export const SenioritySchema = z.object({
  level: SeniorityLevelSchema,
  /** Where the level came from: the title, the text, the years asked for, or the default. */
  basis: z.enum(['title', 'text', 'years', 'default']),
  reason: z.string(),
  evidence: z.array(EvidenceSchema).default([]),
});
export type Seniority = z.infer<typeof SenioritySchema>;

export const ExperienceSchema = z.object({
  minYears: z.number().nonnegative().nullable(),
  maxYears: z.number().nonnegative().nullable(),
  evidence: z.array(EvidenceSchema).default([]),
});
export type Experience = z.infer<typeof ExperienceSchema>;

/** What the enrichment engine says of one posting. */
export const EnrichmentSchema = z.object({
  skills: z.array(SkillMentionSchema),
  seniority: SenioritySchema,
  experience: ExperienceSchema,
  engineVersion: z.string(),
  taxonomyVersion: z.string(),
});
export type Enrichment = z.infer<typeof EnrichmentSchema>;
