// Host page script: checks WebGL 2, loads the wasm widget and careers.json side by side, hands
// the data over, shows HTML messages when something cannot work, and publishes the JS API as
// window.careerExplorer. Runs synchronously in <head> so ?theme= applies before the first paint.
(function () {
  'use strict';

  var DATA_URL = 'careers.json';
  var WIDGET_SCRIPT = 'career-explorer.js';
  var THEME_CODES = { auto: 0, light: 1, dark: 2 };  // ce_set_theme()
  var THEME_COLOURS = { light: '#ffffff', dark: '#111318' };  // src/ui/theme.cpp backgrounds

  var theme = readThemeParameter();
  applyPageTheme(theme);

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  // ?theme=light|dark|auto (default auto: follow prefers-color-scheme).
  function readThemeParameter() {
    var value = new URLSearchParams(window.location.search).get('theme');
    return Object.prototype.hasOwnProperty.call(THEME_CODES, value) ? value : 'auto';
  }

  // Page background and browser chrome follow a forced theme too (style.css, [data-theme]).
  function applyPageTheme(name) {
    if (name === 'auto') return;
    document.documentElement.setAttribute('data-theme', name);
    var metas = document.querySelectorAll('meta[name="theme-color"]');
    for (var i = 0; i < metas.length; i++) metas[i].setAttribute('content', THEME_COLOURS[name]);
  }

  function start() {
    var page = {
      root: document.getElementById('ce-root'),
      canvas: document.getElementById('ce-canvas'),
      loading: document.getElementById('ce-loading'),
      message: document.getElementById('ce-message'),
    };

    if (!hasWebGL2()) {
      showMessage(page, {
        title: 'This browser cannot show the career explorer',
        detail: 'It draws with WebGL 2, which is turned off or not supported here. ' +
                'Updating the browser, or turning on hardware acceleration, usually helps.',
        dataLink: true,
      });
      return;
    }

    window.addEventListener('careerexplorer:ready', function () {
      page.loading.hidden = true;
      page.root.removeAttribute('aria-busy');
      if (window.performance && performance.mark) performance.mark('careerexplorer:first-frame');
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

    var data = fetchData();  // in parallel with the wasm download
    // The offline file (scripts/make-offline-html.py) has the widget inline, already defined.
    (window.createCareerExplorer ? Promise.resolve() : loadScript(WIDGET_SCRIPT))
      .then(function () {
        return window.createCareerExplorer({
          onAbort: function () { /* the rejected promise below shows the message */ },
        });
      })
      .then(function (widget) {
        window.careerExplorer = makeApi(widget, page.canvas);
        widget._ce_set_theme(THEME_CODES[theme]);
        return data.then(function (result) {
          if (result.bytes) {
            passBytes(widget, result.bytes);
            restoreState(widget);
          } else {
            withStrings(widget, ['The career data could not be loaded',
                                 DATA_URL + ': ' + result.error + '. Check your connection and reload the page.'],
                        function (title, detail) { widget._ce_show_failure(title, detail); });
          }
        });
      })
      .catch(function (error) {
        showMessage(page, {
          title: 'The career explorer could not start',
          detail: 'Its program did not load. Reloading the page usually helps.',
          technical: describe(error),
          dataLink: true,
          reload: true,
        });
      });
  }

  function hasWebGL2() {
    try {
      var gl = window.WebGL2RenderingContext && document.createElement('canvas').getContext('webgl2');
      if (!gl) return false;
      var lose = gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();  // free the probe's context now rather than at garbage collection
      return true;
    } catch (error) {
      return false;
    }
  }

  // Never rejects: resolves to { bytes } or { error }, consumed once the widget is up.
  function fetchData() {
    // The offline file carries the data inline: a page opened from disk cannot fetch.
    var inline = document.getElementById('ce-data');
    if (inline) return Promise.resolve({ bytes: new TextEncoder().encode(inline.textContent) });
    return fetch(DATA_URL)
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.arrayBuffer();
      })
      .then(function (buffer) { return { bytes: new Uint8Array(buffer) }; },
            function (error) { return { error: describe(error) }; });
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.onload = resolve;
      script.onerror = function () { reject(new Error(src + ' did not load')); };
      document.head.appendChild(script);
    });
  }

  // The reader's state comes from the link (the URL fragment) and from saved progress (read by
  // the widget itself). The fragment is only state: it never chooses the data or anything else.
  function restoreState(widget) {
    // A page opened from disk has no address worth sharing: Share and Embed stay hidden.
    if (/^https?:$/.test(location.protocol)) {
      withStrings(widget, [location.href.split('#')[0]], function (url) { widget._ce_set_page_url(url); });
    }
    var restore = function () {
      withStrings(widget, [currentFragment()], function (fragment) { widget._ce_restore(fragment); });
    };
    restore();
    // Another link pasted into the same tab changes only the fragment: no reload, so follow it.
    // Our own replaceState calls fire no hashchange.
    window.addEventListener('hashchange', function () {
      if (currentFragment() !== widget.UTF8ToString(widget._ce_fragment())) restore();
    });
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

  function passBytes(widget, bytes) {
    var ptr = widget._malloc(bytes.length || 1);
    widget.HEAPU8.set(bytes, ptr);
    widget._ce_load_data(ptr, bytes.length);
    widget._free(ptr);
  }

  // Calls fn with each string copied into wasm memory as UTF-8, freed afterwards.
  function withStrings(widget, strings, fn) {
    var ptrs = strings.map(function (text) {
      var size = widget.lengthBytesUTF8(text) + 1;
      var ptr = widget._malloc(size);
      widget.stringToUTF8(text, ptr, size);
      return ptr;
    });
    try {
      return fn.apply(null, ptrs);
    } finally {
      ptrs.forEach(function (ptr) { widget._free(ptr); });
    }
  }

  // window.careerExplorer: the widget's API for tests and for scripts on the page.
  function makeApi(widget, canvas) {
    return Object.freeze({
      version: widget.UTF8ToString(widget._ce_version()),
      // The reader-visible state (ui::Widget::stateJson), parsed.
      getState: function () {
        return JSON.parse(widget.UTF8ToString(widget._ce_state_json()));
      },
      // Where a named item (`role/<id>`, `view/roles`, ...) was drawn, in CSS px of the page
      // viewport (ready for a click at x + w/2, y + h/2), or null when it is not on screen.
      itemRect: function (name) {
        return withStrings(widget, [String(name)], function (namePtr) {
          var out = widget._malloc(16);
          try {
            if (!widget._ce_item_rect(namePtr, out)) return null;
            var f = widget.HEAPF32, i = out >> 2;  // read after malloc: memory may have grown
            var origin = canvas.getBoundingClientRect();
            return { x: origin.left + f[i], y: origin.top + f[i + 1], w: f[i + 2], h: f[i + 3] };
          } finally {
            widget._free(out);
          }
        });
      },
      // The reader's state as a URL fragment (without '#'), as mirrored into the address bar.
      fragment: function () { return widget.UTF8ToString(widget._ce_fragment()); },
      // Frames drawn since start: constant while nobody interacts (the widget sleeps when idle).
      frameCount: function () { return widget._ce_frame_count(); },
      // Schedules one frame.
      redraw: function () { widget._ce_redraw(); },
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
    var title = document.createElement('h1');
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
    if (message.dataLink) {
      var data = document.createElement('p');
      data.appendChild(document.createTextNode('The career data is still readable: '));
      var link = document.createElement('a');
      link.href = DATA_URL;
      link.textContent = DATA_URL;
      data.appendChild(link);
      data.appendChild(document.createTextNode('.'));
      box.appendChild(data);
    }
    if (message.reload) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Click to reload';
      button.addEventListener('click', function () { window.location.reload(); });
      box.appendChild(button);
    }
    page.loading.hidden = true;
    page.root.removeAttribute('aria-busy');
    page.canvas.hidden = true;
    box.hidden = false;
  }
})();
