import { ErrorCodes, JobstreamError } from '@jobstream/contracts';
import type { NormalizedItem } from '../normalize.types';
import { DraftBuilder } from '../posting-draft';
import { employmentTypeOf, salaryFromText, workplaceFromLabel, workplaceFromText } from '../posting-fields';
import type { AdapterContext } from './adapter';
import { derivedExternalId } from './adapter-helpers';

/** One posting cut out of a text file: its title, `Key: value` lines after it, and its body. */
export interface TextPosting {
  title: string;
  /** 1-based line of the title in the payload. */
  line: number;
  meta: Record<string, string>;
  body: string;
}

const BULLET = /^\s*(?:[-*•·▪◦‣–—+]|\d{1,2}[.)]|[a-z][.)])\s+/i;
const SEPARATOR = /^\s*([-=*_~#])\1{2,}\s*$/;
const META = /^(company|employer|organi[sz]ation|location|locations|workplace|workplace type|remote|employment type|employment|job type|type|contract|commitment|salary|pay|compensation|url|apply|apply at|link|id|job id|reference|ref|req(?:uisition)?(?: id)?|department|team|posted|date posted)\s*:\s*(.+)$/i;

/** Section headings of a posting's body: never the title of a new posting. */
const HEADING = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`what (?:you(?:'ll| will)? (?:do|bring|need|get|offer|be doing)|we(?:'re| are)? (?:offer|look(?:ing)? for|expect|need)|we offer|makes you|'s in it for you|you can expect|is in it for you)`,
      String.raw`who (?:you are|we are|we're looking for|you'll work with)`,
      String.raw`about (?:the|this|our) (?:role|job|position|team|company|opportunity)|about (?:us|you)`,
      String.raw`(?:key |main |your |core )?(?:responsibilities|duties|tasks|requirements|qualifications|accountabilities)`,
      String.raw`(?:minimum|basic|preferred|required|desired|additional|essential) (?:qualifications|skills|requirements|experience)`,
      String.raw`nice[- ]to[- ]haves?|bonus(?: points)?|good to have|pluses|benefits|perks|compensation(?: and benefits)?|salary|pay(?: range)?`,
      String.raw`(?:the|your) (?:role|team|opportunity|impact|profile|mission)|role overview|job (?:description|summary|overview|details)`,
      String.raw`overview|summary|skills(?: and experience)?|experience|education|our (?:offer|team|stack|culture|values|benefits)`,
      String.raw`why (?:join|you|us|work)|how to apply|tech stack|location|equal (?:opportunity|employment)|working (?:hours|conditions)`,
      String.raw`(?:the )?ideal candidate|(?:you|you will|you'll) (?:have|bring)|your background|in this role|day to day`,
      // openings no job title has: "About Pinterest", "Our mission", "Why Acme", "Life at Acme", "Join us"
      String.raw`about|our|your|we|we're|you|you're|why|how|what|who|where|when|life at|working at|join (?:us|our)`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);

const ROLE = new RegExp(
  String.raw`\b(?:` +
    [
      'engineer', 'developer', 'programmer', 'architect', 'scientist', 'analyst', 'designer', 'manager', 'director',
      'lead', 'head', 'officer', 'specialist', 'consultant', 'administrator', 'admin', 'technician', 'electrician',
      'plumber', 'mechanic', 'nurse', 'physician', 'doctor', 'therapist', 'pharmacist', 'assistant', 'associate',
      'accountant', 'auditor', 'controller', 'bookkeeper', 'clerk', 'teacher', 'tutor', 'instructor', 'lecturer',
      'professor', 'coordinator', 'representative', 'rep', 'agent', 'advisor', 'adviser', 'recruiter', 'generalist',
      'partner', 'operator', 'driver', 'picker', 'packer', 'worker', 'handler', 'supervisor', 'foreman', 'intern',
      'trainee', 'apprentice', 'executive', 'writer', 'editor', 'sre', 'devops', 'tester', 'chef', 'cook', 'cashier',
      'attorney', 'counsel', 'paralegal', 'researcher', 'strategist', 'owner', 'president', 'vp', 'cto', 'ceo', 'cfo',
      'caregiver', 'aide', 'welder', 'carpenter', 'inspector', 'planner', 'buyer', 'marketer', 'coach', 'fellow',
    ].join('|') +
    String.raw`)s?\b`,
  'i',
);

const norm = (line: string): string => line.replace(/[’‘`]/g, "'").trim();
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

const isHeading = (line: string): boolean => HEADING.test(norm(line).replace(/^#+\s*/, ''));

/** Short, no sentence punctuation at the end, not a bullet, not a `Key: value` line, not a known heading. */
export const hasTitleShape = (line: string): boolean => {
  const t = norm(line);
  return (
    t.length >= 3 &&
    t.length <= 120 &&
    wordCount(t) <= 14 &&
    /\p{L}/u.test(t) &&
    !/[.:;,!?]$/.test(t) &&
    !BULLET.test(t) &&
    !META.test(t) &&
    !isHeading(t)
  );
};

/** A description paragraph: prose, not a bullet or heading (long, or a sentence). */
const isParagraph = (line: string): boolean => {
  const t = norm(line);
  return !BULLET.test(t) && !META.test(t) && !isHeading(t) && (t.length >= 60 || (/[.!?]$/.test(t) && wordCount(t) >= 4));
};

/**
 * Splits a text file into postings at their titles. The first line with text starts a posting; a
 * separator line (`---`, `===`, `***`) forces the next line with text to start one. Any other line
 * starts a posting when it has a title's shape (see `hasTitleShape`), is followed (after optional
 * `Key: value` lines such as `Location: Berlin`) by a description paragraph, and either names a role
 * ("Engineer", "Nurse", "Accountant"…) or follows an empty line. A heading such as "What you'll do"
 * followed by bullets therefore stays inside its posting.
 */
export const splitTextPostings = (body: string): TextPosting[] => {
  const lines = body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const postings: Array<{ title: string; line: number; rest: string[] }> = [];
  let forceNext = true;
  let blankBefore = true;

  const startsPosting = (i: number): boolean => {
    const line = lines[i];
    if (!hasTitleShape(line)) return false;
    if (!ROLE.test(line) && !blankBefore) return false;
    let j = i + 1;
    while (j < lines.length && (!lines[j].trim() || META.test(norm(lines[j])))) j++;
    return j < lines.length && isParagraph(lines[j]);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      blankBefore = true;
      postings.at(-1)?.rest.push('');
      continue;
    }
    if (SEPARATOR.test(line)) {
      forceNext = true;
      blankBefore = true;
      continue;
    }
    if (forceNext || startsPosting(i)) postings.push({ title: norm(line).replace(/^#+\s*/, ''), line: i + 1, rest: [] });
    else postings.at(-1)?.rest.push(line);
    forceNext = false;
    blankBefore = false;
  }

  return postings.map(({ title, line, rest }) => {
    const meta: Record<string, string> = {};
    let k = 0;
    while (k < rest.length && (!rest[k].trim() || META.test(norm(rest[k])))) {
      const m = META.exec(norm(rest[k]));
      if (m) meta[m[1].toLowerCase()] = m[2].trim();
      k++;
    }
    return { title, line, meta, body: rest.slice(k).join('\n').trim() };
  });
};

const pick = (meta: Record<string, string>, ...keys: string[]): string | undefined => {
  for (const k of keys) if (meta[k]) return meta[k];
  return undefined;
};

/**
 * Plain text: one or several postings (see `splitTextPostings`). The source comes from the request;
 * the external id from an `ID:`/`Reference:` line, else a hash of the title and text.
 */
export const normalizeText = (body: string, ctx: AdapterContext): NormalizedItem[] => {
  if (!body.trim()) {
    throw new JobstreamError(ErrorCodes.payloadUnreadable, 'the payload is empty', [
      { path: '(root)', message: 'the payload is empty', code: 'unreadable' },
    ]);
  }
  return splitTextPostings(body).map((p, index): NormalizedItem => {
    const b = new DraftBuilder(`[${index}]`, ctx.receivedAt);
    const location = pick(p.meta, 'location', 'locations');
    const externalId =
      pick(p.meta, 'id', 'job id', 'reference', 'ref', 'requisition id', 'req id', 'requisition', 'req') ??
      derivedExternalId('txt', p.title, p.body);
    const pay = pick(p.meta, 'salary', 'pay', 'compensation');
    const outcome = b.build({
      source: ctx.source,
      externalId,
      title: p.title,
      descriptionText: p.body,
      company: pick(p.meta, 'company', 'employer', 'organization', 'organisation') ?? null,
      locations: location ? location.split(/\s*[;|]\s*/) : [],
      workplaceType:
        workplaceFromLabel(pick(p.meta, 'workplace', 'workplace type')) ??
        workplaceFromText(p.title, location, pick(p.meta, 'workplace', 'workplace type', 'remote')),
      employmentType: employmentTypeOf(pick(p.meta, 'employment type', 'employment', 'job type', 'type', 'contract', 'commitment')),
      salary: pay ? (salaryFromText(pay) ?? { min: null, max: null, currency: null, period: null, raw: pay }) : undefined,
      url: pick(p.meta, 'url', 'apply', 'apply at', 'link') ?? null,
      postedAt: b.date(pick(p.meta, 'posted', 'date posted'), 'posted'),
      department: pick(p.meta, 'department', 'team') ?? null,
    });
    if (outcome.ok) return { ok: true, index, action: 'upsert', posting: outcome.posting };
    return {
      ok: false,
      index,
      externalId,
      issues: outcome.issues.map((i) => ({ ...i, message: `${i.message} (posting "${p.title.slice(0, 60)}" at line ${p.line})` })),
    };
  });
};
