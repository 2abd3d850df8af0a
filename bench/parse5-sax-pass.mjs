// Figure 7's baseline, as issue 27 defines it: "a parse5 SAX pass over the same files". parse5's
// SAX parser is the package parse5-sax-parser (`SAXParser`, a Transform stream over parse5's
// tokenizer, with the tree builder's feedback that puts <script>, <style> and <textarea> contents
// in their own tokenizer states, as an HTML parser must). No listener is attached, so no token is
// turned into an event: the cheapest pass its API allows. Each file is read whole and parsed to its
// end before the next is read (a stream left to drain later would hold every page's text).
// Single-threaded, one file after another: what one core does. Prints the number of pages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { SAXParser } from "parse5-sax-parser";

const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".html")) files.push(path);
  }
};
walk(process.argv[2]);
for (const path of files) {
  const parser = new SAXParser();
  parser.end(readFileSync(path, "utf8"));
  await finished(parser);
}
process.stdout.write(`${files.length}\n`);
