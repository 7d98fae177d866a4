// Functions implemented in JavaScript (library_career_explorer.js) and called from C++.
// Strings are UTF-8 and only read during the call.
#pragma once

extern "C" {

// Installs the DOM listeners the widget uses (keys, wheel, focus, pointer, touch, resize + DPR,
// intersection, page visibility, colour scheme, history, storage) for the canvas with this id,
// and reports the canvas size, colour scheme and page visibility at once. They call back the
// ce_platform_* exports.
void ce_js_platform_init(const char* canvasId);
// Removes what ce_js_platform_init installed.
void ce_js_platform_shutdown(void);

// Whether the primary pointer is coarse (a finger): CSS `(pointer: coarse)`.
int ce_js_coarse_pointer(void);

// Gives the canvas's backing store the size last measured (ce_platform_resize reported it).
// Called just before a frame is drawn: setting a canvas's size clears it, so the canvas is never
// shown cleared between a resize and the frame that fills it, and at start-up the page has no
// full-size blank canvas to composite before the first frame.
void ce_js_apply_canvas_size(void);

// Whether the reader is on macOS/iOS, where Cmd takes the role of Ctrl in shortcuts.
int ce_js_is_apple_platform(void);

// Sets the canvas' CSS cursor from an ImGuiMouseCursor value.
void ce_js_set_cursor(int imguiCursor);

// Opens an http(s) URL in a new tab with noopener; anything else is refused. Outside a user
// gesture the browser would block it, so it is then kept and opened on the next press.
void ce_js_open_url(const char* url);

// Copies text to the system clipboard (async Clipboard API, execCommand fallback). With
// `report`, the outcome comes back later through ce_copy_finished (js_api.cpp).
void ce_js_copy_text(const char* text, int report);

// Offers `contents` as a file to save (a Blob behind a temporary <a download>).
void ce_js_download_file(const char* fileName, const char* mimeType, const char* contents);

// Prints a complete HTML document from a hidden frame that runs no script.
void ce_js_print_html(const char* html);

// The reader's saved state (localStorage): save ("" forgets it) and load. ce_js_save_state
// returns 1 when storage kept it, 0 when it refused (blocked in a sandboxed or third-party frame,
// or full): the widget then tells the reader. ce_js_load_state returns a malloc'ed string for the
// caller to free, or null when nothing is saved or storage is unavailable.
int ce_js_save_state(const char* fragment);
char* ce_js_load_state(void);

// The reader's local date as days since 1970-01-01 (ui::Widget::setToday): JavaScript's Date
// knows the time zone, and the wasm then needs no time-zone code of its own.
int ce_js_today(void);

// Whether the one-file copy can be offered (the page is served over http(s)), and offering it.
int ce_js_can_download_offline(void);
void ce_js_download_offline(void);

// The browser's history on the widget's own page (ui::Widget::HistoryUpdate): step 1 replaces
// the current entry, 2 pushes a new one, 3 goes back one. The entry's address gets `fragment`
// ("" keeps the address without one); its state remembers `place` and `depth`. Inside a frame
// nothing is done: the host page's history belongs to its reader.
void ce_js_history(int step, const char* fragment, const char* place, int depth);
// Replaces the page's hidden text mirror (JSON sections from ui::Widget::textMirrorJson).
void ce_js_text_mirror(const char* sectionsJson);
// The operable layer's nodes (JSON from ui::Widget::semanticsJson) into #ce-layer, reconciled by
// id (library_semantic_layer.js).
void ce_js_semantics(const char* nodesJson);
// Puts text into the page's live region for screen readers.
void ce_js_announce(const char* text);

// Calls ce_after_paint() once the frame just drawn has been painted: after the next animation
// frame, or after 100 ms at the latest (a hidden or throttled page paints no frames).
void ce_js_after_paint(void);

// Tells the page the widget drew its first frame with content: dispatches
// `careerexplorer:ready` on window (detail: { failed }, failed = it shows a failure message).
void ce_js_announce_ready(int failed);

// Tells the page the widget cannot draw: dispatches `careerexplorer:error` on window (detail:
// { title, detail, reload }). The host page shows it as HTML; `offerReload` asks for a
// "click to reload" button. The widget itself stays quiet: it has no pixels to say it with.
void ce_js_report_error(const char* title, const char* detail, int offerReload);

}  // extern "C"
