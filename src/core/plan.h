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

// What the planner assumes where a course states no hours or no price. Shown to the reader as
// estimates ("~24 h est."), never as facts.
struct PlanAssumptions {
  double hoursBeginner = 12, hoursIntermediate = 24, hoursAdvanced = 36, hoursUnknownLevel = 24;
  double usdSubscription = 49;  // one month of a typical subscription
  double usdOneTime = 20;       // a typical marketplace course price
};

struct PlannedCourse {
  const Course* course = nullptr;
  double hours = 0;
  bool hoursEstimated = false;
  double usd = 0;
  bool usdEstimated = false;
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
  double totalHours = 0, totalUsd = 0;
  bool anyEstimate = false;
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

// Hours and price as the planner counts them (estimates filled in from `assumptions`).
double planningHours(const Course& c, const PlanAssumptions& a, bool* estimated = nullptr);
double planningUsd(const Course& c, const PlanAssumptions& a, bool* estimated = nullptr);
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
