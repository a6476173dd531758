import type { SkillCategory } from '../skill-def';

/** Every SkillCategory, for run-time validation (the record makes the compiler check it is complete). */
const CATEGORY_SET: Record<SkillCategory, true> = {
  'programming-language': true, framework: true, library: true, 'data-store': true, cloud: true, devops: true,
  observability: true, protocol: true, standard: true, practice: true, concept: true, tool: true, platform: true,
  media: true, data: true, 'ai-ml': true, security: true, design: true, 'soft-skill': true, 'spoken-language': true,
  healthcare: true, finance: true, logistics: true, trades: true, sales: true, education: true, hr: true,
  legal: true, hospitality: true, office: true, other: true,
};

export const SKILL_CATEGORIES: readonly SkillCategory[] = Object.keys(CATEGORY_SET) as SkillCategory[];

export function isSkillCategory(value: string): value is SkillCategory {
  return Object.prototype.hasOwnProperty.call(CATEGORY_SET, value);
}
