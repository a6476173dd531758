/**
 * Word tokens of the read model. The same function tokenizes posting text (stored in `words`) and
 * the `q` of a search, so both sides agree: lowercase, diacritics folded (NFKD without marks),
 * split on anything that is not a letter or digit (a trailing `+` or `#` stays: `c++`, `c#`),
 * numbers alone and stopwords dropped, tokens capped in length, duplicates dropped in first-seen order.
 */
export const MAX_WORD_LENGTH = 40;
export const MAX_WORDS_PER_POSTING = 600;

const STOPWORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves etc per via'
  ).split(' '),
);

export const isStopword = (word: string): boolean => STOPWORDS.has(word);

// eslint-disable-next-line no-control-regex
const NON_ASCII_RUN_RE = /[^\u0000-\u007f]+/g;
const MARKS_RE = /\p{M}+/gu;

/**
 * Lowercase with diacritics and compatibility forms folded (NFKD without marks). NFKD only decomposes, and
 * ASCII is left as it is, so only the non-ASCII runs of the text are decomposed (most postings are
 * nearly all ASCII).
 */
const foldCase = (text: string): string => text.replace(NON_ASCII_RUN_RE, (run) => run.normalize('NFKD').replace(MARKS_RE, '')).toLowerCase();

/** Lowercase, fold diacritics, collapse whitespace, trim. */
export const normalizeText = (text: string): string => foldCase(text).replace(/\s+/g, ' ').trim();

const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;
const NUMBER_RE = /^\p{N}$/u;

/** Length (1 or 2 UTF-16 units) of the letter or number at `i`, or 0 when there is none. */
const tokenCharAt = (text: string, i: number): { length: number; digit: boolean } | null => {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return LETTER;
  if (c >= 48 && c <= 57) return DIGIT;
  if (c < 128) return null;
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  if (!LETTER_OR_NUMBER_RE.test(ch)) return null;
  return { length: ch.length, digit: NUMBER_RE.test(ch) };
};
const LETTER = { length: 1, digit: false };
const DIGIT = { length: 1, digit: true };

/**
 * Normalized, deduplicated word tokens of `text`, at most `max`: runs of letters and numbers (Unicode),
 * with a trailing `+`/`#` run kept. One pass over the normalized text (a regex `matchAll` over a posting
 * was a third of the projection's CPU).
 */
export const wordsOf = (text: string, max = MAX_WORDS_PER_POSTING): string[] => {
  const seen = new Set<string>();
  const t = foldCase(text); // normalizeText without the whitespace collapse, which no token sees
  let i = 0;
  while (i < t.length && seen.size < max) {
    let ch = tokenCharAt(t, i);
    if (!ch) {
      i++;
      continue;
    }
    const start = i;
    let digitsOnly = true;
    while (ch) {
      digitsOnly &&= ch.digit;
      i += ch.length;
      ch = i < t.length ? tokenCharAt(t, i) : null;
    }
    while (i < t.length && (t.charCodeAt(i) === 43 || t.charCodeAt(i) === 35)) i++; // + #
    const token = t.slice(start, i);
    if (token.length > MAX_WORD_LENGTH || digitsOnly || STOPWORDS.has(token)) continue;
    seen.add(token);
  }
  return [...seen];
};

const TERM_CACHE_SIZE = 20_000;
const termCache = new Map<string, string>();

/**
 * A skill id, name or alias as it is stored in `skillTerms` and looked up from `skills=`. Every enriched
 * posting carries the same few thousand taxonomy terms, so normalized terms are remembered (up to
 * TERM_CACHE_SIZE, then the memory starts over).
 */
export const normalizeTerm = (term: string): string => {
  let normalized = termCache.get(term);
  if (normalized === undefined) {
    if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
    normalized = normalizeText(term);
    termCache.set(term, normalized);
  }
  return normalized;
};
