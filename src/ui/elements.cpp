#include "elements.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "imgui_internal.h"
#include "scroll_area.h"

namespace ui {

ControlFrame::ControlFrame(const ViewContext& ctx) {
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  ImGui::PushStyleColor(ImGuiCol_Border, ctx.colours.controlBorder);
}

ControlFrame::~ControlFrame() {
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
}

void textColoured(ImU32 colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
}

namespace {
// The innermost ColumnScope: its right edge in screen x, and the window it was made in (its draw
// list stands for it: one per window).
float columnRight = 0.0f;
const void* columnWindow = nullptr;

bool inColumn() { return columnWindow && columnWindow == ImGui::GetWindowDrawList(); }
}  // namespace

ColumnScope::ColumnScope(float rightScreenX) : previousRight_(columnRight), previousWindow_(columnWindow) {
  columnRight = rightScreenX;
  columnWindow = ImGui::GetWindowDrawList();
}

ColumnScope::~ColumnScope() {
  columnRight = previousRight_;
  columnWindow = previousWindow_;
}

float availableWidth() {
  return inColumn() ? std::max(1.0f, columnRight - ImGui::GetCursorScreenPos().x) : ImGui::GetContentRegionAvail().x;
}

std::string ellipsized(const std::string& text, float width) {
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const char* begin = text.c_str();
  const char* end = begin + text.size();
  const char* fits = end;
  font->CalcTextSizeA(size, width, 0.0f, begin, end, &fits);
  if (fits == end) return text;
  const char* dots = "\xE2\x80\xA6";
  const float dotsWidth = font->CalcTextSizeA(size, FLT_MAX, 0.0f, dots).x;
  font->CalcTextSizeA(size, std::max(0.0f, width - dotsWidth), 0.0f, begin, end, &fits);
  return std::string(begin, fits) + dots;
}

void textWrapped(const std::string& text) {
  // ImGui takes the wrap position in window coordinates; 0 is the window's edge.
  ImGui::PushTextWrapPos(inColumn() ? columnRight - ImGui::GetWindowPos().x + ImGui::GetScrollX() : 0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

void textColoured(const ViewContext& ctx, ImU32 colour, const std::string& text) {
  textColoured(colour, text);
  ctx.semantics.describeText(text);
}

void textWrapped(const ViewContext& ctx, const std::string& text) {
  textWrapped(text);
  ctx.semantics.describeText(text);
}

void textWrappedMuted(const ViewContext& ctx, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ctx.colours.textMuted);
  textWrapped(ctx, text);
  ImGui::PopStyleColor();
}

void separator() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return;
  const ImVec2 at = window->DC.CursorPos;
  const ImRect line(at, ImVec2(window->WorkRect.Max.x, at.y + 1.0f));
  ImGui::ItemSize(ImVec2(0, 0));  // one pixel that takes no room of its own, as ImGui's
  if (ImGui::ItemAdd(line, 0)) window->DrawList->AddRectFilled(line.Min, line.Max, ImGui::GetColorU32(ImGuiCol_Separator));
}

void heading(const ViewContext& ctx, const std::string& text, int level) {
  FontScope bold(ctx.fonts.bold, level <= 2 ? TextSize::kHeading : TextSize::kTitle);
  textWrapped(text);
  ctx.semantics.describeText(text, level);
}

void sectionTitle(const ViewContext& ctx, const char* title) {
  ImGui::Dummy(ImVec2(0, 4));
  FontScope bold(ctx.fonts.bold, TextSize::kTitle);
  ImGui::TextUnformatted(title);
  ctx.semantics.describeText(title, 3);
}

namespace {

// A box with its label after it, one item that a click toggles. (ImGui's Checkbox() draws the
// same; most of its code serves multi-selection and mixed values, which the widget never uses.)
bool checkboxItem(const char* label, bool& value) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float side = ImGui::GetFrameHeight();
  const float text = ImGui::CalcTextSize(label, nullptr, true).x;
  const ImVec2 at = window->DC.CursorPos, box(at.x + side, at.y + side);
  const ImRect whole(at, ImVec2(box.x + (text > 0 ? style.ItemInnerSpacing.x + text : 0), box.y));
  const ImGuiID id = window->GetID(label);
  ImGui::ItemSize(whole, style.FramePadding.y);
  if (!ImGui::ItemAdd(whole, id)) return false;
  bool hovered, held;
  const bool pressed = ImGui::ButtonBehavior(whole, id, &hovered, &held);
  if (pressed) value = !value;
  const ImGuiCol fill = held && hovered ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg;
  ImGui::RenderFrame(at, box, ImGui::GetColorU32(fill), true, style.FrameRounding);
  if (value) {
    const float inset = std::max(1.0f, std::floor(side / 6.0f));
    ImGui::RenderCheckMark(window->DrawList, ImVec2(at.x + inset, at.y + inset), ImGui::GetColorU32(ImGuiCol_CheckMark),
                           side - 2 * inset);
  }
  if (text > 0) ImGui::RenderText(ImVec2(box.x + style.ItemInnerSpacing.x, at.y + style.FramePadding.y), label);
  return pressed;
}

}  // namespace

