/**
 * A map keyed by node ids that never hashes an id. A `Map` hashes a string key by reading every
 * character, and the graph's ids are long (the article's URL and a fragment) and made afresh by
 * every build: hashing its ~45 ids to check that each is one node's cost a fifth of a
 * `JSON.stringify` of the whole graph (issue 27). Here an id goes to a bucket by its length and
 * last two characters (a small number, hashed for nothing), and the few ids of a bucket are
 * compared with `===`, which stops at the first differing character.
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

  /** The value `id` was first added with, or undefined. */
  get(id: string): V | undefined {
    const bucket = this.buckets.get(bucketOf(id));
    if (bucket !== undefined)
      for (let i = 0; i < bucket.length; i += 2) if (bucket[i] === id) return bucket[i + 1] as V;
    return undefined;
  }

  /** Adds `id` with `value`; an id added before keeps its first value. */
  add(id: string, value: V): void {
    const key = bucketOf(id);
    const bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, [id, value]);
    else bucket.push(id, value);
  }
}

/** A number from an id's length and last two characters (a missing character reads as 0). */
function bucketOf(id: string): number {
  const n = id.length;
  return n * 16384 + ((id.charCodeAt(n - 1) || 0) & 127) * 128 + ((id.charCodeAt(n - 2) || 0) & 127);
}
