// bench:form's report (scripts/bench-form.mjs): the timed rows, their targets and the spreads.
import { printTable } from './print-table.mjs';

// One row per figure. `q` is the statistic, for the row and for each round's spread. `bound`
// turns the run's rjsf and floor figures into our limit; `null` rows carry no target.
const TIMED_ROWS = [
  {
    metric: 'paint (nav → painted) median',
    key: 'painted',
    q: 0.5,
    target: '≤ 0.85× rjsf',
    bound: (rjsf) => 0.85 * rjsf,
  },
  {
    metric: 'keystroke → paint p95',
    key: 'keystroke',
    q: 0.95,
    target: '≤ floor + 3 ms',
    bound: (_rjsf, floor) => floor + 3,
  },
  {
    metric: 'first valid submit median',
    key: 'submitted',
    q: 0.5,
    target: '≤ 0.1× rjsf',
    bound: (rjsf) => 0.1 * rjsf,
  },
  { metric: 'submit at once → errors shown median', key: 'errorsShown', q: 0.5, target: null },
  {
    metric: 'submit settled → errors shown median',
    key: 'errorsSettled',
    q: 0.5,
    target: '≤ 2× floor',
    bound: (_rjsf, floor) => 2 * floor,
  },
];
const INITIAL_JS_LIMIT = 140 * 1024;

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index];
}

/** The run's figure: `q` over every sample of every round. */
function pooled(pageRounds, key, q) {
  return quantile(
    pageRounds.flatMap((r) => r[key]),
    q,
  );
}

/** The interquartile range of the per-round figures: [p25, p75]. */
function spread(pageRounds, key, q) {
  const perRound = pageRounds.filter((r) => r[key].length > 0).map((r) => quantile(r[key], q));
  return [quantile(perRound, 0.25), quantile(perRound, 0.75)];
}

/**
 * Prints the run's table: each row's figure for ours, rjsf and the floor, the ratios, our spread
 * and the target; then every page's spread. `rounds` holds each page's rounds of samples, `js`
 * each form's gzipped JS bytes.
 */
export function report(rounds, js, { pages, frames, settledMs }) {
  const ms = (v) => `${v.toFixed(1)} ms`;
  const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
  const ratio = (a, b) => (a / b).toFixed(2);
  // Width first: it is what a difference between two runs is compared with.
  const band = ([lo, hi]) => `${ms(hi - lo)} (${lo.toFixed(1)}–${hi.toFixed(1)})`;
  const NONE = ['none', '—'];

  const rows = [];
  const spreadRows = [];
  for (const { metric, key, q, target, bound } of TIMED_ROWS) {
    const [ours, rjsf, floor] = pages.map((p) => pooled(rounds[p], key, q));
    const [oursBand, rjsfBand, floorBand] = pages.map((p) => band(spread(rounds[p], key, q)));
    const limit = bound?.(rjsf, floor);
    const verdict = target ? [`${target} = ${ms(limit)}`, ours <= limit ? 'yes' : 'NO'] : NONE;
    rows.push([
      metric,
      ms(ours),
      ms(rjsf),
      ms(floor),
      ratio(ours, floor),
      ratio(ours, rjsf),
      oursBand,
      ...verdict,
    ]);
    spreadRows.push([metric, oursBand, rjsfBand, floorBand]);
  }
  for (const [metric, kind] of [
    ['JS gzip, initial', 'initial'],
    ['JS gzip, all loaded in load A', 'loaded'],
  ]) {
    const [ours, rjsf] = [js['our-form'][kind], js['rjsf-form'][kind]];
    const verdict =
      kind === 'initial'
        ? [`≤ ${kb(INITIAL_JS_LIMIT)}`, ours <= INITIAL_JS_LIMIT ? 'yes' : 'NO']
        : NONE;
    rows.push([metric, kb(ours), kb(rjsf), '—', '—', ratio(ours, rjsf), '—', ...verdict]);
  }

  const n = rounds['our-form'].length;
  const count = (p, key) => rounds[p].reduce((sum, r) => sum + r[key].length, 0);
  const counts = pages
    .map(
      (p) =>
        `${p}: ${count(p, 'painted')} paints, ${count(p, 'keystroke')} keystrokes, ` +
        `${count(p, 'submitted')} submits, ${count(p, 'errorsShown')} + ` +
        `${count(p, 'errorsSettled')} error submits`,
    )
    .join('; ');
  console.log(
    `\nbench:form — ${n} rounds, 302 fields (300 custom, 30 single selects + $name, $stage), ` +
      `frames: ${frames}`,
  );
  console.log(`samples: ${counts}\n`);
  printTable(
    [
      'metric',
      'ours',
      'rjsf',
      'floor',
      'ours/floor',
      'ours/rjsf',
      'ours spread (IQR of rounds)',
      'target (#17)',
      'met',
    ],
    rows,
  );
  console.log(
    `\nSpread: the row's statistic per round (${n} rounds), as p75 − p25 (p25–p75); ` +
      'a difference between two runs smaller than it cannot be told from noise.\n',
  );
  printTable(['metric', 'ours spread', 'rjsf spread', 'floor spread'], spreadRows);
  console.log(
    `\nfloor: one bare <input>, same probes and steps. settled: the empty form submitted ` +
      `${settledMs / 1000} s after it painted; at once: as soon as it painted.`,
  );
}
