#include "consequences.h"

#include "decimal.h"
#include "plan_words.h"

namespace ui {

namespace {

std::string quoted(const std::string& name) { return "\xE2\x80\x9C" + name + "\xE2\x80\x9D"; }

// The order a sort button gave Compare's list: the radio says which is chosen, not what it did.
const char* sortWords(core::CompareSort s) {
  return s == core::CompareSort::SeniorPay ? "Roles sorted by senior pay, highest first."
                                           : "Roles sorted by entry pay, highest first.";
}

const char* sortWords(core::PathSort s) {
  switch (s) {
    case core::PathSort::Fit: return "Roles sorted by fit, best first.";
    case core::PathSort::Hours: return "Roles sorted by the hours of their plan, fewest first.";
    case core::PathSort::Missing: return "Roles sorted by skills missing, fewest first.";
    default: return "Roles sorted by name.";
  }
}

}  // namespace

void Consequences::reset() {
  armed_ = false;
  said_.clear();
  shownPlan_.clear();
}

void Consequences::note(const core::AppState& state, const core::Derived& d, double now, bool ratingsKept,
                        bool broughtBack) {
  std::string best;
  if (d.anyRated && !d.ranking.empty())
    best = d.ranking[0].role->title + ", " + core::decimal(d.ranking[0].score) + "% fit";
  const bool planShown = d.target && !d.plan.planning && !d.plan.courses.empty();
  std::string totals;
  if (planShown)
    totals = "The plan for " + d.target->title + " now has " + core::decimal(d.plan.courses.size()) +
             (d.plan.courses.size() == 1 ? " course" : " courses") + ", " + core::spokenHoursWords(d.plan) + ".";
  std::size_t done = 0;
  for (const core::ScheduledCourse& sc : d.schedule.courses) done += sc.done;
  // What the progress line says depends on the done courses. (Another study time is read with the
  // slider's value: plan_view.cpp. Said here at every step, it would queue a sentence a step.)
  const std::string progress = planShown ? core::decimal(done) : std::string();
  const std::size_t planCount = state.otherPlans.size() + 1;

  const std::string before = said_;
  const bool onPlan = state.view == core::View::Plan;
  if (armed_) {
    const std::string name = quoted(state.planName);
    if (ratingsKept && !ratingsKept_ && d.job) {
      // (Said once, at the choice that replaced them: not at each arrow on through the jobs.)
      said_ = "Your own ratings were replaced by " + d.job->name + "\xE2\x80\x99s; \xE2\x80\x9C" "Bring back my ratings\xE2\x80\x9D restores them." +
              (best.empty() ? "" : " Best fit now: " + best + ".");
    } else if (broughtBack && !broughtBack_) {
      // (The button goes with them, and the focus to what follows it: this says what it did.)
      said_ = "Your own ratings are back." + (best.empty() ? "" : " Best fit now: " + best + ".");
    } else if (best != bestFit_ && !best.empty()) {
      said_ = "Best fit now: " + best + ".";
    } else if (state.ratings.empty() && rated_ > 0) {
      said_ = std::string("Your skill ratings are cleared.") +
              (ratingsKept ? " \xE2\x80\x9C" "Bring back my ratings\xE2\x80\x9D restores them." : "");
    } else if (planCount > planCount_) {
      shownPlan_ = "Plan " + name + " added, and shown.";
    } else if (planCount < planCount_) {
      shownPlan_ = "Plan deleted. Showing " + name + ".";
    } else if (state.planSlot != planSlot_) {
      shownPlan_ = "Showing plan " + name + ".";
    } else if (state.compareSort != compareSort_) {
      said_ = sortWords(state.compareSort);
    } else if (state.pathSort != pathSort_) {
      said_ = sortWords(state.pathSort);
    } else if (state.planName != planName_) {
      said_ = "Plan renamed " + name + ".";
    } else if (d.plan.overBudget != overBudget_ && !d.plan.planning && onPlan) {
      // Over the budget, or back within it: the warning the view draws, said once. (With the cap
      // taken off nothing is within or over it: what the plan holds, alone.)
      const std::string news = d.plan.overBudget       ? core::overBudgetWords(d.plan)
                               : state.filters.budgetUsd ? "The plan fits the budget again."
                                                         : "";
      said_ = news + (news.empty() || totals.empty() ? "" : " ") + totals;
    } else if (totals != planTotals_ && !totals.empty() && onPlan) {
      said_ = totals;
    } else if (progress != progress_ && !progress.empty() && !progress_.empty() && onPlan) {
      // The plan view's own words (plan_words.h).
      const std::string when = core::scheduleWords(d.schedule, state.hoursPerWeek);
      const bool stop = !when.empty() && when.back() == '.';  // ("... done by ~9 Apr 2027 est.")
      said_ = core::progressWords(d.schedule) + ". " + (when.empty() ? core::kEveryCourseDone : when + (stop ? "" : "."));
    }
  }
  // Another plan shown is said once its plan is worked out, with what it holds: said at once, it
  // would be overwritten a few frames later by its totals, before a screen reader had read it.
  // (A plan still improving after half a second: the sentence goes alone, its totals follow.)
  if (shownPlan_.empty()) {
    shownSince_ = now;
  } else if (!d.plan.planning || now - shownSince_ >= 0.5) {
    said_ = shownPlan_ + (d.plan.planning || totals.empty() || !onPlan ? "" : " " + totals);
    shownPlan_.clear();
  }
  if (said_ != before) saidAt_ = now;
  bestFit_ = best;
  rated_ = state.ratings.size();
  if (!d.plan.planning) {
    planTotals_ = totals;
    progress_ = progress;
    overBudget_ = d.plan.overBudget;
  }
  planCount_ = planCount;
  planSlot_ = state.planSlot;
  planName_ = state.planName;
  ratingsKept_ = ratingsKept;
  broughtBack_ = broughtBack;
  compareSort_ = state.compareSort;
  pathSort_ = state.pathSort;
  armed_ = true;
}

}  // namespace ui
