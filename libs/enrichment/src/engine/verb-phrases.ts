/**
 * Duties written as a verb and its object ("pick orders", "reconcile vendor accounts", "administer medications")
 * name the skill the taxonomy writes as a noun phrase ("order picking", "account reconciliation", "medication
 * administration"). This table gives, for each verb, the nouns that name its action at the end of such a
 * phrase; the matcher tries the object followed by each of them as a taxonomy form.
 *
 * Each entry is `verb>noun|noun`, the verb optionally followed by its irregular or doubled forms
 * (`plan/planning`); the regular ones (`-ing`, and `-es` after s, sh, ch, x, z) are derived (the stemmer reads a third
 * person in `-s` as the verb). Past forms are left out: in postings they mostly qualify a noun ("scheduled
 * maintenance", "validated methods").
 */
const VERB_NOUNS = [
  'manage>management',
  'plan/planning>planning',
  'schedule>scheduling',
  'process>processing',
  'handle>handling',
  'administer>administration',
  'reconcile>reconciliation',
  'prepare>preparation',
  'pick>picking',
  'pack>packing',
  'load>loading',
  'unload>unloading',
  'source>sourcing',
  'screen>screening',
  'track>tracking',
  'forecast>forecasting',
  'analyze/analyse/analyzing/analysing>analysis',
  'maintain>maintenance',
  'install>installation',
  'inspect>inspection',
  'repair>repair',
  'test>testing',
  'monitor>monitoring',
  'collect>collection',
  'control/controlling>control',
  'count>counting',
  'audit>auditing|audit',
  'write/writing>writing',
  'edit>editing',
  'clean>cleaning',
  'assess>assessment',
  'evaluate>evaluation',
  'train>training',
  'recruit>recruiting|recruitment',
  'negotiate>negotiation',
  'resolve>resolution',
  'generate>generation',
  'document>documentation',
  'coordinate>coordination',
  'optimize/optimise/optimizing/optimising>optimization',
  'operate>operation',
  'estimate>estimation|estimating',
  'review>review',
  'file>filing',
  'bill>billing',
  'invoice>invoicing',
  'post>posting',
  'enter>entry',
  'deploy>deployment',
  'migrate>migration',
  'supervise>supervision',
  'replenish>replenishment',
  'fulfill/fulfil/fulfilling>fulfillment',
  'receive>receiving',
  'ship/shipping>shipping',
  'deliver>delivery',
  'educate>education',
  'instruct>instruction',
  'solve>solving',
  'build/building>building',
  'calibrate>calibration',
  'troubleshoot>troubleshooting',
  'weld>welding',
  'report>reporting',
  'configure>configuration',
  'implement>implementation',
  'integrate>integration',
  'counsel/counseling/counselling>counseling',
  'interview>interviewing',
  'onboard>onboarding',
  'sort>sorting',
  'stock>stocking',
  'dispatch>dispatching',
  'measure>measurement',
  'fabricate>fabrication',
  'assemble>assembly',
  'verify>verification',
  'validate>validation',
  'sell/selling>sales',
  'hire>hiring',
  'budget>budgeting',
  'merchandise>merchandising',
  'route>routing',
  'teach/teaching>teaching',
  'drive/driving>driving',
  'investigate>investigation',
  'order>ordering',
  'facilitate>facilitation',
  'prospect>prospecting',
  'mentor>mentoring',
  'coach>coaching',
  'qualify>qualification',
  'set/setting>setting',
  'sterilize/sterilise/sterilizing/sterilising>sterilization',
  'restock>restocking',
  'book>booking',
  'diagnose>diagnosis|diagnostics',
  'underwrite>underwriting',
  'originate>origination',
  'triage>triage',
  'enforce>enforcement',
  'transport>transport|transportation',
  'dress>dressing',
  'code>coding',
  'bake>baking',
  'cook>cooking',
  'paint>painting',
  'pour>pouring',
  'frame>framing',
  'quote>quoting',
  'upsell/upselling>upselling',
  'dispense>dispensing',
  'compound>compounding',
  'chart>charting',
  'wash>washing',
  'price>pricing',
  'label/labeling/labelling>labeling',
  'wrap/wrapping>wrapping',
  'stage>staging',
  'gather>gathering',
  'interpret>interpretation',
  'precept>precepting',
  'reposition>repositioning',
  'decontaminate>decontamination',
  'reprocess>reprocessing',
  'insert>insertion',
  'titrate>titration',
  'transcribe>transcription',
  'palletize/palletise>palletizing',
  'rotate>rotation',
  'braze>brazing',
  'lubricate>lubrication',
  'crimp>crimping',
  'torque>torquing',
  'grind/grinding>grinding',
  'splice>splicing',
  'calculate>calculation',
  'categorize/categorise>categorization',
  'greet>greeting',
  'grade>grading',
  'tag/tagging>tagging',
  'benchmark>benchmarking',
  'authenticate>authentication',
  'appraise>appraisal',
  'reset/resetting>reset',
  'expedite>expediting',
  'segment>segmentation',
  'scan/scanning>scanning',
  'sanitize/sanitise>sanitation|sanitizing',
];

