import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";

/**
 * Runs node with a CommonJS preload (one that starts no ES module loader of its own) whose source
 * writes what it records to the file named by the environment variable OUT at exit: the status
 * and that file's text, for `args` (standard input: `input`).
 */
function withPreload(
  prefix: string,
  source: string,
): (args: string[], input?: string) => { status: number | null; recorded: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const preload = join(dir, "preload.cjs");
  writeFileSync(preload, source);
  let runs = 0;
  return (args, input = "") => {
    const out = join(dir, `run-${runs++}.out`);
    const r = spawnSync(process.execPath, ["--require", preload, ...args], {
      input,
      encoding: "utf8",
      env: { ...process.env, OUT: out },
    });
    return { status: r.status, recorded: readFileSync(out, "utf8") };
  };
}

/**
 * How the CLI's CommonJS (tsup.config.ts: rollup writes it) loads a chunk when a command runs, for
 * `await import("./…")` in the source: a `require` inside a promise's callback.
 */
const LATER = /Promise\.resolve\(\)\.then\(function \(\) \{ return require\(["'](\.{1,2}\/[^"']+)["']\)/g;

/**
 * The files Node reads to start a module: it and, transitively, what it requires at once (every
 * `require` of a chunk that is not one of those {@link LATER} loads).
 */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8").replace(LATER, "");
  for (const match of text.matchAll(/\brequire\(["'](\.{1,2}\/[^"']+)["']\)/g)) {
    staticClosure(resolve(dirname(file), match[1] as string), seen);
  }
  return seen;
}

/** The files that `files` import dynamically (`await import("./…")`): what loads later, when needed. */
function dynamicImports(files: Iterable<string>): string[] {
  return [...files].flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(LATER)].map((m) => resolve(dirname(file), m[1] as string)),
  );
}

/** The chunk a command's `await import("./…-command.js")` loads (a `require` in the CommonJS). */
function commandChunk(cli: string, name: string): string {
  const found = new RegExp(`return require\\(["'](\\./cli/${name}-[A-Z0-9]+\\.cjs)["']\\)`).exec(cli);
  if (!found?.[1]) throw new Error(`dist/cli.cjs has no dynamic import of ${name}`);
  return repoPath(`dist/${found[1]}`);
}

