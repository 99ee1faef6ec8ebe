// Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of a built client
// (`npm run build` runs it on dist/client; bench:network on its rjsf page), so the server sends
// compressed files without compressing anything per request (src/bff/static-files.ts). Both at
// their slowest, smallest settings: the cost is paid once per build, the bytes on every visit.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.xml']);
const VARIANTS = {
  '.br': (bytes) =>
    promisify(brotliCompress)(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  '.gz': (bytes) => promisify(gzip)(bytes, { level: constants.Z_BEST_COMPRESSION }),
};
const isVariant = (name) => Object.keys(VARIANTS).some((suffix) => name.endsWith(suffix));

/** Compresses every compressible file under `dir`; returns one row per file with its sizes. */
export async function precompress(dir) {
  const names = (await readdir(dir, { recursive: true })).sort();
  const rows = [];
  for (const name of names) {
    const path = join(dir, name);
    if (isVariant(name)) {
      // A variant whose file is gone (an older build's) would only waste space.
      const original = path.replace(/\.(br|gz)$/, '');
      if (!(await stat(original).catch(() => null))) await rm(path);
      continue;
    }
    if (!COMPRESSIBLE.has(extname(name)) || !(await stat(path)).isFile()) continue;
    const bytes = await readFile(path);
    const row = { name, size: bytes.length };
    await Promise.all(
      Object.entries(VARIANTS).map(async ([suffix, compress]) => {
        const compressed = await compress(bytes);
        // A tiny file can come out larger; then the original is what every client gets.
        if (compressed.length < bytes.length) {
          await writeFile(path + suffix, compressed);
          row[suffix] = compressed.length;
        } else {
          await rm(path + suffix, { force: true });
        }
      }),
    );
    rows.push(row);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist/client';
  const rows = await precompress(dir);
  const kb = (n) => (n === undefined ? '—' : `${(n / 1000).toFixed(2)} kB`);
  for (const { name, size, '.br': br, '.gz': gz } of rows) {
    console.log(
      `${join(dir, name).padEnd(48)} ${kb(size).padStart(10)} │ br ${kb(br)} │ gz ${kb(gz)}`,
    );
  }
}
