// The browser draws the widget's glyphs (linked with --js-library; the C++ half is
// browser_fonts.cpp, an ImGui font loader). Each glyph ImGui asks for is measured and drawn with
// the 2D canvas in the page's own font (the canvas element's CSS font-family, web/style.css), and
// its coverage is copied into ImGui's atlas. So the wasm carries no font file and no TrueType
// rasteriser, text looks like the rest of the reader's page and system, and any character the
// reader's fonts have is drawn.
//
// Sizes: ImGui's font size is a line height (what stb_truetype's ScaleForPixelHeight means), so a
// face of CSS size `em` has ascent + descent = size: em = size / (ascent + descent at 1px).

var LibraryBrowserFonts = {
  $CEFonts: {
    ctx: null,        // 2D context of an off-document canvas, read back on the CPU
    readable: false,  // whether reading it back gives what was drawn (readsBack)
    family: null,     // the canvas element's computed font-family
    faces: [null, null],  // [regular, bold]: per 1px of ImGui size: {em, ascent, descent}
    appliedFont: '',  // ctx.font as last set (setting it parses the string)
    glyph: null,      // the glyph last measured: {text, font, x0, y0, w, h}
    // Glyphs drawn and not yet read back: [x, y, w, h] each, placed on shelves.
    stage: {glyphs: [], x: 0, y: 0, rowHeight: 0, usedWidth: 0},

    context: function() {
      if (CEFonts.ctx) return CEFonts.ctx;
      var canvas = document.createElement('canvas');
      canvas.width = 1024;  // the staging area: a frame's new glyphs, read back at once
      canvas.height = 512;
      // willReadFrequently: a CPU-backed canvas; reading a GPU one back costs a round trip.
      CEFonts.ctx = canvas.getContext('2d', {willReadFrequently: true});
      if (!CEFonts.ctx) console.warn('career explorer: no 2D canvas here, so it cannot draw text');
      CEFonts.readable = !!CEFonts.ctx && CEFonts.readsBack(CEFonts.ctx);
      var element = document.getElementById('ce-canvas') || document.body;
      CEFonts.family = (element && getComputedStyle(element).fontFamily) || 'sans-serif';
      if (CEFonts.ctx) {
        // A list the canvas cannot parse leaves its font as it was (10px sans-serif).
        CEFonts.ctx.font = '400 100px ' + CEFonts.family;
        if (CEFonts.ctx.font.indexOf('100px') < 0) CEFonts.family = 'sans-serif';
        CEFonts.awaitWebFonts();
      }
      return CEFonts.ctx;
    },

    // The canvas draws a web font that has not arrived with a fallback, and does not say so.
    // Only a face the page declares (@font-face) can be missing: installed fonts are always
    // there. So the declared faces are looked at, not the whole family list: fonts.check() on
    // it looks up every family of the list among the installed fonts first, which cost 3-10 ms
    // before the first frame (the shipped style.css declares none). A face of the list that is
    // not loaded yet is asked for, and whenever one arrives (asked for here, or by the canvas
    // for a character of its unicode-range), every glyph is drawn again.
    awaitWebFonts: function() {
      var fonts = document.fonts;
      if (!fonts || !fonts.load || typeof fonts.forEach !== 'function') return;
      var wanted = CEFonts.family.split(',').map(CEFonts.familyKey);
      var ours = function(face) { return wanted.indexOf(CEFonts.familyKey(face.family)) >= 0; };
      var missing = false;
      fonts.forEach(function(face) { if (face.status !== 'loaded' && ours(face)) missing = true; });
      if (!missing) return;
      var redraw = function() {
        CEFonts.faces = [null, null];
        _ce_platform_fonts_changed();
      };
      var specs = ['400 16px ' + CEFonts.family, '600 16px ' + CEFonts.family];
      var loading = Promise.all(specs.map(function(spec) { return fonts.load(spec); }));
      if (typeof fonts.addEventListener === 'function' && 'onloadingdone' in fonts) {
        fonts.addEventListener('loadingdone', function(event) {
          if ((event.fontfaces || []).some(ours)) redraw();
        });
        loading.catch(function() { /* it never came: the fallback stays */ });
      } else {
        loading.then(redraw, function() { /* it never came: the fallback stays */ });
      }
    },

    // A family name as CSS lists it and as a FontFace names it, compared alike: no quotes, no
    // surrounding space, any case.
    familyKey: function(name) {
      return String(name).trim().replace(/^["']|["']$/g, '').toLowerCase();
    },

    // Whether the canvas gives back what was drawn on it. Some privacy settings (Tor Browser,
    // Firefox's resistFingerprinting) answer every read with blank or opaque pixels; then no
    // glyph could be read, and the widget says so instead of drawing without text. A browser
    // that only adds faint noise to the read (Brave) passes.
    readsBack: function(ctx) {
      var alpha = [];
      for (var attempt = 0; attempt < 3; attempt++) {  // a failure must not be a fluke
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, 2, 1);
        alpha = ctx.getImageData(0, 0, 4, 1).data;
        ctx.clearRect(0, 0, 4, 1);
        if (alpha[3] > 200 && alpha[7] > 200 && alpha[11] < 55 && alpha[15] < 55) return true;
      }
      console.warn('career explorer: the canvas gives back other pixels than were drawn (alpha ' +
                   Array.prototype.slice.call(alpha, 0, 16).join(',') + '), so it cannot draw text');
      return false;
    },

    setFont: function(bold, cssPx) {
      var font = (bold ? '600 ' : '400 ') + cssPx + 'px ' + CEFonts.family;
      if (font !== CEFonts.appliedFont) {
        CEFonts.ctx.font = font;
        CEFonts.appliedFont = font;
      }
    },

    face: function(bold) {
      var face = CEFonts.faces[bold];
      if (face) return face;
      var ctx = CEFonts.context();
      var ascent = 0.8, descent = 0.2;  // of the em, if the browser cannot say
      if (ctx) {
        CEFonts.setFont(bold, 100);
        var m = ctx.measureText('Hg');
        if (m.fontBoundingBoxAscent > 0 && m.fontBoundingBoxDescent >= 0) {
          ascent = m.fontBoundingBoxAscent / 100;
          descent = m.fontBoundingBoxDescent / 100;
        } else if (m.actualBoundingBoxAscent > 0) {
          // No font box (older browsers): the ink of 'Hg' with a little room above and below.
          ascent = m.actualBoundingBoxAscent * 1.15 / 100;
          descent = m.actualBoundingBoxDescent * 1.3 / 100;
        }
      }
      var em = 1 / (ascent + descent);
      face = {em: em, ascent: ascent * em, descent: descent * em};
      CEFonts.faces[bold] = face;
      return face;
    },
  },

  // Whether glyphs can be drawn here: a 2D canvas that gives back what is drawn on it.
  ce_js_fonts_usable__deps: ['$CEFonts'],
  ce_js_fonts_usable: function() {
    CEFonts.context();
    return CEFonts.readable ? 1 : 0;
  },

  // A face's ascent and descent in ImGui pixels at ImGui size `size`, into out[0], out[1].
  ce_js_font_metrics__deps: ['$CEFonts'],
  ce_js_font_metrics: function(bold, size, out) {
    var face = CEFonts.face(bold ? 1 : 0);
    HEAPF32[out >> 2] = face.ascent * size;
    HEAPF32[(out >> 2) + 1] = face.descent * size;
  },

  // Measures one character at ImGui size `size` drawn at `density` device pixels per ImGui pixel.
  // out (4 ints): the box of its ink in device pixels with the pen at (0, 0) on the baseline: x0,
  // y0, width, height (0 x 0 for a space). Returns its advance in ImGui pixels, or -1 when there
  // is nothing to draw it with.
  ce_js_font_glyph__deps: ['$CEFonts'],
  ce_js_font_glyph: function(bold, size, density, codepoint, out) {
    var ctx = CEFonts.context();
    if (!ctx || !CEFonts.readable) return -1;
    var face = CEFonts.face(bold ? 1 : 0);
    var cssPx = size * density * face.em;
    CEFonts.setFont(bold ? 1 : 0, cssPx);
    var text = String.fromCodePoint(codepoint);
    var m = ctx.measureText(text);
    var left = m.actualBoundingBoxLeft || 0, right = m.actualBoundingBoxRight || 0;
    var up = m.actualBoundingBoxAscent || 0, down = m.actualBoundingBoxDescent || 0;
    var x0 = 0, y0 = 0, w = 0, h = 0;
    if (left + right > 0 && up + down > 0) {
      // The whole pixels the ink touches, antialiased edges included (checked in Chromium over
      // 5,000 glyphs of three families: no ink outside), and no more: every pixel of a glyph's
      // quad is drawn each frame. Never larger than a few ems (a font's odd glyph must not ask
      // for a huge rectangle of the atlas).
      var limit = Math.ceil(cssPx * 4) + 2;
      x0 = Math.floor(-left);
      y0 = Math.floor(-up);
      w = Math.min(limit, Math.ceil(right) - x0);
      h = Math.min(limit, Math.ceil(down) - y0);
    }
    CEFonts.glyph = {text: text, font: CEFonts.appliedFont, x0: x0, y0: y0, w: w, h: h};
    HEAP32[out >> 2] = x0;
    HEAP32[(out >> 2) + 1] = y0;
    HEAP32[(out >> 2) + 2] = w;
    HEAP32[(out >> 2) + 3] = h;
    return m.width / density;
  },

  // Draws the glyph last measured into the staging area, beside the others drawn since the last
  // read-back: reading a canvas back is what costs, so it is done once for them all
  // (ce_js_font_read_back). Returns 0, drawing nothing, when the area has no room left for it.
  ce_js_font_stage__deps: ['$CEFonts'],
  ce_js_font_stage: function() {
    var ctx = CEFonts.ctx, glyph = CEFonts.glyph, stage = CEFonts.stage;
    if (!ctx || !glyph || glyph.w <= 0 || glyph.h <= 0) return 1;
    var canvas = ctx.canvas;
    // Shelves, left to right and top to bottom.
    if (stage.x + glyph.w > canvas.width) {
      stage.x = 0;
      stage.y += stage.rowHeight;
      stage.rowHeight = 0;
    }
    if (stage.y + glyph.h > canvas.height || glyph.w > canvas.width) {
      if (stage.glyphs.length) return 0;
      // Empty and still too small (a very large size): grow it. A new size clears a canvas and
      // resets its state, the font with it.
      canvas.width = Math.max(canvas.width, glyph.w);
      canvas.height = Math.max(canvas.height, glyph.h);
      CEFonts.appliedFont = '';
      stage.x = stage.y = stage.rowHeight = 0;
    }
    if (CEFonts.appliedFont !== glyph.font) {
      ctx.font = glyph.font;
      CEFonts.appliedFont = glyph.font;
    }
    ctx.fillStyle = '#fff';
    ctx.fillText(glyph.text, stage.x - glyph.x0, stage.y - glyph.y0);
    stage.glyphs.push([stage.x, stage.y, glyph.w, glyph.h]);
    stage.x += glyph.w;
    stage.rowHeight = Math.max(stage.rowHeight, glyph.h);
    stage.usedWidth = Math.max(stage.usedWidth, stage.x);
    return 1;
  },

  // Writes the coverage of every glyph staged since the last call, one byte a pixel, each
  // width x height as ce_js_font_glyph said, one after the other in the order they were staged,
  // to `pixels`; then empties the staging area.
  ce_js_font_read_back__deps: ['$CEFonts'],
  ce_js_font_read_back: function(pixels) {
    var ctx = CEFonts.ctx, stage = CEFonts.stage;
    if (!ctx || !stage.glyphs.length) return;
    var width = stage.usedWidth, height = stage.y + stage.rowHeight;
    var rgba = ctx.getImageData(0, 0, width, height).data;
    var out = pixels;
    stage.glyphs.forEach(function(g) {
      for (var y = 0; y < g[3]; y++) {
        var from = ((g[1] + y) * width + g[0]) * 4 + 3;
        for (var x = 0; x < g[2]; x++) HEAPU8[out++] = rgba[from + x * 4];
      }
    });
    ctx.clearRect(0, 0, width, height);
    stage.glyphs = [];
    stage.x = stage.y = stage.rowHeight = stage.usedWidth = 0;
  },
};

mergeInto(LibraryManager.library, LibraryBrowserFonts);
