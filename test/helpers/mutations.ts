/*
 * Changes to a JSON value at one place, for tests that break a valid document in every way a broken
 * feed can (the validators' property tests, the JSON-LD guard's shape tests).
 */

type Json = unknown;

/**
 * Every location in a JSON value, as pointer and value (the value itself at "").
 *
 * @example
 * ```ts
 * locations({ a: [1] }); // => [["", { a: [1] }], ["/a", [1]], ["/a/0", 1]]
 * ```
 */
export function locations(value: Json, pointer = ""): [string, Json][] {
  const out: [string, Json][] = [[pointer, value]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...locations(v, `${pointer}/${i}`)));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value))
      out.push(...locations(v, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  return out;
}

/**
 * A value of another JSON type than the one given: what a broken feed puts in its place.
 *
 * @example
 * ```ts
 * wrongType("Niamey"); // => 42
 * wrongType({ url: "https://x.example/" }); // => [{ url: "https://x.example/" }]
 * ```
 */
export function wrongType(value: Json): Json {
  if (typeof value === "string") return 42;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return "true";
  if (Array.isArray(value)) return "[]";
  return [value];
}

/**
 * A copy of `root` with the value at `pointer` made by `make` from the one there; undefined
 * removes a property (an array's item becomes undefined).
 *
 * @example
 * ```ts
 * setAt({ a: { b: 1 } }, "/a/b", () => undefined); // => { a: {} }
 * ```
 */
export function setAt(root: Json, pointer: string, make: (old: Json) => Json | undefined): Json {
  const copy = structuredClone(root) as Record<string, unknown>;
  const keys = pointer
    .slice(1)
    .split("/")
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = keys.pop() ?? "";
  let parent: Record<string, unknown> = copy;
  for (const key of keys) parent = parent[key] as Record<string, unknown>;
  const next = make(parent[last]);
  if (next === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = next;
  return copy;
}
