// The relational layout of a document (news-events/tables, `news-events export`), derived from the
// schemas by a few rules, so that a new kind, field or definition gets its columns without a list
// here to keep up to date:
// - the document is one row of `articles`; each event one row of `events` (every kind's fields
//   side by side, `kind` saying which); each item of an array of objects a row of the table named
//   for the array (`participants` of every kind together), or for its definition when that
//   definition is used under several names (Evidence: `evidence` and `mentions` → `evidence`);
// - an object used under several names (FuzzyDate: date, endDate, signed…) is a row of its own
//   table too (`dates`); any other nested object is flattened into its owner's columns
//   (publisher → publisher_name, publisher_url);
// - each item of an array of plain values (places, speakers, keywords, initiators) is a row of
//   `list_items`, whatever array it is in;
// - a scalar is a column typed from the schema; a DateTime a TIMESTAMP with its written form beside
//   (`_text`); a CalendarDate its written form with its first and last day as DATEs; a coded term
//   (a known token, or a Term) three columns: the token or code, `_scheme`, `_label`.
import { BANNER, resolveRef } from "./schemas.mjs";

/** Table names for definitions whose own title would read badly as a table name. */
const DEF_TABLE_NAMES = { FuzzyDate: "dates", Evidence: "evidence" };

/** SQL keywords a column may not be named without quotes (DuckDB, Spark, BigQuery): such a column gets a trailing `_`. */
const RESERVED = new Set(
  "all and any as asc between both by case cast check collate column constraint create cross current default desc distinct do else end except false fetch for foreign from full grant group having in inner intersect interval into is join lateral leading left like limit natural not null offset on only or order outer primary references right select some table then to trailing true union unique user using when where window with".split(
    " ",
  ),
);

/** lowerCamelCase → snake_case, then `suffix`; a trailing `_` when that is an SQL keyword. */
export function columnName(path, suffix = "") {
  const name = path.map((p) => p.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase()).join("_") + suffix;
  return RESERVED.has(name) ? `${name}_` : name.replace(/[^a-z0-9_]/g, "_");
}

const plural = (word) =>
  /(s|x)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;

/** How many distinct property names refer to each definition (directly or as array items), by `file#name`. */
/** Whether a pattern takes written dates (a day, a month) and rejects what no date is. */
const isDatePattern = (re) =>
  ["2023-11-07", "2023-11"].every((d) => re.test(d)) && !["a", "2023-13-01", "2023-11-07x"].some((d) => re.test(d));

function definitionUses(schemas) {
  const uses = new Map();
  const visit = (node, file) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, file));
    if (!node || typeof node !== "object") return;
    for (const [key, prop] of Object.entries(node.properties ?? {})) {
      const ref = prop?.$ref ?? (prop?.type === "array" ? prop.items?.$ref : undefined);
      if (typeof ref !== "string") continue;
      const { file: f, name } = resolveRef(schemas, ref, file);
      const id = `${f}#${name}`;
      if (!uses.has(id)) uses.set(id, new Set());
      uses.get(id).add(key);
    }
    for (const value of Object.values(node)) if (value && typeof value === "object") visit(value, file);
  };
  for (const [file, schema] of Object.entries(schemas)) visit(schema, file);
  return uses;
}

/** Follows `$ref`s: `{ node, file, id, title }` of the schema finally named. */
function follow(schemas, node, file) {
  let id;
  let title = node.title;
  while (typeof node.$ref === "string") {
    const r = resolveRef(schemas, node.$ref, file);
    ({ file } = r);
    id = `${r.file}#${r.name}`;
    title = r.def.title ?? r.name;
    // A $ref beside its own keywords (Image.url: a Url that must also be https): the keywords win.
    node = node.type ? { ...r.def, ...node, $ref: undefined } : r.def;
  }
  return { node, file, id, title };
}

const SCALAR_TYPES = { string: "STRING", integer: "INT64", number: "DOUBLE", boolean: "BOOLEAN" };

/** The type of a plain value schema (enum, const, type), or undefined. */
function scalarType(node) {
  if (node.enum || node.const !== undefined) {
    const values = node.enum ?? [node.const];
    return values.every((v) => typeof v === "string") ? "STRING" : undefined;
  }
  return typeof node.type === "string" ? SCALAR_TYPES[node.type] : undefined;
}

/** The variants of an anyOf/oneOf, followed. */
const variants = (schemas, node, file) => (node.anyOf ?? node.oneOf ?? []).map((v) => follow(schemas, v, file));

const isTerm = (v) => v.title === "Term" || v.id === "defs.json#Term";

