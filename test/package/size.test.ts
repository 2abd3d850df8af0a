import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { expect, test } from "vitest";
import { repoPath } from "../helpers/fixtures.js";

/** What a consumer's bundler would ship for an entry (or for a module's text importing from it): esbuild, minified, gzip -9. */
async function shipped(
  entry: string,
  contents?: string,
  external: string[] = [],
): Promise<{ text: string; gzip: number }> {
  const result = await build({
    ...(contents === undefined
      ? { entryPoints: [repoPath(entry)] }
      : { stdin: { contents, resolveDir: repoPath("."), loader: "js" as const } }),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
    external,
  });
  const text = result.outputFiles[0]?.text ?? "";
  return { text, gzip: gzipSync(text, { level: 9 }).length };
}

// Budgets (issue: packaging and performance). `npm test` builds dist/ first.
// 6 KB through issue 13 (live blogs included); issue 12 asks the graph to say more of each event
// (a coup's steps as sub-events, every attendance mode, clock times, places within places,
// governments for countries that attend, outcome and stage, ClaimReview for third parties'
// claims and the guard for their new references): ~0.6 KB, so 7 KB.
// 7.5 KB with issue 23's nodes of user-defined kinds (their declared class, 7.23 KB measured).
// 8.25 KB after issues 22-25 together (8,211 B measured): Event nodes only for public events at an
// address (postal addresses), coded terms as IRIs and steps named by action and target, part-of as
// superEvent, unnamed people left out with every reference to them, documents as CreativeWork, user
// kinds' nodes, React script props. Issue 27 (performance) is to look at it again.
// 8.75 KB with issue 27 row 1 (8,774 B measured, +0.58 KB): nodes built field by field rather than
// through one generic copy, ids made once per document, the guard's allocation-free walk (+0.26 KB)
// and its memo of frozen documents — end to end 0.6-0.8x of the time before.
// 9.25 KB with issue 27 row 1, round 3 (9,213 B measured, +0.42 KB): every @id kept one node's
// without hashing the ids (IdMap, +0.2 KB: hashing them cost ~0.2x of JSON.stringify), the guard
// reading values in a for-in loop (+0.15 KB), properties stored under their own names.
// 9.5 KB: 9,380 B measured before, 9,527 B with IdMap turning into one Map when a bucket passes
// sixteen ids (+0.15 KB): numbered event ids shared a hundred buckets, a graph of thousands of
// events compared each id with a hundredth of them.
// 10.25 KB: 10,386 B (+0.85 KB) once toJsonLd checks its options as a JavaScript caller hands them
// (src/jsonld/options-check.ts: names, and the values of those with a list) and copies `extend`'s
// values as plain JSON, every URL-valued property checked (src/jsonld/extend.ts): a trial of the
// packed package put javascript: URLs into the graph through extend. The options' "did you mean"
// was left out for the size (it lists the options instead: the edit distance alone was 0.27 KB).
// 11.5 KB: 11,511 B (+1.1 KB) once the options' shapes are checked before anything is built
// (src/jsonld/options-check.ts: a text where a list goes, a site or crumb without its name or URL,
// what authorDetails gives, callbacks that throw, extend never changing what the document says):
// a second trial found each split, dropped or a bare TypeError blaming the document. 11.75 KB:
// 11,846 B with the `kinds` option's class names and QIDs checked (a trial's "Event Foo" was a @type).
// 12 KB: 12,129 B once the guard tests ids and QIDs as the validators do (src/generated/patterns.ts's
// matchesId and matchesWikidata, ~280 B): an id tested in 27 ns where the schema's RegExp took 40.
// 12,300 B once a graph in another language than English states no sentence of ours
// (a coup's "Outcome: …", +12 B; round 24).
// 12.25 KB: 12,333 B (+67 B) once a place's postal address gives its node
// only PostalAddress's own fields, copied key by key: spread whole, an unvalidated address's "@id"
// ("javascript:…") reached the graph without the guard ever looking at it.
// 13.5 KB: 13,764 B (+1.4 KB) once the guard checks the shape of every part of a document the builder
// reads (src/jsonld/spec.ts, shapes.ts: an object, a list or a text where it reads one, what it cannot
// do without present, in validateDocument's words): a trial found keywords split into letters, a
// mention of #/entity/undefined, a number as the headline, and bare TypeErrors blaming "/".
// 14 KB: 14,240 B (+476 B) once a hostile document's problem is named where it is (src/jsonld/json-faults.ts,
// run only after the guard's walk went 64 levels deep or was thrown out of): a cycle at
// /publisher/self had been "/: … RangeError: Maximum call stack size exceeded", a getter throwing
// at /publisher/name "/: could not be read: Error: boom".
// 14.25 KB: 14,356 B (+116 B) once the serializers refuse what JSON cannot hold with a NewsEventsError
// naming where (no object, a cycle, NaN or Infinity, which JSON.stringify wrote as null): a trial
// got bare TypeErrors. A graph toJsonLd built is marked and not looked through for NaN (a search
// for "null" in its text cost a tenth of the stringify).
// 14,398 B (+42 B) with NewsEventsError and isNewsEventsError exported by the entry that throws it;
// 14,431 B merged with round 24's English-only sentences.
// 14.5 KB: 14,693 B (+262 B) once `ratingWords` gives a rating's words in the document's language
// (a ClaimReview needs them; ours are English), the option's ratings and words checked as the others.
test("the JSON-LD entry is at most 14.5 KB and carries no validator code", async () => {
  const { text, gzip } = await shipped("dist/jsonld.js");
  expect(gzip).toBeLessThanOrEqual(14.5 * 1024);
  expect(text).not.toMatch(/schemaPath|additionalProperty|check_document|instancePath/);
});

