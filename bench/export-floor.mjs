// The floor under issue 26's export figure: the CPU time hyparquet-writer alone takes to write a
// feed's rows as Parquet, from rows already made and held (row groups of 10,000 rows or 512 Ki
// characters per table, as `export` makes them before its across-tables bound splits some). Only
// the writing is timed; reading, validating, walking and holding are not. Added to the CPU time of
// `validate --jobs 1` on the same feed, it is what a one-thread export cannot go below.
// Usage: node bench/export-floor.mjs FEED.ndjson   (after `npx tsup`)
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { ParquetTableWriter, rowsOf, TABLES } from "../dist/tables.js";

/**
 * Writes every row of the feed's documents, one row group per Parquet writer (its footer included
 * in the time, a few hundred bytes a group), and returns the writing's CPU ms and the bytes made.
 *
 * @param {string} feed an NDJSON file of documents
 */
export function writerFloor(feed) {
  const columns = new Map(TABLES.map((t) => [t.name, t.columns]));
  const held = new Map();
  let cpu = 0;
  let bytes = 0;
  const writeOut = (table) => {
    const started = process.cpuUsage();
    held.get(table).finish();
    const used = process.cpuUsage(started);
    cpu += (used.user + used.system) / 1000;
    held.delete(table);
  };
  const options = { rowGroupSize: Number.POSITIVE_INFINITY, rowGroupChars: Number.POSITIVE_INFINITY };
  for (const line of readFileSync(feed, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    for (const { table, values } of rowsOf(JSON.parse(line))) {
      let writer = held.get(table);
      if (!writer)
        held.set(table, (writer = new ParquetTableWriter(columns.get(table), (b) => (bytes += b.length), options)));
      writer.add(values);
      if (writer.buffered >= 10_000 || writer.heldChars >= 512 * 1024) writeOut(table);
    }
  }
  for (const table of [...held.keys()]) writeOut(table);
  return { cpu, bytes };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const { cpu, bytes } = writerFloor(process.argv[2]);
  console.log(`hyparquet-writer alone: ${cpu.toFixed(0)} ms of CPU, ${bytes} bytes`);
}