bool listEntry(const char* label, bool chosen, float height, bool enabled) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (window->SkipItems) return false;
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImGuiID id = window->GetID(label);
  const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
  ImVec2 at = window->DC.CursorPos;
  at.y += window->DC.CurrLineTextBaseOffset;
  ImGui::ItemSize(ImVec2(text.x, height), 0.0f);  // the layout counts the label; the entry spans the popup
  const float width = std::max(text.x, window->WorkRect.Max.x - at.x);
  // Each entry reaches half-way into the spacing around it, so that entries touch.
  const float left = std::trunc(style.ItemSpacing.x * 0.5f), top = std::trunc(style.ItemSpacing.y * 0.5f);
  const ImRect whole(at.x - left, at.y - top, at.x + width + style.ItemSpacing.x - left,
                     at.y + height + style.ItemSpacing.y - top);
  if (!ImGui::ItemAdd(whole, id, nullptr, enabled ? 0 : static_cast<ImGuiItemFlags>(ImGuiItemFlags_Disabled))) return false;
  if (!enabled) ImGui::BeginDisabled();
  bool hovered, held;
  const bool pressed = ImGui::ButtonBehavior(whole, id, &hovered, &held);
  if (hovered || chosen) {
    const ImGuiCol fill = held && hovered ? ImGuiCol_HeaderActive : hovered ? ImGuiCol_HeaderHovered : ImGuiCol_Header;
    ImGui::RenderFrame(whole.Min, whole.Max, ImGui::GetColorU32(fill), false, 0.0f);
  }
  // The chosen entry has a bar in the accent colour too: its tint alone is too faint a state
  // (WCAG 2.2 1.4.11).
  if (chosen)
    window->DrawList->AddRectFilled(whole.Min, ImVec2(whole.Min.x + 4, whole.Max.y), ImGui::GetColorU32(ImGuiCol_CheckMark),
                                    2.0f);
  // The label in the middle of the entry's height (a finger's, taller than the text).
  ImGui::RenderTextClipped(at, ImVec2(std::min(at.x + width, window->WorkRect.Max.x), at.y + height), label, nullptr,
                           &text, ImVec2(0.0f, 0.5f), &whole);
  if (pressed && (window->Flags & ImGuiWindowFlags_Popup)) ImGui::CloseCurrentPopup();
  if (!enabled) ImGui::EndDisabled();
  return pressed;
}

bool checkbox(const ViewContext& ctx, const char* label, bool& value, const std::string& name,
              const std::string& accessibleLabel) {
  ImGui::PushID(name.c_str());
  bool changed;
  {
    ControlFrame frame(ctx);
    changed = checkboxItem(label, value);
  }
  ImGui::PopID();
  ctx.items.nameLastItem(name);
  if (ctx.semantics.takeActivation(name)) {
    value = !value;
    changed = true;
  }
  Semantic s;
  s.role = SemanticRole::Checkbox;
  s.label = !accessibleLabel.empty() ? accessibleLabel : label;
  s.checked = value;
  ctx.semantics.describeLastItem(name, std::move(s));
  return changed;
}

