/**
 * A minimal static file server for the built site, close to what a static host does: directory
 * addresses serve their `index.html`, unknown paths get `404.html` with status 404.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, readHeadersFile, type HeaderRule } from '../security/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

const rulesByFile: Record<string, HeaderRule[]> = {};

/** The headers the site's `_headers` file gives a path, as hosts that read it (Netlify, Cloudflare Pages) apply them. */
function siteHeaders(root: string, path: string): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  rulesByFile[file] ??= readHeadersFile(file);
  return headersFor(path, rulesByFile[file]);
}

export async function serveStatic(root: string): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      res.writeHead(403).end();
      return;
    }
    let target = file;
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      target = join(target, 'index.html');
    }
    if (!existsSync(target)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { ...siteHeaders(root, path), 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
