import { type FieldIssue, issuesFromZod, PostingSchema, SourceSchema } from '@jobstream/contracts';
import { htmlToPlainText, looksLikeHtml, plainTextToHtml, sanitizeDescriptionHtml, tidyText } from './html';
import type { PostingDraft } from './normalize.types';
import {
  detectLanguage,
  fingerprintOf,
  salaryFromText,
  toIsoDate,
  workplaceFromText,
  type Salary,
} from './posting-fields';

const DraftSchema = PostingSchema.omit({ postingId: true, version: true });

/** zod's "expected string, received undefined" said plainly: the field is required. */
export const friendlyIssues = (issues: FieldIssue[]): FieldIssue[] =>
  issues.map((i) => {
    const field = i.path.split(/[.[]/).at(-1)?.replace(/]$/, '') || 'value';
    if (i.code === 'invalid_type' && /received undefined$/.test(i.message)) {
      return { ...i, message: `${field} is required`, code: 'required' };
    }
    if (i.code === 'too_small' && /expected string to have >=1 characters/.test(i.message)) {
      return { ...i, message: `${field} must not be empty` };
    }
    return i;
  });

/** `[3]` + `title` → `[3].title`; `` + `title` → `title`. */
export const joinPath = (prefix: string, sub: string | number): string => {
  if (typeof sub === 'number') return `${prefix}[${sub}]`;
  if (!sub) return prefix || '(root)';
  if (!prefix) return sub;
  return sub.startsWith('[') ? `${prefix}${sub}` : `${prefix}.${sub}`;
};

/** What an adapter read from one upstream item, before normalization. */
export interface DraftFields {
  source?: string | null;
  externalId?: string | null;
  title?: string | null;
  /** HTML (sanitized for display, converted to text) and/or plain text (preferred for `description` when given). */
  descriptionHtml?: string | null;
  descriptionText?: string | null;
  company?: string | null;
  locations?: Array<string | null | undefined>;
  workplaceType?: PostingDraft['workplaceType'];
  employmentType?: PostingDraft['employmentType'];
  salary?: Salary | null;
  url?: string | null;
  postedAt?: string | null;
  updatedAt?: string | null;
  validThrough?: string | null;
  status?: PostingDraft['status'];
  department?: string | null;
  experienceMonths?: number | null;
  declaredSkills?: string[];
}

export type DraftOutcome =
  | { ok: true; posting: PostingDraft }
  | { ok: false; externalId?: string; issues: FieldIssue[] };

/**
 * Collects issues of one item with paths in the upstream's own terms (`[2].text` for a Lever title),
 * then builds the normalized draft.
 */
export class DraftBuilder {
  readonly issues: FieldIssue[] = [];

  /**
   * @param prefix path of the item in the payload (`[3]`, `payload.job_post`, or empty)
   * @param paths where each normalized field came from in the upstream shape
   */
  constructor(
    private readonly prefix: string,
    private readonly receivedAt: Date,
    private readonly paths: Partial<Record<keyof DraftFields | 'description', string>> = {},
  ) {}

  path(sub: string | number): string {
    return joinPath(this.prefix, sub);
  }

  issue(sub: string, message: string, code = 'invalid_value'): void {
    this.issues.push({ path: this.path(sub), message, code });
  }

  /** An ISO date from a payload value, or null; an issue when present but not a date. */
  date(value: unknown, sub: string): string | null {
    if (value === undefined || value === null || value === '') return null;
    const iso = toIsoDate(value);
    if (!iso) this.issue(sub, `not a date: ${JSON.stringify(value).slice(0, 60)}`, 'invalid_date');
    return iso ?? null;
  }

