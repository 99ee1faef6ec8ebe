import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeLightfield } from './create-fake-lightfield';

export interface ServeFakeLightfieldOptions {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  fake: Pick<FakeLightfield, 'baseUrl' | 'fetch'>;
}

export interface ServedFakeLightfield {
  /** Origin to use as the Lightfield base URL, e.g. `http://127.0.0.1:53817`. */
  url: string;
  close(): Promise<void>;
}

// Hop-by-hop and framing headers belong to this connection, not to the forwarded request.
const SKIPPED_HEADERS = new Set([
  'host',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  'upgrade',
]);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, body: Buffer, baseUrl: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || SKIPPED_HEADERS.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // Handlers match the fake's own base URL, so the path is re-rooted there.
  return new Request(`${baseUrl}${req.url ?? '/'}`, {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  });
}

async function handle(
  fake: ServeFakeLightfieldOptions['fake'],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const request = toRequest(req, await readBody(req), fake.baseUrl);
  let response: Response;
  try {
    response = await fake.fetch(request);
  } catch (error) {
    if (error instanceof TypeError) {
      // A simulated network failure: drop the connection so the client sees a reset.
      req.socket.destroy();
      return;
    }
    throw error;
  }
  const payload = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!SKIPPED_HEADERS.has(name)) headers[name] = value;
  });
  headers['content-length'] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
}

export function serveFakeLightfield(
  options: ServeFakeLightfieldOptions,
): Promise<ServedFakeLightfield> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(options.fake, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { type: 'internal_server_error', message } }));
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const origin = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${origin}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}
