#include "semantics.h"

#include <algorithm>

#include "decimal.h"
#include "fonts.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "json_object_writer.h"

namespace ui {

namespace {

const char* roleName(SemanticRole r) {
  switch (r) {
    case SemanticRole::Tab: return "tab";
    case SemanticRole::Radio: return "radio";
    case SemanticRole::Checkbox: return "checkbox";
    case SemanticRole::Slider: return "slider";
    case SemanticRole::Link: return "link";
    case SemanticRole::Heading: return "heading";
    case SemanticRole::Text: return "text";
    case SemanticRole::TextField: return "textfield";
    case SemanticRole::Option: return "option";
    case SemanticRole::TextBox: return "textbox";
    case SemanticRole::CopyText: return "copytext";
    case SemanticRole::MenuItem: return "menuitem";
    default: return "button";
  }
}


Rect lastItemRect() {
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  return Rect{min.x, min.y, size.x, size.y};
}

// A stable id for text: its words (hashed) and how often they appeared before in this frame.
std::string textId(const std::string& text, core::HashMap<std::string, int>& seen) {
  std::string id = "text/" + core::decimal(core::hashKey(text) % 1000000007u);
  const int n = seen[id]++;
  return n ? id + "." + core::decimal(n) : id;
}

// Whether what is being drawn is in a popup of its own (an explanation opened from a button of
// a group is not one of the group's).
bool drawingInPopup() {
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  return window && window->RootWindow && (window->RootWindow->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Tooltip));
}

}  // namespace

// The layer gathers a dialog's nodes in one element with the dialog role and makes the rest inert.
bool drawingInDialog() {
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  return window && window->RootWindow && (window->RootWindow->Flags & ImGuiWindowFlags_Modal);
}

void SemanticLayer::beginFrame() {
  drawing_.clear();
  panel_[0] = panel_[1] = 0;
  pressed_.clear();
  textSeen_.clear();
  lastTakenFromLayer_ = false;
  arrowedItem_.clear();
}

