import type { Entity } from "../../generated/types.js";
import type { Target } from "./context.js";

/*
 * The ids of one document, for the reference checks. A Map built per document grows its table
 * from 4 entries to the document's size, ~4 KiB of garbage for the canonical document's 80 ids,
 * on every valid document (issue 27). This table is an open-addressing hash of ids kept between
 * documents: its arrays are sized once to the largest document seen and emptied after each, so
 * a document's ids (strings of the user's data) are never held once its check has returned.
 */

/** Slots of a table, a power of two: the arrays of the largest document seen, reused. */
let keys: (string | undefined)[] = [];
let targets: (Target | undefined)[] = [];
let items: (object | undefined)[] = [];
/** The slots the shared table's document filled, emptied by `close` (not the whole table). */
let filled = new Int32Array(16);
/** True while a table holds a document's ids: a check within a check (none today) gets its own. */
let inUse = false;

/**
 * A hash of an id from its length and four of its characters: a constant cost per id (JavaScript
 * cannot reach the engine's cached string hash), collisions resolved by comparing the whole id.
 * Ids that differ only where it does not look (`evt-000001`, `evt-000002`…: a feed's numbered ids)
 * all hash alike; a table that meets them switches to {@link fullHashOf}.
 */
function sampledHashOf(id: string): number {
  const n = id.length;
  if (n === 0) return 0;
  return (
    (Math.imul(n, 0x9e3779b1) ^
      Math.imul(id.charCodeAt(0), 0x85ebca6b) ^
      Math.imul(id.charCodeAt(n - 1), 0xc2b2ae35) ^
      Math.imul(id.charCodeAt(n >> 1), 0x27d4eb2f) ^
      Math.imul(id.charCodeAt(n >> 2), 0x165667b1)) &
    // 30 bits: a small integer, never a heap number.
    0x3fffffff
  );
}

/**
 * A per-process seed: ids written to collide under a hash known in advance (a hostile feed) would
 * make every search of the table walk them all.
 */
const SEED = (Math.random() * 0x40000000) | 0;

/** A hash of every character of an id (FNV-1a, seeded, then mixed): a cost per character. */
function fullHashOf(id: string): number {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & 0x3fffffff;
}

/**
 * Slots a search may visit before its table switches to the full hash. With the table at most half
 * full, a search under a hash that spreads the ids visits about 1.5 on average; a run past this
 * many is ids the sampled hash cannot tell apart.
 */
const MAX_PROBES = 24;

/**
 * Each id of a document with what it names and the item that declares it (first declaration
 * wins, as the duplicate-id check wants).
 *
 * @example
 * ```ts
 * const ids = IdTable.open(80);
 * ids.add("putin", "entity:person", putin);
 * ids.target("putin"); // => "entity:person"
 * ids.close();
 * ```
 */
export class IdTable {
  /** How many slots of `filled` this document has used. */
  private count = 0;
  /** True once the sampled hash has piled ids into one run of slots: every id by its full hash. */
  private full = false;
  /** Slots visited by the last search. */
  private lastProbes = 0;
  /** Slots visited by every search of this table: what a document's ids cost to look up. */
  probes = 0;

  private constructor(
    private readonly keys: (string | undefined)[],
    private readonly targets: (Target | undefined)[],
    private readonly items: (object | undefined)[],
    private readonly filled: Int32Array,
  ) {}

  /** A table for at most `count` ids: the shared arrays when free, else arrays of its own. */
  static open(count: number): IdTable {
    let size = 16;
    while (size < count * 2) size *= 2;
    if (inUse) return new IdTable(new Array<undefined>(size).fill(undefined), [], [], new Int32Array(size));
    inUse = true;
    if (keys.length < size) {
      keys = new Array<undefined>(size).fill(undefined);
      targets = new Array<undefined>(size).fill(undefined);
      items = new Array<undefined>(size).fill(undefined);
      filled = new Int32Array(size);
    }
    return new IdTable(keys, targets, items, filled);
  }

  /** The slot of `id`, or of the empty slot where it would go; counts the slots visited. */
  private slotOf(id: string): number {
    const mask = this.keys.length - 1;
    let probes = 1;
    for (let slot = (this.full ? fullHashOf(id) : sampledHashOf(id)) & mask; ; slot = (slot + 1) & mask, probes++) {
      const key = this.keys[slot];
      if (key === undefined || key === id) {
        this.probes += probes;
        this.lastProbes = probes;
        return slot;
      }
    }
  }

  /** Adds `id` unless it is there; false when it was (a duplicate). */
  add(id: string, target: Target, item: object): boolean {
    let slot = this.slotOf(id);
    if (this.keys[slot] !== undefined) return false;
    if (this.lastProbes > MAX_PROBES && !this.full) {
      this.rehashFull();
      slot = this.slotOf(id);
    }
    this.keys[slot] = id;
    this.targets[slot] = target;
    this.items[slot] = item;
    this.filled[this.count++] = slot;
    return true;
  }

  /**
   * Moves every id to the slot the full hash gives it, in the order they were added (so that the
   * slots `close` empties are still listed in `filled`).
   */
  private rehashFull(): void {
    const entries: [string, Target | undefined, object | undefined][] = [];
    for (let i = 0; i < this.count; i++) {
      const slot = this.filled[i] as number;
      entries.push([this.keys[slot] as string, this.targets[slot], this.items[slot]]);
      this.keys[slot] = this.targets[slot] = this.items[slot] = undefined;
    }
    this.full = true;
    for (let i = 0; i < entries.length; i++) {
      const [key, target, item] = entries[i] as (typeof entries)[number];
      const slot = this.slotOf(key);
      this.keys[slot] = key;
      this.targets[slot] = target;
      this.items[slot] = item;
      this.filled[i] = slot;
    }
  }

  /** What `id` names, or undefined when nothing of the document has it. */
  target(id: string): Target | undefined {
    return this.targets[this.slotOf(id)];
  }

  /** The entity with id `id`, if an entity has it. */
  entity(id: string): Entity | undefined {
    const slot = this.slotOf(id);
    return this.targets[slot]?.startsWith("entity:") ? (this.items[slot] as Entity) : undefined;
  }

  /**
   * Empties the table (no id of the document is held after) and frees the shared arrays: only the
   * slots this document filled, not the whole table (sized to the largest document seen).
   */
  close(): void {
    for (let i = 0; i < this.count; i++) {
      const slot = this.filled[i] as number;
      this.keys[slot] = undefined;
      this.targets[slot] = undefined;
      this.items[slot] = undefined;
    }
    this.count = 0;
    if (this.keys === keys) inUse = false;
  }
}
