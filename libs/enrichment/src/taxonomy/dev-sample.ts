/**
 * TEMPORARY: the parts of the built-in taxonomy written so far, until `data/index.ts` exports
 * BUILTIN_SKILLS. Owned by the engine helper; delete once data/index.ts lands.
 */
import type { SkillDef } from './skill-def';
import { AI_DATA } from './data/ai-data';
import { CLOUD } from './data/cloud';
import { DATA_STORES } from './data/data-stores';
import { DEVOPS } from './data/devops';
import { ENGINE_ADDITIONS } from './data/engine-additions';
import { FRAMEWORKS } from './data/frameworks';
import { LANGUAGES } from './data/languages';
import { LIBRARIES } from './data/libraries';
import { MEDIA_PROTOCOLS } from './data/media-protocols';
import { OBSERVABILITY_SECURITY } from './data/observability-security';
import { PRACTICES_CONCEPTS } from './data/practices-concepts';
import { TOOLS_PRODUCTS } from './data/tools-products';

export const BUILTIN_SKILLS: SkillDef[] = [
  ...LANGUAGES,
  ...FRAMEWORKS,
  ...LIBRARIES,
  ...DATA_STORES,
  ...CLOUD,
  ...DEVOPS,
  ...MEDIA_PROTOCOLS,
  ...OBSERVABILITY_SECURITY,
  ...PRACTICES_CONCEPTS,
  ...AI_DATA,
  ...TOOLS_PRODUCTS,
  ...ENGINE_ADDITIONS,
];
export const TAXONOMY_VERSION = 'dev-sample';
