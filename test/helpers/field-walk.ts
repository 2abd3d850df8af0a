/**
 * Walks a document beside its schemas: every property present, with the schema object (its title)
 * that defines it and its JSON Pointer. Used to test claims made per schema field (docs/fields.md).
 */
import { readdirSync, readFileSync } from "node:fs";
import { repoPath } from "./fixtures.js";

type Schema = Record<string, unknown>;

/** One property present in a document: the definition it belongs to, its name and where it is. */
export interface FieldInstance {
  /** The title of the object schema that defines the property (Coup, CoupStep, Person…). */
  readonly owner: string;
  /** The property's name. */
  readonly property: string;
  /** The JSON Pointer of the property's value in the document. */
  readonly pointer: string;
}

const schemas: Record<string, Schema> = Object.fromEntries(
  readdirSync(repoPath("schemas"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => [f, JSON.parse(readFileSync(repoPath(`schemas/${f}`), "utf8")) as Schema]),
);

function resolve(ref: string, file: string): { schema: Schema; file: string } {
  const [target, fragment] = ref.split("#");
  const targetFile = target || file;
  const root = schemas[targetFile];
  if (!root) throw new Error(`no schema file ${targetFile}`);
  if (!fragment) return { schema: root, file: targetFile };
  const name = fragment.replace("/$defs/", "");
  const def = (root.$defs as Record<string, Schema> | undefined)?.[name];
  if (!def) throw new Error(`no definition ${ref}`);
  return { schema: { title: name, ...def }, file: targetFile };
}

const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

function walk(value: unknown, schema: Schema, file: string, owner: string, pointer: string, out: FieldInstance[]) {
  if (typeof schema.$ref === "string") {
    const { schema: target, file: targetFile } = resolve(schema.$ref, file);
    return walk(value, target, targetFile, (target.title as string | undefined) ?? owner, pointer, out);
  }
  const title = (schema.title as string | undefined) ?? owner;
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => walk(item, schema.items as Schema, file, title, `${pointer}/${i}`, out));
    return;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return;
  const record = value as Record<string, unknown>;
  const branches = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (branches) {
    const tag = (schema.discriminator as { propertyName?: string } | undefined)?.propertyName;
    for (const branch of branches) {
      const resolved = typeof branch.$ref === "string" ? resolve(branch.$ref, file) : { schema: branch, file };
      const props = resolved.schema.properties as Record<string, Schema> | undefined;
      const tagSchema = tag === undefined ? undefined : props?.[tag];
      const matches =
        tag === undefined
          ? props !== undefined || resolved.schema.oneOf !== undefined
          : tagSchema?.const === record[tag] ||
            (Array.isArray(tagSchema?.enum) && (tagSchema.enum as unknown[]).includes(record[tag]));
      if (matches) return walk(value, branch, file, title, pointer, out);
    }
    return;
  }
  const props = schema.properties as Record<string, Schema> | undefined;
  if (!props) return;
  for (const [key, child] of Object.entries(record)) {
    const sub = props[key];
    if (!sub) continue;
    const at = `${pointer}/${escape(key)}`;
    out.push({ owner: title, property: key, pointer: at });
    walk(child, sub, file, title, at, out);
  }
}

/**
 * Every property present in a document, with its owner's title and pointer, in document order.
 *
 * @example
 * ```ts
 * fieldInstances({ headline: "h" }); // => [{ owner: "NewsDocument", property: "headline", pointer: "/headline" }]
 * ```
 */
export function fieldInstances(document: unknown): FieldInstance[] {
  const out: FieldInstance[] = [];
  walk(document, schemas["document.json"] as Schema, "document.json", "NewsDocument", "", out);
  return out;
}
