// Injected into every page before its own scripts (page.addInitScript), identically for the
// widget and the baseline, so both are measured by what they do to WebGL rather than by anything
// they report themselves. It wraps two WebGL calls on the prototypes (Emscripten's GL layer
// calls them as methods of the context, so the wrappers see every call):
//   clear         - both pages clear once at the start of every ImGui frame, so clears = frames;
//   drawElements  - ImGui's renderer issues one per draw command; the first one is the first
//                   visible content, and calls are also grouped per task (one rAF tick runs a
//                   frame in one task) as a second frame count that needs no clear.
// performance.now() counts from the navigation start of this document.
(() => {
  const probe = {
    firstClearMs: null, firstDrawMs: null, loadMs: null, readyMs: null,
    clears: 0, draws: 0, drawTasks: 0,
  };
  let taskHasDrawn = false;

  const wrap = (proto, name, before) => {
    const original = proto[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...args) {
      before();
      return original.apply(this, args);
    };
  };
  const onClear = () => {
    probe.clears += 1;
    if (probe.firstClearMs === null) probe.firstClearMs = performance.now();
  };
  const onDraw = () => {
    probe.draws += 1;
    if (probe.firstDrawMs === null) {
      probe.firstDrawMs = performance.now();
      // Tells the benchmark (measure-page.mjs) without it polling the page meanwhile.
      if (typeof self.__benchFirstDrawn === 'function') setTimeout(() => self.__benchFirstDrawn(), 0);
    }
    if (!taskHasDrawn) {
      // A microtask runs when the current task (e.g. this rAF callback) finishes: the next
      // drawElements after it belongs to another frame.
      taskHasDrawn = true;
      probe.drawTasks += 1;
      queueMicrotask(() => { taskHasDrawn = false; });
    }
  };
  for (const ctor of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
    if (!ctor) continue;
    wrap(ctor.prototype, 'clear', onClear);
    wrap(ctor.prototype, 'drawElements', onDraw);
  }

  addEventListener('load', () => { probe.loadMs = performance.now(); });
  // Only the widget sends this; recorded for information, not used to time anything.
  addEventListener('careerexplorer:ready', () => { probe.readyMs = performance.now(); });

  Object.defineProperty(self, '__benchProbe', { value: probe });
})();