void SemanticLayer::endFrame() {
  focusMoved_ = false;
  // {"nodes": [...], "focus": id}: the nodes in reading (drawing) order, rectangles rounded to
  // CSS px; "focus" once, when the page's focus should move to a node. A node drawn in a modal
  // dialog says "dialog": true.
  // Written straight into the string, not built as Json values first: this runs every frame.
  std::string& out = json_;
  out.clear();
  out += "{\"nodes\":[";
  for (std::size_t i = 0; i < drawing_.size(); ++i) {
    const Node& n = drawing_[i];
    const SemanticRole role = n.s.role;
    if (!arrowedItem_.empty() && n.name == arrowedItem_) arrowedGroup_ = n.s.group;
    if (i) out += ',';
    core::JsonObjectWriter j(out);
    j.text("id", n.name);
    j.text("role", roleName(role));
    j.text("label", n.s.label);
    j.number("x", static_cast<int>(n.rect.x));
    j.number("y", static_cast<int>(n.rect.y));
    j.number("w", static_cast<int>(n.rect.w + 0.5f));
    j.number("h", static_cast<int>(n.rect.h + 0.5f));
    if (!n.s.group.empty()) {
      j.text("group", n.s.group);
      j.text("groupLabel", n.s.groupLabel);
    }
    if (role == SemanticRole::Tab || role == SemanticRole::Radio || role == SemanticRole::Checkbox ||
        role == SemanticRole::Option)
      j.boolean("checked", n.s.checked);
    if (role == SemanticRole::TextField) {
      j.text("text", n.s.valueText);
      j.boolean("expanded", n.s.checked);
      j.text("controls", n.s.controls);
      j.text("active", n.s.activeDescendant);
    }
    if (n.s.disabled) j.boolean("disabled", true);
    if (n.s.menu) j.boolean("expanded", n.s.checked);  // a menu button: whether its menu is open
    if (n.s.explains) j.text("shows", n.s.shows);
    if (n.s.tabStop) j.boolean("tabStop", true);
    if (n.inDialog) j.boolean("dialog", true);
    if (n.inPopup) j.boolean("top", true);
    if (!n.s.href.empty()) j.text("href", n.s.href);
    if (role == SemanticRole::Slider) {
      j.number("value", n.s.value);
      j.number("min", n.s.min);
      j.number("max", n.s.max);
      j.text("valueText", n.s.valueText);
    }
    if (n.s.level) j.number("level", n.s.level);
    // Its window does not show all of it (a pane scrolled it partly or wholly out): the element
    // is cut to what is shown ([top, right, bottom, left] in px), lest it lie over the header,
    // take its clicks (a link, text) or show a selection there.
    const Rect& r = n.rect;
    const int cut[4] = {static_cast<int>(std::max(0.0f, n.shows[1] - r.y)), static_cast<int>(std::max(0.0f, r.x + r.w - n.shows[2])),
                        static_cast<int>(std::max(0.0f, r.y + r.h - n.shows[3])), static_cast<int>(std::max(0.0f, n.shows[0] - r.x))};
    if (cut[0] | cut[1] | cut[2] | cut[3])
      out += ",\"clip\":[" + core::decimal(cut[0]) + ',' + core::decimal(cut[1]) + ',' + core::decimal(cut[2]) + ',' + core::decimal(cut[3]) + ']';
    if (n.px) j.number("px", n.px);
    if (n.bold) j.boolean("bold", true);
    if (role == SemanticRole::TextBox || role == SemanticRole::CopyText) j.text("text", n.s.valueText);
    if (role == SemanticRole::TextBox && n.s.max > 0) j.number("max", n.s.max);
    if (!n.s.description.empty()) j.text("description", n.s.description);
    if (n.s.invalid) j.boolean("invalid", true);
    j.close();
  }
  out += ']';
  if (!focusRequest_.empty()) {
    out += ",\"focus\":";
    core::appendJsonString(out, focusRequest_);
  }
  // What a press went to, above whatever else the point is on (a menu over a list): the layer
  // gives it the press's focus (library_semantic_layer.js, focusPressed).
  if (!pressed_.empty()) {
    out += ",\"pressed\":";
    core::appendJsonString(out, pressed_);
  }
  // A popup is open (a menu, an explanation, a list, a dialog): it may lie over the view's text
  // and links, whose elements then leave the pointer to the canvas.
  if (GImGui->OpenPopupStack.Size) out += ",\"popup\":1";
  if (!modal_.empty()) {
    out += ",\"modal\":";
    core::appendJsonString(out, modal_);
  }
  if (panel_[1] > panel_[0])
    out += ",\"panel\":[" + core::decimal(panel_[0]) + "," + core::decimal(panel_[1]) + "]";
  out += '}';
  focusRequest_.clear();
  modal_.clear();
  textSeen_.clear();
  // Requests for items no longer drawn are dropped: they cannot be taken any more.
  activations_.clear();
  values_.clear();
  texts_.clear();
  fieldKeys_.clear();
}

void SemanticLayer::ringIfFocused(const std::string& name, const Rect& r) {
  const bool focused = ring_ && name == focus_;
  if (!focused && name != reveal_) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
  if (focused) {
    // The focus ring: on top of everything, but only over what is visible of the item.
    const ImVec2 a(std::max(r.x - 2, clipMin.x), std::max(r.y - 2, clipMin.y));
    const ImVec2 b(std::min(r.x + r.w + 2, clipMax.x), std::min(r.y + r.h + 2, clipMax.y));
    if (a.x < b.x && a.y < b.y)
      ImGui::GetForegroundDrawList()->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_NavCursor), 6.0f, 0, 2.5f);
  }
  if ((focused && bringFocusIntoView_) || name == reveal_) {
    if (focused) bringFocusIntoView_ = false;
    if (name == reveal_) reveal_.clear();
    if (r.y < clipMin.y || r.y + r.h > clipMax.y) ImGui::SetScrollHereY(0.5f);
  }
}

