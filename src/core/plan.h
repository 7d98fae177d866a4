// The learning plan: the set of courses that closes a reader's skill gap for a role at the least
// total hours or the least cost, honouring their filters.
//
// The gap: every skill the role needs at level L that the reader rates below L. A course helps
// with a skill when it teaches it above the reader's rating; the level aimed for is L, or the
// best level any allowed course reaches when that is lower (the plan says so). A skill no allowed
// course raises is reported as uncoverable, and the rest is still planned.
//
// Choosing the courses is a weighted set cover. With up to kExactSkills gap skills it is solved
// exactly (dynamic programming over subsets of the gap); beyond that, by branch and bound. Every
// path shares one work budget (kSearchBudget steps) and runs in slices (planner.h), so a plan is
// improved a few milliseconds at a time and reports a proven lower bound until it is optimal.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "course_estimate.h"
#include "fit.h"
#include "model.h"

namespace core {

enum class PlanGoal { LeastHours, LeastCost };
std::string_view nameOf(PlanGoal g);  // "hours", "cost"

struct PlanFilters {
  std::optional<double> budgetUsd;      // total price cap; none: no cap
  bool freeOnly = false;                // only free or free-to-audit courses
  CourseLevel maxLevel = CourseLevel::Advanced;  // courses above this level are left out
  bool skipLegacy = true;               // leave out courses marked legacy

  bool operator==(const PlanFilters& o) const {
    return budgetUsd == o.budgetUsd && freeOnly == o.freeOnly && maxLevel == o.maxLevel &&
           skipLegacy == o.skipLegacy;
  }
};

struct PlannedCourse {
  const Course* course = nullptr;
  double hours = 0;  // what the schedule counts: the middle of `hoursSpan`
  bool hoursEstimated = false;
  bool hoursApproximate = false;  // stated as "about" so many hours
  Span hoursSpan;
  double usd = 0;             // the most it may cost (0 when unknown)
  bool usdEstimated = false;  // a subscription's months are estimated, or the cost is unknown
  bool usdUnknown = false;    // no stated price
  Span usdSpan;               // when known
  std::vector<std::string> closes;  // gap skill ids this course was chosen for
};

struct SkillGap {
  std::string skill;
  int have = 0;       // the reader's rating
  int need = 0;       // the role's level
  int reachable = 0;  // the best level an allowed course teaches (<= have: uncoverable)
};

struct Plan {
  std::vector<SkillGap> gap;              // every skill below the role's level
  std::vector<PlannedCourse> courses;     // in study order
  std::vector<std::string> uncoverable;   // gap skills no allowed course raises
  std::vector<std::string> shortOfLevel;  // coverable only below the role's level
  double totalHours = 0, totalUsd = 0;  // the schedule's hours; the most the known prices come to
  Span hoursSpan, usdSpan;               // the same as ranges (usdSpan: courses of known price)
  bool hoursEstimated = false, usdEstimated = false;
  bool hoursApproximate = false;         // a course's stated hours are "about" so many
  int unknownCost = 0;                   // planned courses with no stated price
  bool anyEstimate = false;              // any of the above is not a stated fact
  // Certification exams for the gap's skills: never planned as courses (they teach nothing),
  // named beside the plan. At most kMaxExamsNamed, by id.
  std::vector<const Course*> exams;
  // Gap skills no allowed course raises but a course left out by the filters does.
  std::vector<std::string> excludedByFilters;
  bool planning = false;    // still improving: more slices will follow (Planner::step)
  bool optimal = true;      // proven optimal; false while planning or when the budget ran out
  double lowerBound = 0;    // proven, in the goal's unit (hours or USD); == total when optimal
  // The plan shown is over the budget: when optimal, no set of allowed courses within it closes
  // the gap (the cheapest plan is shown); otherwise none within it has been found (yet).
  bool overBudget = false;
  std::uint64_t work = 0;   // steps taken, setup included (for tests and benchmarks)
};

inline constexpr int kExactSkills = 20;
// The one work budget of every solver path (exact, Pareto, branch and bound), in steps: about
// 0.2-0.5 s natively, spread over frames. Setting up the problem (linear in the data) and the
// first greedy plan are outside it: they always finish, so there is always a plan to show.
inline constexpr std::uint64_t kSearchBudget = 60'000'000;
// Steps per slice when planning runs beside drawing: one slice per frame, a few ms natively.
inline constexpr std::uint64_t kSliceSteps = 250'000;

// What the budget-cap control offers (the plan view's slider; links are clamped to it).
inline constexpr int kMinBudgetUsd = 0;
inline constexpr int kMaxBudgetUsd = 1000;
inline constexpr int kDefaultBudgetUsd = 100;  // when the cap is switched on

inline constexpr std::size_t kMaxExamsNamed = 8;

// Hours and price as the planner ranks them (course_estimate.h). Hours: the middle of the
// estimate. Price, in cents: the most it may cost; a course with no stated price counts
// kUnknownCostCents, more than any plan of known prices can cost, so that "least cost" first
// takes the fewest courses of unknown cost, then the least known cost, and a course of unknown
// price never fits a budget cap.
inline constexpr std::int64_t kUnknownCostCents = 100'000'000'000'000;  // $1 trillion
double planningHours(const Course& c, const PlanAssumptions& a, bool* estimated = nullptr);
std::int64_t planningCents(const Course& c, const PlanAssumptions& a);
std::int64_t planningCents(const CourseEstimate& e);
bool allowedByFilters(const Course& c, const PlanFilters& f);

// The plan in one call: runs a Planner (planner.h) until it is done or `searchBudget` is spent.
// For exports and tests; the interface plans in slices instead.
Plan planFor(const Catalog& catalog, const Role& role, const Ratings& ratings, PlanGoal goal,
             const PlanFilters& filters, const PlanAssumptions& assumptions = {},
             std::uint64_t searchBudget = kSearchBudget);

// Study order: beginner before intermediate before advanced; where two courses teach the same
// skill, the one teaching it at a lower level first. Ties by id.
void orderForStudy(std::vector<PlannedCourse>& courses);
int teachesAt(const Course& c, std::string_view skill);

}  // namespace core
