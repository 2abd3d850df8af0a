// Interleaved timing: on a shared 2-core VM the speed of the whole machine drifts by a third
// within seconds, so tasks measured one after another are compared across different machines.
// Here every round times every task (in a rotated order) for a similar slice of time, each task's
// time is divided by the baseline's time *in the same round*, and the median of those per-round
// ratios is reported: a drift common to the round cancels.
//
// The clock is the process's CPU time (user + system, `process.cpuUsage()`), not the wall clock:
// on a machine shared by many busy processes, a task's wall time is mostly how long it waited for
// a core (a 45 µs parse measured 52 to 272 µs of wall time in ten runs, 44 to 48 µs of CPU time).
// CPU time still counts what the task makes the process do, garbage collection included.

/** Nanoseconds of CPU time this process has used. */
const now = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};

/** Calls `fn` `n` times; returns nanoseconds per call. */
function timeLoop(fn, n) {
  const t0 = now();
  for (let i = 0; i < n; i++) fn();
  return (now() - t0) / n;
}

/** How many calls of `fn` take about `sliceMs`. */
function calibrate(fn, sliceMs) {
  let n = 1;
  for (;;) {
    const ns = timeLoop(fn, n) * n;
    if (ns >= (sliceMs * 1e6) / 4 || n >= 1 << 24)
      return Math.max(1, Math.round((n * sliceMs * 1e6) / Math.max(ns, 1)));
    n *= 2;
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The default warm-up, in CPU time. V8 compiles a hot function on a background thread, whose CPU
 * time this process's clock counts, charged to whichever task is running: the validator's few
 * hundred functions were still being compiled (first by Maglev, then by Turbofan) through the first
 * half of figure 2's rounds after a 0.3 s warm-up, whose validateDocument fell from 175 to 88 µs
 * per call round by round, and the figure's median landed wherever that fall crossed the middle
 * round: 0.55× in one process, 0.74× in the next. After 1.5 s the first seven rounds and the last
 * seven read alike (issue 27, round 26).
 */
export const WARMUP_MS = 2000;

/**
 * Times `tasks` ({ name: fn }) against `baseline` (a name among them) in `rounds` interleaved
 * rounds after a warm-up. Returns, per task, the median ns per call and the median per-round
 * ratio to the baseline, with the lowest and highest ratio seen.
 */
export function interleaved(tasks, baseline, { rounds = 21, sliceMs = 25, warmupMs = WARMUP_MS } = {}) {
  const names = Object.keys(tasks);
  if (!names.includes(baseline)) throw new Error(`no baseline task ${baseline}`);
  // The warm-up alternates the tasks (six passes over all of them), so that what one task teaches
  // the JIT about shared code (another caller, other shapes) is learnt before any task is timed:
  // warmed one after another, the first task's code was re-optimised during its timed rounds, and
  // the first figure of a process read up to half again its steady cost (bench/run.mjs figure 2).
  const passes = 6;
  for (let pass = 0; pass < passes; pass++)
    for (const name of names) {
      const warmUntil = now() + (warmupMs / passes) * 1e6;
      while (now() < warmUntil) timeLoop(tasks[name], 100);
    }
  const counts = {};
  for (const name of names) counts[name] = calibrate(tasks[name], sliceMs);
  const ns = Object.fromEntries(names.map((n) => [n, []]));
  const ratios = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    const round = {};
    for (const name of order) round[name] = timeLoop(tasks[name], counts[name]);
    for (const name of names) {
      ns[name].push(round[name]);
      ratios[name].push(round[name] / round[baseline]);
    }
  }
  return Object.fromEntries(
    names.map((n) => [
      n,
      {
        /** ns per call in each round, for ratios between any two tasks of the same round. */
        samples: ns[n],
        ns: median(ns[n]),
        ratio: median(ratios[n]),
        low: Math.min(...ratios[n]),
        high: Math.max(...ratios[n]),
      },
    ]),
  );
}
