import type { Enricher, PostingInput } from '../engine/enricher';

const context = (text: string, start: number, end: number, width = 40): string => {
  const a = Math.max(0, start - width);
  const b = Math.min(text.length, end + width);
  const clean = (s: string): string => s.replace(/\s+/g, ' ');
  return `${a > 0 ? '…' : ''}${clean(text.slice(a, start))}[${text.slice(start, end)}]${clean(text.slice(end, b))}${b < text.length ? '…' : ''}`;
};

/** A readable account of one posting: each skill with its evidence in context, the level and the years, and why. */
export function explainPosting(enricher: Enricher, posting: PostingInput): string {
  const { enrichment, trace } = enricher.explain(posting);
  const out: string[] = [];
  out.push(`Posting ${posting.id ?? '(no id)'}: ${posting.title}`);
  out.push(`engine ${enrichment.engineVersion}, taxonomy ${enrichment.taxonomyVersion}`);
  out.push('');
  out.push(`Skills (${enrichment.skills.length}):`);
  for (const s of enrichment.skills) {
    out.push(`  ${s.name} [${s.id}, ${s.category}] — ${s.requirement}`);
    for (const m of trace.mentions.filter((t) => t.skillId === s.id && t.kept)) {
      out.push(`      ${context(trace.text, m.evidence.start, m.evidence.end)}  (${m.evidence.start}-${m.evidence.end})`);
      out.push(`        ${m.why}`);
    }
    if (s.requirement === 'preferred') out.push('      preferred because every mention is in an optional part');
  }
  const dropped = trace.mentions.filter((t) => !t.kept);
  if (dropped.length > 0) {
    out.push('');
    out.push('Matched but not counted:');
    for (const m of dropped) out.push(`  ${m.name}: ${context(trace.text, m.evidence.start, m.evidence.end)} — ${m.why}`);
  }
  out.push('');
  const sen = enrichment.seniority;
  out.push(`Seniority: ${sen.level} (from the ${sen.basis})`);
  out.push(`  ${sen.reason}`);
  for (const e of sen.evidence) out.push(`  ${context(trace.text, e.start, e.end)}`);
  out.push('');
  const exp = enrichment.experience;
  out.push(`Experience: min ${exp.minYears ?? '—'} / max ${exp.maxYears ?? '—'} years`);
  out.push(`  ${trace.experience.reason}`);
  for (const e of exp.evidence) out.push(`  ${context(trace.text, e.start, e.end)}`);
  return out.join('\n');
}
