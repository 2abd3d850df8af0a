// The words for each pattern and format, from the annotation beside it in the schemas:
//   "pattern": "^Q[1-9][0-9]*$", "$comment": "expected: a Wikidata QID such as Q965"
// `$comment` is the one keyword every validator accepts without being told of it (Ajv in strict
// mode rejects unknown keywords, and consumers compile the published schemas themselves), and it
// is for readers of the schema, which these words are too.

const PREFIX = "expected: ";

/**
 * Every pattern and format in the schemas with its key and words, one entry per distinct pattern
 * (or format). The key is the `$defs` name when the pattern is a definition's own (Url, Id), else
 * `Owner.property` of its first place (FuzzyDate.time). Throws when a pattern has no words, or one
 * pattern has different words in two places: a message can only say one thing per pattern.
 *
 * @returns {{ key: string, keyword: "pattern" | "format", value: string, words: string }[]}
 */
export function expectations(schemas) {
  const found = [];
  const visit = (node, where, key, inDefs) => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}/${i}`, key, false));
    if (!node || typeof node !== "object") return;
    for (const keyword of ["pattern", "format"]) {
      if (typeof node[keyword] !== "string") continue;
      const comment = node.$comment;
      if (typeof comment !== "string" || !comment.startsWith(PREFIX) || comment.length === PREFIX.length)
        throw new Error(
          `schemas: ${where} has a ${keyword} without words: add "$comment": "${PREFIX}<what it asks for>" beside it`,
        );
      found.push({ key, keyword, value: node[keyword], words: comment.slice(PREFIX.length), first: inDefs, where });
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === "$defs" || k === "properties")
        for (const [name, sub] of Object.entries(v))
          visit(sub, `${where}/${k}/${name}`, k === "$defs" ? name : `${node.title ?? key}.${name}`, k === "$defs");
      else if (typeof v === "object") visit(v, `${where}/${k}`, key, false);
    }
  };
  for (const [file, schema] of Object.entries(schemas)) visit(schema, `${file}#`, schema.title, false);
  // A definition's own pattern names itself, wherever else it is repeated.
  found.sort((a, b) => Number(b.first) - Number(a.first));
  const byValue = new Map();
  for (const entry of found) {
    const id = `${entry.keyword}:${entry.value}`;
    const seen = byValue.get(id);
    if (!seen) byValue.set(id, entry);
    else if (seen.words !== entry.words)
      throw new Error(`schemas: ${entry.where} and ${seen.where} give one ${entry.keyword} different words`);
  }
  return [...byValue.values()].map(({ key, keyword, value, words }) => ({ key, keyword, value, words }));
}
