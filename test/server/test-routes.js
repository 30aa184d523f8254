/**
 * Routes the test server adds under /test-server/, so loader tests meet real HTTP failures:
 *   /test-server/status/500            answers that status with a short body
 *   /test-server/delay/300/<path>      serves <path> from the repo after 300 ms
 *   /test-server/truncated             a JSON body cut off half-way
 *   /test-server/text                  200 with an HTML page instead of JSON
 *   /test-server/hang                  never answers (until the client aborts)
 *   /test-server/strict-page.html      the widgets on a page with a strict Content-Security-Policy
 *   /test-server/strict-export.html    a widget to export from, under the same policy
 *   /test-server/bundle-page/<which>   a page of the built bundle and a timeline; <which> is
 *                                      `whole` (dist/, the export file beside the bundle) or
 *                                      `alone` (the bundle copied without its export file)
 */
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export async function testRoutes(context, next) {
  const path = context.path;
  if (!path.startsWith('/test-server/')) return next();
  const status = /^\/test-server\/status\/(\d{3})$/.exec(path);
  if (status) {
    context.status = Number(status[1]);
    context.body = `status ${status[1]}`;
    return;
  }
  const delay = /^\/test-server\/delay\/(\d+)\/(.+)$/.exec(path);
  if (delay) {
    await sleep(Math.min(Number(delay[1]), 10_000));
    const file = resolve(root, delay[2]);
    if (relative(root, file).startsWith('..')) {
      context.status = 403;
      return;
    }
    try {
      context.body = await readFile(file, 'utf8');
      context.type = 'application/json';
    } catch {
      context.status = 404;
    }
    return;
  }
  if (path === '/test-server/truncated') {
    context.type = 'application/json';
    context.body = '{"schemaVersion": 1, "id": "cut", "incidents": [{"id": "a", "da';
    return;
  }
  if (path === '/test-server/text') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Not found</title><p>Sorry</p>';
    return;
  }
  if (path === '/test-server/strict-export.html') {
    context.set(
      'content-security-policy',
      "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    context.type = 'text/html';
    context.body = await readFile(resolve(root, 'test/export/strict-export.html'), 'utf8');
    return;
  }
  if (path === '/test-server/strict-page.html') {
    // No 'unsafe-inline', no 'unsafe-eval', Trusted Types for script sinks (Lit's policy only).
    context.set(
      'content-security-policy',
      "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    context.type = 'text/html';
    context.body = await readFile(resolve(root, 'test/embedding/strict-page.html'), 'utf8');
    return;
  }
  const bundlePage = /^\/test-server\/bundle-page\/(whole|alone)$/.exec(path);
  if (bundlePage) {
    const script =
      bundlePage[1] === 'whole'
        ? '/dist/civic-space-widgets.js'
        : '/test-server/alone/civic-space-widgets.js';
    context.type = 'text/html';
    context.body = `<!doctype html><html lang="en"><body><script type="module" src="${script}"></script><civic-incident-timeline src="/data/north-korea.json"></civic-incident-timeline></body></html>`;
    return;
  }
  if (path === '/test-server/alone/civic-space-widgets.js') {
    // The bundle as a page that copied only it serves it: anything beside it is a 404.
    context.type = 'text/javascript';
    context.body = await readFile(resolve(root, 'dist/civic-space-widgets.js'), 'utf8');
    return;
  }
  if (path === '/test-server/hang') {
    // Bounded: the test aborts long before this; the server never holds a socket for ever.
    await sleep(15_000);
    context.status = 504;
    return;
  }
  context.status = 404;
}
