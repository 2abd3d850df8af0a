import type { Country } from "../../generated/types.js";
import { COUNTRY_CODES } from "../../generated/country-codes.js";
import type { AddIssue, Path } from "./context.js";

/*
 * A country's alpha-2 and alpha-3 codes name one country. The table (src/generated/country-codes.ts,
 * from Unicode CLDR) holds the codes ISO 3166 assigned, current and withdrawn (SU/SUN, YU/YUG,
 * CS/SCG, DD/DDR); a code it does not hold (Kosovo's XK/XKX, any user-assigned or unknown code)
 * is not judged, since no issue may refuse real data the table cannot speak for.
 */

/** Each alpha-2's alpha-3 and name, and each alpha-3's alpha-2: read from the table when first asked. */
interface CountryTable {
  readonly alpha3: Map<string, string>;
  readonly alpha2: Map<string, string>;
  readonly names: Map<string, string>;
}

let table: CountryTable | undefined;

/** The table, read on the first country checked: an input that names none never pays for it. */
function countryTable(): CountryTable {
  if (table !== undefined) return table;
  const read: CountryTable = { alpha3: new Map(), alpha2: new Map(), names: new Map() };
  for (const group of COUNTRY_CODES.split("/"))
    for (const entry of group.slice(1).split("|")) {
      const alpha2 = `${group[0]}${entry[0]}`;
      // One capital: the alpha-3 is the alpha-2 and that letter; lower case: the whole alpha-3.
      const whole = entry[1] !== (entry[1] as string).toUpperCase();
      const alpha3 = whole ? entry.slice(1, 4).toUpperCase() : `${alpha2}${entry[1]}`;
      read.alpha3.set(alpha2, alpha3);
      read.alpha2.set(alpha3, alpha2);
      read.names.set(alpha2, entry.slice(whole ? 4 : 2));
    }
  return (table = read);
}

/** "Burkina Faso's", "United States'". */
const whose = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);

/**
 * When the table knows both codes of a country and they are two countries', reports it at iso3,
 * naming each code's country; says nothing of a code the table does not know.
 *
 * @example
 * ```ts
 * checkCountryCodes({ type: "country", id: "bf", name: "Burkina Faso", iso2: "BF", iso3: "RUS" }, ["entities", 0], add);
 * // "inconsistent" at /entities/0/iso3: "BF is Burkina Faso's alpha-2 code; its alpha-3 is BFA, not RUS, which is Russia's"
 * ```
 */
export function checkCountryCodes(country: Country, path: Path, add: AddIssue): void {
  const { iso2, iso3 } = country;
  const { alpha3, alpha2, names } = countryTable();
  const expected = alpha3.get(iso2);
  if (expected === undefined || expected === iso3) return;
  const other = alpha2.get(iso3);
  if (other === undefined) return;
  add(
    "inconsistent",
    path.concat("iso3"),
    `${iso2} is ${whose(names.get(iso2) as string)} alpha-2 code; its alpha-3 is ${expected}, not ${iso3}, which is ${whose(names.get(other) as string)}`,
    { iso2, iso3, expected },
  );
}
