import { compileTaxonomy } from './src/engine/compile';
import { TEST_SKILLS } from './src/engine/test-taxonomy';
const c = compileTaxonomy(TEST_SKILLS);
c.skills.forEach((k, i) => { if (k.sameAs >= 0) console.log(i, k.def.id, '->', k.sameAs, c.skills[k.sameAs].def.id); });
