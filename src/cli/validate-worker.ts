import { parentPort } from "node:worker_threads";
import { judge } from "./judge.js";
import { ndjsonRecord } from "./records.js";
import type { LineBatch, BatchVerdicts } from "./parallel.js";

// A worker of `validate --jobs`: decodes, parses and judges batches of NDJSON lines, exactly as the
// single-threaded reader would, and sends back the report lines in the batch's order.
parentPort?.on("message", (batch: LineBatch) => {
  const verdicts: BatchVerdicts = { valid: 0, invalid: 0, lines: [] };
  let start = 0;
  batch.ends.forEach((end, i) => {
    // A negative end marks a line over the record limit: its length, its bytes dropped.
    const piece = end < 0 ? { overlong: -end } : { bytes: batch.bytes.subarray(start, end) };
    if (end >= 0) start = end;
    const record = ndjsonRecord(piece, batch.firstLine + i, batch.maxBytes);
    if (record === undefined) return;
    for (const [ok, lines] of judge(record, batch.display)) {
      if (ok) verdicts.valid++;
      else verdicts.invalid++;
      verdicts.lines.push(...lines);
    }
  });
  parentPort?.postMessage(verdicts);
});