ImVec2 drawBadge(const ViewContext& ctx, ImVec2 pos, const std::string& text, ImU32 colour) {
  FontScope small(ctx.fonts.bold, TextSize::kSmall);
  const ImVec2 pad(kBadgePadX, 2);
  ImVec2 size = ImGui::CalcTextSize(text.c_str());
  ImVec2 box(size.x + pad.x * 2, size.y + pad.y * 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 fill = badgeFill(colour);
  draw->AddRectFilled(pos, ImVec2(pos.x + box.x, pos.y + box.y), fill, box.y * 0.5f);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), colour, text.c_str());
  return box;
}

void badge(const ViewContext& ctx, const std::string& text, ImU32 colour) {
  ImGui::Dummy(drawBadge(ctx, ImGui::GetCursorScreenPos(), text, colour));
  FontScope small(ctx.fonts.bold, TextSize::kSmall);  // (the face and size it is drawn in)
  ctx.semantics.describeText(text, 0, kBadgePadX);
}

const char* confidenceMeaning(core::Confidence c) {
  switch (c) {
    case core::Confidence::Article: return "Stated in the source article.";
    case core::Confidence::Confirmed: return "Found in several independent public references.";
    case core::Confidence::Secondary: return "From one third-party source.";
    default: return "Plausible, but nobody has checked it.";
  }
}

void confidenceBadge(const ViewContext& ctx, core::Confidence c) {
  badge(ctx, std::string(core::nameOf(c)), confidenceColour(ctx.colours, c));
}

void Flow::next(float itemWidth) {
  if (first_) {
    first_ = false;
    return;
  }
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  // The cursor sits at the start of the next line: the row ends where the available space does.
  const float right = ImGui::GetCursorScreenPos().x + availableWidth();
  if (ImGui::GetItemRectMax().x + spacing + itemWidth <= right) ImGui::SameLine();
}

void chip(const ViewContext& ctx, Flow& flow, const std::string& label, const std::string& id, bool outlined) {
  const float padX = kChipPadX;
  // A name longer than a whole line is cut with an ellipsis (the cursor is at a line's start
  // here, so the available width is the line's).
  const std::string shown = ellipsized(label, availableWidth() - padX * 2);
  ImVec2 text = ImGui::CalcTextSize(shown.c_str());
  ImVec2 box(text.x + padX * 2, std::max(kMinTarget, text.y + 8));
  flow.next(box.x);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(id.c_str());
  ImGui::InvisibleButton("chip", box);
  ImGui::PopID();
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 end(pos.x + box.x, pos.y + box.y);
  if (outlined) draw->AddRect(pos, end, ctx.colours.border, box.y * 0.5f, 0, 1.0f);
  else draw->AddRectFilled(pos, end, hovered ? ctx.colours.surfaceHover : ctx.colours.chip,
                           box.y * 0.5f);
  draw->AddText(ImVec2(pos.x + padX, pos.y + (box.y - text.y) * 0.5f), ctx.colours.chipText, shown.c_str());
}

float explainerWidth() {
  return std::min(320.0f, ImGui::GetMainViewport()->Size.x - 24.0f);
}

