#include "problems_view.h"

#include "elements.h"
#include "scroll_area.h"
#include "text_mirror.h"

namespace ui {

void problemsView(const Palette& colours, const Fonts& fonts, InputMap& input, const std::string& title,
                  const std::string& detail, const core::LoadReport* report) {
  {
    FontScope heading(fonts.bold, TextSize::kHeading);
    ImGui::PushStyleColor(ImGuiCol_Text, colours.error);
    textWrapped(title);
    ImGui::PopStyleColor();
  }
  if (!detail.empty()) textWrapped(detail);
  if (!report) return;
  ImGui::Spacing();
  ImGui::TextUnformatted(core::kDataProblemsTitle);  // (the page's text mirror lists them too)
  ScrollArea area(input, "problems", ImVec2(0, 0), ImGuiChildFlags_Borders);
  FontScope small(fonts.regular, TextSize::kSmall);
  for (const core::Problem& p : report->errors()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours.error);
    ImGui::TextUnformatted("error");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    textWrapped(p.text());
  }
  if (report->errorCount() > report->errors().size())
    textWrapped("\xE2\x80\xA6 and " + std::to_string(report->errorCount() - report->errors().size()) +
                " more errors");
  for (const core::Problem& p : report->warnings()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours.warning);
    ImGui::TextUnformatted("warning");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    textWrapped(p.text());
  }
}

}  // namespace ui
