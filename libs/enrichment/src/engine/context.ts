import { BULLET_LINE, BULLET_START, LINE_ITEM_OPENING } from './bullets';
import { execInWindows, TRIG_BENEFITS, TRIG_DENIED, TRIG_EDUCATION, TRIG_EXCLUDED, TRIG_OPTIONAL } from './match';
import { isSpace } from './tokenize';

/** Char windows around trigger words of some bits (see match.ts). */
export type WindowsFn = (bits: number, before: number, after: number) => [number, number][];

/**
 * Where in a posting a mention sits: in an optional part ("Nice to have", "... is a plus", "ideally"),
 * in a part that says the skill is not needed ("you won't need", "we'll teach you", "training in"),
 * or in an education requirement ("degree in ..."). Spans are UTF-16 offsets into the full text.
 */

export type SpanKind = 'optional' | 'excluded' | 'education' | 'company' | 'benefits';

export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
  /** The words that made the span (heading or cue phrase). */
  cue: string;
  cueStart: number;
}

export interface LineInfo {
  start: number;
  end: number;
  heading: boolean;
  bullet: boolean;
  blank: boolean;
}

const OPTIONAL_HEADING =
  /\b(?:nice[\s-]to[\s-]haves?|bonus(?:es)?|bonus points|preferred|desirable|desired|pluses|a plus|plus points|great if|would be great|would be nice|ideally|extra credit|optional|good[\s-]to[\s-]haves?|brownie points|even better|stand out|not required|what would make you|it would be great)\b/i;
/**
 * A heading over things the candidate does not need ("You don't need", "Not required", "No experience needed with"),
 * unless it also marks them as a plus ("Not required, but a plus" is an optional heading).
 */
