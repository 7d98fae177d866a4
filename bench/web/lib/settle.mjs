// Shared by the scripted benchmarks (lib/interaction.mjs, lib/traced-steps.mjs).

// Puts a `bench:step:<name>` user-timing mark in the page, so that every frame in a trace can be
// attributed to the step that caused it.
export async function mark(page, name) {
  await page.evaluate((n) => performance.mark(`bench:step:${n}`), name);
}

// Waits until the widget has drawn nothing for `quietMs`, or `timeoutMs` passed (then reports
// it; the benchmark goes on). While a plan or a search is still at work the widget keeps
// drawing, so a quiet widget has finished them too. Polls the cheap frame counter (not
// getState(), which serialises the whole state) with timers, not requestAnimationFrame, so the
// waiting adds next to no work and no frames to the trace.
export async function settle(page, { quietMs = 400, timeoutMs = 60000 } = {}) {
  const started = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const frames = await page.evaluate(() => window.careerExplorer.frameCount());
    if (frames !== last) {
      last = frames;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return { settled: true, ms: Date.now() - started };
    }
    if (Date.now() - started > timeoutMs) return { settled: false, ms: Date.now() - started };
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
