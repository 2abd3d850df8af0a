/** `T` with its possibly-undefined properties made optional and never undefined. */
export type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * A copy of a node without the properties whose value is undefined or an empty list: JSON-LD
 * leaves out what is not known rather than stating it empty. Key order is kept, so output stays
 * byte-identical.
 *
 * @example
 * ```ts
 * defined({ "@type": "Person", name: "Ana", jobTitle: undefined, sameAs: [] }); // => { "@type": "Person", name: "Ana" }
 * ```
 */
export function defined<T extends object>(fields: T): Defined<T> {
  const out: Record<string, unknown> = {};
  // Keys, then one read each: Object.entries would allocate a [key, value] pair per property.
  const keys = Object.keys(fields);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const value = (fields as Record<string, unknown>)[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) out[key] = value;
  }
  return out as Defined<T>;
}

/**
 * Whether a node keeps `value`, as {@link defined} does: unless it is undefined or an empty list.
 * A node built field by field tests each value with it and stores it under the property's own
 * name (`if (kept(name)) node["name"] = name`): a helper storing under a key it is given
 * (`node[key] = value`) is one store site for every property of every node, which V8 cannot
 * specialise (a sixth of the builder's time, issue 27).
 *
 * @example
 * ```ts
 * kept("Ana"); // => true
 * kept([]); // => false
 * ```
 */
export function kept(value: unknown): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}