const EXCLUDED_HEADING =
  /^\s*(?:(?:what |things )?you (?:won['’]t|don['’]t|do not|will not|wouldn['’]t) (?:need|have to)|(?:what |things )?we (?:don['’]t|do not|won['’]t) (?:need|expect|require)|not (?:required|needed|necessary|expected)|no (?:prior )?(?:experience|knowledge) (?:needed|required|necessary)|no need (?:to|for)|training\s*$|what we['’]ll teach(?: you)?|we(?:['’]ll| will) (?:teach|train) you|what you['’]ll learn|(?:on[\s-]the[\s-]job )?training (?:provided|included))\b/i;
const HEADING_WORDS =
  /^(?:about|what|who|why|how|your|you|our|the role|role|key|requirements?|responsibilities|qualifications?|skills?|experience|duties|benefits|perks|compensation|salary|must[\s-]haves?|nice|bonus|preferred|minimum|basic|required|essential|desired|ideal|tech stack|stack|day to day|in this role|job|position|overview|summary|we offer|it would|ideally|extras?|additional|requisitos)\b/i;


/** Same as `s.split(/\s+/).length` for a trimmed, non-empty string. */
function countWords(s: string): number {
  let words = 1;
  for (let i = 0; i < s.length; i++) {
    if (!isSpace(s.charCodeAt(i))) continue;
    words++;
    while (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) i++;
  }
  return words;
}

/** Splits the text into lines and marks headings and bullets. Line 0 is the title. */
export function analyzeLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // the line's trimmed bounds by scanning (`trim` strips the same characters), so that most lines (blank,
    // long, or not starting like a bullet) need no slice and no regex run
    let ts = start;
    while (ts < end && isSpace(text.charCodeAt(ts))) ts++;
    let te = end;
    while (te > ts && isSpace(text.charCodeAt(te - 1))) te--;
    const blank = ts === te;
    // BULLET_LINE can only match when the first character after the spaces starts a bullet
    const bullet = !blank && BULLET_START.has(text.charCodeAt(ts)) && BULLET_LINE.test(text.slice(start, end));
    let heading = false;
    if (!blank && !bullet && lines.length > 0 && te - ts <= 70) {
      const trimmed = text.slice(ts, te);
      const words = countWords(trimmed);
      const last = trimmed.charCodeAt(trimmed.length - 1);
      const endsSentence = last === 46 || last === 44 || last === 59 || last === 33 || last === 63; // . , ; ! ?
      if (trimmed.endsWith(':')) heading = words <= 10;
      else if (!endsSentence && words <= 8) heading = HEADING_WORDS.test(trimmed) || OPTIONAL_HEADING.test(trimmed) || words <= 5;
    }
    lines.push({ start, end, heading, bullet, blank });
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

/** OPTIONAL_HEADING's words that say "a plus" (not its "not required"). */
const OPTIONAL_WITHOUT_NEGATION = /\b(?:nice[\s-]to[\s-]haves?|bonus|plus|preferred|desirable|ideally|great if|would be (?:great|nice)|advantage|asset)\b/i;

const COMPANY_HEADING =
  /^\s*(?:about\s+(?!(?:(?:the|our|this)\s+)?(?:role|job|position|team|opportunity|work|you|this|candidate|what|internship|apprenticeship|placement|program|programme|co-?op|assignment|contract|day|shift)\b)|who we are\b|our (?:company|story|mission)\b|company (?:overview|description)\b)/i;

const BENEFITS_HEADING = /\b(?:benefits|perks|compensation|what we offer|we offer|our offer|salary|pay|why join us|why you['’]ll love)\b/i;
/** Words that only benefits name, in a sentence after a pay label ("Medical, dental, vision and a 401(k)"). */
const BENEFIT_WORDS = /\b(?:medical|dental|vision|401\(?k\)?|pto|paid time off|paid leave|parental leave|holidays|health insurance|life insurance|pension|retirement|stipend|equity|bonus|perks?|discounts?|reimbursement|allowance|budget)\b/i;
const BENEFITS_CUE = /\b(?:benefits include|perks include|we offer|we also offer|our benefits|benefits:|perks:|compensation:|salary:|pay:)/gi;

/** Optional sections: from an optional heading to the next heading or to a prose paragraph after a blank line. */
function sectionSpans(text: string, lines: LineInfo[], out: Span[]): void {
  let open: { start: number; cue: string; cueStart: number; kind: SpanKind } | null = null;
  let company: { start: number; cue: string; cueStart: number; kind: SpanKind } | null = null;
  let sawBlank = false;
  const close = (end: number): void => {
    if (open && end > open.start) out.push({ start: open.start, end, kind: open.kind, cue: open.cue, cueStart: open.cueStart });
    open = null;
  };
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank) {
      sawBlank = true;
      continue;
    }
    if (l.heading) {
      close(l.start);
      if (company) out.push({ start: company.start, end: l.start, kind: company.kind, cue: company.cue, cueStart: company.cueStart });
      company = null;
      const h = text.slice(l.start, l.end);
      if (EXCLUDED_HEADING.test(h) && !OPTIONAL_WITHOUT_NEGATION.test(h)) open = { start: l.end, cue: h.trim(), cueStart: l.start, kind: 'excluded' };
      else if (OPTIONAL_HEADING.test(h)) open = { start: l.end, cue: h.trim(), cueStart: l.start, kind: 'optional' };
      else if (COMPANY_HEADING.test(h)) company = { start: l.start, cue: h.trim(), cueStart: l.start, kind: 'company' };
      else if (BENEFITS_HEADING.test(h)) company = { start: l.start, cue: h.trim(), cueStart: l.start, kind: 'benefits' };
    } else if (open && sawBlank && !l.bullet) {
      close(l.start);
    }
    sawBlank = false;
  }
  close(text.length);
  if (company) out.push({ start: company.start, end: text.length, kind: company.kind, cue: company.cue, cueStart: company.cueStart });
}

// Cue phrases. Forward cues make the rest of their clause optional; backward cues the clause before them.
const FORWARD_OPTIONAL =
  /\b(?:(?:preferred|desired|desirable|additional|bonus|optional|nice[\s-]to[\s-]have)\s+(?:qualifications|skills|requirements|experience|knowledge)\s*:|ideally|preferably|optionally|bonus(?: points)? (?:if|for)|bonus(?: points)?:|nice[\s-]to[\s-]haves?:?|good[\s-]to[\s-]have:?|a plus:|pluses:|preferred:|(?:it )?would be (?:great|nice|a plus|a bonus) if|(?:it['’]s|it is) (?:a (?:big |huge |real )?(?:plus|bonus)|great|nice) if|extra points for|(?:we(?:'d| would)?|we also) (?:prefer|love to see))/gi;
const BACKWARD_OPTIONAL =
  /\b(?:(?:is|are|would be|will be|also)\s+)?(?:an?\s+(?:big\s+|huge\s+|strong\s+|real\s+|definite\s+)?(?:plus|bonus|advantage|asset)|(?:is\s+|are\s+)?(?:(?:also\s+)?useful|preferred|desirable|desired|beneficial|helpful|nice[\s-]to[\s-]have)|(?:is|are)\s+welcome)\b/gi;
const FORWARD_EXCLUDED = new RegExp(
  String.raw`\b(?:(?:you|we)(?: also| really| even| actually)? (?:won['’]t|will not|don['’]t|do not|wouldn['’]t) (?:need|require|expect)|(?:does not|doesn['’]t) require|no need for|no (?:prior )?(?:experience|knowledge) (?:with|in|of)|we(?:['’]ll| will)? (?:teach|train)(?: you)?|(?:and|then) (?:teach|train) you (?=(?:on|in|how)\b)|(?:structured |on[\s-]the[\s-]job |full )?(?<!\b(?:distributed|model|models|ml|llm|gpu|parallel|large-scale|multi-node|neural|network|networks)[\s-])(?<!${LINE_ITEM_OPENING})training (?:in|on) (?:our )?|(?<=${LINE_ITEM_OPENING})training (?:in|on) our |(?:paid |our |\d+-week |\d+-day )*training (?:covers|includes) (?:our |the )?|you(?:['’]ll| will) learn|(?<=${LINE_ITEM_OPENING})learn\s+(?:how|our|about)\b|we mostly (?:write|use) our own|(?:a )?links? to your|apply with|no (?:[\w-]+ ){0,5}(?:experience|knowledge) (?:is )?(?:required|needed|necessary|expected)|(?:won['’]t|will not|wouldn['’]t|don['’]t|do not) have (?:any )?(?=(?:direct )?reports\b)|\b(?:our|a dedicated)\s+(?:(?:[\w-]+\s+){0,3}(?:manager|managers|director|partners?|department|cpas?|accountants?|bookkeepers?|firm|agency|vendors?|contractors?|providers?)|(?:[\w-]+\s+){1,3}team)\s+(?:handles?|owns?|takes care of|covers?)\s|(?:willing(?:ness)?|happy|keen) to (?:learn|cross-train)|cross-train(?:ing)? (?:in|on)|we(?:['’]ll| will) (?:cover|show you))`,
  'gi',
);
// A clause that says what is not needed. After "a plus, but" / "a bonus, but" it only says the skill is optional
// ("German is nice to have but not required", "a bonus, but isn't expected": preferred, not excluded).
const AFTER_OPTIONAL_BUT = String.raw`(?<!\b(?:plus|have|preferred|helpful|bonus|welcome|advantage|asset|desirable)\s*,?\s*but\s+(?:(?:is|are)\s+)?(?:(?:definitely|certainly|absolutely|strictly)\s+)?)`;
const BACKWARD_EXCLUDED = new RegExp(
  String.raw`\b${AFTER_OPTIONAL_BUT}(?:(?:(?:is|are)\s+)?(?:(?:definitely|certainly|absolutely|strictly)\s+)?(?:not\s+(?:required|necessary|needed|a requirement)|provided(?:\s+on[\s-]site)?|optional but not required)\b|\b(?:isn['’]t|aren['’]t)\s+(?:required|necessary|needed|expected)\b|\b(?:is|are)\s+not\s+expected\b|\byou(?:['’]ll| will) be trained(?: (?:on|in) (?:it|this|these|them|that))?|\byou(?:['’]ll| will) pick (?:it|this|these|them|that) up|\b(?:you\s+)?(?:don['’]t|do not|won['’]t|will not) need to (?:know|touch|use|learn) (?:it|this|these|them|that)\b|\b(?:we(?:['’]ll|\s+will)|will|['’]ll) (?:train|teach|show) you(?: (?:on|in) (?:it|this|these|them|that)| how (?:it works|to use (?:it|them)))?\b(?=\s*(?:[).;,!?\n]|$|and\b|along the way|on the job|as you go|during\b|in your first\b))|\bno (?:prior )?(?:experience|knowledge) (?:is )?(?:needed|required|necessary)(?=\s*[,;.]|\s*$))`,
  'gi',
);
/** The company hiring ("We're hiring a principal engineer"): the word names no skill, and the clause before stays. */
const COMPANY_HIRING = /\b(?:(?:we['’]re|we are|is|are|now|currently)\s+(?:hiring|recruiting)\b|(?:hiring|recruiting)(?=\s+(?:an?|our|two|three|four|five|six|\d+)\s+(?:[A-Z]|more\b|new\b)))/gi;
const EDUCATION =
  /\b(?:(?:(?:bachelor|master)['’]?s?(?:\s+degree)?|degree|b\.?s\.?c?|m\.?s\.?c?|b\.?a|ph\.?d|diploma|major(?:ing)?|enrolled|studying|graduate|students?)(?:\s*,?\s+(?:preferably|ideally|typically|usually))?\s+in|coursework\s+in|(?:gcses?|a[\s-]levels?)\b[^.;\n]{0,40}?\s+in|(?:students?|seniors?|juniors?|sophomores?|undergraduates?)\s+(?:currently\s+)?(?:studying|majoring\s+in|pursuing\s+a\s+degree\s+in)|(?:a\s+)?(?:recent\s+)?graduates?\s+(?:of|from)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?:program|programme|school|college|course))\b/gi;

const CLAUSE_BREAK = (c: number): boolean => c === 10 || c === 59 || c === 33 || c === 63; // \n ; ! ?

function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (CLAUSE_BREAK(c)) return true;
  if (c === 46) {
    // a period ends a sentence when followed by whitespace or the end ("Node.js", "2.1" do not)
    const next = text.charCodeAt(i + 1);
    return i + 1 >= text.length || next === 32 || next === 10 || next === 9;
  }
  return false;
}

/** Start of the sentence or clause that holds position `pos`, read back at most `reach` characters (a line break, `;`, `!`, `?` or a sentence's period ends the one before). */
export function clauseStartBefore(text: string, pos: number, reach: number): number {
  let k = pos;
  const stop = Math.max(0, pos - reach);
  while (k > stop && !isSentenceEnd(text, k - 1)) k--;
  return k;
}

/** End of the clause that contains `i` (exclusive). Inside parentheses, the closing one ends it. */
export function clauseEnd(text: string, i: number, inParen: boolean): number {
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inParen && c === 41) return k;
    if (isSentenceEnd(text, k)) return k;
  }
  return text.length;
}

function parenStart(text: string, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 40) return k + 1;
    if (c === 41 || c === 10) return -1;
  }
  return -1;
}

const INTRODUCER = /^\s*(?:and\s+|or\s+)?(?:experience|familiarity|knowledge|exposure|background|understanding|proficiency|any|some|working|hands-on|prior)\b/i;

/** Start of the clause before a backward cue at `i`. */
function clauseStart(text: string, i: number): number {
  const p = parenStart(text, i);
  if (p >= 0) return p;
  let k = i - 1;
  for (; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 58 || isSentenceEnd(text, k)) break; // ':' too
    if (c === 44 && INTRODUCER.test(text.slice(k + 1, Math.min(i, k + 40)))) break; // ", experience with X is a plus"
  }
  return k + 1;
}

/** Start of the list item that ends at `i`: after the comma, semicolon or colon before it, or its sentence's start. */
function itemStart(text: string, i: number): number {
  let k = i - 1;
  for (; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59 || c === 58 || isSentenceEnd(text, k)) break;
  }
  return k + 1;
}

const AS_IS = /^,?\s*as (?:is|are|would be|would|does|do)\b/i;

function cueSpans(text: string, re: RegExp, kind: SpanKind, forward: boolean, windows: [number, number][], out: Span[]): void {
  execInWindows(text, re, windows, (m, offset) => {
    const cueStart = offset + m.index;
    const cueEnd = cueStart + m[0].length;
    if (forward) {
      const inParen = parenStart(text, cueStart) >= 0;
      out.push({ start: cueStart, end: clauseEnd(text, cueEnd, inParen), kind, cue: m[0], cueStart });
    } else {
      let end = cueEnd;
      // "X is a plus, as is any experience with Y": the rest of the sentence too
      if (AS_IS.test(text.slice(cueEnd, cueEnd + 16))) end = clauseEnd(text, cueEnd, false);
      // "We're piloting Pulumi; no prior experience needed": a cue that opens its clause governs the one before
      let start = clauseStart(text, cueStart);
      if (start > 0 && text.slice(start, cueStart).trim() === '' && text.charCodeAt(start - 1) !== 10)
        // "..., process payments, and document every account in our Latitude software (we'll train you on it)": a
        // cue that opens a parenthesis governs the list item before it
        start = text.charCodeAt(start - 1) === 40 ? itemStart(text, start - 1) : clauseStart(text, start - 1);
      out.push({ start, end, kind, cue: m[0], cueStart });
    }
  });
}

/** The rest of a list of fields of study after a comma: "accounting or economics", up to the clause's end. */
const DEGREE_FIELDS_REST = /^\s*[\w&'’ -]{1,30}(?:,\s*[\w&'’ -]{1,30}){0,4},?\s+(?:or|and)\s+[\w&'’ -]{1,30}?(?=\s*(?:[.;\n)]|$))/;
/** After "coursework in": fields of study, to "or a related field". */
const COURSEWORK_FIELDS_REST = /^[^.;\n]{0,80}\b(?:or|and)\s+(?:a\s+|an\s+)?(?:related|equivalent|similar)\b/i;
/** Words of requirements other than fields of study ("..., experience with Python and Java"). */
const NOT_A_FIELD = /\b(?:experience|experienced|knowledge|years?|skills?|proficien\w*|familiar\w*|ability|abilities|with|using|in|strong|excellent)\b/i;

/** Education requirement: "degree in X, ..." up to the next comma (or clause end). */
function educationSpans(text: string, windows: [number, number][], out: Span[]): void {
  execInWindows(text, EDUCATION, windows, (m, offset) => {
    const index = offset + m.index;
    const from = index + m[0].length;
    // "coursework in data structures and algorithms" names subjects learnt (skills); "coursework in natural resources,
    // biology or a related field", fields of study
    if (/^coursework/i.test(m[0]) && !COURSEWORK_FIELDS_REST.test(text.slice(from, from + 100))) return;
    let end = text.length;
    for (let k = from; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 40 || c === 41 || isSentenceEnd(text, k)) {
        end = k;
        break;
      }
      if (c === 44) {
        // "Computer Science, Software Engineering or related program": the list goes on
        // (several fields: "computer vision, machine learning, robotics or a related field")
        const rest = text.slice(k + 1, Math.min(text.length, k + 90));
        if (/^[^;.\n]*?\b(?:or|and)\s+(?:a\s+|an\s+)?(?:related|equivalent|similar|comparable|relevant)\b/i.test(rest)) continue;
        // "a bachelor's degree in finance, accounting or economics.": a short list of fields to the clause's end
        const fields = DEGREE_FIELDS_REST.exec(rest);
        if (fields && !NOT_A_FIELD.test(fields[0])) continue;
        end = k;
        break;
      }
    }
    out.push({ start: index, end, kind: 'education', cue: m[0], cueStart: index });
  });
}

