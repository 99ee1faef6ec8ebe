import { expect, test, type Frame, type Page, type Response } from '@playwright/test';

// What a first visit moves and in what order (issue #23): compressed files, and the definitions
// asked for by the page itself, alongside the script, exactly once.

/** Every request for the definitions, from the page and its frames, as the browser sends them. */
function definitionRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/definitions') seen.push(request.url());
  });
  return seen;
}

/** What started the definitions request in a frame: `link` for the preload, `fetch` for a fetch. */
const initiatorOfDefinitions = (frame: Page | Frame): Promise<string[]> =>
  frame.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/api/definitions')
      .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
  );

test('a first visit asks for the definitions once, by the preload, and gets brotli', async ({
  page,
}) => {
  const definitions = definitionRequests(page);
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));

  const navigation = await page.goto('/');
  expect(navigation?.headers()['content-encoding']).toBe('br');
  expect(await navigation?.text()).toMatch(
    /<link rel="preload" href="\/api\/definitions" as="fetch" crossorigin/,
  );
  // The form is built from the definitions: once Name shows, the page has asked for them.
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeEditable();
  expect(definitions).toHaveLength(1);
  expect(await initiatorOfDefinitions(page)).toEqual(['link']);

  const script = responses.find((r) => /\/assets\/[^/]+\.js$/.test(new URL(r.url()).pathname));
  expect(script?.headers()['content-encoding']).toBe('br');
  expect(script?.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(script?.headers()['vary']).toBe('Accept-Encoding');
});

test('an embedded form asks for the definitions once too', async ({ page }) => {
  const definitions = definitionRequests(page);
  // The demo's example portal mounts the form with /embed.js, on the app's own origin.
  await page.goto('/examples/portal');
  const form = page.frameLocator('iframe');
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toBeEditable();
  expect(definitions).toHaveLength(1);
  const frame = page.frames().find((f) => new URL(f.url()).searchParams.has('embed'));
  expect(frame).toBeDefined();
  if (frame) expect(await initiatorOfDefinitions(frame)).toEqual(['link']);
});

test('a missing asset is a 404, never the page in its place', async ({ request }) => {
  const missing = await request.get('/assets/index-0000000.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toMatch(/^application\/json/);
});
