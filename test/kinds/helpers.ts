import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { KindDefinition } from "../../src/core/kinds.js";
import { runCli } from "../helpers/cli.js";
import { repoPath } from "../helpers/fixtures.js";

/** The worked example's schema and document. */
export const ELECTION_SCHEMA = repoPath("examples/custom-kind-election/election.schema.json");
export const ELECTION_DOCUMENT = repoPath("examples/custom-kind-election/document.json");

/** The worked example's document, a fresh copy. */
export const electionDocument = (): Record<string, any> => JSON.parse(readFileSync(ELECTION_DOCUMENT, "utf8"));

/** Builds the example kind with the built CLI into a new temporary directory and imports it. */
export const buildElection = (): Promise<{ dir: string; kinds: readonly KindDefinition[] }> =>
  buildKinds([ELECTION_SCHEMA]);

/** Builds the kinds of `schemas` with the built CLI into a new temporary directory and imports them. */
export async function buildKinds(
  schemas: readonly string[],
): Promise<{ dir: string; kinds: readonly KindDefinition[] }> {
  const dir = mkdtempSync(join(tmpdir(), "news-events-kinds-"));
  const run = runCli(["kinds", "build", ...schemas, "--out", dir]);
  if (run.code !== 0) throw new Error(`kinds build failed: ${run.stderr}`);
  const module = (await import(pathToFileURL(join(dir, "index.js")).href)) as { kinds: readonly KindDefinition[] };
  return { dir, kinds: module.kinds };
}
