// Turns the per-run measurements into medians, checks the product's targets, and prints the
// side-by-side table. Figures only: nothing here decides the exit code.

// 1 KB = 1000 bytes throughout (the stricter reading of "250 KB").
export const KB = 1000;
export const targets = {
  maxFirstLoadGzipBytes: 250 * KB,
  maxFirstDrawShareOfBaseline: 0.5,
  maxIdleFrames: 0,
};
// Issue 13's aims, printed beside the product's targets.
export const aims = {
  maxFirstLoadBrotliBytes: 200 * KB,
  maxFirstLoadGzipBytes: 235 * KB,
  maxFirstDrawRatioToBaseline: 0.7,
};

export function median(values) {
  const v = values.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// The metrics the table shows, each read from one run's result.
export const metrics = [
  { key: 'brotliBytes', label: 'first-load assets, brotli', unit: 'KB', get: (r) => r.brotliBytes },
  { key: 'gzipBytes', label: 'first-load assets, gzip', unit: 'KB', get: (r) => r.gzipBytes },
  { key: 'rawBytes', label: 'first-load assets, raw', unit: 'KB', get: (r) => r.rawBytes },
  { key: 'firstDrawMs', label: 'first drawElements after navigation', unit: 'ms', get: (r) => r.firstDrawMs },
  { key: 'firstClearMs', label: 'first clear after navigation', unit: 'ms', get: (r) => r.firstClearMs },
  { key: 'idleClears', label: 'idle frames in 5 s (WebGL clears)', unit: '', get: (r) => r.idle.clears },
  { key: 'idleDrawTasks', label: 'idle tasks with drawElements in 5 s', unit: '', get: (r) => r.idle.drawTasks },
  { key: 'idleOwnFrames', label: "idle frames, page's own counter", unit: '', get: (r) => r.idle.ownFrameCounter },
  { key: 'idleBusyMs', label: 'idle main-thread busy in 5 s', unit: 'ms', get: (r) => r.idle.mainThreadBusyMs },
];

export function summarise(runs) {
  const medians = {};
  for (const m of metrics) medians[m.key] = median(runs.map(m.get));
  return medians;
}

export function checkTargets(widget, baseline) {
  const gzip = widget.median.gzipBytes;
  const firstDraw = widget.median.firstDrawMs;
  const baseDraw = baseline.median.firstDrawMs;
  const idle = widget.runs.map((r) => r.idle.clears);
  return [
    {
      target: `all first-load assets under ${targets.maxFirstLoadGzipBytes / KB} KB gzip`,
      value: `${fmt(gzip / KB)} KB`,
      met: gzip < targets.maxFirstLoadGzipBytes,
    },
    {
      target: `first frame in under ${targets.maxFirstDrawShareOfBaseline * 100}% of the baseline's`,
      value: `${fmt(firstDraw)} ms vs ${fmt(baseDraw)} ms (${fmt((100 * firstDraw) / baseDraw)}%)`,
      met: firstDraw < baseDraw * targets.maxFirstDrawShareOfBaseline,
    },
    {
      target: `aim: first-load assets at most ${aims.maxFirstLoadBrotliBytes / KB} KB brotli`,
      value: `${fmt(widget.median.brotliBytes / KB)} KB`,
      met: widget.median.brotliBytes <= aims.maxFirstLoadBrotliBytes,
    },
    {
      target: `aim: first-load assets at most ${aims.maxFirstLoadGzipBytes / KB} KB gzip`,
      value: `${fmt(gzip / KB)} KB`,
      met: gzip <= aims.maxFirstLoadGzipBytes,
    },
    {
      target: `aim: first draw at most ${aims.maxFirstDrawRatioToBaseline}x the baseline's`,
      value: `${fmt2(firstDraw / baseDraw)}x (medians)`,
      met: firstDraw <= baseDraw * aims.maxFirstDrawRatioToBaseline,
    },
    {
      target: 'zero idle frames (every run)',
      value: `${idle.join(', ')} frames`,
      met: idle.every((n) => n <= targets.maxIdleFrames),
    },
  ];
}

// The widget's first draw over each other page's, round by round (the pages of one round ran
// back to back, so they saw the same load on the machine): median and range over the rounds.
export function ratios(pages) {
  const out = {};
  for (const other of Object.keys(pages).filter((n) => n !== 'widget')) {
    const perRound = pages.widget.runs.map((r, i) => {
      const o = pages[other].runs[i];
      return o && r.firstDrawMs && o.firstDrawMs ? r.firstDrawMs / o.firstDrawMs : null;
    }).filter((x) => x !== null);
    out[other] = { median: median(perRound), min: Math.min(...perRound), max: Math.max(...perRound),
                   ofMedians: pages.widget.median.firstDrawMs / pages[other].median.firstDrawMs };
  }
  return out;
}

const fmt2 = (x) => (x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(2));

function fmt(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '-';
  return Math.abs(x) >= 100 ? String(Math.round(x)) : String(Math.round(x * 10) / 10);
}

const show = (m, value) => fmt(m.unit === 'KB' && value !== null ? value / KB : value);

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i])
                                                        : String(cell).padStart(widths[i])))
    .join('  ')).join('\n');
}

