// Loaded with `node --import` by tests and the bench: prints the process's peak resident memory (KB) and its CPU
// time (user + system, all threads, ms) to stderr at exit.
process.on('exit', () => {
  const r = process.resourceUsage();
  process.stderr.write(`\nmaxrss-kb=${r.maxRSS} cpu-ms=${Math.round((r.userCPUTime + r.systemCPUTime) / 1000)}\n`);
});