// 15 KB until issue 12: the fields real coups need (dated steps, dated and placed fates, details,
// classes, relative times, places within places, reaction actions) cost ~4 KB of Ajv's code; the
// unread schema paths were stripped from it (-1.4 KB); the fields real partnerships need (per-party
// stages, clauses, components, milestones, transformations, members) ~1.4 KB more: 19 KB.
// Issue 22's coded terms, quantities and event relations made it 24.2 KB, as Ajv compiled each
// definition the three kinds share once per kind; compiled once each (withSharedDefinitions in
// scripts/generate/validators.mjs): 18.7 KB, back within 19 KB.
// 21.5 KB: 21.2 KB measured after the merge of issues 22-26, one set compiled with allErrors (capped).
// 22 KB: 21.8 KB measured with issue 27's plain-data marks (a check per object, array and non-ASCII
// string schema: the walk folded into the run) and its simple patterns as char-code loops.
// 15 KB: 14.5 KB measured (240 -> 131 KB minified) once each error site is one call and the values
// errors quote are written in place of the schema objects Ajv embedded (scripts/generate/error-calls.mjs).
// 15.25 KB: 15,382 B (15,233 B before, +149 B) once a quantity's unit may be a UCUM code or a
// Wikidata QID beside a currency and percent (UCUM's grammar as the unit's pattern) and a
// verification may give its verified figure (a trial of real events, round 25).
test("the precompiled validators are at most 15.25 KB", async () => {
  const { gzip } = await shipped("src/generated/check-validators.js");
  expect(gzip).toBeLessThanOrEqual(15.25 * 1024);
});