export function printReport(pages, checks, firstDrawRatios) {
  const names = Object.keys(pages);
  const header = ['metric (median of runs)', ...names.map((n) => `${n}`),
                  ...names.map((n) => `${n} runs`)];
  const rows = [header];
  for (const m of metrics) {
    const label = m.unit ? `${m.label} [${m.unit}]` : m.label;
    rows.push([label,
      ...names.map((n) => show(m, pages[n].median[m.key])),
      ...names.map((n) => pages[n].runs.map((r) => show(m, m.get(r))).join(' / '))]);
  }
  console.log(table(rows));

  for (const n of names) {
    const first = pages[n].runs[0];
    console.log(`\n${n}: first-load assets (run 1, first drawElements at ${fmt(first.firstDrawMs)} ms; ` +
                'KB = 1000 B)');
    const assets = first.assets;
    const assetRows = [['url', 'raw KB', 'brotli KB', 'gzip KB', 'served as', 'arrived at ms', '']];
    for (const a of assets) {
      assetRows.push([new URL(a.url).pathname, fmt(a.raw / KB), fmt(a.brotli / KB), fmt(a.gzip / KB),
                      a.servedAs || '-', fmt(a.loadedAtMs),
                      a.byServiceWorker ? 'service worker only, not counted'
                        : a.status >= 400 ? `HTTP ${a.status}, not counted` : '']);
    }
    console.log(table(assetRows));
    const errors = [...new Set(pages[n].runs.flatMap((r) => r.errors))];
    if (errors.length) console.log(`${n}: page errors: ${errors.join(' | ')}`);
  }

  if (firstDrawRatios) {
    console.log('\nwidget first draw / other page first draw (median of per-round ratios [range]; ratio of medians)');
    for (const [other, r] of Object.entries(firstDrawRatios)) {
      console.log(`  / ${other.padEnd(9)} ${fmt2(r.median)}x [${fmt2(r.min)}–${fmt2(r.max)}]; ${fmt2(r.ofMedians)}x`);
    }
  }

  if (checks) {
    console.log('\ntargets (widget)');
    console.log(table([['target', 'measured', 'met'],
                       ...checks.map((c) => [c.target, c.value, c.met ? 'yes' : 'NO'])]));
  }
}

// The widget's start-up milestones (web/app.js marks them), median ms after navigation and the
// median step from the milestone before: where the time to the first draw goes.
export function printPhases(runs) {
  const order = ['compiled', 'script', 'runtime', 'data', 'validated', 'restored', 'drawn', 'first-frame', 'painted'];
  const what = {
    compiled: 'wasm compiled (streamed as it arrived)',
    script: "widget's script run",
    runtime: 'runtime and main() done (renderer, fonts, platform)',
    data: 'careers.json handed over',
    validated: 'data read and validated',
    restored: "reader's state restored",
    drawn: 'first frame built and drawn',
    'first-frame': 'ready event',
    painted: 'next rendering update: the first frame goes on screen',
  };
  const rows = [['milestone', 'ms', 'step']];
  let last = null;
  for (const name of order) {
    const at = median(runs.map((r) => r.phases?.[name]));
    if (at === null) continue;
    const step = last === null ? '' : fmt(median(runs.map((r) => (r.phases?.[name] ?? NaN) - (r.phases?.[last] ?? NaN))
      .filter(Number.isFinite)));
    rows.push([`${name}: ${what[name]}`, fmt(at), step]);
    last = name;
  }
  if (rows.length > 1) console.log(`\nwidget start-up (median ms after navigation; step = from the line above)\n${table(rows)}`);
}
