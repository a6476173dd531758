import type { Enrichment, Evidence, SkillMention } from '@jobstream/contracts';
import type { SkillDef } from '../taxonomy/skill-def';
import { type CompiledSkill, compileTaxonomy, type LinkedTaxonomy, linkTaxonomy, type PackedForms, skillAt, type SkillDefs } from './compile';
import { analyzeLines, clauseEnd, clauseStartBefore, companySpans, contextSpans, type LineInfo, type Span, SpanSweep, spanAt, type WindowsFn } from './context';
import { extractExperience, type ExperienceResult, type YearsCandidate } from './experience';
import { createMatcher, execInWindows, findMentions, hasUpperCase, IN_MENTION, isCapital, isNegated, isNonTechSkill, isTechSkill, isToolSkill, isTitleOrCredential, type Matcher, type MatcherTables, MENTION_STARTS, modifierReason, namedProduct, type RawMention, resolveAmbiguous, TECH_POSTING_SKILLS, techSkillCount, TOOL_MENTION_ENDS, tokenizeAndLookup, TRIG_NOT_THE_JOB, triggerWindows, VERB_OBJECT, WAYS_OF_WORKING, withElidedHeads, withEmbeddedNames, withVerbPhrases } from './match';
import { detectSeniority } from './seniority';
import { GAP_SOFT } from './tokenize';

export const ENGINE_VERSION = '1.6.62';

export interface PostingInput {
  id?: string;
  title: string;
  description: string;
  company?: string;
  location?: string;
}

/** Why one mention counted (or not), for `--explain`. */
export interface MentionTrace {
  skillId: string;
  name: string;
  evidence: Evidence;
  kept: boolean;
  optional: boolean;
  why: string;
}

export interface EnrichmentTrace {
  text: string;
  mentions: MentionTrace[];
  experience: ExperienceResult;
}

export interface Enricher {
  enrich(posting: PostingInput): Enrichment;
  /** Same as enrich, plus an account of every mention (kept or dropped) and of the years. */
  explain(posting: PostingInput): { enrichment: Enrichment; trace: EnrichmentTrace };
  readonly taxonomyVersion: string;
  readonly engineVersion: string;
  readonly skillCount: number;
}

export interface EnricherOptions {
  /** The skills, or (with their `forms`) definition `i` of them, made on first use. */
  skills: SkillDefs;
  taxonomyVersion: string;
  /** Words never matched on their own as a skill form (e.g. an O*NET alias that is just "software"). */
  genericTerms?: readonly string[];
  /**
   * `packForms(compileForms(skills, genericTerms))` done beforehand: only linked; or linked too (`linkedFormsOf`, as the
   * built-in taxonomy ships them): only read.
   */
  forms?: PackedForms | LinkedTaxonomy;
  /** `matcherTablesOf` the linked `forms`, made beforehand (as the built-in taxonomy ships them): only read. */
  matcherTables?: MatcherTables;
}

export function buildEnricher(options: EnricherOptions): Enricher {
  const { skills } = options;
  if (options.forms === undefined && typeof skills === 'function') throw new Error('buildEnricher: skills given one by one need their compiled forms');
  const compiled = options.forms ? linkTaxonomy(skills, options.forms) : compileTaxonomy(skills as readonly SkillDef[], options.genericTerms);
  const matcher = createMatcher(compiled, options.matcherTables);
  const { taxonomyVersion } = options;

  const run = (posting: PostingInput, traces: MentionTrace[] | null): { enrichment: Enrichment; experience: ExperienceResult; text: string } => {
    const title = posting.title;
    // joined (not a template literal): a flat string, whose characters read about twice as fast as a concatenation's
    const text = [`${title}`, `${posting.description}`].join('\n');
    const descriptionStart = title.length + 1;
    tokenizeAndLookup(matcher, text);
    const windows = (bits: number, before: number, after: number): [number, number][] => triggerWindows(matcher, text, bits, before, after);
    const lines = analyzeLines(text);
    const spans = contextSpans(text, lines, windows);
    companySpans(text, posting.company, spans);
    // one sweep over the spans (grouped and sorted once) for the years and for the skills, rewound for each
    const sweep = new SpanSweep(spans);
    const experience = extractExperience(text, sweep, windows);

    const raw = withVerbPhrases(matcher, text, withEmbeddedNames(matcher, withElidedHeads(matcher, text, findMentions(matcher, text))));
    const mentions = resolveAmbiguous(matcher, text, lines, raw);
    // skills the posting says it will teach or does not need, also where the mention there had no support of its
    // own ("you don't need to know Greenhouse already"); `mentions` is `raw` with these left out, in order
    let taught: Set<number> | undefined;
    for (let i = 0, j = 0; i < raw.length && raw.length > mentions.length; i++) {
      const r = raw[i];
      if (r === mentions[j]) {
        j++;
        continue;
      }
      if (traces) traces.push(trace(matcher, text, r, false, false, 'ambiguous word without supporting context'));
      const ex = spanAt(spans, 'excluded', r.start, r.end);
      if (ex && taughtHere(text, lines, matcher, ex, r)) (taught ??= new Set()).add(r.skill);
    }
    const skills = collectSkills(matcher, text, lines, title.length, mentions, sweep, experience, traces, taught, postingWords(text, windows));
    const seniority = detectSeniority({
      title,
      text,
      descriptionStart,
      minYears: experience.minYears,
      maxYears: experience.maxYears,
      yearsEvidence: experience.evidence,
      windows,
    });
    return {
      enrichment: {
        skills,
        seniority,
        experience: { minYears: experience.minYears, maxYears: experience.maxYears, evidence: experience.evidence },
        engineVersion: ENGINE_VERSION,
        taxonomyVersion,
      },
      experience,
      text,
    };
  };

  return {
    enrich: (posting) => run(posting, null).enrichment,
    explain: (posting) => {
      const traces: MentionTrace[] = [];
      const r = run(posting, traces);
      traces.sort((a, b) => a.evidence.start - b.evidence.start);
      return { enrichment: r.enrichment, trace: { text: r.text, mentions: traces, experience: r.experience } };
    },
    taxonomyVersion,
    engineVersion: ENGINE_VERSION,
    skillCount: compiled.skillCount,
  };
}

