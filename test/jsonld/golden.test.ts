import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "vitest";
import { serializeJsonLd, toJsonLd, toJsonLdScript } from "../../src/jsonld/index.js";
import { canonicalDocument, exampleDocument, repoPath } from "../helpers/fixtures.js";

// Golden files, read by eye when they change: regenerate with UPDATE_GOLDEN=1 npx vitest run test/jsonld/golden.test.ts
const cases = [
  ["test/jsonld/golden/canonical.jsonld", () => `${serializeJsonLd(toJsonLd(canonicalDocument()))}\n`],
  [
    "test/jsonld/golden/canonical.script.html",
    () => `${toJsonLdScript(toJsonLd(canonicalDocument()), { compact: true })}\n`,
  ],
  [
    "test/jsonld/golden/wagner-mutiny-live.jsonld",
    () => `${serializeJsonLd(toJsonLd(exampleDocument("wagner-mutiny-live")))}\n`,
  ],
] as const;

for (const [file, render] of cases) {
  test(`${file} is what its document produces`, () => {
    const actual = render();
    if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(repoPath(file), actual);
    expect(actual).toBe(readFileSync(repoPath(file), "utf8"));
  });
}
