import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { validateDocument } from "../../src/index.js";
import { fromPlover, toPlover, type FromPloverDefaults, type PloverRecord } from "../../src/plover/index.js";
import { readUntrustedJson } from "../../src/core/untrusted-json.js";
import { repoPath } from "../helpers/fixtures.js";

// The OEDA gold standard (test/plover-gold-standard, CC BY-SA 4.0): 322 events and one header.
const read = readUntrustedJson(
  JSON.parse(readFileSync(repoPath("test/plover-gold-standard/PLOVER_GSR_CAMEO.txt"), "utf8")),
);
if (!read.ok) throw new Error(read.issue.message);
const records = (read.value as unknown as PloverRecord[]).filter((r) => r.event !== "DOCUMENT");

/** What the document still needs: the record holds no article metadata. */
const defaults = (r: PloverRecord): FromPloverDefaults => ({
  headline: r.text?.trim() ?? "PLOVER record",
  url: `https://news.example.org/plover/${String(r.id).toLowerCase()}`,
  published: "2000-01-01T00:00:00+00:00",
  authors: [{ type: "organization", name: "Open Event Data Alliance" }],
  publisher: { name: "Open Event Data Alliance", url: "https://openeventdata.org/" },
});

/** The fields a round trip keeps, each written one way ("" and absent alike; contexts as a set). */
const KEPT = ["event", "eventText", "mode", "context", "source", "target", "date", "dead", "injured", "size"] as const;
function kept(r: PloverRecord): Record<(typeof KEPT)[number], unknown> {
  const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
  const actors = (list: unknown) =>
    Array.isArray(list)
      ? [...new Set(list.map((a: PloverActor) => JSON.stringify([a.actorText, text(a.code), text(a.sector)])))]
      : [];
  const context = text(r.context)
    ?.split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  return {
    event: r.event,
    // The coder's words for the event, as given (a trial found 19 records whose words did not come back).
    eventText: text(r.eventText),
    mode: text(r.mode),
    context: context && [...new Set(context)].join(", "),
    source: actors(r.source),
    target: actors(r.target),
    date: text(r.date),
    dead: text(r.dead),
    injured: text(r.injured),
    size: text(r.size),
  };
}
type PloverActor = NonNullable<PloverRecord["source"]>[number];

test("every gold-standard record becomes a valid document, and toPlover gives back its type, event text, mode, context, actors, date and counts", () => {
  expect(records).toHaveLength(322);
  let valid = 0;
  let kept_ = 0;
  const failures: string[] = [];
  for (const record of records) {
    const { document, missing } = fromPlover(record, defaults(record));
    expect(missing, record.id).toEqual([]);
    const result = validateDocument(document);
    if (result.ok) valid++;
    else failures.push(`${record.id}: ${result.issues.map((i) => `${i.pointer} ${i.message}`).join("; ")}`);
    const back = toPlover(document as Parameters<typeof toPlover>[0]);
    expect(back, record.id).toHaveLength(1);
    expect(kept(back[0]!), record.id).toEqual(kept(record));
    kept_++;
  }
  console.log(
    `PLOVER gold standard: ${valid} of ${records.length} records become valid documents; ${kept_} of ${records.length} keep ${KEPT.join(", ")}`,
  );
  expect(failures).toEqual([]);
  expect(valid).toBe(322);
});
