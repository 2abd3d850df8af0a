// The floor for checking a static site: read every .html file under a directory and run parse5's
// tokenizer over it (the SAX pass the checker's page reader is built on), doing nothing with the
// tokens. Prints the number of pages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Tokenizer } from "parse5";

const noop = () => {};
const handler = new Proxy({}, { get: () => noop });
let pages = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".html")) {
      const tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
      tokenizer.write(readFileSync(path, "utf8"), true);
      pages++;
    }
  }
};
walk(process.argv[2]);
process.stdout.write(`${pages}\n`);
