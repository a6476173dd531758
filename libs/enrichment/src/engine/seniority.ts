import type { Evidence, Seniority, SeniorityLevel } from '@jobstream/contracts';
import type { WindowsFn } from './context';
import { TRIG_SENIORITY } from './match';

interface LevelRule {
  level: SeniorityLevel;
  re: RegExp;
  why: string;
}

/** A level numeral after a job name, ending the title or a part of it ("Loan Officer I", "Engineer III, Payments"). */
const numeral = (n: string): string => String.raw`[a-z]{2,}\s+${n}(?=\s*(?:$|[,(/|:\u2013\u2014-]))`;

// Title rules, tried in this order (the first that matches decides).
const TITLE_RULES: LevelRule[] = [
  { level: 'intern', re: /\b(?:intern(?:ship)?s?|co-?op|working student|summer student)\b/i, why: 'an internship title' },
  // an apprentice or trainee is employed while learning the trade: entry level, whatever stage ("Apprentice Electrician (Level 3)")
  { level: 'entry', re: /\b(?:apprentice(?:ship)?s?|trainees?|no\s+(?:prior\s+)?experience\s+(?:needed|necessary|required))\b/i, why: 'an apprentice, trainee or no-experience-needed title' },
  { level: 'executive', re: /\b(?:vice[\s-]president|s?vp|evp|chief\s+[\w\s]{0,30}?officer|c[teiofd]o|ciso|president|cxo|managing director)\b/i, why: 'an executive title' },
  // ("Chief Pharmacist", "Chief Estimator": the head of a profession's department; "Chief Architect" is an architect)
  { level: 'director', re: /\b(?:director|head of|chief\s+(?!architect|of\s+staff)[a-z]+)\b/i, why: 'a director title' },
  // any "... Manager" title (Marketing Manager, Product Design Manager, Store Manager) except the
  // individual-contributor ones blanked out by IC_MANAGER below (Product Manager, Account Manager, ...)
  { level: 'manager', re: /\b(?:managers?|supervisor|foreman|forewoman|superintendent|executive\s+chef|head\s+chef|chef\s+de\s+cuisine)\b/i, why: 'a management title' },
  { level: 'principal', re: /\b(?:principal|distinguished|fellow|(?:software|solutions?|systems?|enterprise|cloud|data|security|technical|chief)\s+architect|architect)\b/i, why: 'a principal / architect title' },
  { level: 'staff', re: new RegExp(String.raw`\b(?:staff|${numeral('iv')}|lead\s+(?:engineer|developer|programmer|software|data|backend|frontend)|tech(?:nical)?\s+lead|team\s+lead|(?:team|crew|shift|group|section|line)\s+leader|charge\s+(?:nurse|rn|therapist)|lead)\b`, 'i'), why: 'a staff / lead title' },
  { level: 'senior', re: new RegExp(String.raw`\b(?:senior|sr\.?|snr|${numeral('iii')}|level\s+3)\b`, 'i'), why: 'a senior title' },
  { level: 'mid', re: new RegExp(String.raw`\b(?:mid[\s-]?level|intermediate|mid[\s-]senior|${numeral('ii')}|level\s+2|journeyman|journeyperson)\b`, 'i'), why: 'a mid-level title' },
  {
    level: 'entry',
    // ("Loan Officer I", "Analyst I": a level one title; "Teaching Aide", "Paraeducator": entry jobs)
    re: new RegExp(String.raw`\b(?:junior|jr\.?|graduate|new\s+grad(?:uate)?s?|entry[\s-]level|associate|${numeral('i')}|level\s+1|aides?|paraeducators?|paraprofessionals?)\b(?!\s*(?:i|ii|iii|iv)\b)`, 'i'),
    why: 'an entry-level title',
  },
];

