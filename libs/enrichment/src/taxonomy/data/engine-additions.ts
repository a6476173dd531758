import type { SkillDef } from '../skill-def';

/**
 * Skills added by the engine helper while tuning the matcher (owned by the engine helper).
 *
 * A row here whose `name` equals an existing skill's name acts as extra surface forms of that skill: the
 * engine merges same-named skills into one entry of the output (see `sameAs` in engine/compile.ts). Ids
 * stay unique (index.ts throws on a clash).
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
  {
    // extra forms of the ADA (the act): the acronym is also the Ada language, so it needs HR context
    id: 'ada-act-forms',
    name: 'Americans with Disabilities Act',
    aliases: ['ADA', 'ADA compliance', 'ADA accommodations'],
    category: 'hr',
    ambiguous: true,
    ambiguousForms: ['ADA'],
    contextCues: ['FMLA', 'FLSA', 'EEOC', 'disability', 'disabilities', 'accommodation', 'accommodations', 'employment law', 'labor law', 'compliance', 'HR'],
  },
];