function trace(m: Matcher, text: string, x: RawMention, kept: boolean, optional: boolean, why: string): MentionTrace {
  const def = skillAt(m.compiled, x.skill).def;
  return { skillId: def.id, name: def.name, evidence: { start: x.start, end: x.end, text: text.slice(x.start, x.end) }, kept, optional, why };
}

/** Surface forms that name a whole field, not a checkable skill, when they are the area of a years figure. */
const BROAD_FORMS = new Set([
  'software engineering', 'software development', 'engineering', 'programming', 'development', 'data engineering', 'data science',
  'analytics', 'data analytics', 'devops', 'sre', 'site reliability engineering', 'infrastructure', 'cloud engineering',
  'backend development', 'backend', 'frontend development', 'frontend', 'full stack development', 'full stack', 'web development',
  'game development', 'hr', 'human resources', 'it', 'information technology', 'nursing', 'accounting', 'finance', 'sales',
  'marketing', 'security', 'information security', 'cybersecurity', 'operations', 'research', 'consulting', 'management',
  // the fields of non-tech postings' years ("1-3 years in logistics, freight forwarding or supply chain")
  'logistics', 'supply chain', 'freight forwarding', 'transportation', 'warehousing', 'warehouse', 'manufacturing',
  'manufacturing operations', 'production', 'construction', 'retail', 'hospitality', 'food service', 'healthcare', 'health care',
  'banking', 'insurance', 'legal', 'law', 'education', 'teaching', 'administration', 'office administration',
  'mobile development', 'mobile app development', 'product management', 'systems administration', 'system administration',
  'network engineering', 'quality assurance', 'data analysis', 'it support',
]);

const normalizeForm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();

/** Whether a mention's words name a whole field (BROAD_FORMS), remembered by surface text (the same few forms recur). */
const broadFormCache = new Map<string, boolean>();
function isBroadForm(surface: string): boolean {
  let broad = broadFormCache.get(surface);
  if (broad === undefined) {
    broad = BROAD_FORMS.has(normalizeForm(surface));
    if (broadFormCache.size >= 50000) broadFormCache.clear();
    broadFormCache.set(surface, broad);
  }
  return broad;
}

/** Years figures by area start, for queries in increasing position order. */
class AreaIndex {
  private readonly areas: YearsCandidate[];
  private next = 0;
  private open: YearsCandidate[] = [];
  constructor(e: ExperienceResult) {
    this.areas = e.candidates.filter((c) => c.areaEnd > c.areaStart).sort((a, b) => a.areaStart - b.areaStart);
  }
  areasAround(pos: number): YearsCandidate[] {
    while (this.next < this.areas.length && this.areas[this.next].areaStart <= pos) this.open.push(this.areas[this.next++]);
    if (this.open.length > 4) this.open = this.open.filter((c) => c.areaEnd > pos);
    return this.open;
  }
}

const ACRONYM = /^[A-Z][A-Za-z&]{1,5}$/;
const SKIPPED_WORDS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', '&']);

/**
 * "Strong Customer Authentication (SCA)", "Center for Protein Research (CPR)": an acronym in parentheses right
 * after the words it abbreviates names those words. When the skill spells the same acronym out differently,
 * the acronym is not the skill. Returns those words, or undefined.
 */