// "Staff" is a level only in engineering, data, design and product titles; elsewhere (Staff Accountant,
// Staff Nurse, Staff Physical Therapist) it is no level.
const STAFF_ENGINEERING =
  /\bstaff\s+(?:[\w+#.-]+\s+){0,3}?(?:engineers?|engineering|developers?|software|swe|sde|sre|programmers?|architects?|data|ml|machine|ai|platform|back-?end|front-?end|full[\s-]?stack|infrastructure|site|security|product|designers?|design|ux|researchers?|research|technical|tech|devops|cloud|mobile|ios|android|web|systems|firmware|embedded|qa|test|analytics)\b/i;
// "Staff Data Governance Analyst", "Staff Clinical Systems Analyst", "Staff Consultant": analysts and consultants named
// "Staff" hold no staff level, whatever field words stand between (as in Staff Accountant).
const STAFF_ANALYST = /\bstaff\s+(?:[\w+#&.-]+\s+){0,3}?(?:analysts?|consultants?)\b/i;
// "Preschool Lead Teacher", "Lead Cashier": the job's own name, the one who runs a classroom or a till, and no staff level.
const LEAD_IN_JOB_NAME = /\blead\s+(?:[\w-]+\s+){0,2}?(?:teachers?|cashiers?)\b/i;
/** Whether the staff title word found ("Staff", "Lead") is part of the job's name, no level (see the three rules above). */
const partOfJobName = (word: string, title: string): boolean =>
  /^staff$/i.test(word) ? !STAFF_ENGINEERING.test(title) || STAFF_ANALYST.test(title) : /^lead$/i.test(word) && LEAD_IN_JOB_NAME.test(title);
// Manager titles of individual contributors: no management level by themselves.
const IC_MANAGER =
  /\b(?:product|project|program|programme|account|key account|case|care|property|relationship|portfolio|brand|category|community|content|customer success|success|territory|partner|partnerships?|social media|campaign|release|channel|inventory|fleet|asset|wealth|client)\s+managers?\b/gi;
// "Executive Assistant to the CEO": the executive named is not the job's level.
const REPORTS_TO_EXECUTIVE = /\b(?:to|for|supporting|reporting to|office of)\s+(?:the|our)\s+(?:ceo|cfo|coo|cto|cio|president|founders?|vp\b[^,;()]*|chief\s+[\w\s]{0,30}?officer)/gi;
// "no direct reports", "without people management", "our engineering manager, who handles line
// management": the people management is not this job's.
const NEGATED_BEFORE = /\b(?:no|without|not|zero|nor)\s+(?:\w+\s+){0,2}$|\b(?:manager|director|lead|who|which)\b[^.;\n]{0,30}\b(?:handles?|owns?|takes care of|covers?|does)\s+(?:all\s+)?(?:the\s+)?$/i;
// "People management sits with our Data Engineering Manager": someone else's.
const SOMEONE_ELSES_AFTER = /^\s*(?:sits|lies|stays|rests|remains)\s+with\b|^\s*(?:is|are)\s+(?:handled|owned|done|covered)\s+by\b/i;
// Jobs whose names hold a level word but no level: sales "executives" ("Account Executive"), executive assistants and
// recruiters, and licensed occupations named "director" ("Funeral Director & Embalmer").
const JOB_NAMES_WITH_LEVEL_WORD =
  /\b(?:account|sales|business development|marketing|client|executive\s+assistant)\s+executive\b|\bexecutive\s+(?:assistant|recruiter)\b|\bfuneral\s+directors?\b/gi;
const MID_MARKET = /\bmid[\s-]market\b/i;
const PEOPLE_MANAGEMENT = /\b(?:people management|manag(?:e|ing) (?:and (?:develop|grow|mentor) )?(?:a team|the team|the (?:\w+ )?(?:analysts|engineers)|\w+ (?:analysts|engineers|people)|engineers|analysts|managers)|direct reports|reports? to you|who report to you|line management|hire and develop|lead(?:ing)? (?:a|the) team of|manage (?:a|the) team)\b/gi;

/** "no Kubernetes experience": experience of something named (a capitalized word), not experience as such. */
const NAMED_EXPERIENCE = /^[Nn]o\s+(?:[\w-]+\s+){0,2}[A-Z][\w-]*\s+(?:[\w-]+\s+)?experience(?!\s+yet)/;

/** What a posting for beginners says when it names no level and asks no years. */
const BEGINNER_HINT = /\b(?:[Hh]igh [Ss]chool [Dd]iploma|GED|(?:a\s+)?(?:great|perfect|ideal|good) first job|first[\s-]year (?:teachers|nurses|associates|employees|professionals|graduates)|finishing (?:their|your) student teaching|(?:new|recent) graduates? (?:are )?(?:encouraged|invited) to apply)\b/;

/** A title of hourly work: "Part-Time Bank Teller", "Seasonal Tax Preparer". */
const HOURS_TITLE = /\b(?:part[\s-]time|seasonal|temporary|temp)\b/i;

// Text rules: explicit "we are looking for a senior ..." phrases.
const TEXT_RULES: LevelRule[] = [
  { level: 'intern', re: /\b(?:this (?:is an? )?internship|(?:an?|our) (?:\d+-month )?(?:co-?op|internship) (?:term|program|position))\b/i, why: 'the text describes an internship' },
  { level: 'entry', re: /\b(?:entry[\s-]level (?:role|position|opportunity)|(?:looking for|hiring|seeking) an? (?:junior|graduate|entry[\s-]level)\b|new grad(?:uate)?s? (?:are )?welcome|no (?:[\w-]+ ){0,3}experience (?:is )?(?:required|needed|necessary)|no (?:[\w-]+ ){0,2}experience yet|no (?:[\w-]+ ){0,2}experience\s*\?\s*(?:that['’]s (?:fine|ok|okay|alright)|no problem|not a problem|don['’]t worry|we['’]ll train))\b/i, why: 'the text asks for a junior / entry-level person' },
  { level: 'senior', re: /\b(?:(?:looking for|hiring|seeking|need) an? (?:experienced |seasoned )?(?:senior|sr\.?)\b|as a senior\b|this (?:is a )?senior (?:role|position))/i, why: 'the text asks for a senior person' },
  { level: 'staff', re: /\b(?:(?:looking for|hiring|seeking) an? (?:staff|lead)\b|as (?:a|the) (?:staff|tech lead)\b)/i, why: 'the text asks for a staff / lead person' },
  { level: 'principal', re: /\b(?:looking for|hiring|seeking) an? principal\b/i, why: 'the text asks for a principal' },
  { level: 'manager', re: /\b(?:looking for|hiring|seeking) an? (?:engineering manager|manager)\b/i, why: 'the text asks for a manager' },
];

/** The first mention of managing people that is not negated ("This role has no direct reports"). */
function peopleManagement(description: string): RegExpExecArray | null {
  const re = PEOPLE_MANAGEMENT;
  re.lastIndex = 0;
  for (let m = re.exec(description); m; m = re.exec(description)) {
    const end = m.index + m[0].length;
    if (!NEGATED_BEFORE.test(description.slice(Math.max(0, m.index - 60), m.index)) && !SOMEONE_ELSES_AFTER.test(description.slice(end, end + 24))) return m;
  }
  return null;
}

const TEXT_ANY = new RegExp(TEXT_RULES.map((r) => `(${r.re.source})`).join('|'), 'gi');

export interface SeniorityInput {
  title: string;
  text: string;
  /** Offset of the description in `text` (title + "\n"). */
  descriptionStart: number;
  minYears: number | null;
  maxYears: number | null;
  yearsEvidence: Evidence[];
  windows: WindowsFn;
}

const ev = (text: string, start: number, end: number): Evidence => ({ start, end, text: text.slice(start, end) });

export function detectSeniority(input: SeniorityInput): Seniority {
  const { title, text } = input;
  const blank = (s: string): string => ' '.repeat(s.length);
  const cleanTitle = title.replace(JOB_NAMES_WITH_LEVEL_WORD, blank).replace(MID_MARKET, blank).replace(IC_MANAGER, blank).replace(REPORTS_TO_EXECUTIVE, blank);
  for (const rule of TITLE_RULES) {
    const m = rule.re.exec(cleanTitle);
    if (!m) continue;
    if (rule.level === 'staff' && partOfJobName(m[0], title)) {
      // ("Staff Accountant I", "Senior Staff Accountant": a level named besides "Staff" still counts)
      for (const lower of TITLE_RULES.slice(TITLE_RULES.indexOf(rule) + 1)) {
        const l = lower.re.exec(cleanTitle);
        if (l) return { level: lower.level, basis: 'title', reason: `"${l[0]}" in the title is ${lower.why} ("${m[0]}" there is part of the job's name)`, evidence: [ev(text, l.index, l.index + l[0].length)] };
      }
      return {
        level: 'mid',
        basis: 'title',
        reason: `"${m[0]}" in the title is part of a job's name (e.g. Staff Accountant, Staff Analyst, Lead Teacher): no level, treated as mid`,
        evidence: [ev(text, m.index, m.index + m[0].length)],
      };
    }
    if (rule.level === 'staff' && /\bteam\s+lead|\blead\b/i.test(m[0]) && !/tech/i.test(m[0])) {
      const pm = peopleManagement(text.slice(input.descriptionStart));
      if (pm) {
        const s = input.descriptionStart + pm.index;
        return {
          level: 'manager',
          basis: 'title',
          reason: `"${m[0]}" in the title and the text speaks of people management ("${pm[0]}")`,
          evidence: [ev(text, m.index, m.index + m[0].length), ev(text, s, s + pm[0].length)],
        };
      }
    }
    return {
      level: rule.level,
      basis: 'title',
      reason: `"${m[0]}" in the title is ${rule.why}`,
      evidence: [ev(text, m.index, m.index + m[0].length)],
    };
  }
  const wins = input.windows(TRIG_SENIORITY, 40, 40)
    .filter(([, b]) => b > input.descriptionStart)
    .map(([a, b]): [number, number] => [Math.max(a, input.descriptionStart), b]);
  // one pass of one combined pattern per window; the first rule (in TEXT_RULES order) that matched wins
  let best: { rule: number; start: number; text: string } | undefined;
  for (const [a, b] of wins) {
    const slice = text.slice(a, b);
    TEXT_ANY.lastIndex = 0;
    for (let m = TEXT_ANY.exec(slice); m; m = TEXT_ANY.exec(slice)) {
      const rule = m.slice(1).findIndex((g) => g !== undefined);
      if (rule >= 0 && (!best || rule < best.rule)) best = { rule, start: a + m.index, text: m[0] };
    }
  }
  // "3–5 years ... no prior experience needed (with Pulumi)": years asked for outrank a vague entry-level phrase
  if (best && TEXT_RULES[best.rule].level === 'entry' && (input.minYears ?? 0) >= 2) best = undefined;
  // "no hotel experience required" says entry level; "no Kubernetes experience required" only rules out a tool
  if (best && TEXT_RULES[best.rule].level === 'entry' && NAMED_EXPERIENCE.test(best.text)) best = undefined;
  if (best) {
    const rule = TEXT_RULES[best.rule];
    return { level: rule.level, basis: 'text', reason: `the title names no level; "${best.text}": ${rule.why}`, evidence: [ev(text, best.start, best.start + best.text.length)] };
  }
  const years = input.minYears ?? (input.maxYears !== null ? 0 : null);
  if (years !== null) {
    const level: SeniorityLevel = years < 2 ? 'entry' : years < 5 ? 'mid' : 'senior';
    return {
      level,
      basis: 'years',
      reason: `no level in the title or text; ${input.minYears ?? 0}+ years asked (0-1 entry, 2-4 mid, 5+ senior)`,
      evidence: input.yearsEvidence,
    };
  }
  // a part-time, seasonal or temporary job that asks for no years and names no level: an entry-level job
  const hours = HOURS_TITLE.exec(input.title);
  if (hours) return { level: 'entry', basis: 'title', reason: `no level or years asked, and the title says "${hours[0]}": entry level`, evidence: [ev(text, hours.index, hours.index + hours[0].length)] };
  // no level and no years, and the posting asks for school ("high school diploma or GED") or welcomes beginners
  // ("a great first job: first-year teachers are encouraged to apply"): an entry-level job
  const beginner = BEGINNER_HINT.exec(text.slice(input.descriptionStart));
  if (beginner) {
    const s = input.descriptionStart + beginner.index;
    return { level: 'entry', basis: 'text', reason: `no level or years asked, and "${beginner[0]}": entry level`, evidence: [ev(text, s, s + beginner[0].length)] };
  }
  return { level: 'mid', basis: 'default', reason: 'no level in the title or text and no years stated: mid by default', evidence: [] };
}