// 19 KB until issue 11; its authoring help (every missing property in one run, "did you mean" from
// the schemas' property names, every pattern in words, evidence that says where its words are)
// costs about 1.1 KB, while the validators themselves stay within their 15 KB. 21.5 KB since
// issue 13: live coverage (dated updates, coverageEnded, their order and URL checks) costs
// ~1.1 KB, 0.6 KB of it Ajv's code for the Update object. 23 KB since issue 12's consistency
// checks (end before start, outcome/reaction/stage dates, stage vs history, scale vs sides,
// fates, third-country venue, quoted words in evidence: ~1 KB, most of it their messages), and
// 25 KB with the coup fields' validators and checks (steps, fates, places within places), 27 KB
// with the partnership fields' (per-party stages, components, transformations and their checks).
// 28 KB since issue 15: checks that allocate nothing on the valid path (dates as day numbers, spans
// compared in place, references and evidence tested before a path is built, pointers walked
// without splitting) cost ~0.3 KB, which left 27 KB no room (26.9 KB measured).
// 35 KB with issue 22's coded terms, quantities and event relations (34.2 KB measured); 37.5 KB
// with their checks, deadlines and the timeline (done things not after the article, clock times,
// dates stated relative to another, one fact one date).
// 41 KB: 40.5 KB measured after the merge of issues 22-26 (one allErrors set of validators, every
// issue's messages, the document checks of 22-25); 63.3 KB when a second, first-error set shipped.
// 42 KB: 41.7 KB measured after issue 27's valid path without allocations (+1.7 KB: the reused id
// table, verification targets resolved in place, dated parts and roles read by index loops; the
// validators' lazy paths are 0.2 KB smaller), for 101.5 -> 18.5 KiB allocated per valid document.
// +0.9 KB (42.9 KB measured alone) after issue 27's checks beyond the schema were made to allocate
// nothing on the valid path (+0.9 KB: each part tested in place before a path is built — quantities,
// relations, dated parts, fuzzy dates —, index loops for closures), for 19.0 -> 4.6 KiB allocated
// per valid canonical document and 24.1 -> 5.3 KiB per rich one.
// +1.1 KB (43.1 KB measured alone): issue 27's plain-data walk folded into the validators' run (+0.7 KB:
// a check per object, array and non-ASCII string schema), for a valid document walked once, not
// twice, and simple patterns (ids, codes, "not blank") as char-code loops (+0.4 KB).
// 43.5 KB holds both together (they were measured on separate branches). 42.6 KB measured (-0.9 KB)
// once the validators read each property once and test ids by length and an open RegExp.
// 39 KB: 38.4 KB measured with the validators' error sites as calls and quoted values in place.
// 40 KB: 38.4 KB measured before, 39.3 KB (+0.9 KB) with work that no longer grows with the square
// of a document's size: the id table's full hash for numbered ids, the part-of graph made once
// (Tarjan's components), wrong evidence spans searched a bounded number of times, and an object's
// keys listed once per explanation.
// 41 KB: 39.3 KB measured before, 40.1 KB (+0.8 KB) with two more of the same kind: uniqueItems of
// a long list by a key per item (+0.4 KB), and a coup's steps held to an index of each person's
// dated fates (+0.4 KB).
// 48 KB: 47.6 KB (48,735 B) with issue 27's one pass for a valid event (src/generated/fast-path.js,
// +6.9 KB; 47.8 KB, 48,919 B, once it gives the checks each participant and a meeting's fields): a second reading of the event schemas, generated, which validateEvent answers a valid
// event with (0.38x -> 0.29x of a parse after the bench's 46 shapes).
// 48.5 KB: 49,197 B once validateWith refuses a call made from inside a run (a getter of the input
// that validates another: it reset the run's plain-data state, and a lone surrogate was let through).
// 49 KB: 49,710 B (+513 B) once the one pass tests a closed object's keys by their length, then
// against the names of that length (one switch on a number, then a few comparisons, where a
// switch over every name compared each key with every name before it: 40 -> 24 ns for a meeting's
// keys, validateEvent 804 -> 776 ns after the bench's shapes).
// 49.25 KB: 50,240 B once PLOVER's draft 2.0 codes are known beside 0.8's (two event types, 12
// modes and 20 contexts: +60 B, data the schema and the code lists must hold). 49.5 KB: 50,528 B
// once an event alone has its quantities checked (+190 B) and a refused date-time names an
// impossible day, minute or second, or a one-digit offset hour (+100 B), both found by a trial.
// 49.75 KB: 50,706 B once a relative date read against a day after the article is refused (+178 B);
// 50,765 B once an author name with outer white space is (+59 B); 50,871 B once an image listed
// twice is (+106 B); 50,896 B with a publisher name's (+25 B).
// 50 KB: 50,971 B (50,911 B before, +60 B) once a refused date-time names an offset out of range
// ("+25:00 is no UTC offset"), found by a trial of readRelativeDate's anchors (round 21).
// 52.75 KB: 53,831 B (50,913 B before, measured the same way; +2,918 B) once a country whose iso2
// and iso3 are two countries' codes is refused (checks/country-codes.ts): the table of ISO 3166-1's
// 260 pairs with the English names its message gives (src/generated/country-codes.ts, from CLDR)
// is 2,678 B of it, the codes one letter where the alpha-3 is the alpha-2 and one more; the names
// are most of it. validateEvent alone does not carry it (32,146 B). 53,891 B with the offset message above.
// 53 KB: 54,043 B once two images whose urls differ only in their host's case or a default port
// are one image listed twice (core/iri.ts resourceKey, +152 B; round 22).
// 53.25 KB: 54,359 B (54,156 B before, +203 B) once createValidator checks a kind's own quantities
// as an event's are (their ids declared, number and unit held together), takes participants with
// any role, and names a schemaOf tag no kind has (a trial of custom kinds, round 24).
// 54 KB: 55,111 B (54,492 B before, +619 B) once a quantity's unit may be a UCUM code or a Wikidata
// QID (UCUM's grammar in the validators and the one pass, a unit of measure only for a coded
// term) and a verification's verified figure is checked: its target a quantity, the same counts,
// no id of its own, its number and unit held (a trial of real events, round 25).
// 54.25 KB: 55,465 B (55,111 B before, +354 B) once a kind's misspelt property gets the built-in
// kinds' "did you mean" among the names its module carries, and its formats the library's words
// (a trial of custom kinds, round 25).
// 54.5 KB: 55,648 B (55,465 B before, +183 B) once a kind's reference is held to what its schema
// says it names (refersTo: entity types, any event, event kinds), where it was checked for existence
// only (a trial's earthquake had an organization as its epicentre; round 27).
// 54.75 KB: 55,900 B (+252 B) once a kind's ids, evidence, dates and quantities in maps
// (additionalProperties, patternProperties) and tuples (prefixItems) are checked (round 28).
// 56 KB: 57,156 B (+1,256 B) once every JSON Schema keyword a kind may use is said in words
// (validate/keyword-issues.ts: counts, multiples, contains, dependentRequired, propertyNames, not,
// and each alternative of an anyOf or oneOf; round 29). 56.25 KB: 57,485 B once a kind's patterns
// are said in their words everywhere and alternatives told apart by a tag say the chosen one's
// mistake (validate/expected-words.ts, alternatives-issue.ts: an outside trial, round 29).
test("the whole validate entry (validators, issue messages, document checks) stays within 56.25 KB", async () => {
  const { gzip } = await shipped("dist/validate.js");
  expect(gzip).toBeLessThanOrEqual(56.25 * 1024);
});

