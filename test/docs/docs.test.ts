import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { parse } from "parse5";
import { describe, expect, test } from "vitest";
import { toJsonLd } from "../../src/jsonld/index.js";
import { canonicalDocument, canonicalFile, repoPath } from "../helpers/fixtures.js";
import { pythonMissing, pythonPath, testNeeding } from "../helpers/tools.js";

const readme = readFileSync(repoPath("README.md"), "utf8");
const markdownFiles = [
  "README.md",
  ...readdirSync(repoPath("docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
  ...readdirSync(repoPath("examples")).map((d) => `examples/${d}/README.md`).filter((f) => existsSync(repoPath(f))),
];
const pythonTest = testNeeding(pythonMissing());
const blocks = (text: string, lang: string) => [...text.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] ?? "");

test("the README's quick start has exactly the two commands for a fresh clone", () => {
  expect(readme).toContain("npm ci && npm start");
  expect(readme).toContain("npm ci && npm test");
});

test("npm start prints the canonical article's JSON-LD", () => {
  // The build half of the script already ran (npm test builds first); rebuilding here would pull
  // dist/ from under the tests running beside this one.
  const start = (JSON.parse(readFileSync(repoPath("package.json"), "utf8")) as { scripts: Record<string, string> }).scripts["start"] ?? "";
  const [build, run] = start.split(" && ");
  expect(build).toBe("tsup --silent");
  const [node, ...args] = (run ?? "").split(" ");
  expect(node).toBe("node");
  const out = execFileSync(process.execPath, args, { cwd: repoPath("."), encoding: "utf8" });
  expect(JSON.parse(out)).toEqual(toJsonLd(canonicalDocument()));
});

test("the three guides exist and the README links them", () => {
  for (const guide of ["docs/modelling-an-article.md", "docs/validation.md", "docs/jsonld-and-seo.md"]) {
    expect(existsSync(repoPath(guide))).toBe(true);
    expect(readme).toContain(`(${guide})`);
  }
});

// The TypeScript and shell blocks of the docs are run and type-checked by code-blocks.test.ts.

pythonTest("the README's Python block validates the canonical document with jsonschema", () => {
  const [code] = blocks(readme, "python");
  expect(code).toBeDefined();
  const out = execFileSync(pythonPath, ["-c", code ?? ""], { cwd: repoPath("."), encoding: "utf8" });
  expect(out).toBe("0 errors\n");
});

pythonTest("the README's Python block finds a real error too", () => {
  const [code] = blocks(readme, "python");
  const broken = (code ?? "").replace('document = json.loads(', 'document = (lambda d: {**d, "language": 7})(json.loads(').replace(".read_text())\nerrors", ".read_text()))\nerrors");
  const out = execFileSync(pythonPath, ["-c", broken], { cwd: repoPath("."), encoding: "utf8" });
  expect(out).toBe("/language 7 is not of type 'string'\n1 errors\n");
});

test("the evidence spans quoted in the guides are the article's", () => {
  const article = canonicalFile("article.txt");
  const guides = markdownFiles.map((f) => readFileSync(repoPath(f), "utf8")).join("\n");
  const spans = [...guides.matchAll(/\{ "start": (\d+), "end": (\d+), "text": "([^"]*)" \}/g)];
  expect(spans.length).toBeGreaterThanOrEqual(2);
  for (const [, start, end, text] of spans) expect(article.slice(Number(start), Number(end))).toBe(text);
});

describe("examples", () => {
  test("the static-site build writes a page whose one ld+json script holds the document's graph", () => {
    const out = repoPath(".tmp/static-site");
    execFileSync(process.execPath, [repoPath("examples/static-site/build.mjs"), out], { encoding: "utf8" });
    const html = readFileSync(join(out, "index.html"), "utf8");
    type N = { tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: N[]; value?: string };
    const scripts: N[] = [];
    const walk = (n: N) => { if (n.tagName === "script") scripts.push(n); n.childNodes?.forEach(walk); };
    walk(parse(html) as unknown as N);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.attrs).toEqual([{ name: "type", value: "application/ld+json" }]);
    expect(JSON.parse(scripts[0]?.childNodes?.[0]?.value ?? "")).toEqual(toJsonLd(canonicalDocument()));
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/2023/11/08/burkina-faso-russia-military-relationship/">');
  });

  test("the NDJSON feed example counts valid records around broken ones", () => {
    const result = spawnSync(process.execPath, [repoPath("examples/ndjson-feed/validate-feed.mjs")], { encoding: "utf8" });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines.at(-1)).toBe("3 valid, 3 invalid");
    expect(lines.filter((l) => / ok /.test(l))).toHaveLength(3);
    expect(result.stdout).toContain(':4: ok Partnership aes-2023 cameo=057 iptc=20000638,20000641,20000598');
    // The broken line is named with its column (V8's offset in the line, plus one), not a raw position.
    expect(result.stdout).toMatch(/events\.ndjson:5:120: is not valid JSON: [^\n]*array element\n/);
    expect(result.stdout).not.toMatch(/at position/);
    // A fault V8 gives no position for: the line, and V8's words without the line quoted back.
    const feed = join(mkdtempSync(join(tmpdir(), "feed-")), "broken.ndjson");
    writeFileSync(feed, '{"kind": x}\n');
    const broken = spawnSync(process.execPath, [repoPath("examples/ndjson-feed/validate-feed.mjs"), feed], {
      encoding: "utf8",
    });
    const line = broken.stdout.split("\n").find((l) => l.includes("broken.ndjson:1"));
    expect(line).toMatch(/broken\.ndjson:1(:\d+)?: is not valid JSON: \S/);
    expect(line?.match(/is not valid JSON/g)).toHaveLength(1);
  });
});

