import type { PloverContextTerm, PloverModeTerm, PloverTerm } from "../generated/types.js";
import type { Reading } from "./reading.js";
import { isKnownPloverCode } from "../model/plover-codes.js";

/**
 * PLOVER's event types: the 18 of its CAMEO table and gold-standard records (draft 0.8), in the
 * order of that codebook, then the two its manual's draft 2.0 adds, REQUEST and ACCUSE (2.0 also
 * folds DEMAND into REQUEST, DISAPPROVE and INVESTIGATE into ACCUSE, FIGHT into ASSAULT; records
 * of either draft are read).
 *
 * @example
 * ```ts
 * PLOVER_TYPES.length; // => 20
 * ```
 */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "COOPERATE",
  "AID",
  "CONCEDE",
  "RETREAT",
  "INVESTIGATE",
  "DEMAND",
  "DISAPPROVE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "MOBILIZE",
  "SANCTION",
  "FIGHT",
  "COERCE",
  "ASSAULT",
  "REQUEST",
  "ACCUSE",
] as const satisfies readonly PloverTerm["code"][];

/**
 * One of PLOVER's event types.
 *
 * @example
 * ```ts
 * const type: PloverType = "ACCUSE";
 * ```
 */
export type PloverType = (typeof PLOVER_TYPES)[number];

/**
 * The coded term of a PLOVER type, labelled in lower case as PLOVER's codebook names it.
 *
 * @example
 * ```ts
 * ploverTerm("PROTEST"); // => { scheme: "plover", code: "PROTEST", label: "protest" }
 * ```
 */
export function ploverTerm(code: PloverTerm["code"]): PloverTerm {
  return { scheme: "plover", code, label: code.toLowerCase() };
}

const CODE = /^[a-z][a-z_-]*$/;

/**
 * A coded term of the record's `mode` or `context`, or none (and an unplaced entry) for one that
 * is not written as a code or that none of PLOVER's lists has.
 */
function codedTerm<S extends "plover-mode" | "plover-context">(
  r: Reading,
  scheme: S,
  code: unknown,
  at: string,
): { scheme: S; code: string; label: string } | undefined {
  const what = scheme === "plover-mode" ? "mode" : "context";
  if (typeof code !== "string" || !CODE.test(code))
    r.unplace(at, "not-a-code", `${JSON.stringify(code) ?? "nothing"} is not a PLOVER ${what} code`);
  // One the validator would refuse is listed, not kept: the starter it makes must validate.
  else if (!isKnownPloverCode(scheme, code))
    r.unplace(at, "unknown-code", `"${code}" is none of the PLOVER ${what}s the library knows`, { code });
  else return { scheme, code, label: code };
  return undefined;
}

/**
 * The record's mode as a term: 0.8's one, or the first code of 2.0's list that is one (an event
 * has one mode: the others are unplaced). A record of several types has none: each type has its
 * own modes, and the record does not say whose each is.
 */
export function ploverMode(r: Reading, types: number): PloverModeTerm | undefined {
  let mode: PloverModeTerm | undefined;
  for (const [value, at] of r.entries(r.record["mode"], "/mode")) {
    const code = typeof value === "string" ? value.trim() : value;
    if (code === "" || code === undefined) continue;
    if (types > 1) r.unplace(at, "no-place", "a mode of a record of several event types: whose is not said");
    else if (mode === undefined) mode = codedTerm(r, "plover-mode", code, at);
    else r.unplace(at, "no-place", `${JSON.stringify(code)}: an event has one mode, the first kept`);
  }
  return mode;
}

/** The record's contexts as terms, each once: 0.8's comma-separated ("economic, refugees"), 2.0's list. */
export function ploverContexts(r: Reading): PloverContextTerm[] {
  const context = r.record["context"];
  const entries = Array.isArray(context)
    ? r.entries(context, "/context").map(([c, at]): [unknown, string] => [typeof c === "string" ? c.trim() : c, at])
    : (r.text(context)?.split(",") ?? []).map((c): [string, string] => [c.trim(), "/context"]);
  const seen = new Set<unknown>();
  return entries.flatMap(([code, at]): PloverContextTerm[] => {
    if (code === "" || seen.has(code)) return [];
    seen.add(code);
    const term = codedTerm(r, "plover-context", code, at);
    return term ? [term] : [];
  });
}
