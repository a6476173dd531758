/**
 * Tokenizer shared by the taxonomy compiler and the matcher, so that a pattern and a text are cut and
 * normalized the same way.
 *
 * A token is a maximal run of letters and digits (Unicode), plus:
 * - trailing `+` / `#` glued to it (`C++`, `C#`, `TLA+`, `F#`);
 * - a leading `.` when the dot follows a non-token character and precedes a letter (`.NET`).
 * Everything else separates tokens. Offsets are UTF-16 code units into the original string, so
 * `text.slice(start, end)` is always the surface form. Emoji and other astral characters are separators.
 *
 * A token's key (its "stem") is its lower-cased text with a plural `s` dropped from words longer than
 * three letters not ending in `ss` (the scorer's rule), so "APIs"/"API" and "tests"/"test" meet.
 */

/** Lower-case table for the BMP (one code unit to one code unit; others map to themselves). */
const LOWER = new Uint16Array(65536);
/** 1 for letters, digits and marks. */
const WORD = new Uint8Array(65536);
/** LOWER_WORD's mark of a code unit whose block is not filled yet (no letter lowers to U+FFFF). */
const UNKNOWN = 0xffff;
/**
 * The lower-cased code unit of a letter or digit, 0 for any other code unit (one lookup per char in the
 * scanner); UNKNOWN until the code unit's block of 256 is filled, on first use (see `lowerWord`): most
 * texts touch a few blocks, so loading the module does not pay for all 65,536 code units.
 */
const LOWER_WORD = new Uint16Array(65536).fill(UNKNOWN);
const BLOCK_FILLED = new Uint8Array(256);
/** Not a letter, digit or mark (one code unit each: the blocks of fillCaseBlock hold no surrogates). */
const NOT_WORD = /[^\p{L}\p{N}\p{M}]/gu;
/** Characters whose lower case depends on their neighbours (Greek capital sigma). */
const CONTEXT_CASED = /\u03a3/;

/**
 * Fills `lower` (each code unit's lower case, when that is one code unit, else itself) and `word` (1 for
 * letters, digits and marks) for the BMP. Surrogates map to themselves and are no word characters. Same
 * tables as asking `String.prototype.toLowerCase` and /[\p{L}\p{N}\p{M}]/u one character at a time
 * (the unit test checks it), with a few calls per block of 256 characters instead of one per character.
 */
export function fillCaseTables(lower: Uint16Array, word: Uint8Array): void {
  for (let block = 0; block < 256; block++) fillCaseBlock(block, lower, word);
}

/** `fillCaseTables` for the code units `block * 256` to `block * 256 + 255`. */
function fillCaseBlock(block: number, lower: Uint16Array, word: Uint8Array): void {
  const from = block * 256;
  if (from >= 0xd800 && from < 0xe000) {
    for (let c = from; c < from + 256; c++) {
      lower[c] = c;
      word[c] = 0;
    }
    return;
  }
  if (from === 0)
    for (let c = 0; c < 128; c++) {
      lower[c] = c >= 65 && c <= 90 ? c + 32 : c;
      word[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
    }
  const codes: number[] = [];
  for (let c = Math.max(128, from); c < from + 256; c++) codes.push(c);
  const chars = String.fromCharCode(...codes);
  const words = chars.replace(NOT_WORD, '\0');
  for (let i = 0; i < codes.length; i++) word[codes[i]] = words.charCodeAt(i) === 0 ? 0 : 1;
  const lowered = chars.toLowerCase();
  // a character that lowers to several code units, or by its neighbours (final sigma): one at a time
  if (lowered.length === chars.length && !CONTEXT_CASED.test(chars)) {
    for (let i = 0; i < codes.length; i++) lower[codes[i]] = lowered.charCodeAt(i);
  } else {
    for (const c of codes) {
      const lo = String.fromCharCode(c).toLowerCase();
      lower[c] = lo.length === 1 ? lo.charCodeAt(0) : c;
    }
  }
}

/** Fills the tables for the block of code unit `c`, if not done yet. */
function ensureBlock(c: number): void {
  const block = c >> 8;
  if (BLOCK_FILLED[block] === 1) return;
  fillCaseBlock(block, LOWER, WORD);
  for (let k = block * 256; k < block * 256 + 256; k++) LOWER_WORD[k] = WORD[k] === 1 ? LOWER[k] : 0;
  BLOCK_FILLED[block] = 1;
}
ensureBlock(0);

/** LOWER_WORD of a code unit (its block filled on first use). */
const lowerWord = (c: number): number => {
  const lw = LOWER_WORD[c];
  if (lw !== UNKNOWN) return lw;
  ensureBlock(c);
  return LOWER_WORD[c];
};

export const lowerCode = (c: number): number => {
  ensureBlock(c);
  return LOWER[c];
};
export const isWordCode = (c: number): boolean => {
  ensureBlock(c);
  return WORD[c] === 1;
};

/** JavaScript's white space and line terminators (the `\s` of regular expressions and of `trim`). */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const PLUS = 43;
const HASH = 35;
const DOT = 46;
const S = 115;
const NEWLINE = 10;

/**
 * Gap between two tokens: none (touching), soft (space, `-`, `/`, `.`, `&`, ...), hard (anything else, and a period
 * and a space after a word of two letters or more, which end a sentence: see `abbreviationAt`).
 * (Read here through module-local constants: compiled to CommonJS, a module's own exported constant is a
 * property read of `exports` at every use, and the scanner uses them per token.)
 */
const NONE = 0;
const SOFT_GAP = 1;
const HARD = 2;
export const GAP_NONE = NONE;
export const GAP_SOFT = SOFT_GAP;
export const GAP_HARD = HARD;

const SOFT = new Uint8Array(128);
for (const ch of [' ', '\t', '-', '/', '.', '_', '&', "'", '\u00a0']) SOFT[ch.charCodeAt(0)] = 1;

/** FNV-1a step over a lower-cased code unit. */
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);
const SEED = 2166136261 | 0;
export const HASH_SEED = SEED;

