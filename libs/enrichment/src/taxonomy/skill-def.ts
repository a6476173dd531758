/**
 * One skill of the taxonomy, as written by us (data/*.ts) or produced by a loader
 * (O*NET Technology Skills, ESCO). Pure data: the matcher compiles these into its automaton.
 */
export type SkillCategory =
  | 'programming-language'
  | 'framework'
  | 'library'
  | 'data-store'
  | 'cloud'
  | 'devops'
  | 'observability'
  | 'protocol'
  | 'standard'
  | 'practice'
  | 'concept'
  | 'tool'
  | 'platform'
  | 'media'
  | 'data'
  | 'ai-ml'
  | 'security'
  | 'design'
  | 'soft-skill'
  | 'spoken-language'
  | 'healthcare'
  | 'finance'
  | 'logistics'
  | 'trades'
  | 'sales'
  | 'education'
  | 'hr'
  | 'legal'
  | 'hospitality'
  | 'office'
  | 'other';

export interface SkillDef {
  /** Stable, kebab-case, never reused: `go`, `kubernetes`, `ci-cd`, `patient-care`. */
  id: string;
  /** Canonical display name: `Go`, `Kubernetes`, `CI/CD`. */
  name: string;
  /** Other surface forms, matched like the name: `golang`, `k8s`, `continuous integration`. */
  aliases?: string[];
  category: SkillCategory;
  /**
   * The name or some alias is also an everyday word or a very short token (Go, R, C, Swift, Rust,
   * Spring, Shell, Ruby, Oracle, Slack, Unity, Puppet, Chef, Excel, Teams): such forms count only
   * when the context makes them skills. `ambiguousForms` lists which surface forms are ambiguous
   * (default: the name only, when `ambiguous` is true).
   */
  ambiguous?: boolean;
  ambiguousForms?: string[];
  /**
   * Words that, near an ambiguous mention, make it a skill (e.g. for Go: `golang`, `goroutines`;
   * for Spring: `boot`, `java`). Generic technical context (other skills nearby, "experience with")
   * also counts; the matcher decides how.
   */
  contextCues?: string[];
  /**
   * Other names the skill goes by that are not matched in text, because they name something else there too
   * ("change management" for IT change management, which in a posting's text mostly means organizational change):
   * given with the skill's aliases in the output, so a search or a reader finds it by them.
   */
  synonyms?: string[];
  /** O*NET Technology Skills example / commodity title, where one exists. */
  onet?: string;
  /** ESCO preferred label, where one exists. */
  esco?: string;
  /** Broader skill id (EKS → kubernetes, RDS → aws); informational, never implied. */
  parent?: string;
  /**
   * Words that, right next to an ambiguous mention (one or two tokens either side), show it is not the
   * skill (for Spring: `semester`, `break`; for Go: `getter`). Added by the engine helper; optional.
   */
  negativeCues?: string[];
  /**
   * A broad field rather than a checkable skill when it names the area of a years requirement or a
   * job title ("5 years in software engineering", "Data Engineer"): such mentions are dropped.
   * Added by the engine helper; optional.
   */
  broadField?: boolean;
}

/**
 * "Canva" and "Canvas": one-word capitalized names, one the other plus an "s" of its own. The engine tells such
 * forms apart (the shorter takes no plural), so the taxonomy lint lets two skills have them.
 */
export const namesApartByS = (a: string, b: string): boolean => {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return /^[A-Z][a-z]+$/.test(short) && long === `${short}s`;
};
