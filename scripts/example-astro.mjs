#!/usr/bin/env node
// Builds the Astro example site (examples/astro-site) against this checkout's dist/ and checks
// its output with `news-events check`, as a site's CI would: `npm run example:astro`.
//
// The example installs Astro from its own lockfile; the library itself is linked in rather than
// listed as a dependency, so the example always builds against the code beside it.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const site = join(root, "examples", "astro-site");

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function fail(message) {
  console.error(`example:astro: ${message}`);
  process.exit(1);
}

if (!existsSync(join(root, "dist", "jsonld.js"))) fail("dist/ is missing: run `npm run build` first");

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
if (run(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], site) !== 0)
  fail("npm ci failed in examples/astro-site");

const link = join(site, "node_modules", "news-events");
if (existsSync(link) || lstatSync(link, { throwIfNoEntry: false })) rmSync(link, { recursive: true, force: true });
mkdirSync(dirname(link), { recursive: true });
symlinkSync(relative(dirname(link), root), link, "dir");

rmSync(join(site, "dist"), { recursive: true, force: true });
if (run(process.execPath, [join(site, "node_modules", "astro", "astro.js"), "build", "--silent"], site) !== 0)
  fail("astro build failed");

// The built pages, checked as a site's CI would: all ld+json blocks of each page together, and
// the page's rel=canonical against the article.
process.exit(
  run(process.execPath, [join(root, "dist", "cli.cjs"), "check", join("examples", "astro-site", "dist")], root),
);
