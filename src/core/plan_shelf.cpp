#include "plan_shelf.h"

#include <algorithm>

#include "json_object_writer.h"
#include "plans.h"

namespace core {

namespace {

PlanSummary summaryOf(const NamedPlan& plan, const Derived& d, bool active, bool ready) {
  PlanSummary s;
  s.name = plan.name;
  s.target = plan.target;
  s.role = d.target ? d.target->id : "";
  s.active = active;
  s.ready = ready;
  s.progress = d.schedule.progress;
  s.courses = d.plan.courses.size();
  return s;
}

}  // namespace

void PlanShelf::update(const Catalog& catalog, const AppState& state, const Derived& active, int today,
                       std::uint64_t sliceSteps) {
  const std::vector<NamedPlan> plans = allPlans(state);
  const std::size_t shown = activePlanIndex(state);
  // Every plan depends on the ratings and done courses (compared only when there is another plan).
  if (plans.size() > 1 && (state.ratings != ratings_ || state.done != done_)) {
    known_.clear();
    ratings_ = state.ratings;
    done_ = state.done;
  }
  std::vector<std::pair<NamedPlan, PlanSummary>> known;  // what this update still needs
  summaries_.clear();
  working_ = false;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    if (i == shown) {
      summaries_.push_back(summaryOf(plans[i], active, true, !active.plan.planning));
      continue;
    }
    NamedPlan key = plans[i];
    key.name.clear();  // a renamed plan is the same plan
    auto found = std::find_if(known_.begin(), known_.end(), [&](const auto& k) { return k.first == key; });
    if (found != known_.end()) {
      found->second.name = plans[i].name;
      summaries_.push_back(found->second);
      known.push_back(*found);
      continue;
    }
    PlanSummary waiting;
    waiting.name = plans[i].name;
    waiting.target = plans[i].target;
    // One plan is planned at a time (the cache keeps one search): the rest wait their turn.
    if (!working_) {
      AppState alone = sharedPlanOnly(withPlanSettings(state, plans[i]));
      alone.view = View::Roles;
      cache_.update(catalog, alone, today, sliceSteps);
      sliceSteps = 0;
      working_ = cache_.planning();
      if (!working_) {
        waiting = summaryOf(plans[i], cache_.derived(), false, true);
        known.emplace_back(key, waiting);
      }
    }
    summaries_.push_back(waiting);
  }
  known_ = std::move(known);
}

std::string plansJson(const AppState& state, const PlanShelf& shelf) {
  std::string out;
  JsonArrayWriter list(out);
  const std::vector<NamedPlan> plans = allPlans(state);
  for (std::size_t i = 0; i < plans.size() && i < shelf.summaries().size(); ++i) {
    const PlanSummary& s = shelf.summaries()[i];
    JsonObjectWriter p(list.item());
    p.put("name", s.name);
    p.put("target", s.target);
    p.put("role", s.role.empty() ? nullptr : s.role.c_str());
    p.put("goal", nameOf(plans[i].goal));
    p.put("progress", s.progress);
    p.put("ready", s.ready);
    p.put("active", s.active);
    p.close();
  }
  list.close();
  return out;
}

}  // namespace core
