#include "derived.h"

#include <algorithm>
#include <limits>

namespace core {

DerivedCache::DerivedCache() = default;
DerivedCache::~DerivedCache() = default;

void DerivedCache::reset() {
  catalog_ = nullptr;
  derived_ = Derived{};
  rankedFor_.reset();
  jobFor_.reset();
  coursesFor_.reset();
  planFor_.reset();
  planner_.reset();
  kept_.clear();
}

void DerivedCache::update(const Catalog& catalog, const AppState& state, int today,
                          std::uint64_t sliceSteps) {
  if (catalog_ != &catalog) {
    reset();
    catalog_ = &catalog;
  }
  Derived& d = derived_;
  const bool ratingsChanged = !rankedFor_ || *rankedFor_ != state.ratings;
  if (ratingsChanged) {
    d.anyRated = !state.ratings.empty();
    d.ranking = rankRoles(catalog, state.ratings);
    rankedFor_ = state.ratings;
  }
  // Telling "adjusted" compares every rating with the job's: once per change, not once a frame.
  if (ratingsChanged || !jobFor_ || *jobFor_ != state.job) {
    d.jobAdjusted = false;
    d.job = jobProfile(state, catalog, &d.jobAdjusted);
    jobFor_ = state.job;
  }
  d.target = catalog.findRole(state.target);
  d.targetIsBestFit = false;
  if (!d.target) {
    // Nothing rated yet: every fit is 0, so plan for the role being looked at.
    d.targetIsBestFit = d.anyRated;
    d.target = d.anyRated && !d.ranking.empty() ? d.ranking.front().role : catalog.findRole(state.role);
  }
  if (!coursesFor_ || *coursesFor_ != state.role) {
    const Role* selected = catalog.findRole(state.role);
    d.roleCourses = selected ? coursesForRole(catalog, *selected) : std::vector<const Course*>{};
    coursesFor_ = state.role;
  }
  refreshPlan(catalog, state, sliceSteps);
  d.schedule = scheduleFor(d.plan, state, today);
}

void DerivedCache::refreshPlan(const Catalog& catalog, const AppState& state, std::uint64_t sliceSteps) {
  Derived& d = derived_;
  if (!d.target) {
    planner_.reset();
    planFor_.reset();
    d.plan = Plan{};
    return;
  }
  PlanKey key{d.target->id, {}, state.goal, state.filters};
  for (const SkillNeed& need : d.target->skills) key.ratings.push_back(ratingOf(state.ratings, need.skill));
  if (!planFor_ || !(*planFor_ == key)) {
    planFor_ = key;
    planner_.reset();
    auto kept = std::find_if(kept_.begin(), kept_.end(), [&](const auto& k) { return k.first == key; });
    if (kept != kept_.end()) {
      kept_.splice(kept_.begin(), kept_, kept);
      d.plan = kept_.front().second;
      return;
    }
    planner_ = std::make_unique<Planner>(catalog, *d.target, state.ratings, state.goal, state.filters);
    ++plansStarted_;
    d.plan = planner_->plan();
  }
  if (!planner_ || sliceSteps == 0) return;
  const std::uint64_t before = planner_->work();
  const bool done = planner_->step(sliceSteps);
  planSteps_ += planner_->work() - before;
  d.plan = planner_->plan();
  if (!done) return;
  planner_.reset();
  kept_.emplace_front(key, d.plan);
  if (kept_.size() > kKeptPlans) kept_.pop_back();
}

Derived derive(const Catalog& catalog, const AppState& state, int today) {
  DerivedCache cache;
  cache.update(catalog, state, today, std::numeric_limits<std::uint64_t>::max());
  return cache.derived();
}

}  // namespace core
