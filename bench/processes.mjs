// Timing whole processes: every run of every program in turn (interleaved, so a slow spell of the
// machine hits all of them), wall-clock milliseconds and peak resident memory per run, medians.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { median } from "./interleave.mjs";

const maxrss = fileURLToPath(new URL("./maxrss.mjs", import.meta.url));

/**
 * One run of `node ...args`: wall ms, CPU ms (user + system), peak RSS in MiB and the last line of
 * its output. Without `measure`, the process runs as it is, with nothing preloaded: wall ms only
 * (CPU and memory NaN). A preload is itself an ESM module: it starts Node's ESM loader before the
 * program does, so a start-up figure taken with it leaves the loader's start out of the program's
 * cost (measured: `--version` +3.8 ms with it, about +20 ms without).
 */
export function runProcess(args, cwd, measure = true) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, measure ? ["--import", maxrss, ...args] : args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN) / 1024;
  const cpu = Number(/CPUUS (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN) / 1000;
  return { ms, cpu, rss, out: r.stdout.trim().split("\n").at(-1) ?? "" };
}

/**
 * Runs each program `rounds` times, interleaved. Returns per program the median wall ms, CPU ms and
 * MiB, the last output line, the median of the per-round ratios to `baseline` (wall time), and
 * the median per-round difference from it in wall and in CPU ms (`over`, `cpuOver`: what a
 * program costs beyond the baseline, e.g. start-up beyond a bare `node -e 0`). `measure: false`
 * runs the programs with nothing preloaded, timed by the wall clock alone (see runProcess).
 */
export function timePrograms(programs, baseline, rounds, cwd, { measure = true } = {}) {
  const runs = Object.fromEntries(Object.keys(programs).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++)
    for (const [k, args] of Object.entries(programs)) runs[k].push(runProcess(args, cwd, measure));
  const base = runs[baseline];
  return Object.fromEntries(
    Object.entries(runs).map(([k, xs]) => [
      k,
      {
        ms: median(xs.map((x) => x.ms)),
        cpu: median(xs.map((x) => x.cpu)),
        rss: median(xs.map((x) => x.rss)),
        over: perRound(xs, base, "ms", (a, b) => a - b),
        cpuOver: perRound(xs, base, "cpu", (a, b) => a - b),
        cpuRatio: perRound(xs, base, "cpu", (a, b) => a / b),
        out: xs[0]?.out ?? "",
        /** Each run, in round order: ratios to a program other than the baseline (see ratioOf). */
        runs: xs,
        ratio: perRound(xs, base, "ms", (a, b) => a / b),
      },
    ]),
  );
}

/** The median over rounds of `f` of one program's run and another's in the same round, on `key`. */
const perRound = (xs, ys, key, f) => median(xs.map((x, i) => f(x[key], ys[i]?.[key] ?? Number.NaN)));

/** The median of the per-round ratios of program `a`'s wall time to program `b`'s (results of {@link timePrograms}); `cpu` for CPU time. */
export function ratioOf(a, b, cpu = false) {
  return perRound(a.runs, b.runs, cpu ? "cpu" : "ms", (x, y) => x / y);
}
