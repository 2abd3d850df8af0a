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
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    noExternal: [/^ajv/, /^ajv-formats/],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
