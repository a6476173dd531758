import type { SkillDef } from '../skill-def';

/** Skills added by the engine helper while tuning the matcher (owned by the engine helper). */
export const ENGINE_ADDITIONS: SkillDef[] = [];
