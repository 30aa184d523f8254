// Every test runs in real Chromium and Firefox, the ones Debian installs.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { testRoutes } from './test/server/test-routes.js';
import { summaryLine } from './test/server/summary-line.js';
import { createFirefoxPage } from './test/server/firefox-page.js';
import { wheelCommand } from './test/server/wheel-command.js';
import { printCommand } from './test/server/print-command.js';

// As root (CI and this workplace) Chromium refuses to start without --no-sandbox; the
// background-networking flags keep it from calling out to a network that is not there.
const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Debian's browsers by default; CHROMIUM_BIN / FIREFOX_BIN point at another build (an older or
// newer one unpacked beside it) to check that the suite passes on every supported version.
const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testRoutes],
  reporters: [defaultReporter(), summaryLine()],
  // Every test file runs after test/setup/readable-failures.ts, which keeps failures readable.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body>
      <script type="module" src="/test/setup/readable-failures.ts"></script>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  // Lit announces its development build in every file; that is expected in tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    wheelCommand(),
    printCommand(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    }),
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
      },
      createPage: createFirefoxPage,
    }),
  ],
  concurrency: 1,
  concurrentBrowsers: 2,
  // Per test: generous, as a busy or small machine may take seconds to start a page.
  testFramework: { config: { timeout: 30000 } },
  // Generous: the tests assert behaviour, never speed, and CI machines are small.
  testsFinishTimeout: 300000,
  browserStartTimeout: 120000,
};
