import { createHash } from 'node:crypto';
import { detectAll } from 'tinyld';
import type { PostingDraft } from './normalize.types';

type WorkplaceType = NonNullable<PostingDraft['workplaceType']>;
type EmploymentType = NonNullable<PostingDraft['employmentType']>;
export type Salary = NonNullable<PostingDraft['salary']>;
type SalaryPeriod = NonNullable<Salary['period']>;

/** Lowercase, accents removed, punctuation folded to spaces, spaces collapsed. */
export const foldText = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');

/** A title without gender markers and decorations that vary between sources: "(m/w/d)", "- Remote". */
export const normalizeTitle = (title: string): string =>
  foldText(
    title
      .replace(/\((?:m|f|w|d|x|h|all genders?)(?:\s*\/\s*(?:m|f|w|d|x|h|div))+\)/gi, ' ')
      .replace(/[-–—(|,]\s*(?:remote|hybrid|on-?site)\s*\)?\s*$/i, ' '),
  );

/**
 * The same job seen from two sources: SHA-256 of company, normalized title and first location,
 * each lowercased with punctuation folded ("Acme, Inc." ~ "acme inc").
 */
export const fingerprintOf = (company: string | null, title: string, location: string | null): string =>
  createHash('sha256')
    .update([foldText(company), normalizeTitle(title), foldText(location)].join('\u0000'))
    .digest('hex');

/** Below this confidence (tinyld's accuracy, 0..1) the language is reported unknown: short texts often are. */
const LANGUAGE_MIN_ACCURACY = 0.25;

/**
 * Languages job postings are written in (ISO 639-1). Detection is limited to them: tinyld's full
 * list includes languages (Berber, Afrikaans…) that short English texts are often mistaken for.
 */
const POSTING_LANGUAGES = [
  'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'no', 'fi', 'is', 'et', 'lv', 'lt', 'cs', 'sk', 'sl',
  'hr', 'sr', 'bg', 'hu', 'ro', 'el', 'tr', 'ru', 'uk', 'ar', 'he', 'fa', 'hi', 'bn', 'ur', 'ja', 'zh', 'ko', 'vi',
  'th', 'id', 'ms', 'tl', 'sw', 'ca', 'ga',
];

/** How much of a posting language detection reads: a few sentences decide it, and tinyld's cost grows with the text. */
const LANGUAGE_SAMPLE_CHARS = 800;

/**
 * English function words. In English postings they make up 12–40% of the words (less in terse, bulleted
 * ones); in German, French, Spanish or Dutch postings with English tech terms in them, 0–3%.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the and to of a an in on for with you your we our us is are be will this that as at by from or have has who what it its their they can all into about not'.split(' '),
);
/** Function words of other languages written in Latin letters (none of them an English word), 25–36% of their postings. */
const OTHER_FUNCTION_WORDS = new Set(
  ('der die das und ist nicht mit für ein eine zu den von dem wir sie du ihr auf le la les et des une un pour avec vous nous est ' +
    'dans sur au aux el los las y del una para con que es por su sus het een en van voor met je wij zijn ook niet om te').split(' '),
);
const ENGLISH_MIN_SHARE = 0.12;
const OTHER_MAX_SHARE = 0.03;
/** Fewest words the English shortcut decides on. */
const ENGLISH_MIN_WORDS = 30;

/**
 * True when the sample is plainly English (English function words common, other languages' absent): most
 * postings are, and tinyld costs ~2 ms a call whatever the length (it was half of ingest's CPU), while
 * counting function words costs microseconds. Anything else goes to tinyld.
 */
export const isPlainlyEnglish = (sample: string): boolean => {
  const words = sample.toLowerCase().match(/[a-z\u00c0-\u024f']+/g);
  if (!words || words.length < ENGLISH_MIN_WORDS) return false;
  let english = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH_FUNCTION_WORDS.has(w)) english++;
    else if (OTHER_FUNCTION_WORDS.has(w)) other++;
  }
  return english / words.length >= ENGLISH_MIN_SHARE && other / words.length <= OTHER_MAX_SHARE;
};

/** ISO 639-1 code of the text's language (tinyld, after the English shortcut), or null when too short or unsure. */
export const detectLanguage = (text: string): string | null => {
  const cut = text.length > LANGUAGE_SAMPLE_CHARS ? text.lastIndexOf(' ', LANGUAGE_SAMPLE_CHARS) : -1;
  const sample = cut > 0 ? text.slice(0, cut) : text.slice(0, LANGUAGE_SAMPLE_CHARS);
  if (sample.replace(/\s+/g, '').length < 20) return null;
  if (isPlainlyEnglish(sample)) return 'en';
  const [best] = detectAll(sample, { only: POSTING_LANGUAGES });
  return best && best.accuracy >= LANGUAGE_MIN_ACCURACY && best.lang.length <= 16 ? best.lang : null;
};

/** A date of the payload as ISO 8601 UTC, or undefined when it is not a date. */
export const toIsoDate = (value: unknown): string | undefined => {
  let d: Date | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) d = new Date(value);
  else if (typeof value === 'string' && value.trim()) {
    const s = value.trim();
    if (/^\d{10,13}$/.test(s)) d = new Date(Number(s.length === 10 ? `${s}000` : s));
    else if (/^\d{4}-\d{2}-\d{2}/.test(s) || /[a-z]{3}/i.test(s)) d = new Date(s);
  }
  if (!d || Number.isNaN(d.getTime())) return undefined;
  const year = d.getUTCFullYear();
  return year >= 1970 && year <= 9999 ? d.toISOString() : undefined;
};

