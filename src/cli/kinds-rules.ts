/*
 * What a kind's schema may say beyond its declarations, checked before Ajv sees it, so that each
 * mistake is one line at its pointer and all of them come in one run: each pattern's words, the
 * formats the build knows, and no $ref that leads back to itself on the same value.
 */
import { escapePointerSegment, resolvePointer } from "../core/pointer.js";
import { FORMATS } from "./kinds-build.js";
import { TAG_VALUES } from "../generated/schema-facts.js";
import { KindSchemaError, SCHEMA_BASE } from "./kinds-schema.js";
import { isObject, ownPointer, subschemas } from "./kinds-walk.js";

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

/** What a reference's `refersTo` may name: the entity types, `event`, or an event kind (its tag). */
const ENTITY_TYPES = TAG_VALUES["type"] ?? [];
const KIND_TAG = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Each `x-news-events` of a property that is not `{ "refersTo": [names] }` beside a `$ref` to the
 * library's `Id`: what a reference of the kind may name (entity types, `event`, or an event kind),
 * which validation then holds it to, as the library holds a participant's `entity` to an actor.
 *
 * @example
 * ```ts
 * refersToMistakes({ properties: { epicentre: { $ref: ID, "x-news-events": { refersTo: ["city"] } } } });
 * // => [KindSchemaError("/properties/epicentre/x-news-events/refersTo/0", 'is not what a reference names ("city"): …')]
 * ```
 */
export function refersToMistakes(schema: unknown): KindSchemaError[] {
  const out: KindSchemaError[] = [];
  const names = `an entity type (${ENTITY_TYPES.join(", ")}), "event" (any kind) or an event kind such as "Meeting"`;
  for (const { node, pointer } of subschemas(schema)) {
    const declared = node["x-news-events"];
    if (pointer === "" || declared === undefined) continue;
    const at = `${pointer}/x-news-events`;
    const refersTo = isObject(declared) ? declared["refersTo"] : undefined;
    if (!isObject(declared) || Object.keys(declared).some((key) => key !== "refersTo") || refersTo === undefined)
      out.push(new KindSchemaError(at, `of a property says only what a reference names: { "refersTo": [${names}] }`));
    else if (node["$ref"] !== `${SCHEMA_BASE}defs.json#/$defs/Id`)
      out.push(
        new KindSchemaError(at, `is said of a reference: beside { "$ref": "${SCHEMA_BASE}defs.json#/$defs/Id" }`),
      );
    else if (!Array.isArray(refersTo) || refersTo.length === 0)
      out.push(new KindSchemaError(`${at}/refersTo`, `must list what the reference may name: ${names}`));
    else
      refersTo.forEach((name, i) => {
        if (typeof name === "string" && (ENTITY_TYPES.includes(name) || name === "event" || KIND_TAG.test(name)))
          return;
        out.push(
          new KindSchemaError(
            `${at}/refersTo/${i}`,
            `is not what a reference names (${JSON.stringify(name)}): ${names}`,
          ),
        );
      });
  }
  return out;
}

/** The formats a kind may use: the library's own, which the build inlines as regular expressions. */
const KNOWN_FORMATS = Object.keys(FORMATS);

/**
 * Each `format` of the kind that the build does not know. Ajv only knows the formats it is given,
 * and the build gives it those of the library's schemas (as linear regular expressions, so that
 * the module needs no ajv-formats): any other failed the build in Ajv's words, which said it was
 * "ignored".
 *
 * @example
 * ```ts
 * formatMistakes({ properties: { day: { type: "string", format: "date" } } });
 * // => [KindSchemaError("/properties/day/format", 'is not a format kinds build knows ("date"): …')]
 * ```
 */
export function formatMistakes(schema: unknown): KindSchemaError[] {
  const out: KindSchemaError[] = [];
  for (const { node, pointer } of subschemas(schema)) {
    const format = node["format"];
    if (typeof format !== "string" || KNOWN_FORMATS.includes(format)) continue;
    const day = `, or for a day, { "$ref": "${SCHEMA_BASE}defs.json#/$defs/CalendarDate" }, whose days are checked to exist`;
    out.push(
      new KindSchemaError(
        `${pointer}/format`,
        `is not a format kinds build knows (${JSON.stringify(format)}): a kind may use ${KNOWN_FORMATS.join(" or ")}, the formats of the library's schemas; else a pattern with its words${format.startsWith("date") ? day : ""}`,
      ),
    );
  }
  return out;
}

