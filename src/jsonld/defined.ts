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
 * Adds `value` to `node` under `key` unless it is undefined or an empty list, as {@link defined}
 * keeps it: a node built field by field needs no second object to copy from.
 *
 * @example
 * ```ts
 * const node: Record<string, unknown> = { "@type": "Person" };
 * put(node, "name", "Ana"); put(node, "sameAs", []); // node => { "@type": "Person", name: "Ana" }
 * ```
 */
export function put(node: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined && !(Array.isArray(value) && value.length === 0)) node[key] = value;
}
