// Preloaded with --import: reports the process's peak resident memory (KiB) and the CPU time it
// used (µs, all threads) on stderr at exit.
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nMAXRSS ${usage.maxRSS} CPU ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
