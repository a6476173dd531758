import mongoose, { type Connection, type Model } from 'mongoose';
import { ErrorCodes, JobstreamError, type SeniorityLevel } from '@jobstream/contracts';
import type { PostingDocument } from '../domain/posting-document';
import { aliasSignatureOf, evolve, evolveAll, skillAliasesOf, type ReadModelEvent, type SkillAlias } from '../domain/postings.projection';
import type {
  ApplyResult,
  PostingView,
  PostingsReadModel,
  SearchFacets,
  SearchItem,
  SearchResult,
} from '../domain/postings-read-model.port';
import {
  RANKED_CANDIDATES,
  RECENCY_SORT,
  and,
  buildSearchFilter,
  keysetAtOrBefore,
  encodeCursor,
  isRanked,
  pageOf,
  rankKeyOf,
  unrankedKeyOf,
  withKeyset,
  withSkillAliases,
  withWord,
  type MongoFilter,
  type RankKey,
  type RecencyPosition,
  type SearchQuery,
} from '../domain/search-query';
import {
  POSTINGS_INDEXES,
  POSTINGS_MODEL,
  PostingReadModelSchema,
  SKILL_FACET_SEPARATOR,
  detailOf,
  fromStored,
  toStored,
  type StoredPosting,
} from './postings.schema';

/** How many skills the skills facet lists (most frequent first). */
export const SKILL_FACET_SIZE = 50;

const DUPLICATE_KEY = 11000;

/** Single-posting lookups and deletes in flight at once (FerretDB v1 answers only `{_id}` without a scan). */
const LOOKUP_CONCURRENCY = 8;

/** `fn` over `items` with at most `limit` calls in flight; results in order. */
const mapLimit = async <T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> => {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
};
const MAX_WRITE_ATTEMPTS = 5;

/** The alias dictionary: `{_id: normalized alias, skillIds: [...]}` (see skillAliasesOf). */
export const SKILL_ALIASES_COLLECTION = 'skill_aliases';
/** Entries this process knows are in the dictionary, at most (then it forgets them and checks again). */
const KNOWN_ALIASES_MAX = 200_000;

interface AliasDoc {
  _id: string;
  skillIds: string[];
}

/** How changed documents are written (see applyEvents). */
export type WriteStrategy = 'guarded-replace' | 'delete-insert';

export interface PostingsRepositoryOptions {
  /** How many of the most recent matches a ranked query ranks (default RANKED_CANDIDATES). */
  rankedCandidates?: number;
  /** `auto` (default): delete-insert on FerretDB, guarded-replace on MongoDB. */
  writeStrategy?: WriteStrategy | 'auto';
  /** The clock that stamps `projectedAt` (when a version became searchable); the system clock by default. */
  clock?: () => Date;
}

/** The tail of the write queue of each connection (see applyEvents). */
const writeQueues = new WeakMap<Connection, Promise<void>>();

/** What a search item is read from (top-level fields only: FerretDB v1 and MongoDB project them alike). */
const ITEM_PROJECTION = {
  _id: 1,
  postingId: 1,
  title: 1,
  company: 1,
  location: 1,
  seniorityLevel: 1,
  detail: 1,
  postedAt: 1,
  updatedAt: 1,
  skillTerms: 1,
  words: 1,
} as const;

type ItemRow = Pick<
  StoredPosting,
  '_id' | 'postingId' | 'title' | 'company' | 'location' | 'seniorityLevel' | 'detail' | 'postedAt' | 'updatedAt' | 'skillTerms' | 'words'
>;

/** How many of the query's words a posting has, from its stored `words`. */
const wordHitsOf = (query: SearchQuery, words: readonly string[] | undefined): number => {
  const has = new Set(words ?? []);
  return query.words.filter((w) => has.has(w)).length;
};

interface WriteErrorLike {
  code?: number;
  index?: number;
}

/** The driver's write error, or mongoose's wrapper of it (`{err: {code}, index}`), as `{code, index}`. */
const asWriteError = (w: unknown): WriteErrorLike => {
  const e = (w ?? {}) as { code?: unknown; index?: unknown; err?: { code?: unknown } };
  const code = typeof e.code === 'number' ? e.code : typeof e.err?.code === 'number' ? e.err.code : undefined;
  return { code, index: typeof e.index === 'number' ? e.index : undefined };
};

