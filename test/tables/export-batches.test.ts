import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetMetadata } from "hyparquet";
import { describe, expect, test } from "vitest";
import { Sinks, type SinkOptions } from "../../src/cli/export-sinks.js";
import { TableParts } from "../../src/cli/export-rows.js";
import { exampleDocument, REAL_EVENT_EXAMPLES } from "../helpers/fixtures.js";

/*
 * Where the files' bytes are decided when export runs on worker threads: the thread that writes
 * adds a worker's batch of rows a document at a time, so a row group ends, and the heaviest table
 * is written out to bound what is held, after the same rows as when it made the rows itself.
 * (test/tables/export-jobs.test.ts runs the CLI both ways; the bound on what is held needs more
 * than 2 Mi characters there, so it is held small here.)
 */

const documents = REAL_EVENT_EXAMPLES.flatMap((name) =>
  [1, 2, 3].map((copy) => {
    const doc = exampleDocument(name) as unknown as Record<string, unknown>;
    return { ...doc, url: `${String(doc["url"])}copy-${copy}/` };
  }),
);

/** Every file under `dir` (its path there) with its bytes as hex. */
const filesOf = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length), readFileSync(path).toString("hex")];
      }),
  );

/** The files written when one thread makes every row. */
function oneThread(options: Omit<SinkOptions, "out">): string {
  const out = mkdtempSync(join(tmpdir(), "export-one-"));
  const sinks = new Sinks({ ...options, out });
  for (const doc of documents) sinks.addDocument(doc);
  sinks.finish();
  return out;
}

/** The files written when workers make the rows in batches of `size` documents. */
function inBatches(options: Omit<SinkOptions, "out">, size: number): string {
  const out = mkdtempSync(join(tmpdir(), "export-batches-"));
  const sinks = new Sinks({ ...options, out });
  const parts = new TableParts(options.format, options.partition === "year");
  for (let i = 0; i < documents.length; i += size) {
    for (const doc of documents.slice(i, i + size)) parts.addDocument(doc);
    sinks.addParts(parts.take());
  }
  sinks.finish();
  return out;
}

/** Row groups of a Parquet file. */
const rowGroups = (file: string) => {
  const bytes = readFileSync(file);
  return parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    .row_groups.length;
};

describe("rows made in batches are written as one thread writes them", () => {
  test.each([
    ["row groups of 5 rows", { format: "parquet", rowGroupSize: 5 }, 4],
    ["at most 20,000 characters held (the heaviest table written out)", { format: "parquet", maxHeldChars: 20_000 }, 4],
    ["both, in batches of 7", { format: "parquet", rowGroupSize: 5, maxHeldChars: 20_000 }, 7],
    ["by year, at most 20,000 characters held", { format: "parquet", partition: "year", maxHeldChars: 20_000 }, 4],
    ["CSV, at most 20,000 characters held", { format: "csv", maxHeldChars: 20_000 }, 4],
  ] as const)("%s", (_, given, size) => {
    const options: Omit<SinkOptions, "out"> = given;
    const one = oneThread(options);
    const batches = inBatches(options, size);
    const files = filesOf(one);
    expect(Object.keys(files).length).toBeGreaterThan(20);
    expect(filesOf(batches)).toEqual(files);
    // The rows were cut: the table is written out in several row groups.
    if (options.format === "parquet" && options.partition === undefined)
      expect(rowGroups(join(one, "articles.parquet"))).toBeGreaterThan(1);
  });
});
