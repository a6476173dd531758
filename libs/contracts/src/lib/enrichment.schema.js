"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EnrichmentSchema = exports.ExperienceSchema = exports.SenioritySchema = exports.SkillMentionSchema = exports.SENIORITY_LEVELS = exports.SeniorityLevelSchema = exports.RequirementSchema = exports.EvidenceSchema = void 0;
const zod_1 = require("zod");
/** UTF-16 offsets into `title + "\n" + description`; `text` equals that slice. */
exports.EvidenceSchema = zod_1.z.object({
    start: zod_1.z.number().int().nonnegative(),
    end: zod_1.z.number().int().nonnegative(),
    text: zod_1.z.string(),
});
exports.RequirementSchema = zod_1.z.enum(['required', 'preferred']);
exports.SeniorityLevelSchema = zod_1.z.enum([
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
exports.SENIORITY_LEVELS = exports.SeniorityLevelSchema.options;
exports.SkillMentionSchema = zod_1.z.object({
    /** Stable taxonomy id, e.g. `go`, `kubernetes`, `patient-care`. */
    id: zod_1.z.string().min(1),
    name: zod_1.z.string().min(1),
    aliases: zod_1.z.array(zod_1.z.string()).default([]),
    category: zod_1.z.string().min(1),
    requirement: exports.RequirementSchema,
    evidence: zod_1.z.array(exports.EvidenceSchema).min(1),
    onet: zod_1.z.string().nullable().optional(),
    esco: zod_1.z.string().nullable().optional(),
});
exports.SenioritySchema = zod_1.z.object({
    level: exports.SeniorityLevelSchema,
    /** Where the level came from: the title, the text, the years asked for, or the default. */
    basis: zod_1.z.enum(['title', 'text', 'years', 'default']),
    reason: zod_1.z.string(),
    evidence: zod_1.z.array(exports.EvidenceSchema).default([]),
});
exports.ExperienceSchema = zod_1.z.object({
    minYears: zod_1.z.number().nonnegative().nullable(),
    maxYears: zod_1.z.number().nonnegative().nullable(),
    evidence: zod_1.z.array(exports.EvidenceSchema).default([]),
});
/** What the enrichment engine says of one posting. */
exports.EnrichmentSchema = zod_1.z.object({
    skills: zod_1.z.array(exports.SkillMentionSchema),
    seniority: exports.SenioritySchema,
    experience: exports.ExperienceSchema,
    engineVersion: zod_1.z.string(),
    taxonomyVersion: zod_1.z.string(),
});
