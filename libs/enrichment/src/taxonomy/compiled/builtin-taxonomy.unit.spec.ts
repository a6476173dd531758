import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allSkills, type CompiledTaxonomy, compileForms, linkTaxonomy, packForms } from '../../engine/compile';
import { createMatcher, engineWords, matcherTablesOf } from '../../engine/match';
import * as data from '../data';
import { builtinSkills, createEnricher, TAXONOMY_VERSION } from '../../index';
import * as compiled from './index';
import { BUILTIN_TABLES_FILE, renderBuiltinTaxonomy, runtimeSkillDef } from './render-builtin-taxonomy';

/** The fields of an object, its typed arrays as their kind and bytes (compared element by element, toEqual took minutes). */
const bytesOf = (o: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ArrayBuffer.isView(v) ? `${v.constructor.name} ${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')}` : v]));

describe('built-in taxonomy as loaded by the engine (generated)', () => {
  it('Given the taxonomy data and the compiler, When generated again, Then the checked-in files are identical (else run `npm run taxonomy:compile`)', () => {
    const fresh = renderBuiltinTaxonomy({ skills: data.BUILTIN_SKILLS, genericTerms: data.GENERIC_TERMS, version: data.TAXONOMY_VERSION });
    expect(readFileSync(join(__dirname, 'builtin-taxonomy.generated.json'), 'utf8') === fresh.json).toBe(true);
    expect(Buffer.compare(readFileSync(join(__dirname, BUILTIN_TABLES_FILE)), fresh.tables)).toBe(0);
  });

  it('Given the generated module, When loaded, Then it holds the very values of the data modules (skills as matching needs them)', () => {
    // (a built-in skill's output fields are getters, read here)
    expect(compiled.builtinRuntimeSkills().map(runtimeSkillDef)).toEqual(data.BUILTIN_SKILLS.map(runtimeSkillDef));
    expect(compiled.GENERIC_TERMS).toEqual(data.GENERIC_TERMS);
    expect(compiled.TAXONOMY_VERSION).toBe(data.TAXONOMY_VERSION);
  });

  it('Given the shipped matcher tables, When loaded, Then they equal those derived afresh; and made with other engine constants, Then they are derived again', () => {
    const fresh = matcherTablesOf(linkTaxonomy(data.BUILTIN_SKILLS, packForms(compileForms(data.BUILTIN_SKILLS, data.GENERIC_TERMS, { vocabWords: engineWords() }))));
    expect(bytesOf(compiled.builtinMatcherTables())).toEqual(bytesOf(fresh));
    const linked = linkTaxonomy(compiled.builtinSkillDef, compiled.builtinForms());
    const stale = { ...compiled.builtinMatcherTables(), digest: 'stale', trig: new Uint8Array(fresh.trig.length) };
    const { compiled: _a, buf: _b, ...derived } = createMatcher(linked, stale);
    const { compiled: _c, buf: _d, ...shipped } = createMatcher(linked, compiled.builtinMatcherTables());
    expect(Buffer.compare(derived.trig, fresh.trig)).toBe(0);
    expect(bytesOf(derived)).toEqual(bytesOf(shipped));
  });

  it('Given the shipped (linked) forms, When loaded, Then the tables equal those of a fresh compilation and linking', () => {
    const linked = linkTaxonomy(compiled.builtinSkillDef, compiled.builtinForms());
    const fresh = linkTaxonomy(data.BUILTIN_SKILLS, packForms(compileForms(data.BUILTIN_SKILLS, data.GENERIC_TERMS, { vocabWords: engineWords() })));
    const tablesOf = (c: CompiledTaxonomy): Record<string, unknown> => {
      const { word: _w, makeSkill: _m, skills: _s, vocabTable, ...rest } = c;
      return bytesOf({ ...rest, ...vocabTable });
    };
    expect(tablesOf(linked)).toEqual(tablesOf(fresh));
    // the linked skills hold the runtime definitions; all else is equal
    // (a skill's aliases are a getter, read here: copying a skill copies its fields only)
    const skillsOf = (c: CompiledTaxonomy): object[] => allSkills(c).map((k) => ({ ...k, aliases: k.aliases, def: runtimeSkillDef(k.def) }));
    expect(skillsOf(linked)).toEqual(skillsOf(fresh));
    expect(allSkills(linked).map((k) => runtimeSkillDef(k.def))).toEqual(data.BUILTIN_SKILLS.map(runtimeSkillDef));
  });

  it('Given the default enricher and one compiled afresh from the whole definitions, When both enrich postings, Then their outputs are identical', () => {
    const shipped = createEnricher();
    const fresh = createEnricher({ skills: builtinSkills(), taxonomyVersion: TAXONOMY_VERSION });
    const postings = readFileSync(join(__dirname, '../../../eval/holdout/tech/postings.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { title: string; description: string });
    expect(postings.length).toBeGreaterThan(10);
    for (const p of postings) expect(shipped.enrich(p)).toEqual(fresh.enrich(p));
  });
});

describe('built-in taxonomy: words of another sense next to a skill (negative cues)', () => {
  const enricher = createEnricher();
  const ids = (title: string, description: string): string[] => enricher.enrich({ title, description }).skills.map((s) => s.id);

  it.each([
    ['Home Health Aide', "Requirements\n- Valid driver's license, reliable car and auto insurance", 'auto-insurance'],
    ['Civil Engineer', '- Design stormwater management systems (detention ponds, underground storage, BMPs)', 'storage-systems'],
    ['Executive Assistant', '- Scheduling of leadership meetings with her six direct reports', 'people-management'],
    ['CNC Machinist', '• Read blueprints and apply GD&T when setting up fixtures and work offsets', 'plumbing-fixtures'],
    ['Software Developer Apprentice', 'Requirements\n- Grade 4 (C) or above in GCSE Maths and English\n- Some Python or JavaScript programming', 'c'],
    ['Performance Engineer', '- Turn findings into capacity planning recommendations for engineering and product leads', 'recommender-systems'],
    ['Magento Developer', '* Deploy to Adobe Commerce Cloud and run local environments with Docker', 'salesforce-commerce-cloud'],
    ['Housekeeping Supervisor', '- Inspect guest rooms against our brand standards and LQA checklist', 'lqa'],
    ['IT Asset Manager', '- Manage software licenses and entitlements, and prepare for vendor audits', 'real-estate-development'],
    ['Network Engineer', '- Maintain our Cisco IOS XR core routers and the TRC/XR console checklist', 'ar-vr'],
    ['Payroll Manager', '- Manage BAM processes and bank account administration with Treasury', 'bam-format'],
  ])('Given a %s posting where the words name something else ("%s"), When enriched, Then %s is not asked for', (title, description, id) => {
    expect(ids(title, description)).not.toContain(id);
  });

  it('Given the same words in their skill\'s sense, When enriched, Then they are asked for', () => {
    expect(ids('Insurance Agent', '- Quote and sell auto insurance and homeowners policies')).toContain('auto-insurance');
    expect(ids('Storage Engineer', '- Run our storage systems: Ceph clusters, NVMe disks and S3-compatible object storage')).toContain('storage-systems');
    expect(ids('Magento Developer', '* Deploy to Adobe Commerce Cloud and run local environments with Docker')).toContain('adobe-commerce-cloud');
    expect(ids('ML Engineer', '- Train ranking models that power recommendations in the home feed')).toContain('recommender-systems');
    expect(ids('Firmware Engineer', '- 3+ years of C programming on embedded Linux')).toContain('c');
    expect(ids('Dental Office Manager', 'You will manage vendor relationships and keep us compliant with OSHA and HIPAA.')).toContain('osha-safety');
    expect(ids('Construction Superintendent', '- OSHA 30 card and a valid driver\'s license')).not.toContain('osha-safety');
  });

  it('Given well-known products, frameworks and field skills that postings name, When enriched, Then each is found', () => {
    expect(ids('Systems Engineer', '- Administer Dell PowerEdge servers and Nutanix clusters; automate with PowerCLI')).toEqual(
      expect.arrayContaining(['dell-poweredge', 'nutanix', 'vmware-powercli']),
    );
    expect(ids('Enterprise Architect', 'Knowledge of TOGAF and ArchiMate')).toEqual(expect.arrayContaining(['togaf', 'archimate']));
    expect(ids('Payroll Specialist', '- Process piece-rate pay and agricultural payroll for H-2A crews')).toEqual(expect.arrayContaining(['piece-rate-pay', 'agricultural-payroll']));
    expect(ids('Pastry Cook', '- Dough shaping and running the batch freezer')).toEqual(expect.arrayContaining(['dough-shaping']));
    expect(ids('Trading Systems Engineer', '- Build feed handlers for Nasdaq ITCH and order entry over OUCH')).toEqual(expect.arrayContaining(['itch-protocol', 'ouch-protocol']));
    expect(ids('Bioinformatics Engineer', '- Work with the standard formats: FASTQ, BAM/CRAM and VCF')).toEqual(expect.arrayContaining(['fastq', 'bam-format', 'cram-format', 'vcf-format']));
    expect(ids('Unity Developer', '- Build XR training apps in Unity for Meta Quest')).toContain('ar-vr');
    expect(ids('Housekeeping Supervisor', '- Inspect guest rooms against our brand standards and LQA checklist')).toContain('lqa-standards');
    expect(ids('Localization Engineer', '- Support linguistic review and LQA with our translation vendors')).toContain('lqa');
    expect(ids('EHS Specialist', '- Working knowledge of OSHA general industry standards (29 CFR 1910)')).toEqual(expect.arrayContaining(['osha-general-industry']));
    expect(ids('EHS Specialist', '- Working knowledge of OSHA general industry standards (29 CFR 1910)')).not.toContain('osha-safety');
    expect(ids('Quality Engineer', '- Lead root cause analysis (5 Whys, fishbone)')).toContain('fishbone-diagrams');
    expect(ids('Observability Engineer', '- Cut telemetry costs through sampling and cardinality control')).toContain('trace-sampling');
    expect(ids('Embedded Linux Engineer', '- Set up secure boot and signed over-the-air updates')).toContain('secure-boot');
    expect(ids('Smart Contract Engineer', 'Bonus if you have written Rust for Solana.')).toContain('rust');
    // (more phrasings of skills the taxonomy had, kept in EXTRA_FORMS_2)
    expect(ids('Water Distribution Operator', '- Flushing hydrants and exercising valves across the city')).toContain('water-distribution-operations');
  });

  it('Given the new products\' names in their everyday sense, When enriched, Then they are not asked for', () => {
    expect(ids('IT Technician', '- Back up our project servers with Veeam')).not.toContain('microsoft-project-server');
    expect(ids('Embedded Engineer', 'We supply chassis control units to four global carmakers.')).not.toContain('ipg-carmaker');
    expect(ids('Event Coordinator', 'Plan our summer luau and the holiday party.')).not.toContain('luau');
    expect(ids('Nursing Assistant', '- Report any itch, rash or redness to the nurse')).not.toContain('itch-protocol');
    expect(ids('Physics Teacher', 'Teach nuclear fission and fusion to juniors.')).not.toContain('fission');
    expect(ids('Game Developer', 'Write gameplay scripts in Luau in Roblox Studio.')).toContain('luau');
  });
});
