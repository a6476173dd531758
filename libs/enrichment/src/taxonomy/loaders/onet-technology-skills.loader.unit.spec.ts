import { categoryForCommodityTitle, parseOnetTechnologySkills, TaxonomyLoadError } from './index';

// Rows in the official O*NET 29.2 "Technology Skills.txt" layout (tab-separated, header first).
const HEADER = 'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand';
const FIXTURE = [
  HEADER,
  '15-1252.00\tPython\t43232405\tObject or component oriented development software\tY\tY',
  '15-1252.00\tAmazon Web Services AWS software\t43233004\tOperating system software\tY\tN',
  '15-2051.00\tPython\t43232405\tObject or component oriented development software\tY\tN',
  '43-3031.00\tIntuit QuickBooks\t43231601\tAccounting software\tY\tN',
  '29-1141.00\tEpic Systems\t43231601\tMedical software\tY\tN',
  '53-7051.00\tWarehouse management system WMS\t43231604\tInventory management software\tN\tN',
  '15-1252.00\tC++\t43232405\tObject or component oriented development software\tY\tY',
  '15-1252.00\tC\t43232405\tObject or component oriented development software\tN\tN',
].join('\n');

describe('O*NET Technology Skills loader', () => {
  it('Given the official tab-separated rows, When parsed, Then one skill per distinct Example with onet set', () => {
    const result = parseOnetTechnologySkills(FIXTURE);

    expect(result.rows).toBe(8);
    expect(result.skills.map((s) => s.name)).toEqual([
      'Python',
      'Amazon Web Services AWS software',
      'Intuit QuickBooks',
      'Epic Systems',
      'Warehouse management system WMS',
      'C++',
      'C',
    ]);
    for (const s of result.skills) expect(s.onet).toBe(s.name);
    expect(result.skippedLines).toEqual([]);
  });

  it('Given the same Example in several occupations, When parsed, Then its flags and occupation count are aggregated', () => {
    const python = parseOnetTechnologySkills(FIXTURE).technologies.find((t) => t.example === 'Python');

    expect(python).toEqual({
      example: 'Python',
      commodityCode: '43232405',
      commodityTitle: 'Object or component oriented development software',
      hotTechnology: true,
      inDemand: true,
      occupations: 2,
    });
  });

  it('Given examples, When ids are derived, Then they are deterministic kebab-case and distinct for C and C++', () => {
    const ids = parseOnetTechnologySkills(FIXTURE).skills.map((s) => s.id);

    expect(ids).toContain('onet-python');
    expect(ids).toContain('onet-cpp');
    expect(ids).toContain('onet-c');
    expect(parseOnetTechnologySkills(FIXTURE).skills.map((s) => s.id)).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('Given commodity titles, When mapped, Then categories follow the kind of software', () => {
    const byName = new Map(parseOnetTechnologySkills(FIXTURE).skills.map((s) => [s.name, s.category]));

    expect(byName.get('Intuit QuickBooks')).toBe('finance');
    expect(byName.get('Epic Systems')).toBe('healthcare');
    expect(byName.get('Warehouse management system WMS')).toBe('logistics');
    expect(byName.get('Python')).toBe('framework');
    expect(categoryForCommodityTitle('Development environment software')).toBe('tool');
    expect(categoryForCommodityTitle('Something nobody mapped')).toBe('tool');
  });

  it('Given a BOM, CRLF line ends and a blank trailing line, When parsed, Then they are tolerated', () => {
    const crlf = '\ufeff' + FIXTURE.split('\n').join('\r\n') + '\r\n\r\n';

    expect(parseOnetTechnologySkills(crlf).skills).toHaveLength(7);
  });

  it('Given a row without an Example, When parsed, Then that row is skipped with its line number and the rest loads', () => {
    const text = [HEADER, '15-1252.00\t\t43232405\tX software\tN\tN', '15-1252.00\tGo\t43232405\tX software\tN\tN'].join('\n');

    const result = parseOnetTechnologySkills(text);

    expect(result.skills.map((s) => s.name)).toEqual(['Go']);
    expect(result.skippedLines).toEqual([2]);
  });

  it('Given a file that is not Technology Skills, When parsed, Then a TaxonomyLoadError names the missing columns', () => {
    const attempt = () => parseOnetTechnologySkills('Title\tDescription\nfoo\tbar', 'Occupation Data.txt');

    expect(attempt).toThrow(TaxonomyLoadError);
    expect(attempt).toThrow(/Occupation Data\.txt:1: not an O\*NET Technology Skills file: missing column\(s\) O\*NET-SOC Code, Example, Commodity Code, Commodity Title/);
  });
});
