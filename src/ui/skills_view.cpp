#include "skills_view.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "decimal.h"
#include "elements.h"
#include "header_view.h"
#include "list_pages.h"
#include "paths_view.h"
#include "scroll_area.h"

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

// "Working: write a small program ..." — what a rating means for this skill.
void levelLine(const ViewContext& ctx, const core::Skill& skill, int level) {
  {
    FontScope bold(ctx.fonts.bold, TextSize::kSmall);
    ImGui::TextUnformatted(ratingWord(level));
    // Read before its meaning, as the box shows it; each where it is drawn, so that a selection
    // of either lies on its words.
    ctx.semantics.describeText(ratingWord(level));
  }
  textWrapped(ctx, skill.levelText(level));
}

// The three levels of a skill, and whether a level is learned on the job.
void levelsExplanation(const ViewContext& ctx, const core::Skill& skill) {
  for (int level = 1; level <= 3; ++level) levelLine(ctx, skill, level);
  if (skill.onJobFrom > 0)
    textWrappedMuted(ctx, std::string("From ") + ratingWord(skill.onJobFrom) +
                              " up, learned on the job: " + skill.onJobNote);
  textWrappedMuted(ctx, "These lines are our words, to rate yourself against.");
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
    Semantic sem;
    sem.role = SemanticRole::Radio;
    sem.group = "rating/" + skill.id;
    sem.groupLabel = skill.name;
    sem.checked = level == current;
    // Heard while arrowing through the levels, as a mouse resting on one shows it.
    if (level > 0) sem.description = skill.levelText(level);
    if (tabButton(ctx, ratingWord(level), selected,
                  "skill/" + skill.id + "/" + core::decimal(level), segment, !selected,
                  restingNone ? ctx.colours.surfaceSelected : 0, sem))
      clicked = level;
    // A mouse resting on a rating shows what it means. A finger has no hover, and a tap must
    // only rate: the chosen level's meaning shows under the skill's name instead, and "What the
    // levels mean" opens all three on a tap.
    if (level > 0 && !skill.levelText(level).empty() &&
        ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse &&
        ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
      ImGui::SetNextWindowSize(ImVec2(explainerWidth(), 0));
      if (ImGui::BeginTooltip()) {
        levelLine(ctx, skill, level);
        ImGui::EndTooltip();
      }
    }
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
  static const char* const kIntro = "Rate what you can do today, or say what you work as and adjust it. "
                                    "Roles are then ordered by how well you fit them.";
  if (!ctx.derived.anyRated) {
    textWrappedMuted(ctx, kIntro);
    return;
  }
  // The best fits take at least the introduction's room: the first rating replaces one with the
  // other, and the skills below must not move under the finger that rated.
  const float top = ImGui::GetCursorPosY();
  const float introBottom = top + ImGui::CalcTextSize(kIntro, nullptr, false, ImGui::GetContentRegionAvail().x).y +
                            ImGui::GetStyle().ItemSpacing.y;
  {
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    std::string line = "Best fits (our measure): ";
    for (std::size_t i = 0; i < ctx.derived.ranking.size() && i < 3; ++i) {
      const core::RoleFit& f = ctx.derived.ranking[i];
      if (i) line += " \xC2\xB7 ";
      line += f.role->title + " " + core::decimal(f.score) + "%";
    }
    textWrapped(ctx, line);
  }
  if (ImGui::GetCursorPosY() < introBottom) ImGui::SetCursorPosY(introBottom);
}

}  // namespace

const std::vector<const core::Skill*>& SkillsViewState::ordered(const core::Catalog& catalog) {
  if (orderFor != &catalog) {
    order.clear();
    order.reserve(catalog.skills.size());
    for (core::SkillCategory category : kCategoryOrder)
      for (const core::Skill& skill : catalog.skills)
        if (skill.category == category) order.push_back(&skill);
    orderFor = &catalog;
    pages = ListPages{};
  }
  return order;
}

void SkillsViewState::showSkill(const core::Catalog& catalog, const std::string& skillId) {
  const auto& list = ordered(catalog);
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i]->id != skillId) continue;
    pages.showItem(i, kSkillsPage);
    return;
  }
}

const char* ratingWord(int level) {
  static const char* const kWords[] = {"None", "Basic", "Working", "Strong"};
  return kWords[std::clamp(level, 0, 3)];
}

