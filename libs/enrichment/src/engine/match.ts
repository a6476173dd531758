import {
  addWords,
  caseSurfacesOf,
  childSlot,
  cueGroupSlot,
  DEFAULT_NEGATIVES,
  type CompiledTaxonomy,
  NODE_FIRST_SHIFT as NODE_FIRST_SHIFT_EXPORT,
  NODE_HAS_NEXT as NODE_HAS_NEXT_EXPORT,
  NODE_HAS_OUT as NODE_HAS_OUT_EXPORT,
  NODE_MULTI_OUT as NODE_MULTI_OUT_EXPORT,
  NODE_SIMPLE as NODE_SIMPLE_EXPORT,
  PAT_ACRONYM as PAT_ACRONYM_EXPORT,
  PAT_ACRONYM3 as PAT_ACRONYM3_EXPORT,
  PAT_CASE_SENSITIVE as PAT_CASE_SENSITIVE_EXPORT,
  PAT_SINGULAR as PAT_SINGULAR_EXPORT,
  ROOT_STRIDE as ROOT_STRIDE_EXPORT,
  skillAt,
} from './compile';
import { BULLET_START, ITEM_PREFIX, ITEM_START } from './bullets';
import type { LineInfo } from './context';
import { VERB_NOT_AFTER, VERB_OBJECT_DETERMINERS, VERB_OBJECT_ENDS, verbNouns } from './verb-phrases';
import { digestOf } from './packed-tables';
import { GAP_HARD as GAP_HARD_EXPORT, GAP_SOFT as GAP_SOFT_EXPORT, isSpace, isWordCode, stemId, tokenize, TokenBuffer } from './tokenize';

// a local copy: imported bindings are property reads through getters once compiled to CommonJS
const GAP_HARD = GAP_HARD_EXPORT;
const GAP_SOFT = GAP_SOFT_EXPORT;
const NODE_HAS_OUT = NODE_HAS_OUT_EXPORT;
const NODE_HAS_NEXT = NODE_HAS_NEXT_EXPORT;
const NODE_MULTI_OUT = NODE_MULTI_OUT_EXPORT;
const NODE_SIMPLE = NODE_SIMPLE_EXPORT;
const NODE_FIRST_SHIFT = NODE_FIRST_SHIFT_EXPORT;
const PAT_ACRONYM = PAT_ACRONYM_EXPORT;
const PAT_ACRONYM3 = PAT_ACRONYM3_EXPORT;
const PAT_CASE_SENSITIVE = PAT_CASE_SENSITIVE_EXPORT;
const PAT_SINGULAR = PAT_SINGULAR_EXPORT;
const ROOT_STRIDE = ROOT_STRIDE_EXPORT;

/** A surface match of one skill form, before context rules. */
export interface RawMention {
  skill: number;
  pattern: number;
  /** First and last token (inclusive). */
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  ambiguous: boolean;
  /** Why an ambiguous form was accepted (for --explain). */
  support: string | undefined;
  /** How strong that support is: 4 unambiguous, 3 cue word, 2 introducing phrase, 1 list neighbour. */
  strength: number | undefined;
}

/**
 * A mention with all its fields, `support` and `strength` included though set later: every mention then has
 * one hidden class, so setting them does not change an object's shape (and the code reading mentions stays
 * monomorphic).
 */
const rawMention = (skill: number, pattern: number, tokStart: number, tokEnd: number, start: number, end: number, ambiguous: boolean): RawMention => ({
  skill,
  pattern,
  tokStart,
  tokEnd,
  start,
  end,
  ambiguous,
  support: undefined,
  strength: undefined,
});

/** Engine words looked up in the token stream (cue words around ambiguous forms, job titles ...). */
const INTRO_BEFORE_WITH = ['tool', 'tools', 'software', 'understanding', 'grasp', 'command', 'experience', 'experienced', 'proficient', 'proficiency', 'expertise', 'expert', 'familiarity', 'familiar', 'skills', 'skilled', 'fluent', 'fluency', 'written', 'programming', 'coding', 'comfortable', 'comfort', 'work', 'working', 'develop', 'developing', 'knowledge', 'background', 'exposure', 'build', 'building', 'code', 'scripting', 'strong', 'solid'];
const INTRO_LINK = ['with', 'in', 'using', 'of', 'on', 'like', 'running', 'operating', 'writing', 'building', 'maintaining', 'administering', 'deploying', 'managing', 'configuring'];
const INTRO_AFTER = ['experience', 'skills', 'basics', 'fundamentals', 'concepts', 'principles', 'workflows', 'programming', 'developer', 'developers', 'development', 'code', 'codebase', 'scripting', 'expertise', 'knowledge', 'proficiency', 'services', 'apps', 'applications', 'framework', 'library', 'sdk', 'api', 'stack'];
/** Proficiency words right before a form ("Strong Ruby", "expert-level Rust"). */
const QUALIFIERS = ['proficient', 'expert', 'advanced', 'fluent', 'strong', 'solid', 'excellent', 'deep', 'modern', 'idiomatic', 'production'];
export const TITLE_NOUNS = ['staff', 'engineer', 'engineers', 'developer', 'developers', 'programmer', 'analyst', 'analysts', 'administrator', 'architect', 'manager', 'teacher', 'nurse', 'operator', 'specialist', 'designer', 'scientist', 'accountant', 'electrician', 'technician', 'lead', 'intern', 'generalist', 'associate', 'consultant', 'dev', 'officer', 'coordinator', 'representative', 'director', 'assistant', 'clerk', 'instructor', 'tutor', 'agent', 'recruiter', 'team', 'teams', 'squad', 'department', 'departments', 'division', 'divisions', 'org', 'organization', 'organizations', 'organisation', 'organisations', 'group', 'groups', 'colleagues', 'counterparts'];
const PLACE_NOUNS = ['island', 'islands', 'sea', 'street', 'avenue', 'river', 'lake', 'county', 'coffee', 'beans'];
const CERT_NOUNS = ['certification', 'certifications', 'certificate', 'certificates', 'certified', 'license', 'licence', 'licensed', 'credential', 'credentials', 'card', 'degree', 'diploma', 'designation', 'designations'];

/** The classes of a skill (bits of `Matcher.skillClass`). */
const SKILL_TOOL = 1;
const SKILL_SPOKEN = 2;
const SKILL_LISTED_SOFT = 4;
const SKILL_NON_TECH = 8;
const SKILL_HEALTH = 16;
const SKILL_DEPARTMENT = 32;
/** A technical skill: no non-tech field, soft skill, spoken language, office or other skill. */
const SKILL_TECH = 64;
/** A soft skill ("communication", "collaboration"). */
const SKILL_SOFT = 128;
const hasClass = (m: Matcher, skill: number, bit: number): boolean => (m.skillClass[skill] & bit) !== 0;
/** Whether a skill is technical: of no non-tech field, and no soft skill, spoken language, office or other skill. */
export const isTechSkill = (m: Matcher, skill: number): boolean => hasClass(m, skill, SKILL_TECH);
/**
 * Whether an ambiguous acronym (`acronym`) listed with `other` belongs to another field than its skill's: one is a
 * technical skill and the other not, or the acronym names a product and the other a law or standard.
 */
function acronymOfOtherField(m: Matcher, compiled: CompiledTaxonomy, acronym: number, other: number): boolean {
  if (isTechSkill(m, acronym) !== isTechSkill(m, other)) return true;
  return isToolSkill(m, acronym) && skillAt(compiled, other).def.category === 'standard';
}
/** Whether a skill is of a field outside technology (health care, finance, logistics, trades, sales...). */
export const isNonTechSkill = (m: Matcher, skill: number): boolean => hasClass(m, skill, SKILL_NON_TECH);
/** Marks of `Matcher.mentionStart`: a mention starts at the token; a mention of a tool or product ends there. */
export const MENTION_STARTS = 1;
export const TOOL_MENTION_ENDS = 2;
/** ... a word after the first of a mention of several words is at the token ("Agent" of "Open Policy Agent"). */
export const IN_MENTION = 4;
/** Whether a skill is a tool or product (a language, framework, data store, platform ...). */
export const isToolSkill = (m: Matcher, skill: number): boolean => hasClass(m, skill, SKILL_TOOL);

/** Categories naming a concrete tool/language/product: kept even when followed by a job noun ("Salesforce Administrator"). */
const TOOL_CATEGORIES = new Set(['programming-language', 'framework', 'library', 'data-store', 'cloud', 'tool', 'platform']);

/** Trigger bits: words near which the engine runs its (otherwise costly) phrase patterns. */
export const TRIG_YEARS = 1;
export const TRIG_OPTIONAL = 2;
export const TRIG_EXCLUDED = 4;
export const TRIG_EDUCATION = 8;
export const TRIG_SENIORITY = 16;
export const TRIG_BENEFITS = 32;
/** "No experience with X? No problem", "you won't have direct reports": the forward not-needed cues only (frequent words, kept from the other cues' windows). */
export const TRIG_DENIED = 64;
/** Phrases after which a mention is no skill of the job: "pass a drug screen", "an organization spanning data science". */
export const TRIG_NOT_THE_JOB = 128;
const TRIGGERS: [number, string[]][] = [
  [TRIG_NOT_THE_JOB, ['pass', 'passing', 'clear', 'across', 'spanning', 'spans', 'covering', 'covers', 'provide', 'provides', 'offer', 'offers', 'pay', 'pays', 'cover', 'sponsor', 'sponsors']],
  [TRIG_YEARS, ['years', 'year', 'yrs', 'yr', 'months', 'month']],
  [TRIG_OPTIONAL, ['ideally', 'preferably', 'optionally', 'optional', 'bonus', 'nice', 'good', 'plus', 'pluses', 'preferred', 'prefer', 'would', 'extra', 'love', 'advantage', 'asset', 'desirable', 'desired', 'beneficial', 'helpful', 'useful', 'welcome']],
  [TRIG_DENIED, ['no', 'won', 'don', 'wouldn']],
  [TRIG_EXCLUDED, ['hiring', 'recruiting', 'handle', 'takes', 'need', 'teach', 'train', 'trained', 'training', 'learn', 'own', 'required', 'necessary', 'needed', 'requirement', 'provided', 'link', 'links', 'apply', 'expected', 'cover', 'show', 'pick']],
  [TRIG_EDUCATION, ['degree', 'bachelor', 'bachelors', 'master', 'masters', 'bs', 'bsc', 'ms', 'msc', 'ba', 'phd', 'diploma', 'major', 'majoring', 'enrolled', 'studying', 'graduate', 'student', 'students', 'gcse', 'gcses', 'coursework']],
  [TRIG_BENEFITS, ['benefits', 'offer', 'perks', 'perk', 'compensation', 'salary', 'pay']],
  [TRIG_SENIORITY, ['fine', 'problem', 'worry', 'looking', 'hiring', 'seeking', 'need', 'internship', 'op', 'coop', 'entry', 'grad', 'graduates', 'graduate', 'senior', 'sr', 'staff', 'lead', 'principal', 'manager', 'prior', 'necessary', 'needed', 'required', 'yet']],
];

export interface Matcher {
  compiled: CompiledTaxonomy;
  buf: TokenBuffer;
  /** Trigger bits by vocabulary id. */
  trig: Uint8Array;
  /** Tokens carrying a trigger bit in the last tokenized text. */
  trigTok: Int32Array;
  trigCount: number;
  /**
   * Per vocabulary id: a signature of the cue lists it is the first word of (bit `listIndex % 32` of each),
   * a filter before the skill's cue group lookup: `(cueSig[id] & skillCueBit[skill]) === 0` means no cue of the
   * skill starts with the word.
   */
  cueSig: Int32Array;
  /** Per skill: the bit of its cue list in `cueSig`, 0 when it has no cues. */
  skillCueBit: Int32Array;
  /** Per vocabulary id: 1 when it is a negative cue of some skill, 2 when it is also a generic one (DEFAULT_NEGATIVES). */
  negativeAny: Uint8Array;
  /** Per skill: the classes it belongs to (SKILL_* bits), for checks without a Set lookup. */
  skillClass: Uint8Array;
  /** Per vocabulary id: the word lists of `w` it belongs to (WORD_* bits), for checks without a Set lookup. */
  wordClass: Uint16Array;
  /** Per vocabulary id: 1 + the index in `verbNouns` of the verb it is a form of, 0 for other words. */
  verbOf: Int32Array;
  /**
   * Per vocabulary id, filled on first use (gerundIdOf): 1 + the id of the word's "-ing" form when that form starts a
   * taxonomy pattern ("secure" -> "securing", of "securing loads"), -1 when it has none, 0 before it is looked up. The
   * base form before its object names the same skill ("Secure loads with chains").
   */
  gerundOf: Int32Array;
  /** Per verb of the verb-phrase table: the vocabulary ids of the nouns naming its action ("pick": "picking"). */
  verbNouns: number[][];
  /** Per pattern: 1 for a three-letter acronym (a currency code look-alike: "CAD 120,000"). */
  patAcronym3: Uint8Array;
  /** Scratch flags per mention for resolveAmbiguous (grown on demand). */
  mentionFlags: Uint8Array;
  /** Per token of the last text: MENTION_STARTS, TOOL_MENTION_ENDS, IN_MENTION marks (set and cleared by collectSkills). */
  mentionStart: Uint8Array;
  w: {
    introBeforeWith: Set<number>;
    introLink: Set<number>;
    introAfter: Set<number>;
    titleNouns: Set<number>;
    certNouns: Set<number>;
    placeNouns: Set<number>;
    a: number;
    an: number;
    and: number;
    or: number;
    of: number;
    certified: number;
    staff: number;
    skills: number;
    no: number;
    without: number;
    than: number;
    for: number;
    connectors: Set<number>;
    qualifiers: Set<number>;
  };
}

/** The word between a product and the language or platform it is for ("SDK for JavaScript": withEmbeddedNames). */
const EMBEDDED_NAME_LINK = ['for'];

/** The words the matcher itself looks for in texts (cues, job nouns, triggers): vocabulary of every taxonomy. */
export function engineWords(): string[] {
  const triggerWords = TRIGGERS.flatMap(([, ws]) => ws);
  const verbWords = verbNouns().flatMap((v) => [...v.forms, ...v.nouns]);
  return [...EMBEDDED_NAME_LINK, ...DEFAULT_NEGATIVES, ...INTRO_BEFORE_WITH, ...INTRO_LINK, ...INTRO_AFTER, ...TITLE_NOUNS, ...CERT_NOUNS, ...PLACE_NOUNS, ...CONNECTOR_WORDS, ...QUALIFIERS, ...NEGATORS, ...SHARED_HEADS, ...triggerWords, ...verbWords, ...VERB_NOT_AFTER, ...VERB_OBJECT_DETERMINERS, ...VERB_OBJECT_ENDS, ...PEOPLE_NOUNS];
}

/** `Matcher.w` as `MatcherTables` holds it: its sets as arrays (in their order). */
export type MatcherWords = { [K in keyof Matcher['w']]: Matcher['w'][K] extends Set<number> ? number[] : number };

/**
 * What `createMatcher` derives from a compiled taxonomy and the engine's word lists: the tables by vocabulary id, skill
 * and pattern, and the ids of the words it looks for. The built-in taxonomy ships them precomputed (a 29,000-skill
 * taxonomy took a fifth of its load time to derive them), made with the constants `matcherDigest` covers.
 */
export type MatcherTables = Pick<Matcher, MatcherTableName | 'verbNouns'> & {
  words: MatcherWords;
  /** `matcherDigest()` of the engine that made them. */
  digest: string;
};

/** The typed arrays of `MatcherTables`, by name, with their kind (the built-in taxonomy ships them in its binary file). */
export const MATCHER_TABLE_KINDS = {
  trig: Uint8Array,
  cueSig: Int32Array,
  skillCueBit: Int32Array,
  negativeAny: Uint8Array,
  skillClass: Uint8Array,
  wordClass: Uint16Array,
  verbOf: Int32Array,
  patAcronym3: Uint8Array,
} as const;
export type MatcherTableName = keyof typeof MATCHER_TABLE_KINDS;

/**
 * A digest of every constant `matcherTablesOf` reads besides the taxonomy (word lists, categories and skill sets, and
 * the bits it sets): precomputed tables are used only while it is unchanged, so editing a list takes effect at once.
 */
export function matcherDigest(): string {
  return digestOf([
    engineWords(),
    TRIGGERS,
    DEFAULT_NEGATIVES,
    [...TOOL_CATEGORIES],
    [...LISTED_SOFT_SKILLS],
    [...NON_TECH_CATEGORIES],
    [...DEPARTMENT_SKILLS],
    PROGRAM_LIKE_NOUNS,
    [SKILL_TOOL, SKILL_SPOKEN, SKILL_LISTED_SOFT, SKILL_NON_TECH, SKILL_HEALTH, SKILL_DEPARTMENT, SKILL_TECH, SKILL_SOFT],
    [WORD_TITLE_NOUN, WORD_SHARED_HEAD, WORD_CERT_NOUN, WORD_PLACE_NOUN, WORD_CONNECTOR, WORD_QUALIFIER, WORD_INTRO_LINK, WORD_INTRO_BEFORE_WITH, WORD_INTRO_AFTER],
    [WORD_DETERMINER, WORD_OBJECT_END, WORD_VERB_NOT_AFTER, WORD_PEOPLE, WORD_PROGRAM_LIKE, WORD_ARTICLE, PAT_ACRONYM3],
  ]);
}

