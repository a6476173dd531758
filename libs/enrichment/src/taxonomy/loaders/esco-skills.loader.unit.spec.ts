import { parseEscoSkills, TaxonomyLoadError } from './index';

// Records in the layout of the official ESCO v1.1 "skills_en.csv" export: quoted cells, altLabels holding
// several labels separated by newlines inside one cell, commas inside descriptions.
const CSV = [
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,description',
  'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d,knowledge,cross-sector,Python (computer programming),"Python',
  'Python programming",,released,"The techniques and principles of software development, such as analysis, in Python."',
  'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab,skill/competence,sector-specific,operate forklift,"drive forklift',
  'use forklift truck',
  'forklift operation",,released,"Operate a forklift, a vehicle with a forked device in front to lift and carry heavy loads."',
  'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/00064735-8fad-454b-90c7-ed858cc993f2,skill/competence,sector-specific,manage musical staff,,,released,"Assign and manage staff tasks."',
].join('\n');

describe('ESCO skills loader', () => {
  it('Given the official CSV with multi-line altLabels, When parsed, Then each record is one skill with its alt labels as aliases', () => {
    const result = parseEscoSkills(CSV);

    expect(result.format).toBe('csv');
    expect(result.records).toBe(3);
    expect(result.skills).toEqual([
      {
        id: 'esco-ccd0a1d9-afda-43d9-b901-96344886e14d',
        name: 'Python (computer programming)',
        category: 'concept',
        esco: 'Python (computer programming)',
        aliases: ['Python', 'Python programming'],
      },
      {
        id: 'esco-0005c151-5b5a-4a66-8aac-60e734beb1ab',
        name: 'operate forklift',
        category: 'other',
        esco: 'operate forklift',
        aliases: ['drive forklift', 'use forklift truck', 'forklift operation'],
      },
      {
        id: 'esco-00064735-8fad-454b-90c7-ed858cc993f2',
        name: 'manage musical staff',
        category: 'other',
        esco: 'manage musical staff',
      },
    ]);
  });

  it('Given a BOM and CRLF line ends (also inside quoted cells), When parsed, Then the result is the same', () => {
    const windows = '\ufeff' + CSV.split('\n').join('\r\n') + '\r\n';

    expect(parseEscoSkills(windows).skills).toEqual(parseEscoSkills(CSV).skills);
  });

  it('Given only preferredLabel and altLabels columns, When parsed, Then ids come from the labels', () => {
    const minimal = 'preferredLabel,altLabels\n"use spreadsheets software","use spreadsheets\nspreadsheet software"\nbookkeeping,\n';

    const result = parseEscoSkills(minimal, { defaultCategory: 'office' });

    expect(result.skills).toEqual([
      { id: 'esco-use-spreadsheets-software', name: 'use spreadsheets software', category: 'office', esco: 'use spreadsheets software', aliases: ['use spreadsheets', 'spreadsheet software'] },
      { id: 'esco-bookkeeping', name: 'bookkeeping', category: 'office', esco: 'bookkeeping' },
    ]);
  });

  it('Given one preferred label per line, When parsed, Then each line is a skill and duplicates and blanks are skipped', () => {
    const labels = '\ufeffmanage musical staff\r\nsupervise correctional procedures\r\n\r\nmanage musical staff\r\n';

    const result = parseEscoSkills(labels);

    expect(result.format).toBe('labels');
    expect(result.skills.map((s) => [s.id, s.name, s.esco])).toEqual([
      ['esco-manage-musical-staff', 'manage musical staff', 'manage musical staff'],
      ['esco-supervise-correctional-procedures', 'supervise correctional procedures', 'supervise correctional procedures'],
    ]);
    expect(result.records).toBe(3);
    expect(result.skipped).toBe(1);
  });

  it('Given a CSV with an unterminated quoted cell, When parsed, Then a TaxonomyLoadError explains it', () => {
    const broken = 'preferredLabel,altLabels\n"bookkeeping,"keep books\n';

    expect(() => parseEscoSkills(broken, { source: 'skills_en.csv' })).toThrow(TaxonomyLoadError);
    expect(() => parseEscoSkills(broken, { source: 'skills_en.csv' })).toThrow(/^skills_en\.csv.*unreadable ESCO CSV/);
  });
});