function otherExpansion(text: string, x: RawMention, skill: CompiledSkill): string | undefined {
  if (text.charCodeAt(x.start - 1) !== 40 || text.charCodeAt(x.end) !== 41) return undefined;
  const acronym = text.slice(x.start, x.end);
  if (!ACRONYM.test(acronym)) return undefined;
  const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
  // only when the skill spells the acronym out itself, differently ("software composition analysis" for SCA):
  // an expansion the taxonomy does not know ("Structured Query Language (SQL)") says nothing
  const spelled = spelledForms(skill).filter((f) => f.initials === letters);
  if (spelled.length === 0) return undefined;
  const before = text.slice(Math.max(0, x.start - 1 - 80), x.start - 1).replace(/\s+$/, '');
  const words = before.split(/[\s/-]+/);
  // take words from the end until their initials (function words skipped) spell the acronym
  let initials = '';
  let k = words.length - 1;
  for (; k >= 0 && initials.length < letters.length; k--) {
    const w = words[k].replace(/[^\p{L}\p{N}&]/gu, '');
    if (w === '') break;
    if (SKIPPED_WORDS.has(w.toLowerCase())) continue;
    initials = w[0].toLowerCase() + initials;
  }
  if (initials !== letters) return undefined;
  const expansion = words.slice(k + 1).join(' ').replace(/[^\p{L}\p{N}&' -]/gu, '').trim();
  const normalized = normalizeForm(expansion);
  return spelled.some((f) => f.form === normalized) ? undefined : expansion;
}

/** A form of several words of a skill (name or alias), normalized, with its initials (function words skipped). */
interface SpelledForm {
  form: string;
  initials: string;
}
/** Per skill: its forms of several words, normalized once (otherExpansion asks the same skills again and again). */
const spelledCache = new WeakMap<CompiledSkill, SpelledForm[]>();
function spelledForms(skill: CompiledSkill): SpelledForm[] {
  let forms = spelledCache.get(skill);
  if (forms === undefined) {
    forms = [skill.def.name, ...skill.aliases]
      .map(normalizeForm)
      .filter((f) => f.includes(' '))
      .map((form) => ({ form, initials: initialsOf(form) }));
    spelledCache.set(skill, forms);
  }
  return forms;
}

/**
 * "Cisco IOS XR" is not iOS: a name whose first letter is lower case before capitals (iOS, macOS, eBPF) written
 * in capitals only names something else.
 */
function otherCapitals(text: string, x: RawMention, name: string): boolean {
  if (x.end - x.start !== name.length || !/^\p{Ll}+\p{Lu}/u.test(name)) return false;
  const surface = text.slice(x.start, x.end);
  return surface === surface.toUpperCase() && surface !== name;
}

const initialsOf = (words: string): string =>
  words
    .split(' ')
    .filter((w) => w !== '' && !SKIPPED_WORDS.has(w))
    .map((w) => w[0])
    .join('');

/** "pass a", "clear the", and "pass" with no article at a line's start or after "must", "and", "to" (up to the space after it). */
const PASS_START = String.raw`\b(?:pass|passing|clear)\s+(?:an?|the|our)|(?:(?:^|\n)[ \t]*(?:[-•*][ \t]*)?|\b(?:must|and|to)\s+)pass(?:ing)?`;
/**
 * What the candidate must pass or clear before hire ("able to pass a DOT drug screen and background check", "pass our
 * practical weld test"): a check of the candidate, not a skill.
 */
const PASS_BEFORE = new RegExp(String.raw`(?:${PASS_START})\s+(?:[\w-]+[ /]+){0,3}(?:(?:and|or|&)\s+(?:an?\s+)?(?:[\w-]+[ /]+){0,2})?$`, 'i');

/**
 * Tools the candidate brings ("Own basic hand tools", "Your own hand tools and welding helmet", "Own welding hood, hand
 * tools", "We supply all tooling; you bring your own basic measuring instruments").
 */
const OWN_BEFORE = /(?:^|\n|[.;:]\s+)[^\S\n]*(?:[-•*▪·–][^\S\n]*)?(?:you\s+)?(?:(?:have|bring|need)\s+)?(?:your\s+)?own\s+(?:[\w-]+,?\s+){0,4}$/i;
/** A mention ending in "tool(s)" or "instrument(s)", any case ("hand tools", "measuring instruments"): the only ones OWN_BEFORE is read for. */
const KIT_END = /(?:tools?|instruments?)$/i;
function endsWithTools(text: string, x: RawMention): boolean {
  // (the last letter first, so that most mentions make no string: "l", "s" or "t")
  const c = text.charCodeAt(x.end - 1) | 32;
  if (c !== 108 && c !== 115 && c !== 116) return false;
  return x.end - x.start >= 4 && KIT_END.test(text.slice(Math.max(x.start, x.end - 11), x.end));
}

/** Words whose phrases the drop tests look for, found once per posting so that most postings skip those tests. */
interface PostingWords {
  /** "pass", "passing" or "clear" before an article (PASS_BEFORE). */
  passOrClear: boolean;
  /** The employer as the subject of "provides", "offers", "pays for" ... (EMPLOYER_PROVIDES_BEFORE). */
  employerProvides: boolean;
  /**
   * Where an organization is said to span fields ("an organization of 45 people across"): per phrase, where it starts
   * and where the clause after it ends (see teamComposition).
   */
  teamSpans: { start: number; tail: number; end: number }[];
}
/** The verbs of an employer providing something: "provides", "offers", "pays for" ... */
const PROVIDES = String.raw`(?:provides?|offers?|pays?\s+for|covers?|sponsors?)`;
/** After a skill, in the same clause: "training" ("... Nonviolent Crisis Intervention training to all staff"). */
const TRAINING_AFTER = /^[^.;:\n]{0,50}?\btraining\b/i;
/** Before a skill, in the same clause: the employer as the subject of "provides" ("The district provides ", "We pay for "). */
const EMPLOYER_PROVIDES_BEFORE =
  new RegExp(String.raw`\b(?:[Ww]e|[Dd]istrict|[Cc]ompany|[Ee]mployer|[Cc]ounty|[Cc]ity|[Hh]ospital|[Ss]chool|[Cc]linic|[Ss]tate|[A-Z][\w&'’-]+)\s+(?:will\s+)?${PROVIDES}\s+[^.;:\n]{0,60}$`);
/** The verb of EMPLOYER_PROVIDES_BEFORE, looked for once per posting. */
const PROVIDES_WORD = new RegExp(String.raw`\b${PROVIDES}\s`, 'gi');
/** The start of PASS_BEFORE's phrase, looked for once per posting. */
const PASS_WORD = new RegExp(String.raw`(?:${PASS_START})\s`, 'gi');

/** PostingWords, looked for only around the words of TRIG_NOT_THE_JOB (none in most postings). */
function postingWords(text: string, windows: WindowsFn): PostingWords {
  const near = windows(TRIG_NOT_THE_JOB, 80, 40);
  if (near.length === 0) return NO_POSTING_WORDS;
  let passOrClear = false;
  execInWindows(text, PASS_WORD, near, () => {
    passOrClear = true;
  });
  let employerProvides = false;
  execInWindows(text, PROVIDES_WORD, near, () => {
    employerProvides = true;
  });
  return { passOrClear, employerProvides, teamSpans: teamSpansOf(text, near) };
}
const NO_POSTING_WORDS: PostingWords = { passOrClear: false, employerProvides: false, teamSpans: [] };

function dropReason(m: Matcher, text: string, lines: readonly LineInfo[], titleEnd: number, x: RawMention, spans: SpanSweep, experience: AreaIndex, words: PostingWords): string | undefined {
  const excluded = spans.at('excluded', x.start, x.end);
  if (excluded) return `the posting says it is not needed or will be taught ("${excluded.cue.trim()}")`;
  const company = spans.at('company', x.start, x.end);
  if (company && !companyStack(m, text, x)) return `describes the company ("${company.cue}"), not the candidate`;
  const benefits = spans.at('benefits', x.start, x.end);
  if (benefits) return `part of the pay and benefits ("${benefits.cue.trim()}")`;
  const edu = spans.at('education', x.start, x.end);
  if (edu) return `part of an education requirement ("${edu.cue.trim()}")`;
  // "The district provides CPI Nonviolent Crisis Intervention training to all staff": training the employer gives
  if (words.employerProvides && TRAINING_AFTER.test(text.slice(x.end, x.end + 60)) && EMPLOYER_PROVIDES_BEFORE.test(text.slice(Math.max(0, x.start - 90), x.start))) return 'training the employer provides, not a requirement';
  if (words.passOrClear && PASS_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start))) return 'a check the candidate must pass, not a skill';
  if (endsWithTools(text, x) && OWN_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start))) return 'tools the candidate owns, not a skill';
  const titleOrCred = isTitleOrCredential(m, text, lines, x, titleEnd);
  if (titleOrCred) return titleOrCred;
  if (personSurname(text, x)) return 'a person\'s surname ("report to Project Manager Dana Jenkins")';
  const skill = skillAt(m.compiled, x.skill);
  if (otherCapitals(text, x, skill.def.name)) return `written "${text.slice(x.start, x.end)}", another name than ${skill.def.name}`;
  if (secondHalfOfHyphenated(text, x)) return `the second half of a hyphenated word ("${text.slice(wordStartBefore(text, x.start - 1), x.end)}"), which names something else`;
  const expansion = otherExpansion(text, x, skill);
  if (expansion) return `an abbreviation of "${expansion}" here, not of this skill`;
  let broad: boolean | undefined;
  for (const c of experience.areasAround(x.start)) {
    if (x.start < c.areaStart || x.end > c.areaEnd) continue;
    broad ??= skill.broadField || isBroadForm(text.slice(x.start, x.end));
    if (broad) return `a broad field named as the area of a years requirement ("${c.text}")`;
  }
  return undefined;
}

