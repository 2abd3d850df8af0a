import type { CheckContext } from "./context.js";
import { dateShape } from "./dates.js";
import { typesOf, valuesOf } from "./nodes.js";
import { escapePointerSegment as escapePointer } from "../core/pointer.js";
import { MARKUP } from "../core/text-rules.js";

const TEXT_FIELDS = new Set(["headline", "description", "name", "alternativeHeadline"]);
const SUSPICIOUS = new Set(["[object Object]", "undefined", "null", "NaN"]);
const PARTICIPANTS = ["attendee", "organizer", "performer", "actor", "contributor", "funder", "sponsor"];

/** Events: real dates with offsets when timed, places as locations, people or organisations as participants. */
export function checkEvents(ctx: CheckContext): void {
  for (const node of ctx.nodes.filter((n) => ctx.isA(n.types, "Event"))) {
    for (const key of ["startDate", "endDate"]) {
      const value = node.value[key];
      if (value === undefined) continue;
      const shape = dateShape(value);
      const at = `${node.pointer}/${key}`;
      if (shape === "invalid")
        ctx.findings.add(
          "error",
          "event/date-format",
          at,
          `must be an ISO 8601 date or date-time (got ${JSON.stringify(value)})`,
        );
      if (shape === "date-time-without-offset")
        ctx.findings.add(
          "error",
          "event/date-offset",
          at,
          `must have a UTC offset when it has a time (got ${JSON.stringify(value)})`,
        );
    }
    valuesOf(node.value["location"]).forEach((value) => {
      const place = ctx.resolve(value);
      if (typeof value === "string" || !place) return;
      const types = typesOf(place);
      if (!["Place", "PostalAddress", "VirtualLocation"].some((t) => ctx.isA(types, t))) {
        ctx.findings.add(
          "warning",
          "event/location",
          `${node.pointer}/location`,
          `should be a Place, PostalAddress or VirtualLocation (got ${types.join("/") || "no @type"})`,
        );
      }
    });
    for (const key of PARTICIPANTS) {
      valuesOf(node.value[key]).forEach((value, i) => {
        const role = ctx.resolve(value);
        const target = role && ctx.isA(typesOf(role), "Role") ? ctx.resolve(role[key]) : role;
        if (typeof value === "string") {
          ctx.findings.add(
            "warning",
            "event/participant",
            `${node.pointer}/${key}/${i}`,
            "should be a node or a reference, not free text",
          );
        } else if (target && !["Person", "Organization", "Place"].some((t) => ctx.isA(typesOf(target), t))) {
          ctx.findings.add(
            "warning",
            "event/participant",
            `${node.pointer}/${key}/${i}`,
            `should be a Person or Organization (got ${typesOf(target).join("/") || "no @type"})`,
          );
        }
      });
    }
  }
}

/** Text that a generator should not have produced: markup, stringified non-values, empty strings; and the payload's size. */
export function checkText(ctx: CheckContext): void {
  const visit = (value: unknown, pointer: string, key: string, depth: number): void => {
    if (depth > 64) return;
    if (typeof value === "string") {
      if (SUSPICIOUS.has(value))
        ctx.findings.add(
          "warning",
          "text/suspicious",
          pointer,
          `is the text ${JSON.stringify(value)}: a missing or unserialised value?`,
        );
      else if (value.trim() === "") ctx.findings.add("warning", "text/empty", pointer, "is empty");
      else if (TEXT_FIELDS.has(key) && MARKUP.test(value)) {
        ctx.findings.add(
          "warning",
          "text/markup",
          pointer,
          `contains HTML tags or entities, which consumers treat differently (got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)})`,
        );
      }
    } else if (typeof value === "number" && !Number.isFinite(value)) {
      ctx.findings.add("error", "text/not-json", pointer, "is not a finite number");
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${pointer}/${i}`, key, depth + 1));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, `${pointer}/${escapePointer(k)}`, k, depth + 1);
    }
  };
  visit(ctx.input, "", "", 0);
  const max = ctx.options.maxBytes ?? 32_768;
  const bytes = new TextEncoder().encode(JSON.stringify(ctx.input) ?? "").length;
  if (bytes > max)
    ctx.findings.add("warning", "text/size", "", `is ${bytes} bytes of JSON, over the ${max}-byte budget`);
}