/**
 * What one property's value becomes: a field of the table's shape. `add(table, shapeSources)`
 * registers a table fed by object schemas.
 */
function fieldOf(ctx, key, raw, file) {
  const { schemas, uses } = ctx;
  const { node, file: at, id, title } = follow(schemas, raw, file);
  const description = raw.description ?? node.description ?? "";
  const alts = variants(schemas, node, at);
  if (isTerm({ title, id }) || alts.some(isTerm)) return { kind: "coded", description };
  if (title === "DateTime") return { kind: "datetime", description };
  // A CalendarDate, or a string whose pattern takes dates as they are written and nothing else
  // (FuzzyDate's value, which also takes intervals and open bounds; an id pattern takes "a" too).
  if (title === "CalendarDate" || (node.pattern && isDatePattern(new RegExp(node.pattern))))
    return { kind: "calendar", description };
  if (node.type === "array") {
    const items = follow(schemas, node.items ?? {}, at);
    const itemAlts = variants(schemas, items.node, items.file);
    if (isTerm(items) || itemAlts.some(isTerm)) return { kind: "list", coded: true, description };
    if (!isObject(items.node, itemAlts)) return { kind: "list", coded: false, description };
    const named = items.id && (uses.get(items.id)?.size ?? 0) > 1;
    const table = named ? tableNameOf(items.title) : columnName([key]);
    ctx.add(table, items, description);
    return { kind: "rows", table, description };
  }
  if (isObject(node, alts)) {
    if (id && (uses.get(id)?.size ?? 0) > 1) {
      const table = tableNameOf(title);
      ctx.add(table, { node, file: at }, description);
      return { kind: "table", table, description };
    }
    return { kind: "object", shape: shapeOf(ctx, [{ node, file: at }]), description };
  }
  const type = scalarType(node) ?? (alts.length > 0 ? mixedType(alts) : "JSON");
  return { kind: "scalar", type, description };
}

const tableNameOf = (title) => DEF_TABLE_NAMES[title] ?? columnName([plural(title[0].toLowerCase() + title.slice(1))]);

/** An object schema: properties, or a union of object schemas. */
const isObject = (node, alts) =>
  node.type === "object" ||
  node.properties !== undefined ||
  (alts.length > 0 && alts.every((a) => isObject(a.node, [])));

/** A value that may be one of several plain types is kept as JSON, unless all are the same type. */
function mixedType(alts) {
  const types = new Set(alts.map((a) => scalarType(a.node) ?? "JSON"));
  return types.size === 1 ? [...types][0] : "JSON";
}

/** Every property of the object schemas (and of their oneOf/anyOf variants), in first-seen order. */
function propertiesOf(schemas, sources) {
  const out = [];
  const visit = ({ node, file }) => {
    for (const [key, prop] of Object.entries(node.properties ?? {})) out.push([key, prop, file]);
    for (const v of variants(schemas, node, file)) visit(v);
  };
  sources.forEach(visit);
  return out;
}

/** Two fields under one name (two kinds' `status`): the one that holds both, else JSON. */
function mergeFields(a, b) {
  if (a.kind === b.kind && a.kind === "scalar") return a.type === b.type ? a : { ...a, type: "JSON" };
  if (a.kind === b.kind && a.kind === "object") return { ...a, shape: mergeShapes(a.shape, b.shape) };
  if (a.kind === b.kind && a.kind === "list") return { ...a, coded: a.coded || b.coded };
  if (a.kind === b.kind && (a.kind !== "rows" && a.kind !== "table" ? true : a.table === b.table)) return a;
  const coded = [a, b].find((f) => f.kind === "coded");
  const plain = [a, b].find((f) => f.kind === "scalar" && f.type === "STRING");
  if (coded && plain) return coded;
  return { kind: "scalar", type: "JSON", description: a.description };
}

function mergeShapes(a, b) {
  const out = { ...a };
  for (const [key, field] of Object.entries(b)) out[key] = out[key] ? mergeFields(out[key], field) : field;
  return out;
}

/** The shape of objects: each property's field, `$`-properties ($schema) left out. */
function shapeOf(ctx, sources) {
  let shape = {};
  for (const [key, prop, file] of propertiesOf(ctx.schemas, sources)) {
    if (key.startsWith("$")) continue;
    shape = mergeShapes(shape, { [key]: fieldOf(ctx, key, prop, file) });
  }
  return shape;
}

/**
 * The layout: `{ tables: [{ name, description, shape }] }`, `articles` first, then the tables in
 * the order the document's properties first reach them, `list_items` last.
 */
