import type { SkillDef } from '../taxonomy/skill-def';
import { buildVocabTable, extendVocabTable, stemsOf, type VocabTable } from './tokenize';

/** One surface form of one skill, as a sequence of vocabulary ids. */
export interface CompiledPattern {
  skill: number;
  /** The form must match case-sensitively (token by token) and needs supporting context. */
  ambiguous: boolean;
  /** Surface tokens of the form (for the case check of ambiguous forms). */
  surfaces: string[];
  length: number;
  /** A single short all-capitals form (REST, ACH): an all-lower-case word does not match it. */
  acronym: boolean;
  /** Matched case-sensitively: a one-word form whose punctuation the tokenizer drops ("Play!" is not "play"). */
  caseSensitive: boolean;
  /** `surfaces` with the all-lower-case ones (which match any case) replaced by null, for the case check. */
  caseSurfaces: (string | null)[];
}

export interface CompiledSkill {
  def: SkillDef;
  /** Output aliases (deduplicated, without the name). */
  aliases: string[];
  /** Context cue sequences (vocabulary ids). */
  cues: number[][];
  /** First ids of the cue sequences. */
  cueFirst: Set<number>;
  /** The cue sequences by their first id (each list in the order of `cues`). */
  cueByFirst: Map<number, number[][]>;
  /** Index of the platform skill this discipline names too ("iOS" for "iOS development"), or -1. */
  sameAs: number;
  /** Negative cue ids (single tokens). */
  negatives: Set<number>;
  /** True for categories that name a concrete tool, language or product (kept inside job titles). */
  concrete: boolean;
  broadField: boolean;
}

/**
 * The taxonomy compiled into a token trie: vocabulary (stem -> id, looked up by hash with no string
 * allocation at match time), a root table indexed by token id and one open-addressing table of the deeper
 * transitions, with the facts the matcher needs of each node packed next to the transition into it.
 */
export interface CompiledTaxonomy {
  skills: CompiledSkill[];
  patterns: CompiledPattern[];
  vocab: string[];
  vocabIndex: Map<string, number>;
  /** The vocabulary as a hash table over packed code units (token -> id at match time). */
  vocabTable: VocabTable;
  /**
   * Root transitions, two int32 per vocab id: the node (0: none; nodes are numbered from 1) and its flags
   * (see `nodeFlags`), so the matcher learns what it needs of a node with one memory access.
   */
  root: Int32Array;
  /**
   * Transitions below the root, open addressing on (node, id): slots of (node, id, next node, its flags),
   * see `childSlot`.
   */
  edges: Int32Array;
  edgeMask: number;
  /** Pattern indices ending at a node. */
  nodeOut: (number[] | undefined)[];
  /** Per pattern: 1 when ambiguous. */
  patAmbiguous: Uint8Array;
  /** Per pattern: its skill index. */
  patSkill: Int32Array;
  /** Maximum pattern length in tokens. */
  maxLen: number;
  /** Vocabulary ids of words the engine itself looks for (cues), by word. */
  word: (w: string) => number;
}

const CONCRETE = new Set([
  'programming-language',
  'framework',
  'library',
  'data-store',
  'cloud',
  'devops',
  'observability',
  'tool',
  'platform',
  'media',
  'protocol',
  'standard',
]);

const WEAK_CUES = new Set(['and', 'or', 'plu', 'plus', 'a', 'an', 'the']);

/** Generic words next to an ambiguous form that show it is an everyday word (any skill). */
export const DEFAULT_NEGATIVES = [
  'getter', 'getters', 'semester', 'semesters', 'term', 'terms', 'break', 'season', 'hiring', 'event', 'events',
  'fair', 'turnaround', 'response', 'responses', 'island', 'sea', 'cleaning', 'clean', 'ahead', 'beyond', 'forward',
  'live', 'market', 'winter', 'summer', 'autumn', 'fall', 'intake', 'cohort', 'quarter', 'festival', 'sale',
  'collection', 'gala', 'onsite',
];

