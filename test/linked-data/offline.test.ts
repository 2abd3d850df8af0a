import { readFileSync } from "node:fs";
import jsonld from "jsonld";
import { describe, expect, test } from "vitest";
import { context, documentLoader, LINKED_DATA_CONTEXT, toLinkedData } from "../../src/linked-data/index.js";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";

describe("Linked Data offline, on Node 20 (#25)", () => {
  test("context is schemas/context.jsonld, as an object", () => {
    expect(context).toEqual(JSON.parse(readFileSync(repoPath("schemas/context.jsonld"), "utf8")));
  });

  test("jsonld.toRDF of toLinkedData(doc) works with documentLoader and no network", async () => {
    const quads = (await jsonld.toRDF(toLinkedData(canonicalDocument()) as object, {
      format: "application/n-quads",
      documentLoader,
    })) as unknown as string;
    expect(quads).toContain("<https://schema.org/headline>");
    expect(quads.split("\n").length).toBeGreaterThan(100);
  });

  test("any other URL is refused with a message that names it", async () => {
    await expect(documentLoader("https://example.org/other.jsonld")).rejects.toThrow(
      /serves only .*context\.jsonld, offline; https:\/\/example\.org\/other\.jsonld needs a loader of its own/,
    );
    await expect(documentLoader(LINKED_DATA_CONTEXT)).resolves.toMatchObject({ documentUrl: LINKED_DATA_CONTEXT });
  });
});
