import type { Evidence } from '@jobstream/contracts';
import { type SpanSweep, type WindowsFn } from './context';
import { execInWindows, TRIG_YEARS } from './match';

/** One "N years" figure found in the text. */
export interface YearsCandidate {
  minYears: number | null;
  maxYears: number | null;
  start: number;
  end: number;
  text: string;
  /** Inside "including 3+ years of Go", "of which 2 years ...", "with at least 2 years of Kotlin". */
  subordinate: boolean;
  optional: boolean;
  /** Span of the area the figure is about ("in software engineering", "of Go"), for the skill matcher. */
  areaStart: number;
  areaEnd: number;
}

export interface ExperienceResult {
  minYears: number | null;
  maxYears: number | null;
  evidence: Evidence[];
  reason: string;
  candidates: YearsCandidate[];
}

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, half: 0.5,
};
const NUM = String.raw`(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|an?)`;
const UNIT = String.raw`(years?|yrs?\.?|months?)`;
const PREFIX = String.raw`(?:(at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|min\.?|more\s+than|over|up\s+to|no\s+more\s+than|maximum(?:\s+of)?|max\.?)\s+)?`;
const YEARS = new RegExp(
  String.raw`\b${PREFIX}(?:between\s+)?${NUM}[ \t]*(\+|[ \t]*plus|\s+or\s+more)?(?:[ \t]*(?:-|–|—|to|and)[ \t]*${NUM}\s*(\+)?)?\s*(?:\(\s*\d+\s*\)\s*)?${UNIT}(?![\w-])(\s+or\s+more)?`,
  'gi',
);

const toNumber = (s: string | undefined): number | null => {
  if (s === undefined) return null;
  const lower = s.toLowerCase();
  if (lower in WORDS) return WORDS[lower];
  const n = Number(lower);
  return Number.isFinite(n) ? n : null;
};

const roundHalf = (n: number): number => Math.round(n * 2) / 2;

