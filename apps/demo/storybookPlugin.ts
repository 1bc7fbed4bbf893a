import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Serves the built Storybook folder at /storybook/ from the dev server and the preview server.
 * Paths are resolved inside the folder only; anything else falls through to Vite.
 */
export function serveStorybook(folder: string): Plugin {
  const middleware: Connect.NextHandleFunction = (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/storybook')) {
      next();
      return;
    }
    if (url.pathname === '/storybook') {
      response.statusCode = 301;
      response.setHeader('Location', '/storybook/');
      response.end();
      return;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice('/storybook/'.length));
    } catch {
      next();
      return;
    }
    const file = normalize(join(folder, relative === '' ? 'index.html' : relative));
    if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end(
        existsSync(folder)
          ? 'Not found in the Storybook build.'
          : 'The Storybook is not built: run `pnpm --filter @capkit/react build-storybook`.',
      );
      return;
    }
    response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(response);
  };
  return {
    name: 'capkit-demo:serve-storybook',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

/** Copies the built Storybook into the build's `storybook/` folder, when it has been built. */
export function copyStorybook(folder: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'capkit-demo:copy-storybook',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: () => {
      if (existsSync(folder)) cpSync(folder, join(outDir, 'storybook'), { recursive: true });
    },
  };
}
