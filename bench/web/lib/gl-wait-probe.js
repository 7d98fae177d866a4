// Injected before the page's scripts (page.addInitScript) in the size-limit benchmark. Times
// every WebGL call and keeps those of 0.5 ms or more as [start, duration, name] (performance.now
// clock) in self.__benchGlSlow (getParameter with the enum it read). A WebGL call that reads state back (getParameter, getError, ...)
// makes the main thread wait until the GPU process has run every command before it; with
// SwiftShader that is the software rendering of earlier frames. Those waits show up inside the
// widget's frame as script time, so they are measured apart from the widget's own work.
// Calls under 0.5 ms are not kept: ordinary command-buffer calls take microseconds.
(() => {
  const slow = [];
  Object.defineProperty(self, '__benchGlSlow', { value: slow });
  for (const ctor of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (!d || typeof d.value !== 'function' || name === 'constructor') continue;
      const original = d.value;
      proto[name] = function (...args) {
        const t0 = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          const dt = performance.now() - t0;
          if (dt >= 0.5 && slow.length < 100000) {
            // Which state was read says which caller it was (GL enums in hex, as in the headers).
            const what = name === 'getParameter' && typeof args[0] === 'number'
              ? `getParameter(0x${args[0].toString(16)})` : name;
            slow.push([t0, dt, what]);
          }
        }
      };
    }
  }
})();
