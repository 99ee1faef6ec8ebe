// `npm run bench:network`: how long a rep waits for the form over a real network, and how many
// bytes it moves. Headless Chromium with DevTools network emulation (CDP
// Network.emulateNetworkConditions) in three profiles: loopback (no emulation), "VPN" (20 Mbit/s
// down, 10 up, 40 ms) and "slow" (1.6 Mbit/s down, 0.75 up, 150 ms). 5 rounds (BENCH_LOADS):
// each loads our app, bench:form's rjsf page and the floor page once per profile, rotating which goes
// first, each in a fresh browser context (empty cache), then a repeat visit in the same context
// (a new tab on the same URL: what the cache keeps). One unrecorded warm-up load per page.
//
// Both pages are served the same way: the real BFF (src/bff/app.ts over the in-process fake, as
// demo mode runs it) with the built client behind src/bff/spa-routes.ts, brotli/gzip variants
// included, one server per page in a child process on 127.0.0.1. Ours is dist/client (built
// first when the sources changed); rjsf's page is built like bench:form builds it, precompressed
// by the same script as dist/client, and served as the site's index.html so its caching is ours.
// The floor page (bench/form/react-floor-form.tsx) is React alone rendering one Name input once
// the preloaded definitions are read, served the same way: what React itself costs here.
//
// Figures, medians of the loads:
//   usable: navigation start → the first frame in which the Name textbox is in the DOM, visible,
//     enabled and writable (ours: the control the label "Name" names; rjsf: #root_$name), after
//     that frame painted (rAF, then a message task);
//   wire bytes: every response of the visit until the network has been quiet for QUIET_MS after
//     usable, as CDP counts them (Network.loadingFinished encodedDataLength: headers + body as
//     received; 0 for the cache), and the Resource Timing transferSize sum for comparison, which
//     counts every response's headers as a flat 300 bytes.
// "× floor" is a page's median over the floor page's in the same profile and run: the ratio that
// stays put when the machine's speed drifts between runs.
// "over loopback" is a profile's median minus loopback's: what the network adds, with the
// machine's own time (parsing, rendering) taken out. The spread is the lowest and highest. The waterfall of ours (the median first
// visit of each profile) shows what is on the critical path. Loopback only; bounded in loads
// and wall time; stops by itself. A measurement, not a test: it never fails on targets.
// BENCH_DUMP=file writes every visit (timings, bytes, waterfall) as JSON. BENCH_BASELINE=dir adds
// another build's dist/client (say main's, built in a worktree) as a third page, "baseline".
import { fork } from 'node:child_process';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.mjs';
import { bundleForNode, loadBundled } from './bundle-for-node.mjs';
import CHROMIUM_ARGS from './chromium-args.json' with { type: 'json' };
import { ensureChromium } from './find-chromium.mjs';
import { precompress } from './precompress.mjs';
import { report } from './bench-network-report.mjs';
import { probeUsable, visit } from './bench-network-visit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundleDir = join(root, 'node_modules', '.cache', 'deal-form-bench-network');
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
// No load starts after this; the watchdog ends the run whatever it is doing.
const LOADS_DEADLINE_MS = 4 * 60_000;
const HARD_LIMIT_MS = 5 * 60_000;
const Mbit = 1_000_000 / 8;
const ALL_PROFILES = [
  { key: 'loopback', name: 'loopback', conditions: null },
  {
    key: 'vpn',
    name: 'VPN 20/10 Mbit/s, 40 ms',
    conditions: { latency: 40, downloadThroughput: 20 * Mbit, uploadThroughput: 10 * Mbit },
  },
  {
    key: 'slow',
    name: 'slow 1.6/0.75 Mbit/s, 150 ms',
    conditions: { latency: 150, downloadThroughput: 1.6 * Mbit, uploadThroughput: 0.75 * Mbit },
  },
];
// BENCH_PROFILES=loopback (or vpn,slow …) runs only those: more loads of one in the same time.
const PROFILES = ALL_PROFILES.filter(({ key }) =>
  (process.env.BENCH_PROFILES ?? 'loopback,vpn,slow').split(',').includes(key),
);
if (PROFILES.length === 0) {
  console.error('bench:network: BENCH_PROFILES names none of loopback, vpn, slow');
  process.exit(2);
}
// How each page's Name textbox is found.
const PAGES = {
  ours: { label: 'Name' },
  rjsf: { id: 'root_$name' },
  floor: { label: 'Name' },
  baseline: { label: 'Name' },
};
// Another build of this app (its dist/client), e.g. main's, measured in the same run as ours:
// machine load drifts between runs, so "no worse than before" is read from one run.
const BASELINE = process.env.BENCH_BASELINE;

if (process.argv[2] === '--serve') await serve(process.argv[3], process.argv[4]);
else await run();