void explainLastItem(const ViewContext& ctx, const std::string& name, core::FunctionRef<void()> body,
                     const std::string& label) {
  ctx.items.nameLastItem(name);
  Semantic s;
  s.label = label.empty() ? name : label;
  s.explains = true;
  const std::size_t opener = ctx.semantics.count();
  ctx.semantics.describeLastItem(name, std::move(s));
  const std::string popup = "##explain/" + name;
  // Where the item is now: an open explanation stays by it as the pane scrolls, and closes once
  // the item has scrolled out of sight.
  const ImVec2 itemMin = ImGui::GetItemRectMin(), itemMax = ImGui::GetItemRectMax();
  const bool itemShown = ImGui::IsItemVisible();
  const bool mouse = ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse;
  const bool fromLayer = ctx.semantics.takeActivation(name);
  if (ImGui::IsItemClicked(ImGuiMouseButton_Left) || fromLayer) ImGui::OpenPopup(popup.c_str());
  if (fromLayer) ctx.semantics.openedFromLayer = popup;
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  const float width = explainerWidth();
  const bool open = ImGui::IsPopupOpen(popup.c_str());
  // A finger has no hover: a tooltip would only flash while it is down.
  if (!open && mouse && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    if (ImGui::BeginTooltip()) {
      body();
      ImGui::EndTooltip();
    }
  }
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  // By its item, however it was opened: under it, or over it when the item is in the screen's
  // lower half. (ImGui would put it at the pointer, where it covered the rest of the item and the
  // rows below: a second tap on the figure landed in the box instead of closing it; and opened
  // from the keyboard or a screen reader there is no pointer.) Taken only as it appears.
  {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImVec2 screen = ImGui::GetMainViewport()->Size;
    const bool above = max.y > screen.y * 0.5f;
    const float x = std::max(4.0f, std::min(min.x, screen.x - width - 4.0f));
    ImGui::SetNextWindowPos(ImVec2(x, above ? min.y - 4.0f : max.y + 4.0f), ImGuiCond_Appearing,
                            ImVec2(0.0f, above ? 1.0f : 0.0f));
  }
  // Its offset from the item, kept in the window's storage under the popup's id (x, y, the
  // frame it was drawn in: only an explanation drawn in the last frame is moved by it; and the
  // last frame the item was in sight while it was open).
  ImGuiStorage& kept = *ImGui::GetStateStorage();
  const ImGuiID key = open ? ImGui::GetID(popup.c_str()) : 0;
  if (open && !fromLayer && kept.GetInt(key + 2, -1) == ImGui::GetFrameCount() - 1)
    ImGui::SetNextWindowPos(ImVec2(itemMin.x + kept.GetFloat(key), itemMin.y + kept.GetFloat(key + 1)));
  if (ImGui::BeginPopup(popup.c_str())) {
    // (Out of sight only once it was in sight: the keyboard may open it a frame before the
    // pane has scrolled its item into view.)
    const int frame = ImGui::GetFrameCount();
    const bool wentOutOfSight = !itemShown && kept.GetInt(key + 3, -1) == frame - 1;
    kept.SetInt(key + 3, itemShown ? frame : -1);
    if (ImGui::IsKeyPressed(ImGuiKey_Escape) || wentOutOfSight) ImGui::CloseCurrentPopup();
    // (Not while it appears: ImGui places it, kept on screen, once its size is known.)
    if (!ImGui::IsWindowAppearing()) {
      const ImVec2 at = ImGui::GetWindowPos();
      kept.SetFloat(key, at.x - itemMin.x);
      kept.SetFloat(key + 1, at.y - itemMin.y);
      kept.SetInt(key + 2, ImGui::GetFrameCount());
    }
    popupScrollRegion(ctx, popup.c_str());
    ctx.popovers.noteOpen(itemMin, itemMax);
    const std::size_t first = ctx.semantics.count();
    body();
    ctx.semantics.setShows(opener, ctx.semantics.nameAt(first));
    ctx.items.nameCurrentWindow("popover/" + name);
    // Opened from the keyboard or a screen reader: the focus goes to what it says (Escape
    // brings it back to the item).
    if (ctx.semantics.openedFromLayer == popup && ImGui::IsWindowAppearing()) {
      ctx.semantics.moveFocusTo(ctx.semantics.nameAt(first));
      ctx.semantics.openedFromLayer.clear();
    } else if (ctx.semantics.focusMovedOn(first, name)) {
      ImGui::CloseCurrentPopup();  // Tab went on past it: it would cover what has the focus now
    }
    ImGui::EndPopup();
  }
}