/** A person named with a first name after a job title or a verb of reporting ("Project Manager Dana ", "led by Priya ", "Reporting to Marisol "). */
const FIRST_NAME_AFTER_TITLE_BEFORE =
  /(?:\b(?:Manager|Director|Officer|Supervisor|Superintendent|Coordinator|President|Founder|Owner|Partner|Principal|CEO|COO|CFO|CTO|CIO)|\b(?:manager|director|supervisor|superintendent|coordinator|founder|owner),|\b(?:[Rr]eport(?:s|ing)?\s+(?:directly\s+)?to|(?:[Ll]ed|[Mm]anaged|[Ss]upervised|[Ff]ounded|[Mm]entored|[Cc]oached|[Hh]ired)\s+by|[Ww]ork(?:s|ing)?\s+(?:closely\s+)?(?:under|alongside)))\s+[A-Z][a-z]+\s$/;

/** Whether a one-word capitalized name is the surname of a person named before it ("Senior Project Manager Dana Jenkins"). */
function personSurname(text: string, x: RawMention): boolean {
  if (x.tokStart !== x.tokEnd || !isCapital(text.charCodeAt(x.start)) || text.charCodeAt(x.start - 1) !== 32) return false;
  // the word before: capitalized, then lower-case letters only
  let k = x.start - 2;
  while (k >= 0 && isLowerAscii(text.charCodeAt(k))) k--;
  if (k < 0 || k === x.start - 2 || !isCapital(text.charCodeAt(k))) return false;
  return FIRST_NAME_AFTER_TITLE_BEFORE.test(text.slice(Math.max(0, k - 40), x.start));
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

const LETTER = /\p{L}/u;
/** Prefixes that make the word after the hyphen name something else ("non-relational", "home-office", "semi-structured", "climate-controlled"). */
const OTHER_THING_PREFIX = /^(?:non|home|anti|ex|pseudo|quasi|semi|un|climate|temperature|humidity|access)$/i;

/** "a home-office budget", "non-relational databases": a form after a prefix that makes it another thing. */
function secondHalfOfHyphenated(text: string, x: RawMention): boolean {
  if (x.start < 2 || text.charCodeAt(x.start - 1) !== 45 || !LETTER.test(text[x.start - 2])) return false;
  return OTHER_THING_PREFIX.test(text.slice(wordStartBefore(text, x.start - 1), x.start - 1));
}

/** Where the word ending at `end` (exclusive) starts. */
function wordStartBefore(text: string, end: number): number {
  let k = end;
  while (k > 0 && LETTER.test(text[k - 1])) k--;
  return k;
}

/** The candidate's readiness to learn: "willingness to learn", "happy to learn". */
const WILLING_TO_LEARN = /\b(?:willing(?:ness)?|happy|keen)\s+to\b/i;
/** Exclusion cues that say the skill itself is not needed or will be taught ("No experience with X needed"; not "certification provided", "is hiring"). */
const TAUGHT_OR_NOT_NEEDED = /\b(?:need|teach|train you|trained|learn|required|necessary|expected|expect|require|no\s+(?:prior\s+|previous\s+)?experience)/i;

/**
 * Whether an excluded mention is the very thing its cue says is taught or not needed, so that the skill is not
 * asked for anywhere in the posting:
 * - after or before a cue phrase, a name ("you don't need to know Greenhouse", "we'll train you on our Later and
 *   Mailchimp accounts"), not a common noun passing by ("we train you on WebPT, our documentation system");
 * - under a heading ("You won't need"), the head of an item ("- React Native experience: ..."), not a word of its
 *   explanation ("- Rust or Solana experience; we're EVM-only").
 */
function taughtHere(text: string, lines: readonly LineInfo[], m: Matcher, span: Span, x: RawMention): boolean {
  // ("Go (or strong Python with a willingness to learn Go quickly)": a readiness to learn it, on another path to the job,
  // leaves it asked for where the posting names it otherwise)
  if (!TAUGHT_OR_NOT_NEEDED.test(span.cue) || WILLING_TO_LEARN.test(span.cue)) return false;
  if (span.start <= span.cueStart) {
    const first = text.charCodeAt(x.start);
    return first >= 65 && first <= 90;
  }
  const lineStart = lines[m.buf.line[x.tokStart]].start;
  return x.start - lineStart <= 40 && !/[;:—–]/.test(text.slice(lineStart, x.start));
}

interface SkillAcc {
  skill: number;
  evidence: Evidence[];
  allOptional: boolean;
  first: number;
  /** Every mention is a verb and its object ("manage a fleet"), no name of the skill as such. */
  verbOnly: boolean;
  extraAliases?: string[];
}

/** Per matcher: where each skill's entry is in the current SkillTable (valid while its stamp is the table's). */
const tableScratch = new WeakMap<Matcher, { slot: Int32Array; stamp: Int32Array; gen: number }>();

/**
 * The skills of one posting with their accumulated mentions, in order of their first mention: a
 * Map<skill, SkillAcc> over arrays indexed by skill (no hashing, no rehashing as it grows). Iterate
 * `entries` in order, skipping the undefined holes of deleted skills.
 */
class SkillTable {
  readonly entries: (SkillAcc | undefined)[] = [];
  size = 0;
  private readonly slot: Int32Array;
  private readonly stamp: Int32Array;
  private readonly gen: number;

  constructor(m: Matcher) {
    let scratch = tableScratch.get(m);
    if (!scratch || scratch.gen >= 0x3fffffff) {
      const n = m.compiled.skillCount;
      scratch = { slot: new Int32Array(n), stamp: new Int32Array(n), gen: 0 };
      tableScratch.set(m, scratch);
    }
    this.gen = ++scratch.gen;
    this.slot = scratch.slot;
    this.stamp = scratch.stamp;
  }

  get(skill: number): SkillAcc | undefined {
    return this.stamp[skill] === this.gen ? this.entries[this.slot[skill]] : undefined;
  }

  /** Adds the entry of a skill not in the table. */
  add(acc: SkillAcc): void {
    this.stamp[acc.skill] = this.gen;
    this.slot[acc.skill] = this.entries.length;
    this.entries.push(acc);
    this.size++;
  }

  delete(skill: number): void {
    if (this.stamp[skill] !== this.gen) return;
    this.entries[this.slot[skill]] = undefined;
    this.stamp[skill] = 0;
    this.size--;
  }
}

/**
 * Whether a mention is a programming language's capitalized name written in lower case, the one technical skill of its
 * posting ("when the morning java rush hits"; not a list of tags, "java python linux").
 */
function lowerCaseLanguage(m: Matcher, text: string, x: RawMention, otherTech: boolean): boolean {
  if (otherTech) return false;
  const { def } = skillAt(m.compiled, x.skill);
  if (def.category !== 'programming-language' || !hasUpperCase(def.name)) return false;
  return !hasUpperCase(text.slice(x.start, x.end));
}

/**
 * The products the company runs on or works in, named in what describes the company ("runs on Manhattan Active WM",
 * "Our devices run a custom Linux distribution on NXP i.MX 8 processors",
 * "our sales team works in Dynamics 365 Sales"): the stack the candidate will work with too ("runs" alone is often the
 * business: "Halyard runs managed PostgreSQL and Redis for 4,000 companies").
 */
const RUNS_ON_BEFORE = /\b(?:(?:runs?|running)\s+(?:(?:(?:a|an|the|our|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:distributions?|distros?|stacks?|platforms?|systems?|software|firmware|kernels?|OS)\s+)?on|works?\s+in|built\s+on)\s+(?:(?:the|our|a|an)\s+)?(?:[\w.+#-]+,?\s+(?:and\s+|&\s+)?){0,4}$/i;
function companyStack(m: Matcher, text: string, x: RawMention): boolean {
  // (a product's name, with capitals in the text: "Haas", "Dynamics 365 Sales", "i.MX 8"; not "Customer Service")
  if (!hasUpperCase(text.slice(x.start, x.end)) || !namedProduct(m, x.skill)) return false;
  return RUNS_ON_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start));
}

/** A parenthesis opening right after a name, after one space at most. */
const PARENTHESIS_NEXT = /^ ?\(/;

/**
 * The names listed in a parenthesis right after a skill the posting does not ask for are its parts, not asked for with
 * it ("Learn our deployment setup on AWS (Lambda, S3 and RDS)" where "you do not need any AWS experience"): a skill
 * whose every mention is in such a parenthesis leaves the posting too.
 */
function dropPartsOfExcluded(
  m: Matcher,
  text: string,
  mentions: readonly RawMention[],
  excluded: ReadonlySet<number>,
  bySkill: SkillTable,
  traces: MentionTrace[] | null,
): void {
  let parts: Array<{ start: number; end: number; of: number }> | undefined;
  for (const x of mentions) {
    if (!excluded.has(x.skill)) continue;
    const open = PARENTHESIS_NEXT.exec(text.slice(x.end, x.end + 2));
    if (!open) continue;
    const start = x.end + open[0].length;
    // "Go (or strong Python ...)": another way to the job, not parts of the skill
    if (/^\s*(?:or|and\/or)\b/i.test(text.slice(start, start + 8))) continue;
    const close = text.indexOf(')', start);
    // a short parenthesis on the same line
    if (close < 0 || close - start > 80 || text.slice(start, close).includes('\n')) continue;
    (parts ??= []).push({ start, end: close, of: x.skill });
  }
  if (!parts) return;
  const found = parts;
  const inside = (e: Evidence): { start: number; end: number; of: number } | undefined => found.find((p) => e.start >= p.start && e.end <= p.end);
  for (const acc of bySkill.entries) {
    if (acc === undefined || excluded.has(acc.skill)) continue;
    if (!acc.evidence.every((e) => inside(e) !== undefined)) continue;
    const { def } = skillAt(m.compiled, acc.skill);
    if (traces)
      for (const e of acc.evidence) {
        const of = skillAt(m.compiled, inside(e)?.of ?? acc.skill).def.name;
        traces.push({ skillId: def.id, name: def.name, evidence: e, kept: false, optional: false, why: `a part of ${of}, which the posting says is not needed or will be taught` });
      }
    bySkill.delete(acc.skill);
  }
}

/**
 * "iOS" and "iOS development", "Android" and "Android development" name the same skill of a posting:
 * one entry (the discipline), with the platform's names as aliases and every mention as evidence.
 */
function mergeSameThing(m: Matcher, bySkill: SkillTable): void {
  if (bySkill.size < 2) return;
  for (const acc of bySkill.entries) {
    if (acc === undefined) continue;
    const base = skillAt(m.compiled, acc.skill).sameAs;
    if (base < 0) continue;
    const b = bySkill.get(base);
    if (!b) continue;
    const baseSkill = skillAt(m.compiled, base);
    acc.evidence = [...acc.evidence, ...b.evidence].sort((x, y) => x.start - y.start);
    acc.allOptional = acc.allOptional && b.allOptional;
    acc.first = Math.min(acc.first, b.first);
    acc.extraAliases = [baseSkill.def.name, ...baseSkill.aliases];
    bySkill.delete(base);
  }
}

/** Fields whose one-word names ("production", "shipping", "tooling") are also everyday words of tech postings. */
const PHYSICAL = new Set(['healthcare', 'logistics', 'trades', 'hospitality', 'legal']);

/** Same as /[\s\-/]/.test(s). */
const hasSpaceDashOrSlash = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 47 || c === 32 || (c >= 9 && c <= 13)) return true;
    if (c > 127 && WHITESPACE.test(s[i])) return true;
  }
  return false;
};
const WHITESPACE = /\s/;

const sharedPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
};

/**
 * Two coherence rulings on single-word mentions, where look-alikes hide:
 * - a soft skill named by a different word ("ownership" for leadership, "writing" for written
 *   communication) is not a named soft skill; its own word ("collaborate", "empathetic") is;
 * - a non-tech skill named by one generic word ("production", "shipping", "tooling") counts only when the
 *   posting has another skill of that field or is not a technical posting.
 */
function dropIncoherent(m: Matcher, text: string, bySkill: SkillTable, traces: MentionTrace[] | null): void {
  const traits = traitsOf(m);
  let tech = 0;
  let physicalCount: Map<string, number> | undefined;
  for (const acc of bySkill.entries) {
    if (acc === undefined) continue;
    const index = acc.skill;
    traitsAt(m, traits, index);
    if (traits.tech[index] === 1) tech++;
    if (traits.physical[index] === 1) {
      const c = skillAt(m.compiled, index).def.category;
      physicalCount ??= new Map();
      physicalCount.set(c, (physicalCount.get(c) ?? 0) + 1);
    }
  }
  for (const acc of bySkill.entries) {
    if (acc === undefined) continue;
    const index = acc.skill;
    const soft = traits.soft[index] === 1;
    // only the two rulings below drop anything
    if (!soft && !(traits.physical[index] === 1 && tech >= 3)) continue;
    const { def } = skillAt(m.compiled, index);
    // a soft skill named by one other word ("coach" for mentoring); a physical skill named by one word or by verbs
    const single = acc.evidence.every((e) => !hasSpaceDashOrSlash(e.text));
    if (!single && (soft || !acc.verbOnly)) continue;
    let why: string | undefined;
    if (soft) {
      const name = traits.lowerName[index];
      // (the verb of the job counts: "coach" for coaching, "train" for training)
      const like = acc.evidence.some((e) => sharedPrefix(e.text.toLowerCase(), name) >= Math.min(5, name.length));
      if (!like) why = 'a soft skill only named by another everyday word';
    } else if ((physicalCount?.get(def.category) ?? 0) < 2 && !(def.category === 'legal' && REGULATION_ACRONYM.test(def.name) && acc.evidence.every((e) => e.text === def.name))) {
      // (a regulation named by its acronym belongs to technical work too: "GDPR", "CCPA")
      why = `the only ${def.category} skill of a technical posting, named by ${acc.verbOnly ? 'a verb and its object' : 'a single word'}`;
    }
    if (!why) continue;
    if (traces) for (const e of acc.evidence) traces.push({ skillId: def.id, name: def.name, evidence: e, kept: false, optional: false, why });
    bySkill.delete(index);
  }
  void text;
}

