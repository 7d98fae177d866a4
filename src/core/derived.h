// Keeps what the views show (Derived, app_state.h) up to date with the reader's state, doing
// each piece of work only when what it depends on changed:
//   fits      <- ratings
//   courses   <- the selected role
//   plan      <- data, target role, the ratings of its skills, goal, filters
//   schedule  <- plan, hours a week, done boxes, today (cheap: recomputed on every update)
// So a view switch, the hours slider and the done boxes never plan again. Finished plans are
// kept (a few, most recent first), so going back to an earlier choice is instant; an unfinished
// plan runs a slice of steps per update and is shown as it improves (Plan::planning).
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app_state.h"
#include "planner.h"

namespace core {

class DerivedCache {
 public:
  DerivedCache();
  ~DerivedCache();
  DerivedCache(const DerivedCache&) = delete;
  DerivedCache& operator=(const DerivedCache&) = delete;

  // Brings derived() up to date for `state` and runs at most `sliceSteps` planning steps (0:
  // none; the plan then stays as it is, still marked as planning).
  void update(const Catalog& catalog, const AppState& state, int today, std::uint64_t sliceSteps);
  const Derived& derived() const { return derived_; }
  bool planning() const { return planner_ != nullptr; }
  // Forgets everything (new data: plans point into the old catalog).
  void reset();

  // For tests and benchmarks: planners started, and planning steps run, since construction.
  std::uint64_t plansStarted() const { return plansStarted_; }
  std::uint64_t planSteps() const { return planSteps_; }

  static constexpr std::size_t kKeptPlans = 8;

 private:
  struct PlanKey {
    std::string role;
    std::vector<int> ratings;  // the reader's rating of each skill the role needs, in its order
    PlanGoal goal = PlanGoal::LeastHours;
    PlanFilters filters;
    bool operator==(const PlanKey& o) const {
      return role == o.role && ratings == o.ratings && goal == o.goal && filters == o.filters;
    }
  };
  void refreshPlan(const Catalog& catalog, const AppState& state, std::uint64_t sliceSteps);

  const Catalog* catalog_ = nullptr;
  Derived derived_;
  std::optional<Ratings> rankedFor_;
  std::optional<std::string> jobFor_;
  std::optional<std::string> coursesFor_;
  std::optional<PlanKey> planFor_;            // what derived_.plan is (or is being) made for
  std::unique_ptr<Planner> planner_;          // set while that plan is unfinished
  std::list<std::pair<PlanKey, Plan>> kept_;  // finished plans, most recent first
  std::uint64_t plansStarted_ = 0, planSteps_ = 0;
};

}  // namespace core
