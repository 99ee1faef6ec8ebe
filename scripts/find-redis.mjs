// Finds redis-server for the Redis tests (replicas sharing limits and caches), installing
// Debian's package when there is none and we are root, as find-chromium.mjs does for Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const which = () => {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() || null : null;
};

const run = (cmd, args) =>
  spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status === 0;

/** The redis-server path for REDIS_SERVER_PATH, or null (the Redis tests then fail and say why). */
export function ensureRedis() {
  const configured = process.env.REDIS_SERVER_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`REDIS_SERVER_PATH=${configured} does not exist`);
    return configured;
  }
  const found = which();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log("No redis-server found: installing Debian's redis-server with apt-get…");
    run('apt-get', ['update', '-qq']);
    if (run('apt-get', ['install', '-y', '-qq', 'redis-server'])) {
      // The package starts its own service on 6379; the tests start theirs on free ports.
      run('sh', ['-c', 'service redis-server stop >/dev/null 2>&1 || true']);
      const installed = which();
      if (installed) return installed;
    }
  }
  console.log(
    'No redis-server found and none could be installed: the Redis tests will fail. Install it (apt-get install redis-server) or set REDIS_SERVER_PATH.',
  );
  return null;
}