/** A name that is an acronym in capitals, as regulations are named ("GDPR", "CCPA"). */
const REGULATION_ACRONYM = /^[A-Z]{3,6}$/;

/** Per-skill facts dropIncoherent needs, computed once per matcher and skill, on first use (see `traitsAt`). */
interface SkillTraits {
  /** 1 once the skill's traits are set. */
  known: Uint8Array;
  /** A technical skill (not non-tech, soft skill, spoken language, office, other, or a practice or security way of working). */
  tech: Uint8Array;
  /** A skill of a PHYSICAL field. */
  physical: Uint8Array;
  soft: Uint8Array;
  lowerName: string[];
}
const traitsCache = new WeakMap<Matcher, SkillTraits>();
function traitsOf(m: Matcher): SkillTraits {
  let t = traitsCache.get(m);
  if (t) return t;
  const n = m.compiled.skillCount;
  t = { known: new Uint8Array(n), tech: new Uint8Array(n), physical: new Uint8Array(n), soft: new Uint8Array(n), lowerName: new Array<string>(n) };
  traitsCache.set(m, t);
  return t;
}
/** The traits of skill `i`, set on first use (a posting names a few dozen skills of the thousands). */
function traitsAt(m: Matcher, t: SkillTraits, i: number): void {
  if (t.known[i] === 1) return;
  const { def } = skillAt(m.compiled, i);
  const c = def.category;
  // (practices such as root cause analysis or KPIs are met in any field's postings: they make none technical)
  t.tech[i] = isTechSkill(m, i) && !WAYS_OF_WORKING.has(c) ? 1 : 0;
  t.physical[i] = PHYSICAL.has(c) ? 1 : 0;
  t.soft[i] = c === 'soft-skill' ? 1 : 0;
  t.lowerName[i] = def.name.toLowerCase();
  t.known[i] = 1;
}

