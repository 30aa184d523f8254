/**
 * `civic-space-widgets serve <folder>`: the folder as a small web site on this computer, so
 * that its index.html can be opened. Browsers refuse module scripts and `fetch` on pages opened
 * from a file (file://), so the page needs a web server; this one needs nothing but Node. It
 * listens on 127.0.0.1 only, answers GET and HEAD for files inside the folder, and lists nothing.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { misuse, readArgs } from '../cli-args.js';
import { exitCode, type Command } from '../command.js';

const help = `Usage: civic-space-widgets serve <folder> [--port N]

Serves <folder> at http://127.0.0.1:8080/ (or the port given) so that its index.html can be
opened in a browser: pages opened straight from a file cannot load the widgets or the
dataset. Only this computer can connect. Stop it with Ctrl+C.

Options:
  --port N    the port; default 8080
  -h, --help  this help

Example:
  civic-space-widgets serve my-country
`;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Starts serving `folder` on 127.0.0.1:`port` (0: any free port); resolves once listening. */
export async function startServer(folder: string, port: number): Promise<Server> {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    // Nothing outside the folder, whatever the path says (`/../`, encoded or not).
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(404).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
        // The researcher re-imports and reloads: always the file as it is now.
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`${path} is not in ${relative(process.cwd(), root) || root}\n`);
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  return server;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve a folder on this computer, to open its index.html in a browser',
  help,
  async run(args, io) {
    const parsed = readArgs(
      serveCommand,
      args,
      { port: { type: 'string' } },
      { min: 1, max: 1 },
      io,
    );
    if (typeof parsed === 'number') return parsed;
    const portText = (parsed.values.port as string | undefined) ?? '8080';
    const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
    if (!(port >= 0 && port <= 65535))
      return misuse('serve', `--port ${portText} is not a port number`, io);
    const folder = resolve(io.cwd, parsed.positionals[0]!);
    try {
      if (!(await stat(join(folder, 'index.html'))).isFile()) throw new Error();
    } catch {
      io.stderr(
        `${parsed.positionals[0]} has no index.html: make one with "civic-space-widgets init ${parsed.positionals[0]}"\n`,
      );
      return exitCode.invalidInput;
    }
    let server: Server;
    try {
      server = await startServer(folder, port);
    } catch (error) {
      io.stderr(
        `cannot serve on port ${port} (${(error as { code?: string }).code ?? error}): try --port ${port + 1}\n`,
      );
      return exitCode.invalidInput;
    }
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
    io.stdout(`Serving ${parsed.positionals[0]} at ${url}: open it in a browser. Ctrl+C stops.\n`);
    await new Promise<void>((done) => {
      process.once('SIGINT', () => server.close(() => done()));
    });
    return exitCode.ok;
  },
};