/** The write errors of a bulk write failure, or null when the failure is something else. */
const writeErrorsOf = (error: unknown): WriteErrorLike[] | null => {
  if (typeof error !== 'object' || error === null) return null;
  const candidate = (error as { writeErrors?: unknown }).writeErrors;
  if (Array.isArray(candidate)) return candidate.map(asWriteError);
  if (candidate && typeof candidate === 'object') return [asWriteError(candidate)];
  const code = (error as { code?: unknown }).code;
  return code === DUPLICATE_KEY ? [{ code: DUPLICATE_KEY }] : null;
};


const iso = (d: Date | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

/**
 * The mongoose adapter of the `postings` read model. Works on MongoDB and on FerretDB v1 (SQLite): it
 * uses only find/sort/limit with plain filters, bulkWrite, `$unwind` + `$group` with `$sum`, and
 * createIndexes.
 */
export class PostingsRepository implements PostingsReadModel {
  readonly model: Model<StoredPosting>;

  /** How many of the most recent matches a ranked query ranks (see rankedPage). */
  readonly rankedCandidates: number;

  private storeKind: Promise<'mongodb' | 'ferretdb'> | null = null;

  /** `term<TAB>skillId` pairs this process wrote to or found in the alias dictionary. */
  private readonly knownAliases = new Set<string>();

  /** Skills (id and alias list, aliasSignatureOf) whose aliases are all in the dictionary: not normalized again. */
  private readonly knownSkills = new Set<string>();

  constructor(
    readonly connection: Connection,
    private readonly options: PostingsRepositoryOptions = {},
  ) {
    this.rankedCandidates = options.rankedCandidates ?? RANKED_CANDIDATES;
    this.model = connection.models[POSTINGS_MODEL]
      ? (connection.models[POSTINGS_MODEL] as Model<StoredPosting>)
      : connection.model<StoredPosting>(POSTINGS_MODEL, PostingReadModelSchema);
  }

  /** Opens a dedicated connection (its own pool) to `url`, optionally to another database than the URL's. */
  static async connect(
    url: string,
    options: PostingsRepositoryOptions & { dbName?: string; serverSelectionTimeoutMS?: number } = {},
  ): Promise<PostingsRepository> {
    const connection = mongoose.createConnection(url, {
      dbName: options.dbName,
      serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
      autoIndex: false,
      autoCreate: false,
    });
    await connection.asPromise();
    return new PostingsRepository(connection, options);
  }

  async close(): Promise<void> {
    await this.connection.close();
  }

  /**
   * Creates the secondary indexes (POSTINGS_INDEXES) on MongoDB, where every search uses one. On FerretDB v1
   * (SQLite) it creates none and returns `created: false`: its query planner scans the collection whatever
   * the filter (measured with explain: `SCAN` for every filter but `{_id}`), while each index cost about
   * 1 ms of its CPU per inserted posting.
   */
  async ensureIndexes(): Promise<{ created: boolean }> {
    if ((await this.store()) === 'ferretdb') return { created: false };
    // one by one: createIndex with a name
    for (const [fields, options] of POSTINGS_INDEXES) {
      await this.model.collection.createIndex(fields, options);
    }
    return { created: true };
  }

  async ping(): Promise<void> {
    const db = this.connection.db;
    if (!db || this.connection.readyState !== 1) {
      throw new JobstreamError(ErrorCodes.storeUnavailable, 'MongoDB connection is not open');
    }
    await db.command({ ping: 1 });
  }

  /**
   * Folds a batch of events into the read model: the batch's stored documents are loaded in one query,
   * each posting's events are folded with `evolve` in order (stale and duplicate events change nothing and
   * are not written), and the changed documents are written in bulk, guarded by version so that a newer
   * version stored meanwhile by another writer is never replaced by an older one:
   * - MongoDB (`guarded-replace`): one bulkWrite of `replaceOne({_id, version: {$lt: new}})`;
   * - FerretDB v1 (`delete-insert`): one guarded deleteMany + one insertMany (FerretDB scans the collection
   *   for every update statement), folding again when an insert meets a newer stored version.
   * Batches of one connection run one at a time.
   */
  async applyEvents(events: readonly ReadModelEvent[]): Promise<ApplyResult> {
    // One batch at a time per connection: FerretDB v1 evaluates an update's filter and writes the
    // document in two steps, so two concurrent writes of one posting in one process are avoided here.
    // Across processes, Kafka gives each posting's partition to one consumer at a time (overlaps only
    // during a rebalance); MongoDB itself applies the guarded filter atomically.
    const previous = writeQueues.get(this.connection) ?? Promise.resolve();
    const run = previous.then(() => this.applyEventsNow(events));
    writeQueues.set(this.connection, run.then(() => undefined, () => undefined));
    return run;
  }

  private async applyEventsNow(events: readonly ReadModelEvent[]): Promise<ApplyResult> {
    if (events.length === 0) return { events: 0, written: 0, unchanged: 0 };
    // the dictionary first: once a posting is searchable, a search by any of its skills' aliases finds it
    await this.rememberAliases(skillAliasesOf(events, (skill) => this.knownSkills.has(aliasSignatureOf(skill))));
    this.rememberSkills(events);
    const strategy = await this.writeStrategy();
    if (strategy === 'guarded-replace') {
      const { docs, existing, postings } = await this.fold(events);
      if (docs.length === 0) return { events: events.length, written: 0, unchanged: postings };
      const written = await this.writeGuardedReplace(docs, existing);
      return { events: events.length, written, unchanged: postings - written };
    }
    // FerretDB: most postings of a stream are new, and an insert is the one write FerretDB v1 does without
    // reading the collection. So each posting's events are folded from nothing and inserted; a posting that
    // turns out to be stored (duplicate key) takes the read-fold-replace path below.
    const byPosting = new Map<string, ReadModelEvent[]>();
    for (const e of events) {
      const list = byPosting.get(e.postingId);
      if (list) list.push(e);
      else byPosting.set(e.postingId, [e]);
    }
    const ids = [...byPosting.keys()];
    const fresh = [...byPosting.values()].map((es) => evolveAll(null, es)).filter((d): d is PostingDocument => d !== null);
    const { inserted, stored } = await this.insertNew(fresh);
    if (stored.size === 0) return { events: events.length, written: inserted, unchanged: ids.length - inserted };
    const rest = events.filter((e) => stored.has(e.postingId));
    for (let attempt = 1; ; attempt++) {
      const { docs, existing } = await this.fold(rest);
      try {
        if (docs.length > 0) await this.writeDeleteInsert(docs, existing);
        const written = inserted + docs.length;
        return { events: events.length, written, unchanged: ids.length - written };
      } catch (error) {
        // another writer stored one of these postings meanwhile: fold again over what is stored now
        if (attempt >= MAX_WRITE_ATTEMPTS || writeErrorsOf(error)?.every((w) => w.code === DUPLICATE_KEY) !== true) throw error;
      }
    }
  }

  /**
   * Inserts the documents (one per posting) in one unordered insertMany: the store inserts every one it
   * can and names the ones that met a stored posting (duplicate key). Returns how many were inserted and
   * the ids that are already stored.
   */
  private async insertNew(docs: readonly PostingDocument[]): Promise<{ inserted: number; stored: Set<string> }> {
    const stored = new Set<string>();
    if (docs.length === 0) return { inserted: 0, stored };
    try {
      await this.model.insertMany(
        docs.map((d) => this.stored(d)),
        { ordered: false, lean: true },
      );
      return { inserted: docs.length, stored };
    } catch (error) {
      const writeErrors = writeErrorsOf(error);
      if (!writeErrors || writeErrors.some((w) => w.code !== DUPLICATE_KEY)) throw error;
      if (writeErrors.some((w) => w.index === undefined)) {
        // the store did not say which ones: find out one by one (each insert is idempotent by _id)
        let inserted = 0;
        for (const d of docs) {
          if ((await this.insertNew([d])).inserted === 1) inserted++;
          else stored.add(d.postingId);
        }
        return { inserted, stored };
      }
      for (const w of writeErrors) stored.add(docs[w.index as number].postingId);
      return { inserted: docs.length - stored.size, stored };
    }
  }

  /** Loads the batch's stored documents and folds the events over them in order. */
  private async fold(events: readonly ReadModelEvent[]): Promise<{ docs: PostingDocument[]; existing: Set<string>; postings: number }> {
    const ids = [...new Set(events.map((e) => e.postingId))];
    const stored = await this.findByIds<StoredPosting>(ids);
    const current = new Map<string, PostingDocument | null>(stored.map((s) => [s._id, fromStored(s)]));
    const changed = new Map<string, PostingDocument>();
    for (const event of events) {
      const before = current.get(event.postingId) ?? null;
      const after = evolve(before, event);
      if (after && after !== before) {
        current.set(event.postingId, after);
        changed.set(event.postingId, after);
      }
    }
    return { docs: [...changed.values()], existing: new Set(stored.map((s) => s._id)), postings: ids.length };
  }

  /**
   * MongoDB: one bulkWrite of `replaceOne({_id, version: {$lt: new}})` (upsert for postings not stored
   * yet); the server applies each guarded filter atomically. A duplicate key means another writer
   * inserted the posting first: the batch is then rewritten one guarded write at a time.
   */
  private async writeGuardedReplace(docs: PostingDocument[], existing: Set<string>): Promise<number> {
    const replaceOp = (doc: PostingDocument, upsert: boolean) => ({
      replaceOne: {
        filter: { _id: doc.postingId, version: { $lt: doc.version } },
        replacement: this.stored(doc),
        upsert,
      },
    });
    try {
      const result = await this.model.bulkWrite(
        docs.map((d) => replaceOp(d, !existing.has(d.postingId))),
        { ordered: false },
      );
      return result.upsertedCount + result.modifiedCount;
    } catch (error) {
      const writeErrors = writeErrorsOf(error);
      if (!writeErrors || writeErrors.some((w) => w.code !== DUPLICATE_KEY)) throw error;
      let written = 0;
      for (const doc of docs) written += await this.writeOne(doc);
      return written;
    }
  }

  /**
   * FerretDB v1 (SQLite) runs every update statement as a scan of the collection, so a batch of replaces
   * costs one scan per posting. Instead: one guarded delete of the older stored versions
   * (`$or` of `{_id, version: {$lt: new}}`), then one insertMany. A newer version stored by another writer
   * is not deleted, so the insert hits its `_id` and the caller folds again over what is stored (the
   * events are then stale and change nothing). Between the delete and the insert a reader can miss the
   * posting for a moment.
   */
  private async writeDeleteInsert(docs: PostingDocument[], existing: Set<string>): Promise<void> {
    // Deleted by {_id} alone (the only filter FerretDB v1 does not answer with a scan): the fold just read
    // these versions and found them older, batches of one connection run one at a time, and Kafka gives a
    // posting's partition to one consumer, so only a rebalance in between could interleave two writers.
    const stale = docs.filter((d) => existing.has(d.postingId));
    // one at a time: SQLite takes one writer (concurrent deletes fail with SQLITE_BUSY)
    await mapLimit(stale, 1, (d) => this.model.deleteOne({ _id: d.postingId }).exec());
    await this.model.insertMany(
      docs.map((d) => this.stored(d)),
      { ordered: true, lean: true },
    );
  }

  /** The stored form of a document: keyed by postingId, stamped with the time it became searchable. */
  private stored(doc: PostingDocument): StoredPosting {
    return toStored(doc, (this.options.clock ?? (() => new Date()))());
  }

  /** `options.writeStrategy`, or by the server: delete-insert on FerretDB, guarded-replace on MongoDB. */
  private async writeStrategy(): Promise<WriteStrategy> {
    if (this.options.writeStrategy && this.options.writeStrategy !== 'auto') return this.options.writeStrategy;
    return (await this.store()) === 'ferretdb' ? 'delete-insert' : 'guarded-replace';
  }

  /** Which server this is (its buildInfo names a `ferretdbVersion` on FerretDB); asked once. */
  store(): Promise<'mongodb' | 'ferretdb'> {
    this.storeKind ??= (async (): Promise<'mongodb' | 'ferretdb'> => {
      const info = await this.connection.getClient().db('admin').command({ buildInfo: 1 });
      return 'ferretdbVersion' in info ? 'ferretdb' : 'mongodb';
    })().catch((error: unknown) => {
      this.storeKind = null;
      throw error;
    });
    return this.storeKind;
  }

  /** A guarded upsert; on a duplicate key the posting exists, so the guarded replace alone decides. */
  private async writeOne(doc: PostingDocument): Promise<number> {
    const filter = { _id: doc.postingId, version: { $lt: doc.version } };
    const replacement = this.stored(doc);
    try {
      const r = await this.model.replaceOne(filter, replacement, { upsert: true }).exec();
      return r.upsertedCount + r.modifiedCount;
    } catch (error) {
      if (writeErrorsOf(error)?.every((w) => w.code === DUPLICATE_KEY) !== true) throw error;
      const r = await this.model.replaceOne(filter, replacement, { upsert: false }).exec();
      return r.modifiedCount;
    }
  }

  /** Marks the skills of these events as known once their aliases are stored (bounded like knownAliases). */
  private rememberSkills(events: readonly ReadModelEvent[]): void {
    for (const event of events) {
      if (event.type !== 'posting.enriched.v1') continue;
      if (this.knownSkills.size + event.enrichment.skills.length > KNOWN_ALIASES_MAX) this.knownSkills.clear();
      for (const skill of event.enrichment.skills) this.knownSkills.add(aliasSignatureOf(skill));
    }
  }

  private get aliases() {
    return this.connection.collection<AliasDoc>(SKILL_ALIASES_COLLECTION);
  }

  /**
   * Adds the aliases this process has not seen yet to the dictionary. New terms are inserted (the write
   * FerretDB v1 does without reading the collection); a term already there (duplicate key) that lacks a
   * skill id gets it with `$addToSet`, which is rare: an alias shared by two skills.
   */
  private async rememberAliases(entries: readonly SkillAlias[]): Promise<void> {
    const fresh = entries.filter((e) => !this.knownAliases.has(`${e.term}\t${e.skillId}`));
    if (fresh.length === 0) return;
    const byTerm = new Map<string, string[]>();
    for (const e of fresh) {
      const ids = byTerm.get(e.term);
      if (ids) ids.push(e.skillId);
      else byTerm.set(e.term, [e.skillId]);
    }
    const docs = [...byTerm].map(([term, skillIds]) => ({ _id: term, skillIds }));
    let stored: Set<string> = new Set();
    try {
      await this.aliases.insertMany(docs, { ordered: false });
    } catch (error) {
      const writeErrors = writeErrorsOf(error);
      if (!writeErrors || writeErrors.some((w) => w.code !== DUPLICATE_KEY)) throw error;
      // the terms already there; all of them when the store did not say which
      stored = new Set(writeErrors.some((w) => w.index === undefined) ? docs.map((d) => d._id) : writeErrors.map((w) => docs[w.index as number]._id));
    }
    for (const term of stored) {
      const existing = await this.aliases.findOne({ _id: term });
      const missing = (byTerm.get(term) ?? []).filter((id) => !existing?.skillIds.includes(id));
      if (missing.length > 0) await this.aliases.updateOne({ _id: term }, { $addToSet: { skillIds: { $each: missing } } }, { upsert: true });
    }
    if (this.knownAliases.size + fresh.length > KNOWN_ALIASES_MAX) this.knownAliases.clear();
    for (const e of fresh) this.knownAliases.add(`${e.term}\t${e.skillId}`);
  }

  /**
   * The query widened by the alias dictionary: each requested skill also matches the skills it names.
   * One `{_id}` lookup per requested term (at most MAX_SKILL_TERMS), the only filter FerretDB v1 answers
   * without a scan; not cached, so an alias is searchable as soon as its posting is.
   */
  private async withAliases(query: SearchQuery): Promise<SearchQuery> {
    if (query.skills.length === 0) return query;
    const docs = await Promise.all(query.skills.map((term) => this.aliases.findOne({ _id: term })));
    return withSkillAliases(query, new Map(docs.flatMap((d) => (d ? [[d._id, d.skillIds] as const] : []))));
  }

  async getById(postingId: string): Promise<PostingView | null> {
    const stored = await this.model.findOne({ _id: postingId }).lean<StoredPosting>().exec();
    const doc = stored ? fromStored(stored) : null;
    if (!doc || !doc.posting || !doc.enrichment) return null;
    return {
      postingId: doc.postingId,
      version: doc.version,
      status: doc.status,
      closedAt: iso(doc.closedAt),
      title: doc.title,
      company: doc.company,
      location: doc.location,
      locations: doc.locations,
      seniority: doc.seniorityLevel,
      experience: { minYears: doc.experience?.minYears ?? null, maxYears: doc.experience?.maxYears ?? null },
      skills: doc.skills,
      postedAt: iso(doc.postedAt),
      updatedAt: iso(doc.updatedAt) ?? doc.posting.updatedAt,
      posting: doc.posting,
      enrichment: doc.enrichment,
    };
  }

  async search(requested: SearchQuery): Promise<SearchResult> {
    const query = await this.withAliases(requested);
    const filter = buildSearchFilter(query);
    const [page, facets] = await Promise.all([
      isRanked(query) ? this.rankedPage(query, filter) : this.recencyPage(query, filter),
      this.facets(filter),
    ]);
    return { ...page, facets };
  }

  /** Every match has the same score: an index-backed keyset over (updatedAt, _id), unbounded. */
  private async recencyPage(query: SearchQuery, filter: MongoFilter): Promise<Omit<SearchResult, 'facets'>> {
    const rows = await this.itemsAfter(filter, query.after, query.limit + 1);
    const page = rows.slice(0, query.limit).map((row) => ({ row, key: unrankedKeyOf(query, { postingId: row._id, updatedAt: row.updatedAt }) }));
    const last = page[page.length - 1];
    return {
      items: page.map(({ row, key }) => toItem(row, key)),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.key, phase: 'ranked', boundary: null }, query.hash) : null,
    };
  }

  /**
   * Scores can differ: the ranking is computed in the app over a window of the `rankedCandidates` most
   * recent matches, fixed at the first page by its oldest position (the boundary, carried by the cursor;
   * postings arriving later are newer, so they join the window). Skill hits come from the candidates'
   * `skillTerms`, word hits from one ids-only query per query word. Once the window's items are served,
   * the matches older than the boundary follow in recency order (the tail): every match comes once.
   */
  private async rankedPage(query: SearchQuery, filter: MongoFilter): Promise<Omit<SearchResult, 'facets'>> {
    if (query.after && query.afterPhase === 'tail') return this.tailPage(query, filter, query.after, query.boundary);
    const fixed = query.boundary;
    // FerretDB v1 scans the collection for every query: there the candidates bring their words along and
    // the word hits are counted here, instead of one more scan per query word
    const wordsAlong = query.words.length > 1 && (await this.store()) === 'ferretdb';
    const candidates = await this.model
      .find(fixed ? and(filter, keysetAtOrBefore(fixed)) : filter)
      .sort(RECENCY_SORT)
      .limit(fixed ? 2 * this.rankedCandidates : this.rankedCandidates)
      .select({ _id: 1, updatedAt: 1, skillTerms: 1, ...(wordsAlong ? { words: 1 } : {}) })
      .lean<Array<Pick<StoredPosting, '_id' | 'updatedAt' | 'skillTerms'> & Partial<Pick<StoredPosting, 'words'>>>>()
      .exec();
    const oldest = candidates[candidates.length - 1];
    if (!oldest) return { items: [], nextCursor: null };
    const boundary: RecencyPosition = fixed ?? { updatedAt: oldest.updatedAt.getTime(), postingId: oldest._id };
    const hits =
      query.words.length <= 1
        ? null
        : wordsAlong
          ? new Map(candidates.map((c) => [c._id, wordHitsOf(query, c.words)]))
          : await this.wordHits(and(filter, keysetAtOrBefore(boundary)), query.words, 2 * this.rankedCandidates);
    const ranked = candidates.map((c) => ({
      key: rankKeyOf(query, { postingId: c._id, updatedAt: c.updatedAt, skillTerms: c.skillTerms }, hits ? (hits.get(c._id) ?? 0) : query.words.length),
      item: c._id,
    }));
    const { page, more } = pageOf(query, ranked);
    const rows = await this.findByIds<ItemRow>(page.map((p) => p.item), ITEM_PROJECTION);
    const byId = new Map(rows.map((r) => [r._id, r]));
    const items = page.flatMap(({ key, item }) => {
      const row = byId.get(item);
      return row ? [toItem(row, key)] : [];
    });
    const last = page[page.length - 1];
    if (more && last) return { items, nextCursor: encodeCursor({ key: last.key, phase: 'ranked', boundary }, query.hash) };
    // the window is served: fill the page with the older matches, in recency order
    const room = query.limit - page.length;
    const tailRows = await this.itemsAfter(filter, boundary, room + 1);
    const tail = await this.scored(query, tailRows.slice(0, room));
    items.push(...tail.map(({ row, key }) => toItem(row, key)));
    if (tailRows.length <= room) return { items, nextCursor: null };
    const position = tail[tail.length - 1]?.key ?? { skills: 0, text: 0, ...boundary };
    return { items, nextCursor: encodeCursor({ key: position, phase: 'tail', boundary }, query.hash) };
  }

  /** The tail of a ranked query: matches older than the window, in recency order. */
  private async tailPage(query: SearchQuery, filter: MongoFilter, after: RankKey, boundary: RecencyPosition | null): Promise<Omit<SearchResult, 'facets'>> {
    const rows = await this.itemsAfter(filter, after, query.limit + 1);
    const page = await this.scored(query, rows.slice(0, query.limit));
    const last = page[page.length - 1];
    return {
      items: page.map(({ row, key }) => toItem(row, key)),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.key, phase: 'tail', boundary }, query.hash) : null,
    };
  }

  /**
   * Stored postings by id (the ones that exist): one `$in` query on MongoDB; on FerretDB v1, which answers
   * only a filter that is exactly `{_id}` without scanning the collection, one lookup each.
   */
  private async findByIds<T>(ids: readonly string[], projection?: Record<string, 1>): Promise<T[]> {
    if (ids.length === 0) return [];
    if ((await this.store()) === 'ferretdb') {
      const rows = await mapLimit(ids, LOOKUP_CONCURRENCY, (id) => this.model.findOne({ _id: id }, projection).lean<T>().exec());
      return rows.filter((r): r is NonNullable<typeof r> => r !== null) as T[];
    }
    return this.model.find({ _id: { $in: ids } }, projection).lean<T[]>().exec();
  }

  private itemsAfter(filter: MongoFilter, after: RecencyPosition | null, limit: number): Promise<ItemRow[]> {
    return this.model.find(withKeyset(filter, after)).sort(RECENCY_SORT).limit(limit).select(ITEM_PROJECTION).lean<ItemRow[]>().exec();
  }

  /** The rank keys of item rows (for the tail: skills from their terms, words from their words). */
  private async scored(query: SearchQuery, rows: ItemRow[]): Promise<Array<{ row: ItemRow; key: RankKey }>> {
    return rows.map((row) => ({
      row,
      key: rankKeyOf(query, { postingId: row._id, updatedAt: row.updatedAt, skillTerms: row.skillTerms }, query.words.length > 1 ? wordHitsOf(query, row.words) : query.words.length),
    }));
  }

  /** How many of `words` each posting matching `filter` has (one ids-only, index-backed query per word). */
  private async wordHits(filter: MongoFilter, words: readonly string[], limit: number): Promise<Map<string, number>> {
    const perWord = await Promise.all(
      words.map((word) =>
        this.model.find(withWord(filter, word)).sort(RECENCY_SORT).limit(limit).select({ _id: 1 }).lean<Array<{ _id: string }>>().exec(),
      ),
    );
    const hits = new Map<string, number>();
    for (const rows of perWord) for (const { _id } of rows) hits.set(_id, (hits.get(_id) ?? 0) + 1);
    return hits;
  }

  /**
   * The query plans of every query `search(query)` runs (page, ranking, facets), for checking that each
   * uses an index on MongoDB (FerretDB v1 answers with its SQLite plan).
   */
  async explainSearch(query: SearchQuery): Promise<Array<{ name: string; plan: unknown }>> {
    const filter = buildSearchFilter(query);
    const plans: Array<{ name: string; plan: unknown }> = [
      { name: 'page', plan: await this.model.find(withKeyset(filter, query.after)).sort(RECENCY_SORT).limit(query.limit + 1).explain() },
      { name: 'candidates', plan: await this.model.find(filter).sort(RECENCY_SORT).limit(this.rankedCandidates).select({ _id: 1 }).explain() },
      {
        name: 'window',
        plan: await this.model
          .find(and(filter, keysetAtOrBefore({ updatedAt: Date.now(), postingId: 'x' })))
          .sort(RECENCY_SORT)
          .limit(2 * this.rankedCandidates)
          .select({ _id: 1 })
          .explain(),
      },
      { name: 'byIds', plan: await this.model.find({ _id: { $in: ['a', 'b'] } }).explain() },
      { name: 'facet', plan: await this.model.aggregate([{ $match: filter }, { $group: { _id: '$seniorityLevel', count: { $sum: 1 } } }]).explain() },
    ];
    for (const word of query.words) {
      plans.push({ name: `word:${word}`, plan: await this.model.find(withWord(filter, word)).sort(RECENCY_SORT).limit(this.rankedCandidates).select({ _id: 1 }).explain() });
    }
    return plans;
  }

  /**
   * Postings per skill (`id<TAB>name`) and per level over the matches. MongoDB: `$unwind` + `$group` with
   * `$sum`, two aggregations. FerretDB v1 scans the collection for each of them (and decodes every posting
   * to do it), so there one find of the two fields is counted here instead: one scan instead of two.
   */
  private async facetCounts(
    filter: MongoFilter,
  ): Promise<{ skills: Array<{ _id: string; count: number }>; seniority: Array<{ _id: SeniorityLevel | null; count: number }> }> {
    if ((await this.store()) === 'ferretdb') {
      const rows = await this.model
        .find(filter)
        .select({ _id: 1, skillFacet: 1, seniorityLevel: 1 })
        .lean<Array<Pick<StoredPosting, '_id' | 'skillFacet' | 'seniorityLevel'>>>()
        .exec();
      const skills = new Map<string, number>();
      const levels = new Map<SeniorityLevel | null, number>();
      for (const row of rows) {
        for (const key of row.skillFacet ?? []) skills.set(key, (skills.get(key) ?? 0) + 1);
        levels.set(row.seniorityLevel ?? null, (levels.get(row.seniorityLevel ?? null) ?? 0) + 1);
      }
      return {
        skills: [...skills].map(([_id, count]) => ({ _id, count })),
        seniority: [...levels].map(([_id, count]) => ({ _id, count })),
      };
    }
    const [skills, seniority] = await Promise.all([
      this.model
        .aggregate<{ _id: string; count: number }>([
          { $match: filter },
          // keep _id: FerretDB v1.24 panics on `$unwind` after a projection that drops it
          { $project: { skillFacet: 1 } },
          { $unwind: '$skillFacet' },
          { $group: { _id: '$skillFacet', count: { $sum: 1 } } },
        ])
        .exec(),
      this.model
        .aggregate<{ _id: SeniorityLevel | null; count: number }>([
          { $match: filter },
          { $group: { _id: '$seniorityLevel', count: { $sum: 1 } } },
        ])
        .exec(),
    ]);
    return { skills, seniority };
  }

  /** Facets over every open posting the query matches (the cursor aside). */
  private async facets(filter: MongoFilter): Promise<SearchFacets> {
    const { skills, seniority } = await this.facetCounts(filter);
    // one entry per skill id (a renamed skill could appear under two names: keep the most frequent name)
    const bySkill = new Map<string, { id: string; name: string; count: number; top: number }>();
    for (const { _id: key, count } of skills) {
      const cut = key.indexOf(SKILL_FACET_SEPARATOR);
      const id = key.slice(0, cut);
      const name = key.slice(cut + 1);
      const entry = bySkill.get(id);
      if (!entry) bySkill.set(id, { id, name, count, top: count });
      else {
        entry.count += count;
        if (count > entry.top) Object.assign(entry, { name, top: count });
      }
    }
    return {
      skills: [...bySkill.values()]
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
        .slice(0, SKILL_FACET_SIZE)
        .map(({ id, name, count }) => ({ id, name, count })),
      seniority: seniority
        .filter((s): s is { _id: SeniorityLevel; count: number } => s._id !== null)
        .map((s) => ({ level: s._id, count: s.count }))
        .sort((a, b) => b.count - a.count || a.level.localeCompare(b.level)),
    };
  }
}

const toItem = (row: ItemRow, key: RankKey): SearchItem => {
  const { locations, experience, skills } = detailOf(row);
  return {
    postingId: row._id,
    title: row.title,
    company: row.company,
    location: row.location,
    locations,
    seniority: row.seniorityLevel,
    experience: { minYears: experience?.minYears ?? null, maxYears: experience?.maxYears ?? null },
    skills,
    postedAt: iso(row.postedAt),
    updatedAt: iso(row.updatedAt) ?? new Date(key.updatedAt).toISOString(),
    score: { skills: key.skills, text: key.text },
  };
};