/** Broad fields that, right after a named technology, are that technology's own ("our Postgres databases", "SQL Server security"). */
const FIELDS_OF_A_TOOL = new Set(['databases', 'security']);

/**
 * "the Postgres database", "SQL Server security": a broad field written right after a
 * technology the posting names is that technology's part, which the named skill already says; the field alone is no
 * skill asked for.
 */
function fieldOfNamedTool(m: Matcher, text: string, x: RawMention, mentionStart: Uint8Array): boolean {
  const t = x.tokStart;
  if (t === 0 || x.tokEnd !== t || (mentionStart[t - 1] & TOOL_MENTION_ENDS) === 0 || m.buf.gap[t] !== GAP_SOFT) return false;
  if (text.charCodeAt(x.start - 1) !== 32 || m.buf.end[t - 1] !== x.start - 1) return false;
  return FIELDS_OF_A_TOOL.has(skillAt(m.compiled, x.skill).def.id);
}

/**
 * What software serves, before a list of a field's work ("the systems behind it: terminal planning, customs
 * declarations", "the warehouse that powers pricing, replenishment and loyalty analytics", "software for payroll"):
 * matched on the clause before the mention.
 */
const SERVED_BY_SOFTWARE =
  /\b(?:systems?|software|platforms?|portals?|apps?|applications?|tools?|tooling|services?|products?|warehouse|data|models?|pipelines?|engines?|infrastructure|APIs?)\s+(?:that\s+(?:power|powers|run|runs|handle|handles|support|supports|drive|drives|automate|automates)|behind|powering|running|supporting|for|used\s+(?:for|by|in))\b[^.;!?\n]*$/i;

/**
 * In a technical posting, a skill of another field named as what the software serves is the business's domain, not
 * the candidate's skill ("We build the systems behind it: terminal planning, customs declarations and tracking").
 * The clause before the mention is read back to its start, at most 160 characters.
 */
function servedDomain(m: Matcher, text: string, x: RawMention, techPosting: boolean): boolean {
  if (!techPosting || !isNonTechSkill(m, x.skill)) return false;
  return SERVED_BY_SOFTWARE.test(text.slice(clauseStartBefore(text, x.start, 160), x.start));
}

/** An organization, and the word that says its people span fields ("an organization of 45 people across"). */
const TEAM_SPANNING = /\b(?:organi[sz]ations?|orgs?|teams?|groups?|functions?|departments?)\b[^.;!?\n]{0,60}?\b(?:across|spanning|spans|covering|covers)\b/gi;

/** The phrases of TEAM_SPANNING in the windows of a text, each with the end of its clause (context.ts's clauseEnd). */
function teamSpansOf(text: string, near: [number, number][]): { start: number; tail: number; end: number }[] {
  const spans: { start: number; tail: number; end: number }[] = [];
  execInWindows(text, TEAM_SPANNING, near, (m, offset) => {
    const tail = offset + m.index + m[0].length;
    spans.push({ start: offset + m.index, tail, end: clauseEnd(text, tail, false) });
  });
  return spans;
}

/**
 * The broad fields (skills marked `broadField`) that make up an organization the job leads ("a 40-person
 * organization spanning data engineering, analytics and data science"): who is in the organization, not what the job
 * asks for. (The phrases are found once per posting: see PostingWords.)
 */
function teamComposition(m: Matcher, x: RawMention, spans: PostingWords['teamSpans']): boolean {
  if (spans.length === 0 || !skillAt(m.compiled, x.skill).broadField) return false;
  // the phrase within 160 characters before the mention, in its clause
  for (const s of spans) if (s.start >= x.start - 160 && s.tail <= x.start && x.start <= s.end) return true;
  return false;
}

