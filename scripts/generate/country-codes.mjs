// src/generated/country-codes.ts: each ISO 3166-1 country's alpha-2 and alpha-3 codes with its
// English name, for the document check that a country's two codes are one country's
// (src/validate/checks/country-codes.ts). Derived from the vendored Unicode CLDR files
// (vendor/cldr-country-codes/): codeMappings.json's pairs, territories-en.json's names.
import { banner } from "./schemas.mjs";

/** Where the vendored CLDR files live, relative to the repository root. */
export const CLDR_CODE_MAPPINGS = "vendor/cldr-country-codes/codeMappings.json";
export const CLDR_TERRITORY_NAMES = "vendor/cldr-country-codes/territories-en.json";

/**
 * Names of the withdrawn codes CLDR still maps (ISO 3166-3's), which its English names no longer
 * list: written here, each the short English name of the country the code stood for.
 */
const FORMER_NAMES = {
  AN: "Netherlands Antilles",
  BU: "Burma",
  CS: "Serbia and Montenegro",
  DD: "East Germany",
  FX: "Metropolitan France",
  NT: "Neutral Zone",
  SU: "Soviet Union",
  TP: "East Timor",
  YD: "South Yemen",
  YU: "Yugoslavia",
  ZR: "Zaire",
};

/**
 * The pairs ISO 3166 itself assigned, current or withdrawn: CLDR's entries with an alpha-3 and an
 * ISO numeric code outside 900-999, the range ISO leaves to users. That leaves out the
 * user-assigned codes (AA, QM-QZ, XA-XZ, ZZ) and CLDR's own alpha-3s for them (XK's XKK, where
 * datasets write XKX for Kosovo), and the exceptionally reserved codes (AC, CP, DG, EA, IC, TA),
 * which have no numeric code and no alpha-3 of ISO's.
 */
export function countryPairs(codeMappings) {
  const pairs = [];
  for (const [alpha2, codes] of Object.entries(codeMappings.supplemental.codeMappings)) {
    const numeric = Number(codes._numeric);
    if (/^[A-Z]{2}$/.test(alpha2) && /^[A-Z]{3}$/.test(codes._alpha3 ?? "") && numeric > 0 && numeric < 900)
      pairs.push([alpha2, codes._alpha3]);
  }
  return pairs.sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * A country's English name as a sentence holds it: CLDR's, or its variant where the name is a
 * dashed label ("Congo - Kinshasa": "Congo (DRC)"), a withdrawn code's from FORMER_NAMES; with
 * "the" where English says it ("the Bahamas").
 */
function nameOf(alpha2, names) {
  const name = names[alpha2] ?? FORMER_NAMES[alpha2];
  if (name === undefined) throw new Error(`generate country codes: no English name for ${alpha2}`);
  if (names[alpha2] !== undefined && FORMER_NAMES[alpha2] !== undefined)
    throw new Error(`generate country codes: CLDR names ${alpha2} now; drop it from FORMER_NAMES`);
  const named = name.includes(" - ") ? (names[`${alpha2}-alt-variant`] ?? name) : name;
  if (/[|/]/.test(named)) throw new Error(`generate country codes: ${alpha2}'s name "${named}" has a separator`);
  return TAKES_THE.test(named) ? `the ${named}` : named;
}

/** Names said with "the" inside a sentence: "US is the United States' alpha-2 code". */
const TAKES_THE =
  /(Islands|Emirates|Netherlands|Antilles|Republic|Kingdom|States|Territory|Territories|Union|Zone)$|^(Bahamas|Gambia|Comoros|Maldives|Philippines|Isle of Man)$/;

/**
 * The table as one string, grouped by the alpha-2's first letter: a group is that letter, then
 * its countries joined by "|", each the alpha-2's second letter, the alpha-3 (one capital where it
 * is the alpha-2 and one letter more, as BF's BFA is; else all three, in lower case) and the name.
 * Groups are joined by "/": "BF" + "BFA" + "Burkina Faso" is "…/BFABurkina Faso|…".
 */
export function encodeCountryCodes(rows) {
  const groups = new Map();
  for (const [alpha2, alpha3, name] of rows) {
    const code = alpha3.startsWith(alpha2) ? alpha3[2] : alpha3.toLowerCase();
    const group = groups.get(alpha2[0]) ?? [];
    group.push(`${alpha2[1]}${code}${name}`);
    groups.set(alpha2[0], group);
  }
  return [...groups].map(([letter, entries]) => `${letter}${entries.join("|")}`).join("/");
}

/** The text of src/generated/country-codes.ts, from CLDR's code mappings and English territory names. */
export function generateCountryCodes(codeMappings, territoryNames) {
  const names = territoryNames.main.en.localeDisplayNames.territories;
  const rows = countryPairs(codeMappings).map(([alpha2, alpha3]) => [alpha2, alpha3, nameOf(alpha2, names)]);
  const version = codeMappings.supplemental.version._cldrVersion;
  return `${banner("vendor/cldr-country-codes/*.json")}// Unicode CLDR ${version}: © Unicode, Inc., Unicode License V3 (vendor/cldr-country-codes/LICENSE).

/** The CLDR release the table was derived from. */
export const COUNTRY_CODES_CLDR = ${JSON.stringify(version)};
/**
 * ${rows.length} ISO 3166-1 countries, current and withdrawn: alpha-2, alpha-3 and English name,
 * grouped by the alpha-2's first letter ("/" between groups, "|" between countries). An entry is
 * the alpha-2's second letter, then the alpha-3's last letter (a capital) when the alpha-3 starts
 * with the alpha-2, else the whole alpha-3 in lower case, then the name: "B…|FABurkina Faso|…".
 */
export const COUNTRY_CODES = ${JSON.stringify(encodeCountryCodes(rows))};
`;
}
