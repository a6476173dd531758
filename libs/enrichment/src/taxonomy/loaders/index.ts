export { TaxonomyLoadError } from './taxonomy-load.error';
export {
  parseOnetTechnologySkills,
  categoryForCommodityTitle,
  type OnetLoadResult,
  type OnetTechnology,
} from './onet-technology-skills.loader';
export { parseEscoSkills, type EscoLoadOptions, type EscoLoadResult } from './esco-skills.loader';
export { mergeTaxonomies, mergeTaxonomiesWithReport, type MergeOptions, type MergeReport } from './merge-taxonomies';
export { loadOnetTechnologySkillsFile, loadEscoSkillsFile } from './taxonomy-files';