void SemanticLayer::beginButtonGroup(std::string id, std::string label, const char* hint) {
  buttonGroup_ = std::move(id);
  buttonGroupLabel_ = std::move(label);
  groupHint_ = hint;
  groupButtons_ = 0;
  groupFocused_ = false;
}

void SemanticLayer::endButtonGroup() {
  const bool hint = groupFocused_ && groupButtons_ > 1 && !arrowsUsed_;
  buttonGroup_.clear();
  buttonGroupLabel_.clear();
  groupFocused_ = false;
  if (!hint) return;  // (so every group but the one with the ring ends, every frame)
  // A box over the ring (on what the reader has passed: the next line may hold the others), or
  // under it at the top of its area; drawn on top of everything as the ring is (an ImGui
  // tooltip would merge with one the mouse shows), and only while the item is in the area's
  // view (it was brought there as it took the focus).
  const Rect& r = groupFocusRect_;
  const ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
  if (r.y < clipMax.y && r.y + r.h > clipMin.y) {
    ImGui::PushFont(nullptr, TextSize::kSmall);
    const ImVec2 text = ImGui::CalcTextSize(groupHint_), pad(8, 4);
    const float h = text.y + pad.y * 2;
    const float over = r.y - 4 - h;
    const ImVec2 a(std::min(r.x, clipMax.x - text.x - pad.x * 2),
                   over >= clipMin.y ? over : std::min(r.y + r.h, clipMax.y) + 4);
    const ImVec2 b(a.x + text.x + pad.x * 2, a.y + h);
    ImDrawList* top = ImGui::GetForegroundDrawList();
    top->AddRectFilled(a, b, ImGui::GetColorU32(ImGuiCol_PopupBg), 4.0f);
    top->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_Border), 4.0f);
    top->AddText(ImVec2(a.x + pad.x, a.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text), groupHint_);
    ImGui::PopFont();
  }
}

// What the window being drawn shows (its clip rectangle, as ImGui's Min and Max: Node::shows),
// and whether it is a popup's.
void SemanticLayer::whereDrawn(Node& n) {
  const ImRect clip = ImGui::GetCurrentWindowRead()->ClipRect;
  n.shows[0] = clip.Min.x;
  n.shows[1] = clip.Min.y;
  n.shows[2] = clip.Max.x;
  n.shows[3] = clip.Max.y;
  n.inPopup = drawingInPopup();
}

void SemanticLayer::describeLastItem(const std::string& name, Semantic s) {
  const Rect r = lastItemRect();
  if (!buttonGroup_.empty() && s.group.empty() && s.role == SemanticRole::Button && !s.menu && !drawingInPopup()) {
    s.group = buttonGroup_;
    s.groupLabel = buttonGroupLabel_;
    ++groupButtons_;
    if (ring_ && name == focus_) {
      groupFocused_ = true;
      groupFocusRect_ = r;
    }
  }
  ringIfFocused(name, r);
  if (ImGui::IsItemActive()) pressed_ = name;
  drawing_.push_back(Node{name, std::move(s), r, false, drawingInDialog()});
  whereDrawn(drawing_.back());
}

void SemanticLayer::describeText(const std::string& text, int headingLevel, float inset) {
  if (text.empty()) return;
  Semantic s;
  s.role = headingLevel ? SemanticRole::Heading : SemanticRole::Text;
  s.label = text;
  s.level = headingLevel;
  if (!headingLevel && !buttonGroup_.empty() && !drawingInPopup()) {  // read in its place among the group's buttons
    s.group = buttonGroup_;
    s.groupLabel = buttonGroupLabel_;
  }
  // Text takes the focus only when the layer moves it there (a new view's title, an opened
  // explanation): a keyboard user sees the ring there as on a control.
  std::string name = textId(text, textSeen_);
  const Rect r = lastItemRect();
  ringIfFocused(name, r);
  const Rect words{r.x + inset, r.y, r.w - inset * 2, r.h};
  drawing_.push_back(Node{std::move(name), std::move(s), words, true, drawingInDialog(), static_cast<int>(ImGui::GetFontSize()),
                          ImGui::GetFont() != ImGui::GetDefaultFont()});
  whereDrawn(drawing_.back());
}

