// Small drawing helpers shared by the views: text styles, badges, chips, links, tabs.
#pragma once

#include <initializer_list>
#include <string>

#include "function_ref.h"
#include "imgui.h"
#include "view_context.h"

namespace ui {

// Pushes a font at a size for the lifetime of the object.
class FontScope {
 public:
  FontScope(ImFont* font, float size) { ImGui::PushFont(font, size); }
  ~FontScope() { ImGui::PopFont(); }
  FontScope(const FontScope&) = delete;
  FontScope& operator=(const FontScope&) = delete;
};

// Gives the frame-drawn controls inside it (checkbox, slider) a 1px edge in the palette's
// controlBorder, because their fill alone is barely different from the page (WCAG 2.2 1.4.11).
class ControlFrame {
 public:
  explicit ControlFrame(const ViewContext& ctx);
  ~ControlFrame();
  ControlFrame(const ControlFrame&) = delete;
  ControlFrame& operator=(const ControlFrame&) = delete;
};

// Text wraps at the window's edge, or at a column's while a ColumnScope lives in that window:
// two columns side by side without ImGui's tables (left out of the build for their bytes). Other
// windows (a popover opened from the column) keep their own edge.
class ColumnScope {
 public:
  explicit ColumnScope(float rightScreenX);
  ~ColumnScope();
  ColumnScope(const ColumnScope&) = delete;
  ColumnScope& operator=(const ColumnScope&) = delete;

 private:
  float previousRight_;
  const void* previousWindow_;
};
// From the cursor to the column's right edge (or the window's).
float availableWidth();
// `text` in the current font, cut with an ellipsis to fit `width` (whole characters). Its work
// stops where the width runs out, so a very long name from the data costs no more than a short
// one. For a one-line name drawn where it cannot wrap; its full words are in the operable layer.
std::string ellipsized(const std::string& text, float width);

// A horizontal rule from the cursor across the rest of the window's width (ImGui's Separator()
// draws the same; it carries columns and a vertical form the widget never uses).
void separator();

void textColoured(ImU32 colour, const std::string& text);
void textWrapped(const std::string& text);
// The same, also described to the operable layer as text (read, found and selected there).
void textColoured(const ViewContext& ctx, ImU32 colour, const std::string& text);
void textWrapped(const ViewContext& ctx, const std::string& text);
void textWrappedMuted(const ViewContext& ctx, const std::string& text);
// A title: level 2 for a view's or a role's title, 3 for a section in it.
void heading(const ViewContext& ctx, const std::string& text, int level);
void sectionTitle(const ViewContext& ctx, const char* title);

// The smallest thing a finger can hit (WCAG 2.2 target size: 24x24 CSS px), and the size to
// give a target where there is room for it.
inline constexpr float kMinTarget = 24.0f;
inline constexpr float kComfortableTarget = 44.0f;

// A small rounded label ("article", "legacy"), its words kBadgePadX into it. Drawn inline, and
// read in the layer where it is drawn.
inline constexpr float kBadgePadX = 7.0f;
void badge(const ViewContext& ctx, const std::string& text, ImU32 colour);
// The same label drawn at `pos` without taking layout space; returns its size.
ImVec2 drawBadge(const ViewContext& ctx, ImVec2 pos, const std::string& text, ImU32 colour);
void confidenceBadge(const ViewContext& ctx, core::Confidence c);
// The plain-words meaning of a confidence level, for tooltips.
const char* confidenceMeaning(core::Confidence c);

// Lays items out left to right, wrapping to a new line when the next would not fit.
class Flow {
 public:
  // Call before each item with its width: continues the line when it fits.
  void next(float itemWidth);

