// `npm test`: the whole suite — unit and component (Vitest), then end-to-end (Playwright) —
// with one closing line "N passed, N failed" over both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { buildIfNeeded } from './build-if-needed.mjs';
import { ensureChromium } from './find-chromium.mjs';
import { ensureRedis } from './find-redis.mjs';

const reports = 'reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status;

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);

// The replica tests (and the end-to-end tests after them) run the built server; the replica
// tests run it next to a real Redis.
const redis = ensureRedis();
buildIfNeeded();

console.log('\n== Unit and component tests (Vitest) ==');
run(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/vitest.json`,
  ],
  redis ? { REDIS_SERVER_PATH: redis } : {},
);
const vitest = readJson(`${reports}/vitest.json`);

console.log('\n== End-to-end tests (Playwright, Chromium) ==');
const chromium = ensureChromium();
run('npx', ['playwright', 'test'], {
  ...(chromium && { CHROMIUM_PATH: chromium }),
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json`,
});
const e2e = readJson(`${reports}/playwright.json`);

const unitPassed = vitest?.numPassedTests ?? 0;
const unitFailed = vitest
  ? vitest.numFailedTests + (vitest.success === false && vitest.numFailedTests === 0 ? 1 : 0)
  : 1;
const e2ePassed = e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
const e2eFailed = e2e ? e2e.stats.unexpected : 1;
const skipped =
  (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (e2e?.stats.skipped ?? 0);

console.log(`\nVitest: ${unitPassed} passed, ${unitFailed} failed${vitest ? '' : ' (no report)'}`);
console.log(`Playwright: ${e2ePassed} passed, ${e2eFailed} failed${e2e ? '' : ' (no report)'}`);
const passed = unitPassed + e2ePassed;
const failed = unitFailed + e2eFailed;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