/** Derives the matcher's tables (adding the engine's words to the vocabulary when some are missing). */
export function matcherTablesOf(compiled: CompiledTaxonomy): MatcherTables {
  // (already in the vocabulary of a precompiled taxonomy: then nothing is added)
  const ids = addWords(compiled, engineWords());
  const list = (ws: string[]): number[] => ws.map((x) => ids.get(x)).filter((x): x is number => x !== undefined);
  const trig = new Uint8Array(compiled.vocabSize);
  for (const [bit, ws] of TRIGGERS) for (const x of ws) {
    const id = ids.get(x);
    if (id !== undefined) trig[id] |= bit;
  }
  const cueSig = new Int32Array(compiled.vocabSize);
  const skillCueBit = new Int32Array(compiled.skillCount);
  const { cueInts, cueListStart, cueListSize } = compiled;
  const negativeAny = new Uint8Array(compiled.vocabSize);
  const skillClass = new Uint8Array(compiled.skillCount);
  for (let i = 0; i < compiled.skillCount; i++) {
    const k = skillAt(compiled, i);
    const { id, category } = k.def;
    skillClass[i] =
      (TOOL_CATEGORIES.has(category) ? SKILL_TOOL : 0) |
      (category === 'spoken-language' ? SKILL_SPOKEN : 0) |
      (LISTED_SOFT_SKILLS.has(id) ? SKILL_LISTED_SOFT : 0) |
      (NON_TECH_CATEGORIES.has(category) ? SKILL_NON_TECH : 0) |
      (category === 'healthcare' ? SKILL_HEALTH : 0) |
      (DEPARTMENT_SKILLS.has(id) ? SKILL_DEPARTMENT : 0) |
      (!NON_TECH_CATEGORIES.has(category) && category !== 'soft-skill' && category !== 'spoken-language' && category !== 'office' && category !== 'other' ? SKILL_TECH : 0) |
      (category === 'soft-skill' ? SKILL_SOFT : 0);
    if (k.cueList >= 0 && cueListSize[k.cueList] > 0) skillCueBit[i] = 1 << (k.cueList & 31);
    for (const id of k.negatives) negativeAny[id] = 1;
  }
  // the generic negatives of every ambiguous skill ("Spring hiring event") veto only right next to the form: two
  // words away they are often its context ("Avalara for sales tax")
  for (const x of DEFAULT_NEGATIVES) {
    const id = ids.get(x);
    if (id !== undefined && negativeAny[id] === 1) negativeAny[id] = 2;
  }
  // the first word of every cue of a list sets the list's bit on the word
  for (let list = 0; list < cueListSize.length; list++) {
    const bit = 1 << (list & 31);
    for (let at = cueListStart[list] + 1, n = cueListSize[list]; n > 0; n--, at += 1 + cueInts[at]) cueSig[cueInts[at + 1]] |= bit;
  }
  const wordClass = new Uint16Array(compiled.vocabSize);
  const mark = (ws: string[], bit: number): void => {
    for (const x of ws) {
      const id = ids.get(x);
      if (id !== undefined) wordClass[id] |= bit;
    }
  };
  mark(TITLE_NOUNS, WORD_TITLE_NOUN);
  mark(SHARED_HEADS, WORD_SHARED_HEAD);
  mark(CERT_NOUNS, WORD_CERT_NOUN);
  mark(PLACE_NOUNS, WORD_PLACE_NOUN);
  mark(CONNECTOR_WORDS, WORD_CONNECTOR);
  mark(QUALIFIERS, WORD_QUALIFIER);
  mark(INTRO_LINK, WORD_INTRO_LINK);
  mark(INTRO_BEFORE_WITH, WORD_INTRO_BEFORE_WITH);
  mark(INTRO_AFTER, WORD_INTRO_AFTER);
  mark(VERB_OBJECT_DETERMINERS, WORD_DETERMINER);
  mark(VERB_OBJECT_ENDS, WORD_OBJECT_END);
  mark(VERB_NOT_AFTER, WORD_VERB_NOT_AFTER);
  mark(PEOPLE_NOUNS, WORD_PEOPLE);
  mark(PROGRAM_LIKE_NOUNS, WORD_PROGRAM_LIKE);
  mark(['a', 'an', 'the'], WORD_ARTICLE);
  const verbOf = new Int32Array(compiled.vocabSize);
  const verbNounIds = verbNouns().map((v, i) => {
    for (const f of v.forms) {
      const id = ids.get(f);
      if (id !== undefined && verbOf[id] === 0) verbOf[id] = i + 1;
    }
    return v.nouns.map((x) => ids.get(x)).filter((x): x is number => x !== undefined);
  });
  const patAcronym3 = new Uint8Array(compiled.patternCount);
  for (let p = 0; p < compiled.patternCount; p++) patAcronym3[p] = (compiled.patCase[p] & PAT_ACRONYM3) !== 0 ? 1 : 0;
  return {
    trig,
    cueSig,
    skillCueBit,
    negativeAny,
    skillClass,
    wordClass,
    verbOf,
    patAcronym3,
    verbNouns: verbNounIds,
    words: {
      introBeforeWith: list(INTRO_BEFORE_WITH),
      introLink: list(INTRO_LINK),
      introAfter: list(INTRO_AFTER),
      titleNouns: list(TITLE_NOUNS),
      certNouns: list(CERT_NOUNS),
      placeNouns: list(PLACE_NOUNS),
      connectors: list(CONNECTOR_WORDS),
      qualifiers: list(QUALIFIERS),
      a: ids.get('a') ?? -2,
      an: ids.get('an') ?? -2,
      and: ids.get('and') ?? -2,
      or: ids.get('or') ?? -2,
      of: ids.get('of') ?? -2,
      certified: ids.get('certified') ?? -2,
      staff: ids.get('staff') ?? -2,
      skills: ids.get('skills') ?? -2,
      no: ids.get('no') ?? -2,
      without: ids.get('without') ?? -2,
      than: ids.get('than') ?? -2,
      for: ids.get('for') ?? -2,
    },
    digest: matcherDigest(),
  };
}

/**
 * The matcher of a compiled taxonomy: with the tables `matcherTablesOf` made of it beforehand when they were made with
 * this engine's constants (the built-in taxonomy's), else derived here.
 */
export function createMatcher(compiled: CompiledTaxonomy, precomputed?: MatcherTables): Matcher {
  const { words, digest: _digest, ...tables } = precomputed !== undefined && precomputed.digest === matcherDigest() ? precomputed : matcherTablesOf(compiled);
  // (the word lists as sets, the single words' ids as they are)
  const w = Object.fromEntries(Object.entries(words).map(([k, v]) => [k, Array.isArray(v) ? new Set(v) : v])) as Matcher['w'];
  return {
    compiled,
    buf: new TokenBuffer(),
    ...tables,
    gerundOf: new Int32Array(compiled.vocabSize),
    trigTok: new Int32Array(256),
    trigCount: 0,
    mentionFlags: new Uint8Array(256),
    mentionStart: new Uint8Array(1024),
    w,
  };
}

/** Tokenizes and assigns vocabulary ids (hash lookup, verified char by char, no allocation). */
export function tokenizeAndLookup(m: Matcher, text: string): void {
  const { buf, compiled } = m;
  tokenize(text, buf, compiled.vocabTable);
  m.trigCount = 0;
  const trig = m.trig;
  const ids = buf.id;
  for (let t = 0; t < buf.count; t++) {
    const id = ids[t];
    if (id >= 0 && trig[id] !== 0) {
      if (m.trigCount === m.trigTok.length) {
        const bigger = new Int32Array(m.trigTok.length * 2);
        bigger.set(m.trigTok);
        m.trigTok = bigger;
      }
      m.trigTok[m.trigCount++] = t;
    }
  }
}

