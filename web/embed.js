// The embed snippet's script. A blogger pastes
//
//   <script src="https://HOST/PATH/embed.js" data-state="v1;view=compare" data-theme="auto"
//           data-height="auto" data-compact="1" data-data="https://blog.example/careers.json" async></script>
//
// and this replaces that <script> with an <iframe> of the widget page beside it (index.html in
// the same folder). Every data-* option is optional:
//   data-state    the view a first-time reader starts on, as in a share link's fragment (after
//                 '#'); a returning reader sees their own saved progress instead
//   data-theme    auto (follow the reader's system, default), light or dark
//   data-height   auto (default: the widget says how tall it wants to be) or pixels, 360..2000
//   data-compact  1 (or true, yes, or the bare attribute): no subtitle or footer, tighter spacing
//   data-data     your own careers.json; used only from the origin of the page that embeds the
//                 widget or of the widget's own page, and served with CORS (see README, "Embedding")
//   data-font     a font-family list for the widget's text, such as "Georgia, serif": fonts the
//                 reader has installed (the frame cannot use the article's web fonts)
//   data-id       with several widgets in one article: a name for this one (a-z, 0-9, '-'), so
//                 its links stay its own even if the widgets are reordered (see widgetKey)
//
// The widget runs in its own frame: its scripts, styles and keyboard handling cannot touch the
// blog's page, and the blog's cannot break it. This file builds the frame, sizes it, and passes
// on links: Share inside the widget gives the article's address with the widget's state after
// '#career-explorer:', and opening that address opens the widget on that state.
(function () {
  'use strict';

  var MIN_HEIGHT = 360;
  var MAX_HEIGHT = 2000;
  var DEFAULT_HEIGHT = 640;  // until the widget reports (it asks for 640 narrow, 700 wide)
  // An auto-height frame never fills the reader's screen: some article always shows around it,
  // so a finger or a wheel over the page has somewhere to scroll it, and the reader sees that the
  // widget is a box inside the article.
  var MAX_SCREEN_SHARE = 0.85;
  // Not below this even on a phone held sideways (320 px of screen): the header and a few rows.
  var MIN_AUTO_HEIGHT = 200;

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
  // An option the widget cannot use is left out, and the blogger is told why in the console (the
  // reader sees the widget as it would be without it).
  function warn(option, what) {
    if (window.console) console.warn('career explorer embed: data-' + option + '="' + options[option] + '": ' + what);
  }
  var key = widgetKey();
  var LINK_PREFIX = '#career-explorer' + (key ? '-' + key : '') + ':';  // core::articleFragmentPrefix

  // An article with several widgets tells them apart, so that a shared link opens only the one it
  // came from: the blogger's data-id, else this widget's place among the article's ('' for the
  // first, as a single widget has always been; '2', '3', … after it). The place is counted in the
  // document's order, which async scripts running in any order do not change.
  function widgetKey() {
    var own = String(options.id || '').toLowerCase().replace(/[^a-z0-9-]/g, '').slice(0, 32);
    if (options.id !== undefined && own !== options.id.toLowerCase()) {
      warn('id', own ? 'a name keeps only a-z, 0-9 and "-" (at most 32): using "' + own + '"'
                     : 'ignored: a name is a-z, 0-9 and "-"');
    }
    if (own && document.querySelector('iframe[data-ce-embed="' + own + '"]')) {
      warn('id', 'another widget in this article has the same name, so a link to either opens both');
    }
    if (own) return own;
    var place = 0;
    var file = script.src.split(/[?#]/)[0];
    var embeds = document.querySelectorAll('script[src], iframe[data-ce-embed]');
    for (var i = 0; i < embeds.length; i++) {
      var other = embeds[i];
      if (other === script) continue;
      // Another snippet of this widget's, run or still to run (a run one is its frame now).
      var isEmbed = other.tagName === 'IFRAME' || other.src.split(/[?#]/)[0] === file;
      if (isEmbed && (other.compareDocumentPosition(script) & 4 /* script follows it */)) place++;
    }
    return place ? String(place + 1) : '';
  }
  // A word option as the blogger may have typed it: " Dark " is dark.
  function word(option) {
    return String(options[option] === undefined ? '' : options[option]).trim().toLowerCase();
  }
  var page = new URL('index.html', script.src);  // the widget page beside this script
  var theme = word('theme');
  if (/^(light|dark)$/.test(theme)) page.searchParams.set('theme', theme);
  else if (theme && theme !== 'auto') warn('theme', 'ignored: it is auto, light or dark (following the reader\'s system)');
  // On: 1, true, yes, or the bare attribute (data-compact); off: 0, false, no.
  var compact = word('compact');
  if (options.compact !== undefined && /^(|1|true|yes|on)$/.test(compact)) page.searchParams.set('compact', '1');
  else if (compact && !/^(0|false|no|off)$/.test(compact)) warn('compact', 'ignored: it is 1 (compact) or 0');
  // Passed on as given: the widget page itself decides whether it may use them (app.js).
  if (options.data) page.searchParams.set('data', options.data);
  if (options.font) page.searchParams.set('font', options.font.slice(0, 201));
  // State is in its own small alphabet ('~' escapes the bytes of a plan's name): anything else is
  // dropped here already. It is cut one character past the longest link the widget reads
  // (kMaxFragmentLength in src/core/share_link.h), so an overlong one is turned down as too long
  // rather than read in part. The blogger's data-state is a starting view (?start=), not a link:
  // a returning reader keeps their progress.
  function cleanState(text) {
    return String(text || '').replace(/[^A-Za-z0-9._,;=~-]/g, '').slice(0, 32769);
  }
  // A whole Share link pasted in works too: its part after '#' (and after an article's
  // "career-explorer:").
  var givenState = String(options.state || '').split('#').pop().replace(/^career-explorer[^:]*:/, '').trim();
  var state = cleanState(givenState);
  // The widget would tell every reader that "the link" could not be read: the blogger is told
  // here instead, and readers start where they would without it.
  if (state && !/^v1(;|$)/.test(state)) {
    warn('state', 'ignored: it is the part of a Share link after "#", such as v1;view=compare');
    state = '';
  } else if (state !== givenState) {
    warn('state', 'characters a link never holds were left out: using "' + state.slice(0, 100) + '"');
  }
  if (state) page.searchParams.set('start', state);
  // A link to this article with the widget's state ('#career-explorer:v1;...') opens the widget
  // on that state, as a shared link.
  function linkInArticle() {
    if (location.hash.indexOf(LINK_PREFIX) !== 0) return '';
    var text = location.hash.slice(LINK_PREFIX.length);
    try {
      text = decodeURIComponent(text);
    } catch (error) { /* keep it as it is: the widget turns down what it cannot read */ }
    // A tracker's "&utm_…" after the link is not part of it (nor of its last field).
    return cleanState(text.split(/[&?]/)[0]);
  }
  var link = linkInArticle();
  if (link) page.hash = link;

  // Pixels, with or without "px": "500", " 500 ", "500px".
  var height = word('height').replace(/px$/, '');
  var fixedHeight = /^\d+$/.test(height) ? clampHeight(Number(height)) : 0;
  if (height && height !== 'auto' && String(fixedHeight) !== height) {
    warn('height', fixedHeight ? 'a height is ' + MIN_HEIGHT + ' to ' + MAX_HEIGHT + ' pixels: using ' + fixedHeight
                               : 'ignored: it is auto or a number of pixels (sizing to the widget)');
  }

  var frame = document.createElement('iframe');
  // Before src: a widget far down the article loads when it comes near. Opened through a link
  // to it, it is what the reader came for: load it now.
  frame.loading = link ? 'eager' : 'lazy';
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
  frame.setAttribute('data-ce-embed', key);  // its place among the article's widgets (widgetKey)
  script.parentNode.replaceChild(frame, script);
  if (link && frame.scrollIntoView) frame.scrollIntoView({ block: 'start' });

  // The widget learns the article's address (for its Share links) once it has loaded. Sent to
  // the widget's origin only; the address stays in the reader's browser (no server sees it).
  function tell(message) {
    try {
      frame.contentWindow.postMessage(message, page.origin);
    } catch (error) { /* the frame is gone */ }
  }
  frame.addEventListener('load', function () {
    tell({ type: 'careerexplorer:article', url: location.href.split('#')[0], key: key });
  });
  // Another widget link opened in the same article: the widget follows it.
  window.addEventListener('hashchange', function () {
    var next = linkInArticle();
    if (next) tell({ type: 'careerexplorer:link', fragment: next });
  });
  // A blog with its own light/dark switch tells every widget on the page in one line:
  //   document.dispatchEvent(new CustomEvent('careerexplorer:theme', { detail: 'dark' }));
  // ('light', 'dark', or 'auto' for the reader's system).
  document.addEventListener('careerexplorer:theme', function (event) {
    if (/^(light|dark|auto)$/.test(String(event.detail))) tell({ type: 'careerexplorer:theme', theme: event.detail });
  });

  // A pinch-zoomed article magnifies the frame like an image: the widget is told the zoom once
  // the fingers rest, and draws its canvas at that scale so its text stays sharp. (Inside the
  // frame the zoom cannot be seen: its visual viewport's scale stays 1.)
  var viewport = window.visualViewport;
  if (viewport) {
    var zoomTimer = 0;
    var tellZoom = function () { tell({ type: 'careerexplorer:zoom', scale: viewport.scale }); };
    viewport.addEventListener('resize', function () {
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(tellZoom, 150);
    });
    frame.addEventListener('load', function () { if (viewport.scale > 1) tellZoom(); });
  }

  // Space on the widget, where the widget has nothing left to scroll, pages the article as it
  // would on the article itself: browsers pass Page Down on from a frame to the page around it,
  // but not Space. Only this very frame, at the origin it was loaded from, is believed.
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== page.origin) return;
    var data = event.data;
    if (!data || data.type !== 'careerexplorer:page' || (data.direction !== 1 && data.direction !== -1)) return;
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // A browser's own page step: seven eighths of the view.
    var step = (document.documentElement.clientHeight || window.innerHeight) * 0.875;
    window.scrollBy({ top: data.direction * step, behavior: still ? 'auto' : 'smooth' });
  });

  if (fixedHeight) return;
  // Auto height: the widget page posts {type: 'careerexplorer:height', height}. Only messages from
  // this very frame, at the origin it was loaded from, are believed. The height is kept at most
  // MAX_SCREEN_SHARE of the article's layout viewport, which (unlike innerHeight) does not change
  // while a phone's address bar slides in and out: the frame never resizes under a finger. That
  // share wins over MIN_HEIGHT: on a phone held sideways the frame is shorter than 360 px rather
  // than as tall as the screen, where a swipe would find no article to scroll.
  var wanted = DEFAULT_HEIGHT;
  var layout = '';
  function applyHeight() {
    var screen = document.documentElement.clientHeight || window.innerHeight || wanted;
    var height = Math.min(clampHeight(wanted), Math.floor(screen * MAX_SCREEN_SHARE));
    frame.style.height = Math.max(MIN_AUTO_HEIGHT, height) + 'px';
  }
  applyHeight();
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== page.origin) return;
    var data = event.data;
    if (!data || data.type !== 'careerexplorer:height' || typeof data.height !== 'number' ||
        !isFinite(data.height)) {
      return;
    }
    wanted = data.height;
    applyHeight();
  });
  // A rotation or a resized window re-measures; innerHeight's changes (a phone's address bar) do
  // not reach the layout viewport (see above).
  window.addEventListener('resize', function () {
    var size = document.documentElement.clientWidth + 'x' + document.documentElement.clientHeight;
    if (size === layout) return;
    layout = size;
    applyHeight();
  });
})();
