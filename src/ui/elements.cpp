#include "elements.h"

namespace ui {

void textColoured(ImU32 colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
}

void textWrapped(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

void textWrappedMuted(const ViewContext& ctx, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ctx.colours.textMuted);
  textWrapped(text);
  ImGui::PopStyleColor();
}

void sectionTitle(const ViewContext& ctx, const char* title) {
  ImGui::Dummy(ImVec2(0, 4));
  FontScope bold(ctx.fonts.bold, TextSize::kTitle);
  ImGui::TextUnformatted(title);
}

void badge(const ViewContext& ctx, const std::string& text, ImU32 colour) {
  FontScope small(ctx.fonts.bold, TextSize::kSmall);
  const ImVec2 pad(7, 2);
  ImVec2 size = ImGui::CalcTextSize(text.c_str());
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImVec2 box(size.x + pad.x * 2, size.y + pad.y * 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImU32 fill = (colour & ~IM_COL32_A_MASK) | (IM_COL32(0, 0, 0, 36) & IM_COL32_A_MASK);
  draw->AddRectFilled(pos, ImVec2(pos.x + box.x, pos.y + box.y), fill, box.y * 0.5f);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), colour, text.c_str());
  ImGui::Dummy(box);
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
  ImGui::SetItemTooltip("%s", confidenceMeaning(c));
}

void Flow::next(float itemWidth) {
  if (first_) {
    first_ = false;
    return;
  }
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  // The cursor sits at the start of the next line: the row ends where the available space does.
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  if (ImGui::GetItemRectMax().x + spacing + itemWidth <= right) ImGui::SameLine();
}

bool chip(const ViewContext& ctx, Flow& flow, const std::string& label, bool outlined) {
  const ImVec2 pad(10, 4);
  ImVec2 text = ImGui::CalcTextSize(label.c_str());
  ImVec2 box(text.x + pad.x * 2, text.y + pad.y * 2);
  flow.next(box.x);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(box);
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 end(pos.x + box.x, pos.y + box.y);
  if (outlined) draw->AddRect(pos, end, ctx.colours.border, box.y * 0.5f, 0, 1.0f);
  else draw->AddRectFilled(pos, end, hovered ? ctx.colours.surfaceHover : ctx.colours.chip,
                           box.y * 0.5f);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), ctx.colours.chipText, label.c_str());
  return hovered;
}

bool tabButton(const ViewContext& ctx, const char* label, bool selected, const std::string& name,
               float width, bool quiet, ImU32 fill) {
  ImGui::PushStyleColor(ImGuiCol_Button,
                        selected ? ctx.colours.accent : fill ? fill : ctx.colours.surface);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                        selected ? ctx.colours.accent : ctx.colours.surfaceHover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, ctx.colours.accentText);
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? ctx.colours.onAccent : ctx.colours.text);
  bool clicked;
  {
    FontScope face(quiet && !selected ? ctx.fonts.regular : ctx.fonts.bold, TextSize::kBody);
    clicked = ImGui::Button(label, ImVec2(width, 0));
  }
  ImGui::PopStyleColor(4);
  ctx.items.nameLastItem(name);
  return clicked;
}

Row rowButton(const ViewContext& ctx, const std::string& id, const std::string& name, float height) {
  Row row;
  row.min = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  row.max = ImVec2(row.min.x + width, row.min.y + height);
  ImGui::PushID(id.c_str());
  row.clicked = ImGui::InvisibleButton("row", ImVec2(width, height));
  ImGui::PopID();
  ctx.items.nameLastItem(name);
  row.hovered = ImGui::IsItemHovered();
  return row;
}

bool linkButton(const ViewContext& ctx, const char* label, const std::string& url,
                const std::string& name) {
  ImGui::PushID(name.c_str());
  bool clicked = ImGui::TextLink(label);
  ImGui::PopID();
  ctx.items.nameLastItem(name);
  if (clicked && ctx.hooks.openUrl) ctx.hooks.openUrl(url.c_str());
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::SetItemTooltip("%s", url.c_str());
  return clicked;
}

}  // namespace ui
