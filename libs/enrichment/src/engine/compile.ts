import type { SkillDef } from '../taxonomy/skill-def';
import { hashString, stemsOf } from './tokenize';

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
}

export interface CompiledSkill {
  def: SkillDef;
  /** Output aliases (deduplicated, without the name). */
  aliases: string[];
  /** Context cue sequences (vocabulary ids). */
  cues: number[][];
  /** First ids of the cue sequences. */
  cueFirst: Set<number>;
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
 * allocation at match time), a root table indexed by token id and per-node maps for deeper levels.
 */
export interface CompiledTaxonomy {
  skills: CompiledSkill[];
  patterns: CompiledPattern[];
  vocab: string[];
  vocabIndex: Map<string, number>;
  /** Open-addressing table: slot -> vocab id + 1. */
  table: Int32Array;
  tableHash: Int32Array;
  tableMask: number;
  /** Root transitions: vocab id -> node (0: none). */
  rootNext: Int32Array;
  nodeNext: (Map<number, number> | undefined)[];
  /** Pattern indices ending at a node. */
  nodeOut: (number[] | undefined)[];
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
  const patternKeys = new Set<string>();

  const addPattern = (skill: number, stems: string[], surfaces: string[], ambiguous: boolean, caseSensitive = false): void => {
    const ids = stems.map(idOf);
    const key = `${skill}|${ambiguous ? surfaces.join(' ') : ''}|${ids.join(',')}`;
    if (patternKeys.has(key)) return;
    patternKeys.add(key);
    const s0 = surfaces[0];
    const acronym = surfaces.length === 1 && s0.length >= 2 && s0.length <= 5 && s0 === s0.toUpperCase() && s0 !== s0.toLowerCase();
    patterns.push({ skill, ambiguous, surfaces, length: ids.length, acronym, caseSensitive });
    seqs.push(ids);
  };

  const cueCache = new Map<string, { cues: number[][]; cueFirst: Set<number> }>();
  const NO_CUES = { cues: [] as number[][], cueFirst: new Set<number>() };
  const EMPTY_SET = new Set<number>();
  let defaultNegativeIds: Set<number> | undefined;
  const defaultNegatives = (): Set<number> =>
    (defaultNegativeIds ??= new Set(DEFAULT_NEGATIVES.map((w) => stemsOf(w).stems).filter((x) => x.length === 1).map((x) => idOf(x[0]))));

  for (const def of defs) {
    if (seenId.has(def.id)) continue; // first definition of an id wins
    seenId.add(def.id);
    const index = skills.length;
    const forms = [def.name, ...(def.aliases ?? [])];
    const ambiguousForms = new Set(
      def.ambiguous ? (def.ambiguousForms && def.ambiguousForms.length > 0 ? def.ambiguousForms : [def.name]).map((f) => f.toLowerCase()) : [],
    );
    const aliases: string[] = [];
    const aliasSeen = new Set([def.name.toLowerCase()]);
    for (const form of forms) {
      const lower = form.toLowerCase();
      if (form !== def.name && !aliasSeen.has(lower)) {
        aliasSeen.add(lower);
        aliases.push(form);
      }
      const { stems, surfaces } = stemsOf(form);
      const ambiguous = ambiguousForms.has(lower);
      // a bare generic word ("software", "teams") is never a form, unless marked ambiguous (checked in context)
      if (stems.length === 0 || (!ambiguous && generic.has(stems.join(' ')))) continue;
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
      const list = (def.contextCues ?? [])
        .map((c) => stemsOf(c).stems)
        .filter((c) => c.length > 0 && !(c.length === 1 && WEAK_CUES.has(c[0])))
        .map((c) => c.map(idOf));
      cueEntry = { cues: list, cueFirst: new Set(list.map((c) => c[0])) };
      cueCache.set(cueKey, cueEntry);
    }
    const { cues, cueFirst } = cueEntry;
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

  // trie
  const rootNext = new Int32Array(vocab.length + 1);
  const nodeNext: (Map<number, number> | undefined)[] = [undefined];
  const nodeOut: (number[] | undefined)[] = [undefined];
  let maxLen = 0;
  for (let p = 0; p < seqs.length; p++) {
    const ids = seqs[p];
    maxLen = Math.max(maxLen, ids.length);
    let node = rootNext[ids[0]];
    if (node === 0) {
      node = nodeNext.length;
      nodeNext.push(undefined);
      nodeOut.push(undefined);
      rootNext[ids[0]] = node;
    }
    for (let k = 1; k < ids.length; k++) {
      let m = nodeNext[node];
      if (!m) {
        m = new Map();
        nodeNext[node] = m;
      }
      let next = m.get(ids[k]);
      if (next === undefined) {
        next = nodeNext.length;
        nodeNext.push(undefined);
        nodeOut.push(undefined);
        m.set(ids[k], next);
      }
      node = next;
    }
    const out = nodeOut[node];
    if (out) out.push(p);
    else nodeOut[node] = [p];
  }

  const compiled: CompiledTaxonomy = {
    skills,
    patterns,
    vocab,
    vocabIndex,
    table: new Int32Array(0),
    tableHash: new Int32Array(0),
    tableMask: 0,
    rootNext,
    nodeNext,
    nodeOut,
    maxLen,
    word: (w: string) => {
      const s = stemsOf(w).stems;
      return s.length === 1 ? (vocabIndex.get(s[0]) ?? -1) : -1;
    },
  };
  buildTable(compiled);
  return compiled;
}

/** Adds engine words (cue words) to the vocabulary after compilation; returns their ids. */
export function addWords(c: CompiledTaxonomy, words: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
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
    const root = new Int32Array(c.vocab.length + 1);
    root.set(c.rootNext.subarray(0, Math.min(c.rootNext.length, root.length)));
    c.rootNext = root;
    buildTable(c);
  }
  return out;
}

function buildTable(c: CompiledTaxonomy): void {
  let size = 1024;
  while (size < c.vocab.length * 4) size *= 2;
  const table = new Int32Array(size);
  const tableHash = new Int32Array(size);
  const mask = size - 1;
  for (let id = 0; id < c.vocab.length; id++) {
    const h = hashString(c.vocab[id]);
    let slot = h & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
    tableHash[slot] = h;
  }
  c.table = table;
  c.tableHash = tableHash;
  c.tableMask = mask;
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