/** All optional / excluded / education spans of a posting text. */
export function contextSpans(text: string, lines: LineInfo[], windows: WindowsFn): Span[] {
  const out: Span[] = [];
  sectionSpans(text, lines, out);
  const opt = windows(TRIG_OPTIONAL, 40, 30);
  if (opt.length > 0) {
    cueSpans(text, FORWARD_OPTIONAL, 'optional', true, opt, out);
    cueSpans(text, BACKWARD_OPTIONAL, 'optional', false, opt, out);
  }
  const fwd = windows(TRIG_EXCLUDED | TRIG_DENIED, 40, 30);
  if (fwd.length > 0) cueSpans(text, FORWARD_EXCLUDED, 'excluded', true, fwd, out);
  const exc = windows(TRIG_EXCLUDED, 40, 30);
  if (exc.length > 0) {
    cueSpans(text, BACKWARD_EXCLUDED, 'excluded', false, exc, out);
    execInWindows(text, COMPANY_HIRING, exc, (m, offset) => {
      const cueStart = offset + m.index;
      out.push({ start: cueStart, end: cueStart + m[0].length, kind: 'excluded', cue: m[0], cueStart });
    });
  }
  const ben = windows(TRIG_BENEFITS, 20, 20);
  if (ben.length > 0) {
    const from = out.length;
    cueSpans(text, BENEFITS_CUE, 'benefits', true, ben, out);
    // "Compensation: $195,000 base and equity. Medical, dental, 401(k) and a home-office budget.": after a label
    // opening its line, the next sentences of that line that name benefits too
    for (let k = from; k < out.length; k++) {
      const sp = out[k];
      if (!sp.cue.endsWith(':') || (sp.cueStart > 0 && text.charCodeAt(sp.cueStart - 1) !== 10)) continue;
      let end = sp.end;
      while (end < text.length && text.charCodeAt(end) === 46) {
        const next = clauseEnd(text, end + 1, false);
        if (!BENEFIT_WORDS.test(text.slice(end + 1, next))) break;
        end = next;
      }
      if (end > sp.end) out[k] = { ...sp, end };
    }
  }
  const edu = windows(TRIG_EDUCATION, 20, 60);
  if (edu.length > 0) educationSpans(text, edu, out);
  return out;
}

