// One measured visit of bench:network (scripts/bench-network.mjs): the page's requests over CDP
// and the moment its Name textbox can be typed into.

// A visit ends once the network has been quiet this long (or at the timeout).
const QUIET_MS = 1000;
const VISIT_TIMEOUT_MS = 30_000;

/**
 * In the page, before its scripts: records in `window.__usable` the ms from navigation start
 * to the paint of the first frame in which the Name textbox can be typed into.
 */
export function probeUsable(target) {
  const find = () => {
    if (target.id) return document.getElementById(target.id);
    const label = [...document.querySelectorAll('label')].find(
      (l) => l.textContent?.trim() === target.label,
    );
    return label?.htmlFor ? document.getElementById(label.htmlFor) : null;
  };
  const usable = (el) =>
    el instanceof HTMLInputElement && !el.disabled && !el.readOnly && el.getClientRects().length;
  const observer = new MutationObserver(() => {
    if (!usable(find())) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__usable = performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'readonly', 'hidden', 'class', 'style'],
  });
}

/** One navigation in a new tab of `context`, its requests recorded over CDP. */
export async function visit(context, url, conditions) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  let lastActivity = Date.now();
  const touch = (id) => {
    lastActivity = Date.now();
    return requests.get(id);
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    lastActivity = Date.now();
    // A redirect reuses the id; none are expected here.
    requests.set(e.requestId, {
      url: e.request.url,
      start: e.timestamp,
      end: null,
      bytes: 0,
      cached: false,
      status: null,
      wireStatus: null,
    });
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const r = touch(e.requestId);
    if (r) r.cached = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = touch(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    if (e.response.fromDiskCache || e.response.fromPrefetchCache) r.cached = true;
  });
  // The status on the wire: a revalidated response reports its cached 200 above, this its 304.
  cdp.on('Network.responseReceivedExtraInfo', (e) => {
    const r = touch(e.requestId);
    if (r) r.wireStatus = e.statusCode;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = touch(e.requestId);
    if (!r) return;
    r.end = e.timestamp;
    r.bytes = r.cached ? 0 : e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = touch(e.requestId);
    if (r) r.end = e.timestamp;
  });
  await cdp.send('Network.enable');
  if (conditions) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
  }
  await page.goto(url, { waitUntil: 'commit', timeout: VISIT_TIMEOUT_MS });
  await page.waitForFunction(() => window.__usable !== undefined, null, {
    timeout: VISIT_TIMEOUT_MS,
  });
  const usable = await page.evaluate(() => window.__usable);
  // Everything the visit fetches, not only what came before usable: wait for the network to
  // settle (nothing in flight, nothing new for QUIET_MS).
  const settleBy = Date.now() + VISIT_TIMEOUT_MS;
  const inFlight = () => [...requests.values()].some((r) => r.end === null);
  while (Date.now() < settleBy && (inFlight() || Date.now() - lastActivity < QUIET_MS)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const transferSize = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .map((entry) => entry.transferSize)
      .reduce((sum, size) => sum + size, 0),
  );
  await page.close();
  // data: URLs (the date input's icon) never touch the network.
  const list = [...requests.values()]
    .filter((r) => !r.url.startsWith('data:'))
    .sort((a, b) => a.start - b.start);
  const origin = list[0]?.start ?? 0;
  const waterfall = list.map((r) => ({
    path: new URL(r.url).pathname,
    status: r.cached ? 'cache' : String(r.wireStatus ?? r.status ?? 'failed'),
    startMs: (r.start - origin) * 1000,
    endMs: r.end === null ? NaN : (r.end - origin) * 1000,
    bytes: r.bytes,
  }));
  const bytes = waterfall.reduce((sum, r) => sum + r.bytes, 0);
  return { usable, bytes, transferSize, waterfall };
}
