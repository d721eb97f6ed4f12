// The catalogue web app for people with a browser: a React page (gateway/catalogue/app/) that uses
// only the public GraphQL endpoint. Every asset is bundled from npm packages by esbuild: by
// `npm run build` into dist/catalogue/ for the compiled gateway, or in memory, once per process,
// when the gateway runs from source (about 0.25 s). Nothing comes from a CDN.
import fs from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import type { Express, Request, Response } from 'express';
import { serviceLogger } from '../../core/log.js';
import { distDir, repoRoot } from '../../core/paths.js';

export interface CatalogueAssets {
  js: string;
  css: string;
}

/** Where `npm run build` writes the bundle (app.js, app.css). */
export const catalogueDistDir = path.join(distDir, 'catalogue');

/** Bundle the app: into `outdir` when given, else in memory. */
export async function bundleCatalogue(outdir?: string): Promise<CatalogueAssets> {
  const { outputFiles } = await build({
    entryPoints: { app: path.join(repoRoot, 'gateway/catalogue/app/main.tsx') },
    tsconfig: path.join(repoRoot, 'gateway/catalogue/app/tsconfig.json'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outdir: outdir ?? 'catalogue',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const assets = {
    js: outputFiles.find((file) => file.path.endsWith('.js'))!.text,
    css: outputFiles.find((file) => file.path.endsWith('.css'))!.text,
  };
  if (outdir) {
    await fs.mkdir(outdir, { recursive: true });
    await Promise.all([fs.writeFile(path.join(outdir, 'app.js'), assets.js), fs.writeFile(path.join(outdir, 'app.css'), assets.css)]);
  }
  return assets;
}

/** The compiled gateway serves what `npm run build` bundled; from source, the app is bundled now. */
async function loadAssets(): Promise<CatalogueAssets> {
  if (import.meta.dirname.startsWith(distDir + path.sep)) {
    const read = (file: string) => fs.readFile(path.join(catalogueDistDir, file), 'utf8');
    const found = await Promise.all([read('app.js'), read('app.css')]).catch(() => undefined);
    if (found) return { js: found[0], css: found[1] };
  }
  return bundleCatalogue();
}

let assets: Promise<CatalogueAssets> | undefined;

/** Once per process, on the first request for it: most gateways (tests, say) never serve the app. */
function catalogueAssets(): Promise<CatalogueAssets> {
  assets ??= loadAssets();
  return assets;
}

function page(endpoint: string): string {
  const config = JSON.stringify({ endpoint }).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Movies catalogue</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/catalogue/app.css">
</head>
<body>
  <div id="catalogue"><p class="loading">Loading the catalogue…</p></div>
  <noscript>The catalogue needs JavaScript; the GraphQL API is at ${endpoint}.</noscript>
  <script id="catalogue-config" type="application/json">${config}</script>
  <script type="module" src="/catalogue/app.js"></script>
</body>
</html>
`;
}

/** `/catalogue` (and any path under it, so that a bookmarked page reloads) and its two assets. */
export function mountCatalogue(app: Express, endpoint = '/'): void {
  const send = (kind: keyof CatalogueAssets, type: string) => async (_req: Request, res: Response) => {
    try {
      res.type(type).send((await catalogueAssets())[kind]);
    } catch (error) {
      assets = undefined; // tried again on the next request, once the source is fixed
      // A bundle that cannot be built is the operator's to fix: the log has why, the browser no stack.
      serviceLogger('gateway').error({ err: error }, 'the catalogue app could not be bundled');
      res.status(500).type('text/plain').send('The catalogue app could not be built: see the gateway log.\n');
    }
  };
  app.get('/catalogue/app.js', send('js', 'text/javascript'));
  app.get('/catalogue/app.css', send('css', 'text/css'));
  const html = page(endpoint);
  app.get(['/catalogue', '/catalogue/{*rest}'], (_req, res) => void res.type('html').send(html));
}
