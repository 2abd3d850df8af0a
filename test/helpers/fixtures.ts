import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { NewsDocument } from "../../src/index.js";

/** Absolute path of a file in the repository. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** The shared folder beside the repository (canonical article, references, schema.org data). */
export function sharedPath(relative: string): string {
  return repoPath(`../shared/${relative}`);
}

/** A fresh, mutable copy of the canonical document, read from disk. */
export function canonicalDocument(): NewsDocument {
  return JSON.parse(readFileSync(repoPath("examples/burkina-faso-russia/document.json"), "utf8")) as NewsDocument;
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
export function mutated(edit: (doc: NewsDocument & Record<string, unknown>) => void): NewsDocument {
  const doc = canonicalDocument() as NewsDocument & Record<string, unknown>;
  edit(doc);
  return deepFreeze(doc);
}