export function compileTaxonomy(defs: readonly SkillDef[], genericTerms: readonly string[] = []): CompiledTaxonomy {
  const generic = new Set(genericTerms.map((g) => stemsOf(g).stems.join(' ')));
  const vocab: string[] = [];
  const vocabIndex = new Map<string, number>();
  const idOf = (stem: string): number => {
    let id = vocabIndex.get(stem);
    if (id === undefined) {
      id = vocab.length;
      vocab.push(stem);
      vocabIndex.set(stem, id);
    }
    return id;
  };

  const skills: CompiledSkill[] = [];
  const patterns: CompiledPattern[] = [];
  const seqs: number[][] = [];
  const seenId = new Set<string>();
  /** First pattern index of the skill being compiled (patterns of one skill are contiguous). */
  let skillFirstPattern = 0;
  const allNull: null[][] = [];

  const addPattern = (skill: number, stems: string[], surfaces: string[], ambiguous: boolean, caseSensitive = false): void => {
    const ids = stems.map(idOf);
    // one pattern per (skill, token ids, ambiguity), and per surface form for ambiguous ones (case-checked)
    for (let p = skillFirstPattern; p < patterns.length; p++) {
      const q = patterns[p];
      if (q.ambiguous !== ambiguous || !sameArray(seqs[p], ids) || (ambiguous && !sameArray(q.surfaces, surfaces))) continue;
      return;
    }
    const s0 = surfaces[0];
    const acronym = surfaces.length === 1 && s0.length >= 2 && s0.length <= 5 && s0 === s0.toUpperCase() && s0 !== s0.toLowerCase();
    let caseSurfaces: (string | null)[] | undefined;
    for (let k = 0; k < surfaces.length; k++) {
      const x = surfaces[k];
      if (x === x.toLowerCase()) continue;
      caseSurfaces ??= surfaces.map(() => null);
      caseSurfaces[k] = x;
    }
    caseSurfaces ??= allNull[surfaces.length] ??= surfaces.map(() => null);
    patterns.push({ skill, ambiguous, surfaces, length: ids.length, acronym, caseSensitive, caseSurfaces });
    seqs.push(ids);
  };

  /** Token ids of each cue string (many lists share words), null for cues that support nothing. */
  const cueIds = new Map<string, number[] | null>();
  const cueCache = new Map<string, { cues: number[][]; cueFirst: Set<number>; cueByFirst: Map<number, number[][]> }>();
  const NO_CUES = { cues: [] as number[][], cueFirst: new Set<number>(), cueByFirst: new Map<number, number[][]>() };
  const EMPTY_SET = new Set<number>();
  let defaultNegativeIds: Set<number> | undefined;
  const defaultNegatives = (): Set<number> =>
    (defaultNegativeIds ??= new Set(DEFAULT_NEGATIVES.map((w) => stemsOf(w).stems).filter((x) => x.length === 1).map((x) => idOf(x[0]))));

  for (const def of defs) {
    if (seenId.has(def.id)) continue; // first definition of an id wins
    seenId.add(def.id);
    const index = skills.length;
    skillFirstPattern = patterns.length;
    const forms = [def.name, ...(def.aliases ?? [])];
    const ambiguousForms = def.ambiguous
      ? new Set((def.ambiguousForms && def.ambiguousForms.length > 0 ? def.ambiguousForms : [def.name]).map((f) => f.toLowerCase()))
      : undefined;
    const aliases: string[] = [];
    const aliasSeen = new Set([def.name.toLowerCase()]);
    for (const form of forms) {
      const lower = form.toLowerCase();
      if (form !== def.name && !aliasSeen.has(lower)) {
        aliasSeen.add(lower);
        aliases.push(form);
      }
      const { stems, surfaces } = stemsOf(form);
      const ambiguous = ambiguousForms !== undefined && ambiguousForms.has(lower);
      // a bare generic word ("software", "teams") is never a form, unless marked ambiguous (checked in context)
      if (stems.length === 0 || (!ambiguous && generic.has(stems.length === 1 ? stems[0] : stems.join(' ')))) continue;
      addPattern(index, stems, surfaces, ambiguous, stems.length === 1 && form.trim() !== surfaces[0] && !/^[.#+]|[+#]$/.test(form.trim()));
      if (stems.length > 1 && stems.length <= 3) {
        const joined = stemsOf(surfaces.join(''));
        if (joined.stems.length === 1) addPattern(index, joined.stems, joined.surfaces, ambiguous);
      }
    }
    // cue lists are shared by many skills (one constant per family): compile each distinct list once
    const cueKey = def.contextCues && def.contextCues.length > 0 ? def.contextCues.join('|') : '';
    let cueEntry = cueKey ? cueCache.get(cueKey) : NO_CUES;
    if (!cueEntry) {
      // function words ("and", "or", "a") support nothing: they sit next to every word
      const list: number[][] = [];
      for (const c of def.contextCues ?? []) {
        let ids = cueIds.get(c);
        if (ids === undefined) {
          const stems = stemsOf(c).stems;
          ids = stems.length > 0 && !(stems.length === 1 && WEAK_CUES.has(stems[0])) ? stems.map(idOf) : null;
          cueIds.set(c, ids);
        }
        if (ids !== null) list.push(ids);
      }
      const cueByFirst = new Map<number, number[][]>();
      for (const c of list) {
        const same = cueByFirst.get(c[0]);
        if (same) same.push(c);
        else cueByFirst.set(c[0], [c]);
      }
      cueEntry = { cues: list, cueFirst: new Set(list.map((c) => c[0])), cueByFirst };
      cueCache.set(cueKey, cueEntry);
    }
    const { cues, cueFirst, cueByFirst } = cueEntry;
    let negatives = EMPTY_SET;
    if (def.negativeCues && def.negativeCues.length > 0) {
      negatives = new Set(def.ambiguous ? defaultNegatives() : []);
      for (const w of def.negativeCues) {
        const s = stemsOf(w).stems;
        if (s.length === 1) negatives.add(idOf(s[0]));
      }
    } else if (def.ambiguous) negatives = defaultNegatives();
    skills.push({
      def,
      aliases,
      cues,
      cueFirst,
      cueByFirst,
      sameAs: -1,
      negatives,
      concrete: CONCRETE.has(def.category),
      broadField: def.broadField === true || BROAD_FIELDS.has(def.id),
    });
  }

  // "iOS development" also names "iOS"
  const byName = new Map(skills.map((k, i) => [k.def.name.toLowerCase(), i]));
  for (const k of skills) {
    const mm = /^(.+?)\s+(?:app\s+|application\s+)?(?:development|programming|engineering)$/i.exec(k.def.name);
    const base = mm ? byName.get(mm[1].toLowerCase()) : undefined;
    if (base !== undefined && skills[base] !== k) k.sameAs = base;
    // two ids with the very same name (written in two places): one entry
    const same = byName.get(k.def.name.toLowerCase());
    if (k.sameAs < 0 && same !== undefined && skills[same] !== k) k.sameAs = same;
  }

  // trie: root transitions in an array by token id, deeper ones in one open-addressing table
  const rootNext = new Int32Array(vocab.length);
  let edgeCount = 0;
  let maxLen = 0;
  for (const ids of seqs) {
    edgeCount += ids.length - 1;
    if (ids.length > maxLen) maxLen = ids.length;
  }
  let size = 1024;
  while (size < edgeCount * 2) size *= 2;
  const edges = new Int32Array(size * 4);
  const edgeMask = size - 1;
  const nodeOut: (number[] | undefined)[] = [undefined];
  const hasNext: number[] = [0];
  for (let p = 0; p < seqs.length; p++) {
    const ids = seqs[p];
    let node = rootNext[ids[0]];
    if (node === 0) {
      node = nodeOut.length;
      nodeOut.push(undefined);
      hasNext.push(0);
      rootNext[ids[0]] = node;
    }
    for (let k = 1; k < ids.length; k++) {
      const id = ids[k];
      let slot = edgeSlot(node, id, edgeMask);
      while (edges[4 * slot + 2] !== 0 && !(edges[4 * slot] === node && edges[4 * slot + 1] === id)) slot = (slot + 1) & edgeMask;
      if (edges[4 * slot + 2] === 0) {
        edges[4 * slot] = node;
        edges[4 * slot + 1] = id;
        edges[4 * slot + 2] = nodeOut.length;
        hasNext[node] = 1;
        nodeOut.push(undefined);
        hasNext.push(0);
      }
      node = edges[4 * slot + 2];
    }
    const out = nodeOut[node];
    if (out) out.push(p);
    else nodeOut[node] = [p];
  }
  const patAmbiguous = new Uint8Array(patterns.length);
  for (let p = 0; p < patterns.length; p++) patAmbiguous[p] = patterns[p].ambiguous ? 1 : 0;
  const patSkill = Int32Array.from(patterns, (p) => p.skill);
  const nodeFlags = (node: number): number => {
    let f = hasNext[node] === 1 ? NODE_HAS_NEXT : 0;
    const out = nodeOut[node];
    if (out === undefined) return f;
    const first = patterns[out[0]];
    f |= NODE_HAS_OUT | (out.length > 1 ? NODE_MULTI_OUT : 0);
    if (!first.ambiguous && !first.acronym && !first.caseSensitive && out[0] < 1 << (31 - NODE_FIRST_SHIFT)) f |= NODE_SIMPLE | (out[0] << NODE_FIRST_SHIFT);
    return f;
  };
  const root = new Int32Array(2 * vocab.length);
  for (let id = 0; id < vocab.length; id++) {
    const node = rootNext[id];
    if (node === 0) continue;
    root[2 * id] = node;
    root[2 * id + 1] = nodeFlags(node);
  }
  for (let b = 0; b < edges.length; b += 4) if (edges[b + 2] !== 0) edges[b + 3] = nodeFlags(edges[b + 2]);

  const compiled: CompiledTaxonomy = {
    skills,
    patterns,
    vocab,
    vocabIndex,
    vocabTable: buildVocabTable(vocab),
    root,
    edges,
    edgeMask,
    nodeOut,
    patAmbiguous,
    patSkill,
    maxLen,
    word: (w: string) => {
      const s = stemsOf(w).stems;
      return s.length === 1 ? (vocabIndex.get(s[0]) ?? -1) : -1;
    },
  };
  return compiled;
}

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const edgeSlot = (node: number, id: number, mask: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) & mask;

/**
 * Node flags: some pattern ends at the node; some edge leaves it; more than one pattern ends there; the
 * first of them is unambiguous and needs no case check (the usual case), and then its index is in the
 * bits from NODE_FIRST_SHIFT up.
 */
export const NODE_HAS_OUT = 1;
export const NODE_HAS_NEXT = 2;
export const NODE_MULTI_OUT = 4;
export const NODE_SIMPLE = 8;
export const NODE_FIRST_SHIFT = 4;

/** Where in `edges` the transition from `node` by token `id` is (next node at +2, its flags at +3); -1 when none. */
export function childSlot(c: CompiledTaxonomy, node: number, id: number): number {
  const { edges, edgeMask } = c;
  let slot = edgeSlot(node, id, edgeMask);
  for (;;) {
    const b = 4 * slot;
    if (edges[b + 2] === 0) return -1;
    if (edges[b] === node && edges[b + 1] === id) return b;
    slot = (slot + 1) & edgeMask;
  }
}

/** Adds engine words (cue words) to the vocabulary after compilation; returns their ids. */
export function addWords(c: CompiledTaxonomy, words: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const first = c.vocab.length;
  let added = false;
  for (const w of words) {
    const s = stemsOf(w).stems;
    if (s.length !== 1) continue;
    let id = c.vocabIndex.get(s[0]);
    if (id === undefined) {
      id = c.vocab.length;
      c.vocab.push(s[0]);
      c.vocabIndex.set(s[0], id);
      added = true;
    }
    out.set(w, id);
  }
  if (added) {
    const root = new Int32Array(2 * c.vocab.length);
    root.set(c.root.subarray(0, Math.min(c.root.length, root.length)));
    c.root = root;
    c.vocabTable = extendVocabTable(c.vocabTable, c.vocab, first);
  }
  return out;
}

/**
 * Ids of broad fields: named as the area of a years requirement or inside a job title they are the
 * job itself, not a checkable skill ("5 years in software engineering", "Data Engineer").
 */
export const BROAD_FIELDS = new Set([
  'software-engineering',
  'software-development',
  'data-engineering',
  'data-science',
  'data-analysis',
  'analytics',
  'devops',
  'sre',
  'site-reliability-engineering',
  'infrastructure',
  'cloud-engineering',
  'backend-development',
  'frontend-development',
  'full-stack-development',
  'web-development',
  'game-development',
  'human-resources',
  'nursing',
  'accounting',
  'engineering',
  'programming',
  'it-support',
  'security-operations',
  'soc',
]);