/** Child: our client, rjsf's page and the floor's, each behind the real BFF in demo mode. */
async function serve(dirsJson) {
  const [{ createApp }, { createFakeLightfield }, { createLogger }, { spaRoutes }] =
    await Promise.all(['app', 'fake', 'logger', 'spa'].map((n) => loadBundled(bundleDir, n)));
  const { serve: listen } = await import('@hono/node-server');
  const pino = (await import('pino')).default;
  const start = (dir) =>
    new Promise((resolve) => {
      const fake = createFakeLightfield();
      const app = createApp({
        mode: 'demo',
        upstream: { baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch },
        // Dozens of page loads a minute from one address: the per-client limit would answer 429.
        security: { rateLimitPerMinute: 0 },
        // One JSON line per request, as in production, written to /dev/null.
        logger: createLogger({
          level: 'info',
          format: 'json',
          secrets: [fake.apiKey],
          destination: pino.destination({ dest: '/dev/null', sync: false }),
        }),
        spa: spaRoutes(dir),
      });
      listen({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(info.port));
    });
  const ports = {};
  for (const [page, dir] of Object.entries(JSON.parse(dirsJson))) ports[page] = await start(dir);
  process.send(ports);
  process.on('message', (m) => m === 'stop' && process.exit(0));
  // The parent gone (killed, crashed) takes the servers with it.
  process.on('disconnect', () => process.exit(0));
}

async function run() {
  const started = Date.now();
  let child;
  let browser;
  const watchdog = setTimeout(() => {
    console.error(`bench:network: over ${HARD_LIMIT_MS / 1000} s, giving up`);
    child?.kill('SIGKILL');
    process.exit(2);
  }, HARD_LIMIT_MS);
  watchdog.unref();

  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const pagesDir = await mkdtemp(join(tmpdir(), 'deal-form-bench-network-'));
  const rjsfDir = join(pagesDir, 'rjsf');
  const floorDir = join(pagesDir, 'floor');
  try {
    console.error('bench:network: building (ours when changed, rjsf and floor pages, BFF bundle)…');
    buildIfNeeded({ quiet: true });
    await buildBenchPages(rjsfDir, floorDir);
    await bundleForNode(root, bundleDir, {
      app: 'src/bff/app.ts',
      fake: 'src/fake-lightfield/create-fake-lightfield.ts',
      logger: 'src/bff/logger.ts',
      spa: 'src/bff/spa-routes.ts',
    });
    const dirs = {
      ours: join(root, 'dist/client'),
      rjsf: rjsfDir,
      floor: floorDir,
      ...(BASELINE && { baseline: BASELINE }),
    };
    const pages = Object.keys(dirs);
    child = fork(fileURLToPath(import.meta.url), ['--serve', JSON.stringify(dirs)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ports = await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    });
    const urls = Object.fromEntries(pages.map((p) => [p, `http://127.0.0.1:${ports[p]}/`]));

    const { chromium } = await import('playwright');
    const executablePath = ensureChromium() ?? undefined;
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    const load = loadavg()[0].toFixed(2);
    // One warm-up load each, unrecorded: the server's and the browser's first load pay for
    // compiling code that later loads find ready.
    for (const page of pages) await firstAndRepeat(browser, page, urls, null);

    // Round by round through the profiles, so a busier minute of the machine falls on all three.
    const results = PROFILES.map((profile) => ({
      profile,
      loads: Object.fromEntries(pages.map((p) => [p, []])),
    }));
    for (let i = 0; i < LOADS; i++) {
      if (Date.now() - started > LOADS_DEADLINE_MS) {
        console.error(`bench:network: out of time after ${i} of ${LOADS} rounds`);
        break;
      }
      // Each page goes first in turn.
      const order = pages.map((_, k) => pages[(i + k) % pages.length]);
      for (const { profile, loads } of results) {
        for (const page of order) {
          loads[page].push(await firstAndRepeat(browser, page, urls, profile.conditions));
        }
      }
      process.stderr.write(`round ${i + 1}/${LOADS} done\n`);
    }
    report(
      results,
      { load, version: browser.version() },
      PROFILES.map((p) => p.key),
    );
    if (process.env.BENCH_DUMP) await writeFile(process.env.BENCH_DUMP, JSON.stringify(results));
  } finally {
    clearTimeout(watchdog);
    await browser?.close();
    if (child?.connected) child.send('stop');
    await rm(pagesDir, { recursive: true, force: true });
  }
}

/**
 * rjsf's page as bench:form builds it, and the floor page on its own (so bench:form's pages are
 * chunked as they always were), each precompressed and served as its site's index.html.
 */
async function buildBenchPages(rjsfDir, floorDir) {
  const { build } = await import('vite');
  const configFile = join(root, 'bench/form/vite.config.ts');
  await build({ configFile, build: { outDir: rjsfDir } });
  await build({
    configFile,
    // Replaces the config's three pages: rollupOptions.input given here wins over the file's.
    build: {
      outDir: floorDir,
      rollupOptions: { input: join(root, 'bench/form/react-floor-form.html') },
    },
  });
  // The site's page, so it is cached and revalidated exactly as our index.html is.
  await rename(join(rjsfDir, 'rjsf-form.html'), join(rjsfDir, 'index.html'));
  await rename(join(floorDir, 'react-floor-form.html'), join(floorDir, 'index.html'));
  await precompress(rjsfDir);
  await precompress(floorDir);
}

/** A fresh context: the first visit, then a repeat visit in a new tab with the cache it left. */
async function firstAndRepeat(browserInstance, name, urls, conditions) {
  const context = await browserInstance.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(probeUsable, PAGES[name]);
    const first = await visit(context, urls[name], conditions);
    const repeat = await visit(context, urls[name], conditions);
    return { first, repeat };
  } finally {
    await context.close();
  }
}
