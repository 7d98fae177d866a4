// Several plans: a reader keeps up to kMaxPlans, each with a name, a target, a goal, filters and
// hours a week, and works on one at a time. The plan on screen lives in AppState's own fields
// (so every view and export keeps reading `state.target`, `state.goal`, ...); the others wait in
// `state.otherPlans`. Done courses and ratings are the reader's, not a plan's: a course finished
// counts in every plan that has it, and each plan shows its own progress from them.
//
// Names are the reader's text, and come from links too: cleaned here (no control characters and
// no zero-width ones, at most kMaxPlanNameChars characters, never empty) and unique among the
// reader's plans.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app_state.h"

namespace core {

inline constexpr std::size_t kMaxPlans = 8;
inline constexpr std::size_t kMaxPlanNameChars = 40;

// The plan on screen as a NamedPlan, and every plan in the reader's order.
NamedPlan activePlan(const AppState& state);
std::vector<NamedPlan> allPlans(const AppState& state);
std::size_t activePlanIndex(const AppState& state);
// `state` showing `plan` (its settings in the state's own fields); the other plans untouched.
AppState withPlanSettings(const AppState& state, const NamedPlan& plan);

// A name the reader or a link gave, made safe: valid UTF-8, control characters as spaces, no
// spaces at either end, at most kMaxPlanNameChars characters. "" when nothing visible is left.
std::string cleanPlanName(std::string_view name);
// `wanted` (cleaned) if no plan but the one at `except` has it, else "wanted (2)", "(3)"...
// shortened to fit the cap. An unusable `wanted` gives the next free "Plan N".
std::string freePlanName(const AppState& state, std::string_view wanted,
                         std::optional<std::size_t> except = std::nullopt);

// Why the reader may not rename the plan at `index` to `name`, as typed in the rename dialog: a
// name with nothing visible, or one another plan has. (renamePlan itself numbers a clash, as
// links need; a reader who typed the name is told instead, and picks another.)
enum class PlanNameProblem { None, Empty, Taken };
PlanNameProblem planNameProblem(const AppState& state, std::size_t index, std::string_view name);

// Actions on the plans (indexes into allPlans()). Each returns false and changes nothing when it
// cannot: an unknown index, the limit of plans, the last plan, no room left in saved progress.
bool switchPlan(AppState& state, std::size_t index);
// A new plan from the settings on screen, named `name` (or the next free "Plan N"), shown.
bool newPlan(AppState& state, std::string_view name = "");
bool renamePlan(AppState& state, std::size_t index, std::string_view name);
bool deletePlan(AppState& state, std::size_t index);

// What a share link of the plan on screen carries: the state with that plan alone (its name,
// its settings, the reader's ratings and done courses), not the reader's other plans.
AppState sharedPlanOnly(const AppState& state);

// "Keep this one" on a shared link: the link's state (its ratings, done courses and plan, shown)
// with the reader's own plans kept beside it; the link's plan is renamed on a name clash
// ("Plan (2)"). nullopt when the reader already keeps kMaxPlans plans.
std::optional<AppState> keepLinkedPlan(const AppState& link, const AppState& mine);
// What the banner over a shared link says: what the link holds (ratings, done courses, its
// plan's name) and what "Keep this one" does with the reader's own progress (`mine`): it takes
// the link's ratings and done courses (replacing the reader's, when they have some that differ),
// and adds the plan to theirs.
std::string linkBannerWords(const AppState& link, const AppState& mine);

}  // namespace core
