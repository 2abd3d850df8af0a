import type { CheckContext } from "./context.js";
import { typesOf } from "./nodes.js";
import { escapePointerSegment as escapePointer } from "../core/pointer.js";

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Properties whose range search engines rely on: who attends, organises, performs, writes or
 * publishes is a Person or an Organization, never a Country or a Place.
 */
const AGENT_PROPERTIES = new Set(["attendee", "organizer", "performer", "author", "publisher"]);

/** A value of an agent property that is a node of neither class (a Role stands for its value). */
function checkAgentRange(ctx: CheckContext, key: string, value: unknown, at: string): void {
  const values = Array.isArray(value) ? value : [value];
  values.forEach((item, i) => {
    const node = ctx.resolve(item);
    const types = node ? typesOf(node) : [];
    if (types.length === 0 || ctx.isA(types, "Role") || ctx.isA(types, "Person") || ctx.isA(types, "Organization"))
      return;
    ctx.findings.add(
      "warning",
      "vocabulary/range",
      Array.isArray(value) ? `${at}/${i}` : at,
      `is a ${types.join("/")}, but schema.org's ${key} is a Person or an Organization (a country takes part through its government: a GovernmentOrganization)`,
    );
  });
}

/**
 * Every `@type` is a schema.org class and every property a schema.org property (errors); a
 * property outside its domain, or an agent property whose value is no Person or Organization,
 * is a warning; pending terms are noted once each.
 */
export function checkVocabulary(ctx: CheckContext): void {
  const vocab = ctx.vocabulary;
  const noted = new Set<string>();
  const notePending = (term: string, pointer: string) => {
    if (!vocab.isPending(term) || noted.has(term)) return;
    noted.add(term);
    ctx.findings.add(
      "note",
      "vocabulary/pending",
      pointer,
      `"${term}" is in schema.org's pending area: consumers may not understand it yet`,
    );
  };
  for (const node of ctx.nodes) {
    const raw = node.value["@type"];
    const rawTypes = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    rawTypes.forEach((t, i) => {
      const at = `${node.pointer}/@type${Array.isArray(raw) ? `/${i}` : ""}`;
      if (typeof t !== "string") ctx.findings.add("error", "vocabulary/unknown-type", at, "must be a string");
    });
    let allKnown = node.types.length > 0;
    for (const type of node.types) {
      const at = `${node.pointer}/@type`;
      if (EXTERNAL.test(type)) {
        allKnown = false;
        ctx.findings.add(
          "note",
          "vocabulary/external-type",
          at,
          `"${type}" is not a schema.org type; schema.org consumers will ignore it`,
        );
      } else if (!vocab.isClass(type)) {
        allKnown = false;
        const why = vocab.isMember(type)
          ? "an enumeration value, not a class"
          : "not a schema.org class (use Event with name and additionalType for kinds schema.org lacks)";
        ctx.findings.add("error", "vocabulary/unknown-type", at, `"${type}" is ${why}`);
      } else notePending(type, at);
    }
    const isRole = node.types.some((t) => vocab.isClass(t) && vocab.isA(t, "Role"));
    for (const key of Object.keys(node.value)) {
      if (key.startsWith("@") || EXTERNAL.test(key)) continue;
      const at = `${node.pointer}/${escapePointer(key)}`;
      if (!vocab.isProperty(key)) {
        ctx.findings.add("error", "vocabulary/unknown-property", at, `"${key}" is not a schema.org property`);
        continue;
      }
      notePending(key, at);
      if (AGENT_PROPERTIES.has(key)) checkAgentRange(ctx, key, node.value[key], at);
      // A Role carries the property it qualifies (an attendee Role has "attendee").
      if (isRole && key === node.via) continue;
      if (allKnown && !vocab.inDomain(key, node.types)) {
        ctx.findings.add(
          "warning",
          "vocabulary/domain",
          at,
          `"${key}" is not expected on ${node.types.join("/")} by schema.org`,
        );
      }
    }
  }
}