void explainedText(const ViewContext& ctx, const std::string& text, ImU32 colour, const std::string& name,
                   core::FunctionRef<void()> body, const std::string& label) {
  const float width = availableWidth();
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float height = std::max(kMinTarget, size.y);
  ImGui::PushID(name.c_str());
  ImGui::InvisibleButton("text", ImVec2(std::max(1.0f, std::min(width, size.x)), height));
  ImGui::PopID();
  const float y = pos.y + (height - size.y) * 0.5f;
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x, y), colour,
                                      text.c_str(), nullptr, width);
  if (ImGui::IsItemHovered())
    ImGui::GetWindowDrawList()->AddLine(ImVec2(pos.x, y + size.y), ImVec2(pos.x + std::min(width, size.x), y + size.y),
                                        colour, 1.0f);
  explainLastItem(ctx, name, body, label.empty() ? text : label);
}

bool layerFocusWithin(const ViewContext& ctx, std::string_view prefix) {
  const std::string_view focus = ctx.semantics.focus();
  constexpr std::string_view kLayer = "#layer";
  return focus.size() > prefix.size() + kLayer.size() && focus.substr(0, prefix.size()) == prefix &&
         focus.substr(focus.size() - kLayer.size()) == kLayer;
}

namespace {

// ImGui's BeginCombo as the views use it (imgui_widgets.cpp: no label, a preview, an arrow
// button, the "large" list of up to 20 rows, below the box), so that the rest of BeginCombo's
// options are not linked; the same pixels. Returns whether the list is open, and opens it on a
// press. ImGui::EndCombo() ends it.
bool comboBox(ImGuiID itemId, ImGuiID popupId, const char* preview) {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  g.NextWindowData.ClearFlags();
  if (window->SkipItems) return false;
  const ImGuiStyle& style = g.Style;
  const float arrow = ImGui::GetFrameHeight();
  const ImVec2 at = window->DC.CursorPos;
  const ImRect bb(at, ImVec2(at.x + ImGui::CalcItemWidth(), at.y + arrow));
  ImGui::ItemSize(bb, style.FramePadding.y);
  if (!ImGui::ItemAdd(bb, itemId)) return false;
  bool hovered, held;
  const bool pressed = ImGui::ButtonBehavior(bb, itemId, &hovered, &held);
  bool open = ImGui::IsPopupOpen(popupId, ImGuiPopupFlags_None);
  if (pressed && !open) {
    ImGui::OpenPopupEx(popupId, ImGuiPopupFlags_None);
    open = true;
  }
  const float valueRight = ImMax(bb.Min.x, bb.Max.x - arrow);
  ImDrawList* draw = window->DrawList;
  draw->AddRectFilled(bb.Min, ImVec2(valueRight, bb.Max.y),
                      ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), style.FrameRounding,
                      ImDrawFlags_RoundCornersLeft);
  draw->AddRectFilled(ImVec2(valueRight, bb.Min.y), bb.Max,
                      ImGui::GetColorU32(open || hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button), style.FrameRounding,
                      ImDrawFlags_RoundCornersRight);
  if (valueRight + arrow - style.FramePadding.x <= bb.Max.x)
    ImGui::RenderArrow(draw, ImVec2(valueRight + style.FramePadding.y, bb.Min.y + style.FramePadding.y),
                       ImGui::GetColorU32(ImGuiCol_Text), ImGuiDir_Down, 1.0f);
  ImGui::RenderFrameBorder(bb.Min, bb.Max, style.FrameRounding);
  ImGui::RenderTextClipped(ImVec2(at.x + style.FramePadding.x, at.y + style.FramePadding.y), ImVec2(valueRight, bb.Max.y),
                           preview, nullptr, nullptr);
  if (!open) return false;

