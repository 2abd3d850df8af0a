import { readdirSync, readFileSync } from "node:fs";
import { repoPath } from "../helpers/fixtures.js";

/** A fresh copy of every schema file, by name, as the generator steps take them (a test may edit it). */
export function loadSchemasForTest(): Record<string, Record<string, unknown>> {
  const dir = repoPath("schemas");
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, "utf8")) as Record<string, unknown>]),
  );
}
