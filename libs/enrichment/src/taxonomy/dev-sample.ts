/**
 * TEMPORARY: the parts of the built-in taxonomy written so far, until `data/index.ts` exports
 * BUILTIN_SKILLS. Owned by the engine helper; delete once data/index.ts lands.
 */
import type { SkillDef } from './skill-def';
import { ENGINE_ADDITIONS } from './data/engine-additions';
import { AI_DATA } from './data/ai-data';
import { CLOUD } from './data/cloud';
import { DATA_STORES } from './data/data-stores';
import { DEVOPS } from './data/devops';
import { FRAMEWORKS } from './data/frameworks';
import { LANGUAGES } from './data/languages';
import { LIBRARIES } from './data/libraries';
import { MEDIA_PROTOCOLS } from './data/media-protocols';
import { FINANCE } from './data/non-tech-finance';
import { HEALTHCARE } from './data/non-tech-healthcare';
import { OBSERVABILITY_SECURITY } from './data/observability-security';
import { PRACTICES_CONCEPTS } from './data/practices-concepts';
import { TOOLS_PRODUCTS } from './data/tools-products';

export const BUILTIN_SKILLS: SkillDef[] = [
  ...AI_DATA,
  ...CLOUD,
  ...DATA_STORES,
  ...DEVOPS,
  ...FRAMEWORKS,
  ...LANGUAGES,
  ...LIBRARIES,
  ...MEDIA_PROTOCOLS,
  ...FINANCE,
  ...HEALTHCARE,
  ...OBSERVABILITY_SECURITY,
  ...PRACTICES_CONCEPTS,
  ...TOOLS_PRODUCTS,
  ...ENGINE_ADDITIONS,
];
export const TAXONOMY_VERSION = 'dev-sample';