/** Stem of a lower-cased token string, by the same rule the scanner applies with hashes. */
export function stemOf(lower: string): string {
  const n = lower.length;
  if (n > 3 && lower.charCodeAt(n - 1) === S && lower.charCodeAt(n - 2) !== S && isWordCode(lower.charCodeAt(n - 2))) {
    return lower.slice(0, n - 1);
  }
  return lower;
}

export function hashString(s: string): number {
  let h = SEED;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

/** Token arrays, reused between calls (grown on demand). */
export class TokenBuffer {
  count = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  /** Hash of the stem. */
  hash = new Int32Array(1024);
  /** Length of the stem (end - start, minus one when a plural `s` was dropped). */
  stemLen = new Int32Array(1024);
  /** Gap before this token (GAP_*). A newline always makes a hard gap. */
  gap = new Uint8Array(1024);
  /** Vocabulary id of the stem, -1 when unknown (filled by the matcher). */
  id = new Int32Array(1024);
  /** Line of the token: the number of newlines before it (tokens never hold a newline). */
  line = new Int32Array(1024);
  /** Lower-cased code units of the tokens, at their offsets in the text (other positions hold stale values). */
  low = new Uint16Array(4096);
  /** The code units of the last text, then a 0 (see `codesOf`). */
  codes = new Uint16Array(4096);
  /** `codes` as a Buffer (same memory), made on first use. */
  codeBytes: Buffer | undefined;

  grow(): void {
    const n = this.start.length * 2;
    const g = <T extends Int32Array | Uint8Array>(a: T, ctor: new (n: number) => T): T => {
      const b = new ctor(n);
      b.set(a);
      return b;
    };
    this.start = g(this.start, Int32Array);
    this.end = g(this.end, Int32Array);
    this.hash = g(this.hash, Int32Array);
    this.stemLen = g(this.stemLen, Int32Array);
    this.gap = g(this.gap, Uint8Array);
    this.id = g(this.id, Int32Array);
    this.line = g(this.line, Int32Array);
  }
}

/** Whether a Uint16Array holds its elements little-endian, as Buffer's 'utf16le' writes code units. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The code units of `text` in `buf.codes`, followed by a 0 (no word character, so scans need no bounds
 * test). The scanner reads them from a typed array: `charCodeAt` in a loop dispatches on the string's
 * representation at every call. One native copy (Buffer's 'utf16le' writes the code units as they are,
 * lone surrogates included), or a loop where there is no Buffer.
 */
function codesOf(text: string, buf: TokenBuffer): Uint16Array {
  const n = text.length;
  if (buf.codes.length < n + 1) {
    buf.codes = new Uint16Array(2 * n + 2);
    buf.codeBytes = undefined;
  }
  const codes = buf.codes;
  if (LITTLE_ENDIAN && typeof Buffer === 'function') {
    buf.codeBytes ??= Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength);
    buf.codeBytes.write(text, 0, 'utf16le');
  } else for (let i = 0; i < n; i++) codes[i] = text.charCodeAt(i);
  codes[n] = 0;
  return codes;
}

