import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEnricher } from '../../index';
import { BUILTIN_SKILLS, GENERIC_TERMS } from '../data';
import { lintTaxonomy } from '../data/taxonomy-lint';
import { loadEscoSkillsFile, loadOnetTechnologySkillsFile, mergeTaxonomiesWithReport } from './index';

/**
 * Loads the real reference files of the shared folder (<repo root>/../shared, or $JOBSTREAM_SHARED_DIR):
 * O*NET 29.2 Technology Skills and the ESCO v1.1 label list. They are read in place, never copied.
 */
const shared = process.env['JOBSTREAM_SHARED_DIR'] ?? resolve(__dirname, '../../../../../../shared');
const onetPath = join(shared, 'data/onet-29.2/Technology Skills.txt');
const escoPath = join(shared, 'data/esco-1.1/skills_en_label.txt');

describe('official reference files (shared folder)', () => {
  it('Given the shared folder, When looked up, Then the O*NET and ESCO files are there (set JOBSTREAM_SHARED_DIR otherwise)', () => {
    expect({ onet: existsSync(onetPath), esco: existsSync(escoPath), shared }).toEqual({ onet: true, esco: true, shared });
  });

  it('Given O*NET 29.2 Technology Skills, When loaded, Then its 32,627 rows give the 8,768 distinct technologies of its README', () => {
    const result = loadOnetTechnologySkillsFile(onetPath);

    expect(result.rows).toBe(32627);
    expect(result.skippedLines).toEqual([]);
    expect(result.skills).toHaveLength(8768);
    expect(new Set(result.skills.map((s) => s.id)).size).toBe(8768);
    expect(result.technologies.filter((t) => t.hotTechnology).length).toBeGreaterThan(0);
    expect(result.skills.find((s) => s.name === 'Python')).toMatchObject({ onet: 'Python' });
  });

  it('Given the ESCO v1.1 label list, When loaded, Then each of its lines is one skill', () => {
    const result = loadEscoSkillsFile(escoPath);

    // The README says 13,895 (the newline count): the file has no final newline, so it holds 13,896 labels.
    expect(result.format).toBe('labels');
    expect(result.records).toBe(13896);
    expect(result.skills.length + result.skipped).toBe(13896);
    expect(new Set(result.skills.map((s) => s.id)).size).toBe(result.skills.length);
  });

  it('Given the built-in taxonomy plus both official files, When merged and compiled, Then the result is consistent and enriches text', () => {
    const onet = loadOnetTechnologySkillsFile(onetPath).skills;
    const esco = loadEscoSkillsFile(escoPath).skills;

    const withOnet = mergeTaxonomiesWithReport(BUILTIN_SKILLS, onet, { genericTerms: GENERIC_TERMS });
    const merged = mergeTaxonomiesWithReport(withOnet.skills, esco, { genericTerms: GENERIC_TERMS });

    expect(withOnet.added + withOnet.annotated + withOnet.skipped).toBe(onet.length);
    expect(merged.skills.length).toBe(BUILTIN_SKILLS.length + withOnet.added + merged.added);
    expect(lintTaxonomy(merged.skills).filter((i) => i.rule === 'id-duplicate' || i.rule === 'form-collision')).toEqual([]);

    const enricher = createEnricher({ skills: merged.skills, taxonomyVersion: 'test-merged' });
    const out = enricher.enrich({ id: 'p1', title: 'Dispatcher', description: 'Prepare estimates in HCSS HeavyBid for highway projects.' });
    const names = out.skills.map((s) => s.name);
    expect(names).toContain('HCSS HeavyBid');
  });
});