  // The list: at least the box's width, at most 20 rows high, below the box (above it where
  // there is no room), with the frame's padding at its sides so that its text lines up with the box's.
  const char* name = "##Combo_00";
  ImGui::SetNextWindowSizeConstraints(
      ImVec2(bb.GetWidth(), 0.0f),
      ImVec2(FLT_MAX, (g.FontSize + style.ItemSpacing.y) * 20 - style.ItemSpacing.y + style.WindowPadding.y * 2));
  if (ImGuiWindow* list = ImGui::FindWindowByName(name))
    if (list->WasActive) {
      list->AutoPosLastDirection = ImGuiDir_Down;
      ImGui::SetNextWindowPos(ImGui::FindBestWindowPosForPopupEx(
          bb.GetBL(), ImGui::CalcWindowNextAutoFitSize(list), &list->AutoPosLastDirection,
          ImGui::GetPopupAllowedExtentRect(list), bb, ImGuiPopupPositionPolicy_ComboBox));
    }
  ImGui::PushStyleVarX(ImGuiStyleVar_WindowPadding, style.FramePadding.x);
  ImGui::Begin(name, nullptr,
               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_Popup | ImGuiWindowFlags_NoTitleBar |
                   ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
  ImGui::PopStyleVar();
  g.BeginComboDepth++;  // (ImGui::EndCombo() takes it back)
  return true;
}

}  // namespace

bool beginCombo(const char* id, const std::string& preview, ComboFromLayer layer) {
  // BeginCombo's own popup id (imgui_widgets.cpp), and whether the layer opened it, kept in the
  // window's storage under that id.
  const ImGuiID itemId = ImGui::GetID(id);
  const ImGuiID popupId = ImHashStr("##ComboPopup", 0, itemId);
  ImGuiStorage& kept = *ImGui::GetStateStorage();
  const bool wasOpen = ImGui::IsPopupOpen(popupId, ImGuiPopupFlags_None);
  // Only while the layer's focus is on the group, as it is for the keyboard: a screen reader's
  // click, whose focus the page does not show, would open a list that closes in the next frame.
  layer.toggle = layer.toggle && layer.focusInside;
  if (layer.toggle && !wasOpen) {
    ImGui::OpenPopupEx(popupId, ImGuiPopupFlags_None);
    kept.SetBool(popupId, true);
  } else if (!wasOpen) {
    kept.SetBool(popupId, false);  // a click opens it, if anything
  }
  // BeginCombo draws the preview from the frame's padding to the arrow button, a frame high.
  const float room = ImGui::CalcItemWidth() - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x;
  const bool open = comboBox(itemId, popupId, imguiLabel(ellipsized(preview, room)).c_str());
  // Escape closes a list opened with the mouse too (ImGui leaves that to keyboard navigation,
  // which the widget does not use: the layer is the keyboard's way in).
  const bool fromLayer = kept.GetBool(popupId, false);
  if (open && (ImGui::IsKeyPressed(ImGuiKey_Escape) || (layer.toggle && wasOpen) ||
               (fromLayer && !layer.focusInside)))
    ImGui::CloseCurrentPopup();
  return open;
}

void keepChosenEntryInView(const ComboFromLayer& layer, bool chosen) {
  if (chosen && layer.focusInside && !ImGui::IsItemVisible()) ImGui::SetScrollHereY(0.5f);
}

// U+2060 WORD JOINER: no width and no picture in the page's font (a no-break space showed as a
// space between the two marks).
constexpr const char* kWordJoiner = "\xE2\x81\xA0";

std::string imguiLabel(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == '#' && i + 1 < text.size() && text[i + 1] == '#') out += kWordJoiner;
  }
  return out;
}

namespace {

float rowTextSize = 0.0f;  // set by RowTextSize; 0: each button decides

// Whether `label` fits a button `width` wide in `font` at `size`.
bool labelFits(ImFont* font, float size, const char* label, float width) {
  FontScope measure(font, size);
  return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f <= width;
}

}  // namespace

RowTextSize::RowTextSize(const ViewContext& ctx, std::initializer_list<const char*> labels, float width)
    : previous_(rowTextSize) {
  rowTextSize = TextSize::kBody;
  for (const char* label : labels)
    if (width > 0.0f && !labelFits(ctx.fonts.bold, TextSize::kBody, label, width)) rowTextSize = TextSize::kSmall;
}

