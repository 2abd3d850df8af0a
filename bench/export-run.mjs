// `news-events export` for the bench (issue 26), two ways:
//
// - as a program, one export run: empties the output folder first (export refuses a folder that
//   holds anything), then runs the CLI in this process, so that its peak memory is the export's
//   own. Usage: node bench/export-run.mjs OUT FILE... --format parquet|csv [other export flags]
// - as a module, `measureExport`: the two figures, measured as it defines them.
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { timePrograms } from "./processes.mjs";

const self = fileURLToPath(import.meta.url);

/**
 * The figures of issue 26 for feeds of 10 MB and 100 MB (same documents, one per line):
 * - `ratio`: wall time of `export --format F` of the 100 MB feed ÷ that of `news-events validate`
 *   of the same feed with its default flags (`--jobs auto`), the median of the per-round ratios
 *   of interleaved runs (goal ≤ 1.5 for Parquet);
 * - `cpuRatio`: the same for process CPU time (user + system): on a busy machine wall time also
 *   counts the wait for a core, which CPU time does not;
 * - `rssRatio`: the median peak resident memory of the 100 MB export ÷ that of the 10 MB export
 *   (goal ≤ 1.3);
 * - `mbPerSecond`: the 100 MB feed's size (MiB) ÷ the export's median wall time.
 * Every program of a round runs once before the next round: a slow spell of a busy machine hits
 * them all. Returns `{ parquet, csv, validate }`, each with `ms`/`cpu`/`rss` medians per feed.
 *
 * @param {{ root: string, work: string, feed10: string, feed100: string, rounds?: number }} options
 */
export function measureExport({ root, work, feed10, feed100, rounds = 3 }) {
  const cli = join(root, "dist/cli.cjs");
  const out = join(work, "export-out");
  const exportOf = (file, format) => [self, out, file, "--format", format];
  const r = timePrograms(
    {
      validate: [cli, "validate", feed100],
      parquet100: exportOf(feed100, "parquet"),
      csv100: exportOf(feed100, "csv"),
      parquet10: exportOf(feed10, "parquet"),
      csv10: exportOf(feed10, "csv"),
    },
    "validate",
    rounds,
    root,
  );
  rmSync(out, { recursive: true, force: true });
  const mib = statSync(feed100).size / 2 ** 20;
  const figures = (format) => ({
    ratio: r[`${format}100`].ratio,
    cpuRatio: r[`${format}100`].cpuRatio,
    rssRatio: r[`${format}100`].rss / r[`${format}10`].rss,
    mbPerSecond: mib / (r[`${format}100`].ms / 1000),
    ms: { 10: r[`${format}10`].ms, 100: r[`${format}100`].ms },
    cpu: { 10: r[`${format}10`].cpu, 100: r[`${format}100`].cpu },
    rss: { 10: r[`${format}10`].rss, 100: r[`${format}100`].rss },
  });
  return {
    rounds,
    validate: {
      ms: r.validate.ms,
      cpu: r.validate.cpu,
      rss: r.validate.rss,
      mbPerSecond: mib / (r.validate.ms / 1000),
    },
    parquet: figures("parquet"),
    csv: figures("csv"),
  };
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const [out, ...args] = process.argv.slice(2);
  rmSync(out, { recursive: true, force: true });
  process.argv = [process.argv[0], "news-events", "export", ...args, "--out", out];
  await import("../dist/cli.cjs");
}