/** The first span of a kind that covers [start, end). */
export function spanAt(spans: readonly Span[], kind: SpanKind, start: number, end: number): Span | undefined {
  for (const s of spans) if (s.kind === kind && s.start <= start && end <= s.end) return s;
  return undefined;
}

/** Verbs of a company's business, in the third person (the base form is the same without its "s"). */
const BUSINESS_VERBS = ['sells', 'self-performs', 'distributes', 'provides', 'manufactures', 'makes', 'serves', 'ships', 'services', 'produces', 'offers', 'insures', 'lends', 'operates', 'owns', 'handles'];
const COMPANY_VERB = new RegExp(
  String.raw`^[\p{L}\p{N}&'’.\- ]{0,40}?(?:\s\([^()\n]{1,40}\))?\s(?:builds|runs|helps|is an?|are an?|is the|moves|streams|reads|manages|monitors|employs|develops|designs|creates|powers|delivers|has|was founded|specializes|specialises|administers|supports|gives|connects|protects|processes|hosts|trains|maintains|installs|repairs|${BUSINESS_VERBS.join('|')})\b`,
  'u',
);

/**
 * "We sell PPE and first aid supplies to refineries", "Our shops service Class 8 tractors": in the posting's opening
 * paragraph, a sentence whose subject is "we" or "our ..." and whose verb is one of the company's business says what the
 * company does, not what the candidate brings ("runs on", "builds" are left out: the stack the company runs is the
 * candidate's too). So does one whose subject is an executive of the company and whose verb is what the executive
 * oversees ("Our Chief Operating Officer oversees clinic operations, real estate, procurement and patient access"), and
 * one that says who uses the company's product ("Today our care-coordination platform is used by 310 hospitals"), and
 * one that celebrates its anniversary ("Aldergrove Controls celebrates its ruby anniversary: 40 years of building HVAC
 * controls").
 */
