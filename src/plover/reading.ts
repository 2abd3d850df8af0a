import type { Evidence } from "../generated/types.js";
import type { UntrustedObject } from "../core/untrusted-json.js";
import { MAX_ISSUES, type ProblemParams } from "../core/issue.js";
import type { PloverUnplaced, PloverUnplacedCode } from "./record.js";
import { escapePointerSegment } from "../core/pointer.js";
import { locate } from "./markup.js";

/** One PLOVER record being read into a document. */
export class Reading {
  /** What found no place, at most {@link MAX_ISSUES} entries. */
  readonly unplaced: PloverUnplaced[] = [];
  private readonly ids = new Set<string>();

  constructor(
    /** The record, read as plain JSON. */
    readonly record: UntrustedObject,
    /** The sentence: the document's body. */
    readonly body: string,
  ) {}

  /** A string field of the record that is not blank, else undefined. */
  text(value: unknown): string | undefined {
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
  }

  /** Lists a part of the record that found no place (the list is capped). */
  unplace(pointer: string, code: PloverUnplacedCode, message: string, params?: ProblemParams): void {
    if (this.unplaced.length < MAX_ISSUES)
      this.unplaced.push({ code, pointer, message, ...(params ? { params } : {}) });
  }

  /** Lists each field of `object` (at `at`) that is not among those read: it has no place. */
  unplaceRest(object: Readonly<Record<string, unknown>>, at: string, read: ReadonlySet<string>): void {
    for (const key of Object.keys(object))
      if (!read.has(key))
        this.unplace(`${at}/${escapePointerSegment(key)}`, "no-place", "has no place in a news document", { key });
  }

  /**
   * A field's entries, each with its pointer: a list's items (draft 2.0 allows a list of event
   * types, texts, modes and contexts), else the value itself.
   */
  entries(value: unknown, at: string): [unknown, string][] {
    return Array.isArray(value) ? value.map((v: unknown, i) => [v, `${at}/${i}`]) : [[value, at]];
  }

  /** A document-local id made of the words, unique in this document. */
  id(words: string, fallback: string): string {
    const slug =
      trimHyphens(
        trimHyphens(
          words
            .normalize("NFKD")
            .replace(/[\u0300-\u036f]/g, "")
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-"),
        ).slice(0, 90),
      ) || fallback;
    let id = slug;
    for (let n = 2; this.ids.has(id); n++) id = `${slug}-${n}`;
    this.ids.add(id);
    return id;
  }

  /**
   * Evidence for the words in the body (else for the `instead` words), or undefined (and an
   * unplaced entry) when they are not there.
   */
  evidence(words: string, pointer: string, instead?: string): Evidence[] | undefined {
    const spans = locate(this.body, words) ?? (instead === undefined ? undefined : locate(this.body, instead));
    if (spans === undefined) {
      this.unplace(pointer, "not-in-text", `"${words}" is not in the sentence: no evidence for it`, { words });
      return undefined;
    }
    return spans.map(([start, end]) => ({ start, end, text: this.body.slice(start, end) }));
  }
}

/** The text without a hyphen at either end (runs of other characters became one hyphen each). */
function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === "-") start++;
  while (end > start && text[end - 1] === "-") end--;
  return text.slice(start, end);
}
