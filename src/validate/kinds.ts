import type { StandardSchemaV1 } from "@standard-schema/spec";
import * as check from "../generated/check-validators.js";
import type { CompiledValidator } from "../generated/check-validators.js";
import { documentParts } from "../generated/document-parts.js";
import { EVENT_KINDS } from "../generated/schema-facts.js";
import type { EventBase, NewsDocument, NewsEvent } from "../generated/types.js";
import { NewsEventsError } from "../core/error.js";
import type { Issue, ValidationResult } from "../core/issue.js";
import { kindOf, type KindDefinition } from "../core/kinds.js";
import { checkDocument, checkStandaloneEvent } from "./document-checks.js";
import { kindFieldIssues, standaloneKindFieldIssues } from "./checks/kind-fields.js";
import { firstIssues } from "./explain.js";
import { compiled, kindIssues } from "./kind-issues.js";
import { standardSchema } from "./standard-schema.js";
import { validateEvent, validateWith } from "./validate.js";

/*
 * Validators that know a project's own event kinds besides the built-in ones. The built-in
 * validators stay as they are (their bundle does not grow): an event of a user kind is judged by
 * its kind's precompiled validator, the rest of the document by the built-in ones, and the whole
 * document by the same document checks.
 */

/** A news document whose events may also be of the user-defined kinds `Custom`. */
export type NewsDocumentWith<Custom> = Omit<NewsDocument, "events"> & {
  /** The news events the article reports, of the built-in kinds or of `Custom`. */
  events?: (NewsEvent | Custom)[];
};

/** An event of the kind tagged `K`. */
export interface OfKind<K extends string> {
  /** The event's kind tag. */
  kind: K;
}

/** What {@link createValidator} returns: the validate functions and Standard Schemas, knowing the kinds. */
export interface NewsEventsValidator<Custom> {
  /** {@link validateDocument}, with events of the user kinds judged by their own schemas. */
  validateDocument(input: unknown): ValidationResult<NewsDocumentWith<Custom>>;
  /** {@link validateEvent}, for an event of a built-in or a user kind. */
  validateEvent(input: unknown): ValidationResult<NewsEvent | Custom>;
  /** The document as a Standard Schema v1. */
  readonly documentSchema: StandardSchemaV1<NewsDocumentWith<Custom>>;
  /** One event of any kind, built-in or user, as a Standard Schema v1. */
  readonly eventSchema: StandardSchemaV1<NewsEvent | Custom>;
  /** One event of the given user kind as a Standard Schema v1: any other kind is an issue at `kind`. */
  schemaOf<K extends string>(kind: K): StandardSchemaV1<Extract<Custom, OfKind<K>>>;
}

/** The names of every kind, built-in then the user's, for "must be one of". */
const allKinds = (kinds: readonly KindDefinition[]) => [...EVENT_KINDS, ...kinds.map((k) => k.kind)].join(", ");

/** An unknown kind's issue names the user's kinds too. */
function withUserKinds(issues: readonly Issue[], kinds: readonly KindDefinition[]): Issue[] {
  return issues.map((issue) => {
    if (issue.code !== "unknown-kind" || !issue.pointer.endsWith("/kind")) return issue;
    const got = issue.params?.["got"];
    const expected = allKinds(kinds);
    return {
      ...issue,
      message: `must be one of ${expected} (got ${String(got)})`,
      params: { ...issue.params, expected },
    };
  });
}

/** A user kind's list checked: tags well formed, unique, not a built-in kind's, each with a validator. */
function checkKinds(kinds: readonly KindDefinition[]): void {
  const issues: Issue[] = [];
  const seen = new Set<string>(EVENT_KINDS);
  (Array.isArray(kinds) ? kinds : []).forEach((k: Partial<KindDefinition> | undefined, i) => {
    const tag = k?.kind;
    if (typeof tag !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(tag))
      issues.push({ code: "type", pointer: `/${i}/kind`, message: "must be a kind name in UpperCamelCase" });
    else if (seen.has(tag))
      issues.push({ code: "duplicate-id", pointer: `/${i}/kind`, message: `"${tag}" is already a kind` });
    else seen.add(tag);
    if (typeof k?.validate !== "function")
      issues.push({ code: "type", pointer: `/${i}/validate`, message: "must be the kind's compiled validator" });
  });
  if (!Array.isArray(kinds))
    issues.push({
      code: "type",
      pointer: "",
      message: "must be the kinds list a `news-events kinds build` module exports",
    });
  if (issues.length > 0) throw new NewsEventsError("kinds", issues as [Issue, ...Issue[]]);
}

/**
 * The fast validator of a document with user-kind events (the document without them, then each by
 * its kind) and the explanation of a failure: one issue per faulty part, as for the built-in kinds.
 */
