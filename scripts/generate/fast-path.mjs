// src/generated/fast-path.js: for each root, one predicate that says in a single pass whether an
// input is *certainly* accepted by the schema and by the plain-data walk, with every coded term
// known: Ajv's validators (check-validators.js) keep the books of every error a run may report,
// and the library's second pass over a valid input (plain data, then the checks after the schema)
// is a second read of every value. The predicate keeps no books: the first thing wrong returns
// false, and false only means "ask Ajv", whose run then says what is wrong. So it may refuse more
// than the schema does (a date with a qualifier, more than 64 participants: the full path's), never
// less; the tests hold it to Ajv's answer on real and random inputs.
//
// It reads the schemas as Ajv is given them (validators.mjs: shared definitions, no annotations,
// the plain-data marks of plain-keywords.mjs), and knows the keywords they use; any other keyword
// fails the generation, so a schema change cannot make it accept what Ajv refuses.

import { patternFunction } from "./pattern-code.mjs";
import { withoutCaptures } from "./speed-rewrites.mjs";
import { BANNER } from "./schemas.mjs";
import { FORMATS, markedSchemas, validatorRoots, withSharedDefinitions } from "./validators.mjs";

/** Keywords with no effect on validity (Ajv's own, the marks handled where they sit, metadata). */
const INERT = new Set(["$id", "$schema", "x-obj", "x-arr", "x-str", "x-term", "discriminator", "$comment"]);

/** The values a schema's `const` or `enum` allows, or undefined when it has neither. */
const allowedValues = (schema) => (schema?.const !== undefined ? [schema.const] : schema?.enum);

/**
 * The test of one key `k` of an object against the names its schema lists: `other` runs for any
 * other key where the schema says what other keys may hold, else the object is refused. A closed
 * object's key goes first by its length (a jump on a small number), then is compared with the few
 * names of that length: a `switch` over every name compares a key with each name before it in
 * turn, and measured 40 ns against 24 ns for a meeting's 15 keys.
 */
function knownKeyTest(k, names, other) {
  if (other !== undefined) {
    const cases = names.map((n) => `case ${JSON.stringify(n)}:`).join("");
    return `switch(${k}){${cases}break;default:${other}}`;
  }
  const byLength = new Map();
  for (const name of names) byLength.set(name.length, [...(byLength.get(name.length) ?? []), name]);
  const cases = [...byLength]
    .sort(([a], [b]) => a - b)
    .map(
      ([length, same]) =>
        `case ${length}:if(${same.map((n) => `${k}!==${JSON.stringify(n)}`).join("&&")})return false;break;`,
    )
    .join("");
  return `switch(${k}.length){${cases}default:return false;}`;
}

/** The keywords of a tagged union that its branches can make in its place (see emitDispatchOnly). */
const UNION_ONLY = new Set(["$id", "$schema", "type", "x-obj", "properties", "required", "discriminator", "oneOf"]);

/** Keywords the generator understands. */
const KNOWN = new Set([
  "type",
  "enum",
  "const",
  "pattern",
  "format",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "uniqueItems",
  "items",
  "properties",
  "required",
  "additionalProperties",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "then",
  "$ref",
  "$defs",
]);

/**
 * The module text: `fast_<root>(data, maxValues, isUnknownTerm)` for each of `roots` ({ name:
 * ref }), over `schemas` ({ file: schema }, refs as validators.mjs rewrites them) with `formats`
 * ({ name: RegExp }).
 */
