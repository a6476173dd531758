import { slugify } from '../data/define';

/** FNV-1a 32-bit, hex: a short stable hash to separate two labels that slug to the same id. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * Allocates deterministic ids `<prefix>-<slug>`; a second, different label with the same slug gets
 * `<prefix>-<slug>-<hash of the label>`, so ids do not depend on which of the two comes first.
 */
export class IdAllocator {
  private readonly byId = new Map<string, string>();
  constructor(private readonly prefix: string) {}

  idFor(label: string): string {
    const slug = slugify(label) || 'x';
    const base = `${this.prefix}-${slug}`;
    const owner = this.byId.get(base);
    if (owner === undefined || owner === label) {
      this.byId.set(base, label);
      return base;
    }
    const alt = `${base}-${shortHash(label)}`;
    this.byId.set(alt, label);
    return alt;
  }
}
