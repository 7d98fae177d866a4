// Small drawing helpers shared by the views: text styles, badges, chips, links, tabs.
#pragma once

#include <string>

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

void textColoured(ImU32 colour, const std::string& text);
void textWrapped(const std::string& text);
void textWrappedMuted(const ViewContext& ctx, const std::string& text);
void sectionTitle(const ViewContext& ctx, const char* title);

// A small rounded label ("article", "legacy"). Drawn inline; returns its width.
void badge(const ViewContext& ctx, const std::string& text, ImU32 colour);
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

// A chip: rounded, filled; returns true while hovered (for a tooltip).
bool chip(const ViewContext& ctx, Flow& flow, const std::string& label, bool outlined = false);

// A segmented tab button; `name` is registered for itemRect. Returns true when clicked.
// `quiet`: unselected, it is drawn in the regular face (for rows of many choices).
// `fill`: the unselected background, when not the default surface colour.
bool tabButton(const ViewContext& ctx, const char* label, bool selected, const std::string& name,
               float width = 0.0f, bool quiet = false, ImU32 fill = 0);

// A full-width clickable row of `height`, named for itemRect, with a hover background.
struct Row {
  bool clicked, hovered;
  ImVec2 min, max;
};
Row rowButton(const ViewContext& ctx, const std::string& id, const std::string& name, float height);

// A link-styled button that opens `url` in a new tab through the platform.
bool linkButton(const ViewContext& ctx, const char* label, const std::string& url,
                const std::string& name);

}  // namespace ui
