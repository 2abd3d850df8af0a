// The checker's rules on Event nodes: dates that exist, an offset where no place gives a time zone,
// places that are places, participants that are nodes.
import { slot, type CheckContext } from "../context.js";
import { dateShape, invalidDateMessage } from "../dates.js";
import { typesOf, valuesOf, type JsonLdNode } from "../nodes.js";
import { rule } from "../rule.js";
import { EVENT_OFFSET } from "./sources.js";
import { AGENT_PROPERTIES } from "./vocabulary.js";

const PARTICIPANTS = [...AGENT_PROPERTIES].filter((key) => key !== "author" && key !== "publisher");

/** The Event nodes of the graph, found once per check for the rules that read them (not mutated). */
const EVENTS = slot<readonly JsonLdNode[]>("events");

const events = (ctx: CheckContext): readonly JsonLdNode[] =>
  ctx.kept(EVENTS) ??
  ctx.keep(
    EVENTS,
    ctx.entities.filter((n) => ctx.isA(n.types, "Event")),
  );

/** True for an event held online: its attendance mode says so, or its only location is a VirtualLocation. */
function online(ctx: CheckContext, node: JsonLdNode): boolean {
  const mode = String(node.value["eventAttendanceMode"] ?? "");
  if (/OnlineEventAttendanceMode$/.test(mode)) return true;
  const places = valuesOf(node.value["location"]).map((v) => ctx.resolve(v));
  return places.length > 0 && places.every((p) => p !== undefined && ctx.isA(typesOf(p), "VirtualLocation"));
}

/** An Event's start and end dates, with their paths. */
function* eventDates(ctx: CheckContext): Generator<[JsonLdNode, string, unknown]> {
  for (const node of events(ctx))
    for (const key of ["startDate", "endDate"])
      if (node.value[key] !== undefined) yield [node, `/${key}`, node.value[key]];
}

export const EVENT_DATE_FORMAT = rule({
  id: "event/date-format",
  severity: "error",
  summary: "an Event's `startDate` and `endDate` are ISO 8601 dates or date-times, of days and times that exist",
  run(ctx, report) {
    for (const [node, path, value] of eventDates(ctx))
      if (dateShape(value) === "invalid")
        report.add(node, path, invalidDateMessage(value, "date or date-time"), paramsOfValue(value));
  },
});

export const EVENT_DATE_OFFSET = rule({
  id: "event/date-offset",
  severity: "error",
  summary:
    "an online Event's date-time has a UTC offset (a local time without one is the event's local time, as in Google's own examples)",
  source: EVENT_OFFSET,
  run(ctx, report) {
    for (const [node, path, value] of eventDates(ctx))
      if (dateShape(value) === "date-time-without-offset" && online(ctx, node))
        report.add(
          node,
          path,
          `must have a UTC offset: the event is online, where no local time zone says when (got ${JSON.stringify(value)})`,
          paramsOfValue(value),
        );
  },
});

export const EVENT_LOCATION = rule({
  id: "event/location",
  severity: "warning",
  summary: "an Event's `location` is a Place, PostalAddress or VirtualLocation",
  run(ctx, report) {
    for (const node of events(ctx)) {
      for (const value of valuesOf(node.value["location"])) {
        const place = ctx.resolve(value);
        if (typeof value === "string" || !place) continue;
        const types = typesOf(place);
        if (["Place", "PostalAddress", "VirtualLocation"].some((t) => ctx.isA(types, t))) continue;
        report.add(
          node,
          "/location",
          `should be a Place, PostalAddress or VirtualLocation (got ${types.join("/") || "no @type"})`,
          { types: types.join("/") },
        );
      }
    }
  },
});

export const EVENT_PARTICIPANT = rule({
  id: "event/participant",
  severity: "warning",
  summary:
    "an Event's participant (attendee, organizer, performer…) is a node or a reference, not free text (its type: `vocabulary/range`)",
  run(ctx, report) {
    for (const node of events(ctx)) {
      for (const key of PARTICIPANTS) {
        const value = node.value[key];
        valuesOf(value).forEach((item, i) => {
          if (typeof item === "string")
            report.add(
              node,
              `/${key}${Array.isArray(value) ? `/${i}` : ""}`,
              "should be a node or a reference, not free text",
              {
                got: item,
              },
            );
        });
      }
    }
  },
});

/** The params of a message that names a value received. */
function paramsOfValue(value: unknown): { got: string | number | boolean } | undefined {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? { got: value }
    : undefined;
}
