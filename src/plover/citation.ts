// A PLOVER 2.0 record's `cite_info`, the manual's "Information object for citations" (url, title,
// language, publication…), as the article fields of a document: its headline, url, language and
// publisher, each where the document's schema allows it.
import type { NewsDocument, Publisher } from "../generated/types.js";
import { matchesLanguage, matchesUrl, URL_MAX_LENGTH } from "../generated/patterns.js";
import { isRecord } from "../core/json.js";
import type { Reading } from "./reading.js";

/** The article fields a record gives, each valid where the document puts it. */
export type Cited = Partial<Pick<NewsDocument, "headline" | "url" | "language" | "publisher">>;

/**
 * The names of each field, the manual's first ("title", "publication"), then the names a
 * provider may give it ("Providers should feel free to include named fields beyond those provided
 * here"): headline and publisher, as a document names them.
 */
const NAMES = { headline: ["title", "headline"], url: ["url"], publisher: ["publication", "publisher"] } as const;
const READ = new Set(["language", ...Object.values(NAMES).flat()]);

/** The first of the names the citation gives, with its pointer. */
function given(cite: Record<string, unknown>, names: readonly string[]): [unknown, string] | undefined {
  const key = names.find((k) => cite[k] !== undefined);
  return key === undefined ? undefined : [cite[key], `/cite_info/${key}`];
}

/** Whether a value is a URL the document's schema takes: its pattern, within its length. */
const isSchemaUrl = (value: unknown): value is string =>
  typeof value === "string" && value.length <= URL_MAX_LENGTH && matchesUrl(value);

/** A url the document's schema takes, or undefined (and said). */
function url(r: Reading, value: unknown, at: string): string | undefined {
  if (isSchemaUrl(value)) return value;
  r.unplace(at, "no-place", "is not an absolute http(s) URL a document's url can be");
  return undefined;
}

/**
 * The publisher: an object with its name and home page, as a document holds one. A name alone
 * is no publisher (a document's needs its home page, which a name does not give): it is said,
 * unless the publisher given in the defaults has that name.
 */
function publisher(r: Reading, value: unknown, at: string, fallback: Publisher | undefined): Publisher | undefined {
  const name = r.text(isRecord(value) ? value["name"] : value);
  const home = isRecord(value) ? value["url"] : undefined;
  if (name !== undefined && isSchemaUrl(home)) {
    r.unplaceRest(value as Record<string, unknown>, at, new Set(["name", "url"]));
    return { name, url: home };
  }
  if (name === undefined || fallback?.name !== name)
    r.unplace(
      at,
      "no-place",
      "is not a publisher with its name and home page, as a document needs (the publisher default is used when given)",
      name === undefined ? undefined : { name },
    );
  return undefined;
}

/** The record's language (0.8), else its citation's (2.0): a BCP 47 tag, else said. */
function language(r: Reading, cite: Record<string, unknown>): string | undefined {
  const own = r.record["language"];
  const [value, at] = own !== undefined && own !== "" ? [own, "/language"] : [cite["language"], "/cite_info/language"];
  if (value === undefined || value === "") return undefined;
  if (typeof value === "string" && matchesLanguage(value)) return value;
  r.unplace(at, "not-a-code", "is not a BCP 47 language tag");
  return undefined;
}

/**
 * What the citation gives of the article: its headline (the text's title), url, language (the
 * record's own `language` first) and publisher; what it holds besides (corpus, licence,
 * codebook…) is unplaced.
 *
 * @example
 * ```ts
 * readCitation(new Reading({ cite_info: { title: "G-7 to meet in Ottawa" } }, ""), undefined).headline; // => "G-7 to meet in Ottawa"
 * ```
 */
export function readCitation(r: Reading, defaultPublisher: Publisher | undefined): Cited {
  const cite = r.record["cite_info"];
  if (cite !== undefined && !isRecord(cite)) r.unplace("/cite_info", "no-place", "is not a citation object");
  const c = isRecord(cite) ? cite : {};
  r.unplaceRest(c, "/cite_info", READ);
  const out: { -readonly [K in keyof Cited]: Cited[K] } = {};
  const title = given(c, NAMES.headline);
  if (title && r.text(title[0]) !== undefined) out.headline = title[0] as string;
  else if (title) r.unplace(title[1], "no-place", "is not a headline: a text that is not blank");
  const link = given(c, NAMES.url);
  const read = link && url(r, link[0], link[1]);
  if (read !== undefined) out.url = read;
  const by = given(c, NAMES.publisher);
  const made = by && publisher(r, by[0], by[1], defaultPublisher);
  if (made !== undefined) out.publisher = made;
  const tag = language(r, c);
  if (tag !== undefined) out.language = tag;
  return out;
}