// `npm test` builds dist/ first. The markers: parse5 (its tokenizer), and rules only the checker
// has (its Google and vocabulary rules).
const PARSE5 = /Tokenizer|parse5/;
const CHECKER = /google\/live-blog|vocabulary\/range/;
// jsonc-parser's scanner: the JSON fault locator's engine (src/core/json-fault.ts).
const JSONC = /createScanner/;
// The worker threads' module, as the bundle imports it.
const WORKERS = /(?:from\s*|require\()["'](node:)?worker_threads["']/;

describe("each command loads only what it needs (issue 15: a CLI at the parse floor)", () => {
  const cliFile = repoPath("dist/cli.cjs");
  const cli = readFileSync(cliFile, "utf8");
  const startup = staticClosure(cliFile);
  // package.json (embedded for --version) names parse5 among the dependencies: leave that out.
  const read = (files: Iterable<string>) =>
    [...files]
      .map((f) => readFileSync(f, "utf8"))
      .join("\n")
      .replace(/"parse5[^"]*":\s*"[^"]*"|parse5:\s*"[^"]*"/g, "");

  test("starting the CLI reads neither parse5, the checker, the validators nor the examples", () => {
    const code = read(startup);
    expect(code).not.toMatch(PARSE5);
    expect(code).not.toMatch(CHECKER);
    expect(code).not.toMatch(/check_document|instancePath/);
    expect(code).not.toMatch(/Coulibaly/);
  });

  test("starting the CLI loads neither the JSON fault locator (jsonc-parser) nor a file-system module; validate loads the locator only for a record that is not JSON", () => {
    const code = read(startup);
    expect(code).not.toMatch(JSONC);
    expect(code).not.toMatch(/(?:from\s*|require\()["'](node:)?(fs|fs\/promises|path|url|os)["']/);
    // Nor node:tty (it loads Node's stream modules) or node:util (an import reads every export,
    // loading the MIME and abort-signal modules): main.ts and run.ts take what they use from
    // process.getBuiltinModule, when they use it.
    expect(code).not.toMatch(/from\s*["'](node:)?(tty|util|stream|net)["']/);
    const files = staticClosure(commandChunk(cli, "validate-command"), new Set(startup));
    const validate = read(files);
    expect(validate).not.toMatch(JSONC);
    // The markers are real: validate reads files, and imports the locator when it needs it.
    expect(validate).toMatch(/(?:from\s*|require\()["'](node:)?fs\/promises["']/);
    const later = dynamicImports([...files].filter((file) => !startup.has(file)));
    expect(read(later.flatMap((file) => [...staticClosure(file)]))).toMatch(JSONC);
  });

  test("jsonld prints a valid document's JSON-LD without loading the checker or jsonc-parser; --check and an invalid document load them", () => {
    const files = staticClosure(commandChunk(cli, "jsonld-command"), new Set(startup));
    const code = read(files);
    expect(code).toMatch(/serializeJsonLd/);
    expect(code).not.toMatch(CHECKER);
    expect(code).not.toMatch(JSONC);
    const later = dynamicImports([...files].filter((file) => !startup.has(file)));
    const loadedLater = read(later.flatMap((file) => [...staticClosure(file)]));
    expect(loadedLater).toMatch(CHECKER);
    expect(loadedLater).toMatch(JSONC);
  });

  test("validate loads the validators, but neither parse5 nor the checker", () => {
    const code = read(staticClosure(commandChunk(cli, "validate-command"), new Set(startup)));
    expect(code).toMatch(/instancePath/);
    expect(code).not.toMatch(PARSE5);
    expect(code).not.toMatch(CHECKER);
  });

  test("init, ninjs and rebase load neither parse5, the checker nor the JSON-LD builder (issue 20: no command imports another)", () => {
    const code = read(staticClosure(commandChunk(cli, "authoring-commands"), new Set(startup)));
    expect(code).toMatch(/rebaseEvidence|fromNinjs|toNinjs/);
    expect(code).not.toMatch(PARSE5);
    expect(code).not.toMatch(CHECKER);
  });

  test("check loads the checker, and parse5 when it reads a page (the markers are real)", () => {
    const files = staticClosure(commandChunk(cli, "check-command"), new Set(startup));
    expect(read(files)).toMatch(CHECKER);
    // The page reader is its own chunk, imported when a page is read: follow those imports too.
    const later = dynamicImports([...files].filter((file) => !startup.has(file)));
    expect(read(later)).toMatch(PARSE5);
  });

  test("validate of one file starts no worker threads: node:worker_threads and the pool load with --jobs or a large line (issue 27)", () => {
    const files = staticClosure(commandChunk(cli, "validate-command"), new Set(startup));
    expect(read(files)).not.toMatch(WORKERS);
    // The pool's chunk may import worker_threads through a chunk it shares: follow its static imports.
    const later = dynamicImports([commandChunk(cli, "validate-command")]);
    const pool = new Set([...later].flatMap((file) => [...staticClosure(file, new Set(startup))]));
    expect(read(pool)).toMatch(WORKERS);
  });
});

describe("the CLI makes no stream for standard input, output or error it does not use (issue 27, figure 5)", () => {
  // Node makes process.stdin, process.stdout and process.stderr at their first read, a stream
  // each, and the stream modules load with the first (or with node:tty). A preload (CommonJS, so
  // that it starts no ESM loader of its own) records which the CLI read, and which of Node's
  // stream modules were loaded when it exits.
  const recordStreams = withPreload(
    "news-events-streams-",
    `const fs = require("node:fs");
const read = new Set();
for (const name of ["stdin", "stdout", "stderr"]) {
  const own = Object.getOwnPropertyDescriptor(process, name);
  Object.defineProperty(process, name, { configurable: true, enumerable: own.enumerable, get() { read.add(name); return own.get.call(this); } });
}
process.on("exit", () => {
  const streams = process.moduleLoadList.filter((m) => /^NativeModule (stream|net|tty)$/.test(m)).map((m) => m.slice(13));
  fs.writeFileSync(process.env.OUT, JSON.stringify({ read: [...read].sort().join(" "), modules: streams.sort().join(" ") }));
});
`,
  );
  const doc = repoPath("examples/burkina-faso-russia/document.json");
  const dir = mkdtempSync(join(tmpdir(), "news-events-streams-"));
  /** The streams the CLI read when run with `args` (standard input: `input`), and the stream modules loaded. */
  const streamsRead = (args: string[], input = "") => {
    const { status, recorded } = recordStreams(args, input);
    return { status, ...(JSON.parse(recorded) as { read: string; modules: string }) };
  };
  const cli = repoPath("dist/cli.cjs");

  test.each([
    ["--version", ["--version"], 0],
    ["validate of a valid file", ["validate", doc], 0],
  ])("%s reads none, and loads no stream module", (_name, args, status) => {
    expect(streamsRead([cli, ...args])).toEqual({ status, read: "", modules: "" });
  });

  test("the recorder is real: validate - reads stdin, and programs that print through process.stdout or process.stderr are seen", () => {
    // (Node's own stdin socket reads process.stderr as it closes: the recorder sees that too.)
    const fromStdin = streamsRead([cli, "validate", "-"], readFileSync(doc, "utf8"));
    expect(fromStdin.read).toMatch(/\bstdin\b/);
    expect(fromStdin.modules).toMatch(/\bstream\b/);
    expect(streamsRead(["-e", "process.stdout.write('')"])).toEqual({
      status: 0,
      read: "stdout",
      modules: "net stream",
    });
    expect(streamsRead(["-e", "process.stderr.write('')"])).toEqual({
      status: 0,
      read: "stderr",
      modules: "net stream",
    });
  });

  test("a file that is not there is reported on standard error without its stream", () => {
    const missing = streamsRead([cli, "validate", join(dir, "missing.json")]);
    expect(missing).toEqual({ status: 2, read: "", modules: "" });
    // The recorder asks its own question: the message did reach standard error.
    const r = spawnSync(process.execPath, [cli, "validate", join(dir, "missing.json")], { encoding: "utf8" });
    expect(r.stderr).toMatch(/missing\.json: no such file/);
  });
});

describe("the CLI starts without Node's ES module loader (issue 27's figure 5)", () => {
  // The loader's module jobs are what an ES module entry costs (17 ms of CPU for an empty one on
  // the benchmark machine): the CLI is CommonJS (tsup.config.ts), so a command that loads only its
  // own chunks never starts them. A preload (CommonJS) lists the loader's modules at exit.
  const recordLoader = withPreload(
    "news-events-loader-",
    `process.on("exit", () => require("node:fs").writeFileSync(process.env.OUT, process.moduleLoadList.filter((m) => m.includes("/esm/module_job")).join("\\n")));\n`,
  );
  const loaderStarted = (args: string[]) => {
    const { status, recorded } = recordLoader(args);
    return { status, started: recorded !== "" };
  };
  const dir = mkdtempSync(join(tmpdir(), "news-events-loader-"));
  const cli = repoPath("dist/cli.cjs");
  const doc = repoPath("examples/burkina-faso-russia/document.json");

  test.each([
    ["--version", ["--version"], 0],
    ["validate of a valid document", ["validate", doc], 0],
    ["validate of an invalid document", ["validate", repoPath("package.json")], 1],
    ["jsonld of the canonical document", ["jsonld", doc], 0],
  ])("%s: not started", (_name, args, status) => {
    expect(loaderStarted([cli, ...args])).toEqual({ status, started: false });
  });

  test("the marker is real: an ES module starts it", () => {
    const esm = join(dir, "empty.mjs");
    writeFileSync(esm, "");
    expect(loaderStarted([esm])).toEqual({ status: 0, started: true });
  });
});
