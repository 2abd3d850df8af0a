// The PLOVER and CAMEO codes a document may use in a coded term, read from PLOVER's CAMEO→PLOVER
// table (vocabularies/plover/CAMEO2PLOVER-2021.txt, PLOVER 0.8), and, for modes and contexts, from
// PLOVER's gold-standard records (PLOVER 0.5b1: real coded data uses them, so a record read with
// fromPlover stays valid) and its manual's draft 2.0 (vocabularies/plover/plover-2.0-codes.json:
// what POLECAT and records written to the current manual use); all CC BY-SA 4.0; test/model/plover-codes.test.ts checks these
// lists against both. Kept as space-separated strings: they cost the validate bundle
// a few hundred bytes, where arrays of string literals would cost several times that.

/**
 * Every CAMEO code the table maps to PLOVER (two to four digits, leading zero kept), space-separated.
 *
 * @example
 * ```ts
 * CAMEO_CODES.split(" ").includes("1724"); // => true (impose state of emergency or martial law)
 * ```
 */
export const CAMEO_CODES =
  "03 030 031 0311 0312 0313 0314 032 033 0331 0332 0333 0334 034 0341 0342 0343 0344 035 0351 0352 " +
  "0353 0354 0355 0356 036 037 038 039 04 040 041 042 043 044 045 046 05 050 051 052 053 054 055 056 " +
  "057 06 060 061 062 063 064 07 070 071 072 073 074 075 08 080 081 0811 0812 0813 0814 082 083 0831 " +
  "0832 0833 0834 084 0841 0842 085 086 0861 0862 0863 087 0871 0872 0873 0874 09 090 091 092 093 094 " +
  "10 100 101 1011 1012 1013 1014 102 103 1031 1032 1033 1034 104 1041 1042 1043 1044 105 1051 1052 " +
  "1053 1054 1055 1056 106 107 108 11 110 111 112 1121 1122 1123 1124 1125 113 114 115 116 12 120 121 " +
  "1211 1212 1213 1214 122 1221 1222 1223 1224 123 1231 1232 1233 1234 124 1241 1242 1243 1244 1245 " +
  "1246 125 126 127 128 129 13 130 131 1311 1312 1313 132 1321 1322 1323 1324 133 134 135 136 137 138 " +
  "1381 1382 1383 1384 1385 139 14 140 141 1411 1412 1413 1414 142 1421 1422 1423 1424 143 1431 1432 " +
  "1433 1434 144 1441 1442 1443 1444 145 1451 1452 1453 1454 15 150 151 152 153 154 16 160 161 162 1621 " +
  "1622 1623 163 164 165 166 1661 1662 1663 17 170 171 1711 1712 172 1721 1722 1723 1724 173 174 175 18 " +
  "180 181 182 1821 1822 1823 183 1831 1832 1833 184 185 186 19 190 191 192 193 194 195 196 20 200 201 " +
  "202 203 204 2041 2042";

/**
 * PLOVER modes, space-separated: those of the table (0.8), those PLOVER's gold-standard records
 * (0.5b1, same repository and licence) use, such as demo-org, strike-hun or host, and those of
 * the manual's draft 2.0, such as allege, strike or drone.
 *
 * @example
 * ```ts
 * PLOVER_MODES.split(" ").includes("martial-law"); // => true
 * ```
 */
export const PLOVER_MODES =
  "abduct access aerial allege arrest assassinate assist ban beat boycott ceasefire censor change " +
  "cleansing confiscate convict crowd-control curfew cyber demo demo-org demo-spon deport destroy " +
  "detain disapprove disarm discontinue drone ease expel explosives firearms heavy-weapons host " +
  "hunger investigate martial-law massacre meet militia misinformation multilateral obstruct " +
  "other phone police political primitive pro_autocracy relations release resign restrict return " +
  "riot riot-spon seize sexual strike strike-gen strike-hun suicide-attack targeted territory " +
  "third-party torture troops unconventional vandalize violence visit weapons withdraw withhold " +
  "yield";

/**
 * PLOVER contexts, space-separated: those of the table (0.8), as it spells them, those the
 * gold-standard records (0.5b1) use, such as election, refugee or terrorism, and those of the
 * manual's draft 2.0 (pro_democracy, migration…, and its auxiliary historical, future,
 * hypothetical and negation).
 *
 * @example
 * ```ts
 * PLOVER_CONTEXTS.split(" ").includes("pro_autocracy"); // => true
 * ```
 */
export const PLOVER_CONTEXTS =
  "assets asylum cbrn corruption crime cyber democracy diplomatic disasters discrimination " +
  "economic election environment executive foreign future gender government health historical " +
  "human_rights human_security humanitarian hypothetical illegal_drugs inequality intelligence " +
  "legal legislative lgbt migration military misinformation natural_resource negation " +
  "peacekeeping political political_institutions politics pro_autocracy pro_democracy refugee " +
  "refugees religion religion_ethnicity reparations repression resource resources rights " +
  "rights_freedoms technology territory terrorism trafficking unknown";

const lists = { cameo: CAMEO_CODES, "plover-mode": PLOVER_MODES, "plover-context": PLOVER_CONTEXTS } as const;

/**
 * Whether a coded term's code is in the list the library ships for its scheme: true or false for
 * a CAMEO code, a PLOVER mode or context; undefined for a scheme whose membership is not checked
 * here (a PLOVER type is checked by the schema's enum; Wikidata and IPTC by shape only).
 *
 * @example
 * ```ts
 * isKnownCode("cameo", "1724"); // => true
 * isKnownCode("plover-mode", "martial_law"); // => false (PLOVER spells it martial-law)
 * isKnownCode("wikidata", "Q45382"); // => undefined
 * ```
 */
export function isKnownCode(scheme: string, code: string): boolean | undefined {
  if (!Object.hasOwn(lists, scheme)) return undefined;
  return codeSet(scheme, lists[scheme as keyof typeof lists]).has(code);
}

/**
 * Whether a PLOVER mode or context code is one of the lists the library ships ({@link isKnownCode}
 * for these two schemes), without the CAMEO list: the PLOVER entry carries only what it asks.
 *
 * @example
 * ```ts
 * isKnownPloverCode("plover-mode", "strike"); // => false (PLOVER's lists have strike-gen, strike-hun)
 * isKnownPloverCode("plover-context", "military"); // => true
 * ```
 */
export function isKnownPloverCode(scheme: "plover-mode" | "plover-context", code: string): boolean {
  return codeSet(scheme, scheme === "plover-mode" ? PLOVER_MODES : PLOVER_CONTEXTS).has(code);
}

/**
 * The set of a scheme's list, made at its first use: every valid document asks for each of its
 * terms, and a search of the padded text built a copy of the whole list per question.
 */
function codeSet(scheme: string, list: string): ReadonlySet<string> {
  return (sets[scheme] ??= new Set(list.split(" ")));
}

const sets: Record<string, ReadonlySet<string> | undefined> = {};
