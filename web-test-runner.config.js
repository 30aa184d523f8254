// Every test runs in real Chromium and Firefox, the ones Debian installs.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { testRoutes } from './test/server/test-routes.js';
import { summaryLine } from './test/server/summary-line.js';

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testRoutes],
  reporters: [defaultReporter(), summaryLine()],
  // Lit announces its development build in every file; that is expected in tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    }),
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  ],
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  // Generous: the tests assert behaviour, never speed, and CI machines are small.
  testsFinishTimeout: 300000,
  browserStartTimeout: 120000,
};
