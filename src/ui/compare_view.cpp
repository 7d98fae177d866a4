#include "compare_view.h"

#include <vector>

#include "decimal.h"
#include "elements.h"
#include "header_view.h"
#include "pair_view.h"
#include "paths_view.h"
#include "salary.h"
#include "salary_chart.h"
#include "scroll_area.h"

namespace ui {

namespace {

// Where the pay axis ends: wide rows keep a column on the right for the reader's fit.
float axisRight(const ViewContext& ctx, float left, float width) {
  return left + width - 8.0f - (ctx.derived.anyRated && !ctx.narrow ? 64.0f : 0.0f);
}

void roleTooltip(const ViewContext& ctx, const core::Role& role) {
  {
    FontScope bold(ctx.fonts.bold, TextSize::kTitle);
    ImGui::TextUnformatted(role.title.c_str());
  }
  separator();
  rolePayExplanation(ctx, role);
  separator();
  textColoured(ctx, ctx.colours.textMuted, "Click to open this role.");
}

// The chart's layers (draw-list channels): row highlights under the grid, bars and words over it.
enum ChartLayer { kRowHighlight = 0, kGrid = 1, kMarks = 2, kChartLayers = 3 };

// A role's row: title (beside the bar when wide, above it when narrow), its pay span and, once the
// reader rated anything, their fit (`fitScore`, -1 for none).
bool compareRow(const ViewContext& ctx, const core::Role& role, int fitScore, float titleWidth,
                const SalaryAxis& axis) {
  const float barRow = 26.0f;
  const float titleRow = ctx.narrow ? 22.0f : 0.0f;
  const auto span = core::paySpan(role);
  // The figures go beside the bar, after it or else before it, where they fit; otherwise (always
  // on a phone) on a line of their own under it: beside it they would cover it.
  const std::string label = span ? core::describeSpan(*span, false) : std::string("not stated");
  float labelX = axis.x0 + 2;
  bool labelBelow = ctx.narrow;
  if (span && !ctx.narrow) {
    FontScope small(ctx.fonts.bold, TextSize::kSmall);
    const float w = ImGui::CalcTextSize(label.c_str()).x;
    const float after = spanLabelX(axis, *span);
    const float before = axis.x(static_cast<double>(span->low.value_or(span->high))) - w - 8;
    // (A bar in two parts, from under a ceiling: before its second part, in the gap.)
    const float from = span->lowCeiling ? axis.x(static_cast<double>(*span->lowCeiling)) + 8 : axis.x0;
    if (after + w <= axis.x1 + 8) labelX = after;
    else if (before >= from) labelX = before;
    else labelBelow = true;
  }
  // Under the bar, the label wraps at the row's edge (a phone, a blog's narrow column) and the
  // row grows by its lines.
  const float labelWrap = ImGui::GetCursorScreenPos().x + availableWidth() - labelX - 4.0f;
  float labelRow = 0.0f;
  if (labelBelow) {
    FontScope small(ctx.fonts.bold, TextSize::kSmall);
    labelRow = std::max(16.0f, ImGui::CalcTextSize(label.c_str(), nullptr, false, labelWrap).y + 2.0f);
  }
  const float height = barRow + titleRow + labelRow + 6.0f;
  const std::string fit = fitScore >= 0 ? core::decimal(fitScore) + "% fit" : std::string();
  // The layer's name says what the row draws: the pay, and the fit once the reader has rated.
  const Row row = rowButton(ctx, role.id, "compare/" + role.id, height,
                            role.title + ": " + (span ? core::describeSpan(*span, true) : std::string("pay not stated")) +
                                (fit.empty() ? fit : ", " + fit));
  const ImVec2 pos = row.min;
  const float width = row.max.x - row.min.x;
  const bool clicked = row.clicked, hovered = row.hovered;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 behind = hovered ? ctx.colours.surfaceHover : ctx.colours.background;
  if (hovered) {
    draw->ChannelsSetCurrent(kRowHighlight);
    draw->AddRectFilled(pos, row.max, ctx.colours.surfaceHover, 6.0f);
    draw->ChannelsSetCurrent(kMarks);
  }
  const float yBar = pos.y + titleRow + barRow * 0.5f + 3.0f;
  float fitWidth = 0.0f;
  if (fitScore >= 0) {
    FontScope small(ctx.fonts.bold, TextSize::kSmall);
    fitWidth = ImGui::CalcTextSize(fit.c_str()).x;
  }
  {
    // The title in its column (on a phone: its line, short of the fit at its right).
    FontScope bold(ctx.fonts.bold, TextSize::kBody);
    const float ty = ctx.narrow ? pos.y + 4.0f : yBar - ImGui::GetFontSize() * 0.5f;
    const float room = ctx.narrow ? width - 14.0f - (fitScore >= 0 ? fitWidth + 8.0f : 0.0f) : titleWidth - 14.0f;
    chartText(draw, ImVec2(pos.x + 6, ty), ctx.colours.text, ellipsized(role.title, room).c_str(), behind);
  }
  FontScope small(ctx.fonts.bold, TextSize::kSmall);
  const float textY = labelBelow ? yBar + 8.0f : yBar - ImGui::GetFontSize() * 0.5f;
  if (span) drawSpan(axis, *span, yBar, ctx.colours.barFill);
  chartText(draw, ImVec2(labelX, textY), span && !span->allDerived ? ctx.colours.text : ctx.colours.textMuted,
            label.c_str(), behind, labelBelow ? labelWrap : 0.0f);
  if (fitScore >= 0) {  // fit beside pay
    const float x = pos.x + width - fitWidth - 8;
    const float y = ctx.narrow ? pos.y + 5.0f : textY;
    chartText(draw, ImVec2(x, y), ctx.colours.accentText, fit.c_str(), behind);
  }
  // A pointer's preview of the role; a click or tap opens the role itself.
  if (hovered && ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse && ImGui::BeginTooltip()) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 320.0f);
    roleTooltip(ctx, role);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  return clicked;
}

// Pay | From my job | Side by side: one segmented control (the view tabs have no room for more
// at 360 px).
void modeControl(const ViewContext& ctx) {
  Semantic sem;
  sem.role = SemanticRole::Radio;
  sem.group = "compare-mode";
  sem.groupLabel = "Compare";
  const std::pair<core::CompareMode, const char*> modes[] = {{core::CompareMode::Pay, "Pay"},
                                                             {core::CompareMode::FromJob, "From my job"},
                                                             {core::CompareMode::SideBySide, "Side by side"}};
  const float width = ImGui::GetContentRegionAvail().x;
  const float each = ctx.narrow ? (width - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.0f : 0.0f;
  RowTextSize text(ctx, {modes[0].second, modes[1].second, modes[2].second}, each);
  bool first = true;
  for (const auto& [mode, label] : modes) {
    if (!first) ImGui::SameLine();
    first = false;
    sem.checked = ctx.state.compareMode == mode;
    if (tabButton(ctx, label, sem.checked, "mode/" + std::string(core::nameOf(mode)), each, false, 0, sem))
      core::setCompareMode(ctx.state, mode);
  }
}

const char* modeTitle(core::CompareMode mode) {
  switch (mode) {
    case core::CompareMode::FromJob: return "From my job to a role";
    case core::CompareMode::SideBySide: return "Two roles side by side";
    default: return "Pay compared";
  }
}

}  // namespace

bool compareView(const ViewContext& ctx, const core::RolePathsCache& paths, CompareViewState& view, JobChoice& job) {
  bool chosen = false;
  ScrollArea area(ctx.input, "compare", ImVec2(0, 0));
  modeControl(ctx);
  {
    FontScope title(ctx.fonts.bold, TextSize::kTitle);
    const char* text = modeTitle(ctx.state.compareMode);
    ImGui::TextUnformatted(text);
    ctx.semantics.describeText(text, 2);
  }
  if (ctx.state.compareMode == core::CompareMode::FromJob) {
    pathsView(ctx, paths, view.paths, job);
    ImGui::Dummy(ImVec2(0, 18));
    sourceFooter(ctx);
    return false;
  }
  if (ctx.state.compareMode == core::CompareMode::SideBySide) {
    pairView(ctx, paths);
    ImGui::Dummy(ImVec2(0, 18));
    sourceFooter(ctx);
    return false;
  }
  textWrappedMuted(ctx, "Each bar runs from the lowest to the highest figure the source gives for "
                        "the role, entry to senior; a label that names levels covers only those. "
                        "Hatched: our reading of words with no number. "
                        "Sorting compares floors (where each level's pay starts); roles with no "
                        "floor at that level come after, and roles with no figure last. Figures "
                        "for a few posts only (e.g. top-tier firms) are in each role's notes.");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Sort by");
  ImGui::SameLine();
  const bool bySenior = ctx.state.compareSort == core::CompareSort::SeniorPay;
  Semantic sort;
  sort.role = SemanticRole::Radio;
  sort.group = "sort";
  sort.groupLabel = "Sort by";
  if (tabButton(ctx, "Senior pay", bySenior, "sort/senior", 0, false, 0, sort)) {
    core::sortCompare(ctx.state, core::CompareSort::SeniorPay);
    view.pay = ListPages{};  // a new order is read from its start
  }
  ImGui::SameLine();
  if (tabButton(ctx, "Entry pay", !bySenior, "sort/entry", 0, false, 0, sort)) {
    core::sortCompare(ctx.state, core::CompareSort::EntryPay);
    view.pay = ListPages{};
  }
  auto roles = core::rolesForCompare(ctx.catalog, ctx.state.compareSort);
  const PageSpan shown = listPagesTop(ctx, view.pay, roles.size(), kComparePage, "Roles", "compare");

  const float titleWidth = ctx.narrow ? 0.0f : 230.0f;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  // One axis for every row (finding its top looks at every role).
  const SalaryAxis axis = SalaryAxis::forCatalog(ctx.catalog, top.x + titleWidth, axisRight(ctx, top.x, width));
  // Each role's fit by its place in the catalogue: one pass over the ranking, not one a row.
  std::vector<int> fitScores;
  if (ctx.derived.anyRated) {
    fitScores.assign(ctx.catalog.roles.size(), -1);
    for (const core::RoleFit& f : ctx.derived.ranking)
      fitScores[static_cast<std::size_t>(f.role - ctx.catalog.roles.data())] = f.score;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(kChartLayers);
  draw->ChannelsSetCurrent(kMarks);
  for (std::size_t i = shown.begin; i < shown.end; ++i) {
    const core::Role* role = roles[i];
    const std::size_t index = static_cast<std::size_t>(role - ctx.catalog.roles.data());
    if (compareRow(ctx, *role, fitScores.empty() ? -1 : fitScores[index], titleWidth, axis)) {
      core::selectRole(ctx.state, ctx.catalog, role->id);
      core::showView(ctx.state, core::View::Roles);
      chosen = true;
    }
  }
  const float bottom = ImGui::GetCursorScreenPos().y;
  // The grid is drawn once the rows' height is known, into the layer under their bars and words.
  draw->ChannelsSetCurrent(kGrid);
  drawAxis(ctx, axis, top.y, bottom);
  draw->ChannelsMerge();
  ImGui::Dummy(ImVec2(0, 18));
  listPagesBottom(ctx, view.pay, roles.size(), kComparePage, "Roles", "compare");
  sourceFooter(ctx);
  return chosen;
}

}  // namespace ui
