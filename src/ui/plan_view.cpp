#include "plan_view.h"

#include <algorithm>
#include <cmath>

#include "calendar.h"
#include "decimal.h"
#include "elements.h"
#include "header_view.h"
#include "list_pages.h"
#include "plan_words.h"
#include "salary.h"
#include "scroll_area.h"
#include "skills_view.h"
#include "slider.h"

namespace ui {

namespace {

std::string skillName(const ViewContext& ctx, const std::string& id) {
  const core::Skill* s = ctx.catalog.findSkill(id);
  return s ? s->name : id;
}

std::string skillList(const ViewContext& ctx, const std::vector<std::string>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : "") + skillName(ctx, ids[i]);
  return out;
}

void targetPicker(const ViewContext& ctx) {
  const core::Role* target = ctx.derived.target;
  std::string preview = target ? target->title : "choose a role";
  if (ctx.state.target.empty() && ctx.derived.targetIsBestFit) preview += " (best fit)";
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Target role");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ctx.narrow ? -1.0f : 320.0f);
  // The layer offers the choice as a radio group whether the list is open or not (ImGui opens it
  // only on a click); choosing there is the same action as choosing in the list. With many roles,
  // the group holds those around the chosen one (windowAround), which arrow keys move through.
  const ImVec2 comboMin = ImGui::GetCursorScreenPos();
  const Rect comboRect{comboMin.x, comboMin.y, ctx.narrow ? ImGui::GetContentRegionAvail().x : 320.0f,
                       ImGui::GetFrameHeight()};
  ComboFromLayer keys{false, layerFocusWithin(ctx, "target/")};
  auto offer = [&](const std::string& name, const std::string& label, const std::string& id) {
    Semantic sem;
    sem.role = SemanticRole::Radio;
    sem.label = label;
    sem.group = "target";
    sem.groupLabel = "Target role";
    sem.checked = ctx.state.target == id;
    const bool chosen = sem.checked;
    ctx.semantics.describeVirtual(name + "#layer", std::move(sem), comboRect);
    if (keys.chooses(ctx.semantics.takeActivation(name + "#layer"), chosen)) core::setTarget(ctx.state, ctx.catalog, id);
  };
  const auto& ranking = ctx.derived.ranking;
  // Named with the role it stands for, as the closed list shows it (nothing rated: the role
  // looked at).
  const core::Role* best = ctx.derived.anyRated && !ranking.empty() ? ranking.front().role
                                                                     : ctx.catalog.findRole(ctx.state.role);
  offer("target/best", best ? "Best fit: " + best->title : std::string("Best fit"), "");
  std::size_t current = 0;
  for (std::size_t i = 0; i < ranking.size(); ++i)
    if (ranking[i].role->id == ctx.state.target) current = i;
  const PageSpan offered = windowAround(ranking.size(), current);
  for (std::size_t i = offered.begin; i < offered.end; ++i) {
    const core::RoleFit& f = ranking[i];
    offer("target/" + f.role->id, f.role->title + (ctx.derived.anyRated ? ", " + core::decimal(f.score) + "% fit" : ""),
          f.role->id);
  }
  bool open;
  {
    ControlFrame frame(ctx);
    open = beginCombo("##target", preview, keys);
  }
  if (open) {
    popupScrollRegion(ctx, "target-list");
    // Entries a finger can hit, each keyed by its role id: no title decides which one is chosen.
    const float entry = ctx.touch ? kComfortableTarget : 32.0f;
    if (listEntry("Best fit##best", ctx.state.target.empty(), entry))
      core::setTarget(ctx.state, ctx.catalog, "");
    keepChosenEntryInView(keys, ctx.state.target.empty());
    ctx.items.nameLastItem("target/best");
    for (const core::RoleFit& f : ctx.derived.ranking) {
      std::string label = f.role->title;
      if (ctx.derived.anyRated) label += "  \xC2\xB7  " + core::decimal(f.score) + "% fit";
      ImGui::PushID(f.role->id.c_str());
      if (listEntry(imguiLabel(label).c_str(), ctx.state.target == f.role->id, entry))
        core::setTarget(ctx.state, ctx.catalog, f.role->id);
      keepChosenEntryInView(keys, ctx.state.target == f.role->id);
      ImGui::PopID();
      ctx.items.nameLastItem("target/" + f.role->id);
    }
    ImGui::EndCombo();
  }
  ctx.items.nameLastItem("plan/target");
}

void goalAndFilters(const ViewContext& ctx) {
  core::AppState& s = ctx.state;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Least");
  ImGui::SameLine();
  Semantic goal;
  goal.role = SemanticRole::Radio;
  goal.group = "goal";
  goal.groupLabel = "Plan for the least";
  if (tabButton(ctx, "hours", s.goal == core::PlanGoal::LeastHours, "goal/hours", 0, false, 0, goal))
    core::setGoal(s, core::PlanGoal::LeastHours);
  ImGui::SameLine();
  if (tabButton(ctx, "cost", s.goal == core::PlanGoal::LeastCost, "goal/cost", 0, false, 0, goal))
    core::setGoal(s, core::PlanGoal::LeastCost);

  core::PlanFilters f = s.filters;
  Flow flow;
  flow.next(0);
  flow.next(ImGui::CalcTextSize("Free only").x + 40);
  checkbox(ctx, "Free only", f.freeOnly, "filter/free");
  flow.next(ImGui::CalcTextSize("Skip legacy courses").x + 40);
  checkbox(ctx, "Skip legacy courses", f.skipLegacy, "filter/legacy");

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Levels up to");
  Flow levels;  // wraps on a phone rather than running off the edge
  levels.next(0);
  for (core::CourseLevel level : {core::CourseLevel::Beginner, core::CourseLevel::Intermediate,
                                  core::CourseLevel::Advanced}) {
    std::string name(core::nameOf(level));
    levels.next(ImGui::CalcTextSize(name.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
    Semantic sem;
    sem.role = SemanticRole::Radio;
    sem.group = "level";
    sem.groupLabel = "Levels up to";
    if (tabButton(ctx, name.c_str(), f.maxLevel == level, "level/" + name, 0, true, 0, sem)) f.maxLevel = level;
  }

  bool capped = f.budgetUsd.has_value();
  if (checkbox(ctx, "Budget cap", capped, "filter/budget"))
    f.budgetUsd = capped ? std::optional<double>(core::kDefaultBudgetUsd) : std::nullopt;
  if (f.budgetUsd) {
    ImGui::SameLine();
    int budget = static_cast<int>(*f.budgetUsd);
    ImGui::SetNextItemWidth(ctx.narrow ? -1.0f : 260.0f);
    if (slider(ctx, "plan/budget", "Budget cap in US dollars", budget, core::kMinBudgetUsd, core::kMaxBudgetUsd,
               [](int usd) { return "$" + core::decimal(usd); }))
      f.budgetUsd = budget;
  }
  if (!(f == s.filters)) core::setFilters(s, f);

  int hours = s.hoursPerWeek;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Study time");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ctx.narrow ? -1.0f : 260.0f);
  if (slider(ctx, "plan/hours", "Study time", hours, core::kMinHoursPerWeek, core::kMaxHoursPerWeek,
             [](int h) { return core::decimal(h) + (h == 1 ? " hour a week" : " hours a week"); },
             core::finishWords(ctx.derived.schedule)))  // read with it: when the plan is done at that pace
    core::setHoursPerWeek(s, hours);
}

void progressBar(const ViewContext& ctx, double progress) {
  const float width = ImGui::GetContentRegionAvail().x, height = 10.0f;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ctx.colours.surfaceHover, 5.0f);
  if (progress > 0)
    draw->AddRectFilled(pos, ImVec2(pos.x + std::max(10.0f, width * static_cast<float>(progress)), pos.y + height),
                        ctx.colours.accent, 5.0f);
  ImGui::Dummy(ImVec2(width, height));
}

void summary(const ViewContext& ctx) {
  const core::Plan& plan = ctx.derived.plan;
  const core::Schedule& sched = ctx.derived.schedule;
  {
    FontScope bold(ctx.fonts.bold, TextSize::kTitle);
    textWrapped(ctx, core::totalsLine(plan));
  }
  if (sched.remainingHours > 0) {
    textWrapped(ctx, core::scheduleWords(sched, ctx.state.hoursPerWeek));
  } else if (!plan.courses.empty()) {
    textWrapped(ctx, core::kEveryCourseDone);
  }
  progressBar(ctx, sched.progress);
  textColoured(ctx, ctx.colours.textMuted, core::progressWords(sched));
}

// How the plan was chosen and how sure that is: the best there is, still improving (with what
// is known so far), or the best found in the time allowed.
void quality(const ViewContext& ctx, const core::Plan& plan) {
  const std::string text = core::qualityWords(plan, ctx.state.goal);
  if (text.empty()) return;
  if (plan.planning) {
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.colours.accentText);
    textWrapped(ctx, text);
    ImGui::PopStyleColor();
    ctx.items.nameLastItem("plan/improving");
  } else {
    textWrappedMuted(ctx, text);
  }
}

void notes(const ViewContext& ctx) {
  const core::Plan& plan = ctx.derived.plan;
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  quality(ctx, plan);
  if (plan.overBudget) {
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.colours.warning);
    textWrapped(ctx, core::overBudgetWords(plan));
    ImGui::PopStyleColor();
  }
  // (Raises: a course may teach the skill, but to no more than the reader has. Compare says so too.)
  if (!plan.uncoverable.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ctx.colours.warning);
    textWrapped(ctx, "No course you allow raises: " + skillList(ctx, plan.uncoverable) +
                (plan.excludedByFilters.empty() ? ". These are learned on the job."
                                                : ". Some are taught by courses your filters leave out; the rest are learned on the job."));
    ImGui::PopStyleColor();
  }
  if (!plan.shortOfLevel.empty())
    textWrappedMuted(ctx, "Courses reach only part of the level the role needs in: " +
                              skillList(ctx, plan.shortOfLevel) + ". Practice closes the rest.");
  if (!plan.exams.empty()) textWrappedMuted(ctx, core::examWords(plan));
  const std::string unstated = core::unstatedLevelWords(plan, ctx.state.filters);
  if (!unstated.empty()) textWrappedMuted(ctx, unstated);
  if (plan.anyEstimate) textWrappedMuted(ctx, core::estimateNote(plan));
}

