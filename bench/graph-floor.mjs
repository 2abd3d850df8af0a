// The floor of figure 1 (issue 27): what any builder of the JSON-LD graph must at least do is
// allocate the output's objects and arrays. This writes, for one given graph, a function that
// allocates a graph of exactly that shape as nested object and array literals, every string and
// number taken from the input by reference (no formatting, no lookups, no decisions): the cost of
// allocating the output graph alone, for comparison with `toJsonLd` and with `JSON.stringify`.

/** Returns `(graph) => copy`, specialised to `graph`'s shape; the copy equals the graph. */
export function literalCopier(graph) {
  const leaves = [];
  const emit = (value) => {
    if (Array.isArray(value)) return `[${value.map(emit).join(",")}]`;
    if (value !== null && typeof value === "object")
      return `{${Object.entries(value)
        .map(([k, v]) => `${JSON.stringify(k)}:${emit(v)}`)
        .join(",")}}`;
    leaves.push(value);
    return `l[${leaves.length - 1}]`;
  };
  // The leaves are bound once; a call allocates only the objects and arrays.
  const body = emit(graph);
  const make = new Function("l", `return () => (${body});`);
  return make(leaves);
}
