#include "problems_view.h"

#include "decimal.h"
#include "elements.h"
#include "scroll_area.h"
#include "text_mirror.h"

namespace ui {

void problemsView(const Palette& colours, const Fonts& fonts, InputMap& input, ItemRegistry& items,
                  SemanticLayer& semantics, const std::string& title, const std::string& detail,
                  const core::LoadReport* report) {
  {
    FontScope heading(fonts.bold, TextSize::kHeading);
    ImGui::PushStyleColor(ImGuiCol_Text, colours.error);
    textWrapped(title);
    ImGui::PopStyleColor();
  }
  semantics.describeText(title, 2);
  if (!detail.empty()) {
    textWrapped(detail);
    semantics.describeText(detail);
  }
  if (!report) return;
  ImGui::Spacing();
  ImGui::TextUnformatted(core::kDataProblemsTitle);
  {
    ScrollArea area(input, "problems", ImVec2(0, 0), ImGuiChildFlags_Borders);
    FontScope small(fonts.regular, TextSize::kSmall);
    // Each problem after its kind, in the kind's colour.
    const auto list = [](const std::vector<core::Problem>& problems, ImU32 colour, const char* kind) {
      for (const core::Problem& p : problems) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(kind);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        textWrapped(p.text());
      }
    };
    list(report->errors(), colours.error, "error");
    if (report->errorCount() > report->errors().size())
      textWrapped("\xE2\x80\xA6 and " + core::decimal(report->errorCount() - report->errors().size()) +
                  " more errors");
    list(report->warnings(), colours.warning, "warning");
  }
  // The list as one stop for Tab (the last item: the list's box), from which Page Down, Page Up
  // and Space scroll it, as the wheel does. Its words are the text mirror's (core::
  // describeProblems): with a node in the layer, the page hides the mirror from screen readers.
  const core::TextSection words = core::describeProblems(*report);
  std::string said = words.title;
  for (const std::string& line : words.lines) said += "\n" + line;
  Semantic s;
  s.role = SemanticRole::Text;
  s.label = std::move(said);
  s.tabStop = true;
  items.nameLastItem(kProblemsList);
  semantics.describeLastItem(kProblemsList, std::move(s));
}

}  // namespace ui
