// typia compiles ahead of time: the shapes of the published schemas (bench/peers/constraints.mjs)
// are written as TypeScript types with typia's tags (one type alias per named definition), and
// `typia generate` turns createEquals<T>() into plain checking code, which esbuild bundles into one
// module. No eval at run time.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { eventShapes, versionOf } from "./constraints.mjs";

const alias = (name) => name.replace(/(^|[.-])([a-z])/g, (_, __, c) => c.toUpperCase()).replace(/\W/g, "_");
const tag = (name, value) => (value === undefined ? "" : ` & tags.${name}<${JSON.stringify(value)}>`);

/** The TypeScript type of a shape, with typia's tags for what a type alone cannot say. */
function typeOf(shape) {
  switch (shape.kind) {
    case "ref":
      return alias(shape.name);
    case "object":
      return `{ ${shape.props.map(({ key, shape: s, required }) => `${JSON.stringify(key)}${required ? "" : "?"}: ${typeOf(s)};`).join(" ")} }`;
    case "string":
      return `(string${tag("Pattern", shape.pattern)}${tag("MinLength", shape.minLength)}${tag("MaxLength", shape.maxLength)})`;
    case "number":
      return `(number${shape.integer ? ' & tags.Type<"int64">' : ""}${tag("Minimum", shape.minimum)}${tag("Maximum", shape.maximum)})`;
    case "boolean":
      return "boolean";
    case "literal":
      return `(${shape.values.map((v) => JSON.stringify(v)).join(" | ")})`;
    case "union":
      return `(${shape.of.map(typeOf).join(" | ")})`;
    case "array":
      return `(Array<${typeOf(shape.items)}>${tag("MinItems", shape.minItems)}${shape.uniqueItems ? " & tags.UniqueItems" : ""})`;
    default:
      throw new Error(`typia peer: no ${shape.kind}`);
  }
}

/** model.ts: every named definition as a type alias, and the two checkers. */
export function typiaModel() {
  const { meeting, coup, defs } = eventShapes();
  return [
    `import typia, { tags } from "typia";`,
    ...[...defs].map(([name, shape]) => `type ${alias(name)} = ${typeOf(shape)};`),
    `type Meeting = ${typeOf(meeting)};`,
    `type Coup = ${typeOf(coup)};`,
    "export const isMeeting = typia.createEquals<Meeting>();",
    "export const isCoup = typia.createEquals<Coup>();",
    "",
  ].join("\n");
}

/** Generates and bundles the typia peer under `work`; returns the module's path. */
export async function buildTypiaPeer(root, work) {
  const source = join(work, "typia-src");
  const out = join(work, "typia");
  for (const dir of [source, out]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(join(source, "model.ts"), typiaModel());
  writeFileSync(
    join(source, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        skipLibCheck: true,
        noEmit: true,
      },
      files: ["model.ts"],
    }),
  );
  execFileSync(
    process.execPath,
    [
      join(root, "node_modules/typia/lib/executable/typia.js"),
      "generate",
      "--input",
      source,
      "--output",
      out,
      "--project",
      join(source, "tsconfig.json"),
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
