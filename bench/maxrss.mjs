// Preloaded with --import: reports the process's peak resident memory (KiB) on stderr at exit.
process.on("exit", () => {
  process.stderr.write(`\nMAXRSS ${process.resourceUsage().maxRSS}\n`);
});
