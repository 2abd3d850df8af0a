import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { FullDocument } from "../../src/examples/index.js";
import { isNewsEventsError, type Issue, type NewsDocument } from "../../src/index.js";

/** Absolute path of a file in the repository. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** A file of the canonical example (the article text, its verified facts). */
export function canonicalFile(name: "article.txt" | "FACTS.md"): string {
  return readFileSync(repoPath(`examples/burkina-faso-russia/${name}`), "utf8");
}

/** A JSON file of the vendored schema.org 30.0 release (`vendor/schemaorg-30.0/NAME.gz`). */
export function schemaorgFile(name: "schemaorgcontext.jsonld"): unknown {
  return JSON.parse(gunzipSync(readFileSync(repoPath(`vendor/schemaorg-30.0/${name}.gz`))).toString("utf8"));
}

/** A fresh, mutable copy of the canonical document, read from disk. */
export function canonicalDocument(): FullDocument {
  return JSON.parse(readFileSync(repoPath("examples/burkina-faso-russia/document.json"), "utf8")) as FullDocument;
}

/** The example documents of real events other than the canonical one, each in `examples/NAME/`. */
export const REAL_EVENT_EXAMPLES = [
  "wagner-mutiny-live",
  "niger-coup-2023",
  "bolivia-coup-attempt-2024",
  "gabon-coup-2023",
  "russia-north-korea-treaty-2024",
  "sahel-states-confederation-2024",
  "aukus-2023",
  "mali-coup-2020",
  // Issue 22 part 2: quantities, a numbered series, a deadline, a qualified time.
  "unga-es-11-1-2022",
  "ecowas-niger-ultimatum-2023",

  "sudan-coup-2019",
  "nato-vilnius-summit-2023",

  "france-pension-protest-2023",
  "manchester-arena-bombing-2017",
  "us-russia-sanctions-2024",
  "brazil-election-2022",

  "sudan-coup-2021",
  "eu-ukraine-association-2017",
] as const;
/** The name of one of {@link REAL_EVENT_EXAMPLES}. */
export type RealEventExample = (typeof REAL_EVENT_EXAMPLES)[number];

/** A fresh, mutable copy of an example document other than the canonical one (`examples/NAME/document.json`). */
export function exampleDocument(name: RealEventExample): NewsDocument {
  return JSON.parse(readFileSync(repoPath(`examples/${name}/document.json`), "utf8")) as NewsDocument;
}

/** Freezes a value and everything in it, so a test proves the code under test does not mutate it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A copy of the canonical document changed by `edit`, then frozen. */
export function mutated(edit: (doc: FullDocument & Record<string, unknown>) => void): FullDocument {
  const doc = canonicalDocument() as FullDocument & Record<string, unknown>;
  edit(doc);
  return deepFreeze(doc);
}

/**
 * The issues of the NewsEventsError that `run` throws; anything else it throws is rethrown, and
 * returning is a failure.
 *
 * @example
 * ```ts
 * thrownIssues(() => toJsonLd({} as NewsDocument))[0]?.pointer; // => "/url"
 * ```
 */
export function thrownIssues(run: () => unknown): readonly Issue[] {
  try {
    run();
  } catch (error) {
    if (!isNewsEventsError(error)) throw error;
    return error.issues;
  }
  throw new Error("did not throw");
}
