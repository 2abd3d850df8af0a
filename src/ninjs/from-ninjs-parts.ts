/** The parts of {@link fromNinjs} that read lists of things: subjects, entities and images. */
import type { Entity, Image } from "../generated/types.js";
import { ID_PATTERN, URL_PATTERN } from "../generated/patterns.js";
import { MEDIA_TOPIC_BASE } from "../core/iri.js";
import { isRecord } from "../core/json.js";
import { uniqueIds } from "../core/unique-ids.js";
import { list, read, say, text, type Json, type Reading } from "./reading.js";

/** A Wikidata QID from an entity URI (`…/entity/Q965` or `…/wiki/Q965`). */
function qidOf(uri: unknown): string | undefined {
  const m =
    typeof uri === "string" ? /^https?:\/\/(?:www\.)?wikidata\.org\/(?:entity|wiki)\/(Q[1-9][0-9]*)$/.exec(uri) : null;
  return m?.[1];
}

/** The id a ninjs literal or a name asks for (made unique by the caller). */
function wantedId(literal: unknown, name: string): string {
  if (typeof literal === "string" && ID_PATTERN.test(literal)) return literal;
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 90) || "entity"
  );
}

/** Subjects: keywords, except IPTC Media Topics (a document derives those from its events). */
export function placeSubjects({ doc, use, unplace }: Reading): void {
  const keywords: string[] = [];
  list(use("subjects")).forEach((s, i) => {
    const word = text(s["name"]) ?? text(s["literal"]);
    const uri = s["uri"];
    if (typeof uri === "string" && uri.startsWith(MEDIA_TOPIC_BASE)) {
      const topic = uri.slice(MEDIA_TOPIC_BASE.length);
      unplace(
        `/subjects/${i}`,
        "media-topic",
        `IPTC Media Topic ${topic} (${word ?? "no name"}): a document derives its topics from its events; add it to keywords if you want it kept`,
        { topic, name: word ?? "" },
      );
    } else if (word !== undefined) keywords.push(word);
  });
  if (keywords.length > 0) doc["keywords"] = [...new Set(keywords)];
}

/** People, organisations and places as entities; ninjs events, which are references only, listed. */
export function placeEntities({ doc, use, unplace }: Reading): void {
  const unique = uniqueIds();
  const entities: Entity[] = [];
  const add = (kind: "person" | "organization" | "place", from: string) => {
    list(use(from)).forEach((e, i) => {
      const name = text(e["name"]);
      if (name === undefined) return unplace(`/${from}/${i}`, "no-name", "has no name");
      entities.push(entityOf(e, kind, name, unique(wantedId(e["literal"], name))));
      // A ninjs place may be a country; a document's countries need ISO codes ninjs does not carry.
      if (kind === "place" && e["rel"] === "country")
        unplace(
          `/${from}/${i}`,
          "country-place",
          `"${name}" is a country: change its type to country and add iso2 and iso3`,
          {
            name,
          },
        );
    });
  };
  add("person", "people");
  add("organization", "organisations");
  add("place", "places");
  if (entities.length > 0) doc["entities"] = entities;
  list(use("events")).forEach((e, i) => {
    const name = say(e["name"] ?? e["literal"] ?? "");
    unplace(
      `/events/${i}`,
      "event-reference",
      `event "${name}" is a reference only: describe it as a Meeting, Coup or Partnership in events`,
      { name },
    );
  });
}

/** One entity: name, id, Wikidata QID, and a place's coordinates from a GeoJSON Point. */
function entityOf(e: Json, kind: "person" | "organization" | "place", name: string, id: string): Entity {
  const qid = qidOf(e["uri"]);
  const geo = read(e, "geoJSON");
  const point = isRecord(geo) && geo["type"] === "Point" && Array.isArray(geo["coordinates"]) ? geo["coordinates"] : [];
  const [longitude, latitude] = point as unknown[];
  return {
    type: kind,
    id,
    name,
    ...(qid !== undefined ? { wikidata: qid } : {}),
    ...(kind === "place" && typeof longitude === "number" && typeof latitude === "number"
      ? { longitude, latitude }
      : {}),
  } as Entity;
}

/** Associated https pictures as images, their caption from the first description. */
export function placeImages({ doc, use, unplace }: Reading): void {
  const images: Image[] = [];
  list(use("associations")).forEach((a, i) => {
    const rendition = list(a["renditions"])[0];
    const url = rendition?.["href"] ?? a["uri"];
    if (a["type"] !== "picture" || typeof url !== "string" || !URL_PATTERN.test(url) || !url.startsWith("https://"))
      return unplace(`/associations/${i}`, "not-a-picture", "an associated item that is not an https picture");
    // Any caption that is not empty, blank or not: the schema takes it, and it is what was published.
    const caption = list(read(a, "descriptions"))[0]?.["value"];
    const width = rendition?.["width"];
    const height = rendition?.["height"];
    images.push({
      url,
      ...(typeof width === "number" ? { width } : {}),
      ...(typeof height === "number" ? { height } : {}),
      ...(typeof caption === "string" && caption !== "" ? { caption } : {}),
    });
  });
  if (images.length > 0) doc["images"] = images;
}
