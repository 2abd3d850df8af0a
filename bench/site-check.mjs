// Figure 7 on its own: `news-events check` of a 1,000-page static site against parse5's SAX parser
// (the figure's baseline), its bare tokenizer and the floor (bench/site-floor.mjs), interleaved,
// medians of wall and CPU time and peak RSS, as bench/run.mjs times them; with a second build's
// dist/ named, its check too (an old build against the new one, on the same site). The site is
// written once to .tmp/site1000.
//
//   node bench/site-check.mjs [rounds=7] [other-dist-dir]
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { burkinaFasoRussia } from "../dist/examples.js";
import { ratioOf, timePrograms } from "./processes.mjs";
import { writeSite } from "./site.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const site = join(root, ".tmp", "site1000");
if (!existsSync(site)) writeSite(site, structuredClone(burkinaFasoRussia), 1000);
const rounds = Number(process.argv[2] ?? 7);
const programs = {
  sax: [join(root, "bench/parse5-sax-pass.mjs"), site],
  tokenizer: [join(root, "bench/parse5-pass.mjs"), site],
  floor: [join(root, "bench/site-floor.mjs"), site],
  check: [join(root, "dist/cli.cjs"), "check", site],
};
if (process.argv[3]) programs.other = [join(process.argv[3], "cli.cjs"), "check", site];
const r = timePrograms(programs, "sax", rounds, root);
for (const [k, v] of Object.entries(r))
  console.log(
    `${k.padEnd(9)} wall ${v.ms.toFixed(0)} ms ×${v.ratio.toFixed(2)} (tokenizer ×${ratioOf(v, r.tokenizer).toFixed(2)})  CPU ${v.cpu.toFixed(0)} ms ×${v.cpuRatio.toFixed(2)}  RSS ${v.rss.toFixed(0)} MiB`,
  );
