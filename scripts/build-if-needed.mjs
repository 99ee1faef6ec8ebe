// Builds the app unless dist/ is newer than every source file. Used by `npm start` and tests.
// Several `npm start`s from one checkout at once (replicas on one host) build once: the first
// takes a lock directory, the others wait for it and then find dist/ up to date.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outputs = [
  'dist/client/index.html',
  // Written last (scripts/precompress.mjs): a build without it is an older build's.
  'dist/client/index.html.br',
  'dist/client/embed.js',
  'dist/server/main.js',
].map((p) => join(root, p));
const inputs = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'vite.embed.config.ts',
  'scripts/precompress.mjs',
  'package-lock.json',
  'tsconfig.json',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newest(join(path, name))),
    stat.mtimeMs,
  );
}

const lockDir = join(root, 'node_modules', '.cache', 'deal-form-build.lock');
/** A lock older than this belongs to a build that died; a build takes seconds. */
const STALE_LOCK_MS = 5 * 60_000;

function upToDate() {
  const built = outputs.every(existsSync)
    ? Math.min(...outputs.map((p) => statSync(p).mtimeMs))
    : 0;
  const changed = Math.max(...inputs.map((p) => newest(join(root, p))));
  return built > changed;
}

function takeLock() {
  mkdirSync(join(lockDir, '..'), { recursive: true });
  try {
    mkdirSync(lockDir);
    writeFileSync(join(lockDir, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
}

const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function buildIfNeeded({ quiet = false } = {}) {
  if (upToDate()) return;
  let waited = false;
  while (!takeLock()) {
    if (!waited && !quiet) console.log('Another process is building Deal Form; waiting for it…');
    waited = true;
    pause(200);
  }
  let status = 0;
  try {
    if (!upToDate()) status = build(quiet);
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
  if (status !== 0) {
    console.error('Build failed.');
    process.exit(status);
  }
}

function build(quiet) {
  if (!quiet) console.log('Building Deal Form (vite build)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  return result.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
