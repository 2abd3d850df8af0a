/*
 * `news-events kinds build`'s TypeScript declarations (index.d.ts): each kind's schema compiled by
 * json-schema-to-typescript (the user's development dependency, handed in by the command), the
 * library's definitions it uses imported from news-events as their own types.
 */
import type { KindSource } from "./kinds-build.js";
import { requiredBaseNames } from "./kinds-base.js";
import { EVENT_BASE, SCHEMA_BASE } from "./kinds-schema.js";

/** json-schema-to-typescript's compile. */
export type CompileTypes = (schema: unknown, name: string, options: Record<string, unknown>) => Promise<string>;

/** The schema as json-schema-to-typescript is given it: the library's definitions as its own types. */
function forTypes(node: unknown, library: ReadonlyMap<string, string>, used: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((n) => forTypes(n, library, used));
  if (node === null || typeof node !== "object") return node;
  const { $ref, ...rest } = node as Record<string, unknown>;
  if (typeof $ref === "string" && $ref.startsWith(SCHEMA_BASE)) {
    const name =
      $ref === EVENT_BASE ? "EventBase" : (/#\/\$defs\/([^/]+)$/.exec($ref)?.[1] ?? library.get($ref) ?? "unknown");
    if (name === "Wikidata") return { ...rest, tsType: "string" };
    if (name !== "unknown") used.add(name);
    return { ...(forTypes(rest, library, used) as object), tsType: name };
  }
  const out: Record<string, unknown> = typeof $ref === "string" ? { $ref } : {};
  for (const [key, value] of Object.entries(rest))
    if (key !== "x-news-events") out[key] = forTypes(value, library, used);
  return out;
}

/**
 * A kind's schema with each event base property it requires named in its own `properties`, typed
 * as the base types it and present: json-schema-to-typescript reads `required` against the schema's
 * own properties only, and left `date` optional (EventBase's) in a kind that requires it.
 */
function withBaseRequiredTypes(schema: Record<string, unknown>, library: readonly unknown[]): Record<string, unknown> {
  const added = requiredBaseNames(schema, library);
  const own = (schema["properties"] ?? {}) as Record<string, unknown>;
  const typed = added.map((name) => [name, { tsType: `NonNullable<EventBase[${JSON.stringify(name)}]>` }]);
  return added.length === 0 ? schema : { ...schema, properties: { ...own, ...Object.fromEntries(typed) } };
}

/** The declarations of the module: the kinds' types, `CustomEvent`, and `kinds`. */
export async function declarations(
  compile: CompileTypes,
  library: readonly unknown[],
  kinds: readonly KindSource[],
): Promise<string> {
  const titles = new Map(
    library.map((s) => [String((s as { $id?: unknown }).$id), String((s as { title?: unknown }).title)] as const),
  );
  const used = new Set<string>();
  const types: string[] = [];
  for (const source of kinds) {
    const schema = forTypes(withBaseRequiredTypes(source.schema, library), titles, used) as Record<string, unknown>;
    types.push(
      await compile({ ...schema, title: source.meta.kind }, source.meta.kind, {
        bannerComment: "",
        additionalProperties: false,
        format: false,
        declareExternallyReferenced: true,
        $refOptions: { resolve: { external: false } },
      }),
    );
  }
  return [
    `import type { KindDefinition } from "news-events/validate";`,
    used.size > 0 ? `import type { ${[...used].sort().join(", ")} } from "news-events";` : "",
    ...types,
    `/** An event of any kind built here. */`,
    `export type CustomEvent = ${kinds.map((k) => k.meta.kind).join(" | ")};`,
    `/** The kinds built here, for createValidator({ kinds }) and toJsonLd(doc, { kinds }). */`,
    `export declare const kinds: readonly KindDefinition[];`,
    `/** The version of news-events that built this module. */`,
    `export declare const builtWith: string;`,
    "",
  ].join("\n");
}
