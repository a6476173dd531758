/**
 * A taxonomy file that cannot be read: which source, which line, and why. Loaders throw it for
 * structural problems (missing header columns, unterminated quotes); single bad rows are skipped and
 * counted instead, so one odd line in a 30,000-row official file does not stop a load.
 */
export class TaxonomyLoadError extends Error {
  readonly code = 'TAXONOMY_LOAD_FAILED';
  constructor(
    readonly source: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${source}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.name = 'TaxonomyLoadError';
  }
}
