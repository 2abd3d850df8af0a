import type { NewsDocument } from "../generated/types.js";
import { ID_MAX_LENGTH, ID_PATTERN, URL_MAX_LENGTH, URL_PATTERN, WIKIDATA_MAX_LENGTH, WIKIDATA_PATTERN } from "../generated/patterns.js";
import { describeThrown, NewsEventsError } from "../validate/error.js";
import type { Issue } from "../validate/issue.js";
import { toPointer } from "../validate/pointer.js";

type Path = readonly (string | number)[];

/**
 * Checks what the JSON-LD builder reads, before it reads it: the shapes it relies on, and every
 * value that becomes a URL or an `@id` (http(s) URLs as browsers read them, ids safe in an IRI).
 * It is not the validator — `validateDocument` checks far more, and the JSON-LD entry must not
 * carry its code — but an unvalidated or hostile document can no longer put a `javascript:` URL
 * into a page or fail with a TypeError.
 */
class GraphInputGuard {
  readonly issues: Issue[] = [];

  private add(path: Path, message: string): void {
    if (this.issues.length < 100) this.issues.push({ code: "type", pointer: toPointer(path), message });
  }

  record(value: unknown, path: Path): Record<string, unknown> | undefined {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
    this.add(path, "must be an object");
    return undefined;
  }

  string(value: unknown, path: Path, optional = false): void {
    if (optional && value === undefined) return;
    if (typeof value !== "string") this.add(path, "must be text");
  }

  url(value: unknown, path: Path, optional = false): void {
    if (optional && value === undefined) return;
    if (typeof value !== "string" || value.length > URL_MAX_LENGTH || !URL_PATTERN.test(value)) {
      this.add(path, "must be an absolute http(s) URL that browsers read as written");
    }
  }

  id(value: unknown, path: Path): void {
    if (typeof value !== "string" || value.length > ID_MAX_LENGTH || !ID_PATTERN.test(value)) this.add(path, "must be an id: lower-case letters, digits and hyphens");
  }

  /** Each item of an array (absent counts as empty when `optional`), given to `each` as an object. */
  list(value: unknown, path: Path, optional: boolean, each: (item: Record<string, unknown>, path: Path) => void): void {
    if (optional && value === undefined) return;
    if (!Array.isArray(value)) {
      this.add(path, "must be an array");
      return;
    }
    value.forEach((item, i) => {
      const record = this.record(item, [...path, i]);
      if (record) each(record, [...path, i]);
    });
  }

  urls(value: unknown, path: Path): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) this.add(path, "must be an array");
    else value.forEach((v, i) => this.url(v, [...path, i]));
  }

  strings(value: unknown, path: Path): void {
    if (value === undefined) return;
    if (!Array.isArray(value)) this.add(path, "must be an array");
    else value.forEach((v, i) => this.string(v, [...path, i]));
  }

  document(input: unknown): void {
    const doc = this.record(input, []);
    if (!doc) return;
    for (const key of ["headline", "published", "language"]) this.string(doc[key], [key]);
    for (const key of ["description", "modified", "section"]) this.string(doc[key], [key], true);
    this.url(doc["url"], ["url"]);
    this.strings(doc["keywords"], ["keywords"]);
    this.list(doc["authors"], ["authors"], false, (author, at) => {
      this.string(author["name"], [...at, "name"]);
      this.url(author["url"], [...at, "url"], true);
      this.urls(author["sameAs"], [...at, "sameAs"]);
    });
    const publisher = this.record(doc["publisher"], ["publisher"]);
    if (publisher) {
      this.string(publisher["name"], ["publisher", "name"]);
      this.url(publisher["url"], ["publisher", "url"]);
      this.url(publisher["logo"], ["publisher", "logo"], true);
    }
    this.list(doc["images"], ["images"], true, (image, at) => this.url(image["url"], [...at, "url"]));
    this.list(doc["entities"], ["entities"], true, (entity, at) => {
      this.id(entity["id"], [...at, "id"]);
      this.string(entity["name"], [...at, "name"]);
      this.urls(entity["sameAs"], [...at, "sameAs"]);
      this.strings(entity["aliases"], [...at, "aliases"]);
      const qid = entity["wikidata"];
      if (qid !== undefined && !(typeof qid === "string" && qid.length <= WIKIDATA_MAX_LENGTH && WIKIDATA_PATTERN.test(qid))) {
        this.add([...at, "wikidata"], "must be a Wikidata QID such as Q965");
      }
    });
    this.list(doc["events"], ["events"], true, (event, at) => {
      this.id(event["id"], [...at, "id"]);
      this.string(event["name"], [...at, "name"]);
    });
    this.list(doc["quotes"], ["quotes"], true, (quote, at) => {
      this.id(quote["id"], [...at, "id"]);
      this.string(quote["text"], [...at, "text"]);
      this.strings(quote["speakers"], [...at, "speakers"]);
    });
    this.list(doc["sources"], ["sources"], true, (source, at) => this.url(source["url"], [...at, "url"], true));
    this.list(doc["verifications"], ["verifications"], true, (verification, at) => {
      this.id(verification["id"], [...at, "id"]);
      this.string(verification["target"], [...at, "target"]);
      this.string(verification["rating"], [...at, "rating"]);
    });
  }
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
  const guard = new GraphInputGuard();
  try {
    guard.document(input);
  } catch (error) {
    // A getter or proxy that throws while being read: the input cannot be used.
    guard.issues.push({ code: "type", pointer: "", message: `could not be read: ${describeThrown(error)}` });
  }
  const [first, ...rest] = guard.issues;
  if (first) throw new NewsEventsError("document for JSON-LD", [first, ...rest]);
}
