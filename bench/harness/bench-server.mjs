// The benchmark's web server on 127.0.0.1 (a free port): the warm pages (bench/dist), the peers'
// cold pages (bench/dist-cold), the bundle under test at /bundle/, the pages of our cold runs
// (written here, as an embedder writes a page), and the synthetic datasets at /data/ (from
// memory). Uncompressed and without cache headers: each cold run's fresh browsing context starts
// with an empty cache anyway.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

const widgetTags = {
  timeline: 'civic-incident-timeline group-by="category"',
  map: 'civic-province-map',
  tracker: 'civic-recommendation-tracker',
};
/** The stage widths of the warm pages (and of the peers' cold pages): 800 px for the map. */
const stageWidths = { map: 800 };

/** An embedder's page for one cold run of ours (see bench/cold/ours-page.js for the ways). */
export function oursPage({ widget, way, data }) {
  const escape = (text) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const src = escape(data ?? '');
  const [tag, ...attributes] = (widgetTags[widget] ?? 'div').split(' ');
  const markup =
    way === 'src'
      ? `<${tag} ${[...attributes, `src="${src}"`].join(' ')}></${tag}>`
      : way === 'linked'
        ? `<civic-dataset src="${src}"></civic-dataset>`
        : '';
  const bundle =
    way === 'blank'
      ? ''
      : '<script type="module" src="/bundle/civic-space-widgets.js" data-bundle></script>';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Cold run: ${escape(widget ?? '')} by ${escape(way ?? '')} (synthetic data)</title>
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; }
      .bench-stage { width: ${stageWidths[widget] ?? 1000}px; }
    </style>
    ${bundle}
    <script type="module" src="/cold/ours-page.js"></script>
  </head>
  <body>
    <div class="bench-stage" id="stage">${markup}</div>
  </body>
</html>
`;
}

/**
 * Starts the server; resolves with { origin, close }. `files` maps a URL prefix to a folder,
 * longest prefix first; `datasets` maps a file name to its bytes.
 */
export async function startBenchServer({ files, bundlePath, datasets }) {
  const prefixes = Object.entries(files).sort(([a], [b]) => b.length - a.length);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = normalize(decodeURIComponent(url.pathname));
    const send = (body, type) => {
      response.writeHead(200, { 'content-type': type });
      response.end(body);
    };
    try {
      if (path === '/ours.html')
        return send(oursPage(Object.fromEntries(url.searchParams)), types['.html']);
      if (path === '/bundle/civic-space-widgets.js')
        return send(await readFile(bundlePath), types['.js']);
      if (path.startsWith('/data/')) {
        const body = datasets.get(path.slice('/data/'.length));
        if (body) return send(body, types['.json']);
      }
      const [prefix, folder] = prefixes.find(([prefix]) => path.startsWith(prefix)) ?? [];
      if (folder !== undefined) {
        const body = await readFile(join(folder, path.slice(prefix.length)));
        return send(body, types[extname(path)] ?? 'application/octet-stream');
      }
    } catch {
      // Not found: answered below.
    }
    response.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