export function generateFastPath(schemas, roots, formats, hooks = {}) {
  const functions = new Map(); // schema node → function name
  const bodies = [];
  const patterns = new Map(); // source → const name
  let counter = 0;
  const fresh = (prefix) => `${prefix}${counter++}`;

  const resolve = (ref, file) => {
    const [target, fragment] = ref.split("#");
    const at = target ? target : file;
    let node = schemas[at];
    for (const part of (fragment ?? "").split("/").filter(Boolean)) node = node?.[part];
    if (node === undefined) throw new Error(`generate fast path: cannot resolve ${ref} from ${file}`);
    return [node, at];
  };
  // Each hook by the schema it is named for: a file, or a definition in one (`file#/$defs/Name`).
  const hookOf = new Map(Object.entries(hooks).map(([ref, hook]) => [resolve(ref, ref.split("#")[0])[0], hook]));
  const regexp = (source) => {
    if (!patterns.has(source)) patterns.set(source, `re${patterns.size}`);
    return patterns.get(source);
  };

  /** The name of a function that returns whether `d` holds for `schema` (made once per schema). */
  const fn = (schema, file) => {
    const known = functions.get(schema);
    if (known) return known;
    const name = fresh("f");
    functions.set(schema, name);
    const lines = [];
    const locals = {};
    const hook = hookOf.get(schema);
    emit(schema, file, "d", lines, locals, hookTested(hook, schema, file));
    // A check beyond the schema, for a value the schema accepted (the caller's, see fast_<root>),
    // given the values of the properties it names as already read: a second read of a property
    // of an object of many shapes costs as much as the first.
    if (hook !== undefined) {
      const args = (hook.args ?? []).map((name) => {
        if (!locals[name]) throw new Error(`generate fast path: ${file} names no property ${name}`);
        return locals[name];
      });
      lines.push(`if(!H.${hook.name}(${["d", ...args].join(",")}))return false;`);
    }
    bodies.push(`function ${name}(d){${lines.join("")}return true;}`);
    return name;
  };

  /**
   * The properties whose pattern a hook tests itself (`tests`), each as its schema without that
   * pattern (a `$ref` to a string read in place): the hook's own parse of the value refuses all the
   * pattern refuses (a test holds it to the pattern), and the pass then reads the value once.
   */
  function hookTested(hook, schema, file) {
    const tested = new Map();
    for (const name of hook?.tests ?? []) {
      let property = schema.properties?.[name];
      let at = file;
      if (property?.$ref !== undefined && Object.keys(property).length === 1)
        [property, at] = resolve(property.$ref, file);
      if (property?.type !== "string" || property.pattern === undefined)
        throw new Error(
          `generate fast path: ${file} has no string property ${name} with a pattern for its hook to test`,
        );
      const { pattern: _tested, ...rest } = property;
      tested.set(name, [rest, at]);
    }
    return tested;
  }

  /** Statements that `return false` unless `data` (a local name) holds for `schema`. */
  function emit(schema, file, data, out, locals = {}, tested = new Map()) {
    if (schema === true) return;
    if (schema === false) {
      out.push("return false;");
      return;
    }
    for (const key of Object.keys(schema))
      if (!KNOWN.has(key) && !INERT.has(key)) throw new Error(`generate fast path: keyword ${key} is not handled`);
    if (emitDispatchOnly(schema, file, data, out)) return;
    if (schema.$ref !== undefined) {
      const [target, at] = resolve(schema.$ref, file);
      out.push(`if(!${fn(target, at)}(${data}))return false;`);
    }
    const types = schema.type === undefined ? [] : [schema.type].flat();
    if (types.length > 0) {
      if (types.length !== 1) throw new Error("generate fast path: a list of types is not handled");
      const type = types[0];
      out.push(`if(!(${typeTest(type, data)}))return false;`);
      if (type === "string") emitString(schema, data, out);
      else if (type === "number" || type === "integer") emitNumber(schema, data, out);
      else if (type === "array") emitArray(schema, file, data, out);
      else if (type === "object") emitObject(schema, file, data, out, locals, tested);
    } else {
      // Without a type, each keyword applies to the values of its own type only (as in Ajv).
      const guarded = (type, keys, emitFor) => {
        if (!keys.some((k) => k in schema)) return;
        const body = [];
        emitFor(schema, file, data, body);
        if (body.length > 0) out.push(`if(${typeTest(type, data)}){${body.join("")}}`);
      };
      guarded("string", ["pattern", "format", "minLength", "maxLength"], (s, _f, d, o) => emitString(s, d, o));
      guarded("number", ["minimum", "maximum"], (s, _f, d, o) => emitNumber(s, d, o));
      guarded("array", ["items", "minItems", "maxItems", "uniqueItems"], emitArray);
      guarded("object", ["properties", "required", "additionalProperties"], emitObject);
    }
    if (schema.enum !== undefined) out.push(`if(!(${listTest(schema.enum, data, types)}))return false;`);
    if (schema.const !== undefined) out.push(`if(!(${listTest([schema.const], data, types)}))return false;`);
    if (schema.anyOf) {
      const names = schema.anyOf.map((s) => fn(s, file));
      out.push(`if(!(${names.map((n) => `${n}(${data})`).join("||")}))return false;`);
    }
    if (schema.oneOf) emitOneOf(schema, file, data, out);
    if (schema.not !== undefined) out.push(`if(${fn(schema.not, file)}(${data}))return false;`);
    if (schema.if !== undefined && schema.then !== undefined)
      out.push(`if(${fn(schema.if, file)}(${data})&&!${fn(schema.then, file)}(${data}))return false;`);
  }

  function typeTest(type, data) {
    switch (type) {
      case "string":
        return `typeof ${data}==="string"`;
      case "integer":
        return `Number.isInteger(${data})`;
      case "number":
        return `typeof ${data}==="number"&&isFinite(${data})`;
      case "boolean":
        return `typeof ${data}==="boolean"`;
      case "null":
        return `${data}===null`;
      case "array":
        return `Array.isArray(${data})`;
      case "object":
        return `typeof ${data}==="object"&&${data}!==null&&!Array.isArray(${data})`;
      default:
        throw new Error(`generate fast path: type ${type} is not handled`);
    }
  }

  /**
   * Whether `data` is one of `values`. A list of text without a type of its own tests the type
   * first: V8 then compares text with text, where a value of another type met before (an input
   * that was wrong) would make every comparison the generic one.
   */
  function listTest(values, data, types = []) {
    if (values.some((v) => v !== null && typeof v === "object"))
      throw new Error("generate fast path: an object in enum or const is not handled");
    const test = values.map((v) => `${data}===${JSON.stringify(v)}`).join("||");
    return types.length === 0 && values.every((v) => typeof v === "string")
      ? `typeof ${data}==="string"&&(${test})`
      : test;
  }

  function emitString(schema, data, out) {
    if (schema.minLength !== undefined) out.push(`if(${data}.length<${schema.minLength})return false;`);
    if (schema.maxLength !== undefined) out.push(`if(${data}.length>${schema.maxLength})return false;`);
    if (schema.pattern !== undefined) out.push(`if(!${regexp(schema.pattern)}.test(${data}))return false;`);
    if (schema.format !== undefined) {
      const format = formats[schema.format];
      if (!(format instanceof RegExp)) throw new Error(`generate fast path: format ${schema.format} is not handled`);
      out.push(`if(!${regexp(format.source)}.test(${data}))return false;`);
    }
    if (schema["x-str"]) out.push(`if(!${data}.isWellFormed())return false;`);
  }

  function emitNumber(schema, data, out) {
    if (schema.minimum !== undefined) out.push(`if(${data}<${schema.minimum})return false;`);
    if (schema.maximum !== undefined) out.push(`if(${data}>${schema.maximum})return false;`);
  }

  function emitArray(schema, file, data, out) {
    if (schema.minItems !== undefined) out.push(`if(${data}.length<${schema.minItems})return false;`);
    if (schema.maxItems !== undefined) out.push(`if(${data}.length>${schema.maxItems})return false;`);
    // The length first: its load checks the array's map, which lets V8 fold the prototype's test
    // into that check (first, the test is a call into the runtime, measured at 8% of figure 3).
    if (schema["x-arr"]) out.push(`if((V+=${data}.length)>=M||GP(${data})!==AP)return false;`);
    if (schema.items !== undefined) {
      if (Array.isArray(schema.items)) throw new Error("generate fast path: a tuple is not handled");
      const i = fresh("i");
      const item = fresh("v");
      const body = [];
      emit(schema.items, file, item, body);
      if (body.length > 0)
        out.push(`for(let ${i}=0;${i}<${data}.length;${i}++){const ${item}=${data}[${i}];${body.join("")}}`);
    }
    if (schema.uniqueItems) out.push(`if(!distinct(${data}))return false;`);
  }

  function emitObject(schema, file, data, out, locals = {}, tested = new Map()) {
    if (schema["x-obj"] !== undefined) out.push(`if((V+=${schema["x-obj"]})>=M)return false;`);
    const properties = schema.properties ?? {};
    const required = new Set(schema.required ?? []);
    const names = Object.keys(properties);
    // Each property the checks need, read once into a local a hook may be given (names are
    // unique: no block needed).
    const needed = [];
    for (const name of names) {
      const body = [];
      const [property, at] = tested.get(name) ?? [properties[name], file];
      const v = fresh("v");
      emit(property, at, v, body);
      if (!required.has(name) && body.length === 0) continue;
      needed.push({ name, v, body });
      locals[name] = v;
    }
    const extra = schema.additionalProperties;
    // Ajv's test of the keys. (Reading the values in this loop instead of by name below measured
    // slower: an object that lost a key to \`delete\` makes every object's loop here the generic one.)
    if (extra !== undefined && extra !== true) {
      const k = fresh("k");
      let other;
      if (extra !== false) {
        const x = fresh("v");
        const body = [];
        emit(extra, file, x, body);
        other = `{const ${x}=${data}[${k}];${body.join("")}}`;
      }
      out.push(`for(const ${k} in ${data})${knownKeyTest(k, names, other)}`);
    }
    for (const name of required)
      if (!(name in properties)) out.push(`if(${data}[${JSON.stringify(name)}]===undefined)return false;`);
    // Every property read before the prototype is tested: a read checks the object's map, which
    // lets V8 fold the test into that check; tested first, it is a call into the runtime.
    for (const { name, v } of needed) out.push(`const ${v}=${data}[${JSON.stringify(name)}];`);
    if (schema["x-obj"] !== undefined) {
      const p = fresh("p");
      out.push(`{const ${p}=GP(${data});if(${p}!==OP&&${p}!==null)return false;}`);
    }
    for (const { name, v, body } of needed) {
      if (required.has(name)) out.push(`if(${v}===undefined)return false;${body.join("")}`);
      else out.push(`if(${v}!==undefined){${body.join("")}}`);
    }
    if (schema["x-term"]) out.push(`if(U(${data}))K=true;`);
  }

  /**
   * An object that is only a tagged union (event.json: the kind picks Meeting, Coup…) is tested by
   * its branch alone when the branch's tests cover its own: every branch a closed-or-not object
   * with the plain-data marks (so it tests the type and the prototype), every tag value of a
   * branch one the union's tag accepts, and nothing required but the tag. The union then reads
   * the tag once and leaves the rest to the branch (each test written once measured 0.01x of
   * figure 3). True when it emitted that.
   */
  function emitDispatchOnly(schema, file, data, out) {
    const tag = schema.discriminator?.propertyName;
    if (tag === undefined || schema.type !== "object" || schema["x-obj"] === undefined) return false;
    if (Object.keys(schema).some((k) => !UNION_ONLY.has(k))) return false;
    if (Object.keys(schema.properties ?? {}).some((k) => k !== tag)) return false;
    if ((schema.required ?? []).some((k) => k !== tag)) return false;
    const tagSchema = schema.properties?.[tag] ?? {};
    if (Object.keys(tagSchema).some((k) => k !== "enum" && k !== "const")) return false;
    const accepted = allowedValues(tagSchema);
    for (const branch of schema.oneOf) {
      const [target] = branch.$ref ? resolve(branch.$ref, file) : [branch, file];
      if (target.type !== "object" || target["x-obj"] === undefined) return false;
      const values = allowedValues(target.properties?.[tag]);
      if (!values || (accepted !== undefined && values.some((v) => !accepted.includes(v)))) return false;
    }
    // Read the tag only of an object (of null it would throw); the branch tests the rest.
    out.push(`if(typeof ${data}!=="object"||${data}===null)return false;`);
    out.push(`if((V+=${schema["x-obj"]})>=M)return false;`);
    emitOneOf(schema, file, data, out);
    return true;
  }

  function emitOneOf(schema, file, data, out) {
    const tag = schema.discriminator?.propertyName;
    if (tag !== undefined) {
      // Ajv's discriminator: the tag's value picks the one branch that is tried.
      const cases = [];
      for (const branch of schema.oneOf) {
        const [target, at] = branch.$ref ? resolve(branch.$ref, file) : [branch, file];
        const values = allowedValues(target.properties?.[tag]);
        if (!values) throw new Error(`generate fast path: a ${tag} branch without its values`);
        cases.push(`${values.map((v) => `case ${JSON.stringify(v)}:`).join("")}return ${fn(branch, file)}(${data});`);
      }
      const name = fresh("f");
      // The tag's type first, as listTest does.
      bodies.push(
        `function ${name}(d){const t=d[${JSON.stringify(tag)}];if(typeof t!=="string")return false;switch(t){${cases.join("")}default:return false;}}`,
      );
      out.push(`if(!${name}(${data}))return false;`);
      return;
    }
    const names = schema.oneOf.map((s) => fn(s, file));
    out.push(`if((${names.map((n) => `(${n}(${data})?1:0)`).join("+")})!==1)return false;`);
  }

  const exports = [];
  for (const [name, ref] of Object.entries(roots)) {
    const [file] = ref.split("#");
    const [node, at] = resolve(ref, file);
    const root = fn(node, at);
    exports.push(
      `/** Whether the input is certainly valid as a ${name} (schema, plain data, every term known): false means "ask check_${name}". */`,
      `export function fast_${name}(data,maxValues,isUnknownTerm,hooks){V=0;M=maxValues;U=isUnknownTerm;H=hooks;K=false;try{return ${root}(data)&&!K;}catch{return false;}finally{U=NONE;}}`,
    );
  }
  // The validators' own forms of each pattern (speed-rewrites.mjs): code for the simple ones, and
  // no capturing groups in the rest.
  const patternLines = [...patterns].map(([source, name]) => {
    const test = patternFunction(source);
    if (test) return `const ${name}={test:${test}};`;
    return `const ${name}=new RegExp(${JSON.stringify(withoutCaptures(source) ?? source)},"");`;
  });
  return [
    `import { duplicateItems } from "./check-validators.js";`,
    `const GP=Object.getPrototypeOf,OP=Object.prototype,AP=Array.prototype;`,
    `const NONE=()=>false;`,
    `let V=0,M=0,U=NONE,K=false,H=null;`,
    `/** Whether no two items are equal as the validators compare them (src/cli/unique-items.ts: a key per item). */`,
    `function distinct(a){return a.length<2||duplicateItems(a)===undefined;}`,
    ...patternLines,
    ...bodies,
    ...exports,
    "",
  ].join("\n");
}

