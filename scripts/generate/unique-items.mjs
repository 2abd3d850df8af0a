// uniqueItems by a key per item past a short list: the rewrite lives in src/cli/unique-items.ts,
// where `news-events kinds build` uses it on the kinds a project builds; the library's own
// validators get the same one.
import { importTs } from "./ts-module.mjs";

const uniqueItems = await importTs("src/cli/unique-items.ts");

/** Lists up to this long are compared pair by pair. */
export const SHORT_LIST = uniqueItems.SHORT_LIST;
/** The pair Ajv's uniqueItems loop reports, found by a key per item. */
export const duplicateItems = uniqueItems.duplicateItems;

/** The source of uniqueItemKey and duplicateItems, for validators that have no long list to rewrite. */
export const uniqueItemsHelpers = `${uniqueItems.uniqueItemKey.toString()}\n${uniqueItems.duplicateItems.toString()}\n`;

/** Every pairwise uniqueItems loop of the validators' source rewritten, its helpers after the banner's marker. */
export const withUniqueItemsByKey = (code) => uniqueItems.withUniqueItemsByKey(code, "/* eslint-disable */\n");
