import type { Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ConfigError } from './config';
import { etagMatches, pickCoding, type ContentCoding } from './http-negotiation';

type Compressed = Exclude<ContentCoding, 'identity'>;

/** The files `npm run build` writes beside each compressible file (scripts/precompress.mjs). */
const VARIANT_SUFFIX: Record<Compressed, string> = { br: '.br', gzip: '.gz' };
/** Preferred first when the client weights both alike: brotli is the smaller. */
const PREFERENCE: readonly Compressed[] = ['br', 'gzip'];
const DECODE: Record<Compressed, (bytes: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
};

interface Representation {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

export interface StaticFile {
  contentType: string;
  identity: Representation;
  variants: Partial<Record<Compressed, Representation>>;
  /** The codings with a variant, in order of preference. */
  codings: Compressed[];
}

const isVariant = (name: string) =>
  Object.values(VARIANT_SUFFIX).some((suffix) => name.endsWith(suffix));

const copy = (bytes: Buffer): Uint8Array<ArrayBuffer> => {
  const body = new Uint8Array(bytes.byteLength);
  body.set(bytes);
  return body;
};

function loadFile(path: string): StaticFile {
  const bytes = readFileSync(path);
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
  const variants: StaticFile['variants'] = {};
  for (const coding of PREFERENCE) {
    const variantPath = path + VARIANT_SUFFIX[coding];
    if (!existsSync(variantPath)) continue;
    const compressed = readFileSync(variantPath);
    // A variant left over from another build would send the browser different code depending
    // on its Accept-Encoding; refusing to start is better than that.
    if (!DECODE[coding](compressed).equals(bytes)) {
      throw new ConfigError(
        `${variantPath} does not decompress to ${path}; run npm run build again.`,
      );
    }
    // Each coding is its own representation, so it gets its own strong tag (RFC 9110 §8.8.3).
    variants[coding] = { body: copy(compressed), etag: `"${hash}-${coding}"` };
  }
  return {
    contentType: getMimeType(path) ?? 'application/octet-stream',
    identity: { body: copy(bytes), etag: `"${hash}"` },
    variants,
    codings: PREFERENCE.filter((coding) => variants[coding]),
  };
}

/**
 * Every file of the built app, read once at start-up and keyed by its URL path
 * (`/assets/index-x.js`). The build's output never changes under a running server, and serving
 * from memory means no request ever touches the file system with a path it chose.
 */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const names = readdirSync(root, { recursive: true, encoding: 'utf8' });
  for (const name of names.sort()) {
    const path = join(root, name);
    if (isVariant(name) || !statSync(path).isFile()) continue;
    files.set(`/${name.split(sep).join('/')}`, loadFile(path));
  }
  return files;
}

/**
 * Answers with the representation the client's Accept-Encoding weights highest, a 304 when its
 * If-None-Match already names that one, and `Vary: Accept-Encoding` whenever the choice could
 * have gone another way, so a shared cache keeps one copy per coding.
 */
export function sendStaticFile(c: Context, file: StaticFile, cacheControl: string): Response {
  const coding = pickCoding(c.req.header('Accept-Encoding'), file.codings);
  const chosen = (coding !== 'identity' && file.variants[coding]) || file.identity;
  if (file.codings.length > 0) c.header('Vary', 'Accept-Encoding');
  c.header('Cache-Control', cacheControl);
  c.header('ETag', chosen.etag);
  if (etagMatches(c.req.header('If-None-Match'), chosen.etag)) return c.body(null, 304);
  c.header('Content-Type', file.contentType);
  if (chosen !== file.identity) c.header('Content-Encoding', coding);
  c.header('Content-Length', String(chosen.body.byteLength));
  return c.body(chosen.body, 200);
}