function documentPath(
  kinds: readonly KindDefinition[],
  validators: ReadonlyMap<KindDefinition, CompiledValidator>,
): { fast: CompiledValidator; explain: (input: unknown) => Issue[] } {
  const partIssues = (key: string, validator: CompiledValidator, item: unknown, at: string): Issue[] => {
    const kind = key === "events" ? kindOf(kinds, item) : undefined;
    const own = kind && (validators.get(kind) as CompiledValidator);
    if (kind === undefined || own === undefined) return firstIssues(validator, item, at);
    return own(item) ? [] : kindIssues(kind, own, item, at);
  };
  const explain = (input: unknown): Issue[] => {
    if (input === null || typeof input !== "object" || Array.isArray(input))
      return firstIssues(check.check_document, input, "");
    const record = input as Record<string, unknown>;
    const shell: Record<string, unknown> = { ...record };
    const issues: Issue[] = [];
    for (const [key, validator] of documentParts()) {
      const items = record[key];
      if (!Array.isArray(items)) continue;
      shell[key] = [];
      items.forEach((item, i) => issues.push(...partIssues(key, validator, item, `/${key}/${i}`)));
    }
    return withUserKinds([...firstIssues(check.check_document, shell, ""), ...issues], kinds);
  };
  // The fast path: the document without its user-kind events, then each of those by its kind.
  const fast = ((input: unknown) => {
    const events = (input as { events?: unknown } | null)?.events;
    const mine = Array.isArray(events) ? events.filter((event) => kindOf(kinds, event) !== undefined) : [];
    const shell =
      mine.length === 0
        ? input
        : { ...(input as object), events: (events as unknown[]).filter((e) => !mine.includes(e)) };
    fast.errors = null;
    if (!check.check_document(shell)) fast.errors = check.check_document.errors ?? null;
    for (const event of fast.errors === null ? mine : []) {
      const own = validators.get(kindOf(kinds, event) as KindDefinition) as CompiledValidator;
      if (!own(event)) fast.errors = own.errors ?? null;
    }
    return fast.errors === null;
  }) as CompiledValidator;
  return { fast, explain };
}

/**
 * Validators for documents that use a project's own event kinds, built by
 * `news-events kinds build KIND.schema.json… --out DIR` (see docs/custom-kinds.md). Events of
 * those kinds are judged by their precompiled schemas, everything else as by
 * {@link validateDocument}; then the same document checks run over the whole document, including
 * the kinds' own ids, evidence and dates. Throws a {@link NewsEventsError} only when `kinds` is not
 * such a list (a tag twice, or a built-in kind's); the functions it returns never throw.
 *
 * @example
 * ```ts
 * import { createValidator, type KindDefinition, type OfKind } from "news-events";
 * // In a project: import { kinds, type CustomEvent } from "./kinds/index.js", as written by
 * // `news-events kinds build`; declared here so that the example stands alone.
 * declare const kinds: readonly KindDefinition[];
 * type CustomEvent = OfKind<"Election">;
 *
 * const { validateDocument } = createValidator<CustomEvent>({ kinds });
 * const result = validateDocument(JSON.parse(text));
 * ```
 */
export function createValidator<Custom extends OfKind<string> = EventBase>(options: {
  readonly kinds: readonly KindDefinition[];
}): NewsEventsValidator<Custom> {
  // Read as a JavaScript caller may hand it: no options at all is a NewsEventsError too.
  const kinds = (typeof options === "object" && options !== null ? options.kinds : undefined) as KindDefinition[];
  checkKinds(kinds);
  const validators = new Map(kinds.map((kind) => [kind, compiled(kind)] as const));
  const { fast, explain } = documentPath(kinds, validators);
  const validateDocument = (input: unknown) =>
    validateWith<NewsDocumentWith<Custom>>(input, fast, explain, (doc, termsKnown) => [
      ...checkDocument(doc as NewsDocument, termsKnown),
      ...kindFieldIssues(doc as NewsDocument, kinds),
    ]);
  const validateAnyEvent = (input: unknown): ValidationResult<NewsEvent | Custom> => {
    const kind = kindOf(kinds, input);
    const own = kind && validators.get(kind);
    if (kind === undefined || own === undefined) {
      const result = validateEvent(input);
      return result.ok ? result : { ok: false, issues: withUserKinds(result.issues, kinds) as [Issue, ...Issue[]] };
    }
    return validateWith<Custom>(
      input,
      own,
      (event) => kindIssues(kind, own, event, ""),
      (event, termsKnown) => [
        ...checkStandaloneEvent(event as unknown as NewsEvent, termsKnown),
        ...standaloneKindFieldIssues(event, kind),
      ],
    );
  };
  const known = new Set<string>([...EVENT_KINDS, ...kinds.map((k) => k.kind)]);
  const schemaOf = <K extends string>(tag: K) =>
    standardSchema((input: unknown): ValidationResult<Extract<Custom, OfKind<K>>> => {
      // A tag no kind has (a misspelling in the call) would refuse every event as another kind's.
      if (!known.has(tag)) {
        const message = `cannot be checked: schemaOf(${JSON.stringify(tag)}) names no kind (the kinds: ${allKinds(kinds)})`;
        return { ok: false, issues: [{ code: "unknown-kind", pointer: "/kind", message }] };
      }
      const result = validateAnyEvent(input);
      if (!result.ok || result.value.kind === tag) return result as ValidationResult<Extract<Custom, OfKind<K>>>;
      const got = String(result.value.kind);
      const issue: Issue = {
        code: "const",
        pointer: "/kind",
        message: `must be ${tag} (got "${got}")`,
        params: { got },
      };
      return { ok: false, issues: [issue] };
    });
  return {
    validateDocument,
    validateEvent: validateAnyEvent,
    documentSchema: standardSchema(validateDocument),
    eventSchema: standardSchema(validateAnyEvent),
    schemaOf,
  };
}
