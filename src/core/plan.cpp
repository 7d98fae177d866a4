#include "plan.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "planner.h"

namespace core {

std::string_view nameOf(PlanGoal g) { return g == PlanGoal::LeastHours ? "hours" : "cost"; }

double planningHours(const Course& c, const PlanAssumptions& a, bool* estimated) {
  const CourseEstimate e = estimateCourse(c, a);
  if (estimated) *estimated = e.hoursEstimated();
  return e.hours.mid();
}

std::int64_t planningCents(const CourseEstimate& e) {
  return e.usd ? std::llround(e.usd->max * 100.0) : kUnknownCostCents;
}

std::int64_t planningCents(const Course& c, const PlanAssumptions& a) { return planningCents(estimateCourse(c, a)); }

bool allowedByFilters(const Course& c, const PlanFilters& f) {
  if (f.skipLegacy && c.legacy) return false;
  if (f.freeOnly && (!c.price || (c.price->model != PriceModel::Free &&
                                  c.price->model != PriceModel::FreeAudit)))
    return false;
  if (c.level && static_cast<int>(c.level->value) > static_cast<int>(f.maxLevel)) return false;
  return true;
}

int teachesAt(const Course& c, std::string_view skill) {
  int best = 0;
  for (const SkillTaught& t : c.teaches)
    if (t.skill == skill) best = std::max(best, t.level);
  return best;
}

// Beginner before intermediate before advanced; and where two courses teach the same skill,
// the one teaching it at a lower level first (the other builds on it). Ties by id.
void orderForStudy(std::vector<PlannedCourse>& courses) {
  const std::size_t n = courses.size();
  auto rank = [](const Course& c) { return c.level ? static_cast<int>(c.level->value) : 1; };
  // Flags as bytes, not std::vector<bool>: its bit iterators alone were ~1.2 KB of the wasm.
  std::vector<std::uint8_t> before(n * n, 0);  // before[a * n + b]: a comes before b
  std::vector<int> indegree(n, 0);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = 0; b < n; ++b) {
      if (a == b) continue;
      for (const SkillTaught& t : courses[a].course->teaches) {
        const int other = teachesAt(*courses[b].course, t.skill);
        if (other > t.level) {
          before[a * n + b] = 1;
          break;
        }
      }
    }
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = 0; b < n; ++b)
      if (before[a * n + b]) ++indegree[b];
  std::vector<PlannedCourse> ordered;
  std::vector<std::uint8_t> placed(n, 0);
  auto preferred = [&](std::size_t a, std::size_t b) {
    const Course& ca = *courses[a].course;
    const Course& cb = *courses[b].course;
    if (rank(ca) != rank(cb)) return rank(ca) < rank(cb);
    return ca.id < cb.id;
  };
  for (std::size_t step = 0; step < n; ++step) {
    std::size_t pick = n;
    // The preferred course whose prerequisites are placed; on a cycle, the preferred of all.
    for (int pass = 0; pass < 2 && pick == n; ++pass)
      for (std::size_t i = 0; i < n; ++i)
        if (!placed[i] && (pass == 1 || indegree[i] == 0) && (pick == n || preferred(i, pick)))
          pick = i;
    placed[pick] = 1;
    for (std::size_t b = 0; b < n; ++b)
      if (before[pick * n + b]) --indegree[b];
    ordered.push_back(courses[pick]);
  }
  courses = std::move(ordered);
}

Plan planFor(const Catalog& catalog, const Role& role, const Ratings& ratings, PlanGoal goal,
             const PlanFilters& filters, const PlanAssumptions& assumptions,
             std::uint64_t searchBudget) {
  Planner planner(catalog, role, ratings, goal, filters, assumptions, PlanLimits{searchBudget, false});
  while (!planner.step(kSliceSteps)) {
  }
  return planner.plan();
}

}  // namespace core
