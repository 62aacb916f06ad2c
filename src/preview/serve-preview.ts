import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as restify from 'restify';
import type { Catalog } from '../catalog/catalog-types';
import { explain } from '../engine';
import { findProjectRoot } from '../files/project-root';
import { buildReply } from '../presentation/build-reply';
import type { CardRenderer } from '../presentation/cards/render-card';

/**
 * Local-mode card preview: GET /preview?q=… renders the bot's answer with the official Adaptive
 * Cards JavaScript renderer and a Teams-like host config, light and dark, so whoever edits cards/
 * sees the result at once. Card templates are read afresh on each request for that reason.
 * Only registered when no credentials are configured.
 */
export function servePreview(
  server: restify.Server,
  catalog: Catalog,
  createRenderer: () => CardRenderer
): void {
  const root = findProjectRoot();
  const renderer = require.resolve('adaptivecards/dist/adaptivecards.min.js');
  server.get('/preview/adaptivecards.js', (_req, res, next) => {
    res.setHeader('content-type', 'application/javascript; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.sendRaw(200, readFileSync(renderer));
    return next();
  });
  server.get('/preview', (req, res, next) => {
    const url = new URL(req.url ?? '/preview', 'http://localhost');
    const q = (url.searchParams.get('q') ?? '').slice(0, 10_000);
    const lang = url.searchParams.get('lang');
    const language = lang === 'en' || lang === 'ja' ? lang : undefined;
    const reply = buildReply(createRenderer(), explain(q, catalog, { language }));
    const values: Record<string, () => string> = {
      __QUERY__: () => escapeAttribute(q),
      __REPLY__: () => jsonForScript(reply),
      __HOST_CONFIG__: () =>
        jsonForScript(JSON.parse(readFileSync(join(root, 'preview', 'host-config.json'), 'utf8'))),
    };
    // One pass over the template: a placeholder inside the user's text is never replaced again.
    const page = readFileSync(join(root, 'preview', 'page.html'), 'utf8').replace(
      /__(QUERY|REPLY|HOST_CONFIG)__/g,
      (name) => values[name]()
    );
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader(
      'content-security-policy',
      "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'"
    );
    res.sendRaw(200, page);
    return next();
  });
}

/** JSON that cannot close the <script> element it is embedded in. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
