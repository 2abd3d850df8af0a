// Baseline for the NDJSON figure: read a file line by line and only JSON.parse each line.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

let count = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line.trim() !== "") {
    JSON.parse(line);
    count++;
  }
}
console.log(`${count} parsed`);
