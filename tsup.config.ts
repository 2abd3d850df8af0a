import { defineConfig } from "tsup";

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
    entry: {
      cli: "src/cli/main.ts",
      "cli/validate-worker": "src/cli/validate-worker.ts",
      "cli/export-worker": "src/cli/export-worker.ts",
      "cli/export-thread-worker": "src/cli/export-thread-worker.ts",
    },
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
  },
]);