/**
 * Cuts `text` into tokens, filling `buf`. Linear in the text length, no allocation per token. With a
 * vocabulary table, also gives each token its vocabulary id (-1 when unknown; see `lookupId`), while
 * its characters are at hand; without one, ids are left as they were.
 */
export function tokenize(text: string, buf: TokenBuffer, table?: VocabTable): void {
  const n = text.length;
  const codes = codesOf(text, buf);
  let bId = buf.id;
  if (buf.low.length < n) buf.low = new Uint16Array(n * 2);
  const low = buf.low;
  let count = 0;
  let i = 0;
  let prevStart = 0;
  let prevEnd = 0;
  let line = 0;
  let bStart = buf.start;
  let bEnd = buf.end;
  let bHash = buf.hash;
  let bStem = buf.stemLen;
  let bGap = buf.gap;
  let bLine = buf.line;
  while (i < n) {
    let c = codes[i];
    if (lowerWord(c) === 0) {
      if (c !== DOT) {
        if (c === NEWLINE) line++;
        i++;
        continue;
      }
      // `.NET`: the dot belongs to the token only when it does not follow a word character.
      if (i + 1 >= n || lowerWord(codes[i + 1]) === 0 || (i > 0 && lowerWord(codes[i - 1]) !== 0)) {
        i++;
        continue;
      }
      const next = codes[i + 1];
      if (next >= 48 && next <= 57) {
        i++;
        continue;
      }
    }
    const start = i;
    let h = SEED;
    let hPrev = h;
    let last = 0;
    let prevC = 0;
    if (c === DOT) {
      h = Math.imul(h ^ DOT, 16777619);
      low[i] = DOT;
      i++;
    }
    // (codes[n] is 0, no word character: it ends the last token)
    for (;;) {
      const lc = lowerWord(codes[i]);
      if (lc === 0) break;
      low[i] = lc;
      hPrev = h;
      h = Math.imul(h ^ lc, 16777619);
      prevC = last;
      last = lc;
      i++;
    }
    // glued `+`/`#` suffix (C++, C#, TLA+)
    let suffix = false;
    for (;;) {
      c = codes[i];
      if (c !== PLUS && c !== HASH) break;
      low[i] = c;
      hPrev = h;
      h = Math.imul(h ^ c, 16777619);
      suffix = true;
      i++;
    }
    const end = i;
    const len = end - start;
    let stemLen = len;
    let stemHash = h;
    if (!suffix && len > 3 && last === S && prevC !== S && prevC !== 0) {
      stemLen = len - 1;
      stemHash = hPrev;
    }
    if (count === bStart.length) {
      buf.grow();
      bStart = buf.start;
      bEnd = buf.end;
      bHash = buf.hash;
      bStem = buf.stemLen;
      bGap = buf.gap;
      bLine = buf.line;
      bId = buf.id;
    }
    bStart[count] = start;
    bEnd[count] = end;
    bHash[count] = stemHash;
    bStem[count] = stemLen;
    bLine[count] = line;
    if (table !== undefined) bId[count] = lookupId(low, start, stemLen, stemHash, table);
    let gap = HARD;
    if (count > 0 && start - prevEnd <= 3) {
      gap = start === prevEnd ? NONE : SOFT_GAP;
      for (let k = prevEnd; k < start; k++) {
        const g = codes[k];
        if (g >= 128 || SOFT[g] === 0) {
          gap = HARD;
          break;
        }
        // a period and a space after a word ends its sentence ("... in Spark. Streaming", "Pinewick & Co. sells"),
        // after an initial ("U.S. GAAP") or a few abbreviations ("budget vs. actual") it does not
        if (g === DOT && k + 1 < start && codes[k + 1] === 32 && prevEnd - prevStart > 1 && !abbreviationAt(low, prevStart, prevEnd)) {
          gap = HARD;
          break;
        }
      }
    }
    bGap[count] = gap;
    prevStart = start;
    prevEnd = end;
    count++;
  }
  buf.count = count;
}

