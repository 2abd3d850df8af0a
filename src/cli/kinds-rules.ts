/*
 * What a kind's schema may say beyond its declarations, checked before Ajv sees it, so that each
 * mistake is one line at its pointer and all of them come in one run.
 */
import { KindSchemaError } from "./kinds-schema.js";
import { subschemas } from "./kinds-walk.js";

/** How a pattern's words begin, as in the library's own schemas (schemas/defs.json). */
const EXPECTED = "expected: ";

/**
 * Each `pattern` of the kind without its words: a `"$comment": "expected: …"` beside it, which an
 * issue shows in place of the regular expression (docs/validation.md: no message shows one), as
 * the library's own schemas say what each of their patterns means.
 *
 * @example
 * ```ts
 * patternMistakes({ properties: { docket: { type: "string", pattern: "^[0-9]{2}-[0-9]+$" } } });
 * // => [KindSchemaError("/properties/docket/pattern", 'needs "$comment": "expected: …" beside it, …')]
 * ```
 */
export function patternMistakes(schema: unknown): KindSchemaError[] {
  const out: KindSchemaError[] = [];
  for (const { node, pointer } of subschemas(schema)) {
    if (typeof node["pattern"] !== "string") continue;
    const comment = node["$comment"];
    if (typeof comment === "string" && comment.startsWith(EXPECTED) && comment.trim().length > EXPECTED.length)
      continue;
    out.push(
      new KindSchemaError(
        `${pointer}/pattern`,
        `needs "$comment": "expected: …" beside it, the pattern in words (such as "expected: a docket number such as 24-1234"): an issue shows those words, never the regular expression`,
      ),
    );
  }
  return out;
}
