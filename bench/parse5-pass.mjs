// A stricter baseline for figure 7 than the one issue 27 names (bench/parse5-sax-pass.mjs): read
// every .html file under a directory and run parse5's bare tokenizer over it (what both parse5's
// SAX parser and the checker's page reader are built on), doing nothing with the tokens. Without a
// tree builder's feedback it reads a <script>'s contents as markup: less than an HTML parse.
// Prints the number of pages. The handler is a plain object of empty methods, as a SAX user's
// would be (a Proxy's trap on every token made this floor 1.3–1.9× slower than it is).
// Single-threaded, files read one after another: what one core does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Tokenizer } from "parse5";

const noop = () => {};
const handler = {
  onComment: noop,
  onDoctype: noop,
  onStartTag: noop,
  onEndTag: noop,
  onEof: noop,
  onCharacter: noop,
  onNullCharacter: noop,
  onWhitespaceCharacter: noop,
};
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
