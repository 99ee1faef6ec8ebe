// Builds the app unless dist/ is newer than every source file. Used by `npm start` and tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

export function buildIfNeeded({ quiet = false } = {}) {
  const built = outputs.every(existsSync)
    ? Math.min(...outputs.map((p) => statSync(p).mtimeMs))
    : 0;
  const changed = Math.max(...inputs.map((p) => newest(join(root, p))));
  if (built > changed) return;
  if (!quiet) console.log('Building Deal Form (vite build)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  if (result.status !== 0) {
    console.error('Build failed.');
    process.exit(result.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
