import { isRecord } from "../core/json.js";
import { dayNumberOf } from "../model/calendar.js";

/**
 * The first year of a FuzzyDate's value, if it has a real one: an interval open at its end
 * (`2023-11/..`) began in its known year, and one open at its start (`../2024-03-01`) is filed
 * under the one year it names (a trial found both filed under the publication year).
 */
function yearOfDate(date: unknown): number | undefined {
  if (!isRecord(date) || typeof date["value"] !== "string") return undefined;
  const first = dayNumberOf(date["value"], false);
  const day = Number.isFinite(first) ? first : dayNumberOf(date["value"], true);
  return Number.isFinite(day) ? Math.floor(day / 10_000) : undefined;
}

/**
 * The year a document's rows are filed under when an export is partitioned by year: the year its
 * main event began (the first event with `salience: "main"`, else its first event), else the year
 * it was published. An event given on its own: the year it began. Undefined when there is none.
 * All of a document's rows share it, so that its tables join within one partition.
 *
 * @example
 * ```ts
 * partitionYear({ published: "2024-01-02T09:00:00Z", events: [{ kind: "Coup", date: { value: "2023-07-26" } }] }); // => 2023
 * ```
 */
export function partitionYear(document: unknown): number | undefined {
  if (!isRecord(document)) return undefined;
  if (Object.prototype.hasOwnProperty.call(document, "kind")) return yearOfDate(document["date"]);
  const events = Array.isArray(document["events"]) ? (document["events"] as unknown[]).filter(isRecord) : [];
  const main = events.find((e) => e["salience"] === "main") ?? events[0];
  const year = main ? yearOfDate(main["date"]) : undefined;
  if (year !== undefined) return year;
  const published = document["published"];
  return typeof published === "string" && /^\d{4}-/.test(published) ? Number(published.slice(0, 4)) : undefined;
}
