#include "plans.h"

#include <algorithm>

#include "decimal.h"
#include "share_link.h"
#include "text_check.h"

namespace core {

namespace {

bool isBlank(char32_t c) { return c == U' ' || isInvisibleCharacter(c); }

std::vector<char32_t> codePoints(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = 0;
    if (decodeUtf8(s, i, c)) out.push_back(c);  // a malformed byte is dropped
  }
  return out;
}

std::string fromCodePoints(const std::vector<char32_t>& cps) {
  std::string out;
  for (char32_t c : cps) appendUtf8(out, c);
  return out;
}

// Spaces and invisible characters off the end (a cut can leave one).
void trimEnd(std::vector<char32_t>& cps) {
  while (!cps.empty() && isBlank(cps.back())) cps.pop_back();
}

bool taken(const std::vector<NamedPlan>& plans, std::string_view name, std::optional<std::size_t> except) {
  for (std::size_t i = 0; i < plans.size(); ++i)
    if (plans[i].name == name && (!except || *except != i)) return true;
  return false;
}

// Makes plans[active] the plan on screen; the rest become the other plans, in order.
void setPlans(AppState& state, std::vector<NamedPlan> plans, std::size_t active) {
  const NamedPlan& p = plans[active];
  state.planName = p.name;
  state.target = p.target;
  state.goal = p.goal;
  state.filters = p.filters;
  state.hoursPerWeek = p.hoursPerWeek;
  state.planSlot = active;
  plans.erase(plans.begin() + static_cast<std::ptrdiff_t>(active));
  state.otherPlans = std::move(plans);
}

// Saved progress must hold every plan: a change that would not fit is refused. (Eight plans with
// names of 40 characters fit many times over; the bound is what keeps that true.)
bool fitsInSaved(const AppState& state) { return encodeFragment(state).size() <= kMaxSavedLength; }

}  // namespace

NamedPlan activePlan(const AppState& s) {
  return NamedPlan{s.planName, s.target, s.goal, s.filters, s.hoursPerWeek};
}

std::size_t activePlanIndex(const AppState& s) { return std::min(s.planSlot, s.otherPlans.size()); }

std::vector<NamedPlan> allPlans(const AppState& s) {
  std::vector<NamedPlan> plans = s.otherPlans;
  plans.insert(plans.begin() + static_cast<std::ptrdiff_t>(activePlanIndex(s)), activePlan(s));
  return plans;
}

AppState withPlanSettings(const AppState& state, const NamedPlan& plan) {
  AppState out = state;
  out.planName = plan.name;
  out.target = plan.target;
  out.goal = plan.goal;
  out.filters = plan.filters;
  out.hoursPerWeek = plan.hoursPerWeek;
  return out;
}

std::string cleanPlanName(std::string_view name) {
  std::vector<char32_t> cps = codePoints(name.substr(0, kMaxPlanNameChars * 16));  // bounded work
  for (char32_t& c : cps)
    if (isControlCharacter(c)) c = U' ';
  cps.erase(std::remove_if(cps.begin(), cps.end(), isZeroWidthCharacter), cps.end());
  auto first = std::find_if(cps.begin(), cps.end(), [](char32_t c) { return !isBlank(c); });
  cps.erase(cps.begin(), first);
  if (cps.size() > kMaxPlanNameChars) cps.resize(kMaxPlanNameChars);
  trimEnd(cps);
  return fromCodePoints(cps);
}

std::string freePlanName(const AppState& state, std::string_view wanted, std::optional<std::size_t> except) {
  const std::vector<NamedPlan> plans = allPlans(state);
  const std::string base = cleanPlanName(wanted);
  if (base.empty()) {
    for (std::size_t n = 1;; ++n) {  // ends by n = kMaxPlans + 1: there are no more names to avoid
      std::string name = "Plan " + decimal(n);
      if (!taken(plans, name, except)) return name;
    }
  }
  if (!taken(plans, base, except)) return base;
  for (std::size_t n = 2;; ++n) {
    const std::string suffix = " (" + decimal(n) + ")";
    std::vector<char32_t> cps = codePoints(base);
    if (cps.size() + suffix.size() > kMaxPlanNameChars) cps.resize(kMaxPlanNameChars - suffix.size());
    trimEnd(cps);
    std::string name = fromCodePoints(cps) + suffix;
    if (!taken(plans, name, except)) return name;
  }
}

