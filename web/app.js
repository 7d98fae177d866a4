// Host page script: checks WebGL 2, loads the wasm widget and careers.json side by side, hands
// the data over, shows HTML messages when something cannot work, and publishes the JS API as
// window.careerExplorer. Runs synchronously in <head> so ?theme= applies before the first paint.
//
// Page options (the embed script sets them; see web/embed.js):
//   ?theme=auto|light|dark   colours (default auto: the reader's system)
//   ?compact=1               no subtitle or footer, tighter spacing
//   ?data=URL                another careers.json, only from this page's own origin or, inside
//                            a frame, from the embedding page's origin (see dataUrlFromPage)
//   ?font=LIST               a font-family list for the widget's text (see applyFontParameter)
//   ?start=STATE             the view to start on (an embed's data-state), written like a share
//                            link's fragment; a returning reader's own saved progress wins over it
// The URL fragment is a shared link the reader followed (restoreState): state only, it never
// selects data. Inside an embed, web/embed.js puts a link from the article's address there.
(function () {
  'use strict';

  var DATA_URL = 'careers.json';
  var WIDGET_SCRIPT = 'career-explorer.js';
  var WIDGET_WASM = 'career-explorer.wasm';
  var SERVICE_WORKER = 'sw.js';
  // The JS API's `version`, stamped into dist/app.js by scripts/assemble-dist.sh from the build's
  // cmake/write_version.cmake. Not in the wasm: there a commit's hash changed its brotli size by up
  // to 160 bytes, and a commit that changes no code now leaves the wasm, and the browser's caches
  // of it, as they were.
  var VERSION = '__CE_BUILD_VERSION__';
  var THEME_CODES = { auto: 0, light: 1, dark: 2 };  // ce_set_theme()
  var THEME_COLOURS = { light: '#ffffff', dark: '#111318' };  // src/ui/theme.cpp backgrounds
  // A data request that has not answered by then is given up, with a message and a retry; a
  // widget that has not drawn by START_TIMEOUT_MS says so too (never an endless spinner).
  var DATA_TIMEOUT_MS = 15000;
  var DATA_MAX_BYTES = 8 << 20;  // the loader's limit (core/json_document.h)
  var START_TIMEOUT_MS = 30000;

  var params = new URLSearchParams(window.location.search);
  var theme = readThemeParameter();
  var compact = params.get('compact') === '1';
  var framed = isFramed();
  // (Printed inside an article, the frame keeps its height: style.css cuts the text there and says so.)
  if (framed) document.documentElement.className = 'ce-framed';
  var articleZoom = 1;        // an embedding article's pinch zoom (careerexplorer:zoom)
  var runningWidget = null;   // the widget, once its runtime is up
  // Under Trusted Types (`require-trusted-types-for 'script'`), the page's sinks go through this
  // policy: the widget's script and the service worker's (only those two files), and the
  // document it prints (the widget's own HTML, every data text in it escaped by core/plan_export).
  var trusted = makeTrustedTypesPolicy();
  var dataUrl = dataUrlFromPage();
  applyFontParameter();
  var textZoom = 1;  // the reader's text size, as a zoom of the page (followReaderTextSize)
  followReaderTextSize();
  // The data download starts now, while the page is still parsed, not at DOMContentLoaded: the
  // first frame waits for it. Not when app.js is inline (the offline file, whose data block
  // comes later in the page): then start() reads the data.
  var served = !!(document.currentScript && document.currentScript.src);
  var earlyData = served ? fetchData() : null;
  // The same for the widget's program: its script is asked for now (index.html preloads it) and
  // its wasm compiled as soon as it arrives, in parallel with the page, the script and the data,
  // instead of when the script, run after the page is parsed, would ask for it (on a busy 2-core
  // machine the first frame came ~20-30 ms later). Only where the widget can run at all.
  var runnable = canRun();  // checked once, for this and for start()
  var earlyWidget = served && runnable ? { script: loadScript(WIDGET_SCRIPT), wasm: compileWasm() } : null;
  if (earlyWidget) earlyWidget.script.catch(function () { /* reported by start() */ });
  // A link's alphabet, cut one character past what the widget reads (as web/embed.js does).
  var startState = (params.get('start') || '').replace(/[^A-Za-z0-9._,;=~-]/g, '').slice(0, 32769);
  // What the article around an embed tells the widget (web/embed.js), kept until it is ready.
  var article = { url: '', key: '', link: null };
  var widgetForArticle = null;
  applyPageTheme(theme);

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  // ?theme=light|dark|auto (default auto: follow prefers-color-scheme).
  function readThemeParameter() {
    var value = params.get('theme');
    return Object.prototype.hasOwnProperty.call(THEME_CODES, value) ? value : 'auto';
  }

  function isFramed() {
    try {
      return window.parent !== window;
    } catch (error) {
      return true;
    }
  }

  // Where the data came from, as saved progress is kept apart by it: ?data=, or in an offline
  // copy made with a blogger's data the address its data block names (ce_js_download_offline);
  // the bundled data is DATA_URL.
  function dataSource() {
    var inline = document.getElementById('ce-data');
    var named = inline && inline.getAttribute('data-source');
    return named ? named.slice(0, 2000) : dataUrl;
  }

  // ?data= is honoured only for http(s) URLs from a source the page owner vouches for: this
  // page's own origin, or, when the page is framed, the origin of the page that embeds it (a
  // blogger's own careers.json beside their article). Anything else, say a link that points the
  // widget at a stranger's file, is ignored with a warning and the bundled data is used. Whatever
  // is loaded then goes through the same validator (ce_load_data).
  function dataUrlFromPage() {
    var value = params.get('data');
    if (!value) return DATA_URL;
    var url;
    try {
      url = new URL(value, window.location.href);
    } catch (error) {
      url = null;
    }
    var allowed = url && /^https?:$/.test(url.protocol) && allowedDataOrigin(url.origin);
    if (allowed) return url.href;
    console.warn('career explorer: ignoring ?data=' + value + ': only data from this site or from ' +
                 'the page that embeds the widget is used. Showing the bundled data.');
    return DATA_URL;
  }

  // The embedding page's origin: location.ancestorOrigins where the browser has it (Chromium,
  // Safari), else the referrer, which embed.js limits to the origin.
  function embedderOrigin() {
    try {
      if (window.location.ancestorOrigins && window.location.ancestorOrigins.length) {
        return window.location.ancestorOrigins[0];
      }
      return document.referrer ? new URL(document.referrer).origin : '';
    } catch (error) {
      return '';
    }
  }

  // ?font= (embed.js data-font): a font-family list for the widget's text, put in front of the
  // page's own (style.css, --ce-font), so a family the reader lacks falls back to ours. Only names
  // and quoted names, at most 8 of them: a value is a font list or it is ignored, never CSS. The
  // CSS-wide keywords (inherit, initial, ...) would void the whole list, so they are refused too.
  function applyFontParameter() {
    var value = (params.get('font') || '').trim();
    if (!value) return;
    var family = '(?:"[A-Za-z0-9 _-]{1,60}"|\'[A-Za-z0-9 _-]{1,60}\'|[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+){0,5})';
    var list = new RegExp('^' + family + '(?:\\s*,\\s*' + family + '){0,7}$');
    var keyword = /(^|,)\s*(inherit|initial|unset|revert|revert-layer|default)\s*(,|$)/i;
    if (value.length > 200 || !list.test(value) || keyword.test(value)) {
      console.warn('career explorer: ignoring ?font=' + value + ': it is not a list of font names ' +
                   '(such as Georgia, serif).');
      return;
    }
    document.documentElement.style.setProperty('--ce-font', value);
  }

  // The reader's default text size, a browser setting (16 px unless they changed it): a page set
  // in rem grows with it, and so does the widget, whose text is drawn in px. The whole page is
  // zoomed by that ratio (CSS zoom, which the widget follows as it does a reader's own:
  // library_career_explorer.js cssZoom), but never below the narrowest layout's 320 px of the
  // widget's own: a phone keeps a whole header. Not where the browser cannot report that zoom
  // (currentCSSZoom): there clicks would land off what is drawn. Sets textZoom.
  function followReaderTextSize() {
    var root = document.documentElement, probe = document.createElement('p');
    probe.style.fontSize = 'medium';  // the reader's size (the page's text is set in px)
    root.appendChild(probe);
    var ratio = parseFloat(getComputedStyle(probe).fontSize) / 16;
    root.removeChild(probe);
    if (!(ratio > 0) || ratio === 1 || !('currentCSSZoom' in probe)) return;
    ratio = Math.min(3, Math.max(0.75, ratio));  // (Chrome offers 9 to 72 px)
    function fit() {
      textZoom = ratio < 1 ? ratio : Math.max(1, Math.min(ratio, window.innerWidth / 320));
      root.style.zoom = textZoom;
    }
    fit();
    window.addEventListener('resize', fit);
  }

  // Page background and browser chrome follow a forced theme too (style.css, [data-theme]);
  // back to auto, each follows the reader's system again (index.html's two theme-colors).
  function applyPageTheme(name) {
    var root = document.documentElement;
    if (name === 'auto') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', name);
    var metas = document.querySelectorAll('meta[name="theme-color"]');
    for (var i = 0; i < metas.length; i++) {
      var media = metas[i].getAttribute('media') || '';
      var own = /dark/.test(media) ? THEME_COLOURS.dark : THEME_COLOURS.light;
      metas[i].setAttribute('content', name === 'auto' ? own : THEME_COLOURS[name]);
    }
  }

  function makeTrustedTypesPolicy() {
    if (!window.trustedTypes || !window.trustedTypes.createPolicy) return null;
    try {
      return window.trustedTypes.createPolicy('career-explorer', {
        createScriptURL: function (url) {
          if (url === WIDGET_SCRIPT || url === SERVICE_WORKER) return url;
          throw new TypeError('career explorer: refusing to load ' + url);
        },
        createHTML: function (html) { return html; },
      });
    } catch (error) {
      return null;  // the page's policy names others only: the sinks then fail with a message
    }
  }

  // ?data= (and the bundled file) must come from a source the page owner vouches for, judged on
  // where the data finally comes from after redirects, not only on the address asked for.
  function allowedDataOrigin(origin) {
    return origin === window.location.origin || (framed && origin === embedderOrigin());
  }

  function start() {
    var page = {
      root: document.getElementById('ce-root'),
      canvas: document.getElementById('ce-canvas'),
      layer: document.getElementById('ce-layer'),
      mirror: document.getElementById('ce-mirror'),
      loading: document.getElementById('ce-loading'),
      message: document.getElementById('ce-message'),
    };

    // The widget's context is made now, while its wasm downloads and compiles, rather than by the
    // widget once it runs: in software rendering that takes tens of milliseconds, which the
    // first frame would otherwise wait for (bench/web: the first draw ~20-30 ms sooner).
    var graphics = runnable ? makeGraphicsContext(page.canvas) : null;
    if (!graphics) {
      showMessage(page, {
        title: 'This browser cannot show the career explorer',
        detail: 'It needs WebGL 2 and a recent WebAssembly, and one of them is turned off or not ' +
                'supported here. Updating the browser, or turning on hardware acceleration, usually helps.',
        dataLink: true,
      });
      return;
    }
    var inlineBlock = document.getElementById('ce-wasm');
    if (inlineBlock && typeof DecompressionStream === 'undefined') {
      showMessage(page, {
        title: 'This browser cannot open the one-file copy',
        detail: 'The copy keeps the widget\'s program packed, and this browser cannot unpack it ' +
                '(it has no DecompressionStream). Updating the browser helps, or open the page the ' +
                'copy came from.',
      });
      return;
    }

    window.addEventListener('careerexplorer:ready', function () {
      page.loading.hidden = true;
      page.root.removeAttribute('aria-busy');
      mark('first-frame');
      // A lost context (a GPU reset) leaves the canvas blank until the browser gives it back:
      // the loading indicator covers it meanwhile. If it never comes back, the widget's message
      // (a reload) takes its place.
      var lost = function (event) { page.loading.hidden = event.type !== 'webglcontextlost'; };
      page.canvas.addEventListener('webglcontextlost', lost);
      page.canvas.addEventListener('webglcontextrestored', lost);
    });
    window.addEventListener('careerexplorer:error', function (event) {
      showMessage(page, {
        title: event.detail.title,
        detail: event.detail.detail,
        dataLink: true,
        reload: event.detail.reload,
      });
    });
    // A crash after start (a trap inside the wasm) would otherwise leave a frozen canvas.
    window.addEventListener('error', function (event) {
      if (isWidgetError(event)) {
        showMessage(page, {
          title: 'The career explorer stopped',
          detail: 'Something went wrong inside the widget. Reloading the page usually helps.',
          dataLink: true,
          reload: true,
        });
      }
    });

    if (framed) {
      reportHeight();
      listenToArticle();
    }
    registerServiceWorker();

    var data = earlyData || fetchData();  // in parallel with the wasm download
    var startTimer = window.setTimeout(function () {
      if (window.careerExplorer && window.careerExplorer.getState().status !== 'loading') return;
      if (!page.message.hidden) return;
      showMessage(page, {
        title: 'The career explorer is taking too long',
        detail: 'It has not started after ' + START_TIMEOUT_MS / 1000 + ' seconds. The connection may ' +
                'be slow or interrupted. Reloading the page usually helps.',
        dataLink: true,
        reload: true,
      });
    }, START_TIMEOUT_MS);
    window.addEventListener('careerexplorer:ready', function () { window.clearTimeout(startTimer); });
    // The offline file (scripts/make-offline-html.py) has the widget inline, already defined.
    var couldNotStart = function (error) {
      showMessage(page, {
        title: 'The career explorer could not start',
        detail: 'Its program did not load. Reloading the page usually helps.',
        technical: describe(error),
        dataLink: true,
        reload: true,
      });
    };
    var script = earlyWidget ? earlyWidget.script
      : window.createCareerExplorer ? Promise.resolve() : loadScript(WIDGET_SCRIPT);
    // The module compiled early (hosted), or unpacked from the offline file; else (no early start
    // ran: app.js inline without the offline file's blocks) compiled now. The runtime is always
    // handed it: its own loader is left out of the shipped script (scripts/minify-js.js).
    var wasm = earlyWidget ? earlyWidget.wasm : inlineBlock ? inlineWasm(inlineBlock) : compileWasm();
    script
      .then(function () {
        mark('script');
        return window.createCareerExplorer({
          onAbort: function () { /* the rejected promise below shows the message */ },
          // Saved progress is kept per data set: a blogger's own data never overwrites the
          // progress a reader has with the bundled data on the same site.
          storageKey: 'career-explorer:v1' + (dataSource() === DATA_URL ? '' : '|' + dataSource()),
          // That module is instantiated with the runtime's imports: it fetches nothing.
          instantiateWasm: function (imports, receive) {
            wasm
              .then(function (module) {
                return WebAssembly.instantiate(module, imports).then(function (instance) {
                  receive(instance, module);
                });
              })
              .catch(couldNotStart);
            return {};  // the exports come later, through receive()
          },
          trustedTypesPolicy: trusted,
          webglContext: graphics,  // taken over by the widget (src/web/library_webgl2.js)
        });
      })
      .then(function (widget) {
        mark('runtime');
        window.careerExplorer = makeApi(widget, page.canvas);
        runningWidget = widget;
        if (articleZoom !== 1 && widget.setPageZoom) widget.setPageZoom(articleZoom);
        widget._ce_set_theme(THEME_CODES[theme]);
        if (compact) widget._ce_set_compact(1);
        return data.then(function (result) { useData(widget, page, result); });
      })
      .catch(couldNotStart);
  }

  // Inside an embed (web/embed.js), tells the embedding page how tall the frame should be. The
  // widget scrolls inside itself, so this is a comfortable fixed height per layout rather than
  // the content's height (which ImGui only knows after laying out every view): 640 px when the
  // frame is narrow (phone layout, under 720 px wide), 700 px when wide, 40 px less in compact
  // mode. It depends on the frame's width only, so a new height never feeds back into itself.
  // Posted to any origin ('*'): a number of pixels tells nobody anything.
  function reportHeight() {
    var last = 0;
    var pending = false;
    function post() {
      pending = false;
      // (In the widget's own px, which the reader's text size enlarges: followReaderTextSize.)
      var height = Math.round(((window.innerWidth / textZoom < 720 ? 640 : 700) - (compact ? 40 : 0)) * textZoom);
      if (height === last) return;
      last = height;
      try {
        window.parent.postMessage({ type: 'careerexplorer:height', height: height }, '*');
      } catch (error) { /* no parent to tell */ }
    }
    post();
    window.addEventListener('resize', function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(post);
      }
    });
  }

  // Offline after a first visit: sw.js keeps every file of the hosted build. Only for the page
  // opened on its own over http(s): not from disk (the one-file copy needs nothing), not in an
  // opaque-origin sandbox (no storage there), and not inside a blog's embed, whose readers did
  // not choose to keep half a megabyte of widget around.
  function registerServiceWorker() {
    try {
      if (!/^https?:$/.test(window.location.protocol) || framed || window.origin === 'null' ||
          document.getElementById('ce-data') || !('serviceWorker' in navigator)) {
        return;
      }
      // After the first frame, when the main thread is next idle: the worker starts by fetching
      // every file of the build again, which on a 2-core machine took the CPU from the first
      // draw when it began at the load event (that fires before the wasm is even compiled, since
      // fetch() does not hold it back). A page whose widget failed still gets its worker.
      var registered = false;
      var register = function () {
        if (registered) return;
        registered = true;
        var script = trusted ? trusted.createScriptURL(SERVICE_WORKER) : SERVICE_WORKER;
        navigator.serviceWorker.register(script).catch(function () { /* stays online-only */ });
      };
      var whenIdle = function () {
        if (window.requestIdleCallback) window.requestIdleCallback(register, { timeout: 3000 });
        else window.setTimeout(register, 200);
      };
      window.addEventListener('careerexplorer:ready', whenIdle);
      window.addEventListener('careerexplorer:error', whenIdle);
    } catch (error) { /* stays online-only */ }
  }

  // Whether the widget can run here, before anything is downloaded for it: the browser knows
  // WebGL 2 (a throwaway context to test it would cost tens of milliseconds; whether it gives one
  // is learnt when the widget's own context is made, makeGraphicsContext), and its WebAssembly
  // has the features the wasm is built with (CMakeLists.txt, CE_WASM_FEATURES): this module of
  // one function, which fills memory (bulk memory), converts a float without trapping and
  // sign-extends a byte, validates.
  function canRun() {
    try {
      return typeof window.WebGL2RenderingContext === 'function' && WebAssembly.validate(new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0,  // "\0asm", version 1
        1, 4, 1, 96, 0, 0,  // types: () -> ()
        3, 2, 1, 0,  // one function of that type
        5, 3, 1, 0, 0,  // a memory
        10, 22, 1, 20, 0,  // its code, no locals:
        65, 0, 65, 0, 65, 0, 252, 11, 0,  // memory.fill(0, 0, 0)
        67, 0, 0, 0, 0, 252, 0, 192, 26, 11,  // drop(i32.extend8_s(i32.trunc_sat_f32_s(0.0)))
      ]));
    } catch (error) {
      return false;  // no WebAssembly at all
    }
  }

  // The WebGL 2 context the widget draws with, or null when the browser gives none (turned off,
  // blocked for the graphics card). Made here, the one place: an opaque canvas (the widget paints
  // its own background), no antialiasing (Dear ImGui antialiases its shapes itself), no depth or
  // stencil buffer, and the low-power GPU where there are two (a small widget).
  function makeGraphicsContext(canvas) {
    // Asks for the context back if it is lost before the widget takes it over (the widget's own
    // handler does so afterwards: src/web/library_webgl2.js).
    canvas.addEventListener('webglcontextlost', function (event) { event.preventDefault(); });
    try {
      return canvas.getContext('webgl2', { alpha: false, antialias: false, depth: false, stencil: false,
                                           powerPreference: 'low-power' }) || null;
    } catch (error) {
      return null;
    }
  }

  // Hands the data to the widget, or says why there is none, with a retry that fetches it again
  // (no reload: the widget is already up).
  function useData(widget, page, result) {
    if (result.bytes) {
      mark('data');
      passBytes(widget, result.bytes, result.cut);
      mark('validated');
      // "Download for offline use" carries the data shown, which may be a blogger's own, or a
      // careers.json replaced since the build (see ce_js_download_offline).
      widget.offlineData = result.bytes;
      if (dataSource() !== DATA_URL) widget.offlineDataUrl = dataSource();
      restoreState(widget);
      mark('restored');
      widget._ce_draw_now();  // the first frame in this task, not at the next animation frame
      mark('drawn');
      // The rendering update that puts it on screen (the benchmarks' "painted").
      if (window.requestAnimationFrame) requestAnimationFrame(function () { mark('painted'); });
      return;
    }
    // The widget knows too (getState().status is "error", its text mirror says why); the page
    // shows the message itself, with a retry the canvas could not offer.
    widget.withStrings(['The career data could not be loaded', dataUrl + ': ' + result.error],
                function (title, detail) { widget._ce_show_failure(title, detail); });
    showMessage(page, {
      title: 'The career data could not be loaded',
      // (No link to the data here: it is the data that failed. An HTTP error is the site's, not
      // the reader's connection; a refused request may be either, or data on another site that
      // does not let this page read it: the technical line says which, for the site's owner.)
      detail: result.timedOut
        ? 'The server did not answer within ' + DATA_TIMEOUT_MS / 1000 + ' seconds.'
        : /^HTTP/.test(result.error) ? 'The site did not send it; it may be missing there.'
          : 'Check your connection and try again.',
      technical: dataUrl + ': ' + result.error,
      retry: function () {
        hideMessage(page);
        fetchData().then(function (again) { useData(widget, page, again); });
      },
    });
  }

  // Never rejects: resolves to { bytes }, or { error, timedOut }. Data that a redirect brought
  // from a source the page does not vouch for is refused like a stranger's ?data=: the bundled
  // data is used instead.
  function fetchData() {
    // The offline file carries the data inline: a page opened from disk cannot fetch.
    var inline = document.getElementById('ce-data');
    if (inline) return Promise.resolve({ bytes: new TextEncoder().encode(inline.textContent) });
    return fetchWithin(dataUrl).then(function (result) {
      if (!result.refused) return result;
      console.warn('career explorer: ignoring ' + dataUrl + ': it redirected to ' + result.refused +
                   ', which is not this site or the page that embeds the widget. Showing the bundled data.');
      dataUrl = DATA_URL;
      return fetchWithin(DATA_URL).then(function (bundled) {
        return bundled.refused ? { error: 'redirected to ' + bundled.refused } : bundled;
      });
    });
  }

  function fetchWithin(url) {
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = window.setTimeout(function () { if (controller) controller.abort(); }, DATA_TIMEOUT_MS);
    return fetch(url, controller ? { signal: controller.signal } : undefined)
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        var finalOrigin = response.url ? new URL(response.url).origin : window.location.origin;
        if (response.redirected && !allowedDataOrigin(finalOrigin)) return { refused: response.url };
        return readCapped(response);
      })
      .then(function (result) {
        window.clearTimeout(timer);
        return result;
      }, function (error) {
        window.clearTimeout(timer);
        return { error: describe(error), timedOut: !!(controller && controller.signal.aborted) };
      });
  }

  // The response's bytes, read up to the loader's limit (core/json_document.h, 8 MiB) and a chunk
  // past it, then stopped: the widget refuses a larger file by its size anyway, and one of
  // gigabytes would otherwise be downloaded whole and held twice (here and in the wasm's memory).
  function readCapped(response) {
    var reader = response.body && response.body.getReader ? response.body.getReader() : null;
    if (!reader) return response.arrayBuffer().then(function (buffer) { return { bytes: new Uint8Array(buffer) }; });
    var parts = [], size = 0;
    function next() {
      return reader.read().then(function (step) {
        if (!step.done) {
          parts.push(step.value);
          size += step.value.length;
          if (size <= DATA_MAX_BYTES) return next();
          reader.cancel();
        }
        var bytes = new Uint8Array(size), at = 0;
        parts.forEach(function (part) { bytes.set(part, at); at += part.length; });
        return { bytes: bytes, cut: !step.done };
      });
    }
    return next();
  }

  // Compiles the widget's wasm while it streams in. A host that serves it with another type than
  // application/wasm makes compileStreaming fail: then it is compiled from its bytes (the second
  // request is normally answered from the HTTP cache).
  function compileWasm() {
    var request = function () {
      return fetch(WIDGET_WASM, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error(WIDGET_WASM + ': HTTP ' + response.status);
        return response;
      });
    };
    var fromBytes = function () {
      return request()
        .then(function (response) { return response.arrayBuffer(); })
        .then(function (bytes) { return WebAssembly.compile(bytes); });
    };
    var compiling = WebAssembly.compileStreaming ? WebAssembly.compileStreaming(request()).catch(fromBytes)
                                                 : fromBytes();
    compiling.then(function () { mark('compiled'); }, function () { /* reported when the widget asks for it (couldNotStart) */ });
    return compiling;
  }

  // Start-up milestones on the page's performance timeline (careerexplorer:compiled, script,
  // runtime, data, validated, restored, drawn, first-frame, painted), for bench/web and for anyone
  // profiling the page; a mark costs microseconds.
  function mark(name) {
    if (window.performance && performance.mark) performance.mark('careerexplorer:' + name);
  }

  // The wasm from the offline file's data block (scripts/make-offline-html.py: gzip, then base64),
  // unpacked by the browser while the page goes on, and compiled: a promise of the module.
  // A damaged block (not base64, not gzip, not wasm) rejects it, like a download that failed.
  function inlineWasm(block) {
    return Promise.resolve().then(function () {
      var text = atob(block.textContent.trim());
      var bytes = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      var unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(unpacked).arrayBuffer();
    }).then(function (buffer) {
      return WebAssembly.compile(buffer);
    });
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = trusted ? trusted.createScriptURL(src) : src;
      script.async = true;
      script.onload = resolve;
      script.onerror = function () { reject(new Error(src + ' did not load')); };
      document.head.appendChild(script);
    });
  }

  // Where the visit starts: a link the reader followed (the URL fragment), else their saved
  // progress (read by the widget itself), else the page's starting view (?start=). The rule
  // lives in the widget (core::resolveStartup). The fragment is only state: it never chooses the
  // data or anything else.
  function restoreState(widget) {
    // A page opened from disk has no address worth sharing: Share and Embed stay hidden.
    if (/^https?:$/.test(location.protocol)) {
      widget.withStrings([shareablePageUrl()], function (url) { widget._ce_set_page_url(url); });
    }
    var restore = function (link, start) {
      widget.withStrings([link, start], function (l, s) { widget._ce_restore(l, s); });
    };
    restore(currentFragment(), startState);
    // Another link pasted into the same tab changes only the fragment: no reload, so follow it.
    // The widget's own history entries are followed by the widget (popstate), and its own
    // address updates fire no hashchange.
    window.addEventListener('hashchange', function () {
      if (currentFragment() !== widget.UTF8ToString(widget._ce_fragment())) restore(currentFragment(), '');
    });
    widgetForArticle = function (message) {
      if (message.url) {
        widget.withStrings([message.url, message.key], function (url, key) { widget._ce_set_article_url(url, key); });
      }
      if (message.link !== null) restore(message.link, '');
    };
    widgetForArticle(article);
  }

  // Inside an embed, web/embed.js tells the widget the article's address (so that Share links to
  // the article) and a link to follow when the article's own address carries one. Only messages
  // from the page that embeds this one, for an address on that page's origin, are believed.
  function listenToArticle() {
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (event.source !== window.parent || !data || typeof data !== 'object') return;
      var origin = embedderOrigin();
      if (!origin || event.origin !== origin) return;
      var message = { url: '', key: '', link: null };
      if (data.type === 'careerexplorer:article' && typeof data.url === 'string') {
        var url;
        try {
          url = new URL(data.url);
        } catch (error) {
          return;
        }
        if (!/^https?:$/.test(url.protocol) || url.origin !== origin) return;
        url.hash = '';
        message.url = url.href;
        // Which of the article's widgets this is ('' the first): its share links say it.
        if (typeof data.key === 'string' && /^[a-z0-9-]{1,32}$/.test(data.key)) message.key = data.key;
      } else if (data.type === 'careerexplorer:link' && typeof data.fragment === 'string') {
        message.link = data.fragment.replace(/[^A-Za-z0-9._,;=~-]/g, '').slice(0, 32769);
      } else if (data.type === 'careerexplorer:zoom' && typeof data.scale === 'number' && isFinite(data.scale)) {
        // The reader pinch-zoomed the article: the frame is magnified with it, and the widget
        // draws at that scale to stay sharp (library_career_explorer.js, setPageZoom).
        articleZoom = Math.min(16, Math.max(1, data.scale));
        if (runningWidget && runningWidget.setPageZoom) runningWidget.setPageZoom(articleZoom);
        return;
      } else if (data.type === 'careerexplorer:theme' && THEME_CODES.hasOwnProperty(data.theme)) {
        // The article switched between light and dark itself (embed.js passes its event on).
        theme = data.theme;  // (taken at start if the widget is not up yet)
        if (window.careerExplorer) window.careerExplorer.setTheme(theme);
        else applyPageTheme(theme);
        return;
      } else {
        return;
      }
      if (message.url) {
        article.url = message.url;
        article.key = message.key;
      }
      if (widgetForArticle) widgetForArticle(message);
    });
  }

  // The address share links and the embed snippet start from: this page without its fragment
  // and without the embed options (theme and compact are the sender's, not the reader's). Own
  // data stays only when it is on this page's origin, the one case a receiver's page accepts.
  function shareablePageUrl() {
    var url = new URL(location.href);
    url.hash = '';
    url.search = '';
    if (dataUrl !== DATA_URL && new URL(dataUrl).origin === location.origin) {
      url.searchParams.set('data', dataUrl);
    }
    return url.href;
  }

  // location.hash without '#'. Some apps percent-encode links they pass on; a malformed escape is
  // handed over as it is and the widget's decoder turns it down with a notice.
  function currentFragment() {
    var hash = location.hash.replace(/^#/, '');
    try {
      return decodeURIComponent(hash);
    } catch (error) {
      return hash;
    }
  }

  function passBytes(widget, bytes, cut) {
    var ptr = widget._malloc(bytes.length || 1);
    widget.HEAPU8.set(bytes, ptr);
    widget._ce_load_data(ptr, bytes.length, cut ? 1 : 0);
    widget._free(ptr);
  }

  // An argument of the API as text: a string or a number as it reads, anything else (null, an
  // object) as no text at all rather than "null" or "[object Object]".
  function textArgument(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  }

  // window.careerExplorer: the widget's API for tests and for scripts on the page.
  function makeApi(widget, canvas) {
    var destroyed = false;
    return Object.freeze({
      version: VERSION,
      // The reader-visible state (ui::Widget::stateJson), parsed; "destroyed" once destroy() ran,
      // so a script can tell a widget that stopped for good from one at rest.
      getState: function () {
        var state = JSON.parse(widget.UTF8ToString(widget._ce_state_json()));
        if (destroyed) state.status = 'destroyed';
        return state;
      },
      // Where a named item (`role/<id>`, `view/roles`, ...) was drawn, in CSS px of the page
      // viewport (ready for a click at x + w/2, y + h/2), or null when it is not on screen.
      itemRect: function (name) {
        if (destroyed) return null;  // nothing is on screen any more
        return widget.withStrings([textArgument(name)], function (namePtr) {
          var out = widget._malloc(16);
          try {
            if (!widget._ce_item_rect(namePtr, out)) return null;
            var f = widget.HEAPF32, i = out >> 2;  // read after malloc: memory may have grown
            var origin = canvas.getBoundingClientRect();
            var zoom = canvas.currentCSSZoom > 0 ? canvas.currentCSSZoom : 1;  // CSS zoom on the page
            return { x: origin.left + f[i] * zoom, y: origin.top + f[i + 1] * zoom, w: f[i + 2] * zoom, h: f[i + 3] * zoom };
          } finally {
            widget._free(out);
          }
        });
      },
      // What the search field would find for `query`: [{kind, id, name, detail, match, item, role?}],
      // best first (at most 20). The interface is left as it is.
      search: function (query) {
        // (The widget searches the first 100 bytes; a longer string is cut here first.)
        return widget.withStrings([textArgument(query).slice(0, 400)], function (queryPtr) {
          return JSON.parse(widget.UTF8ToString(widget._ce_search(queryPtr)));
        });
      },
      // The reader's state as a URL fragment (without '#'), as mirrored into the address bar.
      fragment: function () { return widget.UTF8ToString(widget._ce_fragment()); },
      // Frames drawn since start: constant while nobody interacts (the widget sleeps when idle).
      frameCount: function () { return widget._ce_frame_count(); },
      // Of those, the frames that changed the canvas (a frame that would draw what the canvas
      // already shows is not drawn again).
      framesPresented: function () { return widget._ce_frames_presented(); },
      // Shows the reader's plan called `name` (getState().plans); false when there is none.
      switchPlan: function (name) {
        return widget.withStrings([textArgument(name)], function (namePtr) { return widget._ce_switch_plan(namePtr) === 1; });
      },
      // A new plan from the settings on screen, called `name` (or the next free "Plan N"), shown;
      // false when the reader keeps the most plans there can be.
      newPlan: function (name) {
        return widget.withStrings([textArgument(name)], function (namePtr) { return widget._ce_new_plan(namePtr) === 1; });
      },
      // Schedules one frame.
      redraw: function () { widget._ce_redraw(); },
      // 'light', 'dark' or 'auto' (the reader's system): the widget's colours from now on.
      setTheme: function (name) {
        if (destroyed || !THEME_CODES.hasOwnProperty(name)) return false;
        applyPageTheme(name);
        widget._ce_set_theme(THEME_CODES[name]);
        return true;
      },
      // What the operable layer cost so far: { updates, totalMs, worstMs, nodes } (bench/web/layer.mjs).
      layerStats: function () { return widget.layerStats ? widget.layerStats() : null; },
      // Stops the widget for good: it draws nothing more and removes its listeners from the page
      // (the canvas keeps its last picture: the page removes the element).
      destroy: function () {
        destroyed = true;
        widget._ce_destroy();
      },
    });
  }

  function isWidgetError(event) {
    var file = event.filename || '';
    return file.indexOf(WIDGET_SCRIPT) !== -1 ||
           (typeof WebAssembly !== 'undefined' && event.error instanceof WebAssembly.RuntimeError);
  }

  function describe(error) {
    return (error && error.message) ? error.message : String(error);
  }

  // Replaces the canvas with an HTML message: title, detail, the technical reason in small
  // print, a link to the raw data (readable without the widget) and optionally a reload button.
  function showMessage(page, message) {
    var box = page.message;
    box.textContent = '';
    var title = document.createElement('h2');  // under the page's one h1 (index.html)
    title.textContent = message.title;
    box.appendChild(title);
    var detail = document.createElement('p');
    detail.textContent = message.detail;
    box.appendChild(detail);
    if (message.technical) {
      var technical = document.createElement('p');
      technical.className = 'ce-technical';
      technical.textContent = message.technical;
      box.appendChild(technical);
    }
    // (Not in the offline file: its data is inside it, there is no careers.json beside it.)
    if (message.dataLink && !document.getElementById('ce-data')) {
      var data = document.createElement('p');
      data.appendChild(document.createTextNode('The career data is still readable: '));
      var link = document.createElement('a');
      link.href = dataUrl;
      link.textContent = dataUrl;
      data.appendChild(link);
      data.appendChild(document.createTextNode('.'));
      box.appendChild(data);
    }
    if (message.reload || message.retry) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = message.retry ? 'Try again' : 'Click to reload';
      button.addEventListener('click', message.retry || function () { window.location.reload(); });
      box.appendChild(button);
    }
    page.loading.hidden = true;
    page.root.removeAttribute('aria-busy');
    // The layer and the text mirror describe the canvas: with the picture gone, so are its
    // controls and its text (a stopped widget's buttons would be announced, and do nothing). A
    // keyboard focus that was in the widget goes to the message's button rather than to the top
    // of the page.
    var focusWasInWidget = page.root.contains(document.activeElement);
    page.canvas.hidden = true;
    page.layer.hidden = true;
    page.mirror.hidden = true;
    box.hidden = false;
    var action = box.querySelector('button');
    if (focusWasInWidget && action) action.focus();
  }

  // Back to the loading indicator (a retry under way).
  function hideMessage(page) {
    page.message.hidden = true;
    page.message.textContent = '';
    page.canvas.hidden = false;
    page.layer.hidden = false;
    page.mirror.hidden = false;
    page.loading.hidden = false;
    page.root.setAttribute('aria-busy', 'true');
  }
})();
