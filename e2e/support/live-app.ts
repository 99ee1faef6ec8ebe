import { spawn } from 'node:child_process';
import type { FakeLightfield } from '../../src/fake-lightfield/create-fake-lightfield';
import { serveFakeLightfield } from '../../src/fake-lightfield/serve-fake-lightfield';

export interface LiveApp {
  /** The app's origin, e.g. http://127.0.0.1:4320. */
  url: string;
  stop(): Promise<void>;
}

interface LiveAppOptions {
  port: number;
  apiKey: string;
  fake: Pick<FakeLightfield, 'baseUrl' | 'fetch'>;
  /** Extra settings for the app process (ALLOWED_ORIGINS, UPSTREAM_RETRY_BUDGET_MS, …). */
  env?: Record<string, string>;
}

async function waitForHealth(url: string, log: () => string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The app did not start:\n${log()}`);
}

/**
 * The built server in live mode, talking HTTP to the fake Lightfield served on a loopback port,
 * so a spec can both drive the page and read exactly what reached "Lightfield".
 */
export async function startLiveApp(options: LiveAppOptions): Promise<LiveApp> {
  const url = `http://127.0.0.1:${options.port}`;
  // A leftover server on the port would answer the health check and the spec would talk to it.
  const stale = await fetch(`${url}/api/health`).then(
    () => true,
    () => false,
  );
  if (stale) throw new Error(`Port ${options.port} is already in use`);

  const lightfield = await serveFakeLightfield({ fake: options.fake });
  let log = '';
  const app = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      LIGHTFIELD_API_KEY: options.apiKey,
      LIGHTFIELD_API_URL: lightfield.url,
      LOG_LEVEL: 'warn',
      // No load balancer to drain for: SIGTERM stops it at once.
      SHUTDOWN_DRAIN_MS: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  app.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => app.once('exit', () => resolve()));
  // Waits for the exit: a spec started again (a retried worker) must find the port free.
  const stop = async () => {
    app.kill('SIGTERM');
    await exited;
    await lightfield.close();
  };
  try {
    await waitForHealth(`${url}/api/health`, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