/**
 * The subschemas that `node` applies to the same value as itself: its own `$ref` (in the kind's
 * schema), allOf, anyOf, oneOf, not, if, then, else and dependentSchemas. properties and items
 * apply theirs to a part of the value, which ends.
 */
function inPlace(schema: Record<string, unknown>, node: Record<string, unknown>, pointer: string): string[] {
  const out: string[] = [];
  const ref = node["$ref"];
  if (typeof ref === "string") {
    const target = ownPointer(ref, schema["$id"]);
    if (target !== undefined && isObject(resolvePointer(schema, target).value)) out.push(target);
  }
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((item, i) => isObject(item) && out.push(`${pointer}/${key}/${i}`));
  }
  for (const key of ["not", "if", "then", "else"]) if (isObject(node[key])) out.push(`${pointer}/${key}`);
  const dependent = node["dependentSchemas"];
  if (isObject(dependent))
    for (const name of Object.keys(dependent))
      if (isObject(dependent[name])) out.push(`${pointer}/dependentSchemas/${escapePointerSegment(name)}`);
  return out;
}

/**
 * Each cycle of `$ref`s that applies a schema to the same value again without end (A refers to B,
 * B to A; or A to itself inside its allOf). Ajv recursed until the stack overflowed ("Maximum call
 * stack size exceeded", no place named); a schema referring to itself inside properties or items
 * is a tree, and fine. Found with an explicit stack, so a deep schema cannot overflow it here.
 *
 * @example
 * ```ts
 * cycleMistakes({ $defs: { A: { $ref: "#/$defs/B" }, B: { $ref: "#/$defs/A" } } });
 * // => [KindSchemaError("/$defs/A/$ref", "is a cyclic $ref: /$defs/A → #/$defs/B → #/$defs/A …")]
 * ```
 */
export function cycleMistakes(schema: Record<string, unknown>): KindSchemaError[] {
  const state = new Map<string, "open" | "done">();
  const out: KindSchemaError[] = [];
  const said = new Set<string>();
  const nodeAt = (pointer: string) => resolvePointer(schema, pointer).value as Record<string, unknown>;
  for (const { pointer: start } of subschemas(schema)) {
    if (state.has(start)) continue;
    // Each frame: a subschema on the path, and the subschemas it applies in place not yet walked.
    const path: { pointer: string; next: string[] }[] = [
      { pointer: start, next: inPlace(schema, nodeAt(start), start) },
    ];
    state.set(start, "open");
    while (path.length > 0) {
      const top = path[path.length - 1] as { pointer: string; next: string[] };
      const next = top.next.shift();
      if (next === undefined) {
        state.set(top.pointer, "done");
        path.pop();
      } else if (state.get(next) === "open") {
        const cycle = path.slice(path.findIndex((frame) => frame.pointer === next)).map((frame) => frame.pointer);
        const key = [...cycle].sort().join(" ");
        if (!said.has(key)) {
          said.add(key);
          out.push(cycleMistake(schema, cycle));
        }
      } else if (!state.has(next)) {
        state.set(next, "open");
        path.push({ pointer: next, next: inPlace(schema, nodeAt(next), next) });
      }
    }
  }
  return out;
}

/** The line for one cycle: at its first `$ref`, each step the way the schema writes it. */
function cycleMistake(schema: Record<string, unknown>, cycle: readonly string[]): KindSchemaError {
  const refs = cycle.filter(
    (pointer) => typeof (resolvePointer(schema, pointer).value as Record<string, unknown>)["$ref"] === "string",
  );
  const first = refs[0] ?? cycle[0] ?? "";
  const steps = [...cycle, cycle[0] ?? ""].map((pointer) => `#${pointer}`).join(" → ");
  return new KindSchemaError(
    `${first}/$ref`,
    `is a cyclic $ref (${steps}): each applies the next to the same value, without end; a schema may refer back to itself only inside properties or items`,
  );
}
