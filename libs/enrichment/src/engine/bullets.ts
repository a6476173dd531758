/** The characters that start an item of a list in posting text ("- Git", "• Git", "→ Git", "» Git"). */
const BULLET_MARKS = '\\-*•·◦▪▸►‣⁃–—✓✔+→»';

/** A line's start up to and including its bullet ("  - ", "1. "), as regular expression source. */
export const ITEM_START = `^\\s*(?:[${BULLET_MARKS}]|\\d{1,2}[.)])`;

/** A line that starts a list item: a bullet character or "1." / "1)", then a space. */
export const BULLET_LINE = new RegExp(`${ITEM_START}\\s+`);

/** The characters a list item's first non-space character can be (the marks and the digits of "1."). */
export const BULLET_START = new Set([...'-*•·◦▪▸►‣⁃–—✓✔+→»0123456789'].map((ch) => ch.charCodeAt(0)));

/**
 * A line's start (or the text's), spaces and an optional bullet: where a list item's words begin, as regular expression
 * source for a lookbehind ("- Learn how", "Training in" opening a line).
 */
export const LINE_ITEM_OPENING = `(?:^|\\n)[^\\S\\n]*(?:[${BULLET_MARKS}][^\\S\\n]*)?`;

/** The text from a line's start to where the item's words begin, nothing else. */
export const ITEM_PREFIX = new RegExp(`${ITEM_START}\\s*$`);
