import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Bundles TypeScript entry points of the repo (`{ name: 'src/…ts' }`) into `outDir` as ESM a
 * Node script can import: the benches run the real BFF and fake without a TypeScript loader.
 */
export async function bundleForNode(root, outDir, entries) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        input: Object.fromEntries(
          Object.entries(entries).map(([name, path]) => [name, join(root, path)]),
        ),
        output: { format: 'esm', entryFileNames: '[name].mjs' },
      },
    },
  });
}

/** One entry of a bundle made by bundleForNode. */
export const loadBundled = (outDir, name) =>
  import(pathToFileURL(join(outDir, `${name}.mjs`)).href);
