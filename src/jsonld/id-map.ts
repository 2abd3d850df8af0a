/**
 * A map keyed by node ids that never hashes an id. A `Map` hashes a string key by reading every
 * character, and the graph's ids are long (the article's URL and a fragment) and made afresh by
 * every build: hashing its ~45 ids to check that each is one node's cost a fifth of a
 * `JSON.stringify` of the whole graph (issue 27). Here an id goes to a bucket by its length and
 * last two characters (a small number, hashed for nothing), and the few ids of a bucket are
 * compared with `===`, which stops at the first differing character. Numbered ids (`evt-000017`,
 * `event-17`) share their last characters by the hundred: a bucket past {@link MAX_BUCKET} ids
 * turns the whole map into a `Map`, whose hash reads every character (and is seeded by the
 * engine), so that a graph of thousands of events is not checked in time that grows with the
 * square of its ids.
 *
 * @example
 * ```ts
 * const owners = new IdMap<string>();
 * owners.add("https://news.example.org/a#article", "");
 * owners.get("https://news.example.org/a#article"); // => ""
 * ```
 */
export class IdMap<V> {
  private readonly buckets = new Map<number, unknown[]>();
  /** Every id and its value, once a bucket has grown past {@link MAX_BUCKET} ids; else undefined. */
  private whole: Map<string, V> | undefined;

  /** The value `id` was first added with, or undefined. */
  get(id: string): V | undefined {
    if (this.whole !== undefined) return this.whole.get(id);
    const bucket = this.buckets.get(bucketOf(id));
    if (bucket !== undefined)
      for (let i = 0; i < bucket.length; i += 2) if (bucket[i] === id) return bucket[i + 1] as V;
    return undefined;
  }

  /** Adds `id` with `value`; an id added before keeps its first value. */
  add(id: string, value: V): void {
    if (this.whole !== undefined) {
      if (!this.whole.has(id)) this.whole.set(id, value);
      return;
    }
    const key = bucketOf(id);
    const bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, [id, value]);
    else if (bucket.push(id, value) > 2 * MAX_BUCKET) this.makeWhole();
  }

  /** How many ids the map compares with `===` in the longest bucket: what a search may cost. */
  get longestSearch(): number {
    let longest = this.whole === undefined ? 0 : 1;
    for (const bucket of this.buckets.values()) longest = Math.max(longest, bucket.length / 2);
    return longest;
  }

  /** Moves every id to one `Map`, the first value of each kept (a bucket holds an id's in order). */
  private makeWhole(): void {
    const whole = new Map<string, V>();
    for (const bucket of this.buckets.values())
      for (let i = 0; i < bucket.length; i += 2) {
        const id = bucket[i] as string;
        if (!whole.has(id)) whole.set(id, bucket[i + 1] as V);
      }
    this.buckets.clear();
    this.whole = whole;
  }
}

/** Ids a bucket may hold before the map hashes every id whole: a graph's ~45 ids share none. */
const MAX_BUCKET = 16;

/** A number from an id's length and last two characters (a missing character reads as 0). */
function bucketOf(id: string): number {
  const n = id.length;
  return n * 16384 + ((id.charCodeAt(n - 1) || 0) & 127) * 128 + ((id.charCodeAt(n - 2) || 0) & 127);
}

/** The issue of a node whose `@id` another node already has. */
export interface DuplicateId {
  readonly code: "duplicate-id";
  readonly pointer: string;
  readonly message: string;
  readonly params: { readonly id: string };
}

/**
 * Every node's `@id` with where it comes from (a pointer, "" for an id derived from parts the
 * guard checked), claimed in the graph's order: one map for the check that each id is one node's.
 *
 * @example
 * ```ts
 * const owners = new IdOwners();
 * owners.claim("https://news.example.org/a#article", ""); // => undefined
 * owners.claim("https://news.example.org/a#article", "/entities/2")?.pointer; // => "/entities/2"
 * ```
 */
export class IdOwners {
  /** Each id claimed → where its first claim came from. */
  readonly owners = new IdMap<string>();
  /** The clashes of the document's own ids ({@link own}), in the order they were claimed. */
  readonly clashes: DuplicateId[] = [];

  /** Claims `id` for a node from `at`: the issue when another node has it, else undefined. */
  claim(id: string, at: string): DuplicateId | undefined {
    const owner = this.owners.get(id);
    if (owner === undefined) {
      this.owners.add(id, at);
      return undefined;
    }
    return {
      code: "duplicate-id",
      pointer: at || owner,
      message: `"${id}" is already the @id of another node`,
      params: { id },
    };
  }

  /** Claims the id of one of the document's own nodes, keeping a clash for {@link clashes}. */
  own(id: string, at: string): void {
    const clash = this.claim(id, at);
    if (clash !== undefined) this.clashes.push(clash);
  }
}
