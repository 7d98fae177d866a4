// Turns a Chromium trace (Playwright's browser.startTracing/stopTracing, i.e. CDP Tracing) of
// one page into frames of main-thread work.
//
// Why a trace and not an in-page observer: 'long-animation-frame' and 'longtask' entries exist
// only above 50 ms, so they give neither a frame count nor a p95; requestAnimationFrame deltas
// measure the display clock, not work; wrapping the widget's rAF callback misses the frames the
// widget draws synchronously inside an input handler (src/web/main.cpp) and everything Chromium
// does after the callback (style and layout of the text mirror, the commit of the WebGL
// canvas). CDP's Performance domain only has running totals. The trace has every task on the
// renderer's main thread with its duration and what ran inside it, at no cost to the page
// beyond the tracing itself.
//
// A frame here is one rendering update of the page (the main-thread task in which Chromium
// emits BeginMainThreadFrame) plus the tasks that ran just before it (input events, timers,
// messages): the work the reader waits for before the frame shows, grouped as the
// long-animation-frame API does, without its 50 ms floor. "Just before" is a chain of tasks with
// less than one display interval of idle time between them: a task that ran during an idle
// spell well before the frame (a timer, a message) delayed nothing the reader saw, and is
// reported apart as work outside frames so that a long one is not lost.

// Script: JavaScript and wasm entered from an event, a timer, a rAF callback or a microtask.
const scriptEvents = new Set(['FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'TimerFire',
                              'RunMicrotasks', 'EvaluateScript', 'v8.callFunction', 'v8.run']);
// Chromium's own rendering of the DOM (the host page and the hidden text mirror).
const renderEvents = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize',
                              'IntersectionObserverController::computeIntersections']);

const kIntervalUs = 1e6 / 60;

// Returns { frames, outside, marks, main }: frames in time order, each { startUs, renderUs, endUs, workMs,
// cpuMs, scriptMs, scriptCpuMs, renderMs, commitMs, tasks, step } (ms of wall time; cpu: thread time), where `step` is the name of the last
// `bench:step:<name>` user-timing mark before the frame's rendering update; marks are the
// bench marks in order, main the { pid, tid } of the thread, outside the tasks in no frame
// ({ ts, ms }).
export function framesFromTrace(traceJson) {
  const events = JSON.parse(traceJson).traceEvents;
  const main = rendererMainThread(events);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);

  const marks = onMain.filter((e) => typeof e.name === 'string' && e.name.startsWith('bench:step:') &&
                                     (e.ph === 'I' || e.ph === 'R' || e.ph === 'n' || e.ph === 'b'))
    .map((e) => ({ name: e.name.slice('bench:step:'.length), ts: e.ts }))
    .sort((a, b) => a.ts - b.ts);

  // Top-level tasks only: a nested run loop would otherwise count its tasks twice.
  const tasks = [];
  for (const t of onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts)) {
    const last = tasks[tasks.length - 1];
    if (!last || t.ts >= last.ts + last.dur) tasks.push(t);
  }
  const complete = onMain.filter((e) => e.ph === 'X' && e.name !== 'RunTask').sort((a, b) => a.ts - b.ts);
  const beginFrames = onMain.filter((e) => e.name === 'BeginMainThreadFrame').map((e) => e.ts)
    .sort((a, b) => a - b);

  const frames = [];
  const outside = [];
  let pending = [];
  let b = 0;
  for (const task of tasks) {
    pending.push(task);
    const end = task.ts + task.dur;
    while (b < beginFrames.length && beginFrames[b] < task.ts) b++;
    const isRender = b < beginFrames.length && beginFrames[b] <= end;
    if (!isRender) continue;
    let first = pending.length - 1;
    while (first > 0 && pending[first].ts - (pending[first - 1].ts + pending[first - 1].dur) < kIntervalUs) first--;
    outside.push(...pending.slice(0, first));
    frames.push(frameOf(pending.slice(first), task, complete, marks));
    pending = [];
  }
  outside.push(...pending);
  return { frames, outside: outside.map((t) => ({ ts: t.ts, ms: t.dur / 1000 })), marks, main };
}

function frameOf(tasks, renderTask, complete, marks) {
  const startUs = tasks[0].ts;
  const endUs = renderTask.ts + renderTask.dur;
  let scriptUs = 0;
  let renderUs = 0;
  let commitUs = 0;
  for (const task of tasks) {
    const inside = within(complete, task.ts, task.ts + task.dur);
    scriptUs += outermost(inside.filter((e) => scriptEvents.has(e.name)));
    renderUs += outermost(inside.filter((e) => renderEvents.has(e.name)));
    commitUs += outermost(inside.filter((e) => e.name === 'Commit'));
  }
  // Thread time (tdur): what the main thread computed, without the time it waited (for the GPU
  // process, in a commit) or was not scheduled (on a busy machine).
  let scriptCpuUs = 0;
  for (const task of tasks) {
    const inside = within(complete, task.ts, task.ts + task.dur).filter((e) => scriptEvents.has(e.name));
    scriptCpuUs += outermost(inside, 'tdur');
  }
  let step = null;
  for (const m of marks) if (m.ts <= renderTask.ts) step = m.name;
  return {
    startUs, renderUs: renderTask.ts, endUs,
    workMs: tasks.reduce((t, k) => t + k.dur, 0) / 1000,
    cpuMs: tasks.reduce((t, k) => t + (k.tdur ?? k.dur), 0) / 1000,
    scriptCpuMs: scriptCpuUs / 1000,
    scriptMs: scriptUs / 1000,
    renderMs: renderUs / 1000,
    commitMs: commitUs / 1000,
    tasks: tasks.length,
    step,
  };
}

// The renderer main thread that ran the page: the CrRendererMain with the most tasks (a
// context may also start a short-lived renderer for about:blank).
function rendererMainThread(events) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' &&
                                     e.args?.name === 'CrRendererMain');
  if (mains.length === 0) throw new Error('trace has no CrRendererMain thread');
  const count = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask').length;
  return mains.map((t) => ({ pid: t.pid, tid: t.tid, n: count(t) })).sort((a, c) => c.n - a.n)[0];
}

// Complete events starting inside [from, to); `sorted` is in start order.
function within(sorted, from, to) {
  const out = [];
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].ts < from) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i].ts < to; i++) out.push(sorted[i]);
  return out;
}

// Total duration of events that are not nested inside another of the list (trace events on
// one thread nest properly), in microseconds.
function outermost(list, field = 'dur') {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const e of list) {
    if (e.ts >= coveredUntil) {
      total += e[field] ?? e.dur;
      coveredUntil = e.ts + e.dur;
    }
  }
  return total;
}

export function percentile(values, p) {
  if (values.length === 0) return null;
  const v = [...values].sort((a, c) => a - c);
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
}
