// libFuzzer target: the share-link decoder must accept any bytes (no crash, hang or unbounded
// allocation), and what it returns must be a valid state that encodes (in both forms, saved and
// link) and decodes to itself,
// within the controls' ranges, and one the planner plans for in bounded work.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "data_loader.h"
#include "derived.h"
#include "plans.h"
#include "real_catalog.h"
#include "share_link.h"


extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  core::DecodedFragment decoded = core::decodeFragment(input, realCatalog());
  // Whatever came in, the state is one a link of ours can carry exactly.
  core::DecodedFragment again = core::decodeFragment(core::encodeFragment(decoded.state), realCatalog());
  if (!(again.state == decoded.state) || !again.notices.empty()) std::abort();
  // And so can a link's shorter form (a job's ratings as changes from its profile).
  core::DecodedFragment linked = core::decodeFragment(core::encodeLink(decoded.state, realCatalog()), realCatalog());
  if (!(linked.state == decoded.state) || !linked.notices.empty()) std::abort();
  const core::AppState& s = decoded.state;
  if (s.hoursPerWeek < core::kMinHoursPerWeek || s.hoursPerWeek > core::kMaxHoursPerWeek) std::abort();
  if (s.filters.budgetUsd && (*s.filters.budgetUsd < core::kMinBudgetUsd || *s.filters.budgetUsd > core::kMaxBudgetUsd))
    std::abort();
  // The reader's plans: within the limit, each named (cleanly, uniquely) and within the ranges.
  const std::vector<core::NamedPlan> plans = core::allPlans(s);
  if (plans.empty() || plans.size() > core::kMaxPlans) std::abort();
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const core::NamedPlan& p = plans[i];
    if (p.name.empty() || core::cleanPlanName(p.name) != p.name) std::abort();
    for (std::size_t j = 0; j < i; ++j)
      if (plans[j].name == p.name) std::abort();
    if (p.hoursPerWeek < core::kMinHoursPerWeek || p.hoursPerWeek > core::kMaxHoursPerWeek) std::abort();
    if (p.filters.budgetUsd && (*p.filters.budgetUsd < core::kMinBudgetUsd || *p.filters.budgetUsd > core::kMaxBudgetUsd))
      std::abort();
    if (!p.target.empty() && !realCatalog().findRole(p.target)) std::abort();
  }
  if (core::encodeFragment(s).size() > core::kMaxFragmentLength) std::abort();
  // Planned as the widget does, a slice at a time: finished within the budget, bound below total.
  core::DerivedCache cache;
  cache.update(realCatalog(), s, 0, core::kSliceSteps);
  for (int i = 0; cache.planning(); ++i) {
    if (i > 1000) std::abort();
    cache.update(realCatalog(), s, 0, core::kSliceSteps);
  }
  const core::Plan& plan = cache.derived().plan;
  const double total = s.goal == core::PlanGoal::LeastHours ? plan.totalHours : plan.totalUsd;
  if (plan.work > core::kSearchBudget + 1'000'000) std::abort();
  if (!plan.overBudget && plan.lowerBound > total + 1e-6) std::abort();
  return 0;
}
