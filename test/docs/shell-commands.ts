import { expect } from "vitest";
import type { DocBlock } from "./doc-blocks.js";

/*
 * How the docs' shell commands run in a test, and what each must do. A command runs in bash in a
 * temporary reader's project (see code-blocks.test.ts), with three names mapped to the checkout:
 *
 * - `npx news-events …` and `news-events …` run the built CLI, `node dist/cli.cjs …`;
 * - `npm install PKG` / `npm i -D PKG` links PKG into the project's node_modules: `news-events` is
 *   the checkout itself (what `npm install /path/to/checkout` does), any other package the
 *   checkout's installed copy (ajv and json-schema-to-typescript are its dev dependencies). Nothing
 *   is downloaded; a package the checkout does not have fails the command.
 */

/** The bash functions that map the docs' commands to the checkout. */
export function shellPrelude(repo: string): string {
  const q = JSON.stringify(repo);
  return `REPO=${q}
npx() { if [ "$1" = news-events ]; then shift; node "$REPO/dist/cli.cjs" "$@"; else echo "npx $1: not mapped" >&2; return 127; fi; }
news-events() { node "$REPO/dist/cli.cjs" "$@"; }
npm() {
  case "$1" in install|i) ;; *) echo "npm $1: not mapped" >&2; return 127 ;; esac
  shift
  for p in "$@"; do
    case "$p" in
      -*) ;;
      news-events) ln -sfn "$REPO" node_modules/news-events ;;
      *) [ -e "$REPO/node_modules/$p/package.json" ] || { echo "$p: not in the checkout" >&2; return 1; }
         ln -sfn "$REPO/node_modules/$p" "node_modules/$p" ;;
    esac
  done
  echo "linked: $*"
}`;
}

/** A block's commands: continuation lines joined, comment lines and trailing `# comments` dropped. */
export function shellCommands(block: DocBlock): string[] {
  return block.code
    .replace(/\\\n\s*/g, "")
    .split("\n")
    .map((l) => l.replace(/^\$ /, "").replace(/\s+#\s.*$/, "").trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/**
 * What each command of the docs must do: its exit code, and a pattern its output (stdout and
 * stderr) must match — taken from what the docs say beside it. A command in the docs without an
 * entry here, or an entry no doc uses, fails the test.
 */
export const COMMANDS: Record<string, { exit: number; output: RegExp; check?: (output: string) => void }> = {
  // README.md: install, then the CLI tour.
  "npm install news-events": { exit: 0, output: /^linked: news-events\n$/ },
  "npx news-events validate feed.ndjson": { exit: 1, output: /^feed\.ndjson:3: \/outcome: must be one of .*\n(.*\n)*3 valid, 3 invalid\n$/ },
  "npx news-events validate --jobs 1 big.ndjson": { exit: 1, output: /^big\.ndjson:3: [^]*3 valid, 3 invalid\n$/ },
  "npx news-events validate --format json feed.ndjson": {
    exit: 1,
    output: /^\{\n {2}"version": 1,\n {2}"files": \[[^]*"totals": \{[^]*"valid": 3,\n\s*"invalid": 3\n/,
  },
  "npx news-events jsonld article.json --script": {
    exit: 0,
    output: /^<script type="application\/ld\+json">\{\n {2}"@context": "https:\/\/schema.org",[^]*<\/script>\n$/,
  },
  "npx news-events check dist/": { exit: 0, output: /^0 errors, 0 warnings, \d+ notes\n$/ },
  "npx news-events init --kind coup story.json": { exit: 0, output: /wrote the coup starter to story\.json/ },
  // edited.txt is the article's body with "Updated on 9 November. " (23 characters) in front.
  "npx news-events rebase article.json --body edited.txt --write": {
    exit: 0,
    output: /^(article\.json: moved \/\S+: \d+ → \d+\n){66}66 moved, 0 lost\n$/,
    check: (output) => {
      const shifts = [...output.matchAll(/: (\d+) → (\d+)\n/g)].map(([, from, to]) => Number(to) - Number(from));
      expect(shifts.filter((shift) => shift !== 23)).toEqual([]);
    },
  },
  "npx news-events ninjs story.json": { exit: 0, output: /^\{\n {2}"uri": "https:\/\/news\.example\.org\/[^]*"version": "3\.1"/ },
  "npx news-events example": { exit: 0, output: /"headline": "Burkina Faso and Russia to form a military relationship"/ },
  "npx news-events schema coup": { exit: 0, output: /^\{\n {2}"\$schema": "https:\/\/json-schema\.org\/draft\/2020-12\/schema",[^]*"title": "Coup"/ },
  // docs/custom-kinds.md: build a kind, then validate with it.
  "npm i -D ajv json-schema-to-typescript": { exit: 0, output: /^linked: -D ajv json-schema-to-typescript\n$/ },
  "npx news-events kinds build schemas/election.schema.json --out src/kinds": { exit: 0, output: /src\/kinds/ },
  "npx news-events validate --kinds src/kinds feed.ndjson": { exit: 1, output: /3 valid, 3 invalid\n$/ },
  // examples/custom-kind-election/README.md, in the example's folder.
  "npx news-events kinds build election.schema.json --out kinds": {
    exit: 0,
    output: /^election\.schema\.json: Election \(Event\)\nwrote kinds\/index\.js, kinds\/index\.d\.ts and kinds\/package\.json\n$/,
  },
  "npx news-events validate --kinds kinds document.json": { exit: 0, output: /^1 valid, 0 invalid\n$/ },
  "npx news-events jsonld --kinds kinds --script document.json": {
    exit: 0,
    output: /^<script type="application\/ld\+json">\{\n[^]*"http:\/\/www\.wikidata\.org\/entity\/Q40231"[^]*<\/script>\n$/,
  },
  // examples/ndjson-feed/README.md: the feed of three valid and three broken records.
  "npx news-events validate examples/ndjson-feed/events.ndjson": { exit: 1, output: /3 valid, 3 invalid\n$/ },
  "node examples/ndjson-feed/validate-feed.mjs": {
    exit: 1,
    output: /:4: ok Partnership aes-2023 cameo=057 iptc=20000638,20000641,20000598\n[^]*3 valid, 3 invalid\n$/,
  },
  // docs/jsonld-and-seo.md: check.
  "npx news-events check a.html b.html --verbose": {
    exit: 0,
    output: /a\.html:\d+: note vocabulary\/pending [^]*0 errors, 0 warnings, \d+ notes in 2 files\n$/,
  },
  "npx news-events check dist/ --format json > report.json": { exit: 0, output: /^$/ },
  "npx news-events check dist/ --rule google/image-ratios=off --rule graph/orphan=error": {
    exit: 0,
    output: /^0 errors, 0 warnings, \d+ notes\n$/,
  },
  // docs/tables.md: export the examples and the feed; the feed's 3 broken records and the custom
  // kind's document (no --kinds) are left out.
  "npx news-events export examples/*/document.json examples/ndjson-feed/events.ndjson --format parquet --out tables/": {
    exit: 1,
    output: /custom-kind-election\/document\.json:\d+: \/events\/0\/kind: [^]*\n\d+ exported, 4 invalid left out; \d+ files in tables\/\n$/,
  },
};
