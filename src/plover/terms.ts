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

/** The record's mode as a term; one that is not written as a code is unplaced. */
export function ploverMode(r: Reading): PloverModeTerm | undefined {
  const mode = r.text(r.record["mode"])?.trim();
  if (mode === undefined) return undefined;
  if (!CODE.test(mode)) {
    r.unplace("/mode", "not-a-code", `"${mode}" is not a PLOVER mode code`);
    return undefined;
  }
  // One the validator would refuse is listed, not kept: the starter it makes must validate.
  if (!isKnownPloverCode("plover-mode", mode)) {
    r.unplace("/mode", "unknown-code", `"${mode}" is none of the PLOVER modes the library knows`, { code: mode });
    return undefined;
  }
  return { scheme: "plover-mode", code: mode, label: mode };
}

/** The record's comma-separated contexts as terms, each once. */
export function ploverContexts(r: Reading): PloverContextTerm[] {
  const context = r.text(r.record["context"]);
  if (context === undefined) return [];
  const codes = [...new Set(context.split(",").map((c) => c.trim()))].filter((c) => c !== "");
  return codes.flatMap((code): PloverContextTerm[] => {
    if (!CODE.test(code)) r.unplace("/context", "not-a-code", `"${code}" is not a PLOVER context code`);
    else if (!isKnownPloverCode("plover-context", code))
      r.unplace("/context", "unknown-code", `"${code}" is none of the PLOVER contexts the library knows`, { code });
    else return [{ scheme: "plover-context", code, label: code }];
    return [];
  });
}
