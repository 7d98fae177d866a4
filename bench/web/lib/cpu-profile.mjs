// Reads the V8 sampling profile recorded in a Chromium trace (category
// disabled-by-default-v8.cpu_profiler) and says which functions were on the stack during a time
// window: how a heavy frame is traced back to a code path. Wasm functions have names only in a
// build linked with --profiling-funcs (bench/README.md, "Finding the code path").

// Returns samples [{ ts, stack: [function names, innermost first] }] from the renderer main
// thread's profile(s) in the trace.
export function samplesFromTrace(traceJson, { pid, tid }) {
  const events = JSON.parse(traceJson).traceEvents;
  const profiles = new Map();  // profile id -> { startTime, nodes: Map, lastTs }
  const samples = [];
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.tid === tid) {
      profiles.set(e.id, { startTime: e.args.data.startTime, nodes: new Map(), lastTs: e.args.data.startTime });
    } else if (e.name === 'ProfileChunk' && profiles.has(e.id)) {
      const p = profiles.get(e.id);
      const data = e.args.data;
      for (const n of data.cpuProfile?.nodes ?? []) {
        p.nodes.set(n.id, { name: n.callFrame.functionName || `(${n.callFrame.url || 'anonymous'})`,
                            parent: n.parent });
      }
      const ids = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < ids.length; i++) {
        p.lastTs += deltas[i] ?? 0;
        samples.push({ ts: p.lastTs, id: ids[i], profile: p });
      }
    }
  }
  return samples.map((s) => ({ ts: s.ts, stack: stackOf(s.profile.nodes, s.id) }));
}

function stackOf(nodes, id) {
  const stack = [];
  for (let n = nodes.get(id); n; n = nodes.get(n.parent)) stack.push(n.name);
  return stack;
}

const ignored = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);
// Frames on nearly every stack of a widget frame (the rAF or input entry, the JS<->wasm glue, the
// frame function itself): they say nothing about which code path was slow, so they are not
// listed (they still count in the share's denominator); nor is the WebGL probe's wrapper.
const generic = /^(js-to-wasm|wasm-to-js)|^proto\.<computed>$|^\(anonymous\)$|^\(https?:|^evaluate$|drawFrame|runFrame|onAnimationFrame|forwardPointer|ce_platform_pointer/;

// The functions most often on the stack in [fromUs, toUs) (inclusive time: a function counts in
// every sample it is on the stack for), as [{ name, share }] with share of the window's samples
// that ran any code (idle and unattributed samples, e.g. while the thread waits in a commit, are
// left out).
export function hotFunctions(samples, fromUs, toUs, top = 8) {
  const inWindow = samples.filter((s) => s.ts >= fromUs && s.ts < toUs &&
                                         s.stack.some((name) => !ignored.has(name)));
  const counts = new Map();
  for (const s of inWindow) {
    for (const name of new Set(s.stack)) {
      if (!ignored.has(name) && !generic.test(name)) counts.set(name, (counts.get(name) || 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([name, n]) => ({ name, share: inWindow.length ? n / inWindow.length : 0 }));
}