bool SemanticLayer::rectOf(const std::string& name, Rect& r) const {
  for (const Node& n : drawing_)
    if (n.name == name) return r = n.rect, true;
  return false;
}

void SemanticLayer::describeVirtual(const std::string& name, Semantic s, const Rect& rect, bool ring) {
  if (ring) ringIfFocused(name, rect);
  drawing_.push_back(Node{name, std::move(s), rect, false, drawingInDialog()});
}

void SemanticLayer::requestActivation(std::string_view name, bool byArrow) {
  activations_[std::string(name)] = byArrow ? 2 : 1;
}

void SemanticLayer::requestValue(std::string_view name, int value) { values_[std::string(name)] = value; }

bool SemanticLayer::takeActivation(const std::string& name) {
  auto it = activations_.find(name);
  if (it == activations_.end()) return false;
  if (it->second == 2) arrowedItem_ = name;
  activations_.erase(it);
  lastTakenFromLayer_ = true;
  return true;
}

bool SemanticLayer::takeValue(const std::string& name, int& value) {
  auto it = values_.find(name);
  if (it == values_.end()) return false;
  value = it->second;
  values_.erase(it);
  return true;
}

void SemanticLayer::requestText(std::string_view name, std::string_view text, TextCaret caret) {
  texts_[std::string(name)] = {std::string(text.substr(0, 4096)), caret};  // more than any field takes
}

void SemanticLayer::requestFieldKey(std::string_view name, int key) { fieldKeys_[std::string(name)] = key; }

bool SemanticLayer::takeText(const std::string& name, std::string& text, TextCaret& caret) {
  auto it = texts_.find(name);
  if (it == texts_.end()) return false;
  text = std::move(it->second.first);
  caret = it->second.second;
  texts_.erase(it);
  return true;
}

bool SemanticLayer::takeFieldKey(const std::string& name, int& key) {
  auto it = fieldKeys_.find(name);
  if (it == fieldKeys_.end()) return false;
  key = it->second;
  fieldKeys_.erase(it);
  return true;
}

bool SemanticLayer::focusMovedOn(std::size_t first, std::string_view owner) const {
  if (!focusMoved_ || focus_.empty() || focus_ == owner) return false;
  for (std::size_t i = first; i < drawing_.size(); ++i)
    if (drawing_[i].name == focus_) return false;
  return true;
}

void SemanticLayer::setFocus(std::string_view name, bool ring) {
  if (!name.empty() && name != focus_) focusMoved_ = true;
  ring_ = ring && !name.empty();
  if (!name.empty()) {
    // The ring from one button of a toolbar to another (as last drawn): the arrow keys, since
    // Tab leaves a toolbar (a click there gives the focus without the ring).
    const Node* from = nullptr;
    const Node* to = nullptr;
    for (const Node& n : drawing_) {
      if (n.name == previousFocus_) from = &n;
      if (n.name == name) to = &n;
    }
    if (ring_ && from && to && from != to && from->s.role == SemanticRole::Button && !from->s.group.empty() &&
        from->s.group == to->s.group)
      arrowsUsed_ = true;
    previousFocus_ = std::string(name);
  }
  focus_ = std::string(name);
  bringFocusIntoView_ = ring_;
  if (ring_) reveal_.clear();  // the focus came elsewhere: it is brought into view instead
}

}  // namespace ui