void courseRow(const ViewContext& ctx, const core::ScheduledCourse& sc) {
  const core::PlannedCourse& pc = ctx.derived.plan.courses[sc.index];
  const core::Course& c = *pc.course;
  ImGui::PushID(c.id.c_str());
  bool done = sc.done;
  if (checkbox(ctx, "##done", done, "done/" + c.id, "Done: " + c.title))
    core::toggleDone(ctx.state, ctx.catalog, c.id);
  if (ImGui::GetIO().MouseSource == ImGuiMouseSource_Mouse)  // words for a mouse; a finger has no hover
    ImGui::SetItemTooltip(done ? "Done. Click to undo." : "Mark as done");
  ImGui::SameLine();
  ImGui::BeginGroup();
  {
    // A heading under "Courses, in study order", as on a role's course cards: a screen reader
    // moves from course to course, and its "Done" box is the item just before.
    FontScope bold(ctx.fonts.bold, TextSize::kBody);
    ImGui::PushStyleColor(ImGuiCol_Text, done ? ctx.colours.textMuted : ctx.colours.text);
    textWrapped(c.title);
    ctx.semantics.describeText(c.title, 4);
    ImGui::PopStyleColor();
  }
  FontScope small(ctx.fonts.regular, TextSize::kSmall);
  const std::string when = core::courseWeeksWords(sc, ctx.derived.schedule.estimated);
  std::string meta = c.provider + " \xC2\xB7 " + when + " \xC2\xB7 " +
                     core::plannedHoursWords(pc) + " \xC2\xB7 " + core::courseCostWords(pc);
  textWrappedMuted(ctx, meta);
  textWrapped(ctx, "Closes: " + skillList(ctx, pc.closes));
  if (!c.url.empty()) linkButton(ctx, "Open course \xE2\x86\x97", c.url, "course/" + c.id, "Open course: " + c.title);
  else textWrappedMuted(ctx, "No link known: look for it at " + c.provider + ".");  // (rather than no word)
  ImGui::EndGroup();
  ImGui::PopID();
}

}  // namespace

