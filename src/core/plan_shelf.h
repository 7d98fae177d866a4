// What each of the reader's plans comes to (its role, its progress), for the plan switcher and
// getState().plans. The plan on screen is the widget's own Derived; the others are planned here
// one at a time, a slice per update, with their own DerivedCache, so the work per frame stays
// bounded however many plans there are, and a finished plan is not planned again until what it
// depends on (ratings, its settings) changes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app_state.h"
#include "derived.h"
#include "json_document.h"

namespace core {

struct PlanSummary {
  std::string name;
  std::string target;   // the plan's setting ("": the best fit)
  std::string role;     // the role it plans for ("" when none)
  bool active = false;
  bool ready = false;   // false while the plan is still being worked out
  double progress = 0;  // done hours / total hours, 0..1
  std::size_t courses = 0;
};

class PlanShelf {
 public:
  // Brings every summary up to date; at most `sliceSteps` planning steps in all (0: none).
  void update(const Catalog& catalog, const AppState& state, const Derived& active, int today,
              std::uint64_t sliceSteps);
  const std::vector<PlanSummary>& summaries() const { return summaries_; }
  // A plan other than the one on screen is still being worked out: more updates are wanted.
  bool working() const { return working_; }
  // Planning steps run since construction (for the widget's per-frame share, and tests).
  std::uint64_t planSteps() const { return cache_.planSteps(); }
  void reset() {
    cache_.reset();
    summaries_.clear();
    known_.clear();
    ratings_.clear();
    done_.clear();
    working_ = false;
  }

 private:
  DerivedCache cache_;
  // Finished plans other than the one on screen, keyed by what they depend on: their settings
  // (the name left out) and the reader's ratings and done courses, which every plan shares and
  // are kept once. Comparing them costs no copy; a key that copied the state and wrote it out
  // for each plan cost 16 ms a frame with 8 plans and 10,000 ratings. Only plans still among the
  // reader's are kept.
  std::vector<std::pair<NamedPlan, PlanSummary>> known_;
  Ratings ratings_;
  SortedIds done_;
  std::vector<PlanSummary> summaries_;
  bool working_ = false;
};

// getState().plans: [{name, target, role, goal, progress, ready, active}], in the reader's order.
std::string plansJson(const AppState& state, const PlanShelf& shelf);

}  // namespace core
