/*
 * The document validator of a command given `--kinds DIR`: the kinds built there, loaded only
 * then (the plain command does not load createValidator or the kinds, as `validate` does not).
 */
import type { KindDefinition } from "../core/kinds.js";
import type { ValidationResult } from "../core/issue.js";
import type { NewsDocument } from "../generated/types.js";
import { validateDocument } from "../validate/validate.js";
import type { Io } from "./usage.js";

/** The kinds of `--kinds DIR` (none without it) and the document validator that knows them. */
export interface KindsValidator {
  /** The kinds built in DIR, or undefined without `--kinds`. */
  readonly kinds: readonly KindDefinition[] | undefined;
  /**
   * Validates a document that may use those kinds. A document with events of them is typed as a
   * NewsDocument, whose kinds are the library's: what reads it takes any kind as a general event.
   */
  readonly validate: (input: unknown) => ValidationResult<NewsDocument>;
}

/**
 * The validator of `--kinds DIR`, or the library's alone when `dir` is undefined.
 *
 * @example
 * ```ts
 * const { kinds, validate } = await kindsValidator(options.kinds, io);
 * const result = validate(JSON.parse(text));
 * ```
 */
export async function kindsValidator(dir: string | undefined, io: Io): Promise<KindsValidator> {
  if (dir === undefined) return { kinds: undefined, validate: validateDocument };
  const { openKindsDir } = await import("./kinds-dir.js");
  const { kinds, validator } = await openKindsDir(dir, io);
  return { kinds, validate: validator.validateDocument as KindsValidator["validate"] };
}
