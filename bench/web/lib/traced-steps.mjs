// Runs a few scripted steps of a benchmark under a Chromium trace and returns the frames they
// caused (lib/frame-trace.mjs), each attributed to the step (a `bench:step:<name>` mark) it came
// in; with `profile`, also the functions on the stack in the heaviest frames (lib/cpu-profile.mjs).
import { framesFromTrace } from './frame-trace.mjs';
import { hotFunctions, samplesFromTrace } from './cpu-profile.mjs';
import { mark } from './settle.mjs';

export { mark, settle } from './settle.mjs';

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline',
                    'disabled-by-default-devtools.timeline.frame', 'blink.user_timing'];

// `steps` marks each step itself (mark()); frames before its first mark are left out.
export async function traced(browser, page, { profile = false, heaviest = 3 } = {}, steps) {
  await browser.startTracing(page, {
    categories: profile ? [...categories, 'disabled-by-default-v8.cpu_profiler'] : categories });
  await steps();
  await mark(page, 'end');
  const traceJson = (await browser.stopTracing()).toString('utf8');
  const { frames: all, marks, main } = framesFromTrace(traceJson);
  const from = marks[0]?.ts ?? -Infinity;
  const to = marks.find((m) => m.name === 'end')?.ts ?? Infinity;
  const frames = all.filter((f) => f.renderUs >= from && f.renderUs <= to);
  const hot = [];
  if (profile) {
    const samples = samplesFromTrace(traceJson, main);
    const own = (f) => f.workMs - f.commitMs;
    for (const f of [...frames].sort((a, b) => own(b) - own(a)).slice(0, heaviest))
      hot.push({ ms: own(f), step: f.step, functions: hotFunctions(samples, f.startUs, f.endUs, 10) });
  }
  return { frames, hot };
}
