// bench:network's report (scripts/bench-network.mjs): the table, the targets and the waterfalls.
import { printTable } from './print-table.mjs';

// The targets for ours; KB = 1000 bytes, the stricter reading.
const TARGETS = {
  firstBytes: 150_000,
  repeatBytes: 10_000,
  usable: { 'VPN 20/10 Mbit/s, 40 ms': 450, 'slow 1.6/0.75 Mbit/s, 150 ms': 1400 },
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function range(values) {
  return [Math.min(...values), Math.max(...values)];
}

/**
 * Prints the run's table (medians and spreads per profile and page), the targets met or missed,
 * and the waterfall of our median first visit per profile.
 */
export function report(results, machine, profileKeys) {
  const ms = (v) => `${Math.round(v)} ms`;
  const signed = (v) => `${v < 0 ? '−' : '+'}${ms(Math.abs(v))}`;
  const kb = (v) => `${(v / 1000).toFixed(1)} KB`;
  // Bytes only differ between loads if something went wrong; then the range shows it.
  const kbRange = (values) => {
    const [lo, hi] = range(values);
    return lo === hi ? kb(lo) : `${kb(median(values))} (${kb(lo)}–${kb(hi)})`;
  };
  const rows = [];
  const verdicts = [];
  const loopback = {};
  for (const { profile, loads } of results) {
    const floor = loads.floor?.length ? median(loads.floor.map((l) => l.first.usable)) : null;
    for (const page of Object.keys(loads)) {
      if (loads[page].length === 0) continue;
      const of = (visit, key) => loads[page].map((l) => l[visit][key]);
      const usable = median(of('first', 'usable'));
      const [lo, hi] = range(of('first', 'usable'));
      if (profile.conditions === null) loopback[page] = usable;
      rows.push([
        profile.name,
        page,
        ms(usable),
        `${Math.round(lo)}–${Math.round(hi)}`,
        floor ? `${(usable / floor).toFixed(2)}×` : '—',
        profile.conditions === null || !loopback[page] ? '—' : signed(usable - loopback[page]),
        ms(median(of('repeat', 'usable'))),
        kbRange(of('first', 'bytes')),
        kb(median(of('first', 'transferSize'))),
        kbRange(of('repeat', 'bytes')),
        kb(median(of('repeat', 'transferSize'))),
      ]);
      if (page !== 'ours') continue;
      const limit = TARGETS.usable[profile.name];
      if (limit) verdicts.push([`${profile.name}: usable ≤ ${ms(limit)}`, usable, limit, ms]);
      if (profile.conditions !== null) continue;
      const first = median(of('first', 'bytes'));
      const repeat = median(of('repeat', 'bytes'));
      verdicts.push([`first visit ≤ ${kb(TARGETS.firstBytes)}`, first, TARGETS.firstBytes, kb]);
      verdicts.push([`repeat visit ≤ ${kb(TARGETS.repeatBytes)}`, repeat, TARGETS.repeatBytes, kb]);
    }
  }
  if (loopback.baseline !== undefined) {
    const label = `loopback usable no worse than the baseline's ${ms(loopback.baseline)}`;
    verdicts.push([label, loopback.ours, loopback.baseline, ms]);
  }
  const loadsRun = results.map(({ loads }) => loads.ours.length).join('/');
  console.log(
    `\nbench:network — medians of ${loadsRun} fresh loads ` +
      `(${profileKeys.join('/')}) per page, ` +
      `headless Chromium ${machine.version}, load average ${machine.load} at the start; ` +
      'KB = 1000 bytes\n',
  );
  printTable(
    [
      'profile',
      'page',
      'usable, first visit',
      'spread (min–max)',
      '× floor',
      'over loopback',
      'usable, repeat',
      'wire, first (CDP)',
      'transferSize, first',
      'wire, repeat (CDP)',
      'transferSize, repeat',
    ],
    rows,
  );
  console.log('\nTargets (ours)');
  for (const [label, value, limit, format] of verdicts) {
    console.log(`  ${value <= limit ? 'met   ' : 'MISSED'}  ${label}: ${format(value)}`);
  }
  for (const { profile, loads } of results) {
    if (loads.ours.length === 0) continue;
    // The load whose usable time is the median (the lower one of an even count).
    const sorted = [...loads.ours].sort((a, b) => a.first.usable - b.first.usable);
    const chosen = sorted[Math.floor((sorted.length - 1) / 2)].first;
    console.log(
      `\nWaterfall, ours, ${profile.name}, the median first visit (ms from the request for the page):`,
    );
    printTable(
      ['request', 'status', 'start', 'end', 'wire'],
      [
        ...chosen.waterfall.map((r) => [
          r.path,
          r.status,
          ms(r.startMs),
          ms(r.endMs),
          `${r.bytes} B`,
        ]),
        ['(Name textbox usable)', '', '', ms(chosen.usable), ''],
      ],
    );
  }
}
