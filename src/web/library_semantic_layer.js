// The operable layer over the canvas (linked with --js-library): real DOM elements — buttons,
// links, tabs, radio buttons, checkboxes, sliders, headings and text — placed over the pixels the
// widget draws, so that keyboard, screen-reader, voice and find-in-page users reach everything a
// mouse user can. The widget describes its items as it draws them (src/ui/semantics.h); this
// reconciles that list into the DOM by id, so a screen-reader user keeps their place, and sends
// the elements' events back as actions on the same items (activate, set a value, focus) — never
// as synthetic clicks on the canvas. Flutter web's semantics tree and PDF.js's text layer work
// the same way.
//
// The elements are transparent and let the pointer through (pointer-events: none, web/style.css):
// the canvas keeps mouse and touch input, except on the search and text fields and, with a mouse,
// links and text (set in the font it is drawn in, so that it is selected as on a page: update).
// DOM focus is the focus: the widget draws its focus ring
// on the item whose element has it (unless a click gave it: focusPressed).

var LibrarySemanticLayer = {
  $CELayer: {
    root: null,      // #ce-layer
    nodes: {},       // id -> element
    groups: {},      // group id -> container element (role tablist, radiogroup, listbox, menu, toolbar)
    lastJson: '',
    arrowing: false,  // while an arrow key's choice clicks a tab or radio (arrowKeys)

    tagFor: function(node) {
      switch (node.role) {
        case 'link': return 'a';
        case 'slider': return 'input';
        case 'checkbox': return 'input';
        case 'textbox': return 'input';
        case 'heading': return 'h' + Math.min(6, Math.max(2, node.level || 2));
        case 'text': return 'p';  // focusable by script only (tabindex -1): an opened explanation
        case 'textfield': return 'input';  // a real text input: a phone raises its keyboard for it
        case 'copytext': return 'textarea';
        case 'option': return 'div';
        default: return 'button';
      }
    },

    call: function(fn, id, a, b) {
      CE.withStrings([id], function(ptr) { fn(ptr, a, b); });
    },

    // A DOM id for a node's element (aria-controls and aria-activedescendant refer to ids).
    domId: function(id) { return 'ce-' + id.replace(/[^A-Za-z0-9_-]/g, function(c) { return '_' + c.charCodeAt(0).toString(16); }); },

    // The text field's text, caret and selection (in UTF-8 bytes) to the widget, drawn at once.
    sendText: function(id, el) {
      // As the widget gets it already (a pasted NUL is U+FFFD), so that the caret's bytes are
      // counted in that text.
      var value = CE.cText(el.value);
      var start = typeof el.selectionStart === 'number' ? el.selectionStart : value.length;
      var end = typeof el.selectionEnd === 'number' ? el.selectionEnd : start;
      var backward = el.selectionDirection === 'backward';
      var bytes = function(at) { return lengthBytesUTF8(value.slice(0, at)); };
      CE.withStrings([id, value], function(idPtr, textPtr) {
        _ce_semantic_text(idPtr, textPtr, bytes(backward ? start : end), bytes(backward ? end : start));
      });
    },

    // Keeps the widget's copy of a text input's text, caret and selection current: as it is
    // typed, and as the caret moves or the selection changes by pointer or key (Shift+arrows,
    // select all, a double click). A move only while it has the focus: the browser may fire
    // "select" (the select-all of a Tab into the field) a frame late, after the focus has left,
    // and the search field's list would open again with nothing there to close it.
    watchText: function(id, el) {
      var send = function() { CELayer.sendText(id, el); };
      var moved = function() { if (document.activeElement === el) send(); };
      el.addEventListener('input', send);
      el.addEventListener('click', moved);
      el.addEventListener('select', moved);
      el.addEventListener('keyup', function(e) {
        if (/^(ArrowLeft|ArrowRight|Home|End)$/.test(e.key)) moved();
      });
    },

    fieldReturn: null,  // where Escape in the text field sends the focus back to ("/" came from)
    bySlash: false,     // the field's next focus comes from "/"

    // Leaves the text field for where the focus was before "/" brought it there; otherwise the
    // focus stays in the field, whose list Escape has closed.
    leaveField: function(el) {
      var back = CELayer.fieldReturn;
      CELayer.fieldReturn = null;
      if (back && back !== el && back.isConnected) CELayer.moveFocus(back);
    },

    // Keys for the widget's whole page, unless the reader is typing in a field: the page is the
    // widget's own (alone, or in an embed's frame, which has the keys only while the reader is in
    // it), so they work from the start, before any click.
    pageKey: function(e) {
      var t = e.target;
      var typing = t && (t.isContentEditable || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' ||
                         (t.tagName === 'INPUT' && !/^(checkbox|radio|range|button|submit|reset)$/.test(t.type)));
      // Select all (Ctrl+A, Cmd+A) takes the view as text, in reading order, ready for Copy: the
      // text mirror's, as printed. The browser's own took the layer's labels, run together where
      // the canvas draws them, and showed them as faint boxes beside the drawn text. With a
      // dialog open, the dialog's own text: what is behind it is inert, as behind a page's.
      // The mirror is hidden: the view's text shows as selected where it is drawn, through a
      // highlight of the layer's text (web/style.css), until the selection leaves the mirror
      // (selectAllShown). A dialog's text is the layer's own, and shows its selection itself.
      if (/^a$/i.test(e.key) && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && !typing) {
        var all = CELayer.modal ? CELayer.dialog : document.getElementById('ce-mirror');
        if (all) {
          e.preventDefault();
          getSelection().selectAllChildren(all);
          if (window.Highlight && !CELayer.modal) {
            var range = new Range();
            range.selectNode(CELayer.root);  // (the text the layer takes in later too)
            CSS.highlights.set('ce-all', new Highlight(range));
            CELayer.allShown = true;
          }
        }
        return;
      }
      // "/" focuses the search field.
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      var field = CELayer.root && CELayer.root.querySelector('input[type="search"]');
      if (typing || !field || CELayer.modal) return;  // (an open dialog keeps the keyboard)
      e.preventDefault();
      CELayer.fieldReturn = t && t !== document.body ? t : null;
      CELayer.bySlash = true;
      field.focus({ preventScroll: true });
      CELayer.bySlash = false;  // (already focused: no focus event came)
    },

    // Ends Select all's highlight unless the selection is still the mirror's, whole: after a
    // click, a selection of the layer's text, a view whose mirror took new text (the selection
    // collapsed), or a popup opened over it (reconcile: `shown` is false). Only while it is
    // shown: reading the selection makes the browser bring style and layout up to date, which
    // made each layer update 40 % slower.
    allShown: false,
    selectAllShown: function(shown) {
      if (!CELayer.allShown) return;
      var mirror = document.getElementById('ce-mirror'), s = getSelection();
      if (!(shown && mirror && !s.isCollapsed && mirror.contains(s.anchorNode))) {
        CSS.highlights.delete('ce-all');
        CELayer.allShown = false;
      }
    },

    // Tab after a click on the canvas goes on from what was clicked, as it does on a page: the
    // next control after it (Shift+Tab: the one before), not the widget's first. What was clicked
    // is taken when the pointer goes down, before the click changes anything: the control under
    // it, or the last one before the point (above it in its column, or on its line to its left).
    // Kept until the canvas loses the focus.
    clickAt: null,
    // The layer's controls (or those `within` an element of it) in reading order: every one
    // (`all`), or only Tab's stops (a group's unchosen items are not).
    controls: function(all, within) {
      return Array.prototype.filter.call((within || CELayer.root).querySelectorAll('[data-ce-id]'), function(el) {
        return (all || el.tabIndex >= 0) && CELayer.isControl(el) && !el.closest('[inert]');
      });
    },

    // Focus the widget moves itself (to a dialog, back to an opener, to a view's title) does not
    // let the browser scroll: the canvas brings the element's item into view, and a scroll of the
    // page's own boxes would part the layer from the pixels. Yet in an embed partly outside the
    // reader's window the item can be on the canvas and still off screen; scrollIntoView on an
    // element inside the widget's box scrolls no box of this page, only the pages around the frame
    // (browsers pass it on to them), just enough to show it, as Tab's own focus does. A dialog
    // takes its place a frame or two after it took the focus: the next few updates look again.
    // Only the layer's elements: focus handed back to the canvas (a mouse user's) shows nothing new.
    moveFocus: function(el) {
      el.focus({ preventScroll: true });
      if (!CELayer.root.contains(el)) return;
      CELayer.revealing = { el: el, updates: 3 };
      CELayer.reveal();
    },
    revealing: null,
    reveal: function() {
      var it = CELayer.revealing;
      if (!it || it.el !== document.activeElement || it.updates-- <= 0) return CELayer.revealing = null;
      var box = it.el.getBoundingClientRect();
      var within = CELayer.root.getBoundingClientRect();
      if (window.parent !== window && box.height && box.top >= within.top && box.bottom <= within.bottom &&
          box.left >= within.left && box.right <= within.right) {
        it.el.scrollIntoView({ block: 'nearest' });  // (inline: 'nearest' too, by default)
      }
    },

    // A control, as opposed to text (a paragraph or heading the layer's script may focus).
    isControl: function(el) {
      return /^(BUTTON|A|INPUT|TEXTAREA)$/.test(el.tagName);
    },
    // Where a press went down: on the canvas, or on the layer's elements that take the pointer
    // (web/style.css). Text (with a mouse) is where no control is too.
    rememberClick: function(e) {
      if (!e.isPrimary || !CELayer.root) return;
      // A press on text is the browser's (it selects), and the canvas takes the focus the text
      // took once it is up (textPress until then: the focus listener below). One on the canvas
      // ends a selection of the layer's text, as on a page (the canvas, not text, would keep it).
      CELayer.textPress = /^[PH]/.test(e.target.tagName) ? e.target : null;
      if (e.target === CE.canvas) getSelection().removeAllRanges();
      var x = e.clientX, y = e.clientY;
      var hit = null, before = null, beforeInColumn = null;
      CELayer.controls(true).forEach(function(el) {
        var r = el.getBoundingClientRect();
        if (!r.width || !r.height) return;
        if (x >= r.left && x < r.right && y >= r.top && y < r.bottom) hit = el;
        else if (!hit && (r.bottom <= y || (r.top <= y && r.right <= x))) {
          before = el;
          if (r.left <= x && x < r.right) beforeInColumn = el;
        }
      });
      // What the press went to (the widget says: a menu's entry over the list under it), else
      // the topmost control at the point in reading order.
      var held = CELayer.held;
      if (held && (!held.isConnected || held.closest('[inert]'))) held = CELayer.held = null;
      hit = held || hit;
      CELayer.clickAt = { hit: hit, before: beforeInColumn || before };
      CELayer.sliderClicked = hit && hit.type === 'range' ? hit : null;
      CELayer.pointing = true;
    },
    // A mouse or pen press on a control gives it the focus, as a page's own button does in Chrome
    // and Firefox: a screen reader says what was clicked (not the canvas's image), and the
    // keyboard goes on from there. The click is still the canvas's: it lands on release, with
    // the focus already on the control, so that what it opens (a menu, a dialog, an explanation)
    // takes the focus as it does from the keyboard; the canvas does not take the press's focus.
    // (A search result, an option, takes no focus: it stays in the search field, and goes to what
    // the result opened, as after Enter. Taps keep theirs: CE.watchTouch.)
    // A list box the widget draws (a role or plan picker) is offered as the radios of a group
    // over it, which the widget does not hold: a press there gives the chosen one the focus, and
    // the arrows go on choosing from it, as after Tab.
    focusPressed: function(e) {
      var held = CELayer.held, at = CELayer.clickAt;
      if (!held && at && at.hit && at.hit.getAttribute('role') === 'radio') {
        held = at.hit.parentNode.querySelector('[aria-checked="true"]');
      }
      if (e.button || !held) return;
      e.preventDefault();
      held.focus({ preventScroll: true });
    },
    pointing: false,  // since a press, and until a key: focus that comes draws no ring
    held: null,       // the element of the item the pointer holds down (the widget's "pressed")
    // A slider clicked, tapped or dragged takes the keyboard focus once the pointer is up, as a
    // page's own slider does: the arrow keys go on moving it (a tablet may have a keyboard; a
    // range input raises no on-screen one). Not on the press: the drag belongs to the canvas.
    // (A tap's lift, which comes after the pointer's, then leaves the focus where it is.)
    sliderClicked: null,
    focusClickedSlider: function() {
      var slider = CELayer.sliderClicked;
      CELayer.sliderClicked = null;
      if (slider && slider.isConnected && !slider.closest('[inert]')) slider.focus({ preventScroll: true });
    },
    // Tab from a button whose explanation is open (a click opened it; opened from the keyboard,
    // it takes the focus at once) goes into the explanation, as to the text after its button on
    // a page. Whether it did.
    tabIntoShown: function(from, e) {
      var shown = !e.shiftKey && CELayer.nodes[from.getAttribute('data-ce-shows')];
      if (shown) {
        e.preventDefault();
        shown.focus();
      }
      return !!shown;
    },
    tabFromClick: function(e) {
      var at = CELayer.clickAt;
      CELayer.pointing = false;  // (a key: the focus it moves has the ring)
      if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || !CELayer.root) return;
      if (CELayer.modal) {
        // A dialog the mouse opened leaves the focus on the canvas: Tab goes to its safe choice
        // (Cancel, Close), never first to what it confirms.
        var safe = CELayer.root.querySelector('[data-ce-id="dialog/close"]');
        if (safe && safe.tabIndex >= 0) {
          e.preventDefault();
          safe.focus();
        }
        return;
      }
      if (!at) return;
      CELayer.clickAt = null;
      if (at.hit && CELayer.tabIntoShown(at.hit, e)) return;
      var stops = CELayer.controls(false);
      // A menu the mouse opened closes as the focus moves on, as one opened from the keyboard does.
      if (CELayer.root.querySelector('[role="menu"]')) _ce_semantic_key(1);
      var from = at.hit || at.before;
      var viaTitle = false;
      if (from && !from.isConnected) {
        // What was clicked went (the click opened another view): on from the new view's title.
        from = CELayer.root.querySelector('h2');
        viaTitle = true;
      }
      var after = function(el) { return from.compareDocumentPosition(el) & 4; };  // follows `from`
      var to = null;
      if (!from) {
        to = e.shiftKey ? null : stops[0];  // nothing before the point: Tab to the first control
      } else if (e.shiftKey) {
        // Before what was clicked; after a blank click, the control just before the point.
        var earlier = stops.filter(function(el) { return el === from ? !at.hit && !viaTitle : !after(el); });
        to = earlier[earlier.length - 1];
      } else {
        to = stops.filter(function(el) { return el !== from && after(el); })[0];
      }
      if (to) {
        e.preventDefault();
        to.focus();
      } else if (stops.length) {
        // Past the widget's last control (or before its first): from there the browser's own Tab
        // goes on to the page.
        stops[e.shiftKey ? 0 : stops.length - 1].focus({ preventScroll: true });
      }
    },

    make: function(node) {
      var tag = CELayer.tagFor(node);
      var el = document.createElement(tag);
      el.setAttribute('data-ce-id', node.id);
      if (tag === 'button') {
        el.type = 'button';
        if (node.role === 'tab') el.setAttribute('role', 'tab');
        if (node.role === 'radio') el.setAttribute('role', 'radio');
        if (node.role === 'menuitem') el.setAttribute('role', 'menuitem');
        el.addEventListener('click', function(e) {
          e.preventDefault();
          CELayer.call(_ce_semantic_action, node.id, CELayer.arrowing ? 2 : 0, 0);
        });
        // A menu button opens its menu with ArrowDown as with Enter (ARIA Authoring Practices),
        // at its first entry; not an arrow on through its toolbar.
        if (node.expanded !== undefined) {
          el.addEventListener('keydown', function(e) {
            if (e.key !== 'ArrowDown' || e.altKey || e.ctrlKey || e.metaKey || el.getAttribute('aria-expanded') === 'true') return;
            e.preventDefault();
            e.stopPropagation();
            el.click();
          });
        }
      } else if (tag === 'a') {
        el.target = '_blank';
        el.rel = 'noopener noreferrer';
      } else if (node.role === 'textfield') {
        // The combobox pattern (ARIA Authoring Practices): the focus stays in the field, the
        // highlighted option is its aria-activedescendant; the canvas draws text, caret and list.
        el.type = 'search';
        el.setAttribute('role', 'combobox');
        el.setAttribute('aria-autocomplete', 'list');
        el.setAttribute('autocomplete', 'off');
        el.setAttribute('autocapitalize', 'off');
        el.setAttribute('enterkeyhint', 'go');
        el.spellcheck = false;
        CELayer.watchText(node.id, el);
        // Only "/" is a trip to the field and back: come to by Tab or a tap, the field keeps the
        // focus when Escape closes its list, as a combobox does.
        el.addEventListener('focus', function() {
          if (!CELayer.bySlash) CELayer.fieldReturn = null;
          CELayer.bySlash = false;
        });
        el.addEventListener('keydown', function(e) {
          var key = { ArrowDown: 1, ArrowUp: 2, Enter: 3, Escape: 4 }[e.key];
          if (!key || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
          e.preventDefault();  // (Escape would also empty a search input)
          e.stopPropagation();
          CELayer.call(_ce_semantic_field_key, node.id, key, 0);
          if (key === 4) CELayer.leaveField(el);
        });
        // Its list closes when the focus leaves the widget too (Shift+Tab past the first control,
        // a click on the page around an embed, another window), as a combobox's does; not for a
        // click or tap on the canvas, which may be on a result. (Tab to another of the layer's
        // controls closes it in the widget: SemanticLayer::focusMovedOn.)
        el.addEventListener('blur', function(e) {
          if (e.relatedTarget && e.relatedTarget.id === 'ce-canvas') return;
          if (e.relatedTarget && CELayer.root.contains(e.relatedTarget)) return;
          CELayer.call(_ce_semantic_field_key, node.id, 4, 0);
        });
      } else if (node.role === 'copytext') {
        // Text to copy by hand: all of it is selected whenever the reader comes to it (a click
        // or tap, the keyboard), so the browser's own copy takes it — its keys, its context menu,
        // a long press — where the widget cannot reach the clipboard. The canvas draws the box.
        el.readOnly = true;
        el.setAttribute('autocomplete', 'off');
        el.spellcheck = false;
        var all = function() { el.select(); };
        el.addEventListener('focus', all);
        el.addEventListener('mouseup', function(e) { e.preventDefault(); all(); });
        el.addEventListener('copy', function() { CELayer.call(_ce_semantic_action, node.id, 0, 0); });
      } else if (node.role === 'option') {
        el.setAttribute('role', 'option');
        el.id = CELayer.domId(node.id);
        el.addEventListener('click', function(e) {
          e.preventDefault();
          CELayer.call(_ce_semantic_action, node.id, 0, 0);
        });
      } else if (tag === 'input' && node.role === 'checkbox') {
        el.type = 'checkbox';
        el.addEventListener('change', function() {
          CELayer.call(_ce_semantic_action, node.id, 0, 0);
        });
      } else if (tag === 'input' && node.role === 'textbox') {
        // A real text field: the soft keyboard, dictation and screen readers type here, and the
        // widget draws what it holds. Enter confirms, as in the canvas's own field.
        el.type = 'text';
        el.autocomplete = 'off';
        el.spellcheck = false;
        CELayer.watchText(node.id, el);
        el.addEventListener('keydown', function(e) {
          if (e.key === 'Enter') {
            e.preventDefault();
            CELayer.call(_ce_semantic_action, node.id, 0, 0);
          }
        });
      } else if (tag === 'input') {
        el.type = 'range';
        el.addEventListener('input', function() {
          CELayer.call(_ce_semantic_action, node.id, 1, Number(el.value) | 0);
        });
      }
      var byScript = tag === 'p' || tag.charAt(0) === 'h';
      if (byScript) el.tabIndex = -1;
      if (byScript || tag === 'button' || tag === 'a' || tag === 'input' || tag === 'textarea') {
        // The ring is for keyboard focus (:focus-visible), not for a link clicked with the mouse.
        // Text that the layer's script focuses (a new view's title) has it after a key too.
        var ring = false;
        el.addEventListener('focus', function() {
          if (CELayer.textPress === el) return;  // the canvas takes it once the press is up
          var visible = true;
          try { visible = el.matches(':focus-visible'); } catch (err) { /* older browsers: show it */ }
          // Not after a press on the canvas, which is a click's focus (a script's focus in its
          // handlers would take the ring from an earlier key); text fields and text to copy
          // (drawn selected while focused) show it however the focus came.
          ring = visible && !CELayer.pointing || /^(textarea|text|search)$/.test(el.type);
          // The widget hears of every focus: the keys it handles act on the focused item.
          CELayer.call(_ce_semantic_focus, node.id, 1, ring ? 0 : 1);
        });
        // Focused by a click (a slider) and then used from the keyboard: the ring comes now.
        el.addEventListener('keydown', function(e) {
          if (ring || e.key === 'Tab' || document.activeElement !== el) return;
          ring = true;
          CELayer.call(_ce_semantic_focus, node.id, 1, 0);
        });
        el.addEventListener('blur', function() {
          ring = false;
          CELayer.call(_ce_semantic_focus, node.id, 0, 0);
        });
      }
      return el;
    },

    // Brings one element up to date with its node. Only what changed is written: the DOM is
    // touched once per real change, and the screen reader's cursor stays where it was.
    update: function(el, node) {
      function set(name, value) {
        if (value === null || value === undefined || value === false) {
          if (el.hasAttribute(name)) el.removeAttribute(name);
        } else if (el.getAttribute(name) !== String(value)) {
          el.setAttribute(name, String(value));
        }
      }
      var role = node.role;
      if (role === 'slider') {
        set('min', node.min);
        set('max', node.max);
        if (el.value !== String(node.value)) el.value = String(node.value);
        set('aria-valuetext', node.valueText);
        set('aria-label', node.label);
      } else if (role === 'checkbox') {
        el.checked = !!node.checked;
        set('aria-label', node.label);
      } else if (role === 'textfield') {
        // Only what the widget changed (it empties the field when a result opens): rewriting the
        // same text would move the reader's caret.
        if (el.value !== node.text) el.value = node.text;
        set('aria-label', node.label);
        // (aria-expanded is set below with aria-controls, once the list is known to be there.)
      } else if (role === 'copytext') {
        if (el.value !== node.text) el.value = node.text;
        set('aria-label', node.label);
      } else if (role === 'textbox') {
        // Never under the reader's fingers: while they type, the field's own value is the truth.
        if (document.activeElement !== el && el.value !== node.text) el.value = node.text || '';
        set('aria-label', node.label);
        set('maxlength', node.max || null);
        set('aria-invalid', node.invalid ? 'true' : null);
      } else if (el.textContent !== node.label) {
        el.textContent = node.label;
        // Its text ends in a line break, so that text copied across elements keeps its lines
        // (the browser runs absolutely placed boxes' text together: a chart's bars, "Entry pay:
        // …Mid pay: …"). A last <br> adds no line; hidden, it adds nothing to a name.
        var br = document.createElement('br');
        br.ariaHidden = 'true';
        el.append(br);
      }
      if (role === 'tab' || role === 'option') set('aria-selected', node.checked ? 'true' : 'false');
      if (role === 'radio') set('aria-checked', node.checked ? 'true' : 'false');
      if (role === 'link') set('href', node.href);
      if (role === 'tab' || role === 'radio') set('tabindex', node.checked ? '0' : '-1');
      // A menu's entries are reached by the arrow keys (arrowKeys), not by Tab, which leaves it.
      if (role === 'menuitem') set('tabindex', '-1');
      if (node.tabStop) set('tabindex', '0');  // a box of text the keyboard scrolls
      if (role === 'button' && node.expanded !== undefined) {  // a button that opens a menu
        set('aria-haspopup', 'menu');
        set('aria-expanded', node.expanded ? 'true' : 'false');
      }
      if (node.shows !== undefined) {  // a button that opens an explanation
        set('aria-expanded', node.shows ? 'true' : 'false');
        set('data-ce-shows', node.shows || null);  // its first item while open (tabFromClick)
      }
      set('aria-disabled', node.disabled ? 'true' : null);
      set('aria-description', node.description);  // (what is wrong with a name, why an entry is off)
      var style = el.style;
      // Text is set in the face, size and line height it is drawn in, one pixel wider than its
      // longest line (rounded), so that it wraps where the canvas wraps it: a selection or a
      // find's match is highlighted on the drawn words (web/style.css).
      if (node.px) {  // (as CEFonts.setFont sets the glyphs' font, with the line's height)
        var font = (node.bold ? '600 ' : '400 ') + node.px * CEFonts.face(node.bold ? 1 : 0).em + 'px/' + node.px + 'px ' + CEFonts.family;
        if (el.ceFont !== font) style.font = el.ceFont = font;
      }
      // The search field, text and links take the pointer (web/style.css), but the field not
      // under an open dialog (its taps belong to the dialog's backdrop), and text and links not
      // while a popup is open, which may lie over them (its own, "top", excepted: an explanation's
      // words are selected as a page's): the canvas takes it there, as it draws the popup.
      // (Nor does a selection show there: web/style.css, .ce-under.)
      var pointer = (role === 'textfield' ? CELayer.modal : CELayer.popup && !node.top) ? 'none' : '';
      if (style.pointerEvents !== pointer) el.classList.toggle('ce-under', !!(style.pointerEvents = pointer));
      // Cut to what the canvas shows of it (a pane scrolled it partly or wholly out): nothing
      // scrolled out lies over the header, takes its clicks or shows a selection there.
      var clip = node.clip ? 'inset(' + node.clip.join('px ') + 'px)' : '';
      if (el.ceClip !== clip) style.clipPath = el.ceClip = clip;
      var left = node.x + 'px', top = node.y + 'px', width = Math.max(1, node.w + (node.px ? 1 : 0)) + 'px', height = Math.max(1, node.h) + 'px';
      if (style.left !== left) style.left = left;
      if (style.top !== top) style.top = top;
      if (style.width !== width) style.width = width;
      if (style.height !== height) style.height = height;
    },

    groupFor: function(node) {
      var group = CELayer.groups[node.group];
      if (!group) {
        group = CELayer.groups[node.group] = document.createElement('div');
        group.setAttribute('role', {tab: 'tablist', option: 'listbox', menuitem: 'menu', button: 'toolbar',
                                    text: 'toolbar'}[node.role] || 'radiogroup');
        group.id = CELayer.domId(node.group);
        group.setAttribute('data-ce-group', node.group);
        // Arrow keys move within a group, as the ARIA Authoring Practices describe.
        group.addEventListener('keydown', function(e) { CELayer.arrowKeys(group, e); });
        // A toolbar is one Tab stop: the button last focused in it (CELayer.rove).
        if (group.getAttribute('role') === 'toolbar') {
          group.addEventListener('focusin', function(e) {
            var id = e.target.getAttribute && e.target.getAttribute('data-ce-id');
            if (id && e.target.tagName === 'BUTTON') group.setAttribute('data-current', id);
            CELayer.rove(group);
          });
        }
        // A menu closes when the focus leaves it (Tab goes on past it, as from a menu button).
        if (node.role === 'menuitem') {
          group.addEventListener('focusout', function(e) {
            // (Not when the layer moves it: a dialog an entry opened gives it back to the button;
            // nor for a copy's moment in a text area: library_career_explorer.js.)
            if (CELayer.moving || CE.copying || group.contains(e.relatedTarget) || !e.relatedTarget) return;
            CELayer.returnTo = null;  // it went somewhere itself: nothing to give it back to
            CELayer.call(_ce_semantic_action, 'menu/close', 0, 0);
          });
        }
      }
      if (group.getAttribute('aria-label') !== node.groupLabel) group.setAttribute('aria-label', node.groupLabel || '');
      return group;
    },

    arrowKeys: function(group, e) {
      var next = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
      // With Alt, Ctrl or Cmd they are the browser's (Alt+Left is Back; Ctrl+Home the page's top),
      // as a page's own tabs and radio buttons leave them.
      if ((!next && e.key !== 'Home' && e.key !== 'End') || e.altKey || e.ctrlKey || e.metaKey) return;
      var toolbar = group.getAttribute('role') === 'toolbar';
      var items = toolbar ? CELayer.toolbarButtons(group) : Array.prototype.slice.call(group.children);
      var at = items.indexOf(document.activeElement);
      if (at < 0) return;
      var to = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : (at + next + items.length) % items.length;
      e.preventDefault();
      var role = group.getAttribute('role');
      // Tabs and radios: the item the focus comes to is the chosen one as it arrives, so that a
      // screen reader says it chosen, not "not selected" until the widget's next frame confirms it.
      if (role !== 'menu' && !toolbar) {
        items.forEach(function(el) { el.setAttribute(role === 'tablist' ? 'aria-selected' : 'aria-checked', el === items[to]); });
      }
      items[to].focus();
      if (role === 'menu' || toolbar) return;
      // Tabs and radios follow the focus; the widget hears that an arrow chose (kind 2), so that a
      // run of arrows through the roles or the views is one step in the history, not one each.
      CELayer.arrowing = true;
      try {
        items[to].click();
      } finally {
        CELayer.arrowing = false;
      }
    },

    // A toolbar's buttons (its text is read in place, not focused), and its one Tab stop: the
    // button last focused in it, else its first.
    toolbarButtons: function(group) {
      return Array.prototype.filter.call(group.children, function(el) { return el.tagName === 'BUTTON'; });
    },
    rove: function(group) {
      var buttons = CELayer.toolbarButtons(group);
      var current = group.getAttribute('data-current');
      var stop = buttons.filter(function(el) { return el.getAttribute('data-ce-id') === current; })[0] || buttons[0];
      buttons.forEach(function(el) {
        var index = el === stop ? '0' : '-1';
        if (el.getAttribute('tabindex') !== index) el.setAttribute('tabindex', index);
      });
    },

    // What the layer costs the page (the JS API's layerStats(), printed by bench/web/layer.mjs).
    stats: { updates: 0, totalMs: 0, worstMs: 0, nodes: 0 },

    returnTo: null,  // the element focused when a menu or dialog took the focus
    moving: false,   // while the layer moves the focus itself (reconcile)
    modal: '',       // while a dialog is open: the prefix of its nodes' ids ("dialog/")
    // While a modal dialog is open, the element with the dialog role that holds its nodes (the
    // ones the widget marks "dialog"); everything else in the layer is inert meanwhile, so that
    // neither Tab nor a screen reader's reading cursor wanders behind it.
    dialog: null,
    panel: null,  // the element with the tabpanel role that holds the view's nodes

    // Tab and Shift+Tab cycle through the open dialog's controls: the page behind it is inert.
    keepInDialog: function(e) {
      var dialog = CELayer.dialog;
      if (!dialog || !dialog.parentNode) return;
      var inside = CELayer.controls(false, dialog);
      if (!inside.length) return;
      var at = inside.indexOf(document.activeElement);
      var to = e.shiftKey ? (at <= 0 ? inside.length - 1 : at - 1) : (at + 1) % inside.length;
      e.preventDefault();
      inside[to].focus();
    },

    // Focuses the element nearest `from` in `order` (the layer's elements in reading order) that
    // is still wanted (`kept`: ids) and reachable by Tab, before it first, else after; the layer
    // itself when there is none.
    focusNear: function(order, from, kept) {
      var at = order.indexOf(from);
      var usable = function(el) {
        return el && el !== from && kept[el.getAttribute('data-ce-id')] && el.isConnected && el.tabIndex >= 0 &&
               !el.closest('[inert]');
      };
      for (var step = 1; at >= 0 && step < order.length; step++) {
        var candidate = usable(order[at - step]) ? order[at - step] : usable(order[at + step]) ? order[at + step] : null;
        if (candidate) {
          CELayer.moveFocus(candidate);
          return;
        }
      }
      CELayer.root.focus({ preventScroll: true });
    },

    reconcile: function(json) {
      if (json === CELayer.lastJson || !CELayer.root) return;
      CELayer.lastJson = json;
      var layer;
      try { layer = JSON.parse(json); } catch (err) { return; }
      var list = layer.nodes || [];
      CELayer.modal = layer.modal || '';
      CELayer.popup = layer.popup;  // a popup is open (a menu, an explanation, a list, a dialog): update
      // Select all's highlight ends under a popup (the canvas draws it over the highlight), and
      // once the mirror took a new view's text: the selection collapsed, and browsers send no
      // selectionchange for that (the mirror is rewritten before the layer, main.cpp).
      CELayer.selectAllShown(!layer.popup);
      var seen = {};
      var wantedGroups = {};
      var inDialog = false;    // whether a modal dialog is open (it drew nodes)
      var dialogLabel = null;  // its first text (its title) names it
      var dialogText = null;   // the text after the title (what it asks or warns of) describes it
      list.forEach(function(node) {
        seen[node.id] = true;
        if (node.group) wantedGroups[node.group] = true;
        if (!node.dialog) return;
        inDialog = true;
        if (node.role !== 'text' && node.role !== 'heading') return;
        if (dialogLabel === null) dialogLabel = node.label;
        else if (dialogText === null && node.role === 'text') dialogText = node.id;
      });
      var root = CELayer.root;
      // Who has the focus now: removing or making it inert would send it to the page's body.
      var focused = document.activeElement;
      var focusedId = focused && focused.getAttribute ? focused.getAttribute('data-ce-id') : null;
      var inLayer = !!focused && root.contains(focused);
      // The focused element about to go: the layer's elements in their reading order as they were,
      // to find the nearest one that stays (focusNear).
      var before = focusedId && !seen[focusedId] ? Array.prototype.slice.call(root.querySelectorAll('[data-ce-id]')) : null;
      var lost = null;  // the focused element that went
      var lostInDialog = false;  // and whether a dialog went with it (its answer was given)
      // What is gone goes first: then everything that stays is already in order or moved past, and
      // an element that stays in place (the focused one) is never moved — a move would blur it.
      Object.keys(CELayer.nodes).forEach(function(id) {
        if (seen[id]) return;
        var el = CELayer.nodes[id];
        if (el === focused) {
          lost = el;
          lostInDialog = !!CELayer.dialog && CELayer.dialog.contains(el);
        }
        if (el.parentNode) el.parentNode.removeChild(el);
        delete CELayer.nodes[id];
      });
      Object.keys(CELayer.groups).forEach(function(id) {
        if (wantedGroups[id]) return;
        var group = CELayer.groups[id];
        if (group.parentNode) group.parentNode.removeChild(group);
        delete CELayer.groups[id];
      });
      var seenGroups = {};
      // Each container's next place (the root, the dialog, the view's panel, a group), in reading
      // order. An element already in its place is never moved: a move would blur the focused one.
      var cursors = new Map();
      var place = function(parent, el) {
        var at = cursors.get(parent) || 0;
        if (parent.children[at] !== el) parent.insertBefore(el, parent.children[at] || null);
        cursors.set(parent, at + 1);
      };
      var dialog = null;
      if (inDialog) {
        dialog = CELayer.dialog;
        if (!dialog) {
          dialog = CELayer.dialog = document.createElement('div');
          dialog.setAttribute('role', 'dialog');
          dialog.setAttribute('aria-modal', 'true');
        }
        if (dialog.getAttribute('aria-label') !== (dialogLabel || '')) dialog.setAttribute('aria-label', dialogLabel || '');
      } else if (CELayer.dialog && CELayer.dialog.parentNode) {
        CELayer.dialog.parentNode.removeChild(CELayer.dialog);
      }
      // The view's own nodes (layer.panel: the first and the one past the last) are the tab
      // panel of the view tab chosen: a screen reader says where the view starts, and the tab
      // names what it controls.
      var range = layer.panel || [0, 0];
      var panel = CELayer.panel;
      if (!panel) {
        panel = CELayer.panel = document.createElement('div');
        panel.setAttribute('role', 'tabpanel');
        panel.id = 'ce-view';
      }
      var newHeading = null;  // the first heading this update made: what a new place starts with
      list.forEach(function(node, i) {
        var el = CELayer.nodes[node.id];
        if (!el || el.tagName.toLowerCase() !== CELayer.tagFor(node)) {
          if (el && el.parentNode) el.parentNode.removeChild(el);
          el = CELayer.nodes[node.id] = CELayer.make(node);
          if (!newHeading && node.role === 'heading') newHeading = el;
        }
        CELayer.update(el, node);
        // The dialog's nodes go in its element, the view's in its panel: each takes the place of
        // its first node.
        var host = node.dialog && dialog ? dialog : i >= range[0] && i < range[1] ? panel : root;
        if (host !== root && !cursors.has(host)) {
          place(root, host);
          cursors.set(host, 0);
        }
        if (node.group) {
          var group = CELayer.groupFor(node);
          if (!seenGroups[node.group]) {
            seenGroups[node.group] = true;
            place(host, group);
          }
          place(group, el);  // in drawing order within the group
          return;
        }
        place(host, el);
      });
      if (!cursors.has(panel) && panel.parentNode) panel.parentNode.removeChild(panel);
      var tabs = root.querySelectorAll('[role="tab"]');
      Array.prototype.forEach.call(tabs, function(tab) {
        var controls = !!panel.parentNode && tab.getAttribute('aria-selected') === 'true';
        if (controls) {
          tab.id = CELayer.domId(tab.getAttribute('data-ce-id'));
          if (panel.getAttribute('aria-labelledby') !== tab.id) panel.setAttribute('aria-labelledby', tab.id);
        }
        if (controls !== tab.hasAttribute('aria-controls')) {
          if (controls) tab.setAttribute('aria-controls', panel.id);
          else tab.removeAttribute('aria-controls');
        }
      });
      Object.keys(seenGroups).forEach(function(id) {
        var group = CELayer.groups[id];
        if (group.getAttribute('role') === 'toolbar') CELayer.rove(group);
      });
      if (dialog) {
        var described = dialogText && CELayer.nodes[dialogText];
        if (described) described.id = CELayer.domId(dialogText);
        var describedBy = described ? described.id : null;
        if (dialog.getAttribute('aria-describedby') !== describedBy) {
          if (describedBy) dialog.setAttribute('aria-describedby', describedBy);
          else dialog.removeAttribute('aria-describedby');
        }
      }
      // Behind an open dialog, the rest of the layer is inert (the aria-modal of a dialog that
      // is not a <dialog> element is only a hint to screen readers).
      Array.prototype.forEach.call(root.children, function(child) {
        var inert = !!dialog && child !== dialog;
        if (child.hasAttribute('inert') !== inert) {
          if (inert) child.setAttribute('inert', '');
          else child.removeAttribute('inert');
        }
      });
      // The focused element went: not lost to the page, but back to where it was before a menu or
      // dialog took it, or to the nearest element that stays (once nothing it could go to is inert).
      // A menu entry that opened a dialog went with its menu: the dialog takes the focus below,
      // and gives it back to the menu's button, where the menu had it from.
      var handOn = null;
      if (lost) {
        var back = CELayer.returnTo;
        CELayer.returnTo = null;
        if (back && back.isConnected && !back.closest('[inert]')) CELayer.moveFocus(back);
        else if (back && back.isConnected && dialog) handOn = back;
        // What the reader acted on opened another place (a view, a plan from Compare): its title.
        // Not after a dialog's answer: the reader goes back to where they opened it, or near it
        // (its opener may have gone with what the dialog deleted).
        else if (newHeading && !lostInDialog && !newHeading.closest('[inert]')) CELayer.moveFocus(newHeading);
        else CELayer.focusNear(before, before.indexOf(back) >= 0 ? back : lost, seen);
      }
      // The layer holds the view's text in reading order: the text mirror would make a screen
      // reader meet it twice. It stays readable while the layer is empty (a failure, loading).
      var mirror = document.getElementById('ce-mirror');
      if (mirror) {
        if (list.length) mirror.setAttribute('aria-hidden', 'true');
        else mirror.removeAttribute('aria-hidden');
      }
      CELayer.held = CELayer.nodes[layer.pressed] || null;
      // A text field's list and highlighted option, once both are in place.
      list.forEach(function(node) {
        if (node.role !== 'textfield') return;
        var el = CELayer.nodes[node.id];
        var listEl = node.expanded && CELayer.groups[node.controls];
        var option = node.expanded && node.active && CELayer.nodes[node.active];
        function set(name, value) {
          if (!value) { if (el.hasAttribute(name)) el.removeAttribute(name); }
          else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
        }
        // Expanded only while there is a list to arrow through: "no match" is a line of text, not
        // an empty listbox, and an expanded combobox must name the list it controls.
        set('aria-expanded', listEl ? 'true' : 'false');
        set('aria-controls', listEl ? listEl.id : null);
        set('aria-activedescendant', option ? option.id : null);
      });
      // A radio group with nothing chosen yet ("I work as …" before a choice) is reached by Tab
      // at its first radio, as the ARIA Authoring Practices describe.
      Object.keys(seenGroups).forEach(function(id) {
        var group = CELayer.groups[id];
        if (group.getAttribute('role') !== 'radiogroup' || group.querySelector('[aria-checked="true"]')) return;
        if (group.firstElementChild) group.firstElementChild.setAttribute('tabindex', '0');
      });
      // Only for someone already in the layer (keyboard, screen reader): a mouse user's focus
      // stays on the canvas, whose blur would close the very menu that opened.
      // A text field that a dialog asks for takes the focus from the canvas too (a mouse opened
      // the dialog): what the reader types next is the name, caret at its end.
      // (Who had it before this update: an element made inert behind a dialog has lost it since.)
      var target = layer.focus && CELayer.nodes[layer.focus];
      var active = document.activeElement;
      var typing = target && target.type === 'text';
      if (target && active !== target &&
          (root.contains(active) || inLayer || (typing && active && active.id === 'ce-canvas'))) {
        var from = inLayer && focused.isConnected ? focused : active;
        // From an entry of a menu (which closes): back to the menu's own button, later.
        if (from && from.closest && from.closest('[role="menu"]') && CELayer.returnTo) from = CELayer.returnTo;
        CELayer.returnTo = handOn || from;
        CELayer.moving = true;
        try {
          CELayer.moveFocus(target);
        } finally {
          CELayer.moving = false;
        }
        if (typing) target.setSelectionRange(target.value.length, target.value.length);
      } else {
        // A tap chose something that is no Tab stop, or is gone since, and the widget asked for
        // another's focus (a search result, and the role or skill it opened): Tab goes on from
        // that one, as from what was tapped. (A click's focus stayed in the layer: focusPressed.)
        var at = CELayer.clickAt;
        if (target && at && (!at.hit || !at.hit.isConnected) && active && active.id === 'ce-canvas' &&
            !target.closest('[role="menu"], [role="dialog"]')) {
          CELayer.clickAt = { hit: target, before: null };
        }
        if (CELayer.revealing) CELayer.reveal();  // where the element moved to in this update
      }
    },
  },

  ce_js_semantics__deps: ['$CELayer', '$CE', '$CEFonts', 'malloc', 'free'],
  ce_js_semantics: function(jsonPtr) {
    if (!CELayer.root) {
      CELayer.root = document.getElementById('ce-layer');
      if (!CELayer.root) return;
      CE.emptied.push(CELayer.root);  // destroy() takes the layer away
      // A key ends a click's quiet focus before anything handles it (the arrows move the focus).
      CE.listen(CELayer.root, 'keydown', function() { CELayer.pointing = false; }, true);
      // Keys on the layer that the widget uses itself: Escape closes, paging keys scroll.
      CE.listen(CELayer.root, 'keydown', function(e) {
        if (e.key === 'Tab' && CELayer.modal) CELayer.keepInDialog(e);
        else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) CELayer.tabIntoShown(e.target, e);
        var code = { Escape: 1, PageUp: 2, PageDown: 3 }[e.key];
        // Space pages too, as on a page, where it does not activate: on the text an explanation
        // moved the focus to, or a heading.
        if (e.key === ' ' && !CELayer.isControl(e.target)) code = e.shiftKey ? 2 : 3;
        if (!code || e.altKey || e.ctrlKey || e.metaKey) return;
        if (code > 1 && e.target.type === 'range') return;  // a slider pages itself
        if (code > 1 && e.target.type === 'text') return;  // so does a text field's caret
        // At the end of what it scrolls, a page key goes on to the page (no trap).
        if (_ce_semantic_key(code) || (code > 1 && CE.pageArticle(e))) e.preventDefault();
      });
      CE.listen(document, 'keydown', CELayer.pageKey);
      CE.listen(document, 'selectionchange', CELayer.selectAllShown);

      // The layer never scrolls (web/style.css): its elements stand where the canvas draws them.
      var unscroll = function(e) {
        if (e.target.scrollTop || e.target.scrollLeft) e.target.scrollTop = e.target.scrollLeft = 0;
      };
      CE.listen(CELayer.root, 'scroll', unscroll);
      // A press on the layer's own elements counts as one on the canvas (rememberClick); after
      // one on text, the canvas takes the focus once the press is up (not during it: a focus
      // moved then would end the selection the press starts).
      CE.listen(CELayer.root, 'pointerdown', CELayer.rememberClick);
      CE.listen(document, 'pointerup', function() {
        var text = CELayer.textPress;
        CELayer.textPress = null;
        if (text && document.activeElement === text) CE.canvas.focus({ preventScroll: true, focusVisible: false });
      });
      // Links and text are the only elements a mouse reaches but the fields (web/style.css): the
      // wheel over them still scrolls the widget, as over the rest of the canvas, and the page
      // where the widget cannot.
      CE.listen(CELayer.root, 'wheel', function(e) {
        if (!/^[APH]/.test(e.target.tagName)) return;  // a, p, h2-h4
        var copy = new WheelEvent('wheel', e);
        CE.canvas.dispatchEvent(copy);
        if (copy.defaultPrevented) e.preventDefault();
      }, { passive: false });
      if (CELayer.root.parentNode) CE.listen(CELayer.root.parentNode, 'scroll', unscroll);
      var canvas = CE.canvas;  // (ce_js_platform_init's, before any frame)
      if (canvas) {
        CE.listen(canvas, 'pointerdown', CELayer.rememberClick);
        CE.listen(canvas, 'mousedown', CELayer.focusPressed);
        CE.listen(canvas, 'pointerup', CELayer.focusClickedSlider);
        CE.listen(canvas, 'pointercancel', function() { CELayer.sliderClicked = null; });
        CE.listen(canvas, 'keydown', CELayer.tabFromClick);
        CE.listen(canvas, 'blur', function() { CELayer.clickAt = null; });
      }
    }
    var start = performance.now();
    CELayer.reconcile(UTF8ToString(jsonPtr));
    var ms = performance.now() - start;
    var stats = CELayer.stats;
    stats.updates += 1;
    stats.totalMs += ms;
    stats.worstMs = Math.max(stats.worstMs, ms);
    stats.nodes = Object.keys(CELayer.nodes).length;
    Module['layerStats'] = function() { return Object.assign({}, CELayer.stats); };
  },
};

mergeInto(LibraryManager.library, LibrarySemanticLayer);
