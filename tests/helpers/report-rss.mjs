// Loaded with `node --import` by tests: prints the process's peak resident memory (KB) to stderr at exit.
process.on('exit', () => process.stderr.write(`\nmaxrss-kb=${process.resourceUsage().maxRSS}\n`));