const BEFORE_EXCLUDE = /\b(?:last|past|next|for\s+the|within|every|in|over\s+the|(?<!\b(?:we['’]re|we\s+are|are)\s+)after|(?:gives?|offers?|provides?)\s+you|ago|than|first|old|during|by|at|(?:been|us|operating|running|serving|business|existed|around|owned|operated|runs?|lasts?|lasting|established|trading|open|here)\s+for|(?:in|within|after|for)\s+(?:about|around|roughly|approximately|nearly|just))\s*$/i;
const AFTER_EXCLUDE = /^\s*(?:ago|old|of\s+age|warranty|contract|term|program|programme|plan|degree|course|fixed|left\b|remaining\b|to\s+go\b|running(?=\s*(?:[,.;:!?)\n]|$))|in\s+a\s+row\b|(?:of\s+experience\s+)?(?:start|starts|earn|earns|make|makes|are\s+paid|get\s+paid)\s+(?:at\s+)?(?:an?\s+)?(?:higher|more|top|premium|\$)|of\s+(?:high\s+school\s+|college\s+|university\s+)?(?:algebra|geometry|trigonometry|calculus|math|maths|mathematics|chemistry|physics|biology|coursework|college|university|school|study|studies)\b(?!\s+(?:(?!and\b|or\b|plus\b)[\w-]+\s+){0,2}experience\b)|(?:or|and)\s+older\b)/i;
/** "We've been cooking with local farms for nine years", "a family-owned company that has cared for older adults for 31 years": the company's story. */
const STORY_BEFORE =
  /\b(?:(?:we['’]ve|we\s+have|has|have|had)\s+been|(?:company|business|firm|family|clinic|practice|shop|agency|organi[sz]ation|group|division|department|office|unit|program|programme|district|county|city|hospital|school|store|restaurant|studio|lab|laboratory|cent(?:er|re)|team|we)\s+(?:that\s+|which\s+|who\s+)?(?:has|have|['’]ve)\s+\w+ed)\b[^.;\n]{0,60}\bfor\s+(?:about\s+|over\s+|nearly\s+|almost\s+)?$/i;
/** "For 14 years we have helped kids ...": the company's story. */
const STORY_AFTER = /^\s*,?\s*(?:we|our\s+\w+|they|it)(?:\s+(?:have|has|had)|['’]ve)\b/i;
/** "For 25 years, volunteers have been the heart of our work": a sentence opened by "For N years," is its story too. */
const SENTENCE_FOR_BEFORE = /(?:^|[.!?\n]\s*)For\s+$/;
const STORY_SUBJECT_AFTER = /^\s*,\s*(?!you\b)(?:[\w'’-]+\s+){1,3}(?:have|has|had)\b/i;
/** "No prior sterile processing experience required": the job asks for no years, whatever a preferred figure says. */
const NO_EXPERIENCE_NEEDED = /\bno\s+(?:prior\s+|previous\s+)?(?:[\w-]+\s+){0,3}experience\s+(?:is\s+)?(?:required|needed|necessary)\b/i;
/** "learn from developers with 30+ years on the platform": the years of the people the candidate works with. */
const OTHERS_WITH_BEFORE = /\b(?:learn(?:ing)?\s+from|alongside|mentored\s+by|led\s+by|trained\s+by|surrounded\s+by|supported\s+by)\s+(?:[\w-]+\s+){0,4}with\s+(?:over\s+|more\s+than\s+|nearly\s+)?$/i;
/** "children from 18 months to 16 years", "ages 3 to 5": an age, not experience. */
const AGE_BEFORE = /\b(?:(?:children|kids|infants|toddlers|youth|teens|adolescents|students|patients|clients|adults)\s+(?:from|aged|ages|between)\b[^.;:,\n]{0,20}|(?:ages?|aged)\s+[^.;:,\n]{0,15})$/i;
/** "Six months to a year": months before a years figure (group 1: the months). */
const MONTHS_TO_BEFORE = new RegExp(String.raw`\b${NUM}[ \t]+months?[ \t]*(?:-|–|—|to)[ \t]*$`, 'i');
/** "... to a year", "... – 2 years" after a months figure: the years figure after takes both (the numbers of MONTHS_TO_BEFORE). */
const TO_YEARS_AFTER = new RegExp(String.raw`^[ \t]*(?:-|–|—|to)[ \t]*${NUM}[ \t]+(?:years?|yrs?)\b`, 'i');
const SUBORDINATE_BEFORE = /(?:\bincluding|\bincl\.?|\bof\s+which|\bwith|\bplus|\band|,)\s*(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+)?$/i;
/** "1+ year as a supervisor (or 2+ years as a crew member)", ", or 5 years without a degree": an alternative to the figure before. */
const ALTERNATIVE_BEFORE = /(?:\(|,|;)\s*or\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?$/i;
/** "2+ years as a General Manager or ": a figure of one role held, then "or" and another. */
const ROLE_ALTERNATIVE_BEFORE = /\b(?:years?|yrs?)\s+(?:as|in)\s+an?\s+[^.;,\n]{1,40}?\s+or\s+$/i;
/** A verb of the work right after "experience", which names the area with its object ("experience building web applications"). */
const WORK_VERB_NEXT = /^(?:building|developing|designing|writing)\s/i;
/** "years of" and a thing kept, not a role or a field of work ("of parcel history", "of sales data"). */
const OF_THING_AFTER = /^\s+of\s+(?:[\w-]+\s+){0,2}(?:history|data|records|archives?|logs|backups?|transactions|filings|returns|statements|footage|measurements|readings)(?=\s*(?:[,.;:)\n]|$)|\s+(?:and|for|from|in|on|to|with|that|which|into|across)\b)/i;
/** "6-12 months in a customer-facing technical role": time in a role held, as experience. */
const ROLE_HELD_AFTER = /^\s+(?:in|as)\s+an?\s+[^.;\n]{0,40}?\b(?:role|position|job)s?\b/i;
/** "Over four years you'll earn while you learn": after "over", the span of a program in which something happens. */
const SPAN_YOU_WILL_AFTER = /^\s*,?\s*(?:you['’]ll|you\s+will|we['’]ll|we\s+will)\s+(?!need\b)/i;
const EXPERIENCE_AFTER = /^[^.;\n]{0,60}?\b(?:experience|exp\b|background|track record)/i;

/** Finds every years figure, then keeps the one for the role as a whole. `spans`: the posting's spans, rewound here. */
export function extractExperience(text: string, spans: SpanSweep, windows: WindowsFn): ExperienceResult {
  const candidates: YearsCandidate[] = [];
  const sweep = spans.rewind();
  execInWindows(text, YEARS, windows(TRIG_YEARS, 60, 12), (m, offset) => {
    const [matched, prefixRaw, n1, plus, n2, plus2, unitRaw, orMore] = m;
    let all = matched;
    let start = offset + m.index;
    const end = start + all.length;
    const before = text.slice(Math.max(0, start - 20), start);
    const after = text.slice(end, end + 80);
    if (BEFORE_EXCLUDE.test(before) || AFTER_EXCLUDE.test(after)) return;
    // years of a thing kept, not of work done ("a database that holds 20 years of parcel history")
    if (OF_THING_AFTER.test(after) && !EXPERIENCE_AFTER.test(after)) return;
    const wideBefore = text.slice(Math.max(0, start - 90), start);
    // (the patterns run only where their key words are: anchored at the end, they are tried from every start)
    if ((wideBefore.includes('been') || wideBefore.includes('ed ')) && STORY_BEFORE.test(wideBefore)) return;
    if ((wideBefore.includes('age') || wideBefore.includes('from') || wideBefore.includes('between')) && AGE_BEFORE.test(wideBefore)) return;
    if (wideBefore.includes('with') && OTHERS_WITH_BEFORE.test(wideBefore)) return;
    if (STORY_AFTER.test(after) || (SENTENCE_FOR_BEFORE.test(before) && STORY_SUBJECT_AFTER.test(after))) return;
    // the company's story or the benefits ("our sensors run for five years without a visit") ask for nothing
    if (sweep.at('company', start, start + all.length) || sweep.at('benefits', start, start + all.length)) return;
    const unit = unitRaw.toLowerCase();
    const months = unit.startsWith('month');
    // "a" / "an" only as "a year of experience"
    if ((n1.toLowerCase() === 'a' || n1.toLowerCase() === 'an') && n2 !== undefined) return;
    if (months && !EXPERIENCE_AFTER.test(after) && !ROLE_HELD_AFTER.test(after)) return;
    // "Six months to a year of experience": the years figure after takes both
    if (months && n2 === undefined && TO_YEARS_AFTER.test(after)) return;
    if (!months && /^(?:a|an)$/i.test(n1) && !EXPERIENCE_AFTER.test(after)) return;
    let lo = toNumber(n1);
    let hi = toNumber(n2);
    if (lo === null) return;
    if (months) {
      lo = roundHalf(lo / 12);
      hi = hi === null ? null : roundHalf(hi / 12);
    }
    const monthsBefore = !months && n2 === undefined && !plus ? MONTHS_TO_BEFORE.exec(before) : null;
    const fromMonths = monthsBefore ? toNumber(monthsBefore[1]) : null;
    if (monthsBefore && fromMonths !== null) {
      hi = lo;
      lo = roundHalf(fromMonths / 12);
      start -= before.length - monthsBefore.index;
      all = text.slice(start, end);
    }
    const prefix = (prefixRaw ?? '').toLowerCase().replace(/\s+/g, ' ');
    if (prefix === 'over' && SPAN_YOU_WILL_AFTER.test(after)) return;
    let minYears: number | null = lo;
    let maxYears: number | null = hi;
    if (prefix.startsWith('up to') || prefix.startsWith('no more') || prefix.startsWith('max')) {
      minYears = null;
      maxYears = lo;
    } else if (hi !== null && hi < lo) {
      maxYears = null;
    }
    if (plus || plus2 || orMore || prefix) {
      if (hi === null && !(prefix.startsWith('up to') || prefix.startsWith('no more') || prefix.startsWith('max'))) maxYears = null;
    }
    if (minYears !== null && minYears > 40) return;
    // "including 3+ years" inside a larger figure, or "(or 2+ years as a crew member)": another path to the same job
    const justBefore = text.slice(Math.max(0, start - 25), start);
    // ("a degree AND four (4) years ...; OR eight (8) years ...", "2+ years as a General Manager or 4+ years as an
    // Assistant Manager": the second path, the first figure is the one a candidate of the role meets)
    const alternative = ALTERNATIVE_BEFORE.test(justBefore) || ROLE_ALTERNATIVE_BEFORE.test(text.slice(Math.max(0, start - 70), start));
    const subordinate = (SUBORDINATE_BEFORE.test(justBefore) && precededByYears(text, start)) || (alternative && precededByYears(text, start, true));
    // area: what follows "years (of|in|as) ..." up to "experience"/"role" or the clause end
    const area = /^\s*(?:of\s+)?(?:professional\s+|industry\s+|commercial\s+|relevant\s+|hands-on\s+|proven\s+|progressive\s+|prior\s+|direct\s+|working\s+|practical\s+|production\s+)*(?:experience\b\s*)?(?:(?:in|as|of|with|within|doing)\s+)?(?:an?\s+|the\s+)?/i.exec(after);
    const areaStart = end + (area ? area[0].length : 0);
    let areaEnd = areaStart;
    const consumed = area ? area[0] : '';
    // "5-7 years of experience, strong DevOps skills": no area after punctuation or after a bare "of experience"
    const noArea = /^\s*[,;:.)]/.test(text.slice(areaStart, areaStart + 3)) || (/experience\s*$/i.test(consumed) && !/(?:in|as|of|with|within|doing)\s+(?:an?\s+|the\s+)?$/i.test(consumed) && !WORK_VERB_NEXT.test(text.slice(areaStart, areaStart + 12)));
    const rest = text.slice(areaStart, areaStart + 120);
    const stop = /(?:\s+(?:experience|roles?|positions?|background|environments?|settings?)\b|[;.\n(]|\s+(?:including|with|where|and\s+\d|building|at\s)|,\s+(?:including|with|and|of\s+which|at\s+least|plus|building|ideally|preferably))/i.exec(rest);
    areaEnd = noArea ? areaStart : areaStart + (stop ? stop.index : Math.min(rest.length, 60));
    const optional = sweep.at('optional', start, end) !== undefined;
    candidates.push({ minYears, maxYears, start, end, text: all, subordinate, optional, areaStart, areaEnd });
  });

  const pickFrom = (list: YearsCandidate[]): YearsCandidate | undefined =>
    list.reduce<YearsCandidate | undefined>((best, c) => {
      const v = c.minYears ?? c.maxYears ?? 0;
      const b = best ? (best.minYears ?? best.maxYears ?? 0) : -1;
      return v > b ? c : best;
    }, undefined);
  const required = candidates.filter((c) => !c.optional);
  // only preferred figures, and the text says no experience is required: none is asked for
  if (required.length === 0 && candidates.length > 0 && NO_EXPERIENCE_NEEDED.test(text)) {
    return { minYears: null, maxYears: null, evidence: [], reason: 'no experience required; the figures are preferred only', candidates };
  }
  const pool = required.length > 0 ? required : candidates;
  const primary = pool.filter((c) => !c.subordinate);
  const chosen = pickFrom(primary.length > 0 ? primary : pool);
  if (!chosen) return { minYears: null, maxYears: null, evidence: [], reason: 'no years of experience stated', candidates };
  const others = candidates.filter((c) => c !== chosen).slice(0, 5).map((c) => `"${c.text}"${c.subordinate ? ' (part of a larger figure)' : ''}`);
  return {
    minYears: chosen.minYears,
    maxYears: chosen.maxYears,
    evidence: [{ start: chosen.start, end: chosen.end, text: chosen.text }],
    reason:
      `"${chosen.text}" is the overall requirement` +
      (others.length > 0 ? `; also seen: ${others.join(', ')}` : ''),
    candidates,
  };
}

/**
 * "including 3+ years": there is an earlier years figure in the same sentence (`acrossSemicolons`: or in the clauses
 * before it, "...; OR eight (8) years").
 */
function precededByYears(text: string, start: number, acrossSemicolons = false): boolean {
  let k = start - 1;
  for (; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 59 && !acrossSemicolons) || (c === 46 && (text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 10))) break;
  }
  return /\b(?:years?|yrs?)\b/i.test(text.slice(k + 1, start));
}
