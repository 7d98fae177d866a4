// The whole interface between the platform layer (src/web) and the views (src/ui).
// The platform owns the ImGui context, the GL context and the event loop; the widget owns the
// application state (through core) and draws it. One Widget per page.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ui {

// A rectangle in CSS pixels, relative to the canvas' top-left corner.
struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};

// What the widget asks of the platform; the platform fills these in before init(). Any may be
// null (a native test, a platform without the feature): the widget then hides what needs it.
struct PlatformHooks {
  // Opens an http(s) URL in a new tab (noopener). The platform may defer it to the next user
  // gesture (browsers block popups outside one).
  void (*openUrl)(const char* url) = nullptr;
  // Copies text to the system clipboard. The clipboard is asynchronous: the platform answers
  // with Widget::copyFinished(ok) — on failure the widget shows the text to copy by hand.
  void (*copyText)(const char* text) = nullptr;
  // Offers a file to save (e.g. "plan.ics", "text/calendar").
  void (*downloadFile)(const char* fileName, const char* mimeType, const char* contents) = nullptr;
  // Opens the browser's print dialog for a complete HTML document (not a canvas picture).
  void (*printHtml)(const char* html) = nullptr;
  // Keeps the reader's state across visits (localStorage); "" forgets it. Called only when the
  // reader's own state changed — never while they look at someone else's shared link. Returns
  // false when it could not be kept (storage blocked, as in some browsers' embeds, or full):
  // the widget then tells the reader once a visit, and how to keep their work anyway.
  bool (*saveState)(const char* fragment) = nullptr;
  // Offers the one-file offline copy of the widget for download.
  void (*downloadOffline)() = nullptr;
};

class Widget {
 public:
  Widget();
  ~Widget();
  Widget(const Widget&) = delete;
  Widget& operator=(const Widget&) = delete;

  // Call once, with the ImGui context current, before the first frame: adds the fonts to the
  // atlas and applies the theme.
  void init(const PlatformHooks& hooks);

  // Loads the career data (the bytes of careers.json) through core's validating loader. On
  // errors the widget shows them instead of the explorer; it never crashes on any input.
  // `cutPastLimit`: the bytes are only the file's start, as its download stopped past the
  // loader's size limit (core::JsonLimits::cutPastMax).
  void loadData(std::string_view json, bool cutPastLimit = false);
  // Shows a message in place of the explorer (e.g. the data file could not be downloaded).
  void showFailure(std::string_view title, std::string_view detail);

  // Where the widget runs (the page URL without its fragment): share links and the embed snippet
  // are built from it. Without it, Share and Embed are hidden.
  void setPageUrl(std::string_view url);
  // Inside an embed: the article's address, so that Share gives a link to the article that
  // reopens the widget in the same state (core::shareUrl). Empty: links to the widget's page.
  // `key`: which of the article's widgets this is (core::articleFragmentPrefix; "" the first,
  // and anything that is no key).
  void setArticleUrl(std::string_view url, std::string_view key = {});
  // After loadData: where the visit starts (core::resolveStartup): a shared link the reader
  // followed, else their saved progress, else the page's starting view (an embed's data-state).
  // A link that differs from saved progress is only looked at until the reader chooses.
  // Anything unusable falls back to defaults with a notice.
  void restore(std::string_view linkFragment, std::string_view startFragment, std::string_view savedFragment);

  // The browser's history, on the widget's own page (core/navigation.h): after each frame the
  // platform asks what changed. step: 0 nothing, 1 replace the address, 2 push a new entry,
  // 3 go back one entry. `place` and `depth` go into the entry's state.
  struct HistoryUpdate {
    int step = 0;
    std::string fragment, place;
    std::size_t depth = 0;
  };
  HistoryUpdate historyUpdate();
  // Back or Forward reached an entry of ours (its place and depth); the reader's settings stay.
  void goToPlace(std::string_view place, std::size_t depth);

  // Gestures, decided from what the last frame drew (ui/input_map.h). Scrolls the region under
  // (x, y) (CSS px from the canvas' top-left) by up to dy px, positive towards the end; returns
  // the distance taken: 0 means nothing there scrolls that way, and the page should scroll.
  float scrollAt(float x, float y, float dy);
  // How far Page Up and Page Down scroll, from the layer or the canvas (CSS px).
  static constexpr float kPageKeyScroll = 400.0f;
  // Whether a horizontal drag from (x, y) adjusts something (a slider).
  bool dragsAt(float x, float y) const;
  // The reader's pointer is a finger (true) or a mouse or pen: the wording follows ("tap").
  void setTouchInput(bool touch);
  // The current state as a URL fragment (without '#'); the platform mirrors it into the address
  // bar with history.replaceState whenever it changes. Empty before the data is loaded.
  std::string fragment() const;
  // Another tab of the same site saved this progress (the storage event). Unless the reader is
  // looking at a shared link, this tab takes its settings in (core::adoptSavedElsewhere) and
  // says so; either way it becomes the saved progress the banner and later saves start from.
  void savedElsewhere(std::string_view fragment);
  // The answer to PlatformHooks::copyText.
  void copyFinished(bool ok);
  // What became of a download asked of PlatformHooks::downloadFile or downloadOffline: 0 under
  // way, 1 the page may not let it arrive (a sandboxed frame), 2 it could not be made here.
  void downloadFinished(int outcome);

