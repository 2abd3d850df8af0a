// typia compiles ahead of time: `typia generate` turns createEquals<T>() in bench/peers/typia/
// model.ts into plain checking code, which esbuild bundles into one module. No eval at run time.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { versionOf } from "./constraints.mjs";

/** Generates and bundles the typia peer under `work`; returns the module's path. */
export async function buildTypiaPeer(root, work) {
  const out = join(work, "typia");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules/typia/lib/executable/typia.js"),
      "generate",
      "--input",
      join(root, "bench/peers/typia"),
      "--output",
      out,
      "--project",
      join(root, "bench/peers/typia/tsconfig.json"),
    ],
    { cwd: root, stdio: "pipe" },
  );
  const file = join(out, "peer.mjs");
  await build({
    stdin: {
      contents: `import { isMeeting, isCoup } from "./model.ts"; export default { name: "typia ${versionOf("typia")} (generated ahead of time)", eval: false, meeting: isMeeting, coup: isCoup };`,
      resolveDir: out,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: file,
    logLevel: "silent",
    nodePaths: [join(root, "node_modules")],
  });
  return file;
}
