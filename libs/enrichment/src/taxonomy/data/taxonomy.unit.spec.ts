import type { SkillDef } from '../skill-def';
import { SKILL_CATEGORIES } from './categories';
import {
  BUILTIN_SKILL_GROUPS,
  BUILTIN_SKILLS,
  concatSkillGroups,
  GENERIC_TERMS,
  SkillIdClashError,
  TAXONOMY_VERSION,
  withoutAmbiguousCues,
} from './index';
import { ambiguousFormsOf, formKey, lintTaxonomy } from './taxonomy-lint';

const byId = new Map(BUILTIN_SKILLS.map((s) => [s.id, s]));
const forms = (s: SkillDef): string[] => [s.name, ...(s.aliases ?? [])];

describe('built-in taxonomy', () => {
  it('Given the built-in skills, When linted, Then no rule is broken (ids, names, categories, collisions, ambiguity)', () => {
    expect(lintTaxonomy(BUILTIN_SKILLS, GENERIC_TERMS)).toEqual([]);
  });

  it('Given the version, When read, Then it is a jobstream calendar version', () => {
    expect(TAXONOMY_VERSION).toMatch(/^jobstream-\d{4}\.\d{1,2}\.\d+$/);
  });

  it('Given the groups, When concatenated, Then every group (engine additions included) is in BUILTIN_SKILLS once', () => {
    const total = Object.values(BUILTIN_SKILL_GROUPS).reduce((n, g) => n + g.length, 0);

    expect(BUILTIN_SKILLS).toHaveLength(total);
    expect(Object.keys(BUILTIN_SKILL_GROUPS)).toContain('engine-additions');
  });

  it('Given two groups defining one id, When concatenated, Then a clear SkillIdClashError names both groups', () => {
    const a: SkillDef = { id: 'go', name: 'Go', category: 'programming-language' };
    const b: SkillDef = { id: 'go', name: 'Go board game', category: 'other' };

    expect(() => concatSkillGroups({ languages: [a], games: [b] })).toThrow(SkillIdClashError);
    expect(() => concatSkillGroups({ languages: [a], games: [b] })).toThrow('taxonomy id clash: "go" is defined in languages and games');
    expect(concatSkillGroups({ languages: [a], again: [a] })).toEqual([a]);
  });

  it('Given every category, When counted, Then each domain the product serves is covered', () => {
    const count = (c: string) => BUILTIN_SKILLS.filter((s) => s.category === c).length;
    const covered = SKILL_CATEGORIES.filter((c) => count(c) > 0);

    expect(covered).toEqual(expect.arrayContaining(['programming-language', 'framework', 'library', 'data-store', 'cloud', 'devops', 'observability', 'protocol', 'practice', 'concept', 'media', 'ai-ml', 'security', 'soft-skill', 'spoken-language', 'healthcare', 'finance', 'logistics', 'trades', 'sales', 'education', 'hr', 'legal', 'hospitality', 'office']));
    expect(BUILTIN_SKILLS.length).toBeGreaterThanOrEqual(1500);
  });

  it.each([
    ['nodejs', ['Node.js', 'NodeJS']],
    ['postgresql', ['Postgres', 'PostgreSQL']],
    ['kubernetes', ['K8s']],
    ['javascript', ['JS']],
    ['typescript', ['TS']],
    ['gcp', ['GCP', 'Google Cloud']],
    ['go', ['golang']],
    ['rest', ['RESTful APIs', 'REST APIs']],
    ['ci-cd', ['CI/CD', 'continuous integration']],
    ['aws-eks', ['EKS']],
    ['aws-rds', ['RDS']],
    ['aws-s3', ['S3']],
    ['aws-lambda', ['Lambda']],
    ['sip', ['SIP']],
    ['webrtc', ['WebRTC']],
    ['saml', ['SAML']],
  ])('Given %s, When its forms are read, Then it has the usual spellings %p', (id, expected) => {
    const skill = byId.get(id);
    const keys = new Set(skill ? forms(skill).map(formKey) : []);

    for (const e of expected) expect(keys).toContain(formKey(e));
  });

  it.each([
    ['go', 'Go', 'golang'],
    ['r', 'R', undefined],
    ['c', 'C', undefined],
    ['swift', 'Swift', undefined],
    ['rust', 'Rust', undefined],
    ['spring', 'Spring', undefined],
    ['ruby', 'Ruby', undefined],
    ['oracle-database', 'Oracle', 'Oracle Database'],
    ['slack', 'Slack', undefined],
    ['unity', 'Unity', undefined],
    ['puppet', 'Puppet', undefined],
    ['chef', 'Chef', undefined],
    ['microsoft-excel', 'Excel', 'Microsoft Excel'],
    ['microsoft-teams', 'Teams', 'Microsoft Teams'],
    ['spanish', 'Spanish', 'fluent Spanish'],
  ])('Given %s, When its ambiguity is read, Then "%s" needs context and %p does not', (id, ambiguousForm, explicitForm) => {
    const skill = byId.get(id);
    expect(skill?.ambiguous).toBe(true);
    const ambiguous = new Set(skill ? ambiguousFormsOf(skill).map(formKey) : []);

    expect(ambiguous).toContain(formKey(ambiguousForm));
    if (explicitForm !== undefined) expect(ambiguous).not.toContain(formKey(explicitForm));
    expect(skill?.contextCues?.length).toBeGreaterThan(0);
  });

  it('Given generic words of the guideline, When looked up, Then none is the name of a skill', () => {
    const names = new Set(BUILTIN_SKILLS.map((s) => formKey(s.name)));

    for (const g of ['backend', 'features', 'products', 'users']) expect(names).not.toContain(formKey(g));
  });

  it('Given a taxonomy that breaks the rules, When linted, Then each problem is reported with its rule', () => {
    const bad: SkillDef[] = [
      { id: 'Bad_Id', name: 'Thing', category: 'tool' },
      { id: 'dup', name: 'Dup', category: 'tool' },
      { id: 'dup', name: 'Dup two', category: 'tool' },
      { id: 'x1', name: 'K8s', category: 'nonsense' as SkillDef['category'] },
      { id: 'x2', name: 'Kubernetes', aliases: ['k8s'], category: 'devops' },
      { id: 'x3', name: 'Go', category: 'programming-language', ambiguous: true },
      { id: 'x4', name: 'Zz', category: 'tool' },
      { id: 'x5', name: 'payroll', category: 'finance', onet: 'ADP Workforce Now' },
      { id: 'x6', name: 'ADP Workforce Now', category: 'tool', onet: 'ADP Workforce Now' },
    ];

    const rules = lintTaxonomy(bad).map((i) => `${i.id}:${i.rule}`);

    expect(rules).toEqual([
      'Bad_Id:id-format',
      'dup:id-duplicate',
      'x1:category',
      'x2:form-collision',
      'x3:ambiguous-without-cues',
      'x4:short-form-unmarked',
      'x5:label-of-other-skill',
    ]);
  });

  it('Given two forms apart only by a plural inside them, When linted, Then they collide, as the matcher stems every word', () => {
    expect(formKey('sanctions screening')).toBe(formKey('sanction screening'));
    const rules = lintTaxonomy([
      { id: 'oig', name: 'OIG exclusion screening', aliases: ['sanction screening'], category: 'healthcare' },
      { id: 'sanctions', name: 'sanctions screening', category: 'finance' },
    ]).map((i) => `${i.id}:${i.rule}`);
    expect(rules).toEqual(['sanctions:form-collision']);
  });

  it('Given cues that are ambiguous product names, When cleaned, Then they no longer vouch for another ambiguous word', () => {
    const skills: SkillDef[] = [
      { id: 'c', name: 'C', category: 'programming-language', ambiguous: true, contextCues: ['Rust', 'embedded', 'firmware'] },
      { id: 'rust', name: 'Rust', category: 'programming-language', ambiguous: true, contextCues: ['cargo'] },
      { id: 'embedded', name: 'embedded systems', aliases: ['embedded'], category: 'concept', ambiguous: true, ambiguousForms: ['embedded'], contextCues: ['C'] },
    ];

    const cleaned = withoutAmbiguousCues(skills);

    expect(cleaned[0]?.contextCues).toEqual(['embedded', 'firmware']);
    expect(cleaned[2]?.contextCues).toEqual(['C']);
    expect(BUILTIN_SKILLS.find((s) => s.id === 'c')?.contextCues).not.toContain('rust');
  });

  it('Given a cue that is an ambiguous abbreviation in capitals ("ML"), When cleaned, Then it stays a cue: it is no everyday word', () => {
    const skills: SkillDef[] = [
      { id: 'ml', name: 'machine learning', aliases: ['ML'], category: 'ai-ml', ambiguous: true, ambiguousForms: ['ML'], contextCues: ['models'] },
      { id: 'model-monitoring', name: 'model monitoring', category: 'ai-ml', ambiguous: true, contextCues: ['ML', 'drift'] },
    ];

    expect(withoutAmbiguousCues(skills)[1]?.contextCues).toEqual(['ML', 'drift']);
  });
});
