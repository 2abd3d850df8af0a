import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";

// The packed tarball installed into throwaway projects: what a user gets from npm.
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "news-events-consumers-"));
  execFileSync("npm", ["pack", "--silent", "--pack-destination", root], { cwd: repoPath("."), stdio: "pipe" });
  const tarball = readdirSync(root).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack wrote no tarball");
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "consumers", private: true }));
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", join(root, tarball)],
    { cwd: root, stdio: "pipe" },
  );
}, 180_000);

function project(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

const run = (dir: string, file: string) =>
  spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_NO_WARNINGS: "1" } });

describe("JavaScript consumers", () => {
  test("ESM: import the root, the subpaths and a schema as JSON", () => {
    const dir = project("esm", {
      "package.json": JSON.stringify({ type: "module" }),
      "index.js": `
        import { validateDocument } from "news-events";
        import { toJsonLd, serializeJsonLd, NewsEventsError, isNewsEventsError } from "news-events/jsonld";
        import { checkJsonLd } from "news-events/check";
        import { burkinaFasoRussia } from "news-events/examples";
        import schema from "news-events/schemas/coup.json" with { type: "json" };
        const valid = validateDocument(burkinaFasoRussia).ok;
        const graph = toJsonLd(burkinaFasoRussia);
        let refused;
        try { toJsonLd({ ...burkinaFasoRussia, images: ["https://x.example/a.jpg"] }); } catch (error) { refused = error instanceof NewsEventsError && isNewsEventsError(error) && error.issues[0].pointer; }
        console.log(JSON.stringify({ valid, nodes: graph["@graph"].length, errors: checkJsonLd(graph).errors.length, title: schema.title, bytes: serializeJsonLd(graph).length > 1000, refused }));
      `,
    });
    const result = run(dir, "index.js");
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      valid: true,
      nodes: 39,
      errors: 0,
      title: "Coup",
      bytes: true,
      refused: "/images/0",
    });
  });

  test("CommonJS: require the root and the subpaths", () => {
    const dir = project("cjs", {
      "package.json": JSON.stringify({ type: "commonjs" }),
      "index.js": `
        const { validateDocument } = require("news-events");
        const { toJsonLdScript, toJsonLd, isNewsEventsError } = require("news-events/jsonld");
        const { burkinaFasoRussia } = require("news-events/examples");
        const schema = require("news-events/schemas/document.json");
        let refused = false;
        try { toJsonLdScript(undefined); } catch (error) { refused = isNewsEventsError(error); }
        console.log(JSON.stringify({ valid: validateDocument(burkinaFasoRussia).ok, script: toJsonLdScript(toJsonLd(burkinaFasoRussia)).startsWith("<script"), id: schema.$id, refused }));
      `,
    });
    const result = run(dir, "index.js");
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      valid: true,
      script: true,
      id: "https://unpkg.com/news-events@0/schemas/document.json",
      refused: true,
    });
  });
});

describe("TypeScript consumers, strict, skipLibCheck false", () => {
  const source = (from: (sub: string) => string) => `
    import { validateEvent, type NewsEvent, type Coup } from ${from("")};
    import { toJsonLd, isNewsEventsError, NewsEventsError, type Issue, type NewsArticleGraph } from ${from("/jsonld")};
    import { burkinaFasoRussia } from ${from("/examples")};
    const result = validateEvent(burkinaFasoRussia.events[2]);
    const coup: Coup | undefined = result.ok && result.value.kind === "Coup" ? result.value : undefined;
    const kinds: NewsEvent["kind"][] = burkinaFasoRussia.events.map((e) => e.kind);
    const graph: NewsArticleGraph = toJsonLd(burkinaFasoRussia);
    // @ts-expect-error a coup has no attendance
    const wrong: string = coup?.attendance;
    const refusal: unknown = new NewsEventsError("document for JSON-LD", [{ code: "type", pointer: "/images/0", message: "must be object (got string)" }]);
    const first: Issue | undefined = isNewsEventsError(refusal) ? refusal.issues[0] : undefined;
    console.log(coup?.outcome, kinds, graph["@graph"].length, wrong, first?.pointer);
  `;
  const settings = {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    lib: ["ES2022", "DOM"],
    types: [] as string[],
  };
  const cases: [string, Record<string, unknown>, Record<string, string>][] = [
    [
      "nodenext",
      { module: "NodeNext", moduleResolution: "NodeNext" },
      { "package.json": JSON.stringify({ type: "module" }) },
    ],
    [
      "nodenext-cjs",
      { module: "NodeNext", moduleResolution: "NodeNext" },
      { "package.json": JSON.stringify({ type: "commonjs" }) },
    ],
    ["bundler", { module: "ESNext", moduleResolution: "Bundler" }, {}],
    ["node10", { module: "CommonJS", moduleResolution: "Node10" }, {}],
  ];
  for (const [name, options, extra] of cases) {
    test(name, () => {
      const dir = project(`ts-${name}`, {
        ...extra,
        "tsconfig.json": JSON.stringify({
          compilerOptions: { ...settings, ...options, ...(name === "node10" ? { ignoreDeprecations: "5.0" } : {}) },
          include: ["*.ts"],
        }),
        "index.ts": source((sub) => JSON.stringify(`news-events${sub}`)),
      });
      const result = spawnSync(process.execPath, [repoPath("node_modules/typescript/bin/tsc"), "-p", dir], {
        encoding: "utf8",
      });
      expect(result.stdout + result.stderr).toBe("");
      expect(result.status).toBe(0);
    });
  }
});

test("the installed bin runs: schemas are found beside dist/, and the example validates", () => {
  const bin = join(root, "node_modules", ".bin", "news-events");
  expect(execFileSync(bin, ["schema"], { cwd: root, encoding: "utf8" })).toBe(
    "coup\ndefs\ndocument\nevent\nevent-base\ngeneral\nmeeting\npartnership\n",
  );
  const example = execFileSync(bin, ["example"], { cwd: root, encoding: "utf8" });
  const result = spawnSync(bin, ["validate", "-"], { cwd: root, input: example, encoding: "utf8" });
  expect([result.status, result.stdout, result.stderr]).toEqual([0, "1 valid, 0 invalid\n", ""]);
});
