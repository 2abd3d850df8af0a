// uniqueItems by a key per item past a short list: the rewrite lives in src/cli/unique-items.ts,
// where `news-events kinds build` uses it on the kinds a project builds; the library's own
// validators get the same one. This step is plain JavaScript run before the build, so it reads the
// module through esbuild's transform (types dropped, nothing bundled).
import { readFileSync } from "node:fs";
import { transformSync } from "esbuild";

const source = readFileSync(new URL("../../src/cli/unique-items.ts", import.meta.url), "utf8");
const { code } = transformSync(source, { loader: "ts", format: "esm", target: "es2022" });
const uniqueItems = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);

/** Lists up to this long are compared pair by pair. */
export const SHORT_LIST = uniqueItems.SHORT_LIST;
/** The pair Ajv's uniqueItems loop reports, found by a key per item. */
export const duplicateItems = uniqueItems.duplicateItems;

/** The source of uniqueItemKey and duplicateItems, for validators that have no long list to rewrite. */
export const uniqueItemsHelpers = `${uniqueItems.uniqueItemKey.toString()}\n${uniqueItems.duplicateItems.toString()}\n`;

/** Every pairwise uniqueItems loop of the validators' source rewritten, its helpers after the banner's marker. */
export const withUniqueItemsByKey = (code) => uniqueItems.withUniqueItemsByKey(code, "/* eslint-disable */\n");
