// The fake Lightfield in a process of its own, served on loopback and enforcing 25 calls/s per
// category, for the replicas' burst (src/bff/shared/replica-burst.ts, `npm run bench:scale`).
// Its own event loop stamps each call's arrival, as Lightfield's servers would, unskewed by the
// load generator. Prints `{"url":…}` once listening; answers the IPC message "report" with its
// call log and the names of the deals it stores.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode, loadBundled } from './bundle-for-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// One directory per process: runs started at the same moment do not overwrite each other.
const outDir = join(root, 'node_modules', '.cache', `deal-form-fake-${process.pid}`);
await bundleForNode(root, outDir, {
  fake: 'src/fake-lightfield/create-fake-lightfield.ts',
  serve: 'src/fake-lightfield/serve-fake-lightfield.ts',
});
const [{ createFakeLightfield }, { serveFakeLightfield }] = await Promise.all(
  ['fake', 'serve'].map((name) => loadBundled(outDir, name)),
);
rmSync(outDir, { recursive: true, force: true });
const fake = createFakeLightfield({ rateLimitPerSecond: 25 });
const served = await serveFakeLightfield({ fake });

process.on('message', (message) => {
  if (message === 'reset') {
    fake.requests.length = 0;
    process.send?.({ reset: true });
  }
  if (message === 'report') {
    process.send?.({
      calls: fake.requests.map(({ at, category, rateLimited, method, path }) => ({
        at,
        category,
        rateLimited,
        method,
        path,
      })),
      names: fake.store
        .entries('opportunity')
        .map((entry) => entry.record.fields.$name?.value)
        .filter((name) => typeof name === 'string'),
    });
  }
});
process.on('disconnect', () => served.close().then(() => process.exit(0)));
console.log(JSON.stringify({ url: served.url, apiKey: fake.apiKey }));
