// A floor for figure 7 beyond the tokenizer pass: what any checker of a site's JSON-LD must at
// least do — read every .html file, run parse5's tokenizer over it with script elements in their
// script state (as a browser's tree builder sets it), collect the text of each
// <script type="application/ld+json"> and JSON.parse it. No rule is applied. Prints the number of
// pages and of blocks parsed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Tokenizer, TokenizerMode } from "parse5";

let pages = 0;
let blocks = 0;
let inJsonLd = false;
let text = "";
let tokenizer;
const noop = () => {};
// A plain object of methods, as bench/parse5-pass.mjs's baseline has (a Proxy's trap on every
// token would slow the floor by 1.3-1.9x and so hide part of the checker's own cost).
const handler = {
  onComment: noop,
  onDoctype: noop,
  onEof: noop,
  onNullCharacter: noop,
  onStartTag(token) {
    if (token.tagName !== "script") return;
    tokenizer.state = TokenizerMode.SCRIPT_DATA;
    inJsonLd = token.attrs.some((a) => a.name === "type" && a.value.trim().toLowerCase() === "application/ld+json");
    text = "";
  },
  onEndTag(token) {
    if (token.tagName === "script" && inJsonLd) {
      JSON.parse(text);
      blocks++;
      inJsonLd = false;
    }
  },
  onCharacter(token) {
    if (inJsonLd) text += token.chars;
  },
  onWhitespaceCharacter(token) {
    if (inJsonLd) text += token.chars;
  },
};
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".html")) {
      tokenizer = new Tokenizer({ sourceCodeLocationInfo: false }, handler);
      tokenizer.write(readFileSync(path, "utf8"), true);
      pages++;
    }
  }
};
walk(process.argv[2]);
process.stdout.write(`${pages} pages, ${blocks} JSON-LD blocks parsed\n`);
