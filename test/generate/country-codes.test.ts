import { expect, test } from "vitest";
import { step } from "./tiny.js";

const { generateCountryCodes } = await step<{ generateCountryCodes: (mappings: unknown, names: unknown) => string }>(
  "country-codes",
);

/** CLDR's two files cut to a few entries of each kind. */
const mappings = (codes: Record<string, Record<string, string>>) => ({
  supplemental: { version: { _cldrVersion: "48" }, codeMappings: codes },
});
const names = (territories: Record<string, string>) => ({
  main: { en: { localeDisplayNames: { territories } } },
});

test("country-codes.ts: ISO's pairs only, grouped by first letter, names as a sentence holds them", () => {
  const text = generateCountryCodes(
    mappings({
      BF: { _numeric: "854", _alpha3: "BFA" },
      BS: { _numeric: "044", _alpha3: "BHS" },
      CD: { _numeric: "180", _alpha3: "COD" },
      SU: { _numeric: "810", _alpha3: "SUN" },
      XK: { _numeric: "983", _alpha3: "XKK" },
      AC: { _alpha3: "ASC" },
      EA: {},
      AED: { _numeric: "784" },
    }),
    names({ BF: "Burkina Faso", BS: "Bahamas", CD: "Congo - Kinshasa", "CD-alt-variant": "Congo (DRC)", XK: "Kosovo" }),
  );
  expect(text.split("\n").filter((line) => line.startsWith("export"))).toEqual([
    'export const COUNTRY_CODES_CLDR = "48";',
    'export const COUNTRY_CODES = "BFABurkina Faso|Sbhsthe Bahamas/CDcodCongo (DRC)/SUNthe Soviet Union";',
  ]);
});

test("a code without an English name stops the generation", () => {
  expect(() => generateCountryCodes(mappings({ BF: { _numeric: "854", _alpha3: "BFA" } }), names({}))).toThrow(
    /no English name for BF/,
  );
});
