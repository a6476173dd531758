import type { SkillCategory, SkillDef } from '../skill-def';
import { IdAllocator } from './ids';
import { TaxonomyLoadError } from './taxonomy-load.error';

/** One distinct technology of the O*NET "Technology Skills" file, with what the file says about it. */
export interface OnetTechnology {
  example: string;
  commodityCode: string;
  commodityTitle: string;
  hotTechnology: boolean;
  inDemand: boolean;
  /** O*NET-SOC occupations listing it. */
  occupations: number;
}

export interface OnetLoadResult {
  skills: SkillDef[];
  technologies: OnetTechnology[];
  /** Data rows read (header excluded). */
  rows: number;
  /** Rows skipped because a field was missing or the example empty, with their 1-based line numbers. */
  skippedLines: number[];
}

const REQUIRED = ['O*NET-SOC Code', 'Example', 'Commodity Code', 'Commodity Title'] as const;

/** Commodity-title keywords → category; the first match wins, anything else is `tool`. */
const TITLE_RULES: ReadonlyArray<readonly [RegExp, SkillCategory]> = [
  [/medical|pharmacy|clinical|dental|patient/i, 'healthcare'],
  [/accounting|financial|tax preparation|time accounting|point of sale|audit/i, 'finance'],
  [/human resources/i, 'hr'],
  [/customer relationship|sales and marketing|contact center|helpdesk|call center/i, 'sales'],
  [/legal/i, 'legal'],
  [/supply chain|inventory|mailing and shipping|bar coding|label making|route navigation|materials requirements/i, 'logistics'],
  [/computer based training|educational|library/i, 'education'],
  [/data base management|object oriented data base|data base user interface|storage|backup|filesystem/i, 'data-store'],
  [/cloud-based/i, 'cloud'],
  [/business intelligence|data mining|analytical or scientific|data base reporting|metadata|data conversion|charting|geographic information|map creation/i, 'data'],
  [/security|virus|authentication|compliance|risk management/i, 'security'],
  [/network monitoring/i, 'observability'],
  [/configuration management|file versioning|enterprise system management|clustering|software defined networking|license management/i, 'devops'],
  [/program testing|development environment|compiler|graphical user interface development|requirements analysis/i, 'tool'],
  [/object or component oriented development|web platform development/i, 'framework'],
  [/operating system|application server|transaction server|portal server|communications server|enterprise application integration|enterprise resource planning|web page creation|content workflow|document management/i, 'platform'],
  [/computer aided design|graphics or photo|desktop publishing|pattern design|computer imaging|process mapping|computer aided manufacturing/i, 'design'],
  [/video|music or sound|voice|text to speech|internet protocol ip multimedia|interactive voice/i, 'media'],
  [/word processing|spreadsheet|presentation|office suite|electronic mail|calendar|instant messaging|desktop communications|spell checkers|fax|dictionary|foreign language/i, 'office'],
  [/industrial control|manufacturing execution|facilities management|flight control|aviation ground/i, 'trades'],
  [/switch or router|wan switching|lan software|gateway|bridge|wireless|optical network|network/i, 'protocol'],
  [/expert system|voice recognition|categorization or classification|optical character/i, 'ai-ml'],
];

/** Category for an O*NET commodity title (e.g. "Development environment software" → tool). */
export function categoryForCommodityTitle(title: string): SkillCategory {
  for (const [pattern, category] of TITLE_RULES) if (pattern.test(title)) return category;
  return 'tool';
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses the O*NET "Technology Skills" tab-separated file (columns O*NET-SOC Code, Example, Commodity
 * Code, Commodity Title, Hot Technology, In Demand; any order, extra columns ignored) into one SkillDef
 * per distinct Example: id `onet-<slug>`, name and `onet` = the Example, category from the commodity
 * title of its first row. Pure: takes the file content, returns data.
 */
export function parseOnetTechnologySkills(content: string, source = 'Technology Skills.txt'): OnetLoadResult {
  const lines = stripBom(content).split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
  const col = new Map(header.map((h, i) => [h, i]));
  const missing = REQUIRED.filter((name) => !col.has(name));
  if (missing.length > 0) {
    throw new TaxonomyLoadError(source, `not an O*NET Technology Skills file: missing column(s) ${missing.join(', ')}`, 1);
  }
  const at = (name: string): number => col.get(name) ?? -1;
  const iSoc = at('O*NET-SOC Code');
  const iExample = at('Example');
  const iCode = at('Commodity Code');
  const iTitle = at('Commodity Title');
  const iHot = at('Hot Technology');
  const iDemand = at('In Demand');

  const byExample = new Map<string, OnetTechnology & { socs: Set<string> }>();
  const skippedLines: number[] = [];
  let rows = 0;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n];
    if (line === undefined || line.trim() === '') continue;
    rows++;
    const f = line.split('\t');
    const example = (f[iExample] ?? '').trim();
    const title = (f[iTitle] ?? '').trim();
    if (example === '' || f.length < header.length - 2) {
      skippedLines.push(n + 1);
      continue;
    }
    let tech = byExample.get(example);
    if (!tech) {
      tech = {
        example,
        commodityCode: (f[iCode] ?? '').trim(),
        commodityTitle: title,
        hotTechnology: false,
        inDemand: false,
        occupations: 0,
        socs: new Set<string>(),
      };
      byExample.set(example, tech);
    }
    const soc = (f[iSoc] ?? '').trim();
    if (soc !== '') tech.socs.add(soc);
    if (iHot >= 0 && (f[iHot] ?? '').trim() === 'Y') tech.hotTechnology = true;
    if (iDemand >= 0 && (f[iDemand] ?? '').trim() === 'Y') tech.inDemand = true;
  }

  const ids = new IdAllocator('onet');
  const technologies: OnetTechnology[] = [];
  const skills: SkillDef[] = [];
  for (const { socs, ...tech } of byExample.values()) {
    tech.occupations = socs.size;
    technologies.push(tech);
    skills.push({
      id: ids.idFor(tech.example),
      name: tech.example,
      category: categoryForCommodityTitle(tech.commodityTitle),
      onet: tech.example,
    });
  }
  return { skills, technologies, rows, skippedLines };
}