// What a feed consumer ships who imports validateEvent alone (issue 15): the event validators and
// their issue messages, not the document's. 16.6 KB measured; the budget leaves room for growth.
// 25 KB: 24.7 KB measured after the merge of issues 22-26 (the event validators, allErrors, and
// their messages); 40.4 KB when a second, first-error set shipped. 26 KB: 25.7 KB measured with
// issue 27's plain-data walk folded into the validators' run (validateEvent 0.57x -> 0.36x of a
// parse), simple patterns as loops, and coded lists trying a term before building the list's error.
// 22 KB: 21.4 KB measured with the validators' error sites as calls and quoted values in place.
// 23 KB: 21.5 KB (22,038 B) measured before, 21.9 KB with uniqueItems of a long list by a key per
// item (+0.4 KB), 22.0 KB with "did you mean" hints through an index of names (+0.1 KB: a record
// with three unknown keys 45 -> 13 µs).
// 29.5 KB: 29.0 KB (29,674 B) with the one pass for a valid event (+6.3 KB, see the entry above);
// 29.1 KB (29,819 B) once it gives the checks each participant and a meeting's fields.
// 30 KB: 30,628 B once the pass tests keys by their length (the entry above).
// 30.25 KB: 30,731 B once a hint never names the unknown key itself and a number out of range
// (1e400) is named as such (found by a trial of the packed package); 30.5 KB: 30,981 B once a
// refused date-time says what to change (model/date-time-fault.ts). 31.25 KB: 31,845 B once an event
// alone has its quantities' numbers and units checked, as a document's are (checks/quantity-number.ts,
// its messages and the one pass's hook: found by a trial), and PLOVER's draft 2.0 codes are known.
// 31.5 KB: 32,081 B once a general event without `plover` is told that `classes` may be given
// instead (an anyOf of required properties said as one issue, schema-issues.ts: +236 B).
// 31.75 KB: 32,320 B (32,239 B before) once an unknown key's hint counts what the validator found
// missing in its object towards the schema it fits (a document root was taken for a source: +81 B).
// 32.25 KB: 32,780 B (32,432 B before, +348 B) once a quantity's unit may be a UCUM code or a
// Wikidata QID: UCUM's grammar in the validators and the one pass, a unit of measure only for a
// coded term (a trial of real events, round 25).
// 33.5 KB: 34,093 B once every JSON Schema keyword a kind may use is said in words (the words are
// the explanation's, which validateEvent ships: round 29); 33.75 KB: 34,363 B with a tag's
// alternative and the kind's pattern words (round 29).
test("validateEvent alone is at most 33.75 KB and leaves the document validators out", async () => {
  const eventOnly = (
    await shipped("dist/validate.js", `export { validateEvent } from ${JSON.stringify(repoPath("dist/validate.js"))};`)
  ).gzip;
  const whole = (await shipped("dist/validate.js")).gzip;
  expect(eventOnly).toBeLessThanOrEqual(33.75 * 1024);
  expect(whole - eventOnly).toBeGreaterThan(8 * 1024);
});