/** Remote/hybrid/on-site from free text (a location "Remote - US", a title "... (Hybrid)"). Hybrid wins. */
export const workplaceFromText = (...texts: Array<string | null | undefined>): WorkplaceType | null => {
  const t = texts.filter(Boolean).join(' \n ');
  if (/\bhybrid\b/i.test(t)) return 'hybrid';
  if (/\b(remote|work from home|wfh|telecommut\w*|anywhere)\b/i.test(t)) return 'remote';
  if (/\b(on-?site|in-?office|in office)\b/i.test(t)) return 'onsite';
  return null;
};

/** Lever `workplaceType` and similar labels. */
export const workplaceFromLabel = (label: unknown): WorkplaceType | null => {
  if (typeof label !== 'string') return null;
  const t = label.toLowerCase().replace(/[^a-z]/g, '');
  if (t === 'remote' || t === 'telecommute' || t === 'fullyremote') return 'remote';
  if (t === 'hybrid') return 'hybrid';
  if (t === 'onsite' || t === 'inoffice' || t === 'office') return 'onsite';
  return null;
};

const EMPLOYMENT: Array<[RegExp, EmploymentType]> = [
  [/^(full ?time|fulltime|permanent|regular|fte)/, 'full-time'],
  [/^(part ?time|parttime)/, 'part-time'],
  [/^(contract|contractor|freelance|consultant|fixed term)/, 'contract'],
  [/^(temp|temporary|seasonal)/, 'temporary'],
  [/^(intern|internship|trainee|apprentice|werkstudent|working student)/, 'internship'],
  [/^(volunteer)/, 'volunteer'],
  [/^(per ?diem|prn)/, 'per-diem'],
  [/^(other)/, 'other'],
];

/** schema.org FULL_TIME, Lever "Full-time", "Part Time", "Contractor", "Intern"… → our enum. */
export const employmentTypeOf = (value: unknown): EmploymentType | null => {
  const first = Array.isArray(value) ? value.find((v) => typeof v === 'string') : value;
  if (typeof first !== 'string') return null;
  const t = first.toLowerCase().replace(/[_-]+/g, ' ').trim();
  for (const [re, type] of EMPLOYMENT) if (re.test(t)) return type;
  return null;
};

let currencies: Set<string> | undefined;
/** ISO 4217 code when recognised (Intl's list), else null: an unknown currency stays unknown. */
export const currencyOf = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    const bySymbol: Record<string, string> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', US$: 'USD', C$: 'CAD', A$: 'AUD' };
    return bySymbol[value.trim()] ?? null;
  }
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code) ? code : null;
};

/** "HOUR", "per-hour-wage", "yearly", "annual", "MONTH" → our period. */
export const salaryPeriodOf = (value: unknown): SalaryPeriod | null => {
  if (typeof value !== 'string') return null;
  const t = value.toLowerCase();
  if (/hour|hourly|\bhr\b/.test(t)) return 'hour';
  if (/day|daily/.test(t)) return 'day';
  if (/week/.test(t)) return 'week';
  if (/month/.test(t)) return 'month';
  if (/year|annual|annum|yearly|\byr\b/.test(t)) return 'year';
  return null;
};

/** A number from a number or a numeric string ("120,000", "45.50"); undefined otherwise. */
export const amountOf = (value: unknown): number | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string') {
    const cleaned = value.replace(/[\s,_]/g, '');
    if (/^\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  }
  return undefined;
};

/** When a period is not stated, guess it from the amount: ≥ 10,000 a year, ≤ 500 an hour. */
export const guessPeriod = (amount: number | null): SalaryPeriod | null =>
  amount === null ? null : amount >= 10_000 ? 'year' : amount <= 500 ? 'hour' : null;

const CURRENCY_SYMBOLS = '€£¥₹$';
/**
 * A pay range written in text: "$120,000 – $150,000 per year", "€55k-65k", "USD 40-50/hour",
 * "£30,000 a year". Only a range or an amount next to a currency is taken. "$" alone stays
 * unknown (it may be USD, CAD, AUD…) unless written "US$" or "USD".
 */
export const salaryFromText = (text: string): Salary | null => {
  const num = String.raw`\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?`;
  const cur = String.raw`(?:US\$|C\$|A\$|[${CURRENCY_SYMBOLS}]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|INR|JPY|SEK|NOK|DKK|PLN|NZD|SGD)\b)`;
  const re = new RegExp(
    String.raw`(${cur})\s?(${num})\s?(k|K)?(?:\s?(?:-|–|—|to)\s?(?:${cur})?\s?(${num})\s?(k|K)?)?(?:\s?(${cur}))?` +
      String.raw`(?:\s?(?:per|an|a|/)\s?(hour|hr|day|week|month|year|yr|annum))?`,
  );
  const m = re.exec(text);
  // a lone amount ("$5M in funding") is not pay: a range or a stated period is needed
  if (!m || (!m[4] && !m[7])) return null;
  const toNum = (s: string | undefined, k: string | undefined): number | null => {
    if (!s) return null;
    const grouped = /^\d{1,3}(?:[,.\s]\d{3})+$/.test(s) ? s.replace(/[,.\s]/g, '') : s;
    const n = Number(grouped);
    return Number.isFinite(n) ? (k ? n * 1000 : n) : null;
  };
  const min = toNum(m[2], m[3]);
  const max = toNum(m[4], m[5]) ?? min;
  if (min === null || (min < 1 && max !== null && max < 1)) return null;
  const rawCurrency = m[1] ?? m[6];
  const currency = rawCurrency === '$' ? null : currencyOf(rawCurrency);
  const period = salaryPeriodOf(m[7]) ?? guessPeriod(max);
  return { min, max, currency, period, raw: m[0].trim() };
};