function collectSkills(
  m: Matcher,
  text: string,
  lines: readonly LineInfo[],
  titleEnd: number,
  mentions: RawMention[],
  sweep: SpanSweep,
  experienceResult: ExperienceResult,
  traces: MentionTrace[] | null,
  taught: Set<number> | undefined,
  words: PostingWords,
): SkillMention[] {
  const spans = sweep.rewind();
  const experience = new AreaIndex(experienceResult);
  const bySkill = new SkillTable(m);
  if (m.mentionStart.length < m.buf.count) m.mentionStart = new Uint8Array(m.buf.start.length);
  const mentionStart = m.mentionStart;
  for (const x of mentions) {
    mentionStart[x.tokStart] |= MENTION_STARTS;
    if (isToolSkill(m, x.skill)) mentionStart[x.tokEnd] |= TOOL_MENTION_ENDS;
    for (let t = x.tokStart + 1; t <= x.tokEnd; t++) mentionStart[t] |= IN_MENTION;
  }
  /** Skills the posting says are not needed or will be taught, somewhere: not asked for anywhere. */
  let excluded: Set<number> | undefined = taught;
  let negated: RawMention | undefined;
  const techCount = techSkillCount(m, mentions, TECH_POSTING_SKILLS);
  const techPosting = techCount >= TECH_POSTING_SKILLS;
  /** Two technical skills named for sure: a language's name in lower case is the language. */
  const otherTech = techCount >= 2;
  for (const x of mentions) {
    if (isNegated(m, text, x, negated)) {
      negated = x;
      (excluded ??= new Set()).add(x.skill);
      if (traces) traces.push(trace(m, text, x, false, false, 'denied by "no", "without" or "rather than" right before it'));
      continue;
    }
    negated = undefined;
    const drop =
      modifierReason(m, text, x, mentionStart) ??
      (fieldOfNamedTool(m, text, x, mentionStart)
        ? `the ${text.slice(x.start, x.end)} of the technology named before it`
        : lowerCaseLanguage(m, text, x, otherTech)
          ? "a programming language's name in lower case, the posting's one technical skill: the everyday word"
          : servedDomain(m, text, x, techPosting)
            ? "what the software serves, the business's domain, not the candidate's skill"
            : teamComposition(m, x, words.teamSpans)
              ? 'a field of the organization the job leads, not a skill it asks for'
              : dropReason(m, text, lines, titleEnd, x, spans, experience, words));
    if (drop) {
      if (traces) traces.push(trace(m, text, x, false, false, drop));
      const ex = spans.at('excluded', x.start, x.end);
      if (ex && taughtHere(text, lines, m, ex, x)) (excluded ??= new Set()).add(x.skill);
      continue;
    }
    const opt = spans.at('optional', x.start, x.end);
    if (traces) {
      const how = x.ambiguous ? `ambiguous form accepted: ${x.support ?? 'context'}; ` : x.support ? `${x.support}; ` : '';
      traces.push(trace(m, text, x, true, opt !== undefined, how + (opt ? `optional: under "${opt.cue.trim()}"` : 'required: no optional marker')));
    }
    const ev: Evidence = { start: x.start, end: x.end, text: text.slice(x.start, x.end) };
    const entry = bySkill.get(x.skill);
    const verb = x.support === VERB_OBJECT;
    if (entry) {
      entry.evidence.push(ev);
      if (!opt) entry.allOptional = false;
      if (!verb) entry.verbOnly = false;
    } else bySkill.add({ skill: x.skill, evidence: [ev], allOptional: opt !== undefined, first: x.start, verbOnly: verb });
  }
  for (const x of mentions) for (let t = x.tokStart; t <= x.tokEnd; t++) mentionStart[t] = 0;
  // "Keep records in Greenhouse ... you don't need to know Greenhouse already; we'll walk you through it"
  if (excluded) {
    /** The excluded skills not kept anywhere (a skill also named as a plus stays, and so do the parts named with it). */
    const dropped = new Set<number>();
    for (const skill of excluded) {
      const acc = bySkill.get(skill);
      // (named elsewhere only as a plus, it is that: "Some Kotlin, if you'd like to pair with our Android team")
      if (acc?.allOptional) continue;
      dropped.add(skill);
      if (!acc) continue;
      const { def } = skillAt(m.compiled, skill);
      if (traces) for (const e of acc.evidence) traces.push({ skillId: def.id, name: def.name, evidence: e, kept: false, optional: false, why: 'the posting says elsewhere it is not needed or will be taught' });
      bySkill.delete(skill);
    }
    dropPartsOfExcluded(m, text, mentions, dropped, bySkill, traces);
  }
  mergeSameThing(m, bySkill);
  dropIncoherent(m, text, bySkill, traces);
  const out: SkillMention[] = [];
  // entries come in order of their first mention, except where mergeSameThing joined two: sort only then
  let entries: SkillAcc[] = [];
  let sorted = true;
  for (const acc of bySkill.entries) {
    if (acc === undefined) continue;
    if (entries.length > 0 && acc.first < entries[entries.length - 1].first) sorted = false;
    entries.push(acc);
  }
  if (!sorted) entries = entries.sort((a, b) => a.first - b.first);
  for (const e of entries) {
    const { def, aliases } = skillAt(m.compiled, e.skill);
    const mention: SkillMention = {
      id: def.id,
      name: def.name,
      aliases: e.extraAliases ? [...aliases, ...e.extraAliases] : aliases,
      category: def.category,
      requirement: e.allOptional ? 'preferred' : 'required',
      evidence: e.evidence,
    };
    if (def.onet !== undefined) mention.onet = def.onet;
    if (def.esco !== undefined) mention.esco = def.esco;
    out.push(mention);
  }
  return out;
}