  // Compact mode (an embed option): no subtitle or footer, tighter spacing.
  void setCompact(bool compact);

  // Light or dark colours; the platform follows prefers-color-scheme (or an embed option).
  void setDarkMode(bool dark);
  bool darkMode() const;
  // The reader's local date, as days since 1970-01-01 (core/calendar.h): plans are dated from it.
  // The platform says it, as only it knows the reader's time zone (the page: JavaScript's Date).
  void setToday(int daysSinceEpoch);

  // Builds one ImGui frame: call between ImGui::NewFrame() and ImGui::Render(). Returns true
  // while something is animating and another frame is wanted even without input. The frame
  // paints no background of its own: the renderer clears to ImGuiCol_WindowBg first.
  // `inInputHandler`: the platform draws this frame inside an input event's handler, not in an
  // animation frame; when it changes the state, the next animation frame's frame plans only a
  // tenth of a slice (it carries the change's layout: see widget.cpp, deferPlanning).
  bool frame(bool inInputHandler = false);
  // Seconds until a frame is wanted though nothing animates (the search's result count, said
  // once typing pauses; the frame that takes a toast away), or a negative number when none is.
  double frameWantedIn() const;
  // The page's animation frame began (called whether or not a frame is drawn in it): planning
  // runs one slice per animation frame, shared by the frames drawn in it (input handlers draw
  // their own). Without these calls every frame gets a slice.
  void animationFrame();
  // Planning steps the last frame ran (tests, benchmarks).
  std::uint64_t planStepsInLastFrame() const;

  // A JSON snapshot of the reader-visible state (see README, "JS API").
  std::string stateJson() const;
  // The current view as text sections, JSON `[{"title": ..., "lines": [...]}, ...]`, for the
  // page's hidden HTML mirror that screen readers read. Changes only when fragment() does.
  std::string textMirrorJson() const;
  // What a screen reader should announce now (a confirmation, a notice, a failure), or "".
  std::string announcement() const;
  // Changes whenever textMirrorJson() would: the state's fragment, or the failure shown.
  std::string mirrorKey() const;
  // The rectangle of a named item (`role/<id>`, `view/roles`, ...) as drawn in the last frame,
  // or false when it was not on screen.
  bool itemRect(std::string_view name, Rect& out) const;
  // The operable layer (ui/semantics.h): every item of the last frame as JSON nodes, in reading
  // order, with role, name, state and bounds. The same string until something changes.
  const std::string& semanticsJson() const;
  // A request from the layer, taken by the item in the next frame: kind 0 activates it (as a
  // click), kind 1 sets a slider to `value`, kind 2 activates it as an arrow key's choice in its
  // group (a run of them is one history step: core::PlaceHistory).
  void semanticAction(std::string_view name, int kind, int value);
  // A text field of the layer (the search field, a dialog's name box) now holds `text`, the caret
  // `caret` bytes in and the selection from there to `anchor` (none when it is left out); and a key
  // it hands to the widget (ui/search_view.h, SearchFieldKey).
  void semanticText(std::string_view name, std::string_view text, std::size_t caret,
                    std::size_t anchor = SIZE_MAX);
  void semanticFieldKey(std::string_view name, int key);
  // What a search for `query` finds (core/search.h), as JSON `[{kind, id, name, detail, role?,
  // match}]`, best first; the interface is not touched.
  std::string searchJson(std::string_view query) const;
  // The JS API's switchPlan(name) and newPlan(name) (core/plans.h): false when there is no plan
  // of that name, or no room for another.
  bool switchPlan(std::string_view name);
  bool newPlan(std::string_view name);
  // The layer's focus is on `name` ("" : nowhere). With `ring` (the keyboard's focus) the canvas
  // draws the focus ring there and brings the item into view; without (a click gave it), neither.
  void semanticFocus(std::string_view name, bool ring = true);
  // A key the widget uses, from the layer: 1 Escape (closes what is open), 2 PageUp, 3 PageDown
  // (scroll the region of the focused item). Returns false when the key did nothing (a page key
  // at the end of its region, or with no region): the page then scrolls, as past a scrollable box.
  bool semanticKey(int key);
  // Every named item drawn in the last frame with its whole rectangle, before clipping to what is
  // visible (tests check target sizes).
  std::vector<std::pair<std::string, Rect>> items() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ui
