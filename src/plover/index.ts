/**
 * PLOVER in and out: a news document from a PLOVER event record ({@link fromPlover}) and the
 * PLOVER records of a document's events ({@link toPlover}). The mapping and what each way loses:
 * docs/plover.md.
 *
 * @module news-events/plover
 */
export { fromPlover, type FromPloverDefaults, type FromPloverResult } from "./from-plover.js";
export { toPlover, toPloverResult, type ToPloverResult } from "./to-plover.js";
export type { PloverLost, PloverLostCode } from "./counts-out.js";
export { PLOVER_TYPES, ploverTerm } from "./terms.js";
export type { PloverActor, PloverRecord, PloverUnplaced, PloverUnplacedCode } from "./record.js";
