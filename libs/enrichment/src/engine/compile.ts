import { namesApartByS, type SkillDef } from '../taxonomy/skill-def';
import { digestOf, packTables, type Table, tableAt, type TableLayout } from './packed-tables';
import { buildVocabTable, extendVocabTable, LITTLE_ENDIAN, stemId, stemsOf, type VocabTable, vocabTableOf } from './tokenize';
import { spellingVariantOf } from './spelling';

export interface CompiledSkill {
  readonly def: SkillDef;
  /** Output aliases (deduplicated, without the name). */
  readonly aliases: string[];
  /** Its list of context cues (see `CompiledTaxonomy.cueInts`), -1 for none. */
  cueList: number;
  /** Index of the platform skill this discipline names too ("iOS" for "iOS development"), or -1. */
  sameAs: number;
  /** Negative cue ids (single tokens). */
  negatives: Set<number>;
  /** True for categories that name a concrete tool, language or product (kept inside job titles). */
  concrete: boolean;
  broadField: boolean;
}

/**
 * A compiled skill whose output aliases are read from the packed skill records on first use (an enrichment names some
 * fifty skills; building the aliases of all 16,000 at load took about a tenth of the taxonomy's load time).
 */
class LinkedSkill implements CompiledSkill {
  /** The packed skill records, and where this skill's alias count is in them (the form indices follow); private fields, so no copy or comparison of a skill reads them. */
  readonly #ints: Int32Array;
  readonly #aliasCountAt: number;
  #built: string[] | undefined;

  constructor(
    readonly def: SkillDef,
    ints: Int32Array,
    aliasCountAt: number,
    readonly cueList: number,
    readonly sameAs: number,
    readonly negatives: Set<number>,
    readonly concrete: boolean,
    readonly broadField: boolean,
  ) {
    this.#ints = ints;
    this.#aliasCountAt = aliasCountAt;
  }

  get aliases(): string[] {
    if (this.#built === undefined) {
      const def = this.def;
      const ints = this.#ints;
      const aliases: string[] = [];
      for (let at = this.#aliasCountAt + 1, n = ints[this.#aliasCountAt]; n > 0; n--) {
        const f = ints[at++];
        aliases.push(f === 0 ? def.name : (def.aliases as string[])[f - 1]);
      }
      for (const x of def.synonyms ?? []) if (x !== def.name && !aliases.includes(x)) aliases.push(x);
      this.#built = aliases;
    }
    return this.#built;
  }
}

/**
 * The taxonomy compiled into a token trie: vocabulary (stem -> id, looked up by hash with no string
 * allocation at match time), a root table indexed by token id and one open-addressing table of the deeper
 * transitions, with the facts the matcher needs of each node packed next to the transition into it.
 */
