#include "app_state.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "calendar.h"
#include "hash_map.h"
#include "json_document.h"
#include "json_object_writer.h"
#include "salary.h"
#include "stable_sort.h"

namespace core {

bool AppState::operator==(const AppState& o) const {
  return view == o.view && role == o.role && compareSort == o.compareSort &&
         ratings == o.ratings && target == o.target && goal == o.goal && filters == o.filters &&
         hoursPerWeek == o.hoursPerWeek && done == o.done && compareMode == o.compareMode &&
         job == o.job && pathSort == o.pathSort && pairA == o.pairA && pairB == o.pairB &&
         planName == o.planName && planSlot == o.planSlot && otherPlans == o.otherPlans;
}

std::string_view nameOf(View v) {
  switch (v) {
    case View::Roles: return "roles";
    case View::Compare: return "compare";
    case View::Skills: return "skills";
    default: return "plan";
  }
}

std::string_view nameOf(CompareSort s) { return s == CompareSort::EntryPay ? "entry" : "senior"; }

std::string_view nameOf(CompareMode m) {
  switch (m) {
    case CompareMode::FromJob: return "paths";
    case CompareMode::SideBySide: return "pair";
    default: return "pay";
  }
}

std::string_view nameOf(PathSort s) {
  switch (s) {
    case PathSort::Hours: return "hours";
    case PathSort::Missing: return "missing";
    case PathSort::Name: return "name";
    default: return "fit";
  }
}

AppState initialState(const Catalog& catalog) {
  AppState state;
  if (!catalog.roles.empty()) state.role = catalog.roles.front().id;
  return state;
}

void selectRole(AppState& state, const Catalog& catalog, std::string_view roleId) {
  if (catalog.findRole(roleId)) state.role = std::string(roleId);
}

void showView(AppState& state, View view) { state.view = view; }

void sortCompare(AppState& state, CompareSort sort) { state.compareSort = sort; }

void rateSkill(AppState& state, const Catalog& catalog, std::string_view skillId, int level) {
  if (!catalog.findSkill(skillId)) return;
  level = std::clamp(level, 0, 3);
  if (level == 0) {
    auto it = state.ratings.find(skillId);
    if (it != state.ratings.end()) state.ratings.erase(it);
  } else {
    state.ratings[std::string(skillId)] = level;
  }
}

void rateSkills(AppState& state, const Catalog& catalog, std::vector<std::pair<std::string, int>> levels) {
  std::vector<std::pair<std::string, int>> all(state.ratings.begin(), state.ratings.end());
  all.reserve(all.size() + levels.size());
  for (auto& [skill, level] : levels)
    if (catalog.findSkill(skill)) all.emplace_back(std::move(skill), std::clamp(level, 0, 3));
  state.ratings.assign(std::move(all));  // of two levels for a skill, the later one counts
  state.ratings.eraseIf([](const auto& rating) { return rating.second == 0; });
}

Ratings jobRatings(const Catalog& catalog, const Profile& profile) {
  Ratings own = ratingsFromProfile(catalog, profile);
  own.eraseIf([](const auto& rating) { return rating.second <= 0; });
  return own;
}

void applyProfile(AppState& state, const Catalog& catalog, std::string_view profileId) {
  for (const Profile& p : catalog.profiles) {
    if (p.id != profileId) continue;
    state.ratings = jobRatings(catalog, p);
    state.job = p.id;
    return;
  }
}

void clearRatings(AppState& state) {
  state.ratings.clear();
  state.job.clear();
}

void restoreRatings(AppState& state, Ratings ratings, std::string job) {
  state.ratings = std::move(ratings);
  state.job = std::move(job);
}

void setCompareMode(AppState& state, CompareMode mode) { state.compareMode = mode; }

void sortPaths(AppState& state, PathSort sort) { state.pathSort = sort; }

void setPairRole(AppState& state, const Catalog& catalog, int slot, std::string_view roleId) {
  if (!roleId.empty() && !catalog.findRole(roleId)) return;
  (slot == 0 ? state.pairA : state.pairB) = std::string(roleId);
}

void choosePairRole(AppState& state, const Catalog& catalog, int slot, const Role& role, const Role* shown,
                    const Role* other) {
  const Role* kept = other == &role ? shown : other;
  setPairRole(state, catalog, 1 - slot, kept ? std::string_view(kept->id) : std::string_view());
  setPairRole(state, catalog, slot, role.id);
}

const Profile* jobProfile(const AppState& state, const Catalog& catalog, bool* adjusted) {
  for (const Profile& p : catalog.profiles) {
    if (p.id != state.job) continue;
    if (adjusted) *adjusted = jobRatings(catalog, p) != state.ratings;
    return &p;
  }
  return nullptr;
}

void setTarget(AppState& state, const Catalog& catalog, std::string_view roleId) {
  if (roleId.empty() || catalog.findRole(roleId)) state.target = std::string(roleId);
}

void setGoal(AppState& state, PlanGoal goal) { state.goal = goal; }

void setFilters(AppState& state, PlanFilters filters) {
  if (filters.budgetUsd) filters.budgetUsd = std::clamp(*filters.budgetUsd, double{kMinBudgetUsd}, double{kMaxBudgetUsd});
  state.filters = filters;
}

void setHoursPerWeek(AppState& state, int hours) {
  state.hoursPerWeek = std::clamp(hours, kMinHoursPerWeek, kMaxHoursPerWeek);
}

void toggleDone(AppState& state, const Catalog& catalog, std::string_view courseId) {
  if (!catalog.findCourse(courseId)) return;
  auto it = state.done.find(courseId);
  if (it != state.done.end()) state.done.erase(it);
  else state.done.insert(std::string(courseId));
}

std::vector<const Role*> rolesForCompare(const Catalog& catalog, CompareSort sort) {
  std::vector<const Role*> roles;
  for (const Role& r : catalog.roles) roles.push_back(&r);
  auto key = [sort](const Role* r) {
    return sort == CompareSort::EntryPay ? entryPayKey(*r) : seniorPayKey(*r);
  };
  stableSort(roles, [&](const Role* a, const Role* b) {
    auto ka = key(a), kb = key(b);
    if (ka.has_value() != kb.has_value()) return ka.has_value();
    if (ka && *ka != *kb) return *ka > *kb;
    return a->title < b->title;
  });
  return roles;
}

std::vector<const Course*> coursesForRole(const Catalog& catalog, const Role& role) {
  // A look-up per taught skill, not a pass over the role's skills: linear in the catalogue.
  HashMap<std::string_view, int> weightOf;
  for (const SkillNeed& n : role.skills) weightOf[n.skill] += n.weight;
  std::vector<std::pair<int, const Course*>> scored;
  for (const Course& c : catalog.courses) {
    int weight = 0;
    for (const SkillTaught& t : c.teaches) {
      auto it = weightOf.find(t.skill);
      if (it != weightOf.end()) weight += it->second;
    }
    if (weight > 0) scored.emplace_back(weight, &c);
  }
  stableSort(scored, [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<const Course*> out;
  for (const auto& [w, c] : scored) out.push_back(c);
  return out;
}

Schedule scheduleFor(const Plan& plan, const AppState& state, int today) {
  Schedule s;
  double week = 0, low = 0, high = 0;
  const double perWeek = std::max(kMinHoursPerWeek, state.hoursPerWeek);
  for (std::size_t i = 0; i < plan.courses.size(); ++i) {
    const PlannedCourse& pc = plan.courses[i];
    ScheduledCourse sc;
    sc.index = i;
    sc.done = state.done.count(pc.course->id) > 0;
    s.totalHours += pc.hours;
    if (sc.done) {
      s.doneHours += pc.hours;
    } else {
      sc.startWeek = week;
      week += pc.hours / perWeek;
      sc.endWeek = week;
      low += pc.hoursSpan.min / perWeek;
      high += pc.hoursSpan.max / perWeek;
      s.estimated = s.estimated || pc.hoursEstimated;
      s.approximate = s.approximate || pc.hoursApproximate;
    }
    s.courses.push_back(sc);
  }
  s.remainingHours = s.totalHours - s.doneHours;
  s.weeks = static_cast<int>(std::ceil(week - 1e-9));
  s.finishDay = today + s.weeks * 7;
  s.weeksMin = std::min(s.weeks, static_cast<int>(std::ceil(low - 1e-9)));
  s.weeksMax = std::max(s.weeks, static_cast<int>(std::ceil(high - 1e-9)));
  s.finishDayMin = today + s.weeksMin * 7;
  s.finishDayMax = today + s.weeksMax * 7;
  s.progress = s.totalHours > 0 ? s.doneHours / s.totalHours : 0;
  return s;
}

void writeState(JsonObjectWriter& j, const AppState& state, const Derived& d) {
  j.put("view", nameOf(state.view));
  j.put("role", state.role);
  j.put("compareSort", nameOf(state.compareSort));
  j.put("compareMode", nameOf(state.compareMode));
  j.put("job", state.job);
  j.put("pathSort", nameOf(state.pathSort));
  j.put("ratings", state.ratings);
  JsonObjectWriter scores(j.member("scores"));
  for (const RoleFit& f : d.ranking) scores.number(f.role->id, f.score);
  scores.close();
  j.put("target", state.target);
  j.put("goal", nameOf(state.goal));
  JsonObjectWriter filters(j.member("filters"));
  filters.put("budgetUsd", state.filters.budgetUsd);
  filters.put("freeOnly", state.filters.freeOnly);
  filters.put("maxLevel", nameOf(state.filters.maxLevel));
  filters.put("skipLegacy", state.filters.skipLegacy);
  filters.close();
  j.put("hoursPerWeek", state.hoursPerWeek);
  j.put("done", state.done);

  JsonObjectWriter plan(j.member("plan"));
  plan.put("role", d.target ? d.target->id.c_str() : nullptr);
  JsonArrayWriter courses(plan.member("courses"));
  for (const ScheduledCourse& sc : d.schedule.courses) {
    const PlannedCourse& pc = d.plan.courses[sc.index];
    JsonObjectWriter c(courses.item());
    c.put("id", pc.course->id);
    c.put("hours", pc.hours);
    c.put("hoursEstimated", pc.hoursEstimated);
    c.put("hoursApproximate", pc.hoursApproximate);
    c.put("usd", pc.usd);
    c.put("usdEstimated", pc.usdEstimated);
    c.put("usdUnknown", pc.usdUnknown);
    c.range("hoursRange", pc.hoursSpan.min, pc.hoursSpan.max);
    c.put("closes", pc.closes);
    c.put("done", sc.done);
    c.close();
  }
  courses.close();
  plan.put("uncoverable", d.plan.uncoverable);
  plan.put("shortOfLevel", d.plan.shortOfLevel);
  plan.put("totalHours", d.plan.totalHours);
  plan.put("totalUsd", d.plan.totalUsd);
  plan.range("hoursRange", d.plan.hoursSpan.min, d.plan.hoursSpan.max);
  plan.range("usdRange", d.plan.usdSpan.min, d.plan.usdSpan.max);
  plan.put("unknownCost", d.plan.unknownCost);
  plan.put("estimate", d.plan.anyEstimate);
  plan.put("hoursApproximate", d.plan.hoursApproximate);
  plan.put("optimal", d.plan.optimal);
  plan.put("lowerBound", d.plan.lowerBound);
  plan.put("overBudget", d.plan.overBudget);
  plan.put("planning", d.plan.planning);
  plan.put("weeks", d.schedule.weeks);
  plan.range("weeksRange", d.schedule.weeksMin, d.schedule.weeksMax);
  plan.put("finish", isoDate(d.schedule.finishDay));
  plan.close();
  j.put("progress", d.schedule.progress);
}

std::string stateToJson(const AppState& state, const Derived& d) {
  std::string out;
  JsonObjectWriter j(out);
  writeState(j, state, d);
  j.close();
  return out;
}

}  // namespace core