// 5 KB until issue 21 (3.9 KB measured): the shared reader of untrusted JSON (readUntrustedJson,
// ~0.85 KB alone), the capped unplaced list, linear ids and toNinjsResult's list of what an item
// cannot carry (~0.55 KB) made it 5.4 KB: 6 KB.
test("the ninjs entry is at most 6 KB and carries neither validator nor JSON-LD code; the JSON-LD entry carries no ninjs code", async () => {
  const ninjs = await shipped("dist/ninjs.js");
  expect(ninjs.gzip).toBeLessThanOrEqual(6 * 1024);
  expect(ninjs.text).not.toMatch(/schemaPath|instancePath|NewsArticle|@context/);
  const jsonld = await shipped("dist/jsonld.js");
  expect(jsonld.text).not.toMatch(/infoSources|versionCreated|ninjs-schema/);
});

// 1.5 KB until issue 21 (1.36 KB measured): fromLinkedData now reads its input with the shared
// reader of untrusted JSON (readUntrustedJson, ~0.85 KB alone) and refuses shared references and
// chains of links: 2.3 KB, so 2.5 KB. 3.75 KB with issue 25's context as an object and its offline
// documentLoader (only who imports them ships them).
// 4 KB: 3.96 KB measured after the merge of issues 22-26 (coded terms as IRIs, the offline context).
// 4.25 KB: 4,171 B once termIri and termFromIri are exported (docs/fields.md names termIri).
test("the linked-data entry is at most 4.25 KB and carries neither validator, JSON-LD graph nor ninjs code", async () => {
  const { text, gzip } = await shipped("dist/linked-data.js");
  expect(gzip).toBeLessThanOrEqual(4.25 * 1024);
  expect(text).not.toMatch(/schemaPath|instancePath|NewsArticle|versionCreated/);
});

