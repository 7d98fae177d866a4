// JavaScript half of the platform layer (linked with --js-library): the DOM events the widget
// uses — keys, wheel, focus, Pointer Events, non-passive Touch Events, ResizeObserver in device
// pixels, devicePixelRatio changes, IntersectionObserver, page visibility, prefers-color-scheme,
// history — and the browser services it asks for (open a link, copy text, downloads, printing,
// saved progress, the address bar, cursor, page events). DOM events are forwarded to the
// ce_platform_* functions exported from the C++ side, with only the fields those read.
// Emscripten's html5.h would do the same through generic event structs and a registry of
// handlers for every kind of program; this is the part of it the widget needs.
//
// CSP: nothing here evaluates code or writes inline style attributes; style changes go through
// the CSSOM, which a strict `style-src 'self'` allows.

var LibraryCareerExplorer = {
  // web/app.js hands its strings in through it (the API, the link, a data failure's words): set
  // as the glue loads, since a start that fails before main() is done still reports through it.
  $CE__postset: 'Module["withStrings"] = CE.withStrings;',
  $CE: {
    canvas: null,
    copying: false,  // while copyWithTextarea has the focus in its text area
    canvasSize: null,  // [width, height] in device px, measured; applied when a frame is drawn
    // Everything installed on the page, so that ce_js_platform_shutdown can take it all away.
    listeners: [],  // [target, type, handler, options]
    observers: [],  // ResizeObserver, IntersectionObserver
    mediaQueries: [],  // [MediaQueryList, handler]
    emptied: [],  // elements the widget filled (the operable layer): emptied at shutdown

    listen: function(target, type, handler, options) {
      target.addEventListener(type, handler, options);
      CE.listeners.push([target, type, handler, options]);
    },

    watchMedia: function(query, handler) {
      if (query.addEventListener) query.addEventListener('change', handler);
      else query.addListener(handler);
      CE.mediaQueries.push([query, handler]);
    },

    unwatchMedia: function(query, handler) {
      if (query.removeEventListener) query.removeEventListener('change', handler);
      else query.removeListener(handler);
      CE.mediaQueries = CE.mediaQueries.filter(function(entry) { return entry[1] !== handler; });
    },
    // A link the widget asked to open outside a user gesture (the browser would block it):
    // opened on the next press on the canvas, if that comes soon.
    pendingUrl: null,
    pendingUrlTime: 0,
    pendingUrlMaxAgeMs: 10000,

    // ImGuiMouseCursor_* -> CSS cursor (index = enum value; -1 = none).
    cursors: ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize',
              'pointer', 'wait', 'progress', 'not-allowed'],

    // Values shared with dom_platform.cpp.
    PHASE_DOWN: 0, PHASE_MOVE: 1, PHASE_UP: 2, PHASE_CANCEL: 3, PHASE_LEAVE: 4,

    // Text as the wasm can take it, a C string of UTF-8. A NUL would end it there, and what
    // follows would be lost unsaid (a link's %00, saved progress, another tab's): it becomes
    // U+FFFD, which no link of ours holds, so that only its own field is left out, with a notice.
    // So does half of a surrogate pair alone, which is no character (stringToUTF8 would write
    // another in its place, or at the end one from the next bytes), as TextEncoder does.
    cText: function(text) {
      return (text.toWellFormed ? text.toWellFormed() : text).replace(/\0/g, '\uFFFD');
    },

    // Calls fn with the strings copied into the wasm's memory as UTF-8 (their addresses, in
    // order), which stay there for the length of the call only; returns what fn returns. The one
    // way text goes in, from the page (web/app.js: Module.withStrings) and from our libraries,
    // as CE.cText makes it.
    withStrings: function(strings, fn) {
      strings = strings.map(CE.cText);
      var sizes = strings.map(function(text) { return lengthBytesUTF8(text) + 1; });
      var block = _malloc(sizes.reduce(function(sum, size) { return sum + size; }, 0));
      var at = block;
      var addresses = strings.map(function(text, i) {
        stringToUTF8(text, at, sizes[i]);
        at += sizes[i];
        return at - sizes[i];
      });
      var result = fn.apply(null, addresses);
      _free(block);
      return result;
    },

    modifierBits: function(e) {
      return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
    },

    // ImGuiMouseSource: 0 mouse, 1 touch screen, 2 pen.
    pointerSource: function(e) {
      return e.pointerType === 'touch' ? 1 : (e.pointerType === 'pen' ? 2 : 0);
    },

    // CSS zoom on the widget's own page (a reader's style sheet, an extension): the canvas's own
    // CSS px are then drawn larger than devicePixelRatio says, while events and
    // getBoundingClientRect come in the page's zoomed px. The widget lays out in the canvas's
    // own px, so that it grows with the page as the page's text does.
    cssZoom: function() {
      var zoom = CE.canvas && CE.canvas.currentCSSZoom;
      return zoom > 0 && isFinite(zoom) ? zoom : 1;
    },

    // A point given in client px, on the canvas, in the canvas's own CSS px (the widget's).
    canvasPoint: function(clientX, clientY) {
      var rect = CE.canvas.getBoundingClientRect(), zoom = CE.cssZoom();
      return [(clientX - rect.left) / zoom, (clientY - rect.top) / zoom];
    },

    forwardPointer: function(phase, e) {
      // One pointer drives ImGui. Fingers come as Touch Events (watchTouch), which can tell the
      // browser per gesture whether the page should scroll.
      if (!e.isPrimary || e.pointerType === 'touch') return;
      var at = CE.canvasPoint(e.clientX, e.clientY);
      _ce_platform_pointer(phase, CE.pointerSource(e), at[0], at[1], e.buttons, CE.modifierBits(e));
    },

    watchPointers: function(canvas) {
      CE.listen(canvas, 'pointerdown', function(e) {
        if (!e.isPrimary || e.pointerType === 'touch') return;
        // Keep receiving this pointer's events when it leaves the canvas mid-drag.
        try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* pointer already gone */ }
        // Focus comes from the browser's own mousedown handling (the canvas has a tabindex):
        // calling focus() here would also light up the keyboard focus ring after a click.
        CE.forwardPointer(CE.PHASE_DOWN, e);
      });
      CE.listen(canvas, 'pointermove', function(e) { CE.forwardPointer(CE.PHASE_MOVE, e); });
      CE.listen(canvas, 'pointerup', function(e) {
        CE.forwardPointer(CE.PHASE_UP, e);  // may open a link, drawn within this handler
        CE.openPendingUrl();
      });
      CE.listen(canvas, 'pointercancel', function(e) { CE.forwardPointer(CE.PHASE_CANCEL, e); });
      CE.listen(canvas, 'pointerleave', function(e) { CE.forwardPointer(CE.PHASE_LEAVE, e); });
      // Right clicks belong to the widget, not to the browser's canvas menu ("Save image as").
      CE.listen(canvas, 'contextmenu', function(e) { e.preventDefault(); });
    },

    // Keys, while the canvas has the focus (a blog's own typing never reaches the widget). The
    // widget says which it took; the rest stay the page's (dom_platform.cpp, ce_platform_key).
    watchKeys: function(canvas) {
      function forward(down, e) {
        var taken = CE.withStrings([e.code || ''], function(code) {
          return _ce_platform_key(down, code, CE.modifierBits(e));
        });
        if (taken) e.preventDefault();
        else if (down && CE.pageArticle(e)) e.preventDefault();
      }
      CE.listen(canvas, 'keydown', function(e) { forward(1, e); });
      CE.listen(canvas, 'keyup', function(e) { forward(0, e); });
      // Nothing focused in an embed (the canvas or a control blurred): Space on the frame's own
      // page, which has nothing to scroll, pages the article as Page Down there does.
      CE.listen(document, 'keydown', function(e) {
        if ((e.target === document.body || e.target === document.documentElement) && CE.pageArticle(e)) e.preventDefault();
      });
    },

    // The wheel scrolls the widget where it can, else the page (ce_platform_wheel): a listener
    // that may prevent the default, so not passive.
    watchWheel: function(canvas) {
      CE.listen(canvas, 'wheel', function(e) {
        var at = CE.canvasPoint(e.clientX, e.clientY);
        if (_ce_platform_wheel(at[0], at[1], e.deltaX, e.deltaY, e.deltaMode, e.ctrlKey ? 1 : 0)) {
          e.preventDefault();
        }
      }, { passive: false });
    },

    // A click's focus. While the canvas holds it, it is not hidden from assistive technology: a
    // focused element must not be (Chrome would expose it unnamed, and warn). It is then the
    // image index.html names.
    watchFocus: function(canvas) {
      CE.listen(canvas, 'focus', function() {
        canvas.removeAttribute('aria-hidden');
        _ce_platform_focus(1);
      });
      CE.listen(canvas, 'blur', function() {
        canvas.setAttribute('aria-hidden', 'true');
        _ce_platform_focus(0);
      });
    },

    // A hidden page (another tab, a minimised window) draws nothing.
    watchPageVisibility: function() {
      function report() { _ce_platform_page_hidden(document.hidden ? 1 : 0); }
      CE.listen(document, 'visibilitychange', report);
      report();
    },

    // Whether `el` is one of the layer's elements and the point (client px) is on its box.
    inLayerUnder: function(el, x, y) {
      if (!el || !el.closest || !el.closest('#ce-layer')) return false;
      var r = el.getBoundingClientRect();
      return x >= r.left && x < r.right && y >= r.top && y < r.bottom;
    },

    // Fingers. The browser keeps its own gestures (touch-action: manipulation: pan and pinch-zoom,
    // no double-tap delay) unless the widget takes a gesture: the first move past the slop is
    // handed to the widget (touch_gesture.h), and if it takes it, that move and the rest are
    // prevented. A second finger is always a pinch, the browser's. Non-passive listeners, on the
    // canvas only.
    watchTouch: function(canvas) {
      canvas.style.touchAction = 'manipulation';
      function forward(phase, e) {
        var touch = e.changedTouches && e.changedTouches[0];
        if (!touch) return;
        var at = CE.canvasPoint(touch.clientX, touch.clientY), x = at[0], y = at[1];
        // A tap takes the focus first, as a mouse press does (the prevented events no longer give
        // it): from the search field, whose soft keyboard goes, and for Tab to go on from what
        // was tapped; what the tap then opens (a field, a menu, a dialog) takes it on. Not from
        // what was tapped itself (the field, to move its caret).
        var focused = document.activeElement;
        if (phase === CE.PHASE_UP && focused !== canvas && _ce_platform_touch_taps(x, y) &&
            !CE.inLayerUnder(focused, touch.clientX, touch.clientY)) {
          canvas.focus({ preventScroll: true, focusVisible: false });
        }
        var taken = _ce_platform_touch(phase, x, y, e.touches ? e.touches.length : 0);
        if (taken && e.cancelable) e.preventDefault();
        if (phase === CE.PHASE_UP) CE.openPendingUrl();  // a tap on a link, within the gesture
      }
      var options = { passive: false };
      CE.listen(canvas, 'touchstart', function(e) { forward(CE.PHASE_DOWN, e); }, options);
      CE.listen(canvas, 'touchmove', function(e) { forward(CE.PHASE_MOVE, e); }, options);
      CE.listen(canvas, 'touchend', function(e) { forward(CE.PHASE_UP, e); }, options);
      CE.listen(canvas, 'touchcancel', function(e) { forward(CE.PHASE_CANCEL, e); }, options);
    },

    // Back and Forward on the widget's own page (ce_js_history writes the entries).
    watchHistory: function() {
      if (CE.framed()) return;
      CE.listen(window, 'popstate', function(e) {
        var state = e.state;
        if (!state || state.ce !== 1 || typeof state.place !== 'string') return;  // app.js follows new links
        CE.withStrings([state.place], function(place) { _ce_platform_history(place, Number(state.depth) | 0); });
      });
    },

    // Another tab of the same site saved progress: this one takes it in (the widget keeps its own
    // view), so the next save here never silently undoes the other tab's change.
    watchStorage: function() {
      CE.listen(window, 'storage', function(e) {
        if (e.key !== CE.storageKey() || typeof e.newValue !== 'string' || !e.newValue) return;
        CE.withStrings([e.newValue], function(fragment) { _ce_platform_saved_elsewhere(fragment); });
      });
    },

    // Space (Shift+Space) that the widget did not take, in an embed: the article pages instead,
    // through embed.js, since the browser does not pass Space on from a frame (Page Down it
    // does). True when it was asked to.
    pageArticle: function(e) {
      if (e.key !== ' ' || e.altKey || e.ctrlKey || e.metaKey || !CE.framed()) return false;
      try {
        window.parent.postMessage({ type: 'careerexplorer:page', direction: e.shiftKey ? -1 : 1 }, '*');
      } catch (err) { return false; }
      return true;
    },

    framed: function() {
      try { return window.parent !== window; } catch (err) { return true; }
    },

    // Canvas backing store = its CSS size in device pixels, so text is crisp at any DPR.
    // devicePixelContentBoxSize gives the exact device pixel count (Chrome, Firefox), which
    // keeps one canvas pixel on one screen pixel at fractional ratios; elsewhere
    // contentRect x devicePixelRatio is rounded.
    //
    // A pinch-zoomed page magnifies the canvas like an image: its backing store then takes the
    // zoom too (pageZoom), so that text stays as sharp as the page's own, within limits (below).
    deviceSize: null,  // [width, height]: the canvas's device px at zoom 1
    pageZoom: 1,       // the visual viewport's scale: the page's own, or the article's in an embed
    // At most this many device px per CSS px, and this many px in all: a zoomed phone would
    // otherwise ask for a canvas of tens of millions of pixels, and a font atlas to match.
    MAX_RATIO: 4,
    MAX_PIXELS: 8e6,

    // Device px per the canvas's own CSS px, before a pinch.
    pixelRatio: function() {
      return (window.devicePixelRatio || 1) * CE.cssZoom();
    },

    zoomFor: function(width, height) {
      var ratio = CE.pixelRatio();
      var zoom = Math.min(CE.pageZoom, CE.MAX_RATIO / ratio, Math.sqrt(CE.MAX_PIXELS / Math.max(1, width * height)));
      return zoom > 1 ? zoom : 1;
    },

    // Sets the page's zoom (a pinch), from the visual viewport or the embedding article: the
    // canvas is measured again at the new scale once it has settled.
    setPageZoom: function(scale) {
      scale = Number(scale);
      if (!isFinite(scale) || scale <= 0) return;
      scale = Math.min(scale, 16);
      if (scale === CE.pageZoom) return;
      CE.pageZoom = scale;
      if (CE.deviceSize && CE.canvas) CE.reportSize(CE.deviceSize[0], CE.deviceSize[1]);
    },

    reportSize: function(width, height) {
      width = Math.max(0, width | 0);
      height = Math.max(0, height | 0);
      CE.deviceSize = [width, height];
      var zoom = CE.zoomFor(width, height);
      if (zoom > 1) {
        width = Math.round(width * zoom);
        height = Math.round(height * zoom);
      }
      CE.canvasSize = [width, height];  // given to the canvas with the next frame drawn
      _ce_platform_resize(width, height, CE.pixelRatio() * zoom);
    },

    // A pinch on the page itself (not inside an embed: there the article tells, web/embed.js).
    // Taken once the fingers rest, not at every step of the gesture.
    watchPinch: function() {
      var viewport = window.visualViewport;
      if (!viewport || CE.framed()) return;
      var timer = 0;
      CE.listen(viewport, 'resize', function() {
        clearTimeout(timer);
        timer = setTimeout(function() { if (CE.canvas) CE.setPageZoom(viewport.scale); }, 150);
      });
      if (viewport.scale > 1) CE.pageZoom = viewport.scale;
    },

    watchSize: function(canvas) {
      var report = CE.reportSize;
      function measureNow() {
        var rect = canvas.getBoundingClientRect();
        var dpr = window.devicePixelRatio || 1;
        report(Math.round(rect.width * dpr), Math.round(rect.height * dpr));
      }
      if (typeof ResizeObserver === 'undefined') {
        CE.listen(window, 'resize', measureNow);
        measureNow();
      } else {
        var observer = new ResizeObserver(function(entries) {
          if (!CE.canvas) return;
          var entry = entries[entries.length - 1];
          var ratio = CE.pixelRatio();  // contentRect is in the canvas's own CSS px
          var width = Math.round(entry.contentRect.width * ratio);
          var height = Math.round(entry.contentRect.height * ratio);
          var box = entry.devicePixelContentBoxSize && entry.devicePixelContentBoxSize[0];
          // The exact count differs from CSS size x DPR by pixel snapping only (a pixel or so).
          // Under Chrome's device-metrics emulation (headless tests with deviceScaleFactor 2)
          // the box holds CSS pixels while devicePixelRatio says 2: then trust the ratio.
          if (box && Math.abs(box.inlineSize - width) <= 2 && Math.abs(box.blockSize - height) <= 2) {
            width = box.inlineSize;
            height = box.blockSize;
          }
          report(width, height);
        });
        try {
          observer.observe(canvas, { box: 'device-pixel-content-box' });
        } catch (err) {
          observer.observe(canvas);  // older Safari: no device-pixel-content-box
        }
        CE.observers.push(observer);
        // The observer reports at the next rendering update; the first frame may be drawn before
        // that (web/app.js draws it in the task that hands over the data), so it gets a size now.
        measureNow();
      }
      // Browser zoom and moving the window to another screen change devicePixelRatio. A media
      // query for the current ratio stops matching then; it is re-armed for the new ratio.
      function watchRatio() {
        if (!window.matchMedia) return;
        var query = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
        function onChange() {
          CE.unwatchMedia(query, onChange);
          if (!CE.canvas) return;
          measureNow();
          watchRatio();
        }
        CE.watchMedia(query, onChange);
      }
      watchRatio();
    },

    // Offscreen (scrolled away in a blog post): stop drawing entirely.
    watchVisibility: function(canvas) {
      if (typeof IntersectionObserver === 'undefined') return;
      var observer = new IntersectionObserver(function(entries) {
        _ce_platform_onscreen(entries[entries.length - 1].isIntersecting ? 1 : 0);
      });
      observer.observe(canvas);
      CE.observers.push(observer);
    },

    watchColorScheme: function() {
      if (!window.matchMedia) return;
      var query = window.matchMedia('(prefers-color-scheme: dark)');
      function report() { _ce_platform_system_dark_mode(query.matches ? 1 : 0); }
      CE.watchMedia(query, report);
      report();
    },

    isHttpUrl: function(url) {
      try {
        var protocol = new URL(url, document.baseURI).protocol;
        return protocol === 'http:' || protocol === 'https:';
      } catch (err) {
        return false;
      }
    },

    openPendingUrl: function() {
      var url = CE.pendingUrl;
      CE.pendingUrl = null;
      if (url && performance.now() - CE.pendingUrlTime < CE.pendingUrlMaxAgeMs) {
        window.open(url, '_blank', 'noopener');
      }
    },

    // The fallback for browsers without the async Clipboard API (or when it refuses, e.g. in a
    // frame without allow="clipboard-write"). Returns whether the browser says it copied.
    copyWithTextarea: function(text) {
      var active = document.activeElement;
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.setAttribute('aria-hidden', 'true');
      area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';  // (the CSSOM: allowed by the page's CSP)
      document.body.appendChild(area);
      CE.copying = true;  // the focus leaves for a moment: nothing the reader did (library_semantic_layer.js)
      var ok = false;
      try {
        area.select();
        ok = document.execCommand('copy');
      } catch (err) { /* nothing else to try */ }
      document.body.removeChild(area);
      if (active && active.focus) active.focus({ preventScroll: true });
      CE.copying = false;
      return !!ok;
    },

    // A frame without allow="clipboard-write" (a plain or sandboxed iframe) may not use the
    // Clipboard API; calling it anyway logs a policy violation. Ask first where browsers can say.
    clipboardApiAllowed: function() {
      var policy = document.permissionsPolicy || document.featurePolicy;
      return !(policy && policy.allowsFeature) || policy.allowsFeature('clipboard-write');
    },

    // Saves `blobUrl` (made here, so same-origin even in an opaque-origin frame: an http(s)
    // address there is cross-origin, `download` is ignored and the frame navigates away) as
    // `fileName` through a temporary <a download>. A sandboxed frame without allow-downloads drops
    // it silently and no script can tell; in a frame of opaque origin the widget says that it may.
    // Returns false there.
    download: function(blobUrl, fileName) {
      var link = document.createElement('a');
      link.href = blobUrl;
      link.download = fileName;
      link.rel = 'noopener';
      link.style.display = 'none';
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      var mayBeBlocked = CE.framed() && window.origin === 'null';
      if (mayBeBlocked) CE.downloadFinished(1);
      return !mayBeBlocked;
    },

    // Tells the widget what became of a download (ce_download_finished), later: never inside the
    // frame that asked.
    downloadFinished: function(outcome) {
      setTimeout(function() { _ce_download_finished(outcome); }, 0);
    },

    // A file name the widget chose, reduced to characters every file system accepts.
    safeFileName: function(name) {
      name = String(name).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
      return name || 'download';
    },

    // One hidden frame, reused, that holds the document to print. Sandboxed without allow-scripts:
    // nothing in the printed HTML can run (its scripts are removed anyway). allow-same-origin lets
    // this script reach its document; allow-modals lets it open the print dialog.
    printFrame: null,

    // The printed document inherits this page's Content-Security-Policy (srcdoc documents do), so
    // with `style-src 'self'` its <style> elements and style attributes would be refused, each with
    // a CSP violation report. So they are taken out of the HTML before it loads and applied
    // afterwards through the CSSOM, which CSP does not govern: the page's policy stays strict and
    // nothing is reported. Plain text matching is enough here because the document comes from
    // the widget itself, which escapes every text it writes ('<' never appears outside a tag);
    // parsing it with DOMParser or a <template> would already trigger the CSP checks.
    printStyles: [],

    splitPrintStyles: function(html) {
      var styles = [];
      html = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
                 .replace(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi, function(all, css) {
                   styles.push(css);
                   return '';
                 })
                 .replace(/<[a-z][^>]*>/gi, function(tag) {
                   // Attribute by attribute, quoted values whole: "style=" inside a value stays.
                   return tag.replace(/(\s)([^\s=>]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g,
                                      function(all, space, name, value) {
                                        return name.toLowerCase() === 'style'
                                            ? space + 'data-ce-style' + (value || '') : all;
                                      });
                 });
      return { html: html, styles: styles };
    },

    applyPrintStyles: function(doc, view) {
      if (view.CSSStyleSheet && 'adoptedStyleSheets' in doc) {
        doc.adoptedStyleSheets = CE.printStyles.map(function(text) {
          var sheet = new view.CSSStyleSheet();
          try { sheet.replaceSync(text); } catch (err) { /* unparsable: an empty sheet */ }
          return sheet;
        });
      }
      var styled = doc.querySelectorAll('[data-ce-style]');
      for (var i = 0; i < styled.length; i++) styled[i].style.cssText = styled[i].getAttribute('data-ce-style');
    },

    // Saved progress: one key, the reader's state as a share-link fragment. Storage can throw
    // (a sandboxed frame without allow-same-origin, blocked cookies, a full quota): then progress
    // is simply not kept and everything else works.
    storageKey: function() {
      // The page gives each data set its own key (app.js): progress with a blogger's own data
      // never overwrites progress with the bundled data.
      return Module['storageKey'] || 'career-explorer:v1';
    },

    dispatchLater: function(name, detail) {
      // After the current frame has returned to the browser: listeners may call back into the
      // widget (getState, redraw) without re-entering a frame.
      Promise.resolve().then(function() {
        window.dispatchEvent(new CustomEvent(name, { detail: detail }));
      });
    },
  },

  ce_js_platform_init__deps: ['$CE', 'malloc', 'free'],
  ce_js_platform_init: function(canvasId) {
    var canvas = document.getElementById(UTF8ToString(canvasId));
    CE.canvas = canvas;
    // Keys go to the widget only while the canvas has focus: it must be focusable.
    if (!canvas.hasAttribute('tabindex')) canvas.setAttribute('tabindex', '0');
    CE.watchKeys(canvas);
    CE.watchWheel(canvas);
    CE.watchFocus(canvas);
    CE.watchPointers(canvas);
    CE.watchTouch(canvas);
    CE.watchHistory();
    CE.watchPinch();
    CE.watchSize(canvas);
    Module['setPageZoom'] = CE.setPageZoom;  // web/app.js: an embedding article's pinch
    CE.watchVisibility(canvas);
    CE.watchPageVisibility();
    CE.watchColorScheme();
    CE.watchStorage();
  },

  ce_js_platform_shutdown__deps: ['$CE'],
  ce_js_platform_shutdown: function() {
    CE.listeners.forEach(function(l) { l[0].removeEventListener(l[1], l[2], l[3]); });
    CE.listeners = [];
    CE.observers.forEach(function(o) { o.disconnect(); });
    CE.observers = [];
    CE.mediaQueries.slice().forEach(function(m) { CE.unwatchMedia(m[0], m[1]); });
    // A control left in the layer would still take the focus and act on a widget that no
    // longer draws: keyboard and screen-reader users would work a picture.
    CE.emptied.forEach(function(element) { element.replaceChildren(); });
    CE.emptied = [];
    CE.canvas = null;
  },

  ce_js_apply_canvas_size__deps: ['$CE'],
  ce_js_apply_canvas_size: function() {
    var size = CE.canvasSize;
    var canvas = CE.canvas;
    if (!size || !canvas) return;
    if (canvas.width !== size[0]) canvas.width = size[0];
    if (canvas.height !== size[1]) canvas.height = size[1];
  },

  ce_js_coarse_pointer: function() {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
  },

  ce_js_is_apple_platform: function() {
    var platform = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
    return /mac|iphone|ipad|ipod/i.test(platform) ? 1 : 0;
  },

  ce_js_set_cursor__deps: ['$CE'],
  ce_js_set_cursor: function(cursor) {
    if (CE.canvas) CE.canvas.style.cursor = cursor < 0 ? 'none' : (CE.cursors[cursor] || 'default');
  },

  ce_js_open_url__deps: ['$CE'],
  ce_js_open_url: function(urlPtr) {
    var url = UTF8ToString(urlPtr);
    if (!CE.isHttpUrl(url)) return;  // never javascript:, data:, file: ...
    url = new URL(url, document.baseURI).href;
    if (navigator.userActivation && !navigator.userActivation.isActive) {
      CE.pendingUrl = url;
      CE.pendingUrlTime = performance.now();
      return;
    }
    window.open(url, '_blank', 'noopener');
  },

  ce_js_copy_text__deps: ['$CE'],
  ce_js_copy_text: function(textPtr, report) {
    var text = UTF8ToString(textPtr);
    function finished(ok) {
      // Later, never inside the frame that asked: the answer changes what the widget shows.
      if (report) setTimeout(function() { _ce_copy_finished(ok ? 1 : 0); }, 0);
    }
    if (navigator.clipboard && navigator.clipboard.writeText && CE.clipboardApiAllowed()) {
      navigator.clipboard.writeText(text).then(function() { finished(true); },
                                               function() { finished(CE.copyWithTextarea(text)); });
    } else {
      finished(CE.copyWithTextarea(text));
    }
  },

  ce_js_download_file__deps: ['$CE'],
  ce_js_download_file: function(namePtr, typePtr, contentsPtr) {
    var type = UTF8ToString(typePtr) || 'application/octet-stream';
    if (/^text\//.test(type) && !/charset=/i.test(type)) type += ';charset=utf-8';
    var url = URL.createObjectURL(new Blob([UTF8ToString(contentsPtr)], { type: type }));
    CE.download(url, CE.safeFileName(UTF8ToString(namePtr)));
    // The download has taken its copy by then; a minute is generous for a slow disk.
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
  },

  ce_js_print_html__deps: ['$CE'],
  ce_js_print_html: function(htmlPtr) {
    var html = UTF8ToString(htmlPtr);
    var frame = CE.printFrame;
    if (!frame) {
      frame = CE.printFrame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
      frame.setAttribute('aria-hidden', 'true');
      frame.setAttribute('tabindex', '-1');
      frame.title = 'Print preview';
      // Not display:none: some browsers print nothing from an undisplayed frame.
      frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
      frame.addEventListener('load', function() {
        var view = frame.contentWindow;
        if (!view || !frame.srcdoc) return;  // the initial about:blank
        // The frame takes the focus for printing (older engines print the focused window);
        // the focus then goes back to where the reader was (the menu's button), not left in a
        // hidden frame that a keyboard user would have to Tab out of.
        var back = document.activeElement;
        try {
          CE.applyPrintStyles(frame.contentDocument, view);
          view.focus();
          view.print();
        } catch (err) { /* printing blocked (e.g. our own page is sandboxed without allow-modals) */ }
        if (back && back !== document.body && back.isConnected && back.focus) back.focus();
        else if (document.activeElement === frame) frame.blur();
      });
      document.body.appendChild(frame);
    }
    var split = CE.splitPrintStyles(html);
    CE.printStyles = split.styles;
    // Under Trusted Types srcdoc takes TrustedHTML: the page's policy vouches for the widget's
    // own document (app.js, makeTrustedTypesPolicy).
    var policy = Module['trustedTypesPolicy'];
    frame.srcdoc = policy ? policy.createHTML(split.html) : split.html;
  },

  ce_js_save_state__deps: ['$CE'],
  ce_js_save_state: function(fragmentPtr) {
    var fragment = UTF8ToString(fragmentPtr);
    try {
      if (fragment) window.localStorage.setItem(CE.storageKey(), fragment);
      else window.localStorage.removeItem(CE.storageKey());
      return 1;
    } catch (err) {
      return 0;  // blocked here (SecurityError) or full (QuotaExceededError): the widget says so
    }
  },

  // Returns the saved fragment as a malloc'ed UTF-8 string the caller frees, or 0.
  ce_js_load_state__deps: ['$CE', 'malloc'],
  ce_js_load_state: function() {
    var fragment = null;
    try { fragment = window.localStorage.getItem(CE.storageKey()); } catch (err) { /* no storage */ }
    if (typeof fragment !== 'string' || !fragment) return 0;
    fragment = CE.cText(fragment);
    var size = lengthBytesUTF8(fragment) + 1;
    var ptr = _malloc(size);
    stringToUTF8(fragment, ptr, size);
    return ptr;
  },

  ce_js_today: function() {
    var now = new Date();
    return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000);
  },

  // The one-file copy sits beside the hosted page (scripts/assemble-dist.sh). Opened from disk,
  // the reader already has it.
  ce_js_can_download_offline: function() {
    return /^https?:$/.test(location.protocol) ? 1 : 0;
  },

  // The copy carries the data the page shows (app.js sets Module.offlineData: a blogger's own, or
  // a careers.json replaced since the one-file page was built): the one-file page is fetched and
  // its data block replaced (a JSON data block, which never runs, so the copy's
  // Content-Security-Policy hashes still hold). "<" is written as \u003c inside
  // it, as scripts/make-offline-html.py does, so the data cannot end the block.
  ce_js_download_offline__deps: ['$CE'],
  ce_js_download_offline: function() {
    var url = new URL('career-explorer.html', document.baseURI).href;
    var data = Module['offlineData'];
    // Fetched and saved from memory, never by its address (CE.download).
    fetch(url).then(function(response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.text();
    }).then(function(html) {
      if (data) {
        data = new TextDecoder().decode(data);
        var open = '<script type="application/json" id="ce-data">';
        var start = html.indexOf(open);
        var end = start < 0 ? -1 : html.indexOf('</script>', start);
        if (end < 0) throw new Error('no data block');
        // The copy keeps its progress apart from the bundled data's, as this page does: its data
        // block says where the data came from (app.js, storageKey).
        var source = String(Module['offlineDataUrl'] || '').slice(0, 2000)
          .replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        html = html.slice(0, start) + open.slice(0, -1) + ' data-source="' + source + '">' +
               data.replace(/</g, '\\u003c') + html.slice(end);
      }
      var blobUrl = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      if (CE.download(blobUrl, 'career-explorer.html')) CE.downloadFinished(0);
      setTimeout(function() { URL.revokeObjectURL(blobUrl); }, 60000);
    }).catch(function(err) {
      console.warn('career explorer: the offline copy could not be made here (' + err.message +
                   '); it was not downloaded.');
      // fetch() rejects with a TypeError when no answer came (offline, a dropped connection).
      CE.downloadFinished(navigator.onLine === false || err instanceof TypeError ? 3 : 2);
    });
  },

  // Keeps the address bar in step with the reader's state on the widget's own page: views, an
  // opened role and dialogs are history entries (Back steps through them), settings only
  // rewrite the address. Never inside a frame: the host page's history is its reader's. A
  // sandboxed or opaque-origin document may refuse; Share still gives the link then.
  ce_js_history__deps: ['$CE'],
  ce_js_history: function(step, fragmentPtr, placePtr, depth) {
    if (CE.framed()) return;
    var fragment = UTF8ToString(fragmentPtr);
    var state = { ce: 1, place: UTF8ToString(placePtr), depth: depth };
    var url = fragment ? '#' + fragment : location.pathname + location.search;
    try {
      if (step === 2) history.pushState(state, '', url);
      else if (step === 3) history.back();  // popstate brings the entry; its address is rewritten then
      else history.replaceState(state, '', url);
    } catch (err) { /* the address bar stays as it was */ }
  },

  // Screen readers cannot read the canvas: #ce-mirror holds the same content as HTML headings and
  // lists (built with textContent, never markup from the data).
  ce_js_text_mirror: function(jsonPtr) {
    var mirror = document.getElementById('ce-mirror');
    if (!mirror) return;
    var sections;
    try { sections = JSON.parse(UTF8ToString(jsonPtr)); } catch (err) { return; }
    var fragment = document.createDocumentFragment();
    sections.forEach(function(section) {
      var heading = document.createElement('h2');
      heading.textContent = section.title;
      fragment.appendChild(heading);
      var list = document.createElement('ul');
      section.lines.forEach(function(line) {
        var item = document.createElement('li');
        item.textContent = line;
        list.appendChild(item);
      });
      fragment.appendChild(list);
    });
    mirror.replaceChildren(fragment);
  },

  ce_js_announce: function(textPtr) {
    var status = document.getElementById('ce-status');
    if (status) status.textContent = UTF8ToString(textPtr);
  },

  ce_js_after_paint__deps: ['$CE'],
  ce_js_after_paint: function() {
    var done = false;
    function go() {
      if (done) return;
      done = true;
      if (CE.canvas) _ce_after_paint();  // (not after destroy())
    }
    // A task after the next animation frame runs once that frame's rendering is done.
    requestAnimationFrame(function() { setTimeout(go, 0); });
    setTimeout(go, 100);
  },

  ce_js_announce_ready__deps: ['$CE'],
  ce_js_announce_ready: function(failed) {
    CE.dispatchLater('careerexplorer:ready', { failed: !!failed });
  },

  ce_js_report_error__deps: ['$CE'],
  ce_js_report_error: function(title, detail, offerReload) {
    CE.dispatchLater('careerexplorer:error', {
      title: UTF8ToString(title),
      detail: UTF8ToString(detail),
      reload: !!offerReload,
    });
  },
};

mergeInto(LibraryManager.library, LibraryCareerExplorer);
