// Injected into both pages by bench/web/click.mjs before their own scripts. For every pointerup
// (seen first, in the capture phase on the window) it times the end of the task that issues the
// next WebGL drawElements, and it keeps the browser's Event Timing entries of the interactions.
(() => {
  const drawn = [];
  const durations = new Map();  // interactionId -> longest event duration of that interaction
  let pending = null;           // the last pointerup's timeStamp, until a draw follows it
  let ups = 0;
  const state = { drawn: false };

  const original = self.WebGL2RenderingContext && WebGL2RenderingContext.prototype.drawElements;
  if (original) {
    WebGL2RenderingContext.prototype.drawElements = function (...args) {
      state.drawn = true;
      if (pending !== null) {
        const since = pending;
        pending = null;
        // A microtask runs when the current task (input handler or animation-frame callback) is
        // over, i.e. once the whole frame has been issued.
        queueMicrotask(() => drawn.push(performance.now() - since));
      }
      return original.apply(this, args);
    };
  }

  addEventListener('pointerup', (event) => {
    ups += 1;
    pending = event.timeStamp;
  }, { capture: true });

  if (self.PerformanceObserver && PerformanceObserver.supportedEntryTypes?.includes('event')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.interactionId) continue;
        durations.set(e.interactionId, Math.max(durations.get(e.interactionId) || 0, e.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  }

  Object.defineProperty(self, '__clickProbe', {
    value: {
      get drawn() { return state.drawn; },
      results: () => ({ clicks: ups, drawn: [...drawn], presented: [...durations.values()],
                        under16: Math.max(0, ups - durations.size) }),
    },
  });
})();