test("npm run docs builds the API reference with no warnings, and every exported function and class has an example", () => {
  const json = repoPath(".tmp/api.json");
  const result = spawnSync(process.execPath, [repoPath("node_modules/typedoc/bin/typedoc"), "--out", repoPath(".tmp/api"), "--json", json], { encoding: "utf8" });
  expect(result.stdout + result.stderr).not.toMatch(/\[warning\]|\[error\]/);
  expect(result.status).toBe(0);
  type Reflection = { name: string; kind: number; comment?: { summary: unknown[]; blockTags?: { tag: string }[] }; signatures?: Reflection[]; children?: Reflection[] };
  const project = JSON.parse(readFileSync(json, "utf8")) as Reflection;
  const missing: string[] = [];
  const visit = (r: Reflection, path: string) => {
    const here = `${path}/${r.name}`;
    // 64 = function, 128 = class (TypeDoc ReflectionKind).
    if (r.kind === 64 || r.kind === 128) {
      const comment = r.kind === 64 ? r.signatures?.[0]?.comment : r.comment;
      if (!comment?.summary.length || !comment.blockTags?.some((t) => t.tag === "@example")) missing.push(here);
    }
    r.children?.forEach((c) => visit(c, here));
  };
  visit(project, "");
  expect(missing).toEqual([]);
});

describe("the published package reads right on its own", () => {
  const packed = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--silent"], { cwd: repoPath("."), encoding: "utf8" })) as { files: { path: string }[] }[];
  const shipped = new Set(packed[0]?.files.map((f) => f.path));
  const shippedMarkdown = [...shipped].filter((f) => f.endsWith(".md"));

  test("the README, the guides and the examples' READMEs are in the package", () => {
    for (const file of markdownFiles) expect(shipped, file).toContain(file);
  });

  test("every relative link in a shipped Markdown file points at a shipped file", () => {
    let links = 0;
    for (const file of shippedMarkdown) {
      const text = readFileSync(repoPath(file), "utf8");
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target ?? "") || target?.startsWith("#")) continue;
        links++;
        const resolved = posix.normalize(posix.join(posix.dirname(file), (target ?? "").replace(/#.*/, "")));
        const asFile = resolved.endsWith("/") ? `${resolved}README.md` : resolved;
        expect(shipped.has(asFile) || shipped.has(`${asFile}/README.md`), `${file} → ${target}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThanOrEqual(8);
  });

  test("no shipped file points at material users do not have", () => {
    for (const file of [...shipped].filter((f) => /\.(md|json|mjs|txt)$/.test(f))) {
      expect(readFileSync(repoPath(file), "utf8"), file).not.toMatch(/\.\.\/shared|shared\/(canonical|reference|schemaorg|interop)/);
    }
  });
});
