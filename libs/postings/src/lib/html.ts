import he from 'he';
import { convert, type HtmlToTextOptions } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

/** HTML → plain text for enrichment: headings kept as their own lines, list items as `- item`. */
const TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((h) => ({ selector: h, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

/** Sanitized HTML for display: formatting and links only; no scripts, styles, images, handlers. */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'blockquote', 'pre', 'code',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'small', 'a',
    'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};
// rel/target are added by the transform after filtering; allow them so they survive.
SANITIZE_OPTIONS.allowedAttributes = { a: ['href', 'title', 'rel', 'target'] };

/** Whether a description is HTML rather than plain text (a tag or an entity of HTML is present). */
export const looksLikeHtml = (s: string): boolean =>
  /<\/?(p|div|br|ul|ol|li|h[1-6]|strong|b|em|i|span|a|table|section)\b[^>]*>/i.test(s);

/** Decodes HTML entities once (`&lt;p&gt;` → `<p>`): Greenhouse `content` arrives escaped. */
export const decodeEntities = (s: string): string => he.decode(s);

export const htmlToPlainText = (html: string): string => tidyText(convert(html, TEXT_OPTIONS));

export const sanitizeDescriptionHtml = (html: string): string => sanitizeHtml(html, SANITIZE_OPTIONS).trim();

/** Plain text → simple HTML (escaped paragraphs and line breaks) so every posting has a display form. */
export const plainTextToHtml = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${para.split('\n').map((l) => he.escape(l)).join('<br>')}</p>`)
    .join('\n');

/** Normalizes line endings and spaces of plain text: no trailing spaces, at most one empty line. */
export const tidyText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