void planView(const ViewContext& ctx, PlanSwitcherState& plans) {
  ScrollArea area(ctx.input, "plan", ImVec2(0, 0));
  {
    FontScope title(ctx.fonts.bold, TextSize::kTitle);
    ImGui::TextUnformatted("Your learning plan");
    ctx.semantics.describeText("Your learning plan", 2);
  }
  if (!ctx.derived.anyRated)
    textWrappedMuted(ctx, "You have not rated any skill yet, so this plan starts from scratch. "
                          "Rate your skills under \xE2\x80\x9CMy skills\xE2\x80\x9D to skip what you know.");
  planSwitcher(ctx, plans);
  targetPicker(ctx);
  goalAndFilters(ctx);
  separator();
  const core::Plan& plan = ctx.derived.plan;
  if (plan.planning && plan.courses.empty()) {
    // Still reading a large catalogue: no first plan yet (it follows within a few frames).
    textColoured(ctx, ctx.colours.accentText, "Working out your plan\xE2\x80\xA6");
  } else if (plan.courses.empty()) {
    textWrapped(ctx, core::emptyPlanWords(plan));
    FontScope small(ctx.fonts.regular, TextSize::kSmall);
    if (!plan.uncoverable.empty())
      textWrappedMuted(ctx, "Still to learn: " + skillList(ctx, plan.uncoverable) + ".");
  } else {
    summary(ctx);
    notes(ctx);
    sectionTitle(ctx, "Courses, in study order");
    for (const core::ScheduledCourse& sc : ctx.derived.schedule.courses) {
      separator();
      courseRow(ctx, sc);
    }
  }
  sourceFooter(ctx);
}

}  // namespace ui