/** A participant's fields its hook is given: whose roles exclude each other is tested as they are read. */
const PARTICIPANT = {
  args: ["entity", "role"],
  says: "A participant of an event of this kind, read after those before it: whether its role excludes none of theirs for the same actor.",
};
/** A kind's fields its hook is given: the event's dates. */
const KIND = {
  args: ["date", "endDate"],
  says: "An event of this kind, its participants read: whether the checks of an event alone beyond its dates' values and its roles find nothing.",
};

/**
 * The roots with a fast path, and the checks beyond the schema it calls (src/validate/fast-path.ts
 * gives them), each with the properties it is given as read and what it says: a date's fields
 * (checks/date-parts.ts `fuzzyPartsHold`, which parses the value and the anchor, so their patterns
 * are its `tests`: test/validate/date-hook-patterns.test.ts holds it to them); each participant's
 * actor and role (checks/roles.ts `rolesExclude`); each quantity's number and unit
 * (checks/quantity-number.ts `numberAndUnitHold`); each kind of event, its dates (event-alone.ts
 * `kindAloneHolds`), and for a meeting the fields its own checks read (`meetingAloneHolds`).
 */
export const FAST_PATH = {
  roots: ["event"],
  hooks: {
    "defs-FuzzyDate.json": {
      name: "date",
      args: ["value", "precision", "method", "anchor", "time", "partOfDay", "qualifier"],
      tests: ["value", "anchor"],
      says: "A date's fields: whether nothing is wrong with its value (value's and anchor's patterns included).",
    },
    "defs-Quantity.json": {
      name: "quantity",
      args: ["precision", "value", "min", "max", "counts", "unit"],
      says: "A quantity's fields: whether its number and unit hold (a range's min and max, a value otherwise; a currency for money, percent for shares, a unit of measure for a coded term).",
    },
    "meeting.json#/$defs/MeetingParticipant": { name: "meetingParticipant", ...PARTICIPANT },
    "coup.json#/$defs/CoupParticipant": { name: "coupParticipant", ...PARTICIPANT },
    "partnership.json#/$defs/PartnershipParticipant": { name: "partnershipParticipant", ...PARTICIPANT },
    "general.json#/$defs/EventParticipant": { name: "eventParticipant", ...PARTICIPANT },
    "meeting.json": {
      name: "meeting",
      args: ["date", "endDate", "scale", "thirdLocation", "location", "participants"],
      says: KIND.says,
    },
    "coup.json": { name: "coup", ...KIND },
    "partnership.json": { name: "partnership", ...KIND },
    "general.json": { name: "event", ...KIND },
  },
};