export interface CompiledTaxonomy {
  /**
   * The compiled skills, each made on first use: read them with `skillAt` (a hole until then). Making all 29,000 of
   * the built-in taxonomy's, with their definitions, was a fifth of its load time; an enrichment reads some fifty.
   */
  skills: (CompiledSkill | undefined)[];
  skillCount: number;
  /** Makes compiled skill `i` (see `skillAt`). */
  makeSkill: (i: number) => CompiledSkill;
  /** Number of vocabulary ids (stems). */
  vocabSize: number;
  /** The vocabulary as a hash table over packed code units (token -> id at match time). */
  vocabTable: VocabTable;
  /**
   * Context cues: records of a length then vocabulary ids, per list (CompiledSkill.cueList) grouped by
   * their first word; the group of (list, word) is found with `cueGroupSlot`.
   */
  cueInts: Int32Array;
  cueGroupSlots: Int32Array;
  cueGroupMask: number;
  /** Per cue list: its number of cues. */
  cueListSize: Int32Array;
  /** Per cue list: where its record starts in `cueInts`. */
  cueListStart: Int32Array;
  /** Per cue list: 1 once its groups are in `cueGroupSlots` (filled on first lookup). */
  cueListFilled: Uint8Array;
  /**
   * Root transitions, ROOT_STRIDE int32 per vocab id: the node (0: none; nodes are numbered from 1), its
   * flags (see `nodeFlags`) and a mask of its children's ids (bit `id % 32` of each), so the matcher learns
   * what it needs of a node, and whether the next token can continue it at all, with one memory access.
   */
  root: Int32Array;
  /**
   * Transitions below the root, open addressing on (node, id): slots of (node, id, next node, its flags),
   * see `childSlot`.
   */
  edges: Int32Array;
  edgeMask: number;
  /** Pattern indices ending at a node: `nodeOutList[nodeOutStart[node] .. nodeOutStart[node + 1])`, in increasing order. */
  nodeOutStart: Int32Array;
  nodeOutList: Int32Array;
  /** Number of patterns (surface forms of skills as sequences of vocabulary ids). */
  patternCount: number;
  /** Per pattern: 1 when ambiguous (the form must match case-sensitively, token by token, and needs supporting context). */
  patAmbiguous: Uint8Array;
  /** Per pattern: its skill index. */
  patSkill: Int32Array;
  /** Per pattern: PAT_ACRONYM, PAT_CASE_SENSITIVE, PAT_ACRONYM3, PAT_SINGULAR bits. */
  patCase: Uint8Array;
  /** Per pattern: its first surface token in `caseSurfaceText` (split at spaces) when it is case-checked, else -1 (see `caseSurfacesOf`). */
  surfaceStart: Int32Array;
  /** Per pattern: its length in tokens. */
  patLength: Int32Array;
  /** The surface tokens of the case-checked patterns (ambiguous, acronym or case-sensitive), each followed by a space. */
  caseSurfaceText: string;
  /** `caseSurfaceText` split, and each case-checked pattern's case surfaces, made on first use. */
  surfaceList?: string[];
  caseSurfaceCache: ((string | null)[] | undefined)[];
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

/**
 * The taxonomy compiled down to plain, JSON-serializable data: the costly part of the compilation
 * (tokenizing every form and cue). `linkTaxonomy` turns it into the matcher's tables. The built-in
 * taxonomy ships these forms precompiled (see taxonomy/compiled), so loading it skips this step.
 */
export interface TaxonomyForms {
  /** Stems by vocabulary id. */
  vocab: string[];
  /** Per compiled skill: index of its definition in the input list (the first definition of an id wins). */
  skillDef: number[];
  /** Per compiled skill: its output aliases (deduplicated, without the name), as indices into [name, ...aliases]. */
  skillAliases: number[][];
  /** Per compiled skill: index into `cueLists`, -1 for none. */
  skillCues: number[];
  /** Per compiled skill: index into `negativeLists`, -1 for none. */
  skillNegatives: number[];
  /** Per compiled skill: see `CompiledSkill.sameAs`. */
  skillSameAs: number[];
  /** Distinct context cue lists (each cue a sequence of vocabulary ids). */
  cueLists: number[][][];
  /** Distinct negative cue lists (vocabulary ids). */
  negativeLists: number[][];
  /** Per pattern: its skill. */
  patSkill: number[];
  /** Per pattern: PAT_* bits. */
  patFlags: number[];
  patSurfaces: string[][];
  /** Per pattern: its vocabulary ids. */
  patIds: number[][];
}

const PAT_AMBIGUOUS = 1;
/** A single short all-capitals form (REST, ACH): an all-lower-case word does not match it. */
export const PAT_ACRONYM = 2;
/** Matched case-sensitively: a one-word form whose punctuation the tokenizer drops ("Play!" is not "play"). */
export const PAT_CASE_SENSITIVE = 4;
/** A three-letter acronym (a currency code look-alike: "CAD 120,000"); set at link time. */
export const PAT_ACRONYM3 = 8;
/**
 * Takes no plural `s` on its last word: that word plus `s` is a word of another skill's forms, whose `s` is its own
 * ("Canva" is not "Canvas", of Canvas LMS).
 */
export const PAT_SINGULAR = 16;

export function compileTaxonomy(defs: readonly SkillDef[], genericTerms: readonly string[] = []): CompiledTaxonomy {
  return linkTaxonomy(defs, packForms(compileForms(defs, genericTerms)));
}

/** Tokenizes every form and cue of `defs` into vocabulary ids (the data `linkTaxonomy` needs). */
export function compileForms(defs: readonly SkillDef[], genericTerms: readonly string[] = [], options: { vocabWords?: readonly string[] } = {}): TaxonomyForms {
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

  const forms: TaxonomyForms = {
    vocab,
    skillDef: [],
    skillAliases: [],
    skillCues: [],
    skillNegatives: [],
    skillSameAs: [],
    cueLists: [],
    negativeLists: [],
    patSkill: [],
    patFlags: [],
    patSurfaces: [],
    patIds: [],
  };
  const { patSkill, patFlags, patSurfaces, patIds } = forms;
  const seenId = new Set<string>();
  /** First pattern index of the skill being compiled (patterns of one skill are contiguous). */
  let skillFirstPattern = 0;

  const addPattern = (skill: number, stems: string[], surfaces: string[], ambiguous: boolean, caseSensitive = false, singular = false): void => {
    const ids = stems.map(idOf);
    // one pattern per (skill, token ids, ambiguity), and per surface form for ambiguous ones (case-checked)
    for (let p = skillFirstPattern; p < patSkill.length; p++) {
      const amb = (patFlags[p] & PAT_AMBIGUOUS) !== 0;
      if (amb !== ambiguous || !sameArray(patIds[p], ids) || (ambiguous && !sameArray(patSurfaces[p], surfaces))) continue;
      return;
    }
    const s0 = surfaces[0];
    const acronym = surfaces.length === 1 && s0.length >= 2 && s0.length <= 5 && s0 === s0.toUpperCase() && s0 !== s0.toLowerCase();
    patSkill.push(skill);
    patFlags.push(
      (ambiguous ? PAT_AMBIGUOUS : 0) | (acronym ? PAT_ACRONYM : 0) | (acronym && s0.length === 3 ? PAT_ACRONYM3 : 0) | (caseSensitive ? PAT_CASE_SENSITIVE : 0) | (singular ? PAT_SINGULAR : 0),
    );
    patSurfaces.push(surfaces);
    patIds.push(ids);
  };

  /** Token ids of each cue string (many lists share words), null for cues that support nothing. */
  const cueIds = new Map<string, number[] | null>();
  /** Index in `cueLists` of each distinct cue list (one constant per family, shared by many skills). */
  const cueListIndex = new Map<string, number>();
  let defaultNegativeList = -1;
  const defaultNegativeIds = (): number[] => {
    if (defaultNegativeList < 0) {
      defaultNegativeList = forms.negativeLists.length;
      forms.negativeLists.push(dedupe(DEFAULT_NEGATIVES.map((w) => stemsOf(w).stems).filter((x) => x.length === 1).map((x) => idOf(x[0]))));
    }
    return forms.negativeLists[defaultNegativeList];
  };

  // every form of every skill, tokenized once: as stems, a spelling variant never takes another skill's own form
  const formTokens = defs.map((def) => [def.name, ...(def.aliases ?? [])].map((form) => stemsOf(form)));
  const allForms = new Set<string>();
  for (const tokens of formTokens) for (const t of tokens) allForms.add(t.stems.join(' '));
  // the skills whose forms hold each capitalized word ending in "s" (to find names whose "s" is their own)
  const sWordSkills = new Map<string, Set<number>>();
  formTokens.forEach((tokens, d) => {
    for (const t of tokens)
      for (const w of t.surfaces)
        if (w.length > 4 && w.endsWith('s') && /^[A-Z][a-z]/.test(w)) {
          let set = sWordSkills.get(w);
          if (!set) sWordSkills.set(w, (set = new Set()));
          set.add(d);
        }
  });
  /** Whether form `f` of def `d` is a one-word name ("Canva") that, with an "s", is a name in another skill's forms ("Canvas"). */
  const singularOnly = (d: number, f: number): boolean => {
    const { stems, surfaces } = formTokens[d][f];
    if (surfaces.length !== 1 || stems[0] !== surfaces[0].toLowerCase() || !namesApartByS(surfaces[0], `${surfaces[0]}s`)) return false;
    const owners = sWordSkills.get(`${surfaces[0]}s`);
    return owners !== undefined && !owners.has(d);
  };

  const names: string[] = [];
  for (let defIndex = 0; defIndex < defs.length; defIndex++) {
    const def = defs[defIndex];
    if (seenId.has(def.id)) continue; // first definition of an id wins
    seenId.add(def.id);
    const index = forms.skillDef.length;
    skillFirstPattern = patSkill.length;
    const formList = [def.name, ...(def.aliases ?? [])];
    const ambiguousForms = def.ambiguous
      ? new Set((def.ambiguousForms && def.ambiguousForms.length > 0 ? def.ambiguousForms : [def.name]).map((f) => f.toLowerCase()))
      : undefined;
    const aliases: number[] = [];
    const aliasSeen = new Set([def.name.toLowerCase()]);
    for (let f = 0; f < formList.length; f++) {
      const form = formList[f];
      const lower = form.toLowerCase();
      if (form !== def.name && !aliasSeen.has(lower)) {
        aliasSeen.add(lower);
        aliases.push(f);
      }
      const { stems, surfaces } = formTokens[defIndex][f];
      const ambiguous = ambiguousForms !== undefined && ambiguousForms.has(lower);
      // a bare generic word ("software", "teams") is never a form, unless marked ambiguous (checked in context)
      if (stems.length === 0 || (!ambiguous && generic.has(stems.length === 1 ? stems[0] : stems.join(' ')))) continue;
      addPattern(
        index,
        stems,
        surfaces,
        ambiguous,
        (stems.length === 1 && form.trim() !== surfaces[0] && !/^[.#+]|[+#]$/.test(form.trim())) || acronymEndingInS(stems, surfaces),
        singularOnly(defIndex, f),
      );
      // the other spelling (optimise/optimize, modelling/modeling), unless some skill has it as a form of its own
      const variant = spellingVariantOf(stems);
      if (variant !== null && !allForms.has(variant.join(' '))) addPattern(index, variant, surfaces.map((x, k) => (variant[k] === stems[k] ? x : variant[k])), ambiguous);
      // written together ("NodeJS" for "Node.js"); not across "&" ("S&OP" is no "SOP", "R&D" no "RD")
      if (stems.length > 1 && stems.length <= 3 && !form.includes('&')) {
        const joined = stemsOf(surfaces.join(''));
        const [stem] = joined.stems;
        // unless the stem drops an "s" of the name and is then another skill's form ("io-ts" written "iots" is no "IoT")
        const otherSkills = stem !== undefined && stem.length < joined.surfaces[0].length && allForms.has(stem);
        if (joined.stems.length === 1 && !otherSkills) addPattern(index, joined.stems, joined.surfaces, ambiguous);
      }
    }
    // cue lists are shared by many skills (one constant per family): compile each distinct list once
    const cueKey = def.contextCues && def.contextCues.length > 0 ? def.contextCues.join('|') : '';
    let cueList = cueKey ? cueListIndex.get(cueKey) : -1;
    if (cueList === undefined) {
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
      cueList = forms.cueLists.length;
      forms.cueLists.push(list);
      cueListIndex.set(cueKey, cueList);
    }
    let negatives = -1;
    if (def.negativeCues && def.negativeCues.length > 0) {
      const list = def.ambiguous ? [...defaultNegativeIds()] : [];
      for (const w of def.negativeCues) {
        const s = stemsOf(w).stems;
        if (s.length === 1) list.push(idOf(s[0]));
      }
      negatives = forms.negativeLists.length;
      forms.negativeLists.push(dedupe(list));
    } else if (def.ambiguous) {
      defaultNegativeIds();
      negatives = defaultNegativeList;
    }
    forms.skillDef.push(defIndex);
    forms.skillAliases.push(aliases);
    forms.skillCues.push(cueList);
    forms.skillNegatives.push(negatives);
    forms.skillSameAs.push(-1);
    names.push(def.name);
  }

  // "iOS development" also names "iOS"
  const byName = new Map(names.map((name, i) => [name.toLowerCase(), i]));
  for (let i = 0; i < names.length; i++) {
    const mm = /^(.+?)\s+(?:app\s+|application\s+)?(?:development|programming|engineering)$/i.exec(names[i]);
    const base = mm ? byName.get(mm[1].toLowerCase()) : undefined;
    if (base !== undefined && base !== i) forms.skillSameAs[i] = base;
    // two ids with the very same name (written in two places): one entry
    const same = byName.get(names[i].toLowerCase());
    if (forms.skillSameAs[i] < 0 && same !== undefined && same !== i) forms.skillSameAs[i] = same;
  }
  // words the engine looks for, given ids now so that linking needs not grow the vocabulary (see createMatcher)
  for (const w of options.vocabWords ?? []) {
    const stems = stemsOf(w).stems;
    if (stems.length === 1) idOf(stems[0]);
  }
  return forms;
}

/**
 * The forms packed into a few strings (integer lists written by `packInts`: base64 of 16-bit units), so the built-in
 * taxonomy's can ship as one small module and be read without creating an object per form.
 */
export interface PackedForms {
  /** Stems by vocabulary id, each followed by a newline. */
  vocab: string;
  /** Per skill: def index, cue list + 1, negative list + 1, sameAs + 1, alias count, alias indices. */
  skills: string;
  /** Per cue list: cue count, then per cue its length and ids. */
  cueLists: string;
  /** Per negative list: id count, ids. */
  negativeLists: string;
  /** Per pattern: skill, PAT_* flags, length, ids. */
  patterns: string;
  /** The surface tokens of the patterns with PAT_* flags (the case-checked ones), in order, each followed by a space (tokens hold none). */
  caseSurfaces: string;
}

const SURFACE_END = ' ';

/**
 * The tables of linked forms: `vocabChars` is Uint16, `patAmbiguous`, `patCase`, `skillFlags` and `caseSurfaceText`
 * Uint8, the others Int32 (see `linkedTablesOf` and `linkTaxonomy`).
 */
type LinkedTableName =
  | 'vocabChars'
  | 'vocabOffsets'
  | 'vocabSlots'
  | 'cueInts'
  | 'cueListSize'
  | 'cueListStart'
  | 'root'
  | 'edges'
  | 'nodeOutStart'
  | 'nodeOutList'
  | 'patSkill'
  | 'patAmbiguous'
  | 'patCase'
  | 'surfaceStart'
  | 'patLength'
  | 'skillInts'
  | 'skillStarts'
  | 'negativeInts'
  | 'skillFlags'
  | 'caseSurfaceText';

/** Bits of the `skillFlags` table: `CompiledSkill.concrete` and `.broadField`. */
const SKILL_CONCRETE = 1;
const SKILL_BROAD_FIELD = 2;

/** The digest of the constants the skill flags are made with: shipped flags are read only while it is unchanged. */
const skillFlagsDigest = (): string => digestOf([[...CONCRETE], [...BROAD_FIELDS]]);

/** The numbers of linked forms besides their tables. */
export interface LinkedHeader {
  vocabMask: number;
  edgeMask: number;
  cueGroupMask: number;
  maxLen: number;
  /** `skillFlagsDigest()` of the engine that made the `skillFlags` table. */
  flagsDigest: string;
}

/**
 * The built-in taxonomy's forms as shipped: the tables `linkTaxonomy` makes of packed forms, exactly as the matcher
 * reads them (hash tables with their empty slots, the skill records, negative lists and flags, the case surfaces as
 * UTF-8), as little-endian bytes in `tables` (`packTables`, which may hold other tables too). Loading then makes views
 * of one buffer instead of hashing 110,000 stems, threading 190,000 patterns through a trie or decoding base64.
 */
export interface LinkedForms extends LinkedHeader {
  /** Where each table is in `tables`. */
  layout: TableLayout;
  /** The length of `tables` in bytes. */
  tableBytes: number;
}

export interface LinkedTaxonomy {
  forms: LinkedForms;
  tables: Uint8Array;
}

/** What linking packed forms makes (`CompiledTaxonomy`), and the tables and numbers it is shipped as (see `LinkedForms`). */
export function linkedTablesOf(defs: readonly SkillDef[], packed: PackedForms): { compiled: CompiledTaxonomy; header: LinkedHeader; arrays: Record<LinkedTableName, Table> } {
  const c = linkTaxonomy(defs, packed);
  const skillFlags = new Uint8Array(c.skillCount);
  for (let i = 0; i < c.skillCount; i++) {
    const k = skillAt(c, i);
    skillFlags[i] = (k.concrete ? SKILL_CONCRETE : 0) | (k.broadField ? SKILL_BROAD_FIELD : 0);
  }
  const skillInts = unpackInts(packed.skills);
  const arrays: Record<LinkedTableName, Table> = {
    vocabChars: c.vocabTable.chars,
    vocabOffsets: c.vocabTable.offsets,
    vocabSlots: c.vocabTable.slots,
    cueInts: c.cueInts,
    cueListSize: c.cueListSize,
    cueListStart: c.cueListStart,
    root: c.root,
    edges: c.edges,
    nodeOutStart: c.nodeOutStart,
    nodeOutList: c.nodeOutList,
    patSkill: c.patSkill,
    patAmbiguous: c.patAmbiguous,
    patCase: c.patCase,
    surfaceStart: c.surfaceStart,
    patLength: c.patLength,
    skillInts,
    skillStarts: skillStartsOf(skillInts),
    negativeInts: unpackInts(packed.negativeLists),
    skillFlags,
    caseSurfaceText: new TextEncoder().encode(packed.caseSurfaces),
  };
  const header: LinkedHeader = { vocabMask: c.vocabTable.mask, edgeMask: c.edgeMask, cueGroupMask: c.cueGroupMask, maxLen: c.maxLen, flagsDigest: skillFlagsDigest() };
  return { compiled: c, header, arrays };
}

/** The linked forms of packed forms, their tables alone in `tables` (see `LinkedForms`). */
export function linkedFormsOf(defs: readonly SkillDef[], packed: PackedForms): LinkedTaxonomy {
  const { header, arrays } = linkedTablesOf(defs, packed);
  const { layout, bytes } = packTables(arrays);
  return { forms: { ...header, layout, tableBytes: bytes.length }, tables: bytes };
}

export function packForms(forms: TaxonomyForms): PackedForms {
  const skills: number[] = [];
  for (let i = 0; i < forms.skillDef.length; i++) {
    skills.push(forms.skillDef[i], forms.skillCues[i] + 1, forms.skillNegatives[i] + 1, forms.skillSameAs[i] + 1, forms.skillAliases[i].length, ...forms.skillAliases[i]);
  }
  const cueLists: number[] = [];
  for (const list of forms.cueLists) {
    cueLists.push(list.length);
    // grouped by first word (a stable sort keeps the list order within a group): one group per (list, word)
    for (const cue of [...list].sort((a, b) => a[0] - b[0])) cueLists.push(cue.length, ...cue);
  }
  const negativeLists: number[] = [];
  for (const list of forms.negativeLists) negativeLists.push(list.length, ...list);
  const patterns: number[] = [];
  let caseSurfaces = '';
  for (let p = 0; p < forms.patSkill.length; p++) {
    patterns.push(forms.patSkill[p], forms.patFlags[p], forms.patIds[p].length, ...forms.patIds[p]);
    if (forms.patFlags[p] !== 0) for (const x of forms.patSurfaces[p]) caseSurfaces += x + SURFACE_END;
  }
  return {
    vocab: forms.vocab.map((v) => `${v}\n`).join(''),
    skills: packInts(skills),
    cueLists: packInts(cueLists),
    negativeLists: packInts(negativeLists),
    patterns: packInts(patterns),
    caseSurfaces,
  };
}

/**
 * Non-negative integers (below 2^28) as 16-bit units, offset by 0x20: one unit `v + 0x20` below 0x7fe0, else two,
 * `0x8000 | (v >>> 14)` and `(v & 0x3fff) + 0x20`; the units little-endian, in base64. ASCII keeps the generated
 * file fast to read and parse (wide characters made it a two-byte string, decoded from UTF-8 at every load).
 */
function packInts(values: readonly number[]): string {
  const bytes = new Uint8Array(values.length * 4);
  let n = 0;
  const unit = (u: number): void => {
    bytes[n++] = u & 0xff;
    bytes[n++] = u >>> 8;
  };
  for (const v of values) {
    if (!(v >= 0 && v < 2 ** 28 && Number.isInteger(v))) throw new RangeError(`cannot pack ${v}`);
    if (v < 0x7fe0) unit(v + 0x20);
    else {
      unit(0x8000 | (v >>> 14));
      unit((v & 0x3fff) + 0x20);
    }
  }
  return base64Of(bytes.subarray(0, n));
}

/** The integers of a `packInts` string. */
function unpackInts(s: string): Int32Array {
  const units = unitsOfBase64(s);
  const out = new Int32Array(units.length);
  let n = 0;
  for (let i = 0; i < units.length; i++) {
    const c = units[i];
    out[n++] = c < 0x8000 ? c - 0x20 : ((c & 0x7fff) << 14) | (units[++i] - 0x20);
  }
  return out.subarray(0, n);
}

/** The little-endian 16-bit units of a base64 text (as packInts wrote them): a view of the decoded bytes where possible, else a copy. */
function unitsOfBase64(s: string): Uint16Array {
  const bytes = bytesOfBase64(s);
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 1);
  const units = new Uint16Array(bytes.length >>> 1);
  for (let i = 0; i < units.length; i++) units[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  return units;
}

function base64Of(bytes: Uint8Array): string {
  if (typeof Buffer === 'function') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 4096) binary += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return btoa(binary);
}

/** The text of UTF-8 bytes (a one-byte string where its characters allow: TextDecoder's may be a two-byte one). */
function textOf(bytes: Uint8Array): string {
  if (typeof Buffer === 'function') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return new TextDecoder().decode(bytes);
}

function bytesOfBase64(s: string): Uint8Array {
  if (typeof Buffer === 'function') return Buffer.from(s, 'base64');
  const binary = atob(s);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * The cue lists' group table (a group: the cues of one list that start with one word), sized for every
 * group but filled one list at a time, on the first lookup in that list (`cueGroupSlot`): a posting stream
 * consults few of the thousands of lists, and loading the taxonomy need not hash them all.
 */
function cueGroups(ints: Int32Array): { mask: number; counts: Int32Array; starts: Int32Array } {
  const counts: number[] = [];
  const starts: number[] = [];
  let groups = 0;
  for (let at = 0; at < ints.length; ) {
    starts.push(at);
    let n = ints[at++];
    counts.push(n);
    for (let prev = -1; n > 0; n--) {
      if (ints[at + 1] !== prev) groups++;
      prev = ints[at + 1];
      at += 1 + ints[at];
    }
  }
  let size = 1024;
  while (size < groups * 2) size *= 2;
  return { mask: size - 1, counts: Int32Array.from(counts), starts: Int32Array.from(starts) };
}

/** Enters the groups of one cue list into the group table. */
function fillCueList(c: CompiledTaxonomy, list: number): void {
  const { cueInts: ints, cueGroupSlots: slots, cueGroupMask: mask } = c;
  let at = c.cueListStart[list];
  let n = ints[at++];
  while (n > 0) {
    const id = ints[at + 1];
    const start = at;
    while (n > 0 && ints[at + 1] === id) {
      at += 1 + ints[at];
      n--;
    }
    let slot = cueSlot(list, id, mask);
    while (slots[4 * slot] !== 0) slot = (slot + 1) & mask;
    slots[4 * slot] = list + 1;
    slots[4 * slot + 1] = id;
    slots[4 * slot + 2] = start;
    slots[4 * slot + 3] = at;
  }
  c.cueListFilled[list] = 1;
}

const cueSlot = (list: number, id: number, mask: number): number => (Math.imul(list + 1, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) & mask;

/** Where in `cueGroupSlots` the cues of `list` that start with word `id` are (start at +2, end at +3); -1 when none. */
export function cueGroupSlot(c: CompiledTaxonomy, list: number, id: number): number {
  if (c.cueListFilled[list] === 0) fillCueList(c, list);
  const { cueGroupSlots: slots, cueGroupMask: mask } = c;
  for (let slot = cueSlot(list, id, mask); ; slot = (slot + 1) & mask) {
    const b = 4 * slot;
    if (slots[b] === 0) return -1;
    if (slots[b] === list + 1 && slots[b + 1] === id) return b;
  }
}

/**
 * Builds the matcher's tables from packed forms (cheap: no tokenizing, few objects), or reads them from linked
 * forms (cheaper still: views of their bytes, nothing hashed or threaded).
 */
export function linkTaxonomy(defs: SkillDefs, source: PackedForms | LinkedTaxonomy): CompiledTaxonomy {
  if ('tables' in source) return linkedTaxonomyOf(defs, source);
  const vocabTable = buildVocabTable(source.vocab);
  const vocabSize = vocabTable.offsets.length - 1;
  const cueInts = unpackInts(source.cueLists);
  const cueTable = cueGroups(cueInts);
  const skillInts = unpackInts(source.skills);
  const skills = linkedSkills(defs, skillInts, skillStartsOf(skillInts), unpackInts(source.negativeLists), undefined);
  const trie = buildTrie(unpackInts(source.patterns), vocabSize);
  return compiledOf(skills, vocabTable, cueInts, cueTable, trie, source.caseSurfaces);
}

/** The CompiledTaxonomy of linked forms: views of their tables (copies only where the bytes cannot be read in place). */
function linkedTaxonomyOf(defs: SkillDefs, linked: LinkedTaxonomy): CompiledTaxonomy {
  const { forms, tables } = linked;
  if (tables.length !== forms.tableBytes) throw new Error(`linked taxonomy tables: ${tables.length} bytes, expected ${forms.tableBytes}`);
  const int32 = (name: LinkedTableName): Int32Array => tableAt(tables, forms.layout, name, Int32Array);
  const uint8 = (name: LinkedTableName): Uint8Array => tableAt(tables, forms.layout, name, Uint8Array);
  const vocabTable = vocabTableOf(tableAt(tables, forms.layout, 'vocabChars', Uint16Array), int32('vocabOffsets'), forms.vocabMask, int32('vocabSlots'));
  const cueTable = { mask: forms.cueGroupMask, counts: int32('cueListSize'), starts: int32('cueListStart') };
  // the flags are read where made with this engine's sets of concrete categories and broad fields
  const flags = forms.flagsDigest === skillFlagsDigest() ? uint8('skillFlags') : undefined;
  const skills = linkedSkills(defs, int32('skillInts'), int32('skillStarts'), int32('negativeInts'), flags);
  const patSkill = int32('patSkill');
  const trie: TrieTables = {
    root: int32('root'),
    edges: int32('edges'),
    edgeMask: forms.edgeMask,
    nodeOutStart: int32('nodeOutStart'),
    nodeOutList: int32('nodeOutList'),
    patternCount: patSkill.length,
    patAmbiguous: uint8('patAmbiguous'),
    patSkill,
    patCase: uint8('patCase'),
    surfaceStart: int32('surfaceStart'),
    patLength: int32('patLength'),
    maxLen: forms.maxLen,
  };
  return compiledOf(skills, vocabTable, int32('cueInts'), cueTable, trie, textOf(uint8('caseSurfaceText')));
}

/**
 * Definitions of skills: a list, or (the built-in taxonomy's, made on first use) definition `i` of the list.
 */
export type SkillDefs = readonly SkillDef[] | ((i: number) => SkillDef);

/** Where each compiled skill's record starts in the skill records (`PackedForms.skills`). */
function skillStartsOf(skillInts: Int32Array): Int32Array {
  const starts: number[] = [];
  for (let at = 0; at < skillInts.length; at += 5 + skillInts[at + 4]) starts.push(at);
  return Int32Array.from(starts);
}

/**
 * The compiled skills of the skill records and negative lists, as a maker of skill `i` (see `skillAt`): `concrete` and
 * `broadField` from `flags` when given, else from the definitions.
 */
function linkedSkills(defs: SkillDefs, skillInts: Int32Array, starts: Int32Array, negInts: Int32Array, flags: Uint8Array | undefined): { count: number; make: (i: number) => CompiledSkill } {
  const negativeSets: Set<number>[] = [];
  for (let at = 0; at < negInts.length; ) {
    const len = negInts[at++];
    negativeSets.push(new Set(negInts.subarray(at, at + len)));
    at += len;
  }
  const EMPTY_SET = new Set<number>();
  const defOf = typeof defs === 'function' ? defs : (i: number): SkillDef => defs[i];
  const make = (i: number): CompiledSkill => {
    const at = starts[i];
    const def = defOf(skillInts[at]);
    const cue = skillInts[at + 1] - 1;
    const neg = skillInts[at + 2] - 1;
    const sameAs = skillInts[at + 3] - 1;
    const f = flags?.[i];
    const concrete = f === undefined ? CONCRETE.has(def.category) : (f & SKILL_CONCRETE) !== 0;
    const broadField = f === undefined ? def.broadField === true || BROAD_FIELDS.has(def.id) : (f & SKILL_BROAD_FIELD) !== 0;
    return new LinkedSkill(def, skillInts, at + 4, cue, sameAs, neg < 0 ? EMPTY_SET : negativeSets[neg], concrete, broadField);
  };
  return { count: starts.length, make };
}

/** Compiled skill `i` of a taxonomy, made on its first read. */
export function skillAt(c: CompiledTaxonomy, i: number): CompiledSkill {
  return c.skills[i] ?? (c.skills[i] = c.makeSkill(i));
}

/** Every compiled skill of a taxonomy (all made). */
export function allSkills(c: CompiledTaxonomy): CompiledSkill[] {
  return Array.from({ length: c.skillCount }, (_, i) => skillAt(c, i));
}

function compiledOf(skills: { count: number; make: (i: number) => CompiledSkill }, vocabTable: VocabTable, cueInts: Int32Array, cueTable: { mask: number; counts: Int32Array; starts: Int32Array }, trie: TrieTables, caseSurfaceText: string): CompiledTaxonomy {
  const compiled: CompiledTaxonomy = {
    skills: new Array<CompiledSkill | undefined>(skills.count),
    skillCount: skills.count,
    makeSkill: skills.make,
    vocabSize: vocabTable.offsets.length - 1,
    vocabTable,
    cueInts,
    // (zeros: filled one list at a time; untouched memory costs nothing at load)
    cueGroupSlots: new Int32Array((cueTable.mask + 1) * 4),
    cueGroupMask: cueTable.mask,
    cueListSize: cueTable.counts,
    cueListStart: cueTable.starts,
    cueListFilled: new Uint8Array(cueTable.counts.length),
    ...trie,
    caseSurfaceText,
    caseSurfaceCache: new Array<undefined>(trie.patternCount),
    word: (w: string) => {
      const s = stemsOf(w).stems;
      return s.length === 1 ? stemId(compiled.vocabTable, s[0]) : -1;
    },
  };
  return compiled;
}

/** The pattern and trie tables of a CompiledTaxonomy. */
type TrieTables = Pick<
  CompiledTaxonomy,
  'root' | 'edges' | 'edgeMask' | 'nodeOutStart' | 'nodeOutList' | 'patternCount' | 'patAmbiguous' | 'patSkill' | 'patCase' | 'surfaceStart' | 'patLength' | 'maxLen'
>;

/** Threads the patterns, (skill, flags, length, ids) records, through a trie. */
function buildTrie(pat: Int32Array, vocabSize: number): TrieTables {
  let patternCount = 0;
  let totalIds = 0;
  for (let at = 0; at < pat.length; at += 3 + pat[at + 2]) {
    patternCount++;
    totalIds += pat[at + 2];
  }
  const patSkill = new Int32Array(patternCount);
  const patAmbiguous = new Uint8Array(patternCount);
  const patCase = new Uint8Array(patternCount);
  const idStart = new Int32Array(patternCount);
  const idLen = new Int32Array(patternCount);
  const surfaceStart = new Int32Array(patternCount);
  let nextSurface = 0;
  let maxLen = 0;
  for (let p = 0, at = 0; p < patternCount; p++) {
    const f = pat[at + 1];
    const len = pat[at + 2];
    patSkill[p] = pat[at];
    patAmbiguous[p] = f & PAT_AMBIGUOUS;
    patCase[p] = f & (PAT_ACRONYM | PAT_CASE_SENSITIVE | PAT_ACRONYM3 | PAT_SINGULAR);
    idStart[p] = at + 3;
    idLen[p] = len;
    if (len > maxLen) maxLen = len;
    at += 3 + len;
    surfaceStart[p] = f === 0 ? -1 : nextSurface;
    if (f !== 0) nextSurface += len;
  }

  // trie: root transitions in an array by token id, deeper ones in one open-addressing table
  const rootNext = new Int32Array(vocabSize);
  const edgeCount = totalIds - patternCount;
  let size = 1024;
  while (size < edgeCount * 2) size *= 2;
  const edges = new Int32Array(size * 4);
  const edgeMask = size - 1;
  /** Node where each pattern ends; nodes are numbered from 1. */
  const patNode = new Int32Array(patternCount);
  const hasNext = new Uint8Array(totalIds + 2);
  /** Per node: bit `id % 32` of the id of each of its children. */
  const childMask = new Int32Array(totalIds + 2);
  let nodeCount = 1;
  for (let p = 0; p < patternCount; p++) {
    const at = idStart[p];
    let node = rootNext[pat[at]];
    if (node === 0) node = rootNext[pat[at]] = nodeCount++;
    for (let k = 1; k < idLen[p]; k++) {
      const id = pat[at + k];
      let slot = edgeSlot(node, id, edgeMask);
      while (edges[4 * slot + 2] !== 0 && !(edges[4 * slot] === node && edges[4 * slot + 1] === id)) slot = (slot + 1) & edgeMask;
      if (edges[4 * slot + 2] === 0) {
        edges[4 * slot] = node;
        edges[4 * slot + 1] = id;
        edges[4 * slot + 2] = nodeCount++;
        hasNext[node] = 1;
        childMask[node] |= 1 << (id & 31);
      }
      node = edges[4 * slot + 2];
    }
    patNode[p] = node;
  }
  const nodeOutStart = new Int32Array(nodeCount + 1);
  for (let p = 0; p < patternCount; p++) nodeOutStart[patNode[p] + 1]++;
  for (let node = 0; node < nodeCount; node++) nodeOutStart[node + 1] += nodeOutStart[node];
  const nodeOutList = new Int32Array(patternCount);
  const fill = nodeOutStart.slice(0, nodeCount);
  for (let p = 0; p < patternCount; p++) nodeOutList[fill[patNode[p]]++] = p;

  const nodeFlags = (node: number): number => {
    let f = hasNext[node] === 1 ? NODE_HAS_NEXT : 0;
    const o0 = nodeOutStart[node];
    const outs = nodeOutStart[node + 1] - o0;
    if (outs === 0) return f;
    const first = nodeOutList[o0];
    f |= NODE_HAS_OUT | (outs > 1 ? NODE_MULTI_OUT : 0);
    if (patAmbiguous[first] === 0 && patCase[first] === 0 && first < 1 << (31 - NODE_FIRST_SHIFT))
      f |= NODE_SIMPLE | (first << NODE_FIRST_SHIFT);
    return f;
  };
  const root = new Int32Array(ROOT_STRIDE * vocabSize);
  for (let id = 0; id < vocabSize; id++) {
    const node = rootNext[id];
    if (node === 0) continue;
    root[ROOT_STRIDE * id] = node;
    root[ROOT_STRIDE * id + 1] = nodeFlags(node);
    root[ROOT_STRIDE * id + 2] = childMask[node];
  }
  for (let b = 0; b < edges.length; b += 4) if (edges[b + 2] !== 0) edges[b + 3] = nodeFlags(edges[b + 2]);
  return { root, edges, edgeMask, nodeOutStart, nodeOutList, patternCount, patAmbiguous, patSkill, patCase, surfaceStart, patLength: idLen, maxLen };
}

function dedupe(ids: number[]): number[] {
  return [...new Set(ids)];
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

/**
 * "RTOS", "ACLS", "HTTPS": an acronym whose final S is a letter of its own, not a plural. Its stem drops
 * the S ("rto") like a plural's would, so it is matched by its exact capitals only (plus a plural s):
 * "RTO" is not RTOS and "ACL" is not ACLS.
 */
function acronymEndingInS(stems: readonly string[], surfaces: readonly string[]): boolean {
  if (surfaces.length !== 1) return false;
  const s = surfaces[0];
  // "ACLS", and the camel-case ones ("FaaS", "SaaS", "DBaaS"): the capital S is no plural, so "FAA" is not FaaS
  return s.length >= 4 && s.length <= 6 && stems[0].length === s.length - 1 && (/^[A-Z0-9]{4,5}$/.test(s) ? s.endsWith('S') : /^[A-Z][A-Za-z]*[a-z]S$/.test(s));
}
export const NODE_FIRST_SHIFT = 4;
/** Int32 per vocabulary id in `CompiledTaxonomy.root`: node, flags, child mask, padding. */
export const ROOT_STRIDE = 4;

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
  const added = new Map<string, number>();
  for (const w of words) {
    const s = stemsOf(w).stems;
    if (s.length !== 1) continue;
    let id = added.get(s[0]) ?? stemId(c.vocabTable, s[0]);
    if (id < 0) {
      id = c.vocabSize + added.size;
      added.set(s[0], id);
    }
    out.set(w, id);
  }
  if (added.size > 0) {
    c.vocabSize += added.size;
    const root = new Int32Array(ROOT_STRIDE * c.vocabSize);
    root.set(c.root.subarray(0, Math.min(c.root.length, root.length)));
    c.root = root;
    c.vocabTable = extendVocabTable(c.vocabTable, [...added.keys()]);
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
  'software-testing',
  'human-resources',
  'nursing',
  'accounting',
  'engineering',
  'programming',
  'it-support',
  'security-operations',
  'soc',
  // the fields of non-technical occupations, named as what the candidate has done for years ("7+ years of commercial
  // property management experience", "3-5 years of industrial maintenance experience")
  'property-management',
  'industrial-maintenance',
  'facilities-maintenance',
  'wind-turbine-maintenance',
  'auto-repair',
  'landscaping',
  'structured-cabling',
  'quality-inspection',
  'customs-brokerage',
  'office-management',
  'administrative-support',
]);

/**
 * The case surfaces of a case-checked pattern (its surface tokens, the all-lower-case ones, which match any
 * case, replaced by null), undefined for the other patterns. Made on first use: few patterns are ever checked.
 */
export function caseSurfacesOf(c: CompiledTaxonomy, p: number): (string | null)[] | undefined {
  const first = c.surfaceStart[p];
  if (first < 0) return undefined;
  let list = c.caseSurfaceCache[p];
  if (list === undefined) {
    const surfaces = (c.surfaceList ??= c.caseSurfaceText.split(SURFACE_END));
    list = [];
    for (let k = 0; k < c.patLength[p]; k++) {
      const x = surfaces[first + k];
      list.push(x === x.toLowerCase() ? null : x);
    }
    c.caseSurfaceCache[p] = list;
  }
  return list;
}