/** Words how often, before a verb's object ("plan quarterly offsites") or after it ("reconcile accounts monthly"). */
const HOW_OFTEN = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'annual', 'annually', 'yearly'];

/**
 * Words after which a verb's form is a noun or an adjective, not a verb ("a set route", "the process owners", "our
 * test plan").
 */
export const VERB_NOT_AFTER = ['a', 'an', 'the', 'our', 'your', 'their', 'its', 'his', 'her', 'this', 'these', 'those', 'each', 'every', 'any', 'no'];

/** Words between a verb and its object that the object's phrase does not hold ("manage the inventory"). */
export const VERB_OBJECT_DETERMINERS = ['the', 'a', 'an', 'our', 'your', 'their', 'its', 'all', ...HOW_OFTEN];

/**
 * Words that end a verb's object ("pick orders for ...", "schedule interviews with ...") and never stand in one: an
 * object that holds one ("plan and test", "process and route images") is no object.
 */
export const VERB_OBJECT_ENDS = ['and', 'or', 'to', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'of', 'into', 'using', 'across', 'through', 'within', 'per', 'as', 'that', 'so', 'while', 'including', 'under', 'against', 'via', 'before', 'after', 'is', 'are', 'be', 'if', 'when', 'where', 'who', 'which', 'than', 'like', 'such', 'between', 'among', 'during', 'every', 'each', 'regularly', 'accurately', 'safely', 'efficiently', 'quickly', 'promptly', 'independently', ...HOW_OFTEN];

/**
 * Regular forms of a verb: itself and `-ing` (final `e` dropped). The `-s` form is left out: its plural-stripped key
 * is the verb's own, so the matcher tells it by its final "s" ("Our product reconciles card payments" describes the
 * product, not the job).
 */
function inflect(verb: string): string[] {
  const e = verb.endsWith('e') && !verb.endsWith('ee');
  const forms = [verb, e ? `${verb.slice(0, -1)}ing` : `${verb}ing`];
  // the third person in "-es" ("processes"), which the stemmer does not take back to the verb as it does "schedules":
  // a job description's duty at a line's start ("- Processes purchase orders")
  if (/(?:s|sh|ch|x|z)$/.test(verb)) forms.push(`${verb}es`);
  return forms;
}

/** Every written form of every verb of the table, with the nouns that name its action. */
export function verbNouns(): readonly { forms: string[]; nouns: string[] }[] {
  verbNounTable ??= VERB_NOUNS.map((entry) => {
    const [verbs, nouns] = entry.split('>');
    const [verb, ...irregular] = verbs.split('/');
    const forms = [...new Set([...inflect(verb), ...irregular])];
    return { forms, nouns: nouns.split('|') };
  });
  return verbNounTable;
}
/** `verbNouns()`, made once (the word lists, the matcher's tables and their digest all read it). */
let verbNounTable: { forms: string[]; nouns: string[] }[] | undefined;