void skillsView(const ViewContext& ctx, SkillsViewState& view, JobChoice& job) {
  ScrollArea area(ctx.input, "skills", ImVec2(0, 0));
  {
    FontScope title(ctx.fonts.bold, TextSize::kTitle);
    ImGui::TextUnformatted("My skills");
    ctx.semantics.describeText("My skills", 2);
  }
  bestFits(ctx);

  jobPicker(ctx, job);
  const std::string from = jobWords(ctx);
  if (!from.empty()) {
    ImGui::AlignTextToFramePadding();
    textColoured(ctx, ctx.colours.textMuted, from);
    ImGui::SameLine();
  }
  // Clearing is one click away from every rating: like a job's, it offers them back (jobPicker).
  Semantic clear;
  clear.label = "Clear all my ratings";
  if (tabButton(ctx, "Clear", false, "skills/clear", 0, true, 0, clear)) {
    if (!ctx.state.ratings.empty()) job = {true, ctx.state.ratings, ctx.state.job, {}};
    core::clearRatings(ctx.state);
  }

  const float width = ImGui::GetContentRegionAvail().x;
  const float controlWidth = ctx.narrow ? width : std::min(300.0f, width * 0.42f);
  const auto& skills = view.ordered(ctx.catalog);
  const PageSpan shown = listPagesTop(ctx, view.pages, skills.size(), kSkillsPage, "Skills", "skills");
  for (std::size_t i = shown.begin; i < shown.end; ++i) {
    const core::Skill& skill = *skills[i];
    // A category's title heads its first skill on the page.
    if (i == shown.begin || skills[i - 1]->category != skill.category) sectionTitle(ctx, categoryTitle(skill.category));
    separator();
    // The reading order is the skill, its rating, then what the rating means: a screen reader
    // hears the rating control right after the skill it rates, and a tap that rates adds the
    // "You: …" line below the control, so the control does not move under the finger.
    const ImVec2 rowStart = ImGui::GetCursorPos();
    const float wrapAt = ctx.narrow ? 0.0f : rowStart.x + width - controlWidth - 16.0f;
    ImGui::PushTextWrapPos(wrapAt);
    {
      FontScope bold(ctx.fonts.bold, TextSize::kBody);
      ImGui::TextUnformatted(skill.name.c_str());
      // A heading under its category's: a screen reader hears which skill before what it is,
      // and moves from skill to skill.
      ctx.semantics.describeText(skill.name, 4);
    }
    {
      FontScope small(ctx.fonts.regular, TextSize::kSmall);
      ImGui::PushStyleColor(ImGuiCol_Text, ctx.colours.textMuted);
      ImGui::TextUnformatted(skill.description.c_str());
      ctx.semantics.describeText(skill.description);  // the radio group below names the skill
      ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    // Wide, the control stands at the row's right, level with the skill's name; the text
    // column then goes on under the description.
    const ImVec2 textGoesOn = ImGui::GetCursorPos();
    if (!ctx.narrow) ImGui::SetCursorPos(ImVec2(rowStart.x + width - controlWidth, rowStart.y + 2));
    const int level = ratingControl(ctx, skill, core::ratingOf(ctx.state.ratings, skill.id), controlWidth);
    if (level >= 0) core::rateSkill(ctx.state, ctx.catalog, skill.id, level);
    const float controlBottom = ImGui::GetCursorPosY();
    if (!ctx.narrow) ImGui::SetCursorPos(textGoesOn);
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    ImGui::PushTextWrapPos(wrapAt);
    const int current = core::ratingOf(ctx.state.ratings, skill.id);
    if (current > 0 && !skill.levelText(current).empty())
      textWrapped(ctx, std::string("You: ") + ratingWord(current) + " \xE2\x80\x94 " + skill.levelText(current));
    if (!skill.levelText(1).empty())
      explainedText(ctx, "What the levels mean", ctx.colours.accentText, "info/levels/" + skill.id,
                    [&] { levelsExplanation(ctx, skill); }, "What the levels mean for " + skill.name);
    ImGui::PopTextWrapPos();
    if (!ctx.narrow) ImGui::SetCursorPosY(std::max(controlBottom, ImGui::GetCursorPosY()));
  }
  listPagesBottom(ctx, view.pages, skills.size(), kSkillsPage, "Skills", "skills");
  sourceFooter(ctx);
}

}  // namespace ui
