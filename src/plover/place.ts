// A PLOVER record's place as a document's place entity, in either draft's shape: 0.8's `eventLoc`
// ({ name, "country code", lat, lon }), 2.0's `event_loc`, the location object of PLOVER_MANUAL.tex
// ("Data Fields": extracted_place, resolved_place, geonameid, lat, lon, country_code…).
import type { Place } from "../generated/types.js";
import { isRecord } from "../core/json.js";
import type { Reading } from "./reading.js";

/** What a 2.0 location object holds that is read; the rest (city, province, feature_code…) has no place. */
const LOCATION_FIELDS = new Set(["extracted_place", "resolved_place", "geonameid", "lat", "lon", "country_code"]);

/** The place's name, the words for it in the sentence and where they are in the record. */
function nameOf(
  r: Reading,
  loc: Record<string, unknown>,
  at: string,
): { name: string | undefined; words: string | undefined; from: string } {
  if (at === "/eventLoc") return { name: r.text(loc["name"]), words: r.text(loc["name"]), from: "name" };
  const [extracted, resolved] = [r.text(loc["extracted_place"]), r.text(loc["resolved_place"])];
  // The gazetteer's name is the entity's, the sentence's words its mention.
  return {
    name: resolved ?? extracted,
    words: extracted ?? resolved,
    from: extracted ? "extracted_place" : "resolved_place",
  };
}

/**
 * The event's place: a place entity with its coordinates and mention; from 2.0's location object
 * also the sentence's other words for it as an alias and its GeoNames page.
 *
 * @example
 * ```ts
 * readPlace(new Reading({ event_loc: { extracted_place: "Ottawa", geonameid: 6094817 } }, "in Ottawa"))?.sameAs; // => ["https://www.geonames.org/6094817"]
 * ```
 */
export function readPlace(r: Reading): Place | undefined {
  const at = r.record["eventLoc"] !== undefined ? "/eventLoc" : "/event_loc";
  const loc = r.record[at.slice(1)];
  const { name, words, from } = isRecord(loc) ? nameOf(r, loc, at) : { name: undefined, words: undefined, from: "" };
  if (!isRecord(loc) || name === undefined) {
    if (loc !== undefined) r.unplace(at, "no-place", "a place without a name");
    return undefined;
  }
  const place: Place = { type: "place", id: r.id(name, "place"), name };
  if (words !== undefined && words !== name) place.aliases = [words];
  // Coordinates as numbers, or as decimal text (a CSV-born record's "48.85"); anything else, or one
  // without the other, is said, not dropped.
  const [lat, lon] = [coordinate(loc["lat"], 90), coordinate(loc["lon"], 180)];
  if (lat !== undefined && lon !== undefined) {
    place.latitude = lat;
    place.longitude = lon;
  } else
    for (const key of ["lat", "lon"])
      if (loc[key] !== undefined)
        r.unplace(`${at}/${key}`, "not-a-count", "is not a coordinate in degrees, or comes without the other");
  const geonames = loc["geonameid"];
  if ((typeof geonames === "number" || typeof geonames === "string") && /^[1-9]\d{0,11}$/.test(String(geonames)))
    place.sameAs = [`https://www.geonames.org/${geonames}`];
  else if (geonames !== undefined) r.unplace(`${at}/geonameid`, "not-a-code", "is not a GeoNames id");
  const country = at === "/eventLoc" ? "country code" : "country_code";
  if (loc[country] !== undefined)
    r.unplace(`${at}/${country}`, "no-place", "a place's country is a country entity with both ISO codes");
  if (at === "/event_loc") r.unplaceRest(loc, at, LOCATION_FIELDS);
  const mentions = r.evidence(words ?? name, `${at}/${from}`);
  if (mentions) place.mentions = mentions;
  return place;
}

/** A latitude or longitude within ±`max` degrees, given as a number or as decimal text, or undefined. */
function coordinate(value: unknown, max: number): number | undefined {
  const degrees = typeof value === "string" && /^-?\d{1,3}(\.\d+)?$/.test(value) ? Number(value) : value;
  return typeof degrees === "number" && Number.isFinite(degrees) && Math.abs(degrees) <= max ? degrees : undefined;
}