const OUR_BUSINESS = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)((?:We\s+|Our\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?)(?:${BUSINESS_VERBS.map((v) => `${v.slice(0, -1)}|${v}`).join('|')}|care\s+for|cares\s+for)\b|Our\s+(?:[\p{L}'’-]+\s+){0,3}?(?:Officer|Director|President|Founder|CEO|COO|CFO|CTO|VP)\s+(?:oversees|leads|heads|runs|manages|owns)\b|(?:Today,?\s+our|Our)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:platform|product|software|app|service)\s+(?:is|are)\s+(?:used|trusted|relied\s+on)\s+(?:by|in|at)\b|(?:[\p{L}\p{N}&'’.-]+[ \t]+){1,5}?(?:celebrates|is[ \t]+celebrating|are[ \t]+celebrating)[ \t]+(?:its|our|their)\b[^.\n]{0,30}?\banniversary\b)`,
  'gu',
);
function ourBusinessSpans(text: string, out: Span[]): void {
  // the opening: the title and the description's first paragraph (up to its first blank line), at most 1,200 characters
  let end = text.indexOf('\n\n', text.indexOf('\n') + 1);
  if (end < 0) end = text.length;
  const opening = text.slice(0, Math.min(end, 1200));
  OUR_BUSINESS.lastIndex = 0;
  for (let m = OUR_BUSINESS.exec(opening); m; m = OUR_BUSINESS.exec(opening)) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: clauseEnd(text, start, false), kind: 'company', cue: m[1].split(/\s+/).slice(0, 2).join(' ') + ' ...', cueStart: start });
  }
}

/**
 * The company's own name is not a skill ("Ridgeback Managed Security", "Valley Medical Center"), and a
 * sentence whose subject is the company describes the company ("Ferrocoat Systems builds robotic spray cells").
 */
export function companySpans(text: string, company: string | undefined, out: Span[]): void {
  ourBusinessSpans(text, out);
  const name = company?.trim();
  if (!name || name.length < 3) return;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length))
    out.push({ start: i, end: i + name.length, kind: 'company', cue: name, cueStart: i });
  // (a name that opens with an article: its first two words, "The Trade Desk" by "The Trade")
  const words = name.split(/\s+/);
  const first = /^(?:the|a|an)$/i.test(words[0]) && words.length > 1 ? `${words[0]} ${words[1]}` : words[0];
  if (first.length < 3) return;
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + first.length)) {
    const prev = i === 0 ? 10 : text.charCodeAt(i - 1);
    const sentenceStart = prev === 10 || (i >= 2 && /[.!?]\s$/.test(text.slice(i - 2, i)));
    if (!sentenceStart) continue;
    const head = text.slice(i, i + 80);
    if (!COMPANY_VERB.test(head) || /^[^.\n]{0,40}\b(?:is|are)\s+(?:looking|hiring|seeking|growing)\b/.test(head)) continue;
    out.push({ start: i, end: clauseEnd(text, i, false), kind: 'company', cue: `${first} ...`, cueStart: i });
  }
}

/** Index of a span kind (a switch: comparing constant strings is cheaper than a keyed property load). */
const kindIndex = (kind: SpanKind): number => {
  switch (kind) {
    case 'optional':
      return 0;
    case 'excluded':
      return 1;
    case 'education':
      return 2;
    case 'company':
      return 3;
    default:
      return 4;
  }
};

/**
 * Answers "which span of this kind covers [start, end)?" for queries in increasing `start` order, in
 * amortized constant time (a sweep over the spans sorted by start, keeping the open ones).
 */
export class SpanSweep {
  /** By kind, in the order of kindIndex (undefined when the posting has no span of the kind). */
  private readonly byKind: ({ spans: Span[]; next: number; open: Span[] } | undefined)[] = [undefined, undefined, undefined, undefined, undefined];

  constructor(spans: readonly Span[]) {
    for (const sp of spans) {
      const i = kindIndex(sp.kind);
      let k = this.byKind[i];
      if (!k) {
        k = { spans: [], next: 0, open: [] };
        this.byKind[i] = k;
      }
      k.spans.push(sp);
    }
    for (const k of this.byKind) k?.spans.sort((a, b) => a.start - b.start);
  }

  /** Starts the queries over (from the lowest `start`); returns the sweep. */
  rewind(): this {
    for (const k of this.byKind)
      if (k) {
        k.next = 0;
        k.open = [];
      }
    return this;
  }

  /** Same answer as `spanAt`, provided successive calls come with non-decreasing `start`. */
  at(kind: SpanKind, start: number, end: number): Span | undefined {
    const k = this.byKind[kindIndex(kind)];
    if (!k) return undefined;
    while (k.next < k.spans.length && k.spans[k.next].start <= start) k.open.push(k.spans[k.next++]);
    if (k.open.length > 8) k.open = k.open.filter((sp) => sp.end > start);
    for (const sp of k.open) if (sp.start <= start && end <= sp.end) return sp;
    return undefined;
  }
}