/** Abbreviations written with a period inside names of things ("budget vs. actual", "Cal. Code Civ. Proc.", "Ph. Eur."). */
const ABBREVIATIONS = ['vs', 'st', 'cal', 'civ', 'ph'];
/** Whether the lower-cased token [start, end) is one of ABBREVIATIONS. */
function abbreviationAt(low: Uint16Array, start: number, end: number): boolean {
  for (const a of ABBREVIATIONS) {
    if (a.length !== end - start) continue;
    let k = 0;
    while (k < a.length && low[start + k] === a.charCodeAt(k)) k++;
    if (k === a.length) return true;
  }
  return false;
}

/** Tokens of a short string as stems (compile time): `["node", "js"]` for "Node.js". */
let shared: TokenBuffer | undefined;
export function stemsOf(s: string): { stems: string[]; surfaces: string[]; gaps: number[] } {
  const buf = (shared ??= new TokenBuffer());
  tokenize(s, buf);
  const stems: string[] = [];
  const surfaces: string[] = [];
  const gaps: number[] = [];
  for (let t = 0; t < buf.count; t++) {
    const surface = s.slice(buf.start[t], buf.end[t]);
    let lower = surface.toLowerCase();
    if (lower.length !== surface.length) {
      lower = '';
      for (let k = 0; k < surface.length; k++) lower += String.fromCharCode(lowerCode(surface.charCodeAt(k)));
    } else {
      // toLowerCase may differ from the table for a few characters: keep the table's answer
      for (let k = 0; k < surface.length; k++)
        if (lower.charCodeAt(k) !== lowerCode(surface.charCodeAt(k))) {
          lower = '';
          for (let j = 0; j < surface.length; j++) lower += String.fromCharCode(lowerCode(surface.charCodeAt(j)));
          break;
        }
    }
    stems.push(lower.slice(0, buf.stemLen[t]));
    surfaces.push(surface);
    gaps.push(buf.gap[t]);
  }
  return { stems, surfaces, gaps };
}

/**
 * The vocabulary as an open-addressing hash table over packed code units, so a token is looked up with
 * no string allocation. A slot is SLOT_INTS int32 (32 bytes, half a cache line): the stem's hash, its id + 1
 * (0 for an empty slot), where its code units start in `chars`, its length, and its first SLOT_CHARS code
 * units themselves (read through `slotChars`, a Uint16Array over the same memory), so most stems are
 * verified without a second memory access. `chars` holds every stem back to back, `offsets` where each
 * stem starts (one more entry than stems).
 */
export interface VocabTable {
  slots: Int32Array;
  slotChars: Uint16Array;
  mask: number;
  chars: Uint16Array;
  offsets: Int32Array;
}

/** Int32 per slot of a VocabTable, and how many code units of the stem it holds (after its first 4 int32). */
const SLOT_INTS = 8;
const SLOT_CHARS = 8;
/** Where a slot's code units start in `slotChars` (in code units from the slot's start). */
const SLOT_CHARS_AT = 8;

/** The table of the stems in `stems`, each followed by a newline (ids in order). */
export function buildVocabTable(stems: string): VocabTable {
  let count = 0;
  for (let i = 0; i < stems.length; i++) if (stems.charCodeAt(i) === NEWLINE) count++;
  const chars = new Uint16Array(stems.length - count);
  const offsets = new Int32Array(count + 1);
  let at = 0;
  let id = 0;
  for (let i = 0; i < stems.length; i++) {
    const c = stems.charCodeAt(i);
    if (c === NEWLINE) offsets[++id] = at;
    else chars[at++] = c;
  }
  return hashTable(chars, offsets);
}

/** The hash slots over stems already packed in `chars` / `offsets`, at most half full. */
function hashTable(chars: Uint16Array, offsets: Int32Array): VocabTable {
  const count = offsets.length - 1;
  let size = 1024;
  while (size < count * 2) size *= 2;
  const slots = new Int32Array(size * SLOT_INTS);
  const slotChars = new Uint16Array(slots.buffer);
  const mask = size - 1;
  for (let id = 0; id < count; id++) {
    const off = offsets[id];
    const len = offsets[id + 1] - off;
    let h = SEED;
    for (let k = off; k < off + len; k++) h = Math.imul(h ^ chars[k], 16777619);
    let slot = h & mask;
    while (slots[SLOT_INTS * slot + 1] !== 0) slot = (slot + 1) & mask;
    fillSlot(slots, slotChars, slot, h, id, chars, off, len);
  }
  return { slots, slotChars, mask, chars, offsets };
}

