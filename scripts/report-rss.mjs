// Preloaded with `node --import` by the bench: prints the process's peak
// resident memory (bytes) on stderr as it exits, for the RSS measurement.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nmaxRSS=${process.resourceUsage().maxRSS * 1024}\n`));
