// The embed snippet's script. A blogger pastes
//
//   <script src="https://HOST/PATH/embed.js" data-state="v1;view=compare" data-theme="auto"
//           data-height="auto" data-compact="1" data-data="https://blog.example/careers.json" async></script>
//
// and this replaces that <script> with an <iframe> of the widget page beside it (index.html in
// the same folder). Every data-* option is optional:
//   data-state    the view to open, as in a share link's fragment (after '#')
//   data-theme    auto (follow the reader's system, default), light or dark
//   data-height   auto (default: the widget says how tall it wants to be) or pixels, 360..2000
//   data-compact  1: no subtitle or footer, tighter spacing
//   data-data     your own careers.json; used only from the page that embeds the widget (same
//                 origin as your page) and served with CORS (see README, "Embedding")
//
// The widget runs in its own frame: its scripts, styles and keyboard handling cannot touch the
// blog's page, and the blog's cannot break it. This file only builds the frame and sizes it.
(function () {
  'use strict';

  var MIN_HEIGHT = 360;
  var MAX_HEIGHT = 2000;
  var DEFAULT_HEIGHT = 640;  // until the widget reports (it asks for 640 narrow, 700 wide)

  // document.currentScript is this <script> while it runs, async or not; a CMS that injects the
  // tag in a way that loses it still leaves the tag itself, found by its file name.
  var script = document.currentScript || findUnprocessedScript();
  if (!script || !script.parentNode) return;
  script.setAttribute('data-ce-embedded', '');

  function findUnprocessedScript() {
    var scripts = document.querySelectorAll('script[src]:not([data-ce-embedded])');
    for (var i = 0; i < scripts.length; i++) {
      if (/\/embed\.js(\?|#|$)/.test(scripts[i].src)) return scripts[i];
    }
    return null;
  }

  function clampHeight(value) {
    return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(value)));
  }

  var options = script.dataset;
  var page = new URL('index.html', script.src);  // the widget page beside this script
  if (/^(light|dark)$/.test(options.theme || '')) page.searchParams.set('theme', options.theme);
  if (options.compact === '1' || options.compact === 'true') page.searchParams.set('compact', '1');
  // Passed on as given: the widget page itself decides whether it may use it (app.js).
  if (options.data) page.searchParams.set('data', options.data);
  // The fragment is state only, in its own small alphabet: anything else is dropped here already.
  var state = (options.state || '').replace(/[^A-Za-z0-9._,;=-]/g, '');
  if (state) page.hash = state;

  var fixedHeight = /^\d+$/.test(options.height || '') ? clampHeight(Number(options.height)) : 0;

  var frame = document.createElement('iframe');
  frame.loading = 'lazy';  // before src: a widget far down the article loads when it comes near
  frame.src = page.href;
  frame.title = 'GenAI Career Explorer: roles, pay, skills and courses';
  // Copy buttons inside a cross-origin frame need this; nothing else is delegated.
  frame.allow = 'clipboard-write';
  // The widget page learns the embedding site's origin (for data-data), never the article's path.
  frame.referrerPolicy = 'strict-origin';
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = (fixedHeight || DEFAULT_HEIGHT) + 'px';
  frame.className = script.className;  // lets a blog keep styling hooks it put on the tag
  script.parentNode.replaceChild(frame, script);

  if (fixedHeight) return;
  // Auto height: the widget page posts {type: 'careerexplorer:height', height}. Only messages from
  // this very frame, at the origin it was loaded from, are believed.
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== page.origin) return;
    var data = event.data;
    if (!data || data.type !== 'careerexplorer:height' || typeof data.height !== 'number' ||
        !isFinite(data.height)) {
      return;
    }
    frame.style.height = clampHeight(data.height) + 'px';
  });
})();
