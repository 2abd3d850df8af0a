// One `news-events export` run for the bench: empties the output folder first (export refuses a
// folder that holds anything), then runs the CLI in this process, so that its peak memory is the
// export's own. Usage: node bench/export-run.mjs OUT ARGS...
import { rmSync } from "node:fs";
const [out, ...args] = process.argv.slice(2);
rmSync(out, { recursive: true, force: true });
process.argv = [process.argv[0], "news-events", "export", ...args, "--out", out];
await import("../dist/cli.js");
