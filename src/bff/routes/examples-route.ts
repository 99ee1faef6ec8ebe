import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { PORTAL_JS, portalHtml, type ExampleAccount } from '../examples/portal-page';

/** `/examples/portal`: how a portal embeds the form; mounted in demo mode only. */
export function examplesRoute(account: ExampleAccount) {
  const html = portalHtml(account);
  return new Hono<AppEnv>()
    .get('/portal', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(html);
    })
    .get('/portal.js', (c) => {
      c.header('Cache-Control', 'no-cache');
      c.header('Content-Type', 'text/javascript; charset=utf-8');
      return c.body(PORTAL_JS);
    });
}
