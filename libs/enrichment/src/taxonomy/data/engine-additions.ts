import type { SkillDef } from '../skill-def';

/**
 * Skills added by the engine helper while tuning the matcher (owned by the engine helper).
 * Ids and forms must not collide with the other groups (index.ts throws on an id clash; the taxonomy lint
 * test refuses form collisions).
 */
export const ENGINE_ADDITIONS: SkillDef[] = [
  {
    id: 'service-mesh',
    name: 'service mesh',
    aliases: ['service meshes', 'service-mesh architecture'],
    category: 'devops',
  },
  {
    id: 'instrumented-testing',
    name: 'instrumented testing',
    aliases: ['instrumented tests', 'instrumentation tests', 'instrumentation testing', 'Android instrumented tests'],
    category: 'practice',
  },
];
