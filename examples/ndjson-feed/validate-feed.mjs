// Validate an NDJSON feed of events with the API, streaming: one line in memory at a time.
// Usage: node examples/ndjson-feed/validate-feed.mjs [FILE]   (default: events.ndjson beside this file)
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { classifyEvent, formatIssue, validateEvent } from "news-events";

const file = process.argv[2] ?? fileURLToPath(new URL("events.ndjson", import.meta.url));
const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
let lineNumber = 0;
let valid = 0;
let invalid = 0;
for await (const line of lines) {
  lineNumber++;
  if (line.trim() === "") continue;
  let record;
  try {
    record = JSON.parse(line);
  } catch (error) {
    invalid++;
    // V8 names an offset for some faults ("… in JSON at position 119"): given as a column, as
    // editors count. Its other messages quote the line back ('…, "{"kind": x}" is not valid JSON'):
    // the quote is dropped. (The CLI, `news-events validate`, locates every fault itself.)
    const at = /^(.*?)(?: in JSON)? at position (\d+)/.exec(error.message);
    const why = at ? at[1] : error.message.replace(/, ".*" is not valid JSON$/s, "");
    const where = at ? `${lineNumber}:${Number(at[2]) + 1}` : `${lineNumber}`;
    console.log(`${file}:${where}: is not valid JSON: ${why}`);
    continue;
  }
  const result = validateEvent(record);
  if (result.ok) {
    valid++;
    // Researchers get the codes beside the readable type.
    const codes = classifyEvent(result.value);
    console.log(`${file}:${lineNumber}: ok ${result.value.kind} ${result.value.id} cameo=${codes.cameo.join(",") || "-"} iptc=${codes.iptcMediaTopics.join(",")}`);
  } else {
    invalid++;
    for (const issue of result.issues) console.log(`${file}:${lineNumber}: ${formatIssue(issue)}`);
  }
}
console.log(`${valid} valid, ${invalid} invalid`);
process.exitCode = invalid > 0 ? 1 : 0;