 private:
  bool first_ = true;
};

// A chip: rounded, filled; an item at least kMinTarget tall (explainLastItem can follow it).
// `id` is unique among the chips of a window (a skill id, a list index), never the label. Its
// words start kChipPadX into it.
inline constexpr float kChipPadX = 10.0f;
void chip(const ViewContext& ctx, Flow& flow, const std::string& label, const std::string& id, bool outlined = false);

// More about the last item: the statement a figure comes from, what a confidence level means.
// A mouse resting on the item shows it as a tooltip; a click or a tap opens it as a popover that
// stays until dismissed (Escape, or a click or tap elsewhere) — so a phone reader can read it.
// `name` names the item for itemRect ("info/..."). `body` draws the content (wrapped text).
// `label`: the item's accessible name ("Entry pay: $70k - $99.9k"); the layer offers it as a
// button that opens the explanation.
void explainLastItem(const ViewContext& ctx, const std::string& name, core::FunctionRef<void()> body,
                     const std::string& label = "");

// A line of wrapped text that explains itself on demand (explainLastItem): an item at least
// kMinTarget tall, so a finger can hit it. `label`: its name in the layer when the words alone
// would not say which thing it is about (one of many alike); "" names it by its words.
void explainedText(const ViewContext& ctx, const std::string& text, ImU32 colour, const std::string& name,
                   core::FunctionRef<void()> body, const std::string& label = "");

// The width an explainer's popover or tooltip gets: comfortable, never wider than the screen.
float explainerWidth();

// Text from the data as an ImGui label: ImGui reads "##" in a label as the start of a hidden id,
// so a title containing it would be cut short (and "###" would change the id). The pair is shown
// with a word joiner between (no width, nothing drawn); ids never come from labels (push a stable
// id instead).
std::string imguiLabel(const std::string& text);
// A drop-down list whose choices the layer offers as a radio group (the arrow keys choose, as
// on a closed select): Enter or Space on the chosen radio (`toggle`) opens the list for the eyes,
// as a select's keys do, or closes it; while it is open the arrows go on choosing and it shows
// what they chose. Opened so, it closes once the layer's focus has left the group
// (`focusInside`).
struct ComboFromLayer {
  bool toggle = false;
  bool focusInside = false;
  // One of the group's radios, `activated` from the layer or not: true when that chooses it;
  // on the one already chosen it asks for the list instead (toggle).
  bool chooses(bool activated, bool alreadyChosen) {
    toggle = toggle || (activated && alreadyChosen);
    return activated && !alreadyChosen;
  }
};
// Whether the layer's focus is on one of a group's radios: names `prefix` + … + "#layer".
bool layerFocusWithin(const ViewContext& ctx, std::string_view prefix);
// A list box as ImGui's BeginCombo draws one (HeightLarge, no label), showing `preview` (text
// from the data) cut with an ellipsis to the box, where ImGui would clip it mid-letter. Width as
// for BeginCombo (SetNextItemWidth first); ImGui::EndCombo() ends an open one.
bool beginCombo(const char* id, const std::string& preview, ComboFromLayer layer = {});
// In an open list, after each entry: the chosen one comes into view when the layer's arrows
// chose it out of sight (while the focus is in its group).
void keepChosenEntryInView(const ComboFromLayer& layer, bool chosen);

// A segmented tab button; `name` is registered for itemRect and is the item's ImGui id (labels
// from the data never decide which item a click hits). Returns true when clicked.
// `quiet`: unselected, it is drawn in the regular face (for rows of many choices).
// `fill`: the unselected background, when not the default surface colour.
// `sem`: what the button is for the operable layer (default: a button named by its label; a
// tab or radio passes its role and group). A request from the layer clicks it like the mouse.
// A fixed `width` too narrow for the label at body size takes the small size.
bool tabButton(const ViewContext& ctx, const char* label, bool selected, const std::string& name,
               float width = 0.0f, bool quiet = false, ImU32 fill = 0, Semantic sem = {});

// A row of fixed-width buttons reads alike: while in scope, every tabButton's label takes the
// small size if any of `labels` (bold) needs it in `width`, else the body size.
class RowTextSize {
 public:
  RowTextSize(const ViewContext& ctx, std::initializer_list<const char*> labels, float width);
  ~RowTextSize();
  RowTextSize(const RowTextSize&) = delete;
  RowTextSize& operator=(const RowTextSize&) = delete;

 private:
  float previous_;
};

// An ImGui checkbox that the operable layer can tick too. Returns true when it changed.
// `accessibleLabel`: the name when the visible label is hidden ("##done").
bool checkbox(const ViewContext& ctx, const char* label, bool& value, const std::string& name,
              const std::string& accessibleLabel = "");

// An entry of a menu or of a combo's list, as wide as the popup and `height` tall: tinted under
// the pointer, tinted and marked with an accent bar when `chosen`, its label at the left and in
// the middle of its height; a press
// closes the popup it is in. Entries touch (no press falls between two). A disabled one is
// drawn faded and never pressed. (ImGui's Selectable(), for the one way the views use it.)
bool listEntry(const char* label, bool chosen, float height, bool enabled = true);

// A full-width clickable row of `height`, named for itemRect, with a hover background.
struct Row {
  bool clicked, hovered;
  ImVec2 min, max;
};
// `label`: what the row says, for the operable layer (its drawing is the caller's); `sem` its role
// there when it is not a plain button (a row of a single-choice list).
Row rowButton(const ViewContext& ctx, const std::string& id, const std::string& name, float height,
              const std::string& label, Semantic sem = {});

// A link-styled button that opens `url` in a new tab through the platform. `accessibleName`, as
// for explainedText: the layer's name for a link whose words are the same for many.
bool linkButton(const ViewContext& ctx, const char* label, const std::string& url,
                const std::string& name, const std::string& accessibleName = "");

}  // namespace ui
