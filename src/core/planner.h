// The incremental planner: works out a Plan (plan.h) a slice of steps at a time and keeps its
// search between calls, so the interface can run one slice per frame. After every slice plan()
// is the best plan found so far, with its proven lower bound and `planning` set until the search
// is done (proven optimal) or the work budget is spent (best found, with its bound).
//
//   Planner p(catalog, role, ratings, goal, filters);
//   while (!p.step(kSliceSteps)) draw(p.plan());  // one slice per frame
//
// The catalog must outlive the planner (the plan points into it).
#pragma once

#include <cstdint>
#include <memory>

#include "plan.h"

namespace core {

struct PlanLimits {
  std::uint64_t searchBudget = kSearchBudget;  // steps for the solvers (setup not counted)
  // Branch and bound even for a small gap: lets tests check it against brute force.
  bool forceBranchAndBound = false;
};

class Planner {
 public:
  Planner(const Catalog& catalog, const Role& role, const Ratings& ratings, PlanGoal goal,
          const PlanFilters& filters, const PlanAssumptions& assumptions = {},
          PlanLimits limits = {});
  ~Planner();
  Planner(const Planner&) = delete;
  Planner& operator=(const Planner&) = delete;

  // Runs at most about `steps` steps (one step may overrun by its own small size). Returns true
  // when planning is finished.
  bool step(std::uint64_t steps);
  bool finished() const;
  const Plan& plan() const;
  std::uint64_t work() const;  // steps taken so far

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace core
