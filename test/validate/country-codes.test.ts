import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Country, Entity, NewsDocument } from "../../src/generated/types.js";
import type { Issue } from "../../src/core/issue.js";
import * as fastPath from "../../src/generated/fast-path.js";
import { checkCountryCodes } from "../../src/validate/checks/country-codes.js";
import { createValidator, documentSchema, isNewsDocument, validateDocument } from "../../src/validate/index.js";
import { step } from "../generate/tiny.js";
import { canonicalDocument, repoPath } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";
import { buildElection } from "../kinds/helpers.js";

// A country's iso2 and iso3 must be one country's when the table (Unicode CLDR's ISO 3166 pairs,
// current and withdrawn) knows both; a code it does not know is never judged.

/** The canonical document with its first country given these codes. */
function withCodes(iso2: string, iso3: string): NewsDocument {
  const doc = canonicalDocument() as NewsDocument;
  const country = (doc.entities as Entity[]).find((e) => e.type === "country") as Country;
  country.iso2 = iso2;
  country.iso3 = iso3;
  return doc;
}
const at = (doc: NewsDocument) => (doc.entities as Entity[]).findIndex((e) => e.type === "country");

describe("real pairs are accepted", () => {
  test.each([
    ["BF", "BFA", "Burkina Faso"],
    ["RU", "RUS", "Russia"],
    ["CD", "COD", "Congo (DRC)"],
    ["TF", "ATF", "French Southern Territories: an alpha-3 that is not the alpha-2 and a letter"],
    ["SU", "SUN", "the Soviet Union (withdrawn, ISO 3166-3)"],
    ["YU", "YUG", "Yugoslavia (withdrawn)"],
    ["CS", "SCG", "Serbia and Montenegro (withdrawn)"],
    ["CS", "CSK", "Czechoslovakia: CS's earlier country, whose CSK the table does not hold"],
    ["DD", "DDR", "East Germany (withdrawn)"],
    ["ZR", "ZAR", "Zaire (withdrawn)"],
    ["HV", "HVO", "Upper Volta, Burkina Faso before 1984 (withdrawn; not in the table)"],
    ["BY", "BYS", "the Byelorussian SSR: BY before Belarus (BYS not in the table)"],
    ["AI", "AFI", "the French Afars and Issas: AI before Anguilla (AFI not in the table)"],
    ["FQ", "ATF", "the French Southern and Antarctic Territories: ATF before TF had it"],
    ["RO", "ROM", "Romania's alpha-3 until 2002"],
    ["XK", "XKX", "Kosovo, as the EU and the World Bank write it (user-assigned)"],
    ["XK", "XKK", "Kosovo, as CLDR writes it (user-assigned)"],
    ["XK", "RUS", "a user-assigned alpha-2: not judged"],
    ["UK", "GBR", "an exceptionally reserved alpha-2: not judged"],
    ["AC", "SHN", "Ascension, reserved: CLDR's ASC is not ISO's, so not judged"],
    ["DE", "GER", "an alpha-3 that is no ISO code (the IOC's): not judged"],
    ["QO", "QOO", "CLDR's Outlying Oceania (user-assigned)"],
  ])("%s/%s (%s)", (iso2, iso3) => {
    const doc = withCodes(iso2, iso3);
    expect(validateDocument(doc)).toEqual({ ok: true, value: doc });
  });
});

describe("two countries' codes are refused at iso3, naming both", () => {
  test.each([
    ["BF", "RUS", "BF is Burkina Faso's alpha-2 code; its alpha-3 is BFA, not RUS, which is Russia's", "BFA"],
    ["RU", "BFA", "RU is Russia's alpha-2 code; its alpha-3 is RUS, not BFA, which is Burkina Faso's", "RUS"],
    ["SU", "RUS", "SU is the Soviet Union's alpha-2 code; its alpha-3 is SUN, not RUS, which is Russia's", "SUN"],
    ["RU", "SUN", "RU is Russia's alpha-2 code; its alpha-3 is RUS, not SUN, which is the Soviet Union's", "RUS"],
    ["DE", "DDR", "DE is Germany's alpha-2 code; its alpha-3 is DEU, not DDR, which is East Germany's", "DEU"],
    ["US", "UKR", "US is the United States' alpha-2 code; its alpha-3 is USA, not UKR, which is Ukraine's", "USA"],
    ["CD", "COG", "CD is Congo (DRC)'s alpha-2 code; its alpha-3 is COD, not COG, which is Congo (Republic)'s", "COD"],
    ["NE", "NGA", "NE is Niger's alpha-2 code; its alpha-3 is NER, not NGA, which is Nigeria's", "NER"],
    ["AT", "AUS", "AT is Austria's alpha-2 code; its alpha-3 is AUT, not AUS, which is Australia's", "AUT"],
  ])("%s/%s", (iso2, iso3, message, expected) => {
    const doc = withCodes(iso2, iso3);
    expect(validateDocument(doc)).toEqual({
      ok: false,
      issues: [
        { code: "inconsistent", pointer: `/entities/${at(doc)}/iso3`, message, params: { iso2, iso3, expected } },
      ],
    });
  });
});

