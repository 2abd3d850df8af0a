import fc from "fast-check";

/** Things a hostile value throws: not always an Error, and not always describable. */
const thrownValues = (): unknown[] => {
  const noPrototype = Object.create(null) as object;
  const throwingToString = {
    toString() {
      throw new Error("toString");
    },
  };
  const throwingMessage = Object.defineProperty(new Error("x"), "message", {
    get() {
      throw new Error("message");
    },
  });
  const nullPrototypeError = Object.setPrototypeOf(new Error("x"), null) as object;
  return [
    noPrototype,
    throwingToString,
    throwingMessage,
    nullPrototypeError,
    undefined,
    Symbol("thrown"),
    new RangeError("Invalid string length"),
  ];
};

/** A value that throws (any of `thrownValues`) when it is read in the way `how` names. */
function hostileValue(how: number, thrown: unknown, inner: unknown): unknown {
  const raise = () => {
    throw thrown;
  };
  switch (how) {
    case 0:
      return Object.defineProperty({}, "kind", { get: raise, enumerable: true });
    case 1:
      return new Proxy(
        {},
        { get: raise, ownKeys: raise, getOwnPropertyDescriptor: raise, has: raise, getPrototypeOf: raise },
      );
    case 2: {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }
    case 3:
      return { kind: "Coup", toString: raise, valueOf: raise, toJSON: raise, [Symbol.toPrimitive]: raise };
    case 4:
      return Object.defineProperty([inner], 0, { get: raise, enumerable: true });
    case 5:
      return new Proxy([inner], { get: (t, k) => (k === "length" ? 10_000 : Reflect.get(t, k)) });
    default:
      return Object.defineProperty({ kind: "Meeting" }, "id", { get: raise, enumerable: true });
  }
}

/**
 * Any value at all, or a hostile one: throwing getters and proxy traps, revoked proxies, throwing
 * toString/toJSON, lying array lengths, each throwing anything (including values that cannot be
 * turned into a string). Given as a recipe to call inside the property: fast-check itself reads
 * the values it generates, and a hostile one would throw in fast-check rather than in our code.
 */
export const hostileAnything = (): fc.Arbitrary<() => unknown> =>
  fc.oneof(
    fc
      .anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
        withObjectString: true,
        withBoxedValues: true,
      })
      .map((v) => () => v),
    fc.tuple(fc.nat(6), fc.nat(thrownValues().length - 1), fc.anything()).map(
      ([how, which, inner]) =>
        () =>
          hostileValue(how, thrownValues()[which], inner),
    ),
  );

/** A copy of `doc` with a hostile value put at the path chosen (a key at each level, by index). */
export function withHostileAt(doc: unknown, choices: readonly number[], hostile: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const choice of choices) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length] as string;
    const child = node[key];
    if (child === null || typeof child !== "object") {
      node[key] = hostile;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  const keys = Object.keys(node);
  node[keys[(choices[0] ?? 0) % Math.max(1, keys.length)] ?? "x"] = hostile;
  return copy;
}