PlanNameProblem planNameProblem(const AppState& state, std::size_t index, std::string_view name) {
  const std::string clean = cleanPlanName(name);
  if (clean.empty()) return PlanNameProblem::Empty;
  return taken(allPlans(state), clean, index) ? PlanNameProblem::Taken : PlanNameProblem::None;
}

bool switchPlan(AppState& state, std::size_t index) {
  std::vector<NamedPlan> plans = allPlans(state);
  if (index >= plans.size()) return false;
  setPlans(state, std::move(plans), index);
  return true;
}

bool newPlan(AppState& state, std::string_view name) {
  std::vector<NamedPlan> plans = allPlans(state);
  if (plans.size() >= kMaxPlans) return false;
  NamedPlan fresh = activePlan(state);
  fresh.name = freePlanName(state, name);
  plans.push_back(fresh);
  const std::size_t shown = plans.size() - 1;
  AppState next = state;
  setPlans(next, std::move(plans), shown);
  if (!fitsInSaved(next)) return false;
  state = std::move(next);
  return true;
}

bool renamePlan(AppState& state, std::size_t index, std::string_view name) {
  std::vector<NamedPlan> plans = allPlans(state);
  if (index >= plans.size() || cleanPlanName(name).empty()) return false;
  plans[index].name = freePlanName(state, name, index);
  AppState next = state;
  setPlans(next, std::move(plans), activePlanIndex(state));
  if (!fitsInSaved(next)) return false;
  state = std::move(next);
  return true;
}

bool deletePlan(AppState& state, std::size_t index) {
  std::vector<NamedPlan> plans = allPlans(state);
  if (index >= plans.size() || plans.size() < 2) return false;
  std::size_t active = activePlanIndex(state);
  plans.erase(plans.begin() + static_cast<std::ptrdiff_t>(index));
  // Deleting the plan on screen shows its neighbour; otherwise the one on screen stays.
  if (index < active || active >= plans.size()) --active;
  setPlans(state, std::move(plans), active);
  return true;
}

AppState sharedPlanOnly(const AppState& state) {
  AppState out = state;
  out.otherPlans.clear();
  out.planSlot = 0;
  return out;
}

std::optional<AppState> keepLinkedPlan(const AppState& link, const AppState& mine) {
  std::vector<NamedPlan> plans = allPlans(mine);
  std::vector<NamedPlan> theirs = allPlans(link);
  const NamedPlan shown = theirs[activePlanIndex(link)];
  // The same plan kept before (the reader followed their own link): nothing to add.
  auto same = std::find(plans.begin(), plans.end(), shown);
  if (same == plans.end() && plans.size() >= kMaxPlans) return std::nullopt;
  AppState out = link;
  if (same != plans.end()) {
    const auto at = static_cast<std::size_t>(same - plans.begin());
    setPlans(out, std::move(plans), at);
    return out;
  }
  NamedPlan added = shown;
  added.name = freePlanName(mine, shown.name);
  plans.push_back(added);
  const std::size_t at = plans.size() - 1;
  setPlans(out, std::move(plans), at);
  if (!fitsInSaved(out)) return std::nullopt;
  return out;
}

namespace {

std::string counted(std::size_t n, const char* one, const char* many) {
  return decimal(n) + ' ' + (n == 1 ? one : many);
}

}  // namespace

std::string linkBannerWords(const AppState& link, const AppState& mine) {
  std::string out = "This link holds " +
                    (link.ratings.empty() ? std::string("no skill ratings")
                                          : "ratings for " + counted(link.ratings.size(), "skill", "skills")) +
                    ", " + counted(link.done.size(), "course", "courses") + " done and the plan \u201C" +
                    link.planName + "\u201D. Your own progress is kept on this device. Keep this one ";
  const bool differ = mine.ratings != link.ratings || mine.done != link.done;
  const bool mineEmpty = mine.ratings.empty() && mine.done.empty();
  out += !differ     ? "adds its plan to yours."
         : mineEmpty ? "takes its ratings and done courses, and adds its plan to yours."
                     : "replaces your ratings and done courses with its own, and adds its plan to yours.";
  return out;
}

}  // namespace core
