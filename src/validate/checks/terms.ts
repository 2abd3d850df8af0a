import { isKnownCode } from "../../model/plover-codes.js";
import type { AddIssue, Path } from "./context.js";

/*
 * Coded terms whose scheme the library ships a list for (CAMEO codes, PLOVER modes and contexts:
 * vocabularies/plover/) must name a code of that list. The schema checks each code's shape; this
 * checks membership, wherever in the document a term stands, so a field that accepts a term
 * tomorrow is covered without a change here.
 */

/** The words for each scheme a code is checked against. */
const SCHEME_WORDS: Readonly<Record<string, string>> = {
  cameo: "a CAMEO code of PLOVER's CAMEO→PLOVER table (such as 042 or 1724)",
  "plover-mode": "a PLOVER mode (such as visit, martial-law or expel)",
  "plover-context": "a PLOVER context (such as military, economic or pro_autocracy)",
};

/**
 * Reports each coded term under `node` (a schema-valid document or event, at `path`) whose code
 * is not in its scheme's shipped list: one `unknown-term` issue at the term's code.
 *
 * @example
 * ```ts
 * checkTerms({ steps: [{ action: { scheme: "cameo", code: "999", label: "?" } }] }, [], add);
 * // add("unknown-term", ["steps", 0, "action", "code"], "must be a CAMEO code of … (got \"999\")", …)
 * ```
 */
export function checkTerms(node: unknown, path: Path, add: AddIssue): void {
  walkTerms(node, 0, path, add);
  // The trail holds keys of the input: let go of them.
  trail.fill(0);
}

/**
 * The keys from the node given to {@link checkTerms} down to the value being walked (trail[0..depth)):
 * one array for every walk, so nothing is allocated for a term that is known; a path is built only
 * for an unknown one.
 */
const trail: (string | number)[] = [];

function walkTerms(value: unknown, depth: number, path: Path, add: AddIssue): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    // An index loop: forEach would allocate a closure for every array of the event.
    for (let i = 0; i < value.length; i++) {
      trail[depth] = i;
      walkTerms(value[i], depth + 1, path, add);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  const { scheme, code } = record;
  if (typeof scheme === "string" && typeof code === "string" && typeof record["label"] === "string") {
    if (isKnownCode(scheme, code) === false)
      add(
        "unknown-term",
        path.concat(trail.slice(0, depth), "code"),
        `must be ${SCHEME_WORDS[scheme] ?? scheme} (got "${code}")`,
        {
          scheme,
          got: code,
        },
      );
    return;
  }
  for (const key in record) {
    trail[depth] = key;
    walkTerms(record[key], depth + 1, path, add);
  }
}
