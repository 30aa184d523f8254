// One timed run of `civic-space-widgets import`, in a process of its own so that its peak
// memory is its own: the built tool (dist/cli/main.js), as `npx civic-space-widgets` runs it.
// Prints {code, ms, peakRss, startRss} as JSON; bench/import/import-bench.mjs reads it.
import { runCli } from '../../dist/cli/main.js';

const [folder, boundaries, out] = process.argv.slice(2);
const startRss = process.memoryUsage().rss;
const start = performance.now();
let stderr = '';
const code = await runCli(['import', folder, '--boundaries', boundaries, '--out', out], {
  cwd: process.cwd(),
  stdout: () => {},
  stderr: (text) => (stderr += text),
});
const ms = performance.now() - start;
// maxRSS is in kilobytes: the most resident memory the process has had, start-up included.
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({ code, ms, peakRss, startRss, stderr: code ? stderr.slice(0, 2000) : '' }),
);
