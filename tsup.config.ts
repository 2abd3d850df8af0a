import { chmodSync, renameSync, rmSync } from "node:fs";
import { rollup } from "rollup";
import { defineConfig } from "tsup";

/** The CLI's entries, by their names in dist/. */
const CLI_ENTRIES = {
  cli: "src/cli/main.ts",
  "cli/validate-worker": "src/cli/validate-worker.ts",
  "cli/export-worker": "src/cli/export-worker.ts",
  "cli/export-thread-worker": "src/cli/export-thread-worker.ts",
};

/**
 * Rollup merges the CLI's small chunks (esbuild makes one per set of commands sharing a module:
 * `validate doc.json` read 20 files, 15 of them under 6 KB) into those loaded with them, 3-9 ms
 * sooner (issue 27's figure 5), and writes them as CommonJS (`.cjs`): a program whose entry is an ES
 * module starts Node's ES module loader first, which costs an empty module 17 ms over `node -e 0`;
 * a CommonJS one never starts it unless it imports an ES module. The commands' own chunks are
 * `require`d when they run; an import with no fixed name (a `--kinds` module the user built, which
 * is an ES module) stays an `import()`. Rollup's output replaces tsup's.
 */
async function mergeSmallCliChunks(): Promise<void> {
  const input = Object.fromEntries(Object.keys(CLI_ENTRIES).map((name) => [name, `dist/${name}.js`]));
  rmSync("dist/.cli-merged", { recursive: true, force: true });
  const bundle = await rollup({
    input,
    external: (id) => !id.startsWith(".") && !id.startsWith("/"),
    // Its account of the merging ("41 are below minChunkSize") is not news at every build.
    onLog: (level, log, handler) => void (level === "info" ? undefined : handler(level, log)),
    plugins: [
      {
        name: "import-what-has-no-fixed-name",
        renderDynamicImport: ({ targetModuleId }) => (targetModuleId === null ? { left: "import(", right: ")" } : null),
      },
    ],
  });
  await bundle.write({
    dir: "dist/.cli-merged",
    format: "cjs",
    dynamicImportInCjs: false,
    entryFileNames: "[name].cjs",
    // tsup's names already carry a hash of their content.
    chunkFileNames: "cli/[name].cjs",
    experimentalMinChunkSize: 16 * 1024,
  });
  await bundle.close();
  rmSync("dist/cli", { recursive: true });
  rmSync("dist/cli.js");
  renameSync("dist/.cli-merged/cli", "dist/cli");
  renameSync("dist/.cli-merged/cli.cjs", "dist/cli.cjs");
  chmodSync("dist/cli.cjs", 0o755);
  rmSync("dist/.cli-merged", { recursive: true });
}

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      validate: "src/validate/index.ts",
      jsonld: "src/jsonld/index.ts",
      check: "src/check/index.ts",
      examples: "src/examples/index.ts",
      ninjs: "src/ninjs/index.ts",
      "linked-data": "src/linked-data/index.ts",
      tables: "src/tables/index.ts",
      plover: "src/plover/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    // The standalone validators import Ajv's runtime helpers and format checks: inline them, so
    // consumers get no Ajv at run time (and no dynamic require in the ESM build).
    noExternal: [/^ajv/, /^ajv-formats/],
    splitting: true,
    treeshake: true,
  },
  {
    // The workers of `validate --jobs` and `export` are files of their own, next to the command that starts it.
    entry: CLI_ENTRIES,
    format: ["esm"],
    target: "node20",
    // jsonc-parser too: loaded from node_modules it is CommonJS, which Node's ESM loader lexes at
    // every start; bundled, its ESM build loads only when a record first needs it (a JSON fault
    // located, a problem put on its line), never for valid input (test/cli/startup.test.ts).
    noExternal: [/^ajv/, /^ajv-formats/, /^jsonc-parser/],
    banner: { js: "#!/usr/bin/env node" },
    // Commands are imported when they run (src/cli/main.ts): each its own chunk, under cli/ so
    // they never mix with the library's chunks.
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
      // Less text for Node to read at every start; names kept, so a stack trace still reads.
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
    onSuccess: mergeSmallCliChunks,
  },
]);
