import type { NewsEvent } from "../generated/types.js";
import { EVENT_KINDS as SCHEMA_EVENT_KINDS } from "../generated/schema-facts.js";

/** The kinds of news event: the values of `kind`. */
export type EventKind = NewsEvent["kind"];

/**
 * The event type for one kind.
 *
 * @example
 * ```ts
 * type C = EventOfKind<"Coup">; // Coup
 * ```
 */
export type EventOfKind<K extends EventKind> = Extract<
  NewsEvent,
  {
    /** The kind tag. */
    kind: K;
  }
>;

/**
 * Every event kind, in schema order (generated from the schemas).
 *
 * @example
 * ```ts
 * EVENT_KINDS.includes("Coup"); // => true
 * ```
 */
export const EVENT_KINDS: readonly EventKind[] = SCHEMA_EVENT_KINDS;
