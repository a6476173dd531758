/**
 * American and British spellings of one word (lower-cased token stems), so that a taxonomy written in one
 * matches postings written in the other: optimize/optimise, analyze/analyse, modeling/modelling,
 * behavior/behaviour, center/centre, pediatric/paediatric, license/licence. Words of neither family give
 * null. Generating a spelling nobody writes ("enterprize") is harmless: no text holds it.
 */
const IZE = /^(.{3,}[^aeiouy])i([zs])(e|ed|er|ing|ation|ational|ability|able)$/;
const YZE = /^(.{2,})y([zs])(e|ed|er|ing)$/;
const ELL = /^(.*[^aeiou])el(ing|ed|er)$/;
const ELLED = /^(.*[^aeiou])ell(ing|ed|er)$/;
const OUR = /^(colo|behavio|labo|favo|hono|humo|flavo|neighbo|harbo|endeavo|armo|rumo|vapo)(u?)r(.*)$/;
const RE = /^(cent|fib|theat|calib|lit|lust|sab|somb|spect)(er|re)(d|s)?$/;
/** Word beginnings spelled apart (medical words): paediatrician, haematology, anaesthetist. */
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['pediatric', 'paediatric'],
  ['anesthe', 'anaesthe'],
  ['orthoped', 'orthopaed'],
  ['hemat', 'haemat'],
  ['hemo', 'haemo'],
  ['gynec', 'gynaec'],
  ['esophag', 'oesophag'],
  ['leukem', 'leukaem'],
  ['edema', 'oedema'],
  ['estrogen', 'oestrogen'],
];
/** Whole words spelled apart. */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  ['catalog', 'catalogue'],
  ['license', 'licence'],
  ['defense', 'defence'],
  ['offense', 'offence'],
  ['enrollment', 'enrolment'],
  ['fulfill', 'fulfil'],
  ['skillful', 'skilful'],
  ['judgment', 'judgement'],
  ['aging', 'ageing'],
  ['gray', 'grey'],
  ['mold', 'mould'],
  ['aluminum', 'aluminium'],
  ['program', 'programme'],
  ['cozy', 'cosy'],
];

export function spellingVariant(word: string): string | null {
  let m = IZE.exec(word);
  if (m) return `${m[1]}i${m[2] === 'z' ? 's' : 'z'}${m[3]}`;
  m = YZE.exec(word);
  if (m) return `${m[1]}y${m[2] === 'z' ? 's' : 'z'}${m[3]}`;
  m = ELLED.exec(word);
  if (m) return `${m[1]}el${m[2]}`;
  m = ELL.exec(word);
  if (m) return `${m[1]}ell${m[2]}`;
  m = OUR.exec(word);
  if (m) return `${m[1]}${m[2] === 'u' ? '' : 'u'}r${m[3]}`;
  m = RE.exec(word);
  if (m) return `${m[1]}${m[2] === 'er' ? 're' : 'er'}${m[3] ?? ''}`;
  for (const [us, uk] of WORDS) {
    if (word === us) return uk;
    if (word === uk) return us;
  }
  for (const [us, uk] of PREFIXES) {
    if (word.startsWith(uk)) return us + word.slice(uk.length);
    if (word.startsWith(us)) return uk + word.slice(us.length);
  }
  return null;
}

/** The other spelling of a list of words (each word that has one is changed), or null when none has one. */
export function spellingVariantOf(words: readonly string[]): string[] | null {
  let changed = false;
  const out = words.map((w) => {
    const v = spellingVariant(w);
    if (v === null || v === w) return w;
    changed = true;
    return v;
  });
  return changed ? out : null;
}
