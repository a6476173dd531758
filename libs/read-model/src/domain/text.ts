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
const NON_ASCII_RE = /[^\u0000-\u007f]/;

/** Lowercase, fold diacritics, collapse whitespace, trim. */
export const normalizeText = (text: string): string =>
  // ASCII text has no diacritics or compatibility forms: NFKD and mark removal would not change it
  (NON_ASCII_RE.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text).toLowerCase().replace(/\s+/g, ' ').trim();

const TOKEN_RE = /[\p{L}\p{N}]+[+#]*/gu;
const DIGITS_RE = /^[\p{N}]+[+#]*$/u;

/** Normalized, deduplicated word tokens of `text`, at most `max`. */
export const wordsOf = (text: string, max = MAX_WORDS_PER_POSTING): string[] => {
  const seen = new Set<string>();
  for (const match of normalizeText(text).matchAll(TOKEN_RE)) {
    const token = match[0];
    if (token.length > MAX_WORD_LENGTH || DIGITS_RE.test(token) || STOPWORDS.has(token)) continue;
    seen.add(token);
    if (seen.size >= max) break;
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