// Issue 23: PLOVER in and out (fromPlover, toPlover) reuses the taxonomy's classifyEvent and the
// core's untrusted-JSON reader; no validator, JSON-LD or ninjs code.
// 5,345 bytes measured: the markup reader, both mappings, the taxonomy's classifyEvent and the
// untrusted-JSON reader.
// 5.75 KB: measured 5,648 bytes once fromPlover read counts in words ("Thousands" as at least 2,000).
// 6.25 KB: 6,262 B once fromPlover lists a mode or context none of PLOVER's lists has, which the
// validator would refuse (the lists of modes and contexts, not the CAMEO codes: +0.6 KB).
// 6.75 KB: 6,654 B once the lists hold PLOVER's draft 2.0 codes too and fromPlover reads a bounded
// count ("at least 145", as toPlover writes it) or a range (+0.4 KB).
// 7 KB: 6,988 B once toPlover puts a participant on the side of whom it represents or belongs to (+0.33 KB).
// 8.25 KB: 8,180 B once fromPlover reads the manual's draft 2.0 records too (its field names, lists, location and text objects: +1.2 KB).
// 9.5 KB: 9,669 B (8,276 B before) once fromPlover reads 2.0's cite_info into the headline, url and
// publisher (the schema's Url pattern, 444 B of its text, so that a url it keeps validates), its
// time, enddate, endtime and has_event, and says each value it cannot keep with its reason (+1.4 KB).
// 10 KB: 10,085 B once toPlover chooses between two counts of one thing (a sum of disjoint groups,
// the latest by asOf, else the first) and toPloverResult says what it did not write (+0.4 KB).
// 10.75 KB: 10,771 B once a seventh trial's findings are said, not dropped: a cancelled meeting and an
// event with no PLOVER type in `lost`, the coder's event text written back as given, a value that is
// not text, a day no calendar has and a mark never closed in `unplaced` (+0.7 KB).
// 11 KB: 11,012 B once each actor is given by the article's words (its mention inside the
// participant's or the event's evidence) rather than the entity's name (round 28, +0.2 KB).
// 11.25 KB: 11,266 B once an intergovernmental organisation is IGO and an actor is coded by the
// body or country it is part of, represents or holds an office of (plover/actor-code.ts, round 29).
test("the plover entry is at most 11.25 KB and carries neither validator, JSON-LD graph nor ninjs code", async () => {
  const { text, gzip } = await shipped("dist/plover.js");
  expect(gzip).toBeLessThanOrEqual(11.25 * 1024);
  expect(text).not.toMatch(/schemaPath|instancePath|NewsArticle|versionCreated/);
});

// Issue 20: the checker reads whole HTML pages too (checkHtmlPage, with parse5's tokenizer and a
// JSON line locator, both imported when a page is read); a consumer who checks JSON-LD only ships
// neither. Issue 21: the page reader runs on parse5's own Tokenizer, not parse5-sax-parser (a
// Node Transform stream): the entry bundles for a browser, with no Node built-in left out.
test("checkJsonLd alone ships neither parse5 nor the page reader; checkHtmlPage does", async () => {
  const entry = JSON.stringify(repoPath("dist/check.js"));
  const alone = await shipped("dist/check.js", `export { checkJsonLd } from ${entry};`);
  expect(alone.text).toMatch(/google\/live-blog/);
  expect(alone.text).not.toMatch(/Tokenizer|parse5|findNodeAtLocation|limitName/);
  const page = await shipped("dist/check.js", `export { checkHtmlPage } from ${entry};`);
  expect(page.text).toMatch(/limitName/);
  expect(page.text).toMatch(/sourceCodeLocationInfo/);
});