export function tableLayout(schemas) {
  const uses = definitionUses(schemas);
  const sources = new Map();
  const descriptions = new Map();
  const order = [];
  const ctx = {
    schemas,
    uses,
    add(table, source, description) {
      if (!sources.has(table)) {
        sources.set(table, []);
        descriptions.set(table, description);
        order.push(table);
      }
      if (!sources.get(table).some((s) => s.node === source.node)) sources.get(table).push(source);
    },
  };
  ctx.add("articles", { node: schemas["document.json"], file: "document.json" }, schemas["document.json"].description);
  const shapes = new Map();
  // Shapes are made until no new table or source appears (a table's shape can add tables).
  for (let changed = true; changed;) {
    changed = false;
    for (const table of [...order]) {
      const count = sources.get(table).length;
      if (shapes.get(table)?.count === count) continue;
      shapes.set(table, { count, shape: shapeOf(ctx, sources.get(table)) });
      changed = true;
    }
  }
  const tables = order.map((name) => ({ name, description: descriptions.get(name), shape: shapes.get(name).shape }));
  return { tables };
}

/** Columns of a shape: `[name, type, description]`, flattened objects prefixed by their path. */
export function shapeColumns(shape, path = []) {
  const out = [];
  for (const [key, field] of Object.entries(shape)) {
    const at = [...path, key];
    const name = columnName(at);
    const d = field.description;
    if (field.kind === "scalar") out.push([name, field.type, d]);
    else if (field.kind === "datetime")
      out.push([name, "TIMESTAMP", `${d} (UTC)`], [columnName(at, "_text"), "STRING", "As written, with its offset."]);
    else if (field.kind === "calendar")
      out.push(
        [name, "STRING", `${d} (as written)`],
        [columnName(at, "_earliest"), "DATE", "Its first day."],
        [columnName(at, "_latest"), "DATE", "Its last day."],
      );
    else if (field.kind === "coded")
      out.push(
        [name, "STRING", `${d} (the token, or the coded term's code)`],
        [
          columnName(at, "_scheme"),
          "STRING",
          "The coded term's scheme (plover, cameo, wikidata, iptc…); empty for a token.",
        ],
        [columnName(at, "_label"), "STRING", "The coded term's label."],
      );
    else if (field.kind === "object") out.push(...shapeColumns(field.shape, at));
  }
  return out;
}

/** The key columns every table but `articles` starts with. */
export const CHILD_KEYS = [
  [
    "article_url",
    "STRING",
    "The article's canonical URL (null for an event given on its own, an empty field in CSV: its rows are keyed by `event_id` and `row`).",
  ],
  ["row", "STRING", "JSON Pointer of this item in its document: unique per article."],
  ["parent_table", "STRING", "The table of the item this one belongs to."],
  ["parent_row", "STRING", "The row (JSON Pointer) of the item this one belongs to."],
  ["event_row", "STRING", "The row of the event this item is part of, if any."],
  [
    "event_id",
    "STRING",
    "The `id` of the event this item is part of (an event's own row: its `id`), if any; with `article_url` and `row`, the key of every row, also of an event given on its own.",
  ],
  ["field", "STRING", "The property path from the parent item (participants, instrument/clauses, date)."],
  ["position", "INT32", "Its index in that array; empty for a single object."],
];
const ARTICLE_KEYS = CHILD_KEYS.slice(0, 2);
const LIST_COLUMNS = [
  ["value", "STRING", "The value (a token, an id, a QID, text; a coded term's code)."],
  ["value_scheme", "STRING", "A coded term's scheme; empty otherwise."],
  ["value_label", "STRING", "A coded term's label."],
];
const EXTRA = ["extra", "JSON", "Fields the layout has no column for (a user-defined kind's own), as one JSON object."];

/**
 * The codes `classifyEvent` (news-events/model) gives each event, in columns of the events table
 * after its own fields: what a data team groups and joins events by (every CONSULT, every CAMEO
 * 042) across kinds, where each kind states them differently or not at all. Derived, not stated:
 * a meeting's come from its fields (a held visit is CAMEO 042/043, PLOVER CONSULT, mode visit); a
 * general event's, or one of a kind of the user's own, are the codes it states. Empty when there
 * are none (a cancelled meeting). Their names are src/tables/derived-codes.ts's.
 */
