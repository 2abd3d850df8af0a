// Preloaded with --import: reports the process's peak resident memory (KiB) and the CPU time it
// used (µs, user + system, every thread) on stderr at exit. CPU time is what a busy machine
// disturbs least: wall time there also counts the waits for a core.
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nMAXRSS ${usage.maxRSS}\nCPUUS ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
