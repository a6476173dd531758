import type { SkillDef } from '../skill-def';
import { mergeTaxonomies, mergeTaxonomiesWithReport } from './index';

const BASE: SkillDef[] = [
  { id: 'python', name: 'Python', aliases: ['py3'], category: 'programming-language' },
  { id: 'kubernetes', name: 'Kubernetes', aliases: ['k8s'], category: 'devops', onet: 'Kubernetes' },
];

describe('mergeTaxonomies', () => {
  it('Given an extra skill with a built-in id, When merged, Then the built-in definition is kept', () => {
    const merged = mergeTaxonomies(BASE, [{ id: 'python', name: 'Python 2', category: 'other' }]);

    expect(merged).toEqual(BASE);
  });

  it('Given an extra skill named like a built-in name or alias, When merged, Then it is not duplicated but lends its onet/esco labels', () => {
    const report = mergeTaxonomiesWithReport(BASE, [
      { id: 'onet-python', name: 'python', category: 'tool', onet: 'Python' },
      { id: 'esco-k8s', name: 'K8s', category: 'other', esco: 'Kubernetes' },
    ]);

    expect(report.skills.map((s) => s.id)).toEqual(['python', 'kubernetes']);
    expect(report.skills[0]).toEqual({ ...BASE[0], onet: 'Python' });
    expect(report.skills[1]).toEqual({ ...BASE[1], esco: 'Kubernetes' });
    expect(report.annotated).toBe(2);
    expect(report.added).toBe(0);
  });

  it('Given a new extra skill whose aliases partly exist, When merged, Then it is added with only the new aliases', () => {
    const report = mergeTaxonomiesWithReport(BASE, [
      { id: 'onet-pandas', name: 'pandas', aliases: ['Py3', 'pandas library'], category: 'library', onet: 'pandas' },
    ]);

    expect(report.skills).toHaveLength(3);
    expect(report.skills[2]).toEqual({ id: 'onet-pandas', name: 'pandas', aliases: ['pandas library'], category: 'library', onet: 'pandas' });
    expect(report.droppedAliases).toBe(1);
  });

  it('Given two extra skills with the same name (plural or case variant), When merged, Then only the first is added', () => {
    const report = mergeTaxonomiesWithReport(BASE, [
      { id: 'esco-use-spreadsheets', name: 'Spreadsheet', category: 'office' },
      { id: 'esco-spreadsheets', name: 'spreadsheets', category: 'office' },
    ]);

    expect(report.skills.map((s) => s.id)).toEqual(['python', 'kubernetes', 'esco-use-spreadsheets']);
    expect(report.skipped).toBe(1);
  });

  it('Given generic or very short extra names, When merged, Then generic ones are dropped and short ones need context', () => {
    const report = mergeTaxonomiesWithReport(
      BASE,
      [
        { id: 'onet-software', name: 'Software', category: 'tool' },
        { id: 'onet-r', name: 'R', category: 'programming-language', onet: 'R' },
      ],
      { genericTerms: ['software'] },
    );

    expect(report.skills.map((s) => s.id)).toEqual(['python', 'kubernetes', 'onet-r']);
    expect(report.skills[2]).toMatchObject({ ambiguous: true, ambiguousForms: ['R'] });
    expect(report.skills[2]?.contextCues?.length).toBeGreaterThan(0);
  });

  it('Given inputs, When merged, Then neither input array nor its skills are modified', () => {
    const extra: SkillDef[] = [{ id: 'onet-python', name: 'Python', category: 'tool', onet: 'Python' }];
    const baseCopy = JSON.parse(JSON.stringify(BASE)) as SkillDef[];

    mergeTaxonomies(BASE, extra);

    expect(BASE).toEqual(baseCopy);
    expect(extra).toEqual([{ id: 'onet-python', name: 'Python', category: 'tool', onet: 'Python' }]);
  });
});