export const DERIVED_EVENT_COLUMNS = [
  [
    "derived_cameo",
    "JSON",
    "CAMEO codes of the event, as `classifyEvent` derives them (an array; empty when none: a coup, a cancelled meeting).",
  ],
  ["derived_plover", "STRING", "PLOVER event type (CONSULT, AGREE, COERCE…), as `classifyEvent` derives it."],
  [
    "derived_plover_mode",
    "STRING",
    "PLOVER mode within that type (visit, phone, seize…), as `classifyEvent` derives it.",
  ],
  [
    "derived_plover_contexts",
    "JSON",
    "PLOVER contexts (diplomatic, military…), as `classifyEvent` derives them (an array).",
  ],
  ["derived_iptc", "JSON", "IPTC Media Topic codes (without `medtop:`), as `classifyEvent` derives them (an array)."],
  [
    "derived_wikidata",
    "JSON",
    "Wikidata classes (QIDs) the event is an instance of, as `classifyEvent` derives them (an array).",
  ],
];

/** Every table with its columns: `[{ name, description, columns: [[name, type, description]] }]`. */
export function tableColumns(layout) {
  const tables = layout.tables.map(({ name, description, shape }) => ({
    name,
    description,
    columns: [
      ...(name === "articles" ? ARTICLE_KEYS : CHILD_KEYS),
      ...shapeColumns(shape),
      ...(name === "events" ? DERIVED_EVENT_COLUMNS : []),
      EXTRA,
    ],
  }));
  tables.push({
    name: "list_items",
    description:
      "Each value of an array of plain values (an event's places, a quote's speakers, keywords, initiators).",
    columns: [...CHILD_KEYS, ...LIST_COLUMNS],
  });
  return tables;
}

/** A shape as the walker reads it: each field with the names of the columns it fills. */
function runtimeShape(shape, path = []) {
  const out = {};
  for (const [key, field] of Object.entries(shape)) {
    const at = [...path, key];
    const c = columnName(at);
    if (field.kind === "scalar") out[key] = { kind: "scalar", column: c, type: field.type };
    else if (field.kind === "datetime") out[key] = { kind: "datetime", column: c, text: columnName(at, "_text") };
    else if (field.kind === "calendar")
      out[key] = {
        kind: "calendar",
        column: c,
        earliest: columnName(at, "_earliest"),
        latest: columnName(at, "_latest"),
      };
    else if (field.kind === "coded")
      out[key] = { kind: "coded", column: c, scheme: columnName(at, "_scheme"), label: columnName(at, "_label") };
    else if (field.kind === "object") out[key] = { kind: "object", shape: runtimeShape(field.shape, at) };
    else if (field.kind === "list") out[key] = { kind: "list", coded: field.coded };
    else out[key] = { kind: field.kind, table: field.table };
  }
  return out;
}

/** The text of src/generated/table-layout.ts. */
export function generateTableLayout(schemas) {
  const layout = tableLayout(schemas);
  const shapes = layout.tables.map((t) => ({ name: t.name, shape: runtimeShape(t.shape) }));
  const columns = tableColumns(layout).map((t) => ({ name: t.name, columns: t.columns.map(([n, type]) => [n, type]) }));
  return `${BANNER}
/** How each table's rows are read from the items it holds (scripts/generate/tables.mjs). */
export const TABLE_SHAPES = [
${shapes.map((t) => `  ${JSON.stringify(t)},`).join("\n")}
] as const;

/** Each table's columns, in order, with their types. */
export const TABLE_COLUMNS = [
${columns.map((t) => `  ${JSON.stringify(t)},`).join("\n")}
] as const;

/**
 * The properties of the event base (schemas/event-base.json): all an event of a kind of the
 * user's own has columns for; its own properties are its row's \`extra\`.
 */
export const EVENT_BASE_KEYS: readonly string[] = ${JSON.stringify(Object.keys(schemas["event-base.json"].properties))};
`;
}

/** The generated section of docs/tables.md: a table of columns per table. */
export function generateTablesDoc(schemas) {
  const cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return tableColumns(tableLayout(schemas))
    .map(
      (t) =>
        `### ${t.name}\n\n${cell(t.description)}\n\n| column | type | meaning |\n|---|---|---|\n${t.columns
          .map(([n, type, d]) => `| \`${n}\` | ${type} | ${cell(d)} |`)
          .join("\n")}\n`,
    )
    .join("\n");
}

export const DOC_START = "<!-- tables:start (generated from schemas/*.json by scripts/generate/tables.mjs) -->";
export const DOC_END = "<!-- tables:end -->";

/** docs/tables.md with its generated section replaced by `section`. */
export function withTablesSection(doc, section) {
  const start = doc.indexOf(DOC_START);
  const end = doc.indexOf(DOC_END);
  if (start === -1 || end < start) throw new Error(`docs/tables.md: the markers ${DOC_START} … ${DOC_END} are missing`);
  return `${doc.slice(0, start + DOC_START.length)}\n\n${section}\n${doc.slice(end)}`;
}
