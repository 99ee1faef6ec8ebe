import { expect, test, type Frame, type Page, type Response } from '@playwright/test';

// What a first visit moves and in what order (issue #23): compressed files, and what the first
// frame needs from the API asked for by the page itself, alongside the script, exactly once.
const PRELOADED = ['/api/definitions', '/api/health'];

/** The requests for the preloaded paths, from the page and its frames, as the browser sends them. */
function preloadedRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (PRELOADED.includes(pathname)) seen.push(pathname);
  });
  return seen;
}

/** What started each of them in a frame: `link` for the preload, `fetch` for a fetch. */
const initiators = (frame: Page | Frame): Promise<string[]> =>
  frame.evaluate(
    (paths) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => paths.includes(new URL(entry.name).pathname))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    PRELOADED,
  );

test('a first visit asks for the definitions and health once, by preloads, and gets brotli', async ({
  page,
}) => {
  const requested = preloadedRequests(page);
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));

  const navigation = await page.goto('/');
  expect(navigation?.headers()['content-encoding']).toBe('br');
  const html = (await navigation?.text()) ?? '';
  for (const path of PRELOADED) {
    expect(html).toContain(`<link rel="preload" href="${path}" as="fetch" crossorigin`);
  }
  // The form is built from the definitions: once Name shows, the page has asked for them.
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeEditable();
  await expect(page.getByText('Demo — nothing is sent to Lightfield')).toBeVisible();
  expect(requested.sort()).toEqual(PRELOADED);
  expect(await initiators(page)).toEqual(['link', 'link']);

  const script = responses.find((r) => /\/assets\/[^/]+\.js$/.test(new URL(r.url()).pathname));
  expect(script?.headers()['content-encoding']).toBe('br');
  expect(script?.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(script?.headers()['vary']).toBe('Accept-Encoding');
});

test('an embedded form asks for them once too', async ({ page }) => {
  const requested = preloadedRequests(page);
  // The demo's example portal mounts the form with /embed.js, on the app's own origin.
  await page.goto('/examples/portal');
  const form = page.frameLocator('iframe');
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toBeEditable();
  await expect(form.getByText('Demo — nothing is sent to Lightfield')).toBeVisible();
  expect(requested.sort()).toEqual(PRELOADED);
  const frame = page.frames().find((f) => new URL(f.url()).searchParams.has('embed'));
  expect(frame).toBeDefined();
  if (frame) expect(await initiators(frame)).toEqual(['link', 'link']);
});

test('a missing asset is a 404, never the page in its place', async ({ request }) => {
  const missing = await request.get('/assets/index-0000000.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toMatch(/^application\/json/);
});
