import { describe, expect, test } from "vitest";
import { toJsonLd, toJsonLdScript } from "../../src/jsonld/index.js";
import { ownAuthorId } from "../../src/jsonld/ids.js";
import { checkSite } from "../../src/check/index.js";
import { canonicalDocument } from "../helpers/fixtures.js";

/*
 * An author's @id comes from their own page, so that a site's pages give one person one node. A
 * staff page that lists several people names each by a fragment (`/team/#jane`): the fragment is
 * part of who they are, and dropping it gave everyone on that page one @id across the site (found
 * by a trial of the packed package: the library's own site check then reported the clash).
 */

type Node = Record<string, unknown>;
const withAuthors = (authors: unknown[]) =>
  ({ ...canonicalDocument(), authors }) as ReturnType<typeof canonicalDocument>;
const authorIds = (authors: unknown[]) => {
  const graph = toJsonLd(withAuthors(authors))["@graph"] as unknown as Node[];
  const article = graph.find((n) => n["@type"] === "NewsArticle") as Node;
  return (article["author"] as { "@id": string }[]).map((a) => a["@id"]);
};

describe("an author's id from their own page", () => {
  const cases: [string, string, "person" | "organization", string][] = [
    [
      "a page of their own",
      "https://news.example.org/staff/jane",
      "person",
      "https://news.example.org/staff/jane#person",
    ],
    ["an organization's page", "https://desk.example.org/", "organization", "https://desk.example.org/#organization"],
    [
      "one of several on a staff page",
      "https://news.example.org/team/#jane",
      "person",
      "https://news.example.org/team/#jane",
    ],
    [
      "an empty fragment names no one",
      "https://news.example.org/staff/jane#",
      "person",
      "https://news.example.org/staff/jane#person",
    ],
  ];
  test.each(cases)("%s", (_name, url, type, id) => {
    expect(ownAuthorId(url, type)).toBe(id);
    expect(authorIds([{ type, name: "Jane Roe", url }])).toEqual([id]);
  });

  test("two people of one staff page are two nodes in one article", () => {
    const ids = authorIds([
      { type: "person", name: "Jane Roe", url: "https://news.example.org/team/#jane" },
      { type: "person", name: "John Poe", url: "https://news.example.org/team/#john" },
    ]);
    expect(ids).toEqual(["https://news.example.org/team/#jane", "https://news.example.org/team/#john"]);
  });

  test("two pages of one site, each by another person of the staff page, are no site conflict", async () => {
    const pageBy = (name: string, fragment: string, path: string) => {
      const doc = {
        ...withAuthors([{ type: "person", name, url: `https://news.example.org/team/#${fragment}` }]),
        url: `https://news.example.org/${path}/`,
      };
      return `<!doctype html><html><head><link rel="canonical" href="${doc.url}">${toJsonLdScript(toJsonLd(doc))}</head></html>`;
    };
    const site = await checkSite([
      { name: "one.html", page: pageBy("Jane Roe", "jane", "one") },
      { name: "two.html", page: pageBy("John Poe", "john", "two") },
    ]);
    expect(site.conflicts.map((c) => [c.page, c.params?.["key"]])).toEqual([]);
    // The check can fail: with the fragment dropped (the defect), the two names clash.
    const dropped = await checkSite([
      { name: "one.html", page: pageBy("Jane Roe", "jane", "one").replaceAll("/team/#jane", "/team/#person") },
      { name: "two.html", page: pageBy("John Poe", "john", "two").replaceAll("/team/#john", "/team/#person") },
    ]);
    expect(dropped.conflicts.map((c) => c.params?.["key"])).toContain("name");
  });
});