  /** A string field, or null; an issue when present but of another type. */
  text(value: unknown, sub: string): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') {
      this.issue(sub, `expected a string, got ${Array.isArray(value) ? 'an array' : typeof value}`, 'invalid_type');
      return null;
    }
    const t = value.trim();
    return t ? t : null;
  }

  build(fields: DraftFields): DraftOutcome {
    const fieldPath = (f: keyof DraftFields | 'description'): string => this.path(this.paths[f] ?? f);
    const externalId = fields.externalId?.trim() || undefined;
    const fail = (issues: FieldIssue[]): DraftOutcome => ({ ok: false, externalId, issues });

    if (!fields.source) {
      this.issues.push({ path: fieldPath('source'), message: 'source is required', code: 'required' });
    } else if (!SourceSchema.safeParse(fields.source).success) {
      this.issues.push({
        path: fieldPath('source'),
        message: 'source must be lowercase letters, digits, "-" and "_"',
        code: 'invalid_format',
      });
    }
    if (!externalId) this.issues.push({ path: fieldPath('externalId'), message: 'externalId is required', code: 'required' });
    const title = fields.title?.replace(/\s+/g, ' ').trim();
    if (!title) this.issues.push({ path: fieldPath('title'), message: 'title is required', code: 'required' });

    const rawHtml = fields.descriptionHtml?.trim() || null;
    const rawText = fields.descriptionText?.trim() || null;
    let description = '';
    let descriptionHtml: string | null = null;
    if (rawHtml && looksLikeHtml(rawHtml)) {
      descriptionHtml = sanitizeDescriptionHtml(rawHtml);
      description = rawText ? tidyText(rawText) : htmlToPlainText(rawHtml);
    } else if (rawText || rawHtml) {
      description = tidyText((rawText ?? rawHtml) as string);
      descriptionHtml = plainTextToHtml(description);
    }
    if (!description) {
      const where = this.paths.description ?? this.paths.descriptionHtml ?? this.paths.descriptionText ?? 'description';
      this.issues.push({ path: this.path(where), message: 'description is required', code: 'required' });
    }

    const updatedAt = fields.updatedAt ?? this.receivedAt.toISOString();
    if (Date.parse(updatedAt) > this.receivedAt.getTime() + 24 * 3600_000) {
      this.issues.push({
        path: fieldPath('updatedAt'),
        message: 'updatedAt is more than 24 hours after the time of receipt',
        code: 'too_big',
      });
    }
    if (this.issues.length > 0) return fail(this.issues);

    const locations = [
      ...new Set((fields.locations ?? []).map((l) => l?.replace(/\s+/g, ' ').trim()).filter((l): l is string => !!l)),
    ];
    const location = locations[0] ?? null;
    const company = fields.company?.replace(/\s+/g, ' ').trim() || null;
    const workplaceType = fields.workplaceType ?? workplaceFromText(title, ...locations);
    const validThrough = fields.validThrough ?? null;
    const expired = validThrough !== null && Date.parse(validThrough) < this.receivedAt.getTime();
    const draft = {
      source: fields.source,
      externalId,
      title,
      description,
      descriptionHtml,
      company,
      location,
      locations,
      workplaceType,
      employmentType: fields.employmentType ?? null,
      salary: fields.salary ?? salaryFromText(description),
      url: fields.url?.trim() || null,
      language: detectLanguage(`${title}\n${description}`),
      postedAt: fields.postedAt ?? null,
      updatedAt,
      validThrough,
      status: fields.status ?? (expired ? 'closed' : 'open'),
      fingerprint: fingerprintOf(company, title as string, location ?? (workplaceType === 'remote' ? 'remote' : null)),
      ...(fields.department ? { department: fields.department } : {}),
      ...(typeof fields.experienceMonths === 'number' ? { experienceMonths: fields.experienceMonths } : {}),
      ...(fields.declaredSkills && fields.declaredSkills.length > 0 ? { declaredSkills: fields.declaredSkills } : {}),
    };
    const parsed = DraftSchema.safeParse(draft);
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error).map((i) => {
        const [head, ...rest] = i.path.split(/(?=[.[])/);
        const mapped = this.paths[head as keyof DraftFields] ?? head;
        return { ...i, path: this.path(`${mapped}${rest.join('')}`) };
      });
      return fail(friendlyIssues(issues));
    }
    return { ok: true, posting: parsed.data };
  }
}
