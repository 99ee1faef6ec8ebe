import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';

/**
 * A throw-away `redis-server` for tests and `bench:scale`: a free loopback port, no persistence,
 * stopped at the end. `npm test` finds or installs it (scripts/find-redis.mjs) and passes its path
 * in REDIS_SERVER_PATH.
 */
export interface TestRedis {
  url: string;
  port: number;
  /** Kills it at once (SIGKILL), as a crashed Redis would go. */
  kill(): Promise<void>;
  /** Starts it again on the same port (after `kill`). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function redisServerPath(): string {
  const configured = process.env.REDIS_SERVER_PATH;
  if (configured && existsSync(configured)) return configured;
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status === 0 && path) return path;
  throw new Error(
    'redis-server is not installed: the Redis tests need it. `npm test` installs it with apt-get when run as root; otherwise `apt-get install redis-server` (or set REDIS_SERVER_PATH).',
  );
}

/** A loopback port nothing listens on (just now). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

function launch(binary: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout?.off('data', onData);
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
  });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

export async function startTestRedis(): Promise<TestRedis> {
  const binary = redisServerPath();
  let port = 0;
  let child: ChildProcess | null = null;
  // Another process may take the free port between the probe and the start: try a few.
  for (let attempt = 0; !child; attempt++) {
    port = await freePort();
    child = await launch(binary, port).catch((error: unknown) => {
      if (attempt >= 4) throw error;
      return null;
    });
  }
  const halt = async (signal: NodeJS.Signals) => {
    const running = child;
    child = null;
    if (!running) return;
    running.kill(signal);
    await exited(running);
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => halt('SIGKILL'),
    async restart() {
      await halt('SIGKILL');
      child = await launch(binary, port);
    },
    stop: () => halt('SIGTERM'),
  };
}
