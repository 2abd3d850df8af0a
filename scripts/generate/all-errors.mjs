// src/generated/all-error-validators.js (+ .d.ts): the failure path's validators. The fast
// validators (validators.mjs) stop at their first error; once they have said no, these say every
// error of the document or event in one run (issue 25), so that a document with nine mistakes is
// fixed in one round, not nine. Each stops after MAX_ERRORS errors by throwing, so that hostile
// input (a million invalid items) cannot make one run allocate without bound.
import { BANNER } from "./schemas.mjs";
import { rewrite } from "./rewrite.mjs";
import { compileValidators, postProcessValidators } from "./validators.mjs";
import { expectations } from "./expected.mjs";

/** Errors after which a run stops: well past what is reported (MAX_ISSUES), far below what hurts. */
export const MAX_ERRORS = 1000;

/** The text of src/generated/all-error-validators.js: `all_document` and `all_event`. */
export function generateAllErrorValidators(schemas) {
  const source = compileValidators(schemas, { document: "document.json", event: "event.json" }, true);
  let code = postProcessValidators(source, expectations(schemas)).replace(`${BANNER}`, "");
  code = rewrite("name the exports all_*", code, /export const check_(document|event) =/g, "export const all_$1 =");
  const stop = "throw TOO_MANY_ERRORS";
  code = rewrite("stop after MAX_ERRORS (one error)", code, /errors\+\+;/g, `if(++errors>${MAX_ERRORS})${stop};`);
  code = rewrite(
    "stop after MAX_ERRORS (a sub-validator's errors)",
    code,
    /errors = vErrors\.length;/g,
    `if((errors = vErrors.length)>${MAX_ERRORS})${stop};`,
  );
  const marker = `/** Thrown by a validator of this file after ${MAX_ERRORS} errors. */\nexport const TOO_MANY_ERRORS = /* @__PURE__ */ new Error("too many errors");\n`;
  return `${BANNER}${code.replace("/* eslint-disable */\n", `/* eslint-disable */\n${marker}`)}`;
}

/** The text of src/generated/all-error-validators.d.ts. */
export function allErrorDeclarations() {
  return (
    [
      BANNER,
      `import type { CompiledValidator } from "./check-validators.js";`,
      `/** Thrown by a validator of this file after ${MAX_ERRORS} errors. */`,
      `export declare const TOO_MANY_ERRORS: Error;`,
      `/** Validates a document against its JSON Schema, with every error (up to ${MAX_ERRORS}). */`,
      `export declare const all_document: CompiledValidator;`,
      `/** Validates an event against its JSON Schema, with every error (up to ${MAX_ERRORS}). */`,
      `export declare const all_event: CompiledValidator;`,
    ].join("\n") + "\n"
  );
}