/** Writes stem `id` (hash `h`, code units chars[off, off + len)) into `slot`. */
function fillSlot(slots: Int32Array, slotChars: Uint16Array, slot: number, h: number, id: number, chars: Uint16Array, off: number, len: number): void {
  const b = SLOT_INTS * slot;
  slots[b] = h;
  slots[b + 1] = id + 1;
  slots[b + 2] = off;
  slots[b + 3] = len;
  const at = 2 * b + SLOT_CHARS_AT;
  for (let k = 0; k < len && k < SLOT_CHARS; k++) slotChars[at + k] = chars[off + k];
}

/**
 * The table whose slots were made beforehand (`slots` of a table `buildVocabTable` made, as the built-in taxonomy ships
 * it): read in place, nothing hashed. (Where the machine is big-endian a slot's code units would read back swapped:
 * there the slots are made again.)
 */
export function vocabTableOf(chars: Uint16Array, offsets: Int32Array, mask: number, slots: Int32Array): VocabTable {
  if (slots.length !== (mask + 1) * SLOT_INTS) throw new Error(`vocabulary table: ${slots.length} slot ints for mask ${mask}`);
  if (!LITTLE_ENDIAN) return hashTable(chars, offsets);
  return { slots, slotChars: new Uint16Array(slots.buffer, slots.byteOffset, slots.length * 2), mask, chars, offsets };
}

/** The table with `stems` appended (ids from the table's size on). */
export function extendVocabTable(table: VocabTable, stems: readonly string[]): VocabTable {
  const from = table.offsets.length - 1;
  let total = table.offsets[from];
  for (const s of stems) total += s.length;
  const chars = new Uint16Array(total);
  chars.set(table.chars.subarray(0, table.offsets[from]));
  const offsets = new Int32Array(from + stems.length + 1);
  offsets.set(table.offsets);
  let at = table.offsets[from];
  for (let k = 0; k < stems.length; k++) {
    for (let i = 0; i < stems[k].length; i++) chars[at++] = stems[k].charCodeAt(i);
    offsets[from + k + 1] = at;
  }
  return hashTable(chars, offsets);
}

/**
 * Vocabulary id of the stem low[start, start + len) whose hash is `h` (-1 when unknown): hash probe, verified
 * code unit by code unit (the first SLOT_CHARS in the slot itself, any others in `chars`).
 */
function lookupId(low: Uint16Array, start: number, len: number, h: number, table: VocabTable): number {
  const { slots, slotChars, mask, chars } = table;
  let slot = h & mask;
  for (;;) {
    const b = SLOT_INTS * slot;
    const v = slots[b + 1];
    if (v === 0) return -1;
    if (slots[b] === h && slots[b + 3] === len) {
      const at = 2 * b + SLOT_CHARS_AT;
      const inSlot = len < SLOT_CHARS ? len : SLOT_CHARS;
      let k = 0;
      while (k < inSlot && slotChars[at + k] === low[start + k]) k++;
      if (k === inSlot) {
        const off = slots[b + 2];
        while (k < len && chars[off + k] === low[start + k]) k++;
        if (k === len) return v - 1;
      }
    }
    slot = (slot + 1) & mask;
  }
}

/** Vocabulary id of a stem string (-1 when unknown). */
export function stemId(table: VocabTable, stem: string): number {
  const { slots, mask, chars } = table;
  const h = hashString(stem);
  for (let slot = h & mask; slots[SLOT_INTS * slot + 1] !== 0; slot = (slot + 1) & mask) {
    const b = SLOT_INTS * slot;
    if (slots[b] !== h || slots[b + 3] !== stem.length) continue;
    const off = slots[b + 2];
    let k = 0;
    while (k < stem.length && chars[off + k] === stem.charCodeAt(k)) k++;
    if (k === stem.length) return slots[b + 1] - 1;
  }
  return -1;
}