/** Merged char windows [a, b) around the trigger tokens of some bits. */
export function triggerWindows(m: Matcher, text: string, bits: number, before: number, after: number): [number, number][] {
  const out: [number, number][] = [];
  const { buf, compiled } = m;
  for (let k = 0; k < m.trigCount; k++) {
    const t = m.trigTok[k];
    if ((m.trig[buf.id[t]] & bits) === 0) continue;
    let a = Math.max(0, buf.start[t] - before);
    // start on a word boundary: after the last space or newline at or before `a` (one backward scan, which
    // stops at the nearer of the two; two lastIndexOf calls would each run to their own, often far, match)
    if (a > 0) {
      while (a >= 0) {
        const c = text.charCodeAt(a);
        if (c === 32 || c === 10) break;
        a--;
      }
      a++;
    }
    const b = Math.min(text.length, buf.end[t] + after);
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  void compiled;
  return out;
}

/** Runs a global regex over windows only; yields absolute match positions (deduplicated). */
export function execInWindows(text: string, re: RegExp, windows: [number, number][], onMatch: (m: RegExpExecArray, offset: number) => void): void {
  let lastEnd = -1;
  for (const [a, b] of windows) {
    const slice = text.slice(a, b);
    re.lastIndex = 0;
    for (let x = re.exec(slice); x; x = re.exec(slice)) {
      if (x[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (a + x.index < lastEnd) continue;
      lastEnd = a + x.index + x[0].length;
      onMatch(x, a);
    }
  }
}

/** The case check of a form: each of its surface tokens that is not all lower case must appear as written. */
function caseMatches(text: string, buf: TokenBuffer, t0: number, caseSurfaces: (string | null)[] | undefined): boolean {
  if (caseSurfaces === undefined) return true; // not a case-checked pattern: no capitals to check
  for (let k = 0; k < caseSurfaces.length; k++) {
    const s = caseSurfaces[k];
    if (s === null) continue; // an all-lower-case form ("security") matches any case
    const a = buf.start[t0 + k];
    const b = buf.end[t0 + k];
    const len = b - a;
    // exact, or the form plus a plural "s"
    if (len !== s.length && !(len === s.length + 1 && text.charCodeAt(b - 1) === 115)) return false;
    for (let i = 0; i < s.length; i++) if (text.charCodeAt(a + i) !== s.charCodeAt(i)) return false;
  }
  return true;
}

/** "Canvas" is not Canva: a form that takes no plural, matched by a word whose plural "s" the stem dropped. */
function pluralRefused(buf: TokenBuffer, t: number, c: CompiledTaxonomy, p: number): boolean {
  if ((c.patCase[p] & PAT_SINGULAR) === 0) return false;
  const last = t + c.patLength[p] - 1;
  return buf.stemLen[last] !== buf.end[last] - buf.start[last];
}

/** "at rest" is not REST: a short all-capitals form must not be matched by an all-lowercase word. */
function lowercaseAcronym(text: string, buf: TokenBuffer, t: number, c: CompiledTaxonomy, p: number): boolean {
  const f = c.patCase[p];
  if ((f & PAT_CASE_SENSITIVE) !== 0) return !caseMatches(text, buf, t, caseSurfacesOf(c, p));
  if ((f & PAT_ACRONYM) === 0) return false;
  // "RDs" (registered dietitians) is not RDS: capitals then a lower-case "s" that the stem kept
  const last = buf.end[t] - 1;
  if (text.charCodeAt(last) === 115 && buf.stemLen[t] === last + 1 - buf.start[t] && last - buf.start[t] >= 2) return true;
  // a short acronym needs two capitals or digits ("ADD", "Db2"; not the "Add" that starts a sentence), a longer one one capital
  const len = buf.end[t] - buf.start[t];
  let upper = 0;
  for (let i = buf.start[t]; i < buf.end[t]; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) upper++;
  }
  // a plural is written on the acronym in capitals ("APIs", "SDKs"): "Leeds" is no plural of LEED
  if (buf.stemLen[t] < len && upper < buf.stemLen[t]) return true;
  return len <= 3 && len > 1 ? upper < 2 : upper === 0;
}

const ENDS = new Int32Array(64);
const END_NODES = new Int32Array(64);
const END_FLAGS = new Int32Array(64);

/** Leftmost-longest trie walk over the token ids: linear in the number of tokens (patterns are short). */
export function findMentions(m: Matcher, text: string): RawMention[] {
  const { buf, compiled } = m;
  const { root, edges, nodeOutStart, nodeOutList, patAmbiguous, patSkill } = compiled;
  const out: RawMention[] = [];
  const n = buf.count;
  const gap = buf.gap;
  const ids = buf.id;
  const ends = ENDS;
  const endNodes = END_NODES;
  const endFlags = END_FLAGS;
  let t = 0;
  while (t < n) {
    const id0 = ids[t];
    const node0 = id0 >= 0 ? root[ROOT_STRIDE * id0] : 0;
    if (node0 === 0) {
      t++;
      continue;
    }
    // collect the ends where some pattern finishes, longest last
    let node = node0;
    let flags = root[ROOT_STRIDE * id0 + 1];
    /** Ids that may follow (bit `id % 32`): the root node's children, then any. */
    let next = root[ROOT_STRIDE * id0 + 2];
    let nEnds = 0;
    if ((flags & NODE_HAS_OUT) !== 0) {
      ends[0] = t;
      endNodes[0] = node;
      endFlags[0] = flags;
      nEnds = 1;
    }
    for (let u = t + 1; u < n && nEnds < 64; u++) {
      if (gap[u] === GAP_HARD) break;
      const id = ids[u];
      if (id < 0 || (flags & NODE_HAS_NEXT) === 0 || (next & (1 << (id & 31))) === 0) break;
      const b = childSlot(compiled, node, id);
      if (b < 0) break;
      node = edges[b + 2];
      flags = edges[b + 3];
      next = -1;
      if ((flags & NODE_HAS_OUT) !== 0) {
        ends[nEnds] = u;
        endNodes[nEnds] = node;
        endFlags[nEnds] = flags;
        nEnds++;
      }
    }
    if (nEnds === 0) {
      t++;
      continue;
    }
    let advanced = false;
    if (ends[nEnds - 1] > t) {
      // "relational data modeling": a longer match starting inside this one wins over it; a shorter match
      // here that ends before it still counts ("Kafka consumer groups": Kafka, then consumer groups)
      const inner = longerInside(m, text, t, ends[nEnds - 1]);
      if (inner >= 0) {
        // ... unless the longer one here names the same skill as the one inside ("ARM Cortex" / "Cortex-M4")
        const longest = endNodes[nEnds - 1];
        const sameSkill = patSkill[nodeOutList[nodeOutStart[longest]]] === INNER_SKILL[0];
        while (nEnds > 0 && (sameSkill || ends[nEnds - 1] >= inner)) nEnds--;
        if (nEnds === 0) {
          t++;
          continue;
        }
      }
    }
    for (let k = nEnds - 1; k >= 0 && !advanced; k--) {
      const endNode = endNodes[k];
      const endFlag = endFlags[k];
      const tokEnd = ends[k];
      const start = buf.start[t];
      const end = buf.end[tokEnd];
      if ((endFlag & (NODE_SIMPLE | NODE_MULTI_OUT)) === NODE_SIMPLE) {
        // the usual case: one unambiguous pattern ends here
        const p = endFlag >>> NODE_FIRST_SHIFT;
        out.push(rawMention(patSkill[p], p, t, tokEnd, start, end, false));
        t = tokEnd + 1;
        advanced = true;
        continue;
      }
      const o0 = nodeOutStart[endNode];
      const o1 = nodeOutStart[endNode + 1];
      // prefer an unambiguous pattern, then an ambiguous one whose case matches
      let chosen = -1;
      if ((endFlag & NODE_SIMPLE) !== 0) chosen = nodeOutList[o0];
      else {
        for (let q = o0; q < o1; q++) {
          const p = nodeOutList[q];
          if (patAmbiguous[p] === 0 && !lowercaseAcronym(text, buf, t, compiled, p) && !pluralRefused(buf, t, compiled, p)) {
            chosen = p;
            break;
          }
        }
        if (chosen < 0)
          for (let q = o0; q < o1; q++) {
            const p = nodeOutList[q];
            if (caseMatches(text, buf, t, caseSurfacesOf(compiled, p)) && !pluralRefused(buf, t, compiled, p)) {
              chosen = p;
              break;
            }
          }
      }
      if (chosen < 0) continue;
      const chosenSkill = patSkill[chosen];
      out.push(rawMention(chosenSkill, chosen, t, tokEnd, start, end, patAmbiguous[chosen] === 1));
      // other skills sharing the very same form (rare) are listed too
      if (o1 - o0 > 1)
        for (let q = o0; q < o1; q++) {
          const p = nodeOutList[q];
          if (p === chosen || patSkill[p] === chosenSkill) continue;
          if (pluralRefused(buf, t, compiled, p)) continue;
          if (patAmbiguous[p] === 1 ? !caseMatches(text, buf, t, caseSurfacesOf(compiled, p)) : lowercaseAcronym(text, buf, t, compiled, p)) continue;
          out.push(rawMention(patSkill[p], p, t, tokEnd, start, end, patAmbiguous[p] === 1));
        }
      t = tokEnd + 1;
      advanced = true;
    }
    if (!advanced) t++;
  }
  return out;
}

/**
 * Heads whose kinds are separate skills when coordinated ("unit and integration tests", "iOS and Android
 * development"); other heads read as one skill ("bank and balance sheet reconciliation", "commercial and
 * employment litigation").
 */
const SHARED_HEADS = ['test', 'tests', 'testing', 'development', 'programming', 'design'];

/**
 * "unit and snapshot tests", "unit, fuzz and invariant tests", "iOS and Android development": words coordinated
 * before a matched phrase share its head, so "unit tests" and "timing recovery" are named too. Adds a mention for
 * each coordinated word whose phrase with the head is an unambiguous form, its evidence running from the word to
 * the end of the phrase ("unit and snapshot tests"). Returns the mentions in position order.
 */
export function withElidedHeads(m: Matcher, text: string, mentions: RawMention[]): RawMention[] {
  const { buf, compiled, w } = m;
  const { root, edges, patSkill } = compiled;
  let added: RawMention[] | undefined;
  for (const y of mentions) {
    if (y.tokEnd === y.tokStart || y.ambiguous || !isWord(m, buf.id[y.tokEnd], WORD_SHARED_HEAD)) continue;
    // walk left over "X and", "X or", "X,", "X/" before the phrase
    let k = y.tokStart - 1;
    let glued = false;
    if (k >= 0 && (buf.id[k] === w.and || buf.id[k] === w.or) && buf.gap[y.tokStart] === GAP_SOFT) k--;
    else if (k >= 0 && /^\s*[,/]\s*$/.test(text.slice(buf.end[k], buf.start[y.tokStart]))) glued = true;
    else continue;
    for (let n = 0; k >= 0 && n < 4; n++) {
      if (!glued && buf.gap[k + 1] === GAP_HARD && !/^\s*,?\s*$/.test(text.slice(buf.end[k], buf.start[k + 1]))) break;
      glued = false;
      // the word with the rest of the phrase after its first word ("unit" + "tests"), or with its last word only
      // ("fuzz" + "tests" of "property-based tests")
      const id0 = buf.id[k];
      for (let from = y.tokStart + 1; from <= y.tokEnd; from = from === y.tokEnd ? from + 1 : y.tokEnd) {
        let node = id0 >= 0 ? root[ROOT_STRIDE * id0] : 0;
        for (let u = from; u <= y.tokEnd && node !== 0; u++) {
          const b = childSlot(compiled, node, buf.id[u]);
          node = b < 0 ? 0 : edges[b + 2];
        }
        const p = node === 0 ? -1 : sureOutput(compiled, node);
        if (p >= 0 && patSkill[p] !== y.skill) {
          (added ??= []).push(rawMention(patSkill[p], p, k, y.tokEnd, buf.start[k], y.end, false));
          break;
        }
      }
      // further left only over a comma ("unit, fuzz and invariant tests")
      if (k < 1 || !/^\s*,\s*$/.test(text.slice(buf.end[k - 1], buf.start[k]))) break;
      k--;
    }
  }
  if (!added) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A product named for a language or platform names it too ("ArcGIS Maps SDK for JavaScript", "DB2 for z/OS", "RDS for
 * PostgreSQL"): a sure mention of a tool whose words go on after "for" with another tool's full name adds a mention of
 * that tool, on those words. Not a concept ("Microsoft Defender for Containers" asks for no containers).
 */
export function withEmbeddedNames(m: Matcher, mentions: RawMention[]): RawMention[] {
  const { buf, compiled, w } = m;
  const { root, edges, patSkill } = compiled;
  let added: RawMention[] | undefined;
  for (const y of mentions) {
    if (y.ambiguous || y.tokEnd - y.tokStart < 2 || !hasClass(m, y.skill, SKILL_TOOL)) continue;
    for (let k = y.tokStart + 1; k < y.tokEnd; k++) {
      if (buf.id[k] !== w.for) continue;
      let node = 0;
      for (let u = k + 1; u <= y.tokEnd; u++) {
        const id = buf.id[u];
        if (u === k + 1) node = id >= 0 ? root[ROOT_STRIDE * id] : 0;
        else {
          const b = childSlot(compiled, node, id);
          node = b < 0 ? 0 : edges[b + 2];
        }
        if (node === 0) break;
      }
      const p = node === 0 ? -1 : sureOutput(compiled, node);
      if (p >= 0 && patSkill[p] !== y.skill && hasClass(m, patSkill[p], SKILL_TOOL)) (added ??= []).push(rawMention(patSkill[p], p, k + 1, y.tokEnd, buf.start[k + 1], y.end, false));
      break;
    }
  }
  if (!added) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Categories of ways of working, named alike in any field's postings ("continuous improvement", "analytical skills"). */
export const WAYS_OF_WORKING: ReadonlySet<string> = new Set(['practice', 'soft-skill', 'office', 'security', 'other']);

/** How many different technical skills, named for sure, make a posting technical (for resolveAmbiguous). */
export const TECH_POSTING_SKILLS = 6;

/** Whether the unambiguous mentions name at least `count` different technical skills. */
export function techSkillsAtLeast(m: Matcher, mentions: readonly RawMention[], count: number): boolean {
  return techSkillCount(m, mentions, count) >= count;
}

/** How many technical skills the mentions name for sure (unambiguous forms), counted up to `cap`. */
export function techSkillCount(m: Matcher, mentions: readonly RawMention[], cap: number): number {
  const seen: number[] = [];
  for (const x of mentions)
    if (!x.ambiguous && hasClass(m, x.skill, SKILL_TECH) && !seen.includes(x.skill)) {
      seen.push(x.skill);
      if (seen.length >= cap) break;
    }
  return seen.length;
}

/** Before a single letter, a school grade's words ("Grade 4 (", "grade ", "GCSE at "). */
const GRADE_BEFORE = /\b(?:grades?\s+(?:\d+\s*\(\s*)?|gcses?\s+(?:at\s+)?(?:grade\s+)?)$/i;

/** A team's noun right after ("the Rider App team"). */
const TEAM_AFTER = /^\s+(?:teams?|squads?|tribes?|pods?)\b/i;

/** A hyphen at `at` joining two words ("in-process", "C-suite"). */
const hyphenJoins = (text: string, at: number): boolean => at > 0 && text.charCodeAt(at) === 45 && isWordCode(text.charCodeAt(at - 1)) && isWordCode(text.charCodeAt(at + 1));

/** What denies a verb right before it: "do not", "never", "won't". */
const VERB_DENIED = /(?:\bnot|\bnever|n['’]t)\s+$/i;

/** The `support` of a mention made by a verb and its object (for --explain). */
export const VERB_OBJECT = 'named by a verb and its object';

/**
 * "pick orders", "reconcile customer accounts", "administer medications": a verb of the verb-phrase table and its
 * object name the skill the taxonomy writes as the object followed by the verb's noun ("order picking", "account
 * reconciliation", "medication administration"). Adds a mention for each such phrase whose noun form is a form of a
 * skill that is no tool or product, the longest object first (words before it may be left out: "customer accounts"
 * gives "account reconciliation"), its evidence running from the verb to the object's end. A guarded form counts only
 * for a skill of a non-tech field, and then needs that skill's context like any guarded form; in a technical posting
 * no skill of a non-tech field is named so. A verb already inside a mention, or an object that is one itself, adds
 * nothing. Returns the mentions in position order.
 */
export function withVerbPhrases(m: Matcher, text: string, mentions: RawMention[]): RawMention[] {
  const { buf, compiled, verbOf, verbNouns: nounsOf } = m;
  const { root, edges, patSkill } = compiled;
  const n = buf.count;
  let added: RawMention[] | undefined;
  /** The phrases of a verb read as its "-ing" form ("Read engineering drawings": reading engineering drawings). */
  let gerunds: RawMention[] | undefined;
  const addGerund = (x: RawMention): void => {
    (added ??= []).push(x);
    (gerunds ??= []).push(x);
  };
  let next = 0;
  let techPosting: boolean | undefined;
  for (let t = 0; t < n - 1; t++) {
    const id = buf.id[t];
    if (id < 0) continue;
    // the second part of a hyphenated word is no verb ("in-process checks")
    if (hyphenJoins(text, buf.start[t] - 1)) continue;
    // the word's "-ing" form, when it starts a form ("secure": "securing"), else -1
    const ing = gerundIdOf(m, id);
    if (verbOf[id] === 0) {
      // (a word read as a verb by its "-ing" form only when the next word goes on with a form: "secure" + "loads")
      const nextId = t + 1 < n && buf.gap[t + 1] !== GAP_HARD ? buf.id[t + 1] : -1;
      if (ing < 0 || nextId < 0 || childSlot(compiled, compiled.root[ROOT_STRIDE * ing], nextId) < 0) continue;
    }
    techPosting ??= techSkillsAtLeast(m, mentions, TECH_POSTING_SKILLS);
    // "reconciles", "manages": a third person (the product, the team), not the job's duty; but a line's first word is
    // the job's duty in the style of a job description ("- Processes purchase orders and invoices")
    const lastChar = text.charCodeAt(buf.end[t] - 1) | 32;
    if (lastChar === 115 && (text.charCodeAt(buf.end[t] - 2) | 32) !== 115 && !(isCapital(text.charCodeAt(buf.start[t])) && (t === 0 || buf.line[t - 1] !== buf.line[t]))) continue;
    // a verb is followed by a space ("TEST-DR" is one name), and not denied ("aides do not administer medications")
    if (!isSpace(text.charCodeAt(buf.end[t])) || VERB_DENIED.test(text.slice(Math.max(0, buf.start[t] - 12), buf.start[t]))) continue;
    // after an article or a possessive it is a noun or an adjective ("a set route", "our process owners")
    if (t > 0 && buf.gap[t] !== GAP_HARD && isWord(m, buf.id[t - 1], WORD_VERB_NOT_AFTER)) continue;
    // mentions are in position order: skip those ending before the verb
    while (next < mentions.length && mentions[next].tokEnd < t) next++;
    if (next < mentions.length && mentions[next].tokStart <= t) {
      // (a verb that is a guarded form of its own skill, "Train new agents", may still act on people)
      const v = mentions[next];
      if (!(verbOf[id] !== 0 && v.ambiguous && v.tokStart === t && v.tokEnd === t)) continue;
      const x = peopleDuty(m, text, t, objectStart(m, text, t), verbOf[id], techPosting);
      if (x) {
        (added ??= []).push(x);
        continue;
      }
      // (else the object of "train" may still name a duty: "Train end users": end-user training)
      if (verbOf[id] !== TRAIN_VERB) continue;
    }
    const s = objectStart(m, text, t);
    if (verbOf[id] === 0) {
      // a verb whose "-ing" form starts a form of the taxonomy: the verb and its object name it ("Secure loads with
      // chains": securing loads)
      const x = gerundPhrase(m, text, mentions, next, t, ing, techPosting);
      if (x) addGerund(x);
      continue;
    }
    const nouns = nounsOf[verbOf[id] - 1];
    let found = false;
    // the object: up to three words of one phrase, ending where the phrase does ("pick orders to the pallet", not
    // "repair commercial electrical" of "... electrical systems"); the longest that makes a form with the noun, then
    // its shorter tails
    let last = s - 1;
    // (a word the taxonomy does not know may stand in it: "inbound leads" gives "lead qualification")
    while (last + 1 < n && last + 1 <= s + 2 && buf.gap[last + 1] !== GAP_HARD && !isWord(m, buf.id[last + 1], WORD_OBJECT_END)) last++;
    for (let e = last; e >= s && !found; e--) {
      if (!objectEnds(m, text, e)) continue;
      for (let from = s; from <= e && !found; from++) {
        if (objectIsMention(mentions, next, from, e)) break;
        if (buf.id[from] < 0) continue;
        for (const noun of nouns) {
          let node = root[ROOT_STRIDE * buf.id[from]];
          for (let u = from + 1; u <= e && node !== 0; u++) {
            const b = buf.id[u] < 0 ? -1 : childSlot(compiled, node, buf.id[u]);
            node = b < 0 ? 0 : edges[b + 2];
          }
          if (node === 0) continue;
          const b = childSlot(compiled, node, noun);
          const p = b < 0 ? -1 : firstOutput(compiled, edges[b + 2]);
          // a form checked for its case (an acronym, a name) is no object written in lower case
          if (p < 0 || compiled.patCase[p] !== 0 || hasClass(m, patSkill[p], SKILL_TOOL)) continue;
          // a guarded form of a non-tech field ("process payments": payment processing) needs the context its skill
          // needs; other guarded forms are left out ("build models"); in a technical posting, verbs name no skill of
          // a non-tech field ("build metric pipelines" is no sales pipeline building)
          const nonTech = hasClass(m, patSkill[p], SKILL_NON_TECH);
          if (nonTech ? techPosting : compiled.patAmbiguous[p] === 1) continue;
          const x = rawMention(patSkill[p], p, t, e, buf.start[t], buf.end[e], compiled.patAmbiguous[p] === 1);
          x.support = VERB_OBJECT;
          (added ??= []).push(x);
          found = true;
          break;
        }
      }
    }
    if (!found && ing >= 0) {
      const x = gerundPhrase(m, text, mentions, next, t, ing, techPosting);
      if (x) {
        addGerund(x);
        found = true;
      }
    }
    // "supervise four pharmacy technicians", "train new agents": a duty done to people is the skill the taxonomy
    // names for staff ("staff supervision", "staff training", "staff scheduling"); in a technical posting only people
    // no program is called ("train apprentices", not "manage agents" or "schedule workers")
    if (!found) {
      const x = peopleDuty(m, text, t, s, verbOf[id], techPosting);
      if (x) (added ??= []).push(x);
    }
  }
  if (!added) return mentions;
  // a mention inside the object of a verb read as its "-ing" form is part of the name the two make ("Read engineering
  // drawings" is blueprint reading, not also technical drafting)
  const phrases = gerunds;
  const kept = phrases ? mentions.filter((x) => !phrases.some((v) => x.tokStart > v.tokStart && x.tokEnd <= v.tokEnd)) : mentions;
  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The verb at token `t` read as its "-ing" form, with the object after it: the longest taxonomy form it makes
 * ("secure loads" as "securing loads", "restock shelves" as "restocking shelves"): a skill of a non-tech field, outside
 * technical postings, in no case-checked form (a guarded form needs the context its skill needs, as it does alone).
 */
function gerundPhrase(m: Matcher, text: string, mentions: readonly RawMention[], next: number, t: number, ing: number, techPosting: boolean): RawMention | null {
  const { buf, compiled } = m;
  const { root, edges, patSkill } = compiled;
  let node = root[ROOT_STRIDE * ing];
  let best: RawMention | null = null;
  for (let u = t + 1; u < buf.count && u <= t + 4 && node !== 0 && buf.gap[u] !== GAP_HARD; u++) {
    if (buf.id[u] < 0) break;
    // (an object that is a skill of its own stays that skill: "run Kubernetes")
    if (u === t + 1 && objectIsMention(mentions, next, u, u)) break;
    const b = childSlot(compiled, node, buf.id[u]);
    node = b < 0 ? 0 : edges[b + 2];
    if (node === 0) break;
    const p = firstOutput(compiled, node);
    if (p < 0 || !objectEnds(m, text, u) || compiled.patCase[p] !== 0 || hasClass(m, patSkill[p], SKILL_TOOL)) continue;
    // (a skill of a non-tech field, outside technical postings: elsewhere "deploy models", "tune detections" name
    // the work, which the labels rarely take for a skill)
    if (techPosting || !hasClass(m, patSkill[p], SKILL_NON_TECH)) continue;
    best = rawMention(patSkill[p], p, t, u, buf.start[t], buf.end[u], compiled.patAmbiguous[p] === 1);
    best.support = VERB_OBJECT;
  }
  return best;
}

/**
 * Verbs of help and routine whose "-ing" forms start the names of trades ("assisting physicians" is medical
 * assisting, "reporting changes in condition" a nursing practice), while the job's "assist physicians with
 * intubation" or "report changes to the RN" names none: no gerund is read from them.
 */
const GENERIC_GERUND_BASES = new Set(['assist', 'support', 'help', 'report', 'close', 'open', 'round', 'issue', 'perform', 'provide']);

/**
 * The id of the "-ing" form of the word with vocabulary id `id` ("secure" -> "securing", "plan" -> "planning", "test"
 * -> "testing") when that form starts a taxonomy pattern, else -1; looked up once per word, on first use.
 */
function gerundIdOf(m: Matcher, id: number): number {
  const known = m.gerundOf[id];
  if (known !== 0) return known > 0 ? known - 1 : -1;
  const { compiled } = m;
  const { chars, offsets } = compiled.vocabTable;
  let found = -1;
  const len = offsets[id + 1] - offsets[id];
  if (len >= 3) {
    const w = String.fromCharCode.apply(null, Array.from(chars.subarray(offsets[id], offsets[id + 1])));
    if (/^[a-z]+$/.test(w) && !GENERIC_GERUND_BASES.has(w)) {
      const last = w[w.length - 1];
      for (const g of [`${w}ing`, last === 'e' ? `${w.slice(0, -1)}ing` : '', `${w}${last}ing`]) {
        if (g === '') continue;
        const gid = stemId(compiled.vocabTable, g);
        if (gid >= 0 && compiled.root[ROOT_STRIDE * gid] !== 0) {
          found = gid;
          break;
        }
      }
    }
  }
  m.gerundOf[id] = found >= 0 ? found + 1 : -1;
  return found;
}

/** The first token of the object of the verb at token `t`: past "and" and a second verb, and past articles. */
function objectStart(m: Matcher, text: string, t: number): number {
  const { buf, verbOf, w } = m;
  const n = buf.count;
  let s = t + 1;
  // "Plan and deliver daily lessons", "Supervise and coach sales associates": the second verb's object is the first's too
  if (s + 1 < n && (buf.id[s] === w.and || buf.id[s] === w.or) && buf.gap[s] !== GAP_HARD && buf.gap[s + 1] !== GAP_HARD && buf.id[s + 1] >= 0 && verbOf[buf.id[s + 1]] !== 0) s += 2;
  // "manage the inventory"; a capital "A" is no article ("plan A/B tests")
  for (let d = 0; d < 2 && s < n && buf.gap[s] !== GAP_HARD && isWord(m, buf.id[s], WORD_DETERMINER) && text.charCodeAt(buf.start[s]) >= 97; d++) s++;
  return s;
}

/** The verbs whose object may be people at work (1 + their index in `verbNouns`): duties of those who lead them. */
const PEOPLE_DUTY_VERBS: ReadonlySet<number> = new Set(
  verbNouns().flatMap((v, i) => (['supervise', 'train', 'manage', 'schedule', 'coach', 'mentor', 'hire', 'recruit', 'onboard', 'evaluate', 'interview'].includes(v.forms[0]) ? [i + 1] : [])),
);
/** -ing forms that, before people, are the employer hiring them ("hiring forklift operators", "recruiting nurses"). */
const HIRE_ING = new Set(['hiring', 'recruiting']);
/** Words before an -ing form that make it the employer's present ("we are training", "now hiring"). */
const BE_BEFORE_ING = new Set(['is', 'are', 're', 'am', 'be', 'been', 'now', 'currently', 'actively', 'were', 'was']);

/** Nouns of people that also name programs or things in a technical posting ("agents", "workers", "drivers", "team"). */
const PROGRAM_LIKE_NOUNS = ['agents', 'workers', 'operators', 'drivers', 'servers', 'managers', 'members', 'leads', 'helpers', 'team', 'teams', 'planners', 'officers', 'guards', 'coordinators', 'reps'];
/** The plural nouns of people at work that may be a duty's object (WORD_PEOPLE). */
const PEOPLE_NOUNS = 'staff engineers developers designers scientists testers others colleagues peers crew crews team teams employees workers associates agents technicians techs apprentices assistants aides teachers nurses auditors paralegals specialists coordinators representatives reps dispatchers drivers operators supervisors managers leads interns volunteers caregivers stylists cooks servers bartenders barbacks cashiers clerks tellers bankers planners recruiters analysts accountants electricians mechanics installers laborers helpers hygienists therapists counselors educators instructors tutors trainers guards officers hires newcomers members'.split(' ');

/**
 * A duty done to people: the verb at token `t` (of verb `verb`, 1-based), then its object (from token `k`, see
 * objectStart) of up to three words that ends in a noun of people ("supervise four pharmacy technicians", "train new agents"; also after "and" and another
 * verb: "Supervise and coach sales associates"): the mention, over the verb and its object, of the verb's noun as a
 * form ("training", "supervision") or else of "staff" and the noun ("staff scheduling"); null when there is none.
 * In a technical posting (`techPosting`) the people may not be of a word that also names programs there
 * (PROGRAM_LIKE_NOUNS: "agents", "workers", "operators", "team").
 */
function peopleDuty(m: Matcher, text: string, t: number, k: number, verb: number, techPosting: boolean): RawMention | null {
  if (!PEOPLE_DUTY_VERBS.has(verb)) return null;
  const { buf, compiled, w } = m;
  const n = buf.count;
  // the employer, not the job: "we hire about 900 caregivers a year", "now hiring", "hiring forklift operators" (the
  // -ing form of hiring is the employer's voice or a noun's modifier); "managing supervisors" stays a duty
  const verbText = text.slice(buf.start[t], buf.end[t]).toLowerCase();
  const before = t > 0 && buf.gap[t] !== GAP_HARD ? text.slice(buf.start[t - 1], buf.end[t - 1]).toLowerCase() : '';
  if (before === 'we' || (verbText.endsWith('ing') && (HIRE_ING.has(verbText) || BE_BEFORE_ING.has(before)))) return null;
  let e = -1;
  for (let j = k; j < n && j <= k + 2 && buf.gap[j] !== GAP_HARD; j++) {
    if (isWord(m, buf.id[j], WORD_PEOPLE) && !(techPosting && isWord(m, buf.id[j], WORD_PROGRAM_LIKE))) {
      e = j;
      break;
    }
    if (isWord(m, buf.id[j], WORD_OBJECT_END)) break;
  }
  if (e < 0 || w.staff < 0 || !objectEnds(m, text, e)) return null;
  // ("Train staff, evaluate and ship models": models are trained here)
  if (verb === TRAIN_VERB && TRAINED_MODELS_AFTER.test(text.slice(buf.end[e], buf.end[e] + 48))) return null;
  const { root, edges } = compiled;
  const staff = root[ROOT_STRIDE * w.staff];
  for (const noun of m.verbNouns[verb - 1]) {
    // the noun alone ("training", "supervision", "hiring"), else "staff" and the noun ("staff scheduling")
    let p = firstOutput(compiled, root[ROOT_STRIDE * noun]);
    if (p < 0 && staff !== 0) {
      const b = childSlot(compiled, staff, noun);
      p = b < 0 ? -1 : firstOutput(compiled, edges[b + 2]);
    }
    // (not a clinical skill: "counsel employees" is no counseling of patients)
    if (p < 0 || compiled.patCase[p] !== 0 || hasClass(m, compiled.patSkill[p], SKILL_HEALTH)) continue;
    const x = rawMention(compiled.patSkill[p], p, t, e, buf.start[t], buf.end[e], false);
    x.support = VERB_OBJECT;
    return x;
  }
  return null;
}

/** The index in the verb-phrase table (as `verbOf` holds it, from 1) of "train": its object may name a duty when it trains no people. */
const TRAIN_VERB = verbNouns().findIndex((v) => v.forms.includes('train')) + 1;

/** An apostrophe and an "s" that ends the word at `at` ("branch's", "branch’s"). */
const possessiveAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return (c === 39 || c === 8217) && (text.charCodeAt(at + 1) | 32) === 115 && !isWordCode(text.charCodeAt(at + 2));
};

/** Whether a verb's object may end at token `e`: the text ends, or punctuation or a word that ends objects follows. */
function objectEnds(m: Matcher, text: string, e: number): boolean {
  const { buf } = m;
  if (e + 1 >= buf.count || buf.gap[e + 1] === GAP_HARD || isWord(m, buf.id[e + 1], WORD_OBJECT_END)) return true;
  // a possessive owns the object that follows ("manage the branch's expense budget"): it ends nothing
  if (possessiveAt(text, buf.end[e])) return false;
  for (let i = buf.end[e]; i < buf.start[e + 1]; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Whether a mention from `next` on spans exactly the tokens [from, to]. */
function objectIsMention(mentions: readonly RawMention[], next: number, from: number, to: number): boolean {
  for (let i = next; i < mentions.length && mentions[i].tokStart <= from; i++) if (mentions[i].tokStart === from && mentions[i].tokEnd === to && !mentions[i].ambiguous) return true;
  return false;
}

/** The first unambiguous pattern ending at a trie node, else the first pattern, or -1. */
function firstOutput(c: CompiledTaxonomy, node: number): number {
  const sure = sureOutput(c, node);
  return sure >= 0 || c.nodeOutStart[node] === c.nodeOutStart[node + 1] ? sure : c.nodeOutList[c.nodeOutStart[node]];
}

/** The first unambiguous pattern ending at a trie node, or -1. */
function sureOutput(c: CompiledTaxonomy, node: number): number {
  for (let q = c.nodeOutStart[node]; q < c.nodeOutStart[node + 1]; q++) if (c.patAmbiguous[c.nodeOutList[q]] === 0) return c.nodeOutList[q];
  return -1;
}

/** The skill of the pattern longerInside found. */
const INNER_SKILL = new Int32Array(1);

/**
 * The first token of a pattern starting in (t, end] that ends after `end` and is at least as long as [t, end]
 * (head-final phrases), or -1 when there is none.
 */
function longerInside(m: Matcher, text: string, t: number, end: number): number {
  const { buf, compiled } = m;
  const { root, edges, nodeOutStart, nodeOutList, patAmbiguous } = compiled;
  const myLen = end - t + 1;
  for (let s = t + 1; s <= end; s++) {
    // no match starts in the second half of a word joined by a hyphen ("T-SQL queries": not "SQL queries")
    if (buf.start[s] === buf.end[s - 1] + 1 && text.charCodeAt(buf.end[s - 1]) === 45) continue;
    const id0 = buf.id[s];
    let node = id0 >= 0 ? root[ROOT_STRIDE * id0] : 0;
    if (node === 0) continue;
    let flags = root[ROOT_STRIDE * id0 + 1];
    let next = root[ROOT_STRIDE * id0 + 2];
    for (let u = s + 1; u < buf.count; u++) {
      if (buf.gap[u] === GAP_HARD) break;
      const id = buf.id[u];
      if (id < 0 || (flags & NODE_HAS_NEXT) === 0 || (next & (1 << (id & 31))) === 0) break;
      const b = childSlot(compiled, node, id);
      if (b < 0) break;
      node = edges[b + 2];
      flags = edges[b + 3];
      next = -1;
      // only a sure (unambiguous) match makes this one give way, and not one that only adds "skills" ("electrical
      // troubleshooting skills" is electrical troubleshooting, not troubleshooting skills)
      if (u > end && u - s + 1 >= myLen && !(u === end + 1 && id === m.w.skills))
        for (let q = nodeOutStart[node]; q < nodeOutStart[node + 1]; q++)
          if (patAmbiguous[nodeOutList[q]] === 0) {
            INNER_SKILL[0] = compiled.patSkill[nodeOutList[q]];
            return s;
          }
    }
  }
  return -1;
}

/**
 * Keeps ambiguous mentions only with supporting context: a cue word of the skill nearby, another
 * skill nearby in the same line, or an introducing phrase ("experience with X", "X skills").
 * Vetoed by a negative cue right next to it ("Spring semester", "go-getter").
 */
export function resolveAmbiguous(m: Matcher, text: string, lines: readonly LineInfo[], mentions: RawMention[]): RawMention[] {
  const { buf, compiled, skillCueBit, negativeAny } = m;
  const n = buf.count;
  // tokens never hold a newline: two tokens are on one line when as many newlines come before them
  const line = buf.line;
  const idAt = (t: number): number => (t >= 0 && t < n ? buf.id[t] : -1);
  let anyAmbiguous = false;
  for (const x of mentions) if (x.ambiguous) anyAmbiguous = true;
  if (!anyAmbiguous) return dedupeSameWords(mentions);
  // per mention: ACCEPTED, VETOED, and NO_FIXED_SUPPORT once steps 1 and 3 below found nothing (they do not
  // depend on which mentions are accepted, so the second pass only retries step 2)
  if (m.mentionFlags.length < mentions.length) m.mentionFlags = new Uint8Array(mentions.length * 2);
  const flags = m.mentionFlags;
  for (let i = 0; i < mentions.length; i++) flags[i] = mentions[i].ambiguous ? 0 : ACCEPTED;
  // a posting naming six technical skills for sure is technical: there, phrases of practice need a cue in lists too
  const techPosting = techSkillsAtLeast(m, mentions, TECH_POSTING_SKILLS);

  for (let i = 0; i < mentions.length; i++) {
    const x = mentions[i];
    if (!x.ambiguous) continue;
    const skill = skillAt(compiled, x.skill);
    // a negative word right before or after, in the same phrase ("Spring hiring event"; not "data cleaning (pandas)")
    /** The mention's one word in lower case ('' for a mention of several words). */
    const word = x.tokEnd === x.tokStart ? text.slice(x.start, x.end).toLowerCase() : '';
    // (after a verb, the next words are its object: "Coach hiring managers", "coach sales associates")
    const reach = SKILL_VERBS.has(word) ? 2 : 4;
    for (let k = 0; k < reach; k++) {
      const t = k < 2 ? x.tokStart - 2 + k : x.tokEnd - 1 + k;
      if (t < 0 || t >= n || line[t] !== line[x.tokStart]) continue;
      const id = buf.id[t];
      if (id < 0 || negativeAny[id] === 0 || !skill.negatives.has(id)) continue;
      if (negativeAny[id] === 2 && (k === 0 || k === 3)) continue;
      let hard = false;
      for (let g = t < x.tokStart ? t + 1 : x.tokEnd + 1; g <= (t < x.tokStart ? x.tokStart : t); g++) if (buf.gap[g] === GAP_HARD) hard = true;
      if (!hard) flags[i] |= VETOED;
    }
    // "paired with a mentor", "your coach": a person the job gets, not one it is ("serve as a mentor" is)
    if (PERSON_NOUNS.has(word)) {
      const before = text.slice(Math.max(0, x.start - 40), x.start);
      if (DETERMINER_BEFORE.test(before) && !ROLE_BEFORE.test(before)) flags[i] |= VETOED;
    }
    // one letter of an abbreviation ("R&D", "Q&A", "P&L"), or of a name joined by a hyphen ("D-Bus", "C-suite")
    if (x.end - x.start === 1 && (text.charCodeAt(x.start - 1) === 38 || text.charCodeAt(x.end) === 38)) flags[i] |= VETOED;
    if (x.end - x.start === 1 && hyphenJoins(text, x.end)) flags[i] |= VETOED;
    // ... or of one written with a slash between single letters ("A/C", "I/O"; not "C/C++")
    if (x.end - x.start === 1 && (singleLetterAt(text, x.start - 2, -1) || singleLetterAt(text, x.end + 1, 1))) flags[i] |= VETOED;
    // in a technical posting, a field's abbreviation of single letters is the machine's ("async I/O" is no intake and output)
    if (techPosting && x.tokEnd > x.tokStart && hasClass(m, x.skill, SKILL_NON_TECH) && singleLettersOnly(buf, x)) flags[i] |= VETOED;
    // a soft skill named after a protocol or system ("CAN, CAN FD and LIN communication"): how machines talk
    if (hasClass(m, x.skill, SKILL_LISTED_SOFT) && acronymBefore(text, buf, x.tokStart, line)) flags[i] |= VETOED;
    // a school grade ("Grade 4 (C) or above in GCSE Maths", "grade C or above")
    if (x.end - x.start === 1 && GRADE_BEFORE.test(text.slice(Math.max(0, x.start - 16), x.start))) flags[i] |= VETOED;
    // a year right after ("Spring 2026")
    const nt = x.tokEnd + 1;
    if (nt < n && buf.end[nt] - buf.start[nt] === 4 && /^(?:19|20)\d\d$/.test(text.slice(buf.start[nt], buf.end[nt]))) flags[i] |= VETOED;
    // a verb opening an item of a list, before its object ("- Make every write idempotent", "- Make sure ..."; "Make" and
    // "Move" before any word in lower case: IMPERATIVE_NAMES); verbs that name skills stay ("- Coach the team")
    if (x.tokEnd === x.tokStart && (x.tokStart === 0 || line[x.tokStart - 1] !== line[x.tokStart]) && !SKILL_VERBS.has(word) && (DETERMINER_NEXT.test(text.slice(x.end, x.end + 8)) || (IMPERATIVE_NAMES.has(word) && LOWER_WORD_NEXT.test(text.slice(x.end, x.end + 2)))) && VERB_AT_ITEM_START.test(text.slice(lines[line[x.tokStart]].start, x.start))) flags[i] |= VETOED;
    // the state things are kept in ("keep the van stocked and organized"), not the person's organizational skills
    if ((word === 'organized' || word === 'organised') && KEPT_THING_BEFORE.test(text.slice(Math.max(0, x.start - 80), x.start))) flags[i] |= VETOED;
    // a level of a certification ("Lean Six Sigma Black Belt", "ISTQB Foundation Level certificate")
    if (x.tokEnd === x.tokStart && (text.charCodeAt(x.end + 1) === 66 || text.charCodeAt(x.end + 1) === 76) && CERT_LEVEL_NEXT.test(text.slice(x.end, x.end + 7))) flags[i] |= VETOED;
    // the company hiring, or the day of hire ("we hire 900 people a year", "within 30 days of hire")
    if ((word === 'hire' || word === 'hiring') && HIRE_NOT_THE_JOB_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start))) flags[i] |= VETOED;
    // "train" in a technical posting, or before models, trains models ("Train, evaluate and ship models")
    if (x.end - x.start === 5 && text.slice(x.start, x.end).toLowerCase() === 'train' && (techPosting || TRAINED_MODELS_AFTER.test(text.slice(x.end, x.end + 48)))) flags[i] |= VETOED;
  }

  const WINDOW = 8;
  const NEAR = 6;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < mentions.length; i++) {
      const x = mentions[i];
      const f = flags[i];
      if ((f & (ACCEPTED | VETOED)) !== 0) continue;
      const retry = (f & NO_FIXED_SUPPORT) !== 0;
      const spoken = hasClass(m, x.skill, SKILL_SPOKEN);
      let support: string | undefined;
      // 1. cue words of the skill
      const lo = Math.max(0, x.tokStart - WINDOW);
      const hi = Math.min(n - 1, x.tokEnd + WINDOW);
      const cueBit = skillCueBit[x.skill];
      if (!retry && cueBit !== 0) {
        for (let t = lo; t <= hi && !support; t++) {
          if ((t >= x.tokStart && t <= x.tokEnd) || line[t] !== line[x.tokStart]) continue;
          const len = cueLengthAt(m, x.skill, t, hi);
          if (len > 0) {
            support = `cue "${text.slice(buf.start[t], buf.end[t + len - 1])}" nearby`;
            x.strength = 3;
          }
        }
      }
      // 2. another (accepted) skill nearby in the same line, in a list ("Hilt or Dagger"); not a list that holds a word of
      // the other sense ("immunizations (flu, COVID-19, shingles, Tdap)", "patient flow (admissions, transfers)")
      if (!support) {
        let listed: string | undefined;
        for (const dir of [-1, 1]) {
          for (let j = i + dir; j >= 0 && j < mentions.length && !listed; j += dir) {
            const y = mentions[j];
            const dist = y.tokStart > x.tokEnd ? y.tokStart - x.tokEnd : x.tokStart - y.tokEnd;
            if (dist > NEAR) break;
            if ((flags[j] & ACCEPTED) === 0 || y.skill === x.skill || dist <= 0) continue;
            // a spoken language is supported only by another language asked for ("fluent English and Spanish")
            if (spoken && !hasClass(m, y.skill, SKILL_SPOKEN)) continue;
            if (line[y.tokStart] !== line[x.tokStart]) continue;
            // (an acronym of capitals listed with another field's skill is that field's: "flu, COVID-19, shingles", "your SDR";
            // a product's acronym listed with a law or standard is another law: "ERISA, COBRA, HIPAA and ACA requirements")
            if (listBetween(m, text, x, y) && !(SHORT_CAPITALS.test(text.slice(x.start, x.end)) && acronymOfOtherField(m, compiled, x.skill, y.skill))) {
              listed = `listed with ${skillAt(compiled, y.skill).def.name}`;
            } else if (y.end <= x.start && isTechSkill(m, y.skill) && INTRODUCED_LIST.test(text.slice(y.end, x.start))) {
              // "BigQuery datasets: partitioning, clustering and row-level security": the first item of a list a technical
              // skill introduces (not another field's: "dental insurance: PPO plans", "e-discovery: collection, processing")
              listed = `in a list about ${skillAt(compiled, y.skill).def.name}`;
            }
          }
        }
        // (the list's words are read only once a list is there)
        if (listed && !negativeInList(m, x, skillAt(compiled, x.skill).negatives, NEAR)) {
          support = listed;
          x.strength = 1;
        }
      }
      // 3. introducing phrase (not for spoken languages: "our studio works in English" asks for nothing)
      if (!support && !spoken && !retry) {
        const p1 = idAt(x.tokStart - 1);
        const p2 = idAt(x.tokStart - 2);
        const a1 = idAt(x.tokEnd + 1);
        const near1 = x.tokStart - 1 >= 0 && line[x.tokStart - 1] === line[x.tokStart];
        const nearA = x.tokEnd + 1 < n && line[x.tokEnd + 1] === line[x.tokStart] && buf.gap[x.tokEnd + 1] !== GAP_HARD;
        if (near1 && isWord(m, p1, WORD_QUALIFIER) && buf.gap[x.tokStart] !== GAP_HARD && !(x.tokEnd === x.tokStart && nearA && IN_AFTER.test(text.slice(x.end, x.end + 4)))) support = `"${text.slice(buf.start[x.tokStart - 1], x.end)}"`;
        else if (near1 && isWord(m, p1, WORD_INTRO_LINK) && isWord(m, p2, WORD_INTRO_BEFORE_WITH)) support = `"${text.slice(buf.start[x.tokStart - 2], buf.end[x.tokStart - 1])} ${text.slice(x.start, x.end)}"`;
        // (an article between the phrase and the name hides nothing: "knowledge of the NEC", "experience with a WMS")
        else if (near1 && isWord(m, p1, WORD_ARTICLE) && isWord(m, p2, WORD_INTRO_LINK) && isWord(m, idAt(x.tokStart - 3), WORD_INTRO_BEFORE_WITH) && line[x.tokStart - 3] === line[x.tokStart]) support = `"${text.slice(buf.start[x.tokStart - 3], buf.end[x.tokStart - 1])} ${text.slice(x.start, x.end)}"`;
        // (not a team named after a product: "in the Rider App team")
        else if (nearA && isWord(m, a1, WORD_INTRO_AFTER) && !TEAM_AFTER.test(text.slice(buf.end[x.tokEnd + 1], buf.end[x.tokEnd + 1] + 8))) support = `"${text.slice(x.start, buf.end[x.tokEnd + 1])}"`;
        if (support) x.strength = 2;
        // a skill named by a verb, as a verb of the job ("you will mentor our senior architects", "and mentor juniors"),
        // or opening an item of a list, alone or in a list of verbs ("- Coach the plant managers", "- Hire, coach and manage the team")
        const verb = text.slice(x.start, x.end).toLowerCase();
        if (!support && SKILL_VERBS.has(verb) && !(COMPANY_OBJECT_VERBS.has(verb) && COMPANY_OBJECT_AFTER.test(text.slice(x.end, x.end + 24)))) {
          const opensItem = itemVerbsBefore(text.slice(lines[line[x.tokStart]].start, x.start)) && VERB_OBJECT_AFTER.test(text.slice(x.end, x.end + 16));
          if (opensItem || VERB_BEFORE.test(text.slice(Math.max(0, x.start - 8), x.start))) {
            support = `"${text.slice(x.start, x.end)}" as a verb of the job`;
            x.strength = 2;
          }
        }
        // the whole item of a bullet list ("- Git", "* Git, and running suites in Jenkins")
        if (!support && x.tokStart > 0 && buf.gap[x.tokStart] === GAP_HARD) {
          const lineStart = lines[line[x.tokStart]].start;
          const after = text.charCodeAt(x.end);
          if (ITEM_PREFIX.test(text.slice(lineStart, x.start)) && (x.end >= text.length || after === 10 || after === 44 || after === 59)) {
            support = 'a list item of its own';
            x.strength = 1;
          }
        }
      }
      // 3a. a soft skill practised with people, in lower case ("regular communication with families", "communicates
      // regularly with parents"); not a department ("our Communications team")
      if (!support && !retry && hasClass(m, x.skill, SKILL_LISTED_SOFT) && text.charCodeAt(x.start) >= 97 && PRACTISED_WITH_PEOPLE_AFTER.test(text.slice(x.end, x.end + 60))) {
        support = 'a soft skill practised with people';
        x.strength = 1;
      }
      // 3b. a capitalized name in running text after a preposition of use: the tool the work is done in ("track learner
      // progress in Cornerstone", "staff scheduling in Square"); not a place ("in West Texas"), nor a field of study
      // ("certification in HCM")
      if (!support && !spoken && !retry && namedInText(text, x) && USED_IN_BEFORE.test(text.slice(Math.max(0, x.start - 16), x.start)) && !CREDENTIAL_IN_BEFORE.test(text.slice(Math.max(0, x.start - 40), x.start)) && !CAPITAL_NEXT.test(text.slice(x.end, x.end + 2))) {
        support = 'a name after "in", "using", "through" or "via": the tool the work is done in';
        x.strength = 1;
      }
      // 4. a spoken language heading an item of a list ("- Finnish or Swedish", "→ Working French — most of our clients")
      if (!support && spoken && !retry && languageHeadsItem(text, lines[line[x.tokStart]].start, x)) {
        support = 'a language heading a list item';
        x.strength = 2;
      }
      // 5. a soft skill in an item of a list: what a list of duties or requirements names is asked for
      // ("- Communicate with dispatch about delays", "- Friendly, professional communication on the phone")
      // (not "leadership" as the people who lead, addressed by the item: "- Brief leadership", "- Present results to
      // process owners and senior leadership")
      if (!support && !retry && hasClass(m, x.skill, SKILL_LISTED_SOFT) && lines[line[x.tokStart]].bullet && !leadersAddressed(text, x)) {
        support = 'a soft skill in a list item';
        x.strength = 1;
      }
      // 6. a non-tech phrase of several words in an item of a list ("- Administer wage garnishments", "- Submit
      // expense reports"), or one of a way of working in a posting that is not technical ("- Drive continuous
      // improvement"): only single everyday words need a cue there
      // (not with a word of the other sense near it: "setting up fixtures and work offsets" on a machine)
      if (!support && !retry && x.tokEnd > x.tokStart && (hasClass(m, x.skill, SKILL_NON_TECH) || (!techPosting && WAYS_OF_WORKING.has(skillAt(compiled, x.skill).def.category))) && lines[line[x.tokStart]].bullet && !negativeInList(m, x, skillAt(compiled, x.skill).negatives, NEAR)) {
        support = 'a phrase of several words in a list item';
        x.strength = 1;
      }
      // 7. a capitalized name in running text, with two different cue words of its skill elsewhere in the posting
      // ("features from transaction streams with Spark and Flink" in a posting on data pipelines and Kafka), or one in
      // a technical posting, where such a name is rarely anything else ("keep configurations in Git")
      if (!support && !retry && !spoken && cueBit !== 0 && PRODUCT_CATEGORIES.has(skillAt(compiled, x.skill).def.category) && namedInText(text, x)) {
        const cues = postingCues(m, text, x, 2);
        if (cues.length >= (techPosting ? 1 : 2)) {
          support = `cues "${cues.join('", "')}" in the posting`;
          x.strength = 1;
        }
      }
      if (support) {
        flags[i] |= ACCEPTED;
        x.support = support;
      } else flags[i] |= NO_FIXED_SUPPORT;
    }
  }
  return dedupeSameWords(mentions.filter((_, i) => (flags[i] & ACCEPTED) !== 0));
}

/** An item's verb or preposition addressing people, and the words naming them, before "leadership" ("to engineering and product "). */
const ADDRESSED_BEFORE = /\b(?:to|for|with|brief|briefs|briefing|inform|informs|update|updates|updating|advise|advises|advising)\s+(?:(?:the|our|your|their)\s+)?(?:[\w&-]+,?\s+){0,5}$/i;

/** Whether the mention is the word "leadership" naming the people an item addresses ("dashboards for supply chain leadership"). */
function leadersAddressed(text: string, x: RawMention): boolean {
  return x.end - x.start === 10 && text.slice(x.start, x.end).toLowerCase() === 'leadership' && ADDRESSED_BEFORE.test(text.slice(Math.max(0, x.start - 80), x.start));
}

/** "with" and the people a soft skill is practised with ("communication with families", "regularly with our vendors"). */
const PRACTISED_WITH_PEOPLE_AFTER =
  /^\s+(?:(?:regularly|clearly|closely|effectively|directly|frequently|daily|often)\s+)?with\s+(?:(?:the|our|your|their|all|its)\s+)?(?:[\w-]+\s+){0,2}?(?:families|parents|caregivers|vendors|suppliers|clients|customers|patients|residents|guests|users|stakeholders|students|teachers|staff|colleagues|coworkers|co-workers|managers|leaders|leadership|partners|carriers|drivers|physicians|doctors|providers|owners|tenants|donors|volunteers)\b/i;

/** Whether a negative word of the mention's own skill (not one of the generic ones) is within `reach` tokens of it on its line, across commas too. */
function negativeInList(m: Matcher, x: RawMention, negatives: ReadonlySet<number>, reach: number): boolean {
  if (negatives.size === 0) return false;
  const { buf } = m;
  const line = buf.line[x.tokStart];
  for (let t = Math.max(0, x.tokStart - reach), hi = Math.min(buf.count - 1, x.tokEnd + reach); t <= hi; t++) {
    if ((t >= x.tokStart && t <= x.tokEnd) || buf.line[t] !== line) continue;
    const id = buf.id[t];
    if (id >= 0 && m.negativeAny[id] === 1 && negatives.has(id)) return true;
  }
  return false;
}

/** A field of study or certification before "in" ("Workday Pro certification in HCM"). */
const CREDENTIAL_IN_BEFORE = /\b(?:certification|certificate|certified|degree|diploma)\s+in\s+$/i;
/** A capitalized word next: the name goes on ("West Texas"). */
const CAPITAL_NEXT = /^ [A-Z]/;
/** A preposition of use before a name ("in", "using", "through", "via", with "our" or "the"). */
const USED_IN_BEFORE = /\b(?:in|using|through|via)\s+(?:our\s+|the\s+)?$/;

/** An acronym of two to four capitals ("SDR", "PCA"). */
const SHORT_CAPITALS = /^[A-Z]{2,4}$/;

/** Whether every token of the mention is one character ("I/O", "A/C"). */
function singleLettersOnly(buf: TokenBuffer, x: RawMention): boolean {
  for (let t = x.tokStart; t <= x.tokEnd; t++) if (buf.end[t] - buf.start[t] !== 1) return false;
  return true;
}

/** "in" next: after a qualifier, a one-word mention before it is a footing in something else ("a solid grounding in statistics"). */
const IN_AFTER = /^\s+in\b/;

/** Categories of named products and technologies (Spark, Cypress, Cilium), whose capitalized names are rarely anything else in a posting about them. */
const PRODUCT_CATEGORIES: ReadonlySet<string> = new Set(['programming-language', 'framework', 'library', 'data-store', 'cloud', 'devops', 'observability', 'tool', 'platform', 'protocol']);

/**
 * A name written with a capital, not where any word takes one: not the first word of a line or of a sentence
 * ("Spark joy" opening a sentence is no Apache Spark).
 */
function namedInText(text: string, x: RawMention): boolean {
  if (!isCapital(text.charCodeAt(x.start))) return false;
  let k = x.start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0) return false;
  const before = text.charCodeAt(k);
  // line start, sentence end, a bullet or a colon before it
  return before !== 10 && before !== 46 && before !== 33 && before !== 63 && before !== 58 && !BULLET_START.has(before);
}

/** How far from a mention `postingCues` looks (characters): a posting, not a file of postings pasted together. */
const POSTING_CUE_REACH = 1500;

/** Up to `max` different cue words of x's skill in the posting around it (outside x itself, within POSTING_CUE_REACH). */
function postingCues(m: Matcher, text: string, x: RawMention, max: number): string[] {
  const { buf } = m;
  const found: string[] = [];
  let from = x.tokStart;
  while (from > 0 && buf.start[from - 1] >= x.start - POSTING_CUE_REACH) from--;
  let to = x.tokEnd;
  while (to + 1 < buf.count && buf.end[to + 1] <= x.end + POSTING_CUE_REACH) to++;
  for (let t = from; t <= to && found.length < max; t++) {
    if (t >= x.tokStart && t <= x.tokEnd) continue;
    const len = cueLengthAt(m, x.skill, t, to);
    if (len === 0) continue;
    const cue = text.slice(buf.start[t], buf.end[t + len - 1]).toLowerCase();
    if (!found.includes(cue)) found.push(cue);
  }
  return found;
}

/** Length in tokens of the first cue of `skill` (in its list's order) that starts at token `t` and ends by token `last`; 0 when none. */
function cueLengthAt(m: Matcher, skill: number, t: number, last: number): number {
  const { buf, compiled, cueSig, skillCueBit } = m;
  const id = buf.id[t];
  if (id < 0 || (cueSig[id] & skillCueBit[skill]) === 0) return 0;
  // the skill's cues that start with this word, in list order
  const g = cueGroupSlot(compiled, skillAt(compiled, skill).cueList, id);
  if (g < 0) return 0;
  const { cueInts, cueGroupSlots } = compiled;
  for (let at = cueGroupSlots[g + 2]; at < cueGroupSlots[g + 3]; at += 1 + cueInts[at]) {
    const len = cueInts[at];
    if (t + len - 1 > last) continue;
    let k = 1;
    while (k < len && buf.id[t + k] === cueInts[at + 1 + k]) k++;
    if (k === len) return len;
  }
  return 0;
}

/**
 * Soft skills whose names in an item of a list of duties or requirements ask for them ("- Communicate with
 * dispatch"); others are also everyday words there ("quarterly planning", "with the guidance of a mentor").
 */
const LISTED_SOFT_SKILLS = new Set(['communication', 'leadership', 'collaboration', 'teamwork', 'problem-solving', 'critical-thinking', 'time-management', 'interpersonal-skills', 'empathy', 'multitasking', 'adaptability', 'attention-to-detail']);

/** Categories of the skills of non-tech occupations, whose names are phrases of everyday words. */
export const NON_TECH_CATEGORIES: ReadonlySet<string> = new Set(['healthcare', 'finance', 'logistics', 'trades', 'sales', 'education', 'hr', 'legal', 'hospitality']);

/** Proficiency words that may come between a list item's bullet and a language ("- Working French"). */
const LANGUAGE_ITEM_START = new RegExp(`${ITEM_START}\\s*(?:(?:fluent|fluency in|working|conversational|business|professional|native|basic|good|strong|excellent|advanced|intermediate|spoken|written|and|or)\\s+)*$`, 'i');
/** What may follow a language that heads a list item: the end of the item, another language, a level or an explanation. */
const LANGUAGE_ITEM_REST = /^(?:\s*$|\s*\n|\s*[,;:(—–/]|\s+-\s|\s+(?:or|and|at|is|are|would|skills?|speakers?|fluency|proficiency|language)\b)/i;

/** "- Finnish or Swedish", "- German", "→ Working French — half of our stakeholders prefer it": a language the item asks for. */
function languageHeadsItem(text: string, lineStart: number, x: RawMention): boolean {
  return LANGUAGE_ITEM_START.test(text.slice(lineStart, x.start)) && LANGUAGE_ITEM_REST.test(text.slice(x.end, x.end + 24));
}

/**
 * Whether a single letter stands at `at`, joined by a slash to the one-letter mention beside it (`dir` -1: the letter is
 * before the mention, 1: after it): "A/C", "I/O". Not "C/C++", "C/C#".
 */
function singleLetterAt(text: string, at: number, dir: -1 | 1): boolean {
  if (at < 0 || at >= text.length || text.charCodeAt(at - dir) !== 47) return false;
  const c = text.charCodeAt(at) | 32;
  if (c < 97 || c > 122) return false;
  const beyond = at + dir >= 0 && at + dir < text.length ? text.charCodeAt(at + dir) : 32;
  return !isWordCode(beyond) && beyond !== 43 && beyond !== 35;
}

/** Several skills on the very same words (Dagger the DI library, Dagger the CI engine): keeps the best supported. */
function dedupeSameWords(kept: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const x of kept) {
    const prev = out[out.length - 1];
    if (prev && prev.start === x.start && prev.end === x.end) {
      if ((x.ambiguous ? (x.strength ?? 0) : 4) > (prev.ambiguous ? (prev.strength ?? 0) : 4)) out[out.length - 1] = x;
      continue;
    }
    out.push(x);
  }
  return out;
}

/** The word classes of `Matcher.wordClass` (bits of a Uint16Array). */
const WORD_TITLE_NOUN = 1;
const WORD_CERT_NOUN = 2;
/** After "card" or "certificate": a compound of payments or PKI, no credential ("card scheme", "certificate lifecycle management"). */
const CERT_COMPOUND_AFTER = /^[ \t-]*(?:schemes?|networks?|brands?|lifecycle|life[ -]cycle|management|authority|authorities|pinning|rotation|transparency|chains?|stores?|revocation|renewals?|payments?|issuing|acquiring|processing|readers?|data|present|not[ -]present|holders?|terminals?|transactions?|tokeni[sz]ation|of)\b/i;
/** Before "card": a card that is no credential ("credit card procedures", "gift cards", "time cards"). */
const CARD_COMPOUND_BEFORE = /\b(?:credit|debit|gift|loyalty|rate|report|score|business|sim|time|key|punch|payment|prepaid|smart|graphics|video|sound|network|memory|playing|greeting|index|flash)[ -]$/i;
function certNounInCompound(text: string, buf: TokenBuffer, t: number): boolean {
  if (CERT_COMPOUND_AFTER.test(text.slice(buf.end[t], buf.end[t] + 24))) return true;
  const c = text.charCodeAt(buf.start[t]);
  return (c === 99 || c === 67) && /^card/i.test(text.slice(buf.start[t], buf.end[t])) && CARD_COMPOUND_BEFORE.test(text.slice(Math.max(0, buf.start[t] - 12), buf.start[t]));
}
const WORD_PLACE_NOUN = 4;
const WORD_CONNECTOR = 8;
const WORD_QUALIFIER = 16;
const WORD_INTRO_LINK = 32;
const WORD_INTRO_BEFORE_WITH = 64;
const WORD_INTRO_AFTER = 128;
const WORD_SHARED_HEAD = 256;
const WORD_DETERMINER = 512;
const WORD_OBJECT_END = 1024;
const WORD_VERB_NOT_AFTER = 2048;
/** Plural nouns of people at work ("technicians", "staff"): the object of a duty done to people. */
const WORD_PEOPLE = 4096;
/** Nouns of people that also name programs or things in a technical posting (PROGRAM_LIKE_NOUNS). */
const WORD_PROGRAM_LIKE = 8192;
/** "a", "an", "the". */
const WORD_ARTICLE = 16384;

/** Whether vocabulary id `id` (maybe -1 or undefined past the tokens) is in the word list `bit`. */
const isWord = (m: Matcher, id: number | undefined, bit: number): boolean => id !== undefined && id >= 0 && (m.wordClass[id] & bit) !== 0;

const ACCEPTED = 1;
const VETOED = 2;
const NO_FIXED_SUPPORT = 4;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Whether a UTF-16 code is an ASCII capital letter. */
export const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** Words that deny the skill right after them ("no Tailwind here", "without people management"). */
const NEGATORS = ['no', 'without', 'than'];

const CONNECTOR_WORDS = ['and', 'or', 'with', 'plus', 'nor', 'either', 'also', 'as', 'well', 'a', 'similar', 'etc', 'some', 'basic', 'strong', 'solid', 'good'];

/**
 * "no Tailwind here", "without people management", "there's no TestRail or Excel to learn": a mention right after
 * "no" or "without" in the same phrase, or listed right after such a mention (`previous`), is denied.
 */
export function isNegated(m: Matcher, text: string, x: RawMention, previous: RawMention | undefined): boolean {
  const { buf, w } = m;
  const t = x.tokStart - 1;
  if (t >= 0 && (buf.id[t] === w.no || buf.id[t] === w.without) && buf.gap[x.tokStart] === GAP_SOFT && buf.line[t] === buf.line[x.tokStart]) {
    // "No" opening a sentence before a capitalised name is a denial too; "no-code" is a word of its own
    return text.charCodeAt(buf.end[t]) === 32;
  }
  // a duty named by its verb, denied ("aides do not administer medications")
  const id0 = buf.id[x.tokStart];
  if (id0 >= 0 && m.verbOf[id0] !== 0 && VERB_DENIED.test(text.slice(Math.max(0, x.start - 12), x.start))) return true;
  // "six-week cycles rather than Scrum sprints", "instead of Jenkins"
  if (t >= 1 && (buf.id[t] === w.than || buf.id[t] === w.of) && RATHER_THAN_BEFORE.test(text.slice(Math.max(0, x.start - 16), x.start))) return true;
  // listed after a denied one with "or", "nor", "/" or a bare comma ("no TestRail, Jira or Excel"; not "without
  // people management, and clear written communication")
  return previous !== undefined && previous.end <= x.start && x.start - previous.end <= 6 && DENIED_LIST_GLUE.test(text.slice(previous.end, x.start));
}

const RATHER_THAN_BEFORE = /\b(?:rather than|instead of)\s+$/i;
const DENIED_LIST_GLUE = /^\s*(?:,|,?\s*(?:or|nor)\s|\/)\s*$/i;

/** Between a skill and the first item of the list it introduces: a few words, then a colon ("datasets: "). */
const INTRODUCED_LIST = /^[\p{L}\p{N} '’-]{0,30}:\s*$/u;

/** Only list glue between two mentions: commas, slashes, parentheses and "and"/"or" ("Hilt or Dagger", "(Zoom, Teams)"). */
/** "with" between two mentions (see listBetween). */
const WITH_WORD = /\bwith\b/i;
/** Whether a skill is a soft skill ("communication", "collaboration"). */
const isSoftSkill = (m: Matcher, skill: number): boolean => hasClass(m, skill, SKILL_SOFT);

/** Whether a skill is a named product: a tool, or a name written with a capital or a digit first ("Dataverse", "ClickHouse"). */
export function namedProduct(m: Matcher, skill: number): boolean {
  if (hasClass(m, skill, SKILL_TOOL)) return true;
  const c = skillAt(m.compiled, skill).def.name.charCodeAt(0);
  return isCapital(c) || (c >= 48 && c <= 57);
}

function listBetween(m: Matcher, text: string, x: RawMention, y: RawMention): boolean {
  const first = x.end <= y.start ? x : y;
  const second = first === x ? y : x;
  const { buf } = m;
  for (let t = first.tokEnd + 1; t < second.tokStart; t++) if (!isWord(m, buf.id[t], WORD_CONNECTOR)) return false;
  // "communication with drivers", "collaboration with engineering": a soft skill with the people it is practised with
  if ((isSoftSkill(m, first.skill) || isSoftSkill(m, second.skill)) && WITH_WORD.test(text.slice(first.end, second.start))) return false;
  // two names side by side with only a space between are a list of technical names ("Java Spring", "Azure
  // networking"), not a name and a word of another field ("Access implanted ports", "Apex Mechanical Services")
  // (the first a named product: "technical support queue" is a queue of the support desk, "Dataverse data model" a part of Dataverse)
  let joined = second.tokStart > first.tokEnd + 1 || (namedProduct(m, first.skill) && hasClass(m, x.skill, SKILL_TECH) && hasClass(m, y.skill, SKILL_TECH));
  for (let i = first.end; i < second.start; i++) {
    const c = text.charCodeAt(i);
    // letters and digits belong to the connector tokens checked above
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32) continue;
    if (c === 44 || c === 47 || c === 38 || c === 40 || c === 41 || c === 43) {
      joined = true;
      continue;
    }
    if (c === 46 && i + 1 < second.start && text.charCodeAt(i + 1) !== 32) continue; // "Node.js"-like dot
    return false;
  }
  return joined;
}

const FUNCTION_WORDS = new Set(
  ('and or with in for to of at on by from into onto over under via through across within without about as is are was were be been up ' +
    'during throughout among before after toward towards against beyond despite amid upon between vs per ' +
    'the a an our your their its this that these those two three four five six seven eight nine ten one all any some each every ' +
    'who which when where while so but nor not than then also plus including like such using skills skill experience knowledge expertise ' +
    'background fundamentals principles practices practice techniques technique tone mindset abilities ability proficiency concepts concept ' +
    'habits habit best tools tool stack workflows workflow methods method methodologies methodology standards processes process strategies ' +
    'strategy frameworks framework patterns pattern capabilities capability solutions projects project systems system pipelines pipeline ' +
    'workloads workload ' +
    'work works working operation operations duties tasks task role roles job jobs basics basic ' +
    // an adjective of the people after a verb ("mentor junior engineers", "coach new hires")
    'senior junior new other fellow early ' +
    // an adverb after a verb ("collaborates well with product")
    'well closely effectively clearly directly openly regularly together ' +
    // the candidate's way of working ("a collaborative approach", "a collaborative attitude")
    'approach approaches attitude spirit nature style manner personality person player demeanor demeanour ' +
    // the matters the skill is the field of ("fix accessibility issues", "spot upsell opportunities")
    'issues problems opportunities decisions questions concerns challenges ' +
    // the operations the skill is made of ("perform arithmetic calculations")
    'calculations computations').split(' '),
);

/** Nouns that end like adverbs. */
const NOUNS_IN_LY = new Set(['supply', 'assembly', 'family', 'anomaly', 'monopoly', 'butterfly', 'firefly', 'rally', 'jelly', 'belly', 'reply', 'italy']);

/**
 * Why a lone lower-case word of a non-tool skill, followed by another lower-case word, names no skill asked for, or
 * undefined:
 * - a generic word used as a modifier of another noun ("security baselines", "forecasting platform", "annotation
 *   guidelines") names that noun, not the skill;
 * - before an object pronoun the word is a verb: a skill named by a verb is the candidate's when they do it ("communicate
 *   them clearly"), not when it is done to them ("we'll mentor you"), and a noun's skill is not named ("wire them into
 *   Jenkins").
 */
export function modifierReason(m: Matcher, text: string, x: RawMention, mentionStart: Uint8Array): string | undefined {
  const { buf } = m;
  if (x.tokEnd !== x.tokStart) return undefined;
  if (hasClass(m, x.skill, SKILL_TOOL)) return undefined;
  const first = text.charCodeAt(x.start);
  if (!(first >= 97 && first <= 122)) return undefined;
  // a name with capitals or digits inside ("gRPC", "eBPF", "iOS", "i18n") is a proper name, not a generic word
  for (let i = x.start + 1; i < x.end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return undefined;
  }
  const next = x.tokEnd + 1;
  if (next >= buf.count || buf.gap[next] !== GAP_SOFT || text.charCodeAt(x.end) !== 32 || x.end + 1 !== buf.start[next]) return undefined;
  if ((mentionStart[next] & MENTION_STARTS) !== 0) return undefined;
  const c = text.charCodeAt(buf.start[next]);
  if (!(c >= 97 && c <= 122)) return undefined;
  const word = text.slice(buf.start[next], buf.end[next]).toLowerCase();
  if (FUNCTION_WORDS.has(word)) return undefined;
  const surface = text.slice(x.start, x.end);
  if (OBJECT_PRONOUNS.has(word)) {
    if (word === 'you') return `done to the candidate ("${surface} you"), not asked of them`;
    return SKILL_VERBS.has(surface.toLowerCase()) ? undefined : `a verb before "${word}", not the skill's noun`;
  }
  // an adverb modifies no noun ("handle webhooks reliably")
  if (word.length > 5 && word.endsWith('ly') && !NOUNS_IN_LY.has(word)) return undefined;
  // "to debug production issues", "review code, and mentor mid-level engineers": a verb with its object
  // ("-ing" forms not after "to": "openness to coaching feedback")
  const before = text.slice(Math.max(0, x.start - 6), x.start);
  if (SKILL_VERBS.has(surface) && VERB_LINK_BEFORE.test(before) && !(surface.endsWith('ing') && TO_BEFORE.test(before))) return undefined;
  return 'a generic word modifying another noun';
}

/** Pronouns that are the object of a verb. */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'us', 'him', 'me', 'you']);
/** What comes before a verb that has an object: "to", "and", "or", a comma ("review code, and mentor engineers"). */
const VERB_LINK_BEFORE = /(?:\bto|\band|\bor|[,;])\s+$/;
const TO_BEFORE = /\bto\s+$/;
/** What comes before a verb of the job: "will", "to", "'ll", "and", "can" ("you will mentor our architects"). */
const VERB_BEFORE = /(?:\bwill|\bto|['’]ll|\band|\bcan)\s+$/i;
/** A line's start up to the first word of its item: a bullet and spaces, or spaces only (items written as bare lines). */
const ITEM_OPENING = `^(?:${ITEM_START}\\s+|\\s*)`;
/**
 * A line's start up to a verb that opens its item: the bullet, or the bullet and other verbs, each with a comma
 * ("- ", "• Hire, ", "- Supervise, hire, "); a line without a bullet counts too (list items written as bare lines).
 */
const ITEM_VERB_BEFORE = new RegExp(`${ITEM_OPENING}(?:([A-Z][a-z]+),\\s+((?:[a-z]+,\\s+){0,3}))?$`);
/** The verbs of the verb-phrase table and the skills' verbs, in lower case: what may open an item before another verb. */
const ITEM_VERBS: ReadonlySet<string> = new Set(verbNouns().flatMap((v) => v.forms));
/**
 * Whether a line's start up to a mention opens an item with verbs only ("- ", "- Hire, ", "- Supervise, schedule, "; not
 * "- Sales, marketing, " before "budget and staffing reports").
 */
function itemVerbsBefore(lineStart: string): boolean {
  const m = ITEM_VERB_BEFORE.exec(lineStart);
  if (m === null) return false;
  if (!m[2]) return true;
  const words = [m[1].toLowerCase(), ...m[2].split(/,\s+/).filter((w) => w.length > 0)];
  return words.every((w) => ITEM_VERBS.has(w) || SKILL_VERBS.has(w));
}
/** After a verb that opens an item: its object or the next verb, in lower case ("Coach the", "Hire, coach"), not a noun it names ("Mentor program"). */
const VERB_OBJECT_AFTER = /^(?:\s+(?!(?:programs?|programmes?|date|dates|class|roles?|positions?|bus|sessions?|network|match|pairs?)\b)[a-z]|,\s)/;
/**
 * Skills named by a verb ("debug", "mentor") or its "-ing" form ("mentoring"): after "to", "and" or a comma they act on
 * the words that follow (the "-ing" forms not after "to").
 */
const SKILL_VERBS = new Set(['debug', 'mentor', 'coach', 'hire', 'train', 'prioritize', 'prioritise', 'negotiate', 'troubleshoot', 'delegate', 'facilitate', 'forecast', 'budget', 'triage', 'refactor', 'profile', 'optimize', 'optimise', 'communicate', 'upsell', 'prototype', 'mentoring', 'coaching', 'debugging', 'troubleshooting', 'refactoring', 'negotiating']);
/** Skills named by a noun that is also the person who does them ("a mentor", "your coach"). */
const PERSON_NOUNS = new Set(['mentor', 'mentors', 'coach', 'coaches']);
/** An article or a possessive before a noun, with up to two words between ("a data scientist mentor"). */
const DETERMINER_BEFORE = /(?:^|[^\w'’])(?:a|an|the|your|our|their|his|her)[ \t]+(?:(?!(?:and|or|to|will|can|also|then)\b)[a-z][\w-]*[ \t]+){0,2}$/i;
/** ... after which the noun is the job's role ("serve as a mentor", "be a coach to new hires"). */
const ROLE_BEFORE = /\b(?:as|be|become|becoming|being)[ \t]+(?:a|an|the|their|your)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$/i;
/** After "train", in its clause: what machine learning trains ("Train, evaluate and ship models"). */
const TRAINED_MODELS_AFTER = /^[^.;\n]*?\b(?:models?|classifiers?|networks?|llms?|embeddings?|agents?|detectors?|policies)\b/i;
/** A line's start up to the first word of its item (a bullet, or none). */
const VERB_AT_ITEM_START = new RegExp(`${ITEM_OPENING}$`);
/** After a verb, the start of its object: a determiner or "sure" ("Make every write", "Make sure"). */
const DETERMINER_NEXT = /^ (?:the|a|an|our|your|their|every|each|all|sure|it|them|this|these|those)\b/;
/** "keep" and a thing before "organized", in one clause ("Keep your station and the walk-in organized"; not "keep yourself organized"). */
const KEPT_THING_BEFORE = /\bkeep(?:s|ing)?\s+(?!(?:yourself|themselves|myself|ourselves)\b)[^.;!?\n]{1,70}$/i;
/** Names that are verbs first: opening an item before any word in lower case, the verb ("- Make failover boring", "- Move background jobs to Sidekiq"). */
const IMPERATIVE_NAMES: ReadonlySet<string> = new Set(['make', 'move']);
/** A space and a word in lower case next. */
const LOWER_WORD_NEXT = /^ [a-z]/;
/** After a one-word name, what makes it a certification's level ("Black Belt", "Foundation Level"). */
const CERT_LEVEL_NEXT = /^[ -](?:Belt|Level)\b/;
/** Before "hire": the company as its subject, or a point in time ("we hire", "of hire", "after hire"). */
const HIRE_NOT_THE_JOB_BEFORE = /\b(?:we|of|after|upon)\s+$/i;
/** Verbs of the job that the company does too ("we are looking to hire a", "willing to train the right person"). */
const COMPANY_OBJECT_VERBS = new Set(['hire', 'train']);
/** After "hire" or "train": the company hiring or training someone ("looking to hire a nurse", "willing to train the right person"). */
const COMPANY_OBJECT_AFTER = /^\s+(?:you\b|the right\b|an?\b|one\b|two\b|three\b|\d|candidates\b|applicants\b|people like you\b)/i;

/** An amount of money in figures: "120,000", "58k", "3 billion". */
const AMOUNT = String.raw`(?:\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?\s?(?:[kKmMbB]|thousand|million|billion|trillion)\b)`;
const AMOUNT_BEFORE = new RegExp(`${AMOUNT}\\s?$`);
const AMOUNT_AFTER = new RegExp(`^\\s?${AMOUNT}`);

/** Whether text[from, to) holds a currency sign, or the capitals a currency code opens with (a cheap test before the pay patterns). */
function moneyNear(text: string, from: number, to: number): boolean {
  for (let k = Math.max(0, from), end = Math.min(text.length, to); k < end; k++) {
    const c = text.charCodeAt(k);
    // $ £ ¥ €, and U E G C A S of USD, EUR, GBP, CAD/CHF, AUD, SEK
    if (c === 36 || c === 163 || c === 165 || c === 8364 || c === 85 || c === 69 || c === 71 || c === 67 || c === 65 || c === 83) return true;
  }
  return false;
}
/** After an acronym, a hyphen and more capitals that end the word: "-CT" of "DNS-CT", "-CP" of "SHRM-CP". */
const CODE_REST_AFTER = /^-[A-Z]{1,4}(?![\w-])/;
/** After a word, an amount of money: "Compensation $52,000", "Pay: £31.50 an hour", "Salary range: USD 90,000". */
const PAY_AMOUNT_AFTER = /^[ \t]*(?:[:–—-][ \t]*)?(?:range[ \t]*:?[ \t]*)?(?:[$£€¥]|(?:USD|EUR|GBP|CAD|AUD|SEK|CHF)[ \t]?)[ \t]?\d/;
/** Before a word, an amount of pay: "$20–$25/hr ", "£31,000 per year, ". */
const PAY_BEFORE = /[$£€¥][ \t]?\d[\d,.]*[ \t]?[kK]?(?:[ \t]*(?:\/[ \t]*|per[ \t]+|an?[ \t]+)(?:hr|hour|yr|year|annum|month))?[ \t]*,?[ \t]*$/;
/** Before a word, an amount and a part of pay: "$210,000 base + variable ", "£60k plus annual ". */
const PAY_PART_BEFORE = /[$£€¥][ \t]?\d[\d,.]*[ \t]?[kKmM]?[ \t]+(?:base[ \t]+)?(?:\+|plus|and)[ \t]+(?:variable|incentive|annual|performance-based|total)[ \t]+$/;

/**
 * A three-letter acronym written as a currency code: after or before an amount ("$58,000 CAD", "CAD 120,000", "CAD 3
 * billion") or as "CAD equivalent". Returns why, or undefined.
 */
function currencyCode(text: string, x: RawMention): string | undefined {
  if (AMOUNT_BEFORE.test(text.slice(Math.max(0, x.start - 20), x.start))) return 'a currency after an amount of money';
  if ((isDigit(text.charCodeAt(x.end)) || isDigit(text.charCodeAt(x.end + 1))) && AMOUNT_AFTER.test(text.slice(x.end, x.end + 20))) return 'a currency before an amount of money';
  if (/^\s+equivalents?\b/i.test(text.slice(x.end, x.end + 14))) return 'a currency ("... equivalent")';
  return undefined;
}

const HEAD_OF_BEFORE = /\b(?:heads?|directors?|vps?|vice presidents?|chiefs?|manager)\s+of\s+(?:(?:global|group|corporate|regional|the)\s+)?$/i;
/** "the VPs of Product, Sales and ": the names of the fields listed so far after the titles' "of", in capitals. */
const HEADS_OF_LIST_BEFORE = /\b(?:[Hh]eads|[Dd]irectors|VPs|[Vv]ice [Pp]residents|[Cc]hiefs|[Mm]anagers)\s+of\s+(?:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))+$/;
/**
 * A word of a name in a list: not a function word, nor a verb acting on people or teams ("and update customers",
 * "scaling teams"), nor a word of how teams work ("with Scrum, Kanban and distributed teams").
 */
const LIST_NAME_WORD = String.raw`(?!(?:with|to|for|of|in|on|at|by|from|into|and|or|the|a|an|our|your|their|its|all|other|cross-functional|distributed|remote|global|local|agile|small|large|multiple|diverse|dedicated|offshore|onshore|external|existing|new|high-performing|scaling|building|growing|leading|managing|running|developing|supporting|hiring|training|coaching|mentoring|helping|serving|update|updating|lead|manage|support|train|coach|mentor|help|serve|grow|build|scale|hire)\b)[\w&'’-]+`;
const LIST_NAME = String.raw`${LIST_NAME_WORD}(?:\s+${LIST_NAME_WORD})?`;
const LIST_LINK = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)`;
/** Before a list of names: a preposition (or "join"; group 1), a determiner (group 2), then the names so far, each followed by its link. */
const GROUPS_LIST_BEFORE = new RegExp(String.raw`\b([Ww]ith|for|to|from|across|serving|[Jj]oin|[Jj]oining|alongside|between)\s+(the\s+|our\s+|its\s+)?(?:${LIST_NAME}${LIST_LINK})*$`);
/** After a name: the rest of its list, then a noun of teams or units, or of customers (group 1). */
const GROUPS_AFTER_LIST = new RegExp(String.raw`^(?:${LIST_LINK}${LIST_NAME})*\s+(?:teams|departments|(units|wards)|(customers|clients|industries|markets|sectors))\b`);

/**
 * "Work with our design, account management and marketing teams", "parts for hydraulics, aerospace and medical
 * customers", "join the inpatient oncology and palliative care units": a name of a field (not a named product's: "for
 * Snowflake and Databricks customers", "with Scrum and Kanban teams" name the products and methods) in a list of names that ends in a noun of teams
 * (after "with", "join" ...), of units or wards (after "join", "across", "for its": "chillers, boilers and rooftop
 * units" are machines) or of customers (after "for", "serving", "across") names one of them, not a skill.
 */
function groupsListed(m: Matcher, text: string, x: RawMention): boolean {
  if (namedProduct(m, x.skill) || (!listLinkBefore(text, x.start) && !listLinkAfter(text, x.end))) return false;
  const after = GROUPS_AFTER_LIST.exec(text.slice(x.end, x.end + 100));
  if (after === null) return false;
  const before = GROUPS_LIST_BEFORE.exec(text.slice(Math.max(0, x.start - 100), x.start));
  if (before === null) return false;
  const prep = before[1].toLowerCase();
  if (after[1] !== undefined) return prep === 'join' || prep === 'joining' || prep === 'across' || (prep === 'for' && before[2] !== undefined);
  if (after[2] !== undefined) return prep === 'for' || prep === 'serving' || prep === 'across';
  return true;
}
const CERT_HOLDER_AFTER = /^\s+(?:professional|specialist|associate|expert|practitioner|administrator|technician|analyst)\b/i;
/** "with HR", "to finance", "alongside marketing": before a department's name. */
const WITH_DEPARTMENT_BEFORE = /\b(?:with|to|from|alongside|between)\s+(?:the\s+|our\s+|your\s+|local\s+)?(?:(?:central|corporate|regional|internal|wider|site|plant|local)\s+)?$/i;
/** "experience with", "familiarity with": the words before introduce a skill, not a department. */
const INTRODUCED_BEFORE = /\b(?:experience|experienced|familiarity|familiar|knowledge|skills?|skilled|proficiency|proficient|comfortable|background|expertise|exposure|help|helping|assist|assisting)\s+(?:\w+\s+)?(?:with|to|in)\s+(?:the\s+|our\s+|your\s+|local\s+)?$/i;
/** Names of departments that are also skills (a posting works with HR; it may also ask for HR skills). */
const DEPARTMENT_SKILLS = new Set(['hr-generalist', 'accounting', 'housekeeping', 'front-desk-operations', 'procurement', 'payroll-processing', 'customer-service', 'reception', 'security', 'it-support', 'software-testing', 'supply-chain-management', 'logistics', 'leadership', 'fpa', 'dispatching', 'inside-sales']);
/**
 * "Partner with Sales, Solutions Engineering and Marketing", "between Security, Platform Engineering and ...",
 * "and Finance, Legal, HR": capitalized names listed after "with", "between" or "and", one of them a department's
 * (group 1: the list before the mention).
 */
const DEPARTMENT_LIST_BEFORE = /\b(?:with|between|alongside|and|from|for|to)\s+(?:the\s+|our\s+)?((?:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)){1,5})$/;
/** The names listed after a first one ("Loss Control, Claims and Actuarial": group 1 is ", Claims and Actuarial"; a period ends a name unless a letter follows it). */
const DEPARTMENT_LIST_AFTER = /^((?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)[A-Z](?:[\w&'’-]|\.(?=\w))*(?:\s+[A-Z](?:[\w&'’-]|\.(?=\w))*){0,2}){1,5})/;
/** Where such a list ends: punctuation, a word that names whom or what for ("... and HR on", "... Product partners"), not a noun it qualifies ("HR dashboards"), or more units in lower case ("... and our infrastructure teams"). */
const DEPARTMENT_LIST_END = /^(?:\s*(?:[.,;:)\n]|$)|\s+(?:on|to|for|in|at|about|teams?|partners?|departments?|groups?|colleagues|leads|leaders|functions?|stakeholders)\b|,?\s+(?:and|&)\s+(?:our|the|other|their)\s+(?:[\w-]+\s+){0,2}(?:teams?|groups?|departments?|partners?|colleagues|functions|leaders|stakeholders)\b)/;
/** Departments by their usual names (one of them must be an item of a list for its capitalized neighbours to be departments too). */
const DEPARTMENT_NAMES =
  'Finance|Legal|HR|People|Sales|Marketing|Operations|Ops|Product|Engineering|Design|Compliance|Security|Tax|Procurement|IT|Support|Customer Success|Accounting|Payroll|Facilities|Data|Analytics|FP&A|Risk|Audit|Recruiting|Talent|Partnerships|Research|Supply Chain|Logistics|Treasury|Purchasing|Communications|Customer Service|' +
  'Claims|Actuarial|Underwriting|Maintenance|Quality|Nursing|Pharmacy|Admissions|Billing|Internal Audit|Merchandising|Regulatory Affairs|Loss Prevention|Safety|EHS|' +
  'Manufacturing|Quality Assurance|QA|Human Resources|Clinical Operations|Medical Affairs';
const DEPARTMENT_NAME = new RegExp(`^(?:${DEPARTMENT_NAMES})$`);
/** A department's name anywhere (a cheap test before DEPARTMENT_LIST_BEFORE, which is tried from every start). */
const DEPARTMENT_WORD = new RegExp(`(?:^|[^\\w&])(?:${DEPARTMENT_NAMES})(?![\\w&])`);
/** The token before `t` is a short all-capitals word on the same line, a space away ("LIN communication"). */
function acronymBefore(text: string, buf: TokenBuffer, t: number, line: Int32Array): boolean {
  if (t === 0 || line[t - 1] !== line[t] || buf.start[t] - buf.end[t - 1] !== 1 || text.charCodeAt(buf.end[t - 1]) !== 32) return false;
  const a = buf.start[t - 1];
  const b = buf.end[t - 1];
  if (b - a < 2 || b - a > 6) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!isCapital(c) && !isDigit(c)) return false;
  }
  return true;
}

/** "HR skills", "Sales experience": the words after a department's name that make it a skill after all. */
const SKILL_NOUN_AFTER = /^\s+(?:skills?|experience|knowledge|background)\b/i;
/** The same, and "teams" (a list of departments' names followed by "teams" names teams). */
const SKILL_OR_TEAM_NOUN_AFTER = /^\s+(?:skills?|experience|knowledge|background|teams?)\b/i;

/**
 * A department the job works with, not a skill: a department's skill after "with", "to", ... ("work with HR", "resolve
 * variances with accounting"), or any capitalized name listed with departments ("Partner with Sales, Solutions
 * Engineering and Marketing"); not after "experience with" and the like, nor before "skills" and the like.
 */
/** A certification's version and level before the word "certification" ("ITIL 4 Foundation certification"), or a belt ("Lean Six Sigma Green Belt"). */
const CERT_LEVEL_AFTER = /^\s+(?:(?:v?\d+(?:\.\d+)?\s+)?(?:Foundation|Practitioner|Associate|Professional|Expert|Specialty|Fundamentals|Master|Intermediate|Managing Professional)\s+(?:(?:or|and|\/)\s+[A-Z][\w-]*\s+)?(?:certifications?|certificates?|certified|credential)\b|(?:Yellow|Green|Black|White|Master Black)\s+Belt\b)/i;
/** The vendors' way of naming a certification: "Microsoft Certified: Azure ...". */
const CERTIFIED_COLON_BEFORE = /\bCertified:\s*$/;

/** The word "industry" or "sector" right after a mention. */
/** The character after a mention's following space with which COMMITTEE_AFTER can go on ("C", "&", "a"), to skip the pattern elsewhere. */
const COMMITTEE_NEXT: ReadonlySet<number> = new Set([67, 38, 97]);
/** After a name, a committee it names ("Audit Committee", "Audit & Risk Committee"). */
const COMMITTEE_AFTER = /^\s*(?:(?:&|and)\s+[A-Z][\w-]*\s+)?Committees?\b/;
const INDUSTRY_AFTER = /^[\s-]+(?:industry|industries|sector)\b/i;

/** "work closely with cardiology, pharmacy, quality and": a list of the units a job works with, up to a mention. */
/** "partner with", "work closely with": the start of a list of the units the job works with. */
const PARTNER_WITH = String.raw`\b(?:partner|partners|partnering|work|works|working|collaborate|collaborates|collaborating|liaise|liaises|coordinate|coordinates|communicate|communicates)\s+(?:\w+\s+)?with\s+(?:the\s+|our\s+)?[\w&'’ -]+`;
/** "work with inside sales, ": such a list up to a comma before the mention (one in its middle). */
const PARTNER_WITH_LIST_MIDDLE_BEFORE = new RegExp(String.raw`${PARTNER_WITH}(?:,\s*[\w&'’ -]+){0,5},\s*$`, 'i');
const PARTNER_WITH_LIST_BEFORE = new RegExp(String.raw`${PARTNER_WITH}(?:,\s*[\w&'’ -]+){1,6},?\s+(?:and|&)\s+$`, 'i');

/** A mention that starts with a word of quality ("excellent customer service") names a way of working. */
const QUALITY_FIRST = /^(?:excellent|exceptional|outstanding|superior|great|strong|good|friendly|courteous)\s/i;

/** A mention naming the process a candidate goes through ("hiring process", "interview process"). */
const PROCESS_WORD_END = /\b(?:hiring|interview(?:ing)?|recruit(?:ing|ment)|application|selection)\s+process(?:es)?$/i;
/** Before such a mention: a preposition and a determiner ("throughout the", "during our", "for our spring") or "Our" opening the line. */
const CANDIDATE_PROCESS_BEFORE = /(?:\b(?:[Tt]hroughout|[Dd]uring)\s+(?:the|our|this|your)\s+(?:[a-z]+\s+)?|\b(?:[Ii]n|[Ff]or|[Aa]bout|[Tt]hrough)\s+our\s+(?:[a-z]+\s+)?|(?:^|\n)\s*Our\s+)$/;
/** A line that opens with a label of the job's place in the company ("Department:", "Reports to:", "Division:"). */
const UNIT_LABEL_LINE = /^\s*(?:[-•*]\s*)?(?:Department|Dept\.?|Division|Business unit|Reports to|Reporting to|Function)\s*:[^.;|!?\n]*$/i;
/** "the" after a list's link ("..., Facilities and the "): the article of the name that follows. */
const THE_AFTER_LINK = /(?<=(?:,|&|\band)\s+)the\s+$/;
/** "for" before a list of names in capitals: the units a piece of work is for ("dashboards for Accounting and Supply Chain"). */
const FOR_UNITS_BEFORE = /(?<!\b(?:responsible|accountable)\s)\bfor\s+(?:the\s+|our\s+)?$/;
/** Words that each start with a capital and go on in lower case ("Inventory Control", "Patient Financial Services"). */
const TITLE_CASE_WORDS = /^\p{Lu}\p{Ll}+(?:[ -](?:(?:and|of|&)[ -])?\p{Lu}\p{Ll}+)+$/u;
/** Whether a name has a capital letter anywhere ("Scrum", "SQL"; not "inventory control"). */
export const hasUpperCase = (s: string): boolean => s !== s.toLowerCase();
/**
 * "with" or "alongside" right before, after a word of working together ("work closely with", "partner with the",
 * "escalation paths with").
 */
const WITH_UNIT_BEFORE = /\b(?:(?:work|works|working|worked|partner|partners|partnering|coordinate|coordinates|coordinating|collaborate|collaborates|collaborating|liaise|liaises|liaising|paths|closely|daily|together|alongside)\s+(?:with\s+)?|(?:sits?|sitting|lives?|based)\s+(?:inside|within|in)\s+|part\s+of\s+|reports?\s+(?:in)?to\s+)(?:the\s+|our\s+|your\s+)?$/i;
/** The end of a unit's name: punctuation, the end of a line, or a word that goes on to the work ("on", "to", "for"). */
const UNIT_NAME_END = /^(?:\s*(?:[,.;:)\n]|$)|\s+(?:on|to|for|and|about|teams?|office|group|department|board)\b)/;

function isDepartment(m: Matcher, text: string, line: LineInfo, x: RawMention): boolean {
  const after = text.slice(x.end, x.end + 12);
  // "with excellent customer service" is a way of working, not a department
  if (hasClass(m, x.skill, SKILL_DEPARTMENT) && !QUALITY_FIRST.test(text.slice(x.start, x.end))) {
    const before = text.slice(Math.max(0, x.start - 40), x.start);
    if (WITH_DEPARTMENT_BEFORE.test(before) && !INTRODUCED_BEFORE.test(before) && !SKILL_NOUN_AFTER.test(after)) return true;
    // "partner with cardiology, pharmacy, quality and Human Resources": the last of the units a job works with
    if (listLinkBefore(text, x.start) && PARTNER_WITH_LIST_BEFORE.test(text.slice(Math.max(0, x.start - 120), x.start)) && !SKILL_NOUN_AFTER.test(after)) return true;
    // "work with inside sales, dispatch and credit": one in the middle of such a list
    if (listLinkAfter(text, x.end) && PARTNER_WITH_LIST_MIDDLE_BEFORE.test(text.slice(Math.max(0, x.start - 120), x.start)) && !SKILL_NOUN_AFTER.test(after)) return true;
  }
  if (!isCapital(text.charCodeAt(x.start))) return false;
  // "Department: Information Technology, Service Management", "Reports to: Director of IT Operations": a line that
  // names the job's place in the company
  // (the label and its value only, within 80 characters of the line's start: "Department: Engineering. We build in Python"
  // asks for Python)
  if (x.start - line.start <= 80 && UNIT_LABEL_LINE.test(text.slice(line.start, x.start))) return true;
  // "Coordinate with Inventory Control on cycle counts", "with Sterile Processing.": the name of a lower-case skill in
  // capitals, words of a unit's name, right after "with" and before the end of the phrase
  if (x.tokEnd > x.tokStart && TITLE_CASE_WORDS.test(text.slice(x.start, x.end)) && !hasUpperCase(skillAt(m.compiled, x.skill).def.name)) {
    const before = text.slice(Math.max(0, x.start - 40), x.start);
    if (WITH_UNIT_BEFORE.test(before) && !INTRODUCED_BEFORE.test(before) && UNIT_NAME_END.test(text.slice(x.end, x.end + 16))) return true;
  }
  // (a list's last name may take an article: "with Procurement, Finance, Facilities and the Service Desk")
  const article = THE_AFTER_LINK.exec(text.slice(Math.max(0, x.start - 12), x.start));
  const start = article ? x.start - article[0].length : x.start;
  // "Partner with Loss Control, Claims and HR", "dashboards for Accounting and Supply Chain": the first name of such a list
  if (!listLinkBefore(text, start)) {
    if (!listLinkAfter(text, x.end)) return false;
    const before = text.slice(Math.max(0, x.start - 40), x.start);
    // (after "for", only a department's own name: "responsible for Accounts Payable and Payroll" names duties)
    const forUnits = FOR_UNITS_BEFORE.test(before) && DEPARTMENT_NAME.test(text.slice(x.start, x.end));
    if (!(WITH_DEPARTMENT_BEFORE.test(before) || forUnits) || INTRODUCED_BEFORE.test(before)) return false;
    return departmentsFollow(text, x.end);
  }
  const before = text.slice(Math.max(0, start - 120), start);
  // a department's name before it in the list, or after it ("with Manufacturing, Quality Assurance, Finance and Legal")
  const nameAfter = listLinkAfter(text, x.end) && DEPARTMENT_WORD.test(text.slice(x.end, x.end + 120));
  const list = DEPARTMENT_WORD.test(before) || nameAfter ? DEPARTMENT_LIST_BEFORE.exec(before) : null;
  if (list === null || INTRODUCED_BEFORE.test(before.slice(0, before.length - list[1].length)) || SKILL_OR_TEAM_NOUN_AFTER.test(after)) return false;
  return isDepartmentList(list[1]) || (nameAfter && departmentsFollow(text, x.end));
}

/**
 * A count of teams, then the list of their names, in capitals, so far ("You'll have four teams (Cloud Infrastructure,
 * Developer Experience, ", "three squads: Payments and "): each name is a team's, not a skill the job asks for.
 */
const TEAMS_COUNT_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[a-z-]+\s+)?(?:teams|squads|groups|pods)\s*$/;
/** The names listed so far after the opening "(" or ":", each in capitals, each followed by a comma, "and" or "&". */
const TEAM_NAMES_SO_FAR = /^\s*(?:[A-Z][\w&/-]*(?: [A-Z][\w&/-]*){0,3}(?:, | and | & |, and ))*$/;

/** Whether the mention at `start` is a name in a list of teams (TEAMS_COUNT_BEFORE, then "(" or ":", then TEAM_NAMES_SO_FAR). */
function teamNamesListed(text: string, start: number): boolean {
  // the opening "(" or ":" within 120 characters on the line, with no ")" between
  let open = -1;
  for (let k = start - 1; k >= 0 && k >= start - 120; k--) {
    const c = text.charCodeAt(k);
    if (c === 40 || c === 58) {
      open = k;
      break;
    }
    if (c === 10 || c === 41) return false;
  }
  if (open < 0) return false;
  return TEAMS_COUNT_BEFORE.test(text.slice(Math.max(0, open - 40), open)) && TEAM_NAMES_SO_FAR.test(text.slice(open + 1, start));
}

/** Whether a list of capitalized names that holds a department's name follows `end` and ends there ("..., Claims and HR."). */
function departmentsFollow(text: string, end: number): boolean {
  const rest = DEPARTMENT_LIST_AFTER.exec(text.slice(end, end + 120));
  return rest !== null && isDepartmentList(rest[1]) && DEPARTMENT_LIST_END.test(text.slice(end + rest[0].length, end + rest[0].length + 48));
}

/** A comma, "&" or the word "and" right before `at` (spaces aside): what links a name to the one before it in a list. */
function listLinkBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  if (c === 44 || c === 38) return true;
  return k >= 3 && text.charCodeAt(k) === 100 && text.charCodeAt(k - 1) === 110 && text.charCodeAt(k - 2) === 97 && !isWordCode(text.charCodeAt(k - 3));
}
/** A comma, "&" or the word "and" right after `at` (spaces aside): what links a name to the next one in a list. */
function listLinkAfter(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if (c === 44 || c === 38) return true;
  return text.charCodeAt(k) === 97 && text.charCodeAt(k + 1) === 110 && text.charCodeAt(k + 2) === 100 && !isWordCode(text.charCodeAt(k + 3));
}
const isDepartmentList = (list: string): boolean => list.split(/\s*(?:,|\band\b|&)\s*/).some((item) => DEPARTMENT_NAME.test(item.trim()));

/** The issuer of a life-support card after its name ("BLS and ACLS from the American Heart Association"). */
const CERT_ISSUER_AFTER = /^(?:\s*(?:,|and|or|\/|&)\s*[A-Z][\w/&-]{1,8})*\s*(?:certifications?\s+)?(?:from|by|through|via)\s+(?:the\s+)?(?:american heart association|aha|american red cross|red cross)\b/i;
/** Names of cards listed after the mention, the source both card tests below open with ("BLS, ACLS and PALS"). */
const CARDS_LISTED = String.raw`^(?:\s*(?:,|and|or|\/|&)\s*[A-Z][\w/&-]{1,10}(?:\s+[A-Z][\w-]{1,10})?)*\s*`;
/**
 * A card to hold by a deadline or named with others before "certification" ("BLS, ACLS and PALS required within 90
 * days of hire", "Pediatric CPR and First Aid certification").
 */
const CERT_DEADLINE_AFTER = new RegExp(String.raw`${CARDS_LISTED}(?:(?:certifications?|certificates?|cards?)\b|(?:(?:is|are|must be)\s+)?(?:required|obtained|completed|needed)?\s*(?:within|by)\s+(?:\d+|thirty|sixty|ninety|six|three|one)\s+(?:days?|weeks?|months?|years?)\s+(?:of|after|from)\s+(?:hire|hiring|start|starting))`, 'i');
/** "Pediatric First Aid and CPR (or willingness to complete in your first 90 days)": a card the hire may earn later. */
const CERT_TO_EARN_AFTER = new RegExp(String.raw`${CARDS_LISTED}\(?\s*(?:or\s+)?(?:(?:the\s+)?(?:willing(?:ness)?|able|ability)\s+to\s+(?:complete|obtain|get|earn)|(?:to\s+be\s+)?(?:obtain(?:ed)?|complete[ds]?|earn(?:ed)?)\s+(?:it\s+)?(?:within|in\s+(?:your|the)\s+first|by))\b`, 'i');
/**
 * "AWS D1.1 structural welding certification": one or two words of a credential's name go on to its noun (not to
 * "certificates" or "licenses": "mutual TLS client certificates", "Microsoft 365 user licenses" are things the work handles).
 */
const CERT_NOUN_SOON_AFTER = /^\s+(?:(?!(?:and|or|a|an|the|with|plus|including|as|to|in|of|for|is|are|be|your|our|their|its|any|this|that|etc)\b)[a-z][a-z-]+\s+){1,2}(?:certifications?|certified|licen[cs]e|credentials?)\b/;
/** Words in capitals, then the noun of a certification (" Machine Learning Specialty certification"). */
const CERT_NAME_IN_CAPITALS_AFTER = /^(?:\s+[A-Z][\w-]*){2,3}\s+(?:[Cc]ertifications?|[Cc]ertificate|[Cc]ertified)$/;
/** A health care credential's state before its name ("current BLS", "valid CPR"). */
const CURRENT_BEFORE = /\b(?:current|valid|active|up-to-date)\s+(?:\(?[A-Z]{2,5}\)?\s+(?:and|or|&|\/)\s+)?$/i;

/** A number or an owner before people named by their tool ("three iOS engineers", "our Android developers"). */
const COUNTED_PEOPLE_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|our|other|fellow)\s+$/i;

/** A verb of work done with people, as the last word of a mention ("Mentor staff", "coaching managers"). */
const PEOPLE_VERBS = new Set(
  'mentor mentors mentoring coach coaches coaching manage manages managing supervise supervises supervising train trains training develop develops developing lead leads leading support supports supporting motivate motivates motivating'.split(' '),
);

/**
 * "Mentor staff and senior engineers", "coaching managers": a verb acting on people (plural, or "staff"), not a
 * job title ("Training Coordinator", "Marketing Manager").
 */
function actsOnPeople(text: string, buf: TokenBuffer, x: RawMention, next: number): boolean {
  // the verb ends the mention, or opens one that names the people ("mentoring other" of "mentoring other developers")
  const last = text.slice(buf.start[x.tokEnd], buf.end[x.tokEnd]).toLowerCase();
  if (!PEOPLE_VERBS.has(last)) {
    const verbFirst = x.tokEnd > x.tokStart && PEOPLE_VERBS.has(text.slice(buf.start[x.tokStart], buf.end[x.tokStart]).toLowerCase());
    // "Mentor apprentices and Tech I/II team members": the verb and the people it acts on, the mention's own words
    if (verbFirst && x.tokEnd === x.tokStart + 1 && last.length > 3 && last.endsWith('s')) return true;
    if (!(OTHERS.has(last) && verbFirst)) return false;
  }
  const noun = text.slice(buf.start[next], buf.end[next]).toLowerCase();
  if (noun === 'staff' || noun.endsWith('s')) return true;
  // "coach Technician I and II staff": the people named by their grades
  return GRADED_PEOPLE_AFTER.test(text.slice(buf.start[next], buf.start[next] + 60));
}

/** Words that name the people a verb acts on inside a mention ("mentoring others"). */
const OTHERS = new Set(['other', 'others']);
/** A job title with grades, then the people it names ("Technician I and II staff", "Operator II team members"). */
const GRADED_PEOPLE_AFTER = /^[A-Z][\w-]*\s+(?:I{1,3}|IV|V|[1-4])(?:\s*(?:,|and|or|&|\/)\s*(?:I{1,3}|IV|V|[1-4]))*\s+(?:staff|team\s+members|[a-z]+s)\b/;

/** "CSP, CIH": token k an acronym after a comma that ends the acronym before it (a list of credentials' letters). */
function acronymAfterComma(text: string, buf: TokenBuffer, k: number): boolean {
  const a = buf.end[k - 1];
  if (text.charCodeAt(a) !== 44 || buf.start[k] !== a + 2 || text.charCodeAt(a + 1) !== 32) return false;
  return allCapitals(text, buf.start[k - 1], a) && allCapitals(text, buf.start[k], buf.end[k]);
}

/** Two to six capital letters. */
function allCapitals(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 6) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * Same as /^\s?[\/&]\s?$/.test(text.slice(a, b)) (no white space is a "/" or "&", so the optional spaces
 * need no backtracking), without the slice and the regex run: asked for almost every mention.
 */
function slashOrAmpersand(text: string, a: number, b: number): boolean {
  let i = a;
  if (i < b && isSpace(text.charCodeAt(i))) i++;
  if (i >= b) return false;
  const c = text.charCodeAt(i);
  if (c !== 47 && c !== 38) return false;
  i++;
  if (i < b && isSpace(text.charCodeAt(i))) i++;
  return i === b;
}

/** A method before "team(s)" after "in a", "running" or "working in" ("in our Scrum team", "running Agile teams"). */
/** (case by hand: the method listed first is capitalized, "in an Agile/Scrum team") */
const METHOD_TEAM_BEFORE = /\b(?:[Ii]n|[Rr]unning|[Ll]eading|[Ww]orking\s+in|[Ww]ork\s+in)\s+(?:[Aa]n?\s+|[Oo]ur\s+|[Tt]he\s+|[Yy]our\s+)?(?:[A-Z][\w-]*\s*(?:\/|&|and\s)\s*)?$/;
/** "Serve on 504 and IEP teams", "serve on the building MTSS team": a member of the teams that run a process. */
const SERVE_ON_TEAM_BEFORE = /\b(?:serves?|serving|sit|sits)\s+on\s+(?:the\s+|our\s+)?(?:[\w-]+\s+(?:and\s+|or\s+|&\s+)?)?$/i;
const METHOD_TEAM_NOUN = /^\s+(?:teams?|squads?)\b/i;
/**
 * Whether a capitalized practice before "team" names the method the team works by (METHOD_TEAM_BEFORE), or a process of
 * practice or education the job serves on the team of (SERVE_ON_TEAM_BEFORE).
 */
function teamOfMethod(m: Matcher, text: string, x: RawMention, next: number): boolean {
  const category = skillAt(m.compiled, x.skill).def.category;
  if ((category !== 'practice' && category !== 'education') || !isCapital(text.charCodeAt(x.start)) || !METHOD_TEAM_NOUN.test(text.slice(x.end, m.buf.end[next]))) return false;
  const before = text.slice(Math.max(0, x.start - 40), x.start);
  return (category === 'practice' && METHOD_TEAM_BEFORE.test(before)) || SERVE_ON_TEAM_BEFORE.test(before);
}

/**
 * Whether the mention, in the description, is the job title said again ("We are seeking a Litigation Paralegal" under
 * the title "Litigation Paralegal"): its words and the title word after (or before) them, as in the title (by stem).
 */
function titleRepeated(m: Matcher, text: string, x: RawMention): boolean {
  const { buf } = m;
  if (buf.line[x.tokStart] === 0) return false;
  const first = buf.hash[x.tokStart];
  const n = x.tokEnd - x.tokStart;
  for (let t = 0; t < buf.count && buf.line[t] === 0; t++) {
    if (buf.hash[t] !== first) continue;
    let same = t + n < buf.count && buf.line[t + n] === 0;
    for (let k = 1; k <= n && same; k++) same = buf.hash[t + k] === buf.hash[x.tokStart + k];
    if (!same) continue;
    const tn = t + n + 1;
    const xn = x.tokEnd + 1;
    if (tn < buf.count && buf.line[tn] === 0 && xn < buf.count && buf.line[xn] === buf.line[x.tokEnd] && buf.hash[tn] === buf.hash[xn] && titleWord(text, buf, xn)) return true;
    const xp = x.tokStart - 1;
    if (t > 0 && xp >= 0 && buf.line[xp] === buf.line[x.tokStart] && buf.hash[t - 1] === buf.hash[xp] && titleWord(text, buf, xp)) return true;
  }
  return false;
}

/** Small words that a title shares with any sentence ("English/Vietnamese or ..."): no sign of the title repeated. */
const LINK_WORDS = new Set(['and', 'or', 'of', 'in', 'for', 'the', 'a', 'an', 'to', 'with', 'at', 'on']);
const titleWord = (text: string, buf: Matcher['buf'], t: number): boolean => !LINK_WORDS.has(text.slice(buf.start[t], buf.end[t]).toLowerCase());

/** Before a job held: "experience as a", "5 years as an". */
const JOB_HELD_BEFORE = /\b(?:experience|years?|worked|working|background|career|tenure)\s+as\s+an?\s+$/i;

/** Mention-level rulings: job titles, certifications and degrees are not skills. */
export function isTitleOrCredential(m: Matcher, text: string, lines: readonly LineInfo[], x: RawMention, titleEnd: number): string | undefined {
  const { buf, w } = m;
  const tool = hasClass(m, x.skill, SKILL_TOOL);
  // the posting's title names the job ("Data Engineer", "Distributed Storage" team): only tools in it count
  if (x.end <= titleEnd && !tool) return 'in the job title (names the job, not a requirement)';
  if (!tool && titleRepeated(m, text, x)) return 'part of the job title, repeated in the text ("seeking a Litigation Paralegal")';
  if (m.patAcronym3[x.pattern] === 1) {
    const currency = currencyCode(text, x);
    if (currency) return currency;
  }
  // "Compensation $52,000–$64,000", "$210,000 base + variable compensation": the pay offered
  // (the patterns run only where a currency sign or code is near: most mentions have none)
  if (moneyNear(text, x.end, x.end + 12) && PAY_AMOUNT_AFTER.test(text.slice(x.end, x.end + 24))) return 'the pay offered, not a skill';
  if (moneyNear(text, x.start - 40, x.start) && PAY_PART_BEFORE.test(text.slice(Math.max(0, x.start - 40), x.start))) return 'the pay offered, not a skill';
  // "Director of Nursing Services Certification (DNS-CT)", "SHRM-CP": an acronym that opens a longer code
  if (text.charCodeAt(x.end) === 45 && CODE_REST_AFTER.test(text.slice(x.end, x.end + 6)) && SHORT_CAPITALS.test(text.slice(x.start, x.end))) return `part of a longer code ("${text.slice(x.start, x.end + 6).split(/[\s),;]/)[0]}")`;
  // "$20–$25/hr DOE": an acronym after the pay ("depending on experience")
  if (moneyNear(text, x.start - 24, x.start) && SHORT_CAPITALS.test(text.slice(x.start, x.end)) && PAY_BEFORE.test(text.slice(Math.max(0, x.start - 24), x.start))) return 'part of the pay offered ("$25/hr DOE")';
  // (the phrase tests below run only where the words around, looked up by id, say they may apply)
  const prev = x.tokStart > 0 ? buf.id[x.tokStart - 1] : -1;
  const prev2 = x.tokStart > 1 ? buf.id[x.tokStart - 2] : -1;
  // "Head of Global Procurement", "Director of Nursing": the field of a job title
  if ((prev === w.of || prev2 === w.of) && HEAD_OF_BEFORE.test(text.slice(Math.max(0, x.start - 40), x.start))) return 'part of a job title ("head of ...")';
  // "3 years of experience as a DBA": the job held
  if ((prev === w.a || prev === w.an) && JOB_HELD_BEFORE.test(text.slice(Math.max(0, x.start - 40), x.start))) return 'a job held ("experience as a ...")';
  // "Certified Payroll Professional (CPP)": the name of a certification
  if ((prev === w.certified || buf.id[x.tokStart] === w.certified) && CERT_HOLDER_AFTER.test(text.slice(x.end, x.end + 16)))
    return 'names a certification ("Certified ... Professional")';
  const line = lines[m.buf.line[x.tokStart]];
  if (isDepartment(m, text, line, x)) return 'a department the job works with, not a skill';
  // "accommodations are available throughout the hiring process", "Our hiring process": the one the candidate goes through
  if (PROCESS_WORD_END.test(text.slice(Math.max(x.start, x.end - 24), x.end)) && CANDIDATE_PROCESS_BEFORE.test(text.slice(Math.max(0, x.start - 40), x.start)) && !line.bullet) return "the employer's process the candidate goes through, not a skill";
  // "alongside the VPs of Product, Sales and Customer Success": the fields of job titles, listed
  if (isCapital(text.charCodeAt(x.start)) && listLinkBefore(text, x.start) && HEADS_OF_LIST_BEFORE.test(text.slice(Math.max(0, x.start - 90), x.start))) return 'part of a job title ("VPs of ...")';
  if (groupsListed(m, text, x)) return 'names one of the teams, units or customers listed ("our design, account management and marketing teams")';
  if (isCapital(text.charCodeAt(x.start)) && teamNamesListed(text, x.start)) return 'the name of a team in a list of teams ("four teams (Cloud Infrastructure, ...)")';
  // "ITIL 4 Foundation certification", "Microsoft Certified: Azure Data Engineer Associate": a certification's name
  if (CERT_LEVEL_AFTER.test(text.slice(x.end, x.end + 48)) || CERTIFIED_COLON_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start)))
    return 'names a certification (its level follows, or "Certified:" comes before)';
  // "Life sciences industry background", "payments sector experience": an industry, not a skill
  if (INDUSTRY_AFTER.test(text.slice(x.end, x.end + 12))) return 'names an industry ("... industry"), not a skill';
  // "the Board's Audit Committee", "Audit & Risk Committee": a committee's name
  if (COMMITTEE_NEXT.has(text.charCodeAt(x.end + 1)) && COMMITTEE_AFTER.test(text.slice(x.end, x.end + 24))) return 'part of a committee\'s name';
  if (hasClass(m, x.skill, SKILL_HEALTH)) {
    // "BLS and ACLS from the American Heart Association", "current CPR": a course's card, not a skill
    if (CERT_ISSUER_AFTER.test(text.slice(x.end, x.end + 60))) return 'names a certification (its issuer follows)';
    if (CURRENT_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start))) return 'names a certification ("current", "valid")';
    const after = text.slice(x.end, x.end + 80);
    if (CERT_DEADLINE_AFTER.test(after)) return 'names a certification (held by a deadline, or a "certification")';
    if (CERT_TO_EARN_AFTER.test(after)) return 'names a certification (the hire may earn it later)';
  }
  let next = x.tokEnd + 1;
  if (next >= buf.count) return undefined;
  // "BLS (CPR) card": past the parenthesis the mention is in
  if (text.charCodeAt(x.end) === 41 && text.charCodeAt(x.start - 1) === 40 && isWord(m, buf.id[next], WORD_CERT_NOUN) && /^\)\s*$/.test(text.slice(x.end, buf.start[next])))
    return 'names a certification, licence or degree';
  // ("CSP, CIH or CHMM certification": acronyms listed with commas go on to the list's noun)
  if (buf.gap[next] === GAP_HARD && !acronymAfterComma(text, buf, next)) {
    // "Security Operations Center (SOC) Analyst": look past a short parenthesis
    const c = text.charCodeAt(x.end) === 32 ? text.charCodeAt(x.end + 1) : text.charCodeAt(x.end);
    if (c !== 40) return undefined;
    {
      const close = text.indexOf(')', x.end);
      if (close < 0 || close - x.end > 20) return undefined;
      while (next < buf.count && buf.start[next] < close) next++;
      if (next >= buf.count || !/^\)\s*$/.test(text.slice(close, buf.start[next]))) return undefined;
    }
  }
  const id = buf.id[next];
  if (isWord(m, id, WORD_CERT_NOUN) && !certNounInCompound(text, buf, next)) return 'names a certification, licence or degree';
  // (the noun two or three words on, looked up by id, before the phrase test)
  if (next + 1 < buf.count && (isWord(m, buf.id[next + 1], WORD_CERT_NOUN) || (next + 2 < buf.count && isWord(m, buf.id[next + 2], WORD_CERT_NOUN))) && CERT_NOUN_SOON_AFTER.test(text.slice(x.end, x.end + 60)))
    return 'names a certification (its name goes on to "certification")';
  // "An AWS Machine Learning Specialty certification": the first word of a certification's name in capitals
  for (let k = next + 2; k <= next + 3 && k < buf.count; k++)
    if (isWord(m, buf.id[k], WORD_CERT_NOUN) && CERT_NAME_IN_CAPITALS_AFTER.test(text.slice(x.end, buf.end[k]))) return 'names a certification (its name goes on to "certification")';
  // "BLS and ACLS certification", "BLS/CPR certification", "First Aid/CPR card", "Forklift or order picker
  // certification": a short list of names before the noun (each name, of one or two words, joined to the one before
  // by "/", "&", "and" or "or")
  // ... and of named fields before a job or team noun ("QA and SRE staff")
  let itemWords = 0;
  for (let k = next; k < buf.count && k - next < 5; k++) {
    // (only a comma between acronyms goes on: "CSP, CIH")
    const comma = buf.gap[k] === GAP_HARD;
    if (comma && !acronymAfterComma(text, buf, k)) break;
    const kid = buf.id[k];
    // "Docker and the AWS certification": an article starts another phrase
    if (isWord(m, kid, WORD_DETERMINER)) break;
    if (isWord(m, kid, WORD_CERT_NOUN) && !certNounInCompound(text, buf, k)) return 'names a certification, licence or degree';
    // (not a later word of a skill's name: "Git and IBM Developer for z/OS", "Terraform and Open Policy Agent")
    if (k > next + 1 && !tool && isWord(m, kid, WORD_TITLE_NOUN) && isCapital(text.charCodeAt(buf.start[k - 1])) && (m.mentionStart[k] & IN_MENTION) === 0 && !actsOnPeople(text, buf, x, next))
      return 'part of a job title or team name';
    const prev = buf.id[k - 1];
    const joined = kid === w.and || kid === w.or || prev === w.and || prev === w.or || slashOrAmpersand(text, buf.end[k - 1], buf.start[k]) || comma;
    if (joined) itemWords = 0;
    else if (k === next || ++itemWords > 1) break;
  }
  if (isWord(m, id, WORD_PLACE_NOUN)) return 'part of a place name';
  // ("Mentor staff and senior engineers", "coaching managers": a verb acting on people)
  // ("work in a Scrum team", "experience running Agile teams": a team that works by the method, which is asked for)
  if (isWord(m, id, WORD_TITLE_NOUN) && !tool && !actsOnPeople(text, buf, x, next) && !teamOfMethod(m, text, x, next)) return 'part of a job title or team name';
  // "alongside four Android engineers, three iOS engineers": people counted or owned, named by their tool
  if (isWord(m, id, WORD_TITLE_NOUN) && tool && COUNTED_PEOPLE_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start)) && /s$/.test(text.slice(buf.start[next], buf.end[next])))
    return 'people of the team, named by their tool';
  return undefined;
}