test("news-events/check bundles for a browser (platform neutral, no Node built-in marked external)", async () => {
  // esbuild fails the build on an import it cannot resolve (as `node:stream` was on a neutral platform).
  const { text } = await shipped("dist/check.js");
  expect(text).toMatch(/limitName/);
  expect(text).not.toMatch(/["']node:|["']stream["']/);
});

// Issue 23 item 2: a project's own kinds are compiled into its own module (news-events kinds
// build), so the built-in validators do not grow with them; what createValidator adds on top of
// validateDocument and validateEvent (splitting a document's events by kind, its explanation,
// the kinds' field checks) is measured here: 1.6 KB measured, budget 2 KB. 2.5 KB: 2,347 B measured
// once validateEvent has its one pass (src/generated/fast-path.js), which createValidator does not
// use; why the difference grew by 0.3 KB (how the two bundles compress) was not looked into.
// 2.75 KB: 2,571 B (2,360 B before) with the kind's own quantities checked as an event's, the
// options read as a JavaScript caller hands them, and schemaOf of a tag no kind has (round 24).
// 3 KB: 2,943 B (2,582 B before) with a kind's misspelt property hinted among its own names and
// its date-time and uri formats in the library's words (round 25).
// 3.25 KB: 3,088 B (2,943 B before) with a kind's references held to what they name (round 27).
// 3.5 KB: 3,347 B with the values of a kind's maps and tuples checked (round 28, core/kind-path.ts).
test("createValidator adds at most 3.5 KB to validateDocument + validateEvent, which carry none of it", async () => {
  const entry = JSON.stringify(repoPath("dist/validate.js"));
  const plain = await shipped("dist/validate.js", `export { validateDocument, validateEvent } from ${entry};`);
  const kinds = await shipped(
    "dist/validate.js",
    `export { validateDocument, validateEvent, createValidator } from ${entry};`,
  );
  expect(plain.text).not.toMatch(/unevaluatedProperties/);
  expect(kinds.text).toMatch(/unevaluatedProperties/);
  expect(kinds.gzip - plain.gzip).toBeLessThanOrEqual(3.5 * 1024);
});

// Issue 26: the tables entry is mostly the layout generated from the schemas (the Parquet writer
// left to its own package); toTables alone ships no Parquet writer.
// 6.5 KB: 6.23 KB measured after the merge of issues 22-26 (the layout of every kind's new fields);
// 7 KB: 6.62 KB once ParquetTableWriter holds its rows as StoredColumns, which take rows packed
// on export's worker threads (#26 leftovers).
// 7.25 KB: 7,170 B (+0.1 KB) once rows packed on a worker are added a row group at a time, each
// row's weight sent with them, so that a file's bytes do not depend on --jobs (round 24).
// 8.75 KB: 8,657 B (+1.2 KB) once each event's row holds the codes classifyEvent derives (round 27):
// the taxonomy's rules for every kind come with it.
// 9.25 KB: 9,189 B (+0.5 KB) once a user-defined kind's quantities are rows of quantities when the
// kinds are given (round 28): where each kind's quantities are, found from the kinds' fields.
// 9.5 KB: 9,639 B once a kind's maps and tuples are walked and a property leaves extra only when
// all it holds is in quantities (round 28).
test("the tables entry is at most 9.5 KB besides hyparquet-writer; toTables alone ships no Parquet code", async () => {
  const { gzip } = await shipped("dist/tables.js", undefined, ["hyparquet-writer"]);
  expect(gzip).toBeLessThanOrEqual(9.5 * 1024);
  const entry = JSON.stringify(repoPath("dist/tables.js"));
  const alone = await shipped("dist/tables.js", `export { toTables } from ${entry};`, ["hyparquet-writer"]);
  expect(alone.text).not.toMatch(/createdBy|TIMESTAMP_MILLIS/);
  expect(alone.text).toMatch(/list_items/);
});