/** The text of src/generated/fast-path.js. */
export function generateFastPathModule(original) {
  const all = validatorRoots(original);
  const wanted = Object.fromEntries(FAST_PATH.roots.map((name) => [name, all[name]]));
  const { schemas, roots } = withSharedDefinitions(original, wanted);
  return BANNER + generateFastPath(markedSchemas(schemas, roots), roots, FORMATS, FAST_PATH.hooks);
}

/** The text of src/generated/fast-path.d.ts. */
export function fastPathDeclarations() {
  const lines = [BANNER];
  lines.push(
    `/** The checks beyond the schema a fast path calls, each given a value the schema accepted and the properties named as read. */`,
  );
  lines.push(`export interface FastPathHooks {`);
  for (const hook of Object.values(FAST_PATH.hooks))
    lines.push(
      `  /** ${hook.says} */`,
      `  ${hook.name}(self: object, ${hook.args.map((a) => `${a}: any`).join(", ")}): boolean;`,
    );
  lines.push(`}`);
  for (const name of FAST_PATH.roots)
    lines.push(
      `/**`,
      ` * Whether \`data\` is certainly a valid ${name}: the schema, plain data (at most \`maxValues\` values,`,
      ` * no coded term \`isUnknownTerm\` holds for) and \`hooks\`, in one pass. False means "ask check_${name}".`,
      ` */`,
      `export declare function fast_${name}(`,
      `  data: unknown,`,
      `  maxValues: number,`,
      `  isUnknownTerm: (term: Record<string, unknown>) => boolean,`,
      `  hooks: FastPathHooks,`,
      `): boolean;`,
    );
  return `${lines.join("\n")}\n`;
}
