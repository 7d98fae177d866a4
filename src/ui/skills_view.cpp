#include "skills_view.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "elements.h"
#include "scroll_area.h"
#include "header_view.h"

namespace ui {

namespace {

constexpr std::array<core::SkillCategory, 6> kCategoryOrder{
    core::SkillCategory::Foundations, core::SkillCategory::Technical, core::SkillCategory::Data,
    core::SkillCategory::Product,     core::SkillCategory::Creative,  core::SkillCategory::Governance};

const char* categoryTitle(core::SkillCategory c) {
  switch (c) {
    case core::SkillCategory::Foundations: return "Foundations";
    case core::SkillCategory::Technical: return "Technical";
    case core::SkillCategory::Data: return "Data";
    case core::SkillCategory::Product: return "Product";
    case core::SkillCategory::Creative: return "Creative";
    default: return "Governance";
  }
}

// Four joined buttons, none..strong. Returns the level clicked, or -1.
int ratingControl(const ViewContext& ctx, const core::Skill& skill, int current, float width) {
  int clicked = -1;
  const float segment = std::floor((width - 3.0f) / 4.0f);
  ImGui::PushID(skill.id.c_str());
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(1, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(4, 6));
  for (int level = 0; level <= 3; ++level) {
    if (level) ImGui::SameLine();
    // "None" chosen is the resting state of most rows: marked quietly, so that the skills a
    // reader has stand out.
    const bool selected = level == current && level > 0;
    const bool restingNone = level == 0 && current == 0;
    ImGui::PushID(level);
    if (tabButton(ctx, ratingWord(level), selected, "skill/" + skill.id + "/" + std::to_string(level),
                  segment, !selected, restingNone ? ctx.colours.surfaceSelected : 0))
      clicked = level;
    // Its tint alone is too close to its neighbours' (1.14:1): an edge marks the chosen "None".
    if (restingNone)
      ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ctx.colours.controlBorder,
                                          ImGui::GetStyle().FrameRounding, 0, 1.5f);
    ImGui::PopID();
  }
  ImGui::PopStyleVar(2);
  ImGui::PopID();
  return clicked;
}

void bestFits(const ViewContext& ctx) {
  if (!ctx.derived.anyRated) {
    textWrappedMuted(ctx, "Rate what you can do today, or start from a profile and adjust it. "
                          "Roles are then ordered by how well you fit them.");
    return;
  }
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  std::string line = "Best fits: ";
  for (std::size_t i = 0; i < ctx.derived.ranking.size() && i < 3; ++i) {
    const core::RoleFit& f = ctx.derived.ranking[i];
    if (i) line += " \xC2\xB7 ";
    line += f.role->title + " " + std::to_string(f.score) + "%";
  }
  textWrapped(line);
}

}  // namespace

const char* ratingWord(int level) {
  static const char* const kWords[] = {"None", "Basic", "Working", "Strong"};
  return kWords[std::clamp(level, 0, 3)];
}

void skillsView(const ViewContext& ctx) {
  ScrollArea area(ctx.input, "skills", ImVec2(0, 0));
  {
    FontScope heading(ctx.fonts.bold, TextSize::kTitle);
    ImGui::TextUnformatted("My skills");
  }
  bestFits(ctx);

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Start from:");
  Flow flow;
  flow.next(0);  // the label above is the line's first item
  for (const core::Profile& p : ctx.catalog.profiles) {
    flow.next(ImGui::CalcTextSize(p.name.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
    if (tabButton(ctx, p.name.c_str(), false, "profile/" + p.id, 0, true))
      core::applyProfile(ctx.state, ctx.catalog, p.id);
  }
  flow.next(ImGui::CalcTextSize("Clear").x + ImGui::GetStyle().FramePadding.x * 2);
  if (tabButton(ctx, "Clear", false, "skills/clear", 0, true)) core::clearRatings(ctx.state);

  const float width = ImGui::GetContentRegionAvail().x;
  const float controlWidth = ctx.narrow ? width : std::min(300.0f, width * 0.42f);
  for (core::SkillCategory category : kCategoryOrder) {
    bool any = std::any_of(ctx.catalog.skills.begin(), ctx.catalog.skills.end(),
                           [&](const core::Skill& s) { return s.category == category; });
    if (!any) continue;
    sectionTitle(ctx, categoryTitle(category));
    for (const core::Skill& skill : ctx.catalog.skills) {
      if (skill.category != category) continue;
      ImGui::Separator();
      const int current = core::ratingOf(ctx.state.ratings, skill.id);
      const ImVec2 rowStart = ImGui::GetCursorPos();
      ImGui::BeginGroup();
      ImGui::PushTextWrapPos(ctx.narrow ? 0.0f : rowStart.x + width - controlWidth - 16.0f);
      {
        FontScope bold(ctx.fonts.bold, TextSize::kBody);
        ImGui::TextUnformatted(skill.name.c_str());
      }
      {
        FontScope small(ctx.fonts.regular, TextSize::kSmall);
        ImGui::PushStyleColor(ImGuiCol_Text, ctx.colours.textMuted);
        ImGui::TextUnformatted(skill.description.c_str());
        ImGui::PopStyleColor();
      }
      ImGui::PopTextWrapPos();
      ImGui::EndGroup();
      if (!ctx.narrow) {
        const float textBottom = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(rowStart.x + width - controlWidth, rowStart.y + 2));
        int level = ratingControl(ctx, skill, current, controlWidth);
        if (level >= 0) core::rateSkill(ctx.state, ctx.catalog, skill.id, level);
        ImGui::SetCursorPosY(std::max(textBottom, ImGui::GetCursorPosY()));
      } else {
        int level = ratingControl(ctx, skill, current, controlWidth);
        if (level >= 0) core::rateSkill(ctx.state, ctx.catalog, skill.id, level);
      }
    }
  }
  sourceFooter(ctx);
}

}  // namespace ui