/** Every document in examples/ (each example's document.json). */
const exampleDocuments = readdirSync(repoPath("examples")).flatMap((dir) => {
  const file = repoPath(`examples/${dir}/document.json`);
  return existsSync(file) ? [[dir, JSON.parse(readFileSync(file, "utf8")) as NewsDocument] as const] : [];
});

const { countryPairs } = await step<{ countryPairs: (codeMappings: unknown) => [string, string][] }>("country-codes");
const pairs = countryPairs(JSON.parse(readFileSync(repoPath("vendor/cldr-country-codes/codeMappings.json"), "utf8")));
const known = new Set(pairs.flat());

/** The issues checkCountryCodes reports for these codes. */
function issuesOf(iso2: string, iso3: string): Issue[] {
  const issues: Issue[] = [];
  const country: Country = { type: "country", id: "c", name: "C", iso2, iso3 };
  checkCountryCodes(country, ["entities", 0], (code, path, message) =>
    issues.push({ code, pointer: `/${path.join("/")}`, message }),
  );
  return issues;
}

describe("on real material", () => {
  test("each example's countries have codes the table knows, and each example still validates", async () => {
    // The worked example of a user-defined kind validates with its kind.
    const election = createValidator({ kinds: (await buildElection()).kinds });
    let countries = 0;
    for (const [name, doc] of exampleDocuments) {
      for (const entity of doc.entities ?? [])
        if (entity.type === "country") {
          countries++;
          expect([name, known.has(entity.iso2) && known.has(entity.iso3)]).toEqual([name, true]);
          expect([name, issuesOf(entity.iso2, entity.iso3)]).toEqual([name, []]);
        }
      const validate = name === "custom-kind-election" ? election.validateDocument : validateDocument;
      expect([name, validate(doc).ok]).toEqual([name, true]);
    }
    expect(exampleDocuments.length).toBeGreaterThanOrEqual(20);
    expect(countries).toBeGreaterThanOrEqual(40);
  });

  test("the table is ISO 3166's pairs from CLDR: 249 current, 11 withdrawn, no user-assigned or reserved code", () => {
    expect(pairs).toHaveLength(260);
    for (const code of ["BF", "BFA", "SU", "SUN", "YU", "YUG", "CS", "SCG", "DD", "DDR", "TL", "TLS", "TP", "TMP"])
      expect(known).toContain(code);
    for (const code of ["XK", "XKK", "XKX", "AA", "QO", "ZZ", "EU", "QUU", "AC", "ASC", "TA", "IC", "UK", "UN"])
      expect(known).not.toContain(code);
  });

  test("every pair of the table is accepted, and every alpha-2 with another country's alpha-3 refused", () => {
    for (let i = 0; i < pairs.length; i++) {
      const [iso2, iso3] = pairs[i] as [string, string];
      expect(issuesOf(iso2, iso3)).toEqual([]);
      const other = (pairs[(i + 1) % pairs.length] as [string, string])[1];
      expect(issuesOf(iso2, other)).toMatchObject([{ code: "inconsistent", pointer: "/entities/0/iso3" }]);
      expect(issuesOf(iso2, other)[0]?.message).toMatch(
        new RegExp(`^${iso2} is .+'s? alpha-2 code; its alpha-3 is ${iso3}, not ${other}, which is .+'s?$`),
      );
    }
  });
});

describe("every way to validate a document runs the rule", () => {
  const wrong = withCodes("BF", "RUS");
  test("validateDocument, isNewsDocument, the Standard Schema and createValidator", () => {
    expect(validateDocument(wrong).ok).toBe(false);
    expect(isNewsDocument(wrong)).toBe(false);
    expect(documentSchema["~standard"].validate(wrong)).toMatchObject({
      issues: [{ message: expect.stringContaining("BFA") }],
    });
    expect(createValidator({ kinds: [] }).validateDocument(wrong).ok).toBe(false);
  });
  test("the CLI's validate", () => {
    const run = runCli(["validate", "-"], { input: JSON.stringify(wrong) });
    expect(run.stdout + run.stderr).toContain("its alpha-3 is BFA, not RUS");
    expect(run.code).toBe(1);
  });
  test("no one pass answers a document: the generated one pass is for events, which hold no country", () => {
    // A one pass for documents would answer a valid document before checkDocument: it would have
    // to decline a country whose codes are two countries' (see src/validate/fast-path.ts).
    expect(Object.keys(fastPath).filter((name) => name.startsWith("fast_"))).toEqual(["fast_event"]);
  });
});
