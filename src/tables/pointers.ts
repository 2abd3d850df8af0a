/** JSON Pointers of rows, made once and reused across a feed's documents. */
import { escapePointerSegment } from "../core/pointer.js";

/**
 * Pointers made before, by parent pointer: a feed's documents share their shape, so the same
 * pointers (`/events/0/participants/1`) come back document after document. One string each, made
 * once, instead of a new one per row: fewer allocations, and the Parquet writer's dictionary finds
 * a repeated pointer by identity. Forgotten wholesale when it grows large (a feed of odd shapes).
 */
const POINTERS = new Map<string, Map<string | number, string>>();
const MAX_POINTER_PARENTS = 20_000;
const MAX_POINTER_CHILDREN = 1_000;

/**
 * `${parent}/${segment}` (a key escaped), made once while remembered.
 *
 * @example
 * ```ts
 * pointerTo("/events/0", "participants"); // => "/events/0/participants", the same string every time
 * ```
 */
export function pointerTo(parent: string, segment: string | number): string {
  let children = POINTERS.get(parent);
  if (children === undefined) {
    if (POINTERS.size >= MAX_POINTER_PARENTS) POINTERS.clear();
    POINTERS.set(parent, (children = new Map()));
  }
  let pointer = children.get(segment);
  if (pointer === undefined) {
    pointer = `${parent}/${typeof segment === "number" ? String(segment) : escapePointerSegment(segment)}`;
    // A long array's pointers past the first thousand are made afresh: memory stays bounded.
    if (children.size < MAX_POINTER_CHILDREN) children.set(segment, pointer);
  }
  return pointer;
}
