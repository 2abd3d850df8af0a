// Records in the shape of PLOVER's manual, "DRAFT Version: 2.0" (openeventdata/PLOVER,
// PLOVER_MANUAL.tex at 5e0c24f, CC BY-SA 4.0), written from its own examples and field tables;
// and the article fields a starter from any PLOVER record needs (PLOVER holds none of them).
import type { FromPloverDefaults } from "../../src/plover/index.js";

/** What a starter from a PLOVER record needs besides the record. */
export const ploverArticle: FromPloverDefaults = {
  headline: "A PLOVER record",
  url: "https://news.example.org/a",
  published: "2024-03-02T00:00:00Z",
  language: "en",
  authors: [{ type: "person", name: "A Reporter" }],
  publisher: { name: "Example News", url: "https://news.example.org/" },
};

/** Chapter "Data Fields": "the simplest form of an event record" (its date unquoted there, quoted here: JSON). */
export const simplest = {
  id: "PHOXv1-20160724-0042",
  date: "2016-07-24",
  actor: [{ code: "USA" }],
  recipient: [{ code: "CAN" }],
  event: ["CONSULT"],
};

/** §"Compound and Reciprocal Actors": "The United States and France accused Russia…", one record, a compound actor. */
export const compound = {
  id: "compound",
  date: "2016-07-24",
  actor: [
    { entity_text: "The United States", code: "USA" },
    { entity_text: "France", code: "FRA" },
  ],
  recipient: [{ entity_text: "Russia", code: "RUS" }],
  event: ["ACCUSE"],
  event_text: ["accused"],
  text: "The United States and France accused Russia of violating the agreement.",
};

/** The same section: a meeting is reciprocal, "all of the entities are considered as the actor and no recipient is included". */
export const reciprocal = {
  id: "reciprocal",
  actor: [
    { entity_text: "President Obama", code: "USA", sector: "GOV" },
    { entity_text: "Japanese Prime Minister Abe", code: "JPN", sector: "GOV" },
  ],
  event: ["CONSULT"],
  event_text: ["met with"],
  event_loc: { extracted_place: "the White House" },
  text: "President Obama met with Japanese Prime Minister Abe at the White House.",
};

/**
 * §"Auxiliary modes": "Members of the G-7 will meet in Ottawa next month", its context `future`;
 * its place in the "Location object" table's fields (Ottawa's GeoNames record), its sentence in
 * the "Information object for text" table's, the G-7 as an IGO (§"Non-state international actors").
 */
export const auxiliary = {
  id: "auxiliary",
  date: "2016-07",
  actor: [{ entity_text: "Members of the G-7", code: "IGO", sector: "GOV" }],
  event: ["CONSULT"],
  mode: ["multilateral"],
  context: ["future", "diplomatic"],
  event_loc: {
    extracted_place: "Ottawa",
    resolved_place: "Ottawa",
    geonameid: 6094817,
    lat: 45.41117,
    lon: -75.69812,
    country_code: "CAN",
    feature_class: "P",
    feature_code: "PPLC",
    resolution: 4,
  },
  text: "Members of the G-7 will meet in Ottawa next month.",
  text_info: { sequence: 3, start: 120, end: 170 },
  cite_info: { language: "en", title: "G-7 to meet in Ottawa" },
};

/** Chapter "Country Names and Sector Codes": its example actor block, Steinmeier (the sentence invented). */
export const steinmeier = {
  id: "steinmeier",
  actor: [
    {
      raw_text: "Steinmeier",
      entity_name: "Frank-Walter Steinmeier",
      wikidata_id: "Q76658",
      wiki_description: "Minister of Foreign Affairs",
      country_name: "Germany",
      sector_code: "GOV",
      other_sector_codes: "",
    },
  ],
  event: ["CONSULT"],
  text: "Steinmeier met his Russian counterpart in Berlin.",
};
