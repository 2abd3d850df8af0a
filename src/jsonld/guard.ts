import type { NewsDocument } from "../generated/types.js";
import { ID_MAX_LENGTH, ID_PATTERN, URL_MAX_LENGTH, URL_PATTERN, WIKIDATA_MAX_LENGTH, WIKIDATA_PATTERN } from "../generated/patterns.js";
import { describeThrown, NewsEventsError } from "../validate/error.js";
import type { Issue } from "../validate/issue.js";
import { toPointer } from "../validate/pointer.js";

type Path = readonly (string | number)[];

/** Keys whose values become URLs (`url`, `@id`, `sameAs`, `logo`, `image`) in the graph. */
const URL_KEYS = new Set(["url", "sameAs", "logo"]);
const NOT_AN_ID = "must be an id: lower-case letters, digits and hyphens";

/** Keys whose values are document ids, own or referenced, and so end up inside `@id` IRIs. */
const ID_KEYS = new Set(["id", "entity", "country", "location", "event", "meeting", "of", "source", "speakers", "advances", "sources"]);

/**
 * Checks what the JSON-LD builder turns into a URL or an `@id`, wherever it is in the document:
 * every `url`, `sameAs` and `logo` value must be an http(s) URL browsers read as written, every
 * `id` a safe id, every `wikidata` a QID; and the parts every graph needs must have their shape.
 * It is not the validator — `validateDocument` checks far more, and the JSON-LD entry must not
 * carry its code — but an unvalidated or hostile document can no longer put a `javascript:` URL
 * into a page.
 */
function graphInputIssues(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const add = (path: Path, message: string) => {
    if (issues.length < 100) issues.push({ code: "type", pointer: toPointer(path), message });
  };
  const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
  if (!isRecord(input)) return [{ code: "type", pointer: "", message: "must be an object" }];
  if (!Array.isArray(input["authors"])) add(["authors"], "must be an array");
  if (!isRecord(input["publisher"])) add(["publisher"], "must be an object");
  const check = (key: string, value: unknown, path: Path): void => {
    if (URL_KEYS.has(key)) {
      for (const [i, url] of (Array.isArray(value) ? value : [value]).entries()) {
        if (typeof url !== "string" || url.length > URL_MAX_LENGTH || !URL_PATTERN.test(url)) add(Array.isArray(value) ? [...path, i] : path, "must be an absolute http(s) URL that browsers read as written");
      }
    } else if (ID_KEYS.has(key) && (typeof value === "string" || key === "id" || (Array.isArray(value) && value.every((v) => typeof v === "string")))) {
      // An id, or a list of references such as a quote's speakers (the document's own
      // `sources` list, of objects, is walked instead).
      for (const [i, id] of (Array.isArray(value) ? value : [value]).entries()) {
        if (typeof id !== "string" || id.length > ID_MAX_LENGTH || !ID_PATTERN.test(id)) add(Array.isArray(value) ? [...path, i] : path, NOT_AN_ID);
      }
    } else if (key === "wikidata" && !(typeof value === "string" && value.length <= WIKIDATA_MAX_LENGTH && WIKIDATA_PATTERN.test(value))) {
      add(path, "must be a Wikidata QID such as Q965");
    } else walk(value, path);
  };
  const walk = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (isRecord(value)) for (const [key, child] of Object.entries(value)) if (key !== "body") check(key, child, [...path, key]);
  };
  walk(input, []);
  return issues;
}

/**
 * Throws a {@link NewsEventsError} listing every problem when `input` cannot safely become JSON-LD
 * (see `toJsonLd`); returns when it can.
 *
 * @example
 * ```ts
 * assertGraphInput({ headline: "x" }); // throws NewsEventsError: Invalid document for JSON-LD: /url: must be…
 * ```
 */
export function assertGraphInput(input: unknown): asserts input is NewsDocument {
  let issues: Issue[];
  try {
    issues = graphInputIssues(input);
  } catch (error) {
    // A getter or proxy that throws while being read: the input cannot be used.
    issues = [{ code: "type", pointer: "", message: `could not be read: ${describeThrown(error)}` }];
  }
  const [first, ...rest] = issues;
  if (first) throw new NewsEventsError("document for JSON-LD", [first, ...rest]);
}
