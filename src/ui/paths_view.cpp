#include "paths_view.h"

#include <algorithm>

#include "decimal.h"
#include "elements.h"
#include "plan_words.h"

namespace ui {

namespace {

std::string skillNames(const ViewContext& ctx, const std::vector<const core::SkillNeed*>& needs) {
  std::string out;
  for (std::size_t i = 0; i < needs.size(); ++i) {
    const core::Skill* s = ctx.catalog.findSkill(needs[i]->skill);
    out += (i ? ", " : "") + (s ? s->name : needs[i]->skill);
  }
  return out;
}

// "Shared: Python, Statistics · partly: SQL" and "Missing: NLP, PyTorch" (or "on the job: …" for
// skills no allowed course raises).
std::string sharedLine(const ViewContext& ctx, const core::RolePath& p) {
  std::string line = p.shared.empty() ? "Shared: none" : "Shared: " + skillNames(ctx, p.shared);
  if (!p.partial.empty()) line += " \xC2\xB7 partly: " + skillNames(ctx, p.partial);
  return line;
}

std::string missingLine(const ViewContext& ctx, const core::RolePath& p) {
  std::string line = p.missing.empty() ? "Missing: none" : "Missing: " + skillNames(ctx, p.missing);
  if (p.planned && !p.plan.uncoverable.empty()) {
    line += " \xC2\xB7 no course here raises: ";
    for (std::size_t i = 0; i < p.plan.uncoverable.size(); ++i) {
      const core::Skill* s = ctx.catalog.findSkill(p.plan.uncoverable[i]);
      line += (i ? ", " : "") + (s ? s->name : p.plan.uncoverable[i]);
    }
  }
  return line;
}

void sortControl(const ViewContext& ctx, ListPages& pages) {
  // On one line while it fits; a narrow column (288 px) wraps the last choices under it.
  Flow flow;
  flow.next(0.0f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Sort by");
  Semantic sem;
  sem.role = SemanticRole::Radio;
  sem.group = "paths-sort";
  sem.groupLabel = "Sort roles by";
  const std::pair<core::PathSort, const char*> options[] = {{core::PathSort::Fit, "Fit"},
                                                            {core::PathSort::Hours, "Hours"},
                                                            {core::PathSort::Missing, "Missing"},
                                                            {core::PathSort::Name, "Name"}};
  for (const auto& [sort, label] : options) {
    float width;
    {
      FontScope bold(ctx.fonts.bold, TextSize::kBody);
      width = ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    }
    flow.next(width);
    sem.checked = ctx.state.pathSort == sort;
    if (tabButton(ctx, label, sem.checked, "paths/sort/" + std::string(core::nameOf(sort)), 0, false, 0, sem)) {
      core::sortPaths(ctx.state, sort);
      pages = ListPages{};  // a new order is read from its start
    }
  }
}

// Wrapped text drawn at `pos` into the row (the row's button is the item); returns its height.
float rowText(ImVec2 pos, float width, ImU32 colour, const std::string& text) {
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, colour, text.c_str(),
                                      nullptr, width);
  return ImGui::CalcTextSize(text.c_str(), nullptr, false, width).y;
}

float textHeight(const std::string& text, float width) {
  return ImGui::CalcTextSize(text.c_str(), nullptr, false, width).y;
}

// Column offsets of the wide table: role, fit, missing, hours.
struct Columns {
  float fit, missing, hours;
};
Columns columnsFor(float width) { return {width - 340.0f, width - 270.0f, width - 180.0f}; }

// One role. Returns true when chosen (click, tap, or Enter through the layer).
bool pathRow(const ViewContext& ctx, const core::RolePath& p) {
  const float width = ImGui::GetContentRegionAvail().x;
  const std::string shared = sharedLine(ctx, p), missing = missingLine(ctx, p);
  const std::string hours = core::pathHoursWords(p);
  const std::string fit = core::decimal(p.fit) + "% fit";
  const std::string missingCount = core::decimal(p.missing.size()) + " missing";
  const float pad = 6.0f;
  const Columns cols = columnsFor(width);
  const float textWidth = (ctx.narrow ? width : cols.fit - 8.0f) - 2 * pad;
  // Narrow: the plan on a line of its own under the title; wide: in its column, wrapped there.
  const std::string planLine = ctx.narrow ? "Plan: " + hours : hours;
  const float planWidth = ctx.narrow ? width - 2 * pad : width - cols.hours - pad;
  float height, planHeight;
  {
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    height = textHeight(shared, textWidth) + textHeight(missing, textWidth);
  }
  {
    FontScope regular(ctx.fonts.regular, TextSize::kBody);
    planHeight = textHeight(planLine, planWidth);
  }
  const float titleLine = 22.0f;
  height = ctx.narrow ? titleLine + planHeight + 2.0f + height : std::max(titleLine + height, planHeight + 4.0f);
  height += 2 * pad;
  // (The counts as the skills are listed under the title: shared, then partly shared.)
  const std::string label = p.role->title + ": " + fit + ", " + core::decimal(p.shared.size()) + " shared, " +
                            (p.partial.empty() ? "" : core::decimal(p.partial.size()) + " partly, ") + missingCount +
                            ", " + core::sentence(hours) + " Opens its plan.";
  // The skills by name, as drawn under the title, said after the counts (the row is one button).
  Semantic sem;
  sem.description = shared + ". " + missing + ".";
  const Row row = rowButton(ctx, p.role->id, "path/" + p.role->id, height, label, sem);
  if (!ImGui::IsItemVisible()) return row.clicked;  // scrolled away: its place is kept, nothing drawn
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (row.hovered) draw->AddRectFilled(row.min, row.max, ctx.colours.surfaceHover, 6.0f);
  float y = row.min.y + pad;
  const float x = row.min.x + pad;
  {
    FontScope bold(ctx.fonts.bold, TextSize::kBody);
    const float right = ctx.narrow ? row.max.x - pad - ImGui::CalcTextSize(fit.c_str()).x - 8.0f : row.min.x + cols.fit - 8.0f;
    draw->AddText(ImVec2(x, y), ctx.colours.text, ellipsized(p.role->title, right - x).c_str());
    if (ctx.narrow) {
      draw->AddText(ImVec2(row.max.x - pad - ImGui::CalcTextSize(fit.c_str()).x, y), ctx.colours.accentText, fit.c_str());
    } else {
      draw->AddText(ImVec2(row.min.x + cols.fit, y), ctx.colours.accentText, fit.c_str());
    }
  }
  {
    FontScope regular(ctx.fonts.regular, TextSize::kBody);
    const ImU32 hoursColour =
        p.planned && (!p.plan.courses.empty() || core::plannable(p)) ? ctx.colours.text : ctx.colours.textMuted;
    if (ctx.narrow) {
      rowText(ImVec2(x, y + titleLine - 2.0f), planWidth, hoursColour, planLine);
    } else {
      draw->AddText(ImVec2(row.min.x + cols.missing, y), ctx.colours.text, missingCount.c_str());
      rowText(ImVec2(row.min.x + cols.hours, y), planWidth, hoursColour, planLine);
    }
  }
  y += titleLine + (ctx.narrow ? planHeight + 2.0f : 0.0f);
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  y += rowText(ImVec2(x, y), textWidth, ctx.colours.textMuted, shared);
  rowText(ImVec2(x, y), textWidth, ctx.colours.textMuted, missing);
  return row.clicked;
}

void tableHeader(const ViewContext& ctx) {
  const float width = ImGui::GetContentRegionAvail().x;
  const Columns cols = columnsFor(width);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  FontScope small(ctx.fonts.bold, TextSize::kSmall);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddText(ImVec2(pos.x + 6, pos.y), ctx.colours.textMuted, "Role \xC2\xB7 skills you share and miss");
  draw->AddText(ImVec2(pos.x + cols.fit, pos.y), ctx.colours.textMuted, "Fit");
  draw->AddText(ImVec2(pos.x + cols.missing, pos.y), ctx.colours.textMuted, "Missing");
  draw->AddText(ImVec2(pos.x + cols.hours, pos.y), ctx.colours.textMuted, "Plan");
  ImGui::Dummy(ImVec2(width, ImGui::GetFontSize() + 4));
}

}  // namespace

std::string jobWords(const ViewContext& ctx) {
  if (const core::Profile* job = ctx.derived.job)
    return "From " + job->name + (ctx.derived.jobAdjusted ? ", adjusted" : "");
  return ctx.state.ratings.empty() ? std::string() : "From your own ratings";
}

void jobPicker(const ViewContext& ctx, JobChoice& choice) {
  // Ratings made by hand: none from a job, or a job's adjusted.
  const bool own = !ctx.state.ratings.empty() && (ctx.state.job.empty() || ctx.derived.jobAdjusted);
  // The reader moved on from the job that replaced them, or from clearing them (another rating,
  // no job, a link).
  if (choice.kept && (own || ctx.state.job != choice.chosen)) choice = {};
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("I work as \xE2\x80\xA6");
  ctx.semantics.describeText("I work as \xE2\x80\xA6");
  Flow flow;
  flow.next(0);  // the label above is the line's first item
  Semantic sem;
  sem.role = SemanticRole::Radio;
  sem.group = "job";
  sem.groupLabel = "I work as";
  const float pad = ImGui::GetStyle().FramePadding.x * 2;
  for (const core::Profile& p : ctx.catalog.profiles) {
    // A name longer than a line is cut with an ellipsis (measured in the selected, bold face);
    // the layer says it whole.
    std::string shown;
    {
      FontScope bold(ctx.fonts.bold, TextSize::kBody);
      shown = ellipsized(p.name, availableWidth() - pad);
      flow.next(ImGui::CalcTextSize(shown.c_str()).x + pad);
    }
    sem.checked = ctx.state.job == p.id;
    sem.label = p.name;
    if (tabButton(ctx, shown.c_str(), sem.checked, "profile/" + p.id, 0, true, 0, sem)) {
      // (Kept once: arrowing on through the jobs replaces a job's ratings, not the reader's.)
      if (own && !choice.kept) choice = {true, ctx.state.ratings, ctx.state.job, {}};
      if (choice.kept) choice.chosen = p.id;
      core::applyProfile(ctx.state, ctx.catalog, p.id);
    }
  }
  if (!choice.kept) return;
  constexpr const char* kBringBack = "Bring back my ratings";
  ImGui::AlignTextToFramePadding();
  textColoured(ctx, ctx.colours.textMuted,
               choice.chosen.empty() ? "Your ratings were cleared." : "Your own ratings were replaced by this job's.");
  {
    FontScope bold(ctx.fonts.bold, TextSize::kBody);
    Flow flow;
    flow.next(0);  // beside the sentence when it fits, else under it (a phone)
    flow.next(ImGui::CalcTextSize(kBringBack).x + ImGui::GetStyle().FramePadding.x * 2);
  }
  if (tabButton(ctx, kBringBack, false, "profile/undo", 0, true)) {
    core::restoreRatings(ctx.state, std::move(choice.ratings), choice.job);
    choice = {};
    choice.broughtBack = true;
  }
}

void pathsView(const ViewContext& ctx, const core::RolePathsCache& paths, ListPages& pages, JobChoice& choice) {
  jobPicker(ctx, choice);
  const std::string from = jobWords(ctx);
  textWrapped(ctx, from.empty() ? "Choose your job above, or rate your skills under My skills: every role is "
                                  "then measured from there."
                                : from + ": every role, what you already share with it, what is missing, "
                                         "and the hours of the plan to close the gap.");
  textWrappedMuted(ctx, "Hours: the least-hours plan with your plan filters (" +
                            core::filtersWords(ctx.state.filters) +
                            "), estimated the way the Plan view does. A role opens its plan.");
  sortControl(ctx, pages);
  const auto rows = core::sortPaths(paths.rows(), ctx.state.pathSort);
  const PageSpan shown = listPagesTop(ctx, pages, rows.size(), kPathsPage, "Roles", "paths");
  if (!ctx.narrow) tableHeader(ctx);
  for (std::size_t i = shown.begin; i < shown.end; ++i) {
    const core::RolePath* p = rows[i];
    separator();
    if (pathRow(ctx, *p)) {
      core::setTarget(ctx.state, ctx.catalog, p->role->id);
      core::showView(ctx.state, core::View::Plan);
    }
  }
  listPagesBottom(ctx, pages, rows.size(), kPathsPage, "Roles", "paths");
}

}  // namespace ui
