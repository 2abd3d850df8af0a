import type { NewsEvent } from "../generated/types.js";

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

/** Every event kind, in schema order. */
export const EVENT_KINDS: readonly EventKind[] = ["Meeting", "Coup", "Partnership"];
