import { spawnSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { test } from "vitest";

/**
 * CI (and anyone who sets NEWS_EVENTS_REQUIRE_ALL=1) must run every test: there a missing outside
 * tool is a failure, so a CI run can never pass by skipping. A user's machine may have only Node
 * and npm: there such tests are skipped, and the reason is printed.
 */
export const requireAllTools = isSet(process.env["CI"]) || isSet(process.env["NEWS_EVENTS_REQUIRE_ALL"]);

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}

/** A test body, as `test` takes it. */
type Body = () => unknown;

/**
 * `test`, for tests that need an outside tool. `missing` is why the tool cannot be used, or
 * undefined when it can: then this is plain `test`. Otherwise the test fails with that reason
 * under CI, and elsewhere is skipped with `skipped: REASON` in its name and on stderr.
 */
export function testNeeding(missing: string | undefined): (name: string, body: Body) => void {
  if (missing === undefined) return (name, body) => test(name, body);
  if (requireAllTools) {
    return (name) =>
      test(name, () => {
        throw new Error(`${missing} — required because CI or NEWS_EVENTS_REQUIRE_ALL is set`);
      });
  }
  console.warn(`skipped: ${missing}`);
  return (name, body) => test.skipIf(true)(`${name} (skipped: ${missing})`, body);
}

/** The Chromium the browser tests drive: Debian's, or CHROMIUM_PATH. Never a downloaded one. */
export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Why Chromium cannot be used, or undefined when an executable file is at `chromiumPath`. */
export function chromiumMissing(): string | undefined {
  try {
    if (!statSync(chromiumPath).isFile()) throw new Error("not a file");
    accessSync(chromiumPath, constants.X_OK);
    return undefined;
  } catch {
    return `no Chromium at ${chromiumPath} (set CHROMIUM_PATH, or apt-get install chromium)`;
  }
}

/** The Python that runs the README's Python example: NEWS_EVENTS_PYTHON (.ci/run finds it), else python3. */
export const pythonPath = process.env["NEWS_EVENTS_PYTHON"] ?? "python3";

/** Why the README's Python example cannot run, or undefined when `pythonPath` has jsonschema and referencing. */
export function pythonMissing(): string | undefined {
  const probe = spawnSync(pythonPath, ["-c", "import jsonschema, referencing"], { encoding: "utf8" });
  if (probe.status === 0) return undefined;
  const why = probe.error ? "not found" : "lacks jsonschema or referencing";
  return `no Python with jsonschema: ${pythonPath} ${why} (set NEWS_EVENTS_PYTHON)`;
}