RowTextSize::~RowTextSize() { rowTextSize = previous_; }

bool tabButton(const ViewContext& ctx, const char* label, bool selected, const std::string& name,
               float width, bool quiet, ImU32 fill, Semantic sem) {
  ImGui::PushStyleColor(ImGuiCol_Button,
                        selected ? ctx.colours.accent : fill ? fill : ctx.colours.surface);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                        selected ? ctx.colours.accent : ctx.colours.surfaceHover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ctx.colours.accentText);
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? ctx.colours.onAccent : ctx.colours.text);
  bool clicked;
  {
    ImFont* font = quiet && !selected ? ctx.fonts.regular : ctx.fonts.bold;
    // A fixed width too narrow for the label at body size (four tabs across a 288 px column):
    // the small size rather than a word cut short (for the whole row, in a RowTextSize).
    float size = rowTextSize > 0.0f ? rowTextSize : TextSize::kBody;
    if (rowTextSize == 0.0f && width > 0.0f && !labelFits(font, size, label, width)) size = TextSize::kSmall;
    FontScope face(font, size);
    ImGui::PushID(name.c_str());
    // A dialog's few buttons can be roomy for a finger, as a menu's entries are.
    const float height = ctx.touch && drawingInDialog() ? kComfortableTarget : 0.0f;
    clicked = ImGui::Button(imguiLabel(label).c_str(), ImVec2(width, height));
    ImGui::PopID();
  }
  ImGui::PopStyleColor(4);
  ctx.items.nameLastItem(name);
  if (sem.label.empty()) sem.label = label;
  if (sem.role == SemanticRole::Tab || sem.role == SemanticRole::Radio) sem.checked = sem.checked || selected;
  ctx.semantics.describeLastItem(name, std::move(sem));
  return ctx.semantics.takeActivation(name) || clicked;
}

Row rowButton(const ViewContext& ctx, const std::string& id, const std::string& name, float height,
              const std::string& label, Semantic sem) {
  Row row;
  row.min = ImGui::GetCursorScreenPos();
  const float width = availableWidth();
  row.max = ImVec2(row.min.x + width, row.min.y + height);
  ImGui::PushID(id.c_str());
  row.clicked = ImGui::InvisibleButton("row", ImVec2(width, height));
  ImGui::PopID();
  ctx.items.nameLastItem(name);
  sem.label = label;
  ctx.semantics.describeLastItem(name, std::move(sem));
  row.clicked = ctx.semantics.takeActivation(name) || row.clicked;
  row.hovered = ImGui::IsItemHovered();
  return row;
}

bool linkButton(const ViewContext& ctx, const char* label, const std::string& url,
                const std::string& name, const std::string& accessibleName) {
  // Drawn as a link, hit like a button: at least kMinTarget tall, so a finger finds it.
  const ImVec2 text = ImGui::CalcTextSize(label);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 box(text.x, std::max(kMinTarget, text.y + 8));
  ImGui::PushID(name.c_str());
  const bool clicked = ImGui::InvisibleButton("link", box);
  ImGui::PopID();
  ctx.items.nameLastItem(name);
  const bool hovered = ImGui::IsItemHovered();
  const ImU32 colour = ImGui::GetColorU32(ImGuiCol_TextLink);
  const float y = pos.y + (box.y - text.y) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(ImVec2(pos.x, y), colour, label);
  if (hovered) draw->AddLine(ImVec2(pos.x, y + text.y), ImVec2(pos.x + text.x, y + text.y), colour, 1.0f);
  // The layer offers a real link (right-click, middle-click, keyboard open it as any link).
  Semantic s;
  s.role = SemanticRole::Link;
  s.label = accessibleName.empty() ? std::string(label) : accessibleName;
  s.href = url;
  ctx.semantics.describeLastItem(name, std::move(s));
  if (clicked && ctx.hooks.openUrl) ctx.hooks.openUrl(url.c_str());
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::SetItemTooltip("%s", url.c_str());
  return clicked;
}

}  // namespace ui
