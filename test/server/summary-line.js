/**
 * Prints one closing line, "N passed, N failed", counted over every browser, so that CI logs
 * (and the workplace that reads them) see plainly how many tests ran.
 */
export function summaryLine() {
  let line = '';
  // Written at exit, after the default reporter has redrawn its progress bars for the last time.
  process.on('exit', () => {
    if (line) process.stdout.write(line);
  });
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load has no results but is a failure all the same.
        else if (!session.passed) failed += 1;
      }
      line = `\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    },
  };
}
